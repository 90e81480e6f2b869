"""Which changed file broke a reference or a key that used to hold. No Streamlit here.

A citation that stopped resolving is usually the fault of the file that changed (a
source list that lost the row), not of the unchanged file citing it; a key clash, of
the file that brought the second copy. Only a changed file that held the missing id
in its last valid version, or that holds the clashing key now, is blamed.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from components.data.archive import Archive
from components.data.catalog import DATASETS
from components.data.loading import FILE_COLUMN, read_content
from components.data.problems import Problem
from components.data.references import dataset_of, parse_references


def _cited(problem: Problem) -> tuple[str, str] | None:
    """The (column, id) a reference problem looks for in the dataset it depends on; None for a key clash."""
    if problem.column is None:
        return None
    field_ = DATASETS[dataset_of(problem.file)].field(problem.column)
    if field_.references:
        return field_.references.column, str(problem.value)
    if field_.typed_references:
        [(kind, ident)] = parse_references(problem.value)
        reference = field_.typed_references.get(kind)
        return (reference.column, ident) if reference else None
    return None


def _held_before(archive: Archive, path: str, column: str, ident: str) -> bool:
    version = archive.last_valid(path)
    if version is None:
        return False
    try:
        previous = read_content(path, archive.content(version), DATASETS[dataset_of(path)], version.saved).frame
    except OSError:
        return False
    return previous is not None and ident in set(previous[column].dropna().astype(str))


def _holds_key(frames: dict[str, pd.DataFrame], path: str, problem: Problem) -> bool:
    dataset = DATASETS[dataset_of(path)]
    rows = frames[dataset.name][frames[dataset.name][FILE_COLUMN] == path]
    keys = rows[list(dataset.key)].astype(str).agg(" + ".join, axis=1)
    return str(problem.value) in set(keys)


def culprits(
    problem: Problem,
    paths: list[str],
    changed: Callable[[str], bool],
    frames: dict[str, pd.DataFrame],
    archive: Archive,
) -> list[str]:
    candidates = [p for p in paths if p != problem.file and dataset_of(p) == problem.depends_on and changed(p)]
    cited = _cited(problem) if problem.column else None
    if cited is None:
        return [p for p in candidates if _holds_key(frames, p, problem)]
    column, ident = cited
    return [p for p in candidates if _held_before(archive, p, column, ident)]
