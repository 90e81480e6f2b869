"""Numbers and dates as European Excel writes them, rewritten to the declared form.

"75,3" in a semicolon-separated file and "09.08.2020" can each be read one way
only: they are rewritten, with a notice. A cell that could be read two ways
("1.300" in a semicolon-separated file, "09/08/2020") is refused. No Streamlit here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from components.data.problems import Problem
from components.data.schema import KIND_DESCRIPTIONS, Dataset, is_partial_iso_date

_DECIMAL_COMMA = re.compile(r"^([+-]?\d+),(\d+)$")
_GROUPED_THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_FIRST_YEAR = re.compile(r"^(\d{1,2})\.(\d{4})$")
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00(:00)?$")
_SLASHED = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")


@dataclass
class Rewrites:
    notices: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # (row, column) -> the cell as written, so a later rejection quotes what the analyst typed.
    originals: dict[tuple[int, str], str] = field(default_factory=dict)


def normalise_cells(relative: str, frame: pd.DataFrame, dataset: Dataset, delimiter: str) -> Rewrites:
    """Rewrite the frame's number and date cells in place; say what was rewritten or refused."""
    result = Rewrites()
    present = [f for f in dataset.fields if f.name in frame.columns]
    numeric = [f.name for f in present if f.kind in {"number", "integer"}]
    # A comma inside a cell of a comma-separated file was quoted on purpose: "1,300" may
    # be a thousands separator there, so decimal commas are read only beside ; or tabs.
    if delimiter != "," and numeric:
        for column in numeric:
            _rewrite(relative, frame, column, _decimal_comma_rewrite, result)
    for field_ in present:
        if field_.kind == "date":
            _rewrite(relative, frame, field_.name, _date_rewriter, result)
    return result


# A rewriter returns the new cell, or raises ValueError with what was expected.
Rewriter = Callable[[str], str]


def _rewrite(relative: str, frame: pd.DataFrame, column: str, rewriter: Rewriter, result: Rewrites) -> None:
    rewritten: list[tuple[str, str]] = []
    for index, value in frame[column].dropna().items():
        row = int(str(index))
        try:
            new = rewriter(value)
        except ValueError as refusal:
            result.problems.append(Problem(relative, str(refusal), row=row, column=column, value=value))
            continue
        if new != value:
            frame.at[row, column] = new
            result.originals[(row, column)] = value
            rewritten.append((value, new))
    if rewritten:
        before, after = rewritten[0]
        result.notices.append(
            f"Column '{column}': {len(rewritten)} cell(s) rewritten to the standard form, e.g. '{before}' → '{after}'."
        )


def _decimal_comma_rewrite(value: str) -> str:
    """In a file separated by ; or tabs (Excel where the comma is the decimal mark)."""
    match = _DECIMAL_COMMA.match(value)
    if match:
        return f"{match[1]}.{match[2]}"
    if _GROUPED_THOUSANDS.match(value):
        raise ValueError(
            "a number without a thousands separator: in a file separated by semicolons or tabs, "
            f"'{value}' could be {value.replace('.', '')} or {value}"
        )
    return value


def _date_rewriter(value: str) -> str:
    new = _standard_date(value)
    if new != value and not is_partial_iso_date(new):
        raise ValueError(f"{KIND_DESCRIPTIONS['date']} that exists in the calendar")
    return new


def _standard_date(value: str) -> str:
    if match := _DAY_FIRST.match(value):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if match := _MONTH_FIRST_YEAR.match(value):
        month, year = match.groups()
        return f"{year}-{int(month):02d}"
    if match := _MIDNIGHT.match(value):
        return match[1]
    if _SLASHED.match(value):
        raise ValueError(
            "a date as YYYY-MM-DD, YYYY-MM or YYYY: with slashes, day and month can be read "
            "either way (09/08/2020 is 9 August in Europe, September 8 in the US)"
        )
    return value
