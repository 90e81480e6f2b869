"""What went wrong in a data file, said so that an analyst can fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # path relative to the data folder, e.g. "sites/nato.csv"
    message: str  # what is wrong, or what was expected
    row: int | None = None  # spreadsheet row number: the header is row 1
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        text = ", ".join(where) + ": "
        if self.value == "":
            return text + f"found an empty cell, expected {self.message}"
        if self.value is not None:
            return text + f"found '{self.value}', expected {self.message}"
        return text + self.message

    def as_record(self) -> dict[str, object]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "expected": self.message,
        }
