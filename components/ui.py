"""Pieces every page shares: header, data notice, source lines, tables."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from components.citations import citation
from components.loading import FILE_COLUMN, ROW_COLUMN
from components.navigation import DATA_STATUS, View
from components.repository import Repository
from components.text import link, literal, neutralise_formula


def page_header(view: View, repo: Repository, heading: str | None = None) -> None:
    st.title(heading or view.title)
    st.caption(view.summary)
    rejected = repo.rejected
    if rejected:
        files = ", ".join(r.path for r in rejected)
        st.warning(
            f"{len(rejected)} data file(s) could not be loaded and are left out: {literal(files)}. "
            "Everything else is shown as before.",
            icon=":material/warning:",
        )
        if view is not DATA_STATUS:
            st.page_link(DATA_STATUS.path, label="See what is wrong on the Data status page", icon=DATA_STATUS.icon)


def source_lines(repo: Repository, source_ids: Iterable[str]) -> str:
    """Markdown for the citations of the given sources, each linked to its address."""
    sources = repo.frame("sources").set_index("id")
    lines = []
    for source_id in dict.fromkeys(s for s in source_ids if pd.notna(s)):
        if source_id not in sources.index:
            continue
        row = sources.loc[source_id]
        text = literal(citation(row))
        if pd.notna(row["url"]):
            text += " " + link(row["url"], row["url"])
        lines.append(text)
    return "  \n".join(lines)


def source_footnote(repo: Repository, source_ids: Iterable[str]) -> None:
    lines = source_lines(repo, source_ids)
    if lines:
        st.caption("**Sources**  \n" + lines)


def without_internal_columns(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[FILE_COLUMN, ROW_COLUMN], errors="ignore")


def csv_for_download(frame: pd.DataFrame) -> bytes:
    return without_internal_columns(frame).map(neutralise_formula).to_csv(index=False).encode("utf-8")


def table_with_download(frame: pd.DataFrame, *, file_name: str, key: str, height: int | str = "auto") -> None:
    """The rows as a table (text shown as text, never as markup) and as a CSV download."""
    st.dataframe(without_internal_columns(frame), hide_index=True, height=height)
    st.download_button(
        f"Download these {len(frame):,} rows (CSV)",
        data=csv_for_download(frame),
        file_name=file_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
    )
