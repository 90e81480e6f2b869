"""Tables for the Data status page. No Streamlit here."""

from __future__ import annotations

import pandas as pd

from components.data.citations import sources_cited_in
from components.data.loading import FileReport
from components.data.problems import Problem
from components.data.repository import Repository
from components.data.schema import Dataset


def rejection_line(report: FileReport) -> str:
    """What a viewer is told about a broken file: what is shown in its place."""
    if report.removed and report.stand_in is not None:
        return (
            f"data/{report.path} was removed from its folder, but other files cite it: its last valid "
            f"version, saved {report.stand_in.label}, is shown until an editor confirms the removal on Update data."
        )
    if report.stand_in is not None:
        return (
            f"data/{report.path} has {len(report.problems)} problem(s); "
            f"its last valid version ({report.stand_in.label}) is shown instead."
        )
    return f"data/{report.path} has {len(report.problems)} problem(s) and is left out."


def _status(report: FileReport) -> str:
    if report.valid:
        return "valid"
    return "rejected: last valid version shown" if report.stand_in else "rejected: nothing shown"


def _live_version(report: FileReport) -> str:
    version = report.version if report.valid else report.stand_in
    if version is None:
        return "the file as it is" if report.valid else ""
    return f"{'this file' if report.valid else 'archived'}, saved {version.label}"


def files_table(repo: Repository, dataset: str) -> pd.DataFrame:
    reports = repo.reports_for(dataset)
    shown = [repo.rows_of(r.path) for r in reports]
    return pd.DataFrame(
        {
            "file": [r.path for r in reports],
            "status": [_status(r) for r in reports],
            "rows shown": [len(rows) for rows in shown],
            "last modified (UTC)": [r.modified.strftime("%Y-%m-%d %H:%M") for r in reports],
            "live version": [_live_version(r) for r in reports],
            "problems": [len(r.problems) for r in reports],
            "notices": [" ".join(r.notices) for r in reports],
            "sources cited": [", ".join(sources_cited_in(rows)) for rows in shown],
        }
    )


def problems_table(reports: list[FileReport]) -> pd.DataFrame:
    return problems_frame([p for r in reports for p in r.problems])


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    frame = pd.DataFrame([p.as_record() for p in problems], columns=["file", "row", "column", "found", "expected"])
    # An empty cell, not "None", where a problem concerns no single row or column.
    return frame.astype({"row": "Int64"}).fillna({"column": "", "found": ""})


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
