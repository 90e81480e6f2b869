"""An editor's change to a data file: checked against everything live, then written
atomically with the replaced version archived. No Streamlit here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from components.data.archive import BEFORE_CHANGE_EDITOR, Archive, Version, atomic_write, digest
from components.data.catalog import DATASETS
from components.data.loading import FileReport
from components.data.problems import Problem
from components.data.references import data_path, dataset_of
from components.data.repository import Fingerprint, Repository, data_fingerprint, load_repository
from components.editing.changes import Changes, compare

UPLOAD = "upload"


class StaleCandidate(Exception):
    """The data changed between the preview and the confirmation: the file itself (`by`: the
    archived version now live, when known), or another file it is checked against."""

    def __init__(self, file: str, *, file_changed: bool, by: Version | None = None) -> None:
        super().__init__(file)
        self.file, self.file_changed, self.by = file, file_changed, by


@dataclass(frozen=True)
class Candidate:
    file: str  # relative to the data folder
    content: bytes
    live_sha256: str | None  # the live file the preview was made against (None: a new file)
    live_valid: bool  # whether that file passed its checks
    data_fingerprint: Fingerprint  # every data file as it was at the preview
    report: FileReport
    problems: list[Problem]  # in this file, and in other files it would break
    changes: Changes | None  # None when the file cannot be used

    @property
    def acceptable(self) -> bool:
        return not self.problems

    @property
    def replaces_different_bytes(self) -> bool:
        """Worth publishing even with the same rows: a broken or differently written file is replaced."""
        return self.live_sha256 != digest(self.content)


def target_file(dataset: str, file_name: str) -> str:
    """data/<dataset>/<name>.csv from whatever path the browser sent: letters of any script, digits,
    - and _ only (a Cyrillic name stays Cyrillic, so two uploads do not collide as 'uploaded')."""
    name = PurePosixPath(file_name.replace("\\", "/")).name
    stem = name[: -len(".csv")] if name.lower().endswith(".csv") else name
    safe = re.sub(r"[^\w-]+", "_", stem).strip("_-")
    return data_path(dataset, f"{safe or 'uploaded'}.csv")


def live_bytes(data_dir: Path, file: str) -> bytes | None:
    path = data_dir / file
    return path.read_bytes() if path.is_file() else None


def live_digest(data_dir: Path, file: str) -> str | None:
    content = live_bytes(data_dir, file)
    return None if content is None else digest(content)


def check(live: Repository, file: str, content: bytes) -> Candidate:
    """What the data would be with these bytes in place of the file: problems and changes."""
    dataset = DATASETS[dataset_of(file)]
    candidate = load_repository(live.data_dir, overrides={file: content}, remember=False)
    report = candidate.report_of(file)
    already = {str(p) for r in live.reports for p in r.problems}
    problems = list(report.problems)
    problems += [p for r in candidate.reports if r.path != file for p in r.problems if str(p) not in already]
    changes = None if problems else compare(live.rows_of(file), candidate.rows_of(file), dataset)
    live_report = live.report(file)
    return Candidate(
        file,
        content,
        live_sha256=live_digest(live.data_dir, file),
        live_valid=live_report is not None and live_report.valid,
        data_fingerprint=data_fingerprint(live.data_dir),
        report=report,
        problems=problems,
        changes=changes,
    )


def publish(data_dir: Path, candidate: Candidate, *, editor: str, action: str = UPLOAD) -> Version:
    """Make the candidate live: archive what it replaces, keep it as a version, swap the file in one step."""
    if not candidate.acceptable:
        raise ValueError(f"{candidate.file} has problems and cannot be published")
    archive = Archive.beside(data_dir)
    with archive.lock():
        # At the moment of writing, the data must be what the editor previewed: the file itself
        # (another editor's change would be overwritten), and every other file (a change there
        # may make this one break references).
        current = live_bytes(data_dir, candidate.file)
        now = None if current is None else digest(current)
        if now != candidate.live_sha256:
            by = None if now is None else archive.newest_with(candidate.file, now)
            raise StaleCandidate(candidate.file, file_changed=True, by=by)
        if data_fingerprint(data_dir) != candidate.data_fingerprint:
            raise StaleCandidate(candidate.file, file_changed=False)
        if current is not None and archive.newest_with(candidate.file, digest(current)) is None:
            archive.record(
                candidate.file, current, editor=BEFORE_CHANGE_EDITOR, action="archived", valid=candidate.live_valid
            )
        # Intent first, logged once the file is written: a failed write logs no version that never
        # was live, and a crash between the two is finished on the next start (Archive.recover).
        version = archive.intend(
            candidate.file,
            candidate.content,
            editor=editor,
            action=action,
            rows=candidate.report.rows,
            **(candidate.changes.counts if candidate.changes else {}),
        )
        try:
            atomic_write(data_dir / candidate.file, candidate.content)
        except BaseException:
            archive.abandon(version)
            raise
        archive.complete(version)
    return version


def roll_back(live: Repository, version: Version, *, editor: str) -> Candidate:
    """Check an archived version against today's data; publish it when it fits."""
    candidate = check(live, version.file, Archive.beside(live.data_dir).content(version))
    if candidate.acceptable:
        publish(live.data_dir, candidate, editor=editor, action=f"roll back to the version of {version.label}")
    return candidate
