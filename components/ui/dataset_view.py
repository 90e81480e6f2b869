"""A dataset shown as a documented, sourced, downloadable table."""

from __future__ import annotations

import streamlit as st

from components.data.catalog import DATASETS
from components.data.citations import sources_cited_in
from components.data.reader_tables import in_words_of
from components.data.repository import Repository
from components.ui.source_lines import source_footnote
from components.ui.tables import table_with_download


def dataset_section(repo: Repository, name: str) -> None:
    dataset = DATASETS[name]
    frame = repo.frame(name)
    st.subheader(dataset.title)
    st.caption(dataset.description)
    in_words = in_words_of(name, repo.frame("sources"))
    table_with_download(frame, file_name=f"{name}.csv", key=f"download_{name}", in_words=in_words)
    source_footnote(repo, sources_cited_in(frame))
