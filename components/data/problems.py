"""What went wrong in a data file, said so that an analyst can fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # path relative to the data folder, e.g. "sites/nato.csv"
    expected: str  # what a valid file, row or cell would have
    row: int | None = None  # spreadsheet row number: the header is row 1
    column: str | None = None
    value: str | None = None  # the cell as found ("" for an empty cell)
    finding: str | None = None  # what was found, when it is not a single cell
    # The dataset whose rows this cell must match (references, unique keys): a change
    # there, not this file, may be what broke it.
    depends_on: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        if self.value == "":
            found = "found an empty cell, "
        elif self.value is not None:
            found = f"found '{self.value}', "
        elif self.finding:
            found = f"{self.finding}; "
        else:
            found = ""
        return f"{', '.join(where)}: {found}expected {self.expected}"

    def as_record(self) -> dict[str, object]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "found": self.value if self.value is not None else self.finding,
            "expected": self.expected,
        }
