"""An editor's view of a change before and after it is made: problems, changes, versions."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

import pandas as pd
import streamlit as st

from components.data.archive import Archive, Version, digest
from components.data.catalog import DATASETS
from components.data.downloads import without_internal_columns
from components.data.problems import Problem
from components.data.references import data_path
from components.data.repository import Fingerprint, Repository, data_fingerprint
from components.data.status import problems_frame
from components.data.text import literal
from components.editing.changes import Changes
from components.editing.outcomes import Outcome, publish_upload
from components.editing.publishing import Candidate, check

VERSIONS_SHOWN = 15
DONE = "update_done"  # what was changed, shown once after the page reloads
PUBLISHED = "_publish_outcome"  # what the last click on Publish did, for the run it causes


@st.cache_resource(show_spinner="Checking the file against everything live…", max_entries=4)
def _cached_check(
    _live: Repository, fingerprint: Fingerprint, file: str, content_sha: str, _content: bytes
) -> Candidate:
    # Keyed by the data on disk and the upload's digest: reruns of the page do not re-check.
    return check(_live, file, _content)


def candidate_for(live: Repository, file: str, content: bytes) -> Candidate:
    return _cached_check(live, data_fingerprint(live.data_dir), file, digest(content), content)


def _publish_previewed(data_dir: Path, candidate: Candidate, editor: str) -> None:
    st.session_state[PUBLISHED] = publish_upload(data_dir, candidate, editor=editor)


def publish_button(data_dir: Path, candidate: Candidate, *, editor: str) -> None:
    """Publish exactly the preview on screen.

    The click's callback gets the candidate drawn with the button, so what is checked against
    the data at the moment of writing is the preview the editor approved. Checking again in the
    run the click causes would approve whatever the data had become since, and overwrite another
    editor's change unseen."""
    st.button(
        f"Publish to data/{candidate.file}",
        type="primary",
        icon=":material/publish:",
        on_click=_publish_previewed,
        args=(data_dir, candidate, editor),
    )


def publish_outcome() -> Outcome | None:
    """What the click on Publish did, once."""
    outcome: Outcome | None = st.session_state.pop(PUBLISHED, None)
    return outcome


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
    if not candidate.acceptable or candidate.changes is None:
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


def dataset_label(name: str) -> str:
    return f"{DATASETS[name].title} (data/{name}/)"


def file_label(dataset: str, on_disk: Collection[str] = ()) -> Callable[[str], str]:
    """How a file of the dataset is named in a choice; with `on_disk`, whether publishing replaces it."""

    def label(name: str) -> str:
        path = f"data/{data_path(dataset, name)}"
        if not on_disk:
            return path
        return path + (" (replaces the live file)" if name in on_disk else " (new file)")

    return label


def show_outcome(outcome: Outcome) -> None:
    """After a publish or roll back: reload the page with what was done, or say why nothing was."""
    if outcome.done:
        st.session_state[DONE] = outcome.done
        st.rerun()
    st.error(literal(outcome.error), icon=":material/sync_problem:")
    if outcome.refused is not None:
        review(outcome.refused)


def show_done() -> None:
    if done := st.session_state.pop(DONE, None):
        st.success(literal(done), icon=":material/check_circle:")
