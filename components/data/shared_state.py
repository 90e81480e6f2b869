"""What every app process serving one data folder must agree on, kept in SQLite files in
the archive folder (WAL mode: readers never wait for a writer; a write waits its turn
across processes). On one host; on several, the folder must be on storage whose file
locks hold for SQLite (README, "Several replicas"). No Streamlit here.
"""

from __future__ import annotations

import fcntl
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

PRESENTERS_FILE = "presenter_positions.sqlite"


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode. Switching a new file to WAL is refused at once ("database is
    locked", without waiting) while another process opens it, so each process looks and
    switches under a file lock, one at a time."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode=WAL")
    return db


@contextmanager
def transaction(path: Path, schema: str) -> Iterator[sqlite3.Connection]:
    """One read-modify-write at a time across processes, on a database with this table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(_connect(path)) as db:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"CREATE TABLE IF NOT EXISTS {schema}")
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


class PresenterPositions:
    """The slide each presenter is on, by a token of their browser session, for the speaker
    notes open in their other tab (which may be served by another replica). A presenter idle
    for `forget_seconds` is forgotten, and so are the oldest beyond `max_presenters`."""

    SCHEMA = "positions (token TEXT PRIMARY KEY, briefing TEXT, slide INTEGER, seen REAL)"

    def __init__(
        self,
        path: Path,
        *,
        forget_seconds: float = 12 * 3600,
        max_presenters: int = 1_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path, self.forget_seconds, self.max_presenters, self.clock = path, forget_seconds, max_presenters, clock

    @classmethod
    def in_folder(cls, folder: Path) -> PresenterPositions:
        return cls(folder / PRESENTERS_FILE)

    def set(self, token: str, briefing: str, slide: int) -> None:
        now = self.clock()
        with transaction(self.path, self.SCHEMA) as db:
            db.execute("INSERT OR REPLACE INTO positions VALUES (?, ?, ?, ?)", (token, briefing, slide, now))
            db.execute("DELETE FROM positions WHERE seen < ?", (now - self.forget_seconds,))
            db.execute(
                "DELETE FROM positions WHERE token NOT IN (SELECT token FROM positions ORDER BY seen DESC LIMIT ?)",
                (self.max_presenters,),
            )

    def get(self, token: str) -> tuple[str, int] | None:
        with transaction(self.path, self.SCHEMA) as db:
            row = db.execute("SELECT briefing, slide, seen FROM positions WHERE token = ?", (token,)).fetchone()
        if row is None or self.clock() - row[2] >= self.forget_seconds:
            return None
        return str(row[0]), int(row[1])
