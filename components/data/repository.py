"""All datasets, loaded from a data folder and checked against each other."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from components.data.archive import Archive, digest
from components.data.blame import culprits
from components.data.catalog import DATASETS
from components.data.integrity import integrity_problems
from components.data.loading import FILE_COLUMN, FileReport, LoadedFile, read_content, read_dataset_folder
from components.data.problems import Problem
from components.data.references import dataset_of
from components.data.schema import KIND_DTYPES, Dataset

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"
LOG = logging.getLogger(__name__)


def data_dir_from_environment() -> Path:
    return Path(os.environ.get("ALLIANCE_MONITOR_DATA_DIR", DEFAULT_DATA_DIR))


# Every data file's path, modification time and size: changes whenever a file is added, removed or rewritten.
Fingerprint = tuple[tuple[str, int, int], ...]


def data_fingerprint(data_dir: Path) -> Fingerprint:
    """Changes whenever a dataset file is added, removed or rewritten, or a removal confirmed."""
    entries = []
    for name in DATASETS:
        for path in sorted((data_dir / name).glob("*.csv")):
            try:
                stat = path.stat()
            except OSError:  # a link to nothing: the link itself; a file removed since the listing: none
                try:
                    stat = path.lstat()
                except OSError:
                    continue
            entries.append((path.relative_to(data_dir).as_posix(), stat.st_mtime_ns, stat.st_size))
    removals = Archive.beside(data_dir).removals
    if removals.exists():
        stat = removals.stat()
        entries.append(("(confirmed removals)", stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


class CopiedFrames(Mapping[str, pd.DataFrame]):
    """The datasets by name, each handed out as a shallow (copy-on-write) copy when it is looked up,
    so a caller pays only for the frames it reads."""

    def __init__(self, loaded: dict[str, pd.DataFrame]) -> None:
        self._loaded = loaded

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._loaded[name].copy(deep=False)

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded)

    def __len__(self) -> int:
        return len(self._loaded)


@dataclass
class Repository:
    """Every dataset as loaded, with a report per file.

    One repository is shared by every session of the server (ui/store.py caches it as a
    resource, since copying 100,000 sites per rerun would cost more than the page). The
    frames are handed out as shallow copies: with pandas' copy-on-write a caller that
    adds a column or assigns a cell changes its own copy, never what other sessions see.
    """

    data_dir: Path
    loaded: dict[str, pd.DataFrame]
    reports: list[FileReport]
    # The identifier of the data served (topics/data_version.py), worked out once when
    # ui/store.py loads it, since every view prints it on every run.
    data_version: str = ""

    def frame(self, name: str) -> pd.DataFrame:
        return self.frames[name]

    @property
    def frames(self) -> CopiedFrames:
        return CopiedFrames(self.loaded)

    def reports_for(self, name: str) -> list[FileReport]:
        return [r for r in self.reports if r.dataset == name]

    def report(self, relative: str) -> FileReport | None:
        return next((r for r in self.reports if r.path == relative), None)

    def report_of(self, relative: str) -> FileReport:
        """The report of a file this repository was loaded with (an override, say)."""
        report = self.report(relative)
        if report is None:
            raise KeyError(f"{relative} is not among the files loaded")
        return report

    def rows_of(self, relative: str) -> pd.DataFrame:
        """The rows served for one file: its own, or its stand-in's while it is broken."""
        dataset = dataset_of(relative)
        frame = self.loaded[dataset]
        return frame[frame[FILE_COLUMN] == relative] if FILE_COLUMN in frame.columns else frame.iloc[0:0]

    @property
    def rejected(self) -> list[FileReport]:
        return [r for r in self.reports if not r.valid]


def _empty_frame(dataset: Dataset) -> pd.DataFrame:
    return pd.DataFrame({f.name: pd.Series(dtype=KIND_DTYPES[f.kind]) for f in dataset.fields})


def _combine(dataset: Dataset, files: list[LoadedFile]) -> pd.DataFrame:
    """The rows served from the dataset's files as one frame with every declared column, optional ones too."""
    frames = [f.frame for f in files if f.frame is not None]
    combined = pd.concat([_empty_frame(dataset), *frames], ignore_index=True) if frames else _empty_frame(dataset)
    return combined.astype({f.name: KIND_DTYPES[f.kind] for f in dataset.fields})


def _read_folder(data_dir: Path, dataset: Dataset, overrides: dict[str, bytes]) -> list[LoadedFile]:
    files = {f.report.path: f for f in read_dataset_folder(data_dir, dataset)}
    now = datetime.now(UTC)
    for relative, content in overrides.items():
        if dataset_of(relative) == dataset.name:
            files[relative] = read_content(relative, content, dataset, now)
    return [files[path] for path in sorted(files)]


def _stand_in(archive: Archive, loaded: LoadedFile, dataset: Dataset) -> LoadedFile:
    """While a file is broken, serve its newest valid archived version (if it has one)."""
    report = loaded.report
    version = archive.last_valid(report.path, other_than=report.sha256)
    if version is None:
        return LoadedFile(report, None)
    try:
        content = archive.content(version)
    except OSError as error:
        report.notices.append(f"Its last valid version could not be read from the archive ({error.strerror}).")
        return LoadedFile(report, None)
    archived = read_content(report.path, content, dataset, version.saved)
    if archived.frame is None or not archived.report.valid:
        return LoadedFile(report, None)
    report.stand_in = version
    return LoadedFile(report, archived.frame)


def load_repository(data_dir: Path, *, overrides: dict[str, bytes] | None = None, remember: bool = True) -> Repository:
    """Load every dataset. A file with any problem is not served; its newest valid
    archived version stands in for it, so what was showing stays.

    `overrides` reads the given bytes in place of (or beside) the files on disk,
    to check an upload before it is written; `remember` archives each valid file.
    """
    archive = Archive.beside(data_dir)
    loaded = {name: _read_folder(data_dir, d, overrides or {}) for name, d in DATASETS.items()}
    for name, files in loaded.items():
        loaded[name] = [f if f.report.valid else _stand_in(archive, f, DATASETS[name]) for f in files]
    removed = _removed_files(archive, loaded)
    while True:
        frames = {name: _combine(DATASETS[name], files) for name, files in loaded.items()}
        problems = integrity_problems(DATASETS, frames)
        if not problems:
            break
        cited = [(name, path) for name, path in removed if name in {p.depends_on for p in problems}]
        if cited:
            # A file taken out of its folder while others cite it is the cause: its last version
            # stands in, named as such, until an editor confirms the removal.
            for name, path in cited:
                stand_in = _removed_stand_in(archive, name, path)
                if stand_in.frame is not None:
                    loaded[name] = sorted([*loaded[name], stand_in], key=_path)
            removed = [entry for entry in removed if entry not in cited]
            continue
        _withdraw_the_cause(archive, loaded, problems, frames)
    reports = [f.report for files in loaded.values() for f in files]
    repo = Repository(data_dir, frames, reports)
    if remember:
        remember_live_files(repo)
    return repo


def _path(loaded: LoadedFile) -> str:
    return loaded.report.path


def _removed_files(archive: Archive, loaded: dict[str, list[LoadedFile]]) -> list[tuple[str, str]]:
    """(dataset, file) for the files the archive knows that are gone from their folders, their
    removal not confirmed: read from the archive only if other files turn out to cite them."""
    removed = []
    for name, files in loaded.items():
        present = {f.report.path for f in files}
        removed += [
            (name, path) for path in archive.files(name) if path not in present and not archive.removal_confirmed(path)
        ]
    return removed


def _removed_stand_in(archive: Archive, name: str, path: str) -> LoadedFile:
    """A removed file's last valid version, reported as the cause of what cites it."""
    report = FileReport(dataset=name, path=path, modified=datetime.now(UTC), removed=True)
    report.problems.append(
        Problem(
            path,
            "the file in its folder, or its removal confirmed by an editor on Update data",
            finding="the file was removed from its folder while other files cite it",
        )
    )
    return _stand_in(archive, LoadedFile(report, None), DATASETS[name])


def _withdraw_the_cause(
    archive: Archive, loaded: dict[str, list[LoadedFile]], problems: list[Problem], frames: dict[str, pd.DataFrame]
) -> None:
    """Take out of service the files that broke references or keys, so the checks can pass.

    Changed files that caused a problem (components.data.blame) go first, alone: with them
    back at their last valid version the files citing them may be fine again. Only
    when no such file is left are the files holding the problems withdrawn. Each call
    takes at least one file, or one stand-in, out of service.
    """
    files = {f.report.path: f for group in loaded.values() for f in group}

    def changed(path: str) -> bool:
        report = files[path].report
        last_valid = archive.last_valid(path)
        return report.valid and report.stand_in is None and (last_valid is None or last_valid.sha256 != report.sha256)

    blamed: dict[str, list[Problem]] = {}
    for problem in problems:
        for culprit in culprits(problem, list(files), changed, frames, archive):
            blamed.setdefault(culprit, []).append(
                Problem(
                    culprit,
                    problem.expected,
                    finding=f"this version breaks {problem.file} row {problem.row}, column '{problem.column}' "
                    f"('{problem.value}')",
                )
            )
    if not blamed:
        for problem in problems:
            blamed.setdefault(problem.file, []).append(problem)
    for name, group in loaded.items():
        loaded[name] = [
            _withdraw(archive, f, blamed[f.report.path], DATASETS[name]) if f.report.path in blamed else f
            for f in group
        ]


def _withdraw(archive: Archive, loaded: LoadedFile, problems: list[Problem], dataset: Dataset) -> LoadedFile:
    report = loaded.report
    if report.stand_in is not None:
        report.notices.append(
            f"Its last valid version ({report.stand_in.label}) no longer fits the other data either, "
            "so none of it is shown."
        )
        report.stand_in = None
        return LoadedFile(report, None)
    report.problems.extend(problems)
    return _stand_in(archive, loaded, dataset)


def remember_live_files(repo: Repository) -> None:
    """Keep every valid file being served in the archive (once per distinct content).

    This is what lets a later broken version of a file stand in from its last valid one:
    a file dropped into a folder is first seen when the data is loaded, so the load that
    serves it must also keep it.
    """
    archive = Archive.beside(repo.data_dir)
    try:
        with archive.lock():
            for finished in archive.recover():  # a publish a crash cut short: on the first load after it
                LOG.warning("Archive recovery: %s", finished)
    except OSError as error:
        LOG.warning("Archive recovery failed: %s", error)
    for report in repo.reports:
        if not report.valid:  # a broken file, standing in from the archive or not, is not live
            continue
        try:
            content = (repo.data_dir / report.path).read_bytes()
            if digest(content) == report.sha256:  # else it changed since: the next load sees it
                report.version = archive.remember_valid(report.path, content, report.rows)
        except OSError as error:
            report.notices.append(f"No copy could be kept in the archive ({error.strerror}).")
