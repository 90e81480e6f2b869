"""Tables for the Data status page. No Streamlit here."""

from __future__ import annotations

import pandas as pd

from components.loading import FileReport
from components.schema import Dataset


def files_table(reports: list[FileReport]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": [r.path for r in reports],
            "status": ["live" if r.valid else "rejected: not loaded" for r in reports],
            "rows": [r.rows if r.valid else None for r in reports],
            "last modified (UTC)": [r.modified.strftime("%Y-%m-%d %H:%M") for r in reports],
            "problems": [len(r.problems) for r in reports],
            "notices": [" ".join(r.notices) for r in reports],
        }
    )


def problems_table(reports: list[FileReport]) -> pd.DataFrame:
    records = [p.as_record() for r in reports for p in r.problems]
    return pd.DataFrame(records, columns=["file", "row", "column", "found", "expected"])


def contract_table(dataset: Dataset) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "column": [f.name for f in dataset.fields],
            "required column": ["yes" if f.required else "no" for f in dataset.fields],
            "empty allowed": ["yes" if f.nullable else "no" for f in dataset.fields],
            "expected": [f.expectation for f in dataset.fields],
            "description": [f.description for f in dataset.fields],
        }
    )
