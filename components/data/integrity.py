"""Checks that span files and datasets: unique keys and references that resolve."""

from __future__ import annotations

import pandas as pd

from components.data.loading import FILE_COLUMN, ROW_COLUMN
from components.data.problems import Problem
from components.data.references import parse_references
from components.data.schema import Dataset, Field, Reference, RowCheck


def integrity_problems(datasets: dict[str, Dataset], frames: dict[str, pd.DataFrame]) -> list[Problem]:
    problems: list[Problem] = []
    for name, dataset in datasets.items():
        frame = frames[name]
        problems += _duplicate_keys(dataset, frame)
        for check in dataset.row_checks:
            problems += _failed_row_check(frame, check)
        for field_ in dataset.fields:
            if field_.references:
                problems += _unresolved(frame, field_, field_.references, frames)
            if field_.typed_references:
                problems += _unresolved_typed(frame, field_, frames)
    return problems


def _duplicate_keys(dataset: Dataset, frame: pd.DataFrame) -> list[Problem]:
    key = list(dataset.key)
    first = frame.drop_duplicates(subset=key, keep="first").set_index(key)
    problems = []
    for _, row in frame[frame.duplicated(subset=key, keep="first")].iterrows():
        values = tuple(row[k] for k in key)
        original = first.loc[values if len(key) > 1 else values[0]]
        problems.append(
            Problem(
                row[FILE_COLUMN],
                f"{_with_article(' + '.join(key))} that no other row uses "
                f"(already in {original[FILE_COLUMN]} row {int(original[ROW_COLUMN])})",
                row=int(row[ROW_COLUMN]),
                column=key[0],
                depends_on=dataset.name,
                value=" + ".join(str(v) for v in values),
            )
        )
    return problems


def _failed_row_check(frame: pd.DataFrame, check: RowCheck) -> list[Problem]:
    problems = []
    for _, row in frame.iterrows():
        finding = check.problem(row)
        if finding is not None:
            problems.append(
                Problem(
                    str(row[FILE_COLUMN]),
                    f"{check.expected} ({finding})",
                    row=int(row[ROW_COLUMN]),
                    column=check.column,
                    value=str(row[check.column]),
                )
            )
    return problems


def _with_article(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _ids(frames: dict[str, pd.DataFrame], reference: Reference) -> set[str]:
    return set(frames[reference.dataset][reference.column].dropna())


def _unresolved(
    frame: pd.DataFrame, field_: Field, reference: Reference, frames: dict[str, pd.DataFrame]
) -> list[Problem]:
    known = _ids(frames, reference)
    bad = frame[frame[field_.name].notna() & ~frame[field_.name].isin(known)]
    return [
        Problem(
            row[FILE_COLUMN],
            f"an {reference.column} that exists in {reference.dataset}",
            row=int(row[ROW_COLUMN]),
            column=field_.name,
            value=row[field_.name],
            depends_on=reference.dataset,
        )
        for _, row in bad.iterrows()
    ]


def _unresolved_typed(frame: pd.DataFrame, field_: Field, frames: dict[str, pd.DataFrame]) -> list[Problem]:
    known = {kind: _ids(frames, ref) for kind, ref in field_.typed_references.items()}
    problems = []
    for _, row in frame[frame[field_.name].notna()].iterrows():
        for kind, ident in parse_references(row[field_.name]):
            if ident not in known.get(kind, ()):
                problems.append(
                    Problem(
                        row[FILE_COLUMN],
                        field_.expectation + " whose id exists",
                        row=int(row[ROW_COLUMN]),
                        column=field_.name,
                        value=f"{kind}:{ident}",
                        depends_on=field_.typed_references[kind].dataset if kind in field_.typed_references else None,
                    )
                )
    return problems
