"""A small, thread-safe map whose entries expire and whose size is bounded.

For what the server keeps in memory between sessions (wrong passphrases per address, the
slide each presenter is on): without a bound and an expiry, every visitor would add an entry
that stays for the life of the process.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ExpiringMap(Generic[K, V]):
    def __init__(self, *, max_entries: int, ttl_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._entries: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._max_entries = max_entries
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            self._expire()
            entry = self._entries.get(key)
            return None if entry is None else entry[1]

    def set(self, key: K, value: V) -> None:
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = (self._clock(), value)
            self._expire()
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)  # the least recently written

    def pop(self, key: K) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._entries)

    def _expire(self) -> None:
        oldest_kept = self._clock() - self._ttl
        while self._entries and next(iter(self._entries.values()))[0] < oldest_kept:
            self._entries.popitem(last=False)
