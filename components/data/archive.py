"""Every version of every data file that was ever live: who, when, what changed.

On disk, beside the data (data/.archive/ unless ALLIANCE_MONITOR_ARCHIVE_DIR says
otherwise), so it survives a restart:

    <dataset>/<file name>/versions.jsonl     one line per version, oldest first
    <dataset>/<file name>/<version id>.csv   the bytes of that version
    <dataset>/<file name>/pending.json       a version being published (see `intend`)

The newest valid version of a file is what the loader serves while the file on
disk is broken. No Streamlit here.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ARCHIVE_FOLDER = ".archive"
LOG_NAME = "versions.jsonl"
PENDING_NAME = "pending.json"
PARTIAL_SUFFIX = ".partial"
FOUND_ON_DISK = "found on disk"
ON_DISK_EDITOR = "(put in the folder directly)"
BEFORE_CHANGE_EDITOR = "(the file as it was before an upload)"
REMOVAL_CONFIRMED = "removal confirmed"


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def atomic_write(path: Path, content: bytes) -> None:
    """Replace the file in one step: a crash half-way leaves the old file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name does not end in .csv, so a loader never reads it half-written.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp makes the file private (0600): give it the mode a file dropped there would
        # have (the old file's, else the folder's minus execute bits), so backups and shares can read it.
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    if path.exists():
        return stat.S_IMODE(path.stat().st_mode)
    return stat.S_IMODE(path.parent.stat().st_mode) & 0o666


@dataclass(frozen=True)
class Version:
    id: str
    file: str  # relative to the data folder, e.g. "sites/nato.csv"
    saved_at: str  # ISO 8601, UTC
    editor: str
    action: str
    sha256: str
    valid: bool
    rows: int | None = None
    added: int | None = None
    changed: int | None = None
    removed: int | None = None

    @property
    def saved(self) -> datetime:
        return datetime.fromisoformat(self.saved_at)

    @property
    def label(self) -> str:
        # Editors in brackets are not people ("(put in the folder directly)").
        who = self.editor if self.editor.startswith("(") else f"by {self.editor}"
        return f"{self.saved:%Y-%m-%d %H:%M:%S} UTC {who}"


def _parse_entry(line: str) -> Version | None:
    """A log line as a version; None for a line cut short by a crash, or from another format."""
    try:
        return Version(**json.loads(line))
    except (ValueError, TypeError):
        return None


class Archive:
    def __init__(self, root: Path, data_dir: Path | None = None):
        self.root = root
        self.data_dir = data_dir  # where the live files are, for `recover`

    @classmethod
    def beside(cls, data_dir: Path) -> Archive:
        return cls(Path(os.environ.get("ALLIANCE_MONITOR_ARCHIVE_DIR", data_dir / ARCHIVE_FOLDER)), data_dir)

    def _folder(self, file: str) -> Path:
        return self.root / file

    def versions(self, file: str) -> list[Version]:
        """Newest first."""
        log = self._folder(file) / LOG_NAME
        if not log.exists():
            return []
        lines = log.read_text(encoding="utf-8").splitlines()
        return [version for line in reversed(lines) if (version := _parse_entry(line)) is not None]

    def files(self, dataset: str) -> list[str]:
        folder = self.root / dataset
        if not folder.is_dir():
            return []
        return sorted(f"{dataset}/{p.name}" for p in folder.iterdir() if (p / LOG_NAME).exists())

    def content(self, version: Version) -> bytes:
        return (self._folder(version.file) / f"{version.id}.csv").read_bytes()

    def last_valid(self, file: str, *, other_than: str | None = None) -> Version | None:
        """The newest valid version, skipping the one with the digest `other_than`."""
        return next((v for v in self.versions(file) if v.valid and v.sha256 != other_than), None)

    def newest_with(self, file: str, sha256: str) -> Version | None:
        return next((v for v in self.versions(file) if v.sha256 == sha256), None)

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer at a time, across sessions and processes."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _new_version(
        self, file: str, content: bytes, *, editor: str, action: str, valid: bool, **counts: int | None
    ) -> Version:
        """The version these bytes would be, kept in the archive but not yet in the log."""
        now = datetime.now(UTC)
        sha = digest(content)
        version = Version(
            id=f"{now:%Y%m%dT%H%M%S%fZ}-{sha[:12]}",
            file=file,
            saved_at=now.isoformat(timespec="microseconds"),
            editor=editor,
            action=action,
            sha256=sha,
            valid=valid,
            **counts,
        )
        atomic_write(self._folder(file) / f"{version.id}.csv", content)
        return version

    def _log(self, version: Version) -> None:
        with open(self._folder(version.file) / LOG_NAME, "a", encoding="utf-8") as log:
            log.write(json.dumps(asdict(version)) + "\n")
            log.flush()
            os.fsync(log.fileno())

    def record(
        self, file: str, content: bytes, *, editor: str, action: str, valid: bool, **counts: int | None
    ) -> Version:
        """Keep these bytes as the newest version of the file. Call under lock()."""
        version = self._new_version(file, content, editor=editor, action=action, valid=valid, **counts)
        self._log(version)
        return version

    def intend(self, file: str, content: bytes, *, editor: str, action: str, **counts: int | None) -> Version:
        """Before a publish writes the live file: who is publishing what, kept first, so a
        crash between the write and `complete` still knows whose version went live. Call under lock()."""
        version = self._new_version(file, content, editor=editor, action=action, valid=True, **counts)
        atomic_write(self._folder(file) / PENDING_NAME, json.dumps(asdict(version)).encode("utf-8"))
        return version

    def complete(self, version: Version) -> None:
        """The live file was written: the intended version is in the log. Call under lock()."""
        self._log(version)
        (self._folder(version.file) / PENDING_NAME).unlink()

    def abandon(self, version: Version) -> None:
        """The live file could not be written: the intended version never was. Call under lock()."""
        self._undo(self._folder(version.file) / PENDING_NAME, version)

    def _undo(self, pending: Path, version: Version | None) -> None:
        if version is not None:
            (pending.parent / f"{version.id}.csv").unlink(missing_ok=True)
        pending.unlink(missing_ok=True)

    def recover(self) -> list[str]:
        """After a crash, under lock(): finish or undo each publish cut short (its live file has
        the intended bytes: it went live, so log it; else it never did), and remove temporary
        files left half-written in the data and archive folders (only ever written under the
        lock, so none is being written now). Returns what it did, for the server's log."""
        done: list[str] = []
        for pending in sorted(self.root.glob(f"*/*/{PENDING_NAME}")):
            version = _parse_entry(pending.read_text(encoding="utf-8"))
            live = None if version is None or self.data_dir is None else self.data_dir / version.file
            if (
                version is not None
                and live is not None
                and live.is_file()
                and digest(live.read_bytes()) == version.sha256
            ):
                self.complete(version)
                done.append(f"{version.file}: the publish of {version.label} went live; its version is now logged")
            else:
                self._undo(pending, version)
                done.append(
                    f"{pending.parent.relative_to(self.root)}: a publish cut short before it went live was undone"
                )
        folders = [self.root, *([self.data_dir] if self.data_dir is not None else [])]
        for folder in folders:
            for partial in folder.glob(f"**/.*{PARTIAL_SUFFIX}"):
                partial.unlink(missing_ok=True)
                done.append(f"removed the half-written {partial}")
        return done

    def confirm_removal(self, file: str, *, editor: str) -> Version:
        """An editor says the file's removal from its folder is meant: its archived versions no
        longer stand in for it (they stay in the archive, to roll back to)."""
        with self.lock():
            version = self.record(file, b"", editor=editor, action=REMOVAL_CONFIRMED, valid=False)
            with open(self.removals, "a", encoding="utf-8") as log:  # part of the data's fingerprint
                log.write(json.dumps({"file": file, "version": version.id}) + "\n")
            return version

    @property
    def removals(self) -> Path:
        """Every confirmed removal, one line each: a change to what is served, though no data file changed."""
        return self.root / "removals.jsonl"

    def removal_confirmed(self, file: str) -> bool:
        newest = next(iter(self.versions(file)), None)
        return newest is not None and newest.action == REMOVAL_CONFIRMED

    def remember_valid(self, file: str, content: bytes, rows: int) -> Version:
        """The loader's record of a valid file it found: a new version only when the bytes are new."""
        sha = digest(content)

        def newest_is_this() -> Version | None:
            newest = next(iter(self.versions(file)), None)
            return newest if newest is not None and newest.sha256 == sha and newest.valid else None

        if known := newest_is_this():  # the common case, without waiting for the lock
            return known
        with self.lock():
            if known := newest_is_this():  # another process recorded it meanwhile
                return known
            return self.record(file, content, editor=ON_DISK_EDITOR, action=FOUND_ON_DISK, valid=True, rows=rows)
