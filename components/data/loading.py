"""Read and validate the CSV files of one dataset folder. No Streamlit here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from components.data.archive import Version, digest
from components.data.cell_formats import normalise_cells
from components.data.cells import is_blank
from components.data.csv_text import Unreadable, read_table
from components.data.problems import Problem
from components.data.schema import KIND_DTYPES, Dataset

FILE_COLUMN = "_file"
ROW_COLUMN = "_row"


@dataclass
class FileReport:
    dataset: str
    path: str  # relative to the data folder
    modified: datetime
    sha256: str = ""
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # The archived version served in place of this file while the file is broken.
    stand_in: Version | None = None
    # The archived version with the same bytes as this valid file.
    version: Version | None = None
    # Taken out of its folder while other files cite it (and the removal not confirmed).
    removed: bool = False

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class LoadedFile:
    report: FileReport
    frame: pd.DataFrame | None  # the rows served: None when neither the file nor a stand-in is


def read_dataset_folder(data_dir: Path, dataset: Dataset) -> list[LoadedFile]:
    """Every .csv entry of the folder, read; an entry that cannot be read (a link to nothing, a
    folder named like a file) is reported, not raised, so the rest is served as before."""
    folder = data_dir / dataset.name
    loaded = [read_file(data_dir, path, dataset) for path in sorted(folder.glob("*.csv"))]
    return [file for file in loaded if file is not None]


def read_file(data_dir: Path, path: Path, dataset: Dataset) -> LoadedFile | None:
    """The file read and checked; None when it was removed between listing the folder and reading it."""
    relative = path.relative_to(data_dir).as_posix()
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        content = path.read_bytes()
    except FileNotFoundError:
        if not path.is_symlink():
            return None  # gone since the folder was listed: the next load does not see it either
        return _unreadable(relative, dataset, "a link to a file that does not exist")
    except OSError as error:
        return _unreadable(relative, dataset, f"an entry that cannot be read as a file ({error.strerror})")
    return read_content(relative, content, dataset, modified)


def _unreadable(relative: str, dataset: Dataset, finding: str) -> LoadedFile:
    report = FileReport(dataset=dataset.name, path=relative, modified=datetime.now(UTC))
    report.problems.append(Problem(relative, "a readable CSV file", finding=f"found {finding}"))
    return LoadedFile(report, None)


def read_content(relative: str, content: bytes, dataset: Dataset, modified: datetime) -> LoadedFile:
    """Read and check one file's bytes against its dataset's declaration."""
    report = FileReport(dataset=dataset.name, path=relative, modified=modified, sha256=digest(content))
    parsed = _parse_csv(relative, content, dataset, report)
    if parsed is None:
        return LoadedFile(report, None)
    raw, originals = parsed
    frame = _validate(relative, raw, dataset, report, originals)
    if frame is not None:
        report.rows = len(frame)
        if frame.empty:
            report.notices.append("The file has a header but no data rows.")
    return LoadedFile(report, frame)


def _parse_csv(
    relative: str, content: bytes, dataset: Dataset, report: FileReport
) -> tuple[pd.DataFrame, dict[tuple[int, str], str]] | None:
    """The cells as text, and the cells rewritten from a locale's form to the standard one."""
    try:
        table = read_table(content, dataset.columns)
    except Unreadable as refusal:
        report.problems.append(Problem(relative, refusal.expected, finding=refusal.finding))
        return None
    report.notices.extend(table.notices)
    header = table.header
    records = []
    for number, cells in table.rows:
        if len(cells) != len(header):
            report.problems.append(
                Problem(
                    relative, f"{len(header)} cells, one per header column", row=number, finding=f"{len(cells)} cells"
                )
            )
            continue
        records.append((number, [cell.strip() for cell in cells]))
    if report.problems:
        return None
    frame = pd.DataFrame([cells for _, cells in records], columns=header, dtype="str")
    frame.index = pd.Index([number for number, _ in records], name=ROW_COLUMN)
    frame = frame.replace("", pd.NA)
    if frame.columns.duplicated().any():
        return frame, {}  # reported, by name, when the columns are checked
    rewrites = normalise_cells(relative, frame, dataset, table.delimiter)
    report.notices.extend(rewrites.notices)
    report.problems.extend(rewrites.problems)
    return None if report.problems else (frame, rewrites.originals)


def _validate(
    relative: str, raw: pd.DataFrame, dataset: Dataset, report: FileReport, originals: dict[tuple[int, str], str]
) -> pd.DataFrame | None:
    missing = [c for c in dataset.required_columns if c not in raw.columns]
    for column in missing:
        report.problems.append(
            Problem(relative, f"a column named '{column}' (required)", column=column, finding="no such column")
        )
    duplicated = raw.columns[raw.columns.duplicated()].unique()
    for column in duplicated:
        report.problems.append(
            Problem(relative, "each column name only once", column=column, finding="the name appears twice")
        )
    if report.problems:
        return None
    extra = [c for c in raw.columns if c not in dataset.columns]
    if extra:
        report.notices.append("Columns kept but not part of the contract: " + ", ".join(extra) + ".")
    try:
        frame = dataset.to_pandera().validate(raw, lazy=True)
    except pa.errors.SchemaErrors as errors:
        report.problems.extend(_problems_from_failures(relative, dataset, errors.failure_cases, originals))
        return None
    for field_ in dataset.fields:
        if field_.name not in frame.columns:
            frame[field_.name] = pd.Series(pd.NA, index=frame.index, dtype=KIND_DTYPES[field_.kind])
    frame = frame.reset_index()
    frame.insert(0, FILE_COLUMN, relative)
    return frame


def _problems_from_failures(
    relative: str, dataset: Dataset, failures: pd.DataFrame, originals: dict[tuple[int, str], str]
) -> list[Problem]:
    """Turn pandera's failure table into one problem per bad cell."""
    problems: dict[tuple[object, object], Problem] = {}
    for case in failures.to_dict("records"):
        if is_blank(case["index"]):
            # A check that could not run because the column did not convert; the
            # conversion failures are already reported cell by cell.
            continue
        row, column = int(case["index"]), str(case["column"])
        key = (row, column)
        if key in problems:
            continue
        field_ = dataset.field(column)
        if case["check"] == "not_nullable":
            expected = "a value (this column must not be empty)"
            value = ""
        else:
            expected = field_.expectation
            value = originals.get((row, column), str(case["failure_case"]))
        problems[key] = Problem(relative, expected, row=row, column=column, value=value)
    return sorted(problems.values(), key=lambda p: (p.row or 0, p.column or ""))
