"""An editor's view of a change before and after it is made: problems, changes, versions."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.data.archive import Archive, Version, digest
from components.editing.changes import Changes
from components.data.problems import Problem
from components.editing.publishing import Candidate, check
from components.data.repository import Repository, data_fingerprint
from components.data.status import problems_frame
from components.data.text import literal
from components.ui.page import without_internal_columns

VERSIONS_SHOWN = 15


@st.cache_resource(show_spinner="Checking the file against everything live…", max_entries=4)
def _cached_check(_live: Repository, fingerprint: tuple, file: str, content_sha: str, _content: bytes) -> Candidate:
    # Keyed by the data on disk and the upload's digest: reruns of the page do not re-check.
    return check(_live, file, _content)


def candidate_for(live: Repository, file: str, content: bytes) -> Candidate:
    return _cached_check(live, data_fingerprint(live.data_dir), file, digest(content), content)


def show_problems(problems: list[Problem]) -> None:
    st.error(
        f"This file cannot be used: {len(problems)} problem(s). Nothing was changed; fix the file and upload it again.",
        icon=":material/error:",
    )
    st.dataframe(problems_frame(problems), hide_index=True)


def show_notices(notices: list[str]) -> None:
    for notice in notices:
        st.info(literal(notice), icon=":material/info:")


def show_changes(changes: Changes) -> None:
    counts = changes.counts
    columns = st.columns(3)
    for column, (label, count) in zip(columns, counts.items(), strict=True):
        column.metric(f"Rows {label}", f"{count:,}")
    for label, rows in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed)):
        if not rows.empty:
            with st.expander(f"Rows {label} ({len(rows):,})", expanded=len(rows) <= 20):
                st.dataframe(without_internal_columns(rows), hide_index=True)


def review(candidate: Candidate) -> None:
    show_notices(candidate.report.notices)
    if not candidate.acceptable:
        show_problems(candidate.problems)
        return
    show_changes(candidate.changes)


def versions_table(versions: list[Version], live_sha: str | None) -> pd.DataFrame:
    """Newest first; the newest version with the live file's bytes is marked live."""
    live_id = next((v.id for v in versions if v.sha256 == live_sha), None)
    return pd.DataFrame(
        {
            "saved (UTC)": [f"{v.saved:%Y-%m-%d %H:%M:%S}" for v in versions],
            "by": [v.editor for v in versions],
            "action": [v.action for v in versions],
            "rows": [v.rows for v in versions],
            "added / changed / removed": [
                "" if v.added is None else f"+{v.added} / ~{v.changed} / −{v.removed}" for v in versions
            ],
            "live": ["live" if v.id == live_id else "" for v in versions],
        }
    )


def archived_versions(repo: Repository, file: str) -> list[Version]:
    return Archive.beside(repo.data_dir).versions(file)[:VERSIONS_SHOWN]
