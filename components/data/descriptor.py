"""data/datapackage.json and data/README.md, generated from the declared datasets.

python -m components.data.descriptor      # rewrite both files
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from components.data.catalog import DATASETS
from components.data.repository import DEFAULT_DATA_DIR
from components.data.schema import SLUG_PATTERN, Dataset, Field
from components.data.status import contract_table

FRICTIONLESS_TYPES = {
    "string": "string",
    "slug": "string",
    "url": "string",
    "date": "string",  # partial ISO dates (YYYY, YYYY-MM) are not a Frictionless date
    "integer": "integer",
    "number": "number",
}
# The same rule as the app's checks, for the validators that read the descriptor.
PATTERNS = {"slug": SLUG_PATTERN, "url": r"^https?://\S+$", "date": r"^\d{4}(-\d{2}(-\d{2})?)?$"}

README_INTRO = """# Data

Each folder below is one dataset. Every CSV file in a folder is read and combined, so an
analyst can add a file or replace one; the Data status page shows at once whether it loaded.
A file with any problem is not used and the page says which file, row, column and value is
wrong, and what was expected; until it is fixed, its last valid version (kept in
`.archive/`) is shown in its place. Editors can also upload a file on the Update data page,
with a preview of what it changes, and roll back to any earlier version.

Rules for every file: UTF-8 CSV with a header row (Excel's semicolon-separated,
Windows-1251 and day-first exports are read too, with a notice); dates as `YYYY-MM-DD`,
`YYYY-MM` or `YYYY` (only as precise as the source); every row cites a source by `source_id`, an `id`
in `sources/`. Never enter a number the source does not print. Extra columns are kept.

This file and `datapackage.json` (a Frictionless Data Package descriptor) are generated
from `components/data/catalog.py` by `python -m components.data.descriptor`; a test fails when they
are out of date.

"""


def _field_descriptor(field_: Field) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "name": field_.name,
        "type": FRICTIONLESS_TYPES[field_.kind],
        "description": field_.description,
    }
    constraints: dict[str, Any] = {}
    if not field_.nullable:
        constraints["required"] = True
    if field_.allowed:
        constraints["enum"] = list(field_.allowed)
    elif field_.kind in PATTERNS:
        constraints["pattern"] = PATTERNS[field_.kind]
    if field_.minimum is not None:
        constraints["minimum"] = field_.minimum
    if field_.maximum is not None:
        constraints["maximum"] = field_.maximum
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def _resource(dataset: Dataset, data_dir: Path) -> dict[str, Any]:
    foreign_keys = [
        {"fields": f.name, "reference": {"resource": f.references.dataset, "fields": f.references.column}}
        for f in dataset.fields
        if f.references
    ]
    schema: dict[str, Any] = {
        "fields": [_field_descriptor(f) for f in dataset.fields],
        "primaryKey": list(dataset.key),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    # The files as they are now: the standard has no wildcards, and its validators read every
    # part of a multi-file resource against one schema (so every shipped file has the declared
    # columns in the declared order; the app itself is laxer with dropped files).
    paths = [p.relative_to(data_dir).as_posix() for p in sorted((data_dir / dataset.name).glob("*.csv"))]
    resource: dict[str, Any] = {
        "name": dataset.name,
        "title": dataset.title,
        "description": dataset.description,
        "path": paths[0] if len(paths) == 1 else paths,
        "format": "csv",
        "encoding": "utf-8",
        "licenses": [_licence(dataset)],
        "schema": schema,
    }
    return resource


def _licence(dataset: Dataset) -> dict[str, str]:
    licence = {"title": dataset.licence.title, "path": dataset.licence.path or "README.md"}
    if dataset.licence.name:
        licence["name"] = dataset.licence.name
    return licence


def datapackage(data_dir: Path = DEFAULT_DATA_DIR) -> str:
    package = {
        "name": "alliance-monitor",
        "title": "Alliance Monitor datasets",
        "resources": [_resource(d, data_dir) for d in DATASETS.values()],
    }
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def readme() -> str:
    parts = [README_INTRO]
    for dataset in DATASETS.values():
        parts.append(f"\n## `{dataset.name}/` — {dataset.title}\n\n{dataset.description}\n")
        parts.append(f"\nUnique across all files: {', '.join(f'`{k}`' for k in dataset.key)}.\n")
        parts.append(
            f"\nLicence: {dataset.licence.title}"
            + (f" ({dataset.licence.path})" if dataset.licence.path else "")
            + ".\n"
        )
        table = contract_table(dataset)
        parts.append("\n| " + " | ".join(table.columns) + " |\n" + "|---" * len(table.columns) + "|\n")
        for row in table.itertuples(index=False):
            parts.append("| " + " | ".join(_cell(str(v)) for v in row) + " |\n")
    return "".join(parts)


def write(data_dir: Path = DEFAULT_DATA_DIR) -> None:
    (data_dir / "datapackage.json").write_text(datapackage(data_dir), encoding="utf-8")
    (data_dir / "README.md").write_text(readme(), encoding="utf-8")


if __name__ == "__main__":
    write()
