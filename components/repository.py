"""All datasets, loaded from a data folder and checked against each other."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from components.catalog import DATASETS
from components.integrity import integrity_problems
from components.loading import FileReport, LoadedFile, read_dataset_folder
from components.schema import KIND_DTYPES, Dataset

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir_from_environment() -> Path:
    return Path(os.environ.get("ALLIANCE_MONITOR_DATA_DIR", DEFAULT_DATA_DIR))


def data_fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Changes whenever a dataset file is added, removed or rewritten."""
    entries = []
    for name in DATASETS:
        for path in sorted((data_dir / name).glob("*.csv")):
            stat = path.stat()
            entries.append((path.relative_to(data_dir).as_posix(), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


@dataclass
class Repository:
    data_dir: Path
    frames: dict[str, pd.DataFrame]
    reports: list[FileReport]

    def frame(self, name: str) -> pd.DataFrame:
        return self.frames[name]

    def reports_for(self, name: str) -> list[FileReport]:
        return [r for r in self.reports if r.dataset == name]

    @property
    def rejected(self) -> list[FileReport]:
        return [r for r in self.reports if not r.valid]


def _empty_frame(dataset: Dataset) -> pd.DataFrame:
    return pd.DataFrame({f.name: pd.Series(dtype=KIND_DTYPES[f.kind]) for f in dataset.fields})


def _combine(dataset: Dataset, files: list[LoadedFile]) -> pd.DataFrame:
    """The dataset's valid files as one frame with every declared column, optional ones too."""
    frames = [f.frame for f in files if f.report.valid and f.frame is not None]
    combined = pd.concat([_empty_frame(dataset), *frames], ignore_index=True) if frames else _empty_frame(dataset)
    return combined.astype({f.name: KIND_DTYPES[f.kind] for f in dataset.fields})


def load_repository(data_dir: Path) -> Repository:
    """Load every dataset; a file with any problem is left out whole and reported.

    Leaving a file out can break references from other files (a source file
    rejected leaves its citations dangling), so checks repeat until stable.
    """
    loaded = {name: read_dataset_folder(data_dir, d) for name, d in DATASETS.items()}
    while True:
        frames = {name: _combine(DATASETS[name], files) for name, files in loaded.items()}
        problems = integrity_problems(DATASETS, frames)
        if not problems:
            break
        reports = {f.report.path: f.report for files in loaded.values() for f in files}
        for problem in problems:
            reports[problem.file].problems.append(problem)
    reports = [f.report for files in loaded.values() for f in files]
    return Repository(data_dir, frames, reports)
