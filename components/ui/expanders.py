"""Content that opens on demand: built only while open, so a closed one costs the page nothing."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st
from streamlit.elements.lib.mutable_expander_container import ExpanderContainer

from components.data.repository import Repository
from components.data.text import literal
from components.ui.source_lines import source_footnote


def lazy_expander(label: str, *, key: str, expanded: bool = False) -> ExpanderContainer:
    """An expander whose content the caller builds only while it is open: views with many
    of them stay quick to load and to rerun."""
    return st.expander(label, expanded=expanded, key=key, on_change="rerun")


def notes_list(
    title: str,
    items: Iterable[tuple[str | None, str]],
    *,
    repo: Repository | None = None,
    source_ids: Iterable[str] = (),
    expanded: bool = False,
) -> None:
    """Caveats and footnotes from the data, as plain text in a list that opens on demand,
    with the sources they come from."""
    lines = [f"- **{literal(label)}**: {literal(text)}" if label else f"- {literal(text)}" for label, text in items]
    if lines:
        with st.expander(f"{title} ({len(lines)})", expanded=expanded):
            st.markdown("\n".join(lines))
            if repo is not None:
                source_footnote(repo, source_ids)
