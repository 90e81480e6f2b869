"""Declarative dataset schemas.

A dataset is declared once, as a list of fields. The declaration drives
validation (through pandera), the Frictionless descriptor, data/README.md
and the Data status page, so those can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

SLUG_PATTERN = r"^[a-z0-9_]+$"
PARTIAL_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

KIND_DTYPES = {
    "string": "str",
    "slug": "str",
    "date": "str",
    "url": "str",
    "integer": "Int64",
    "number": "Float64",
}

KIND_DESCRIPTIONS = {
    "string": "text",
    "slug": "an id of lowercase letters, digits and underscores",
    "date": "a date as YYYY-MM-DD, YYYY-MM or YYYY",
    "url": "a web address starting with http:// or https://",
    "integer": "a whole number",
    "number": "a number (decimal point, no thousands separator)",
}


def is_partial_iso_date(value: str) -> bool:
    match = PARTIAL_DATE_PATTERN.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    text = f"{year}-{month or '01'}-{day or '01'}"
    return not pd.isna(pd.to_datetime(text, format="%Y-%m-%d", errors="coerce"))


@dataclass(frozen=True)
class Reference:
    """A column whose values must be ids of rows in another dataset."""

    dataset: str
    column: str = "id"


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    description: str
    required: bool = True  # the column must be present in every file
    nullable: bool = False  # cells may be empty
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    references: Reference | None = None
    # Semicolon-separated "type:id" references into other datasets.
    typed_references: dict[str, Reference] = field(default_factory=dict)
    # How a value reads in a table or a download: codes as words ('LTU' -> 'Lithuania').
    # Without it, a field with allowed values reads as those values in words ('air_defence' ->
    # 'Air defence'), any other as it is.
    words: Callable[[str], str] | None = None

    @property
    def expectation(self) -> str:
        """What a valid cell looks like, in words an analyst understands."""
        if self.allowed:
            return "one of: " + ", ".join(self.allowed)
        text = KIND_DESCRIPTIONS[self.kind]
        if self.minimum is not None and self.maximum is not None:
            text += f" from {self.minimum:g} to {self.maximum:g}"
        elif self.minimum is not None:
            text += f" of at least {self.minimum:g}"
        if self.references:
            text += f" that is an {self.references.column} in {self.references.dataset}"
        if self.typed_references:
            kinds = ", ".join(f"{k}:<id>" for k in self.typed_references)
            text = f"semicolon-separated references ({kinds})"
        return text

    def checks(self) -> list[pa.Check]:
        expected = self.expectation
        checks = []
        if self.allowed:
            checks.append(pa.Check.isin(list(self.allowed), error=expected))
        if self.kind == "slug":
            checks.append(pa.Check.str_matches(SLUG_PATTERN, error=expected))
        if self.kind == "date":
            checks.append(
                pa.Check(
                    lambda s: s.map(is_partial_iso_date).astype(bool),
                    element_wise=False,
                    error=expected,
                )
            )
        if self.kind == "url":
            checks.append(pa.Check.str_matches(r"^https?://\S+$", error=expected))
        if self.minimum is not None:
            checks.append(pa.Check.ge(self.minimum, error=expected))
        if self.maximum is not None:
            checks.append(pa.Check.le(self.maximum, error=expected))
        return checks

    def to_pandera(self) -> pa.Column:
        return pa.Column(
            KIND_DTYPES[self.kind],
            checks=self.checks(),
            nullable=self.nullable,
            required=self.required,
            coerce=True,
            title=self.name,
            description=self.description,
        )


@dataclass(frozen=True)
class RowCheck:
    """A rule on one column that depends on others of the same row: `problem` says what is wrong, or None."""

    column: str
    expected: str
    problem: Callable[[pd.Series], str | None]


@dataclass(frozen=True)
class Licence:
    """The terms a reader may use a dataset's rows under."""

    title: str
    path: str | None = None  # where the terms are published
    name: str | None = None  # the SPDX identifier, where it has one (CC-BY-4.0)


# What the datasets compiled here from many sources are offered under: no terms of our own
# on top of those of each row's source.
SOURCES_TERMS = Licence(
    "Compiled from the cited sources: each row keeps the terms of its source (listed on the Sources view)"
)


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # columns whose combination is unique across all files
    licence: Licence = SOURCES_TERMS
    row_checks: tuple[RowCheck, ...] = ()

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def required_columns(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def to_pandera(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema(
            {f.name: f.to_pandera() for f in self.fields},
            strict=False,
            name=self.name,
        )
