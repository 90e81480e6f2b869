"""Wrong editor passphrases, counted per name typed and per client address, with back-off.

Shared by every app process serving the data folder (a replica, a restart): the counts
live in an SQLite file in the archive folder (components/data/shared_state.py). The first
FREE_TRIES wrong passphrases for a name or an address cost nothing; after that each try
waits twice as long as the last (from BASE_WAIT_SECONDS up to MAX_WAIT_SECONDS), so
guessing is slowed to a few tries an hour while an editor who mistyped is never locked out
for the day, and one person typing wrong cannot lock out everyone behind the same address
for long. A right passphrase clears the name's and the address's count; a count idle for
FORGET_SECONDS starts again. No Streamlit here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from components.data.shared_state import transaction

FREE_TRIES = 5
BASE_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 15 * 60.0
FORGET_SECONDS = 24 * 3600.0
FILE_NAME = "sign_in_attempts.sqlite"


def name_key(name: str) -> str:
    return "name:" + " ".join(name.split()).casefold()


def address_key(address: str) -> str:
    return "address:" + address


def wait_after(failures: int) -> float:
    """How long the next try waits after this many wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_SECONDS, BASE_WAIT_SECONDS * 2.0 ** (failures - FREE_TRIES))


def wait_in_words(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} seconds"
    return f"{round(seconds / 60)} minutes"


class AttemptLedger:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock  # wall-clock time: the processes sharing the file share no other

    @classmethod
    def in_folder(cls, folder: Path, clock: Callable[[], float] = time.time) -> AttemptLedger:
        return cls(folder / FILE_NAME, clock)

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path, "failures (key TEXT PRIMARY KEY, count INTEGER, last REAL)")

    def _counts(self, db: sqlite3.Connection, keys: Sequence[str], now: float) -> dict[str, tuple[int, float]]:
        marks = ",".join("?" * len(keys))
        rows = db.execute(f"SELECT key, count, last FROM failures WHERE key IN ({marks})", list(keys))
        return {key: (count, last) for key, count, last in rows if now - last < FORGET_SECONDS}

    def wait_seconds(self, keys: Sequence[str]) -> float:
        """Seconds until any of these (a name, an address) may try again; 0 when they may now."""
        now = self.clock()
        with self._transaction() as db:
            counts = self._counts(db, keys, now)
        return max([0.0, *(last + wait_after(count) - now for count, last in counts.values())])

    def failed(self, keys: Sequence[str]) -> None:
        now = self.clock()
        with self._transaction() as db:
            counts = self._counts(db, keys, now)
            for key in keys:
                count = counts.get(key, (0, now))[0] + 1
                db.execute("INSERT OR REPLACE INTO failures (key, count, last) VALUES (?, ?, ?)", (key, count, now))
            db.execute("DELETE FROM failures WHERE last < ?", (now - FORGET_SECONDS,))

    def succeeded(self, keys: Sequence[str]) -> None:
        with self._transaction() as db:
            db.executemany("DELETE FROM failures WHERE key = ?", [(key,) for key in keys])
