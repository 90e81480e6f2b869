"""The frame of every view: its header (or the slide's headline), data notices, where controls go."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.data.catalog import DATASETS
from components.data.repository import Repository
from components.data.status import rejection_line
from components.data.text import literal
from components.topics.briefings import shows_slide
from components.topics.coverage import coverage_line
from components.ui.briefing_editor import add_to_briefing, last_briefing_change
from components.ui.exports import export_view
from components.ui.links import view_link
from components.ui.presenter import exit_button, presenting
from components.ui.slide_bar import address_query, current_slide, slide_bar
from components.ui.source_lines import source_line
from components.ui.url_state import reserve_address_notices
from components.views import DATA_STATUS, View


def page_header(view: View, repo: Repository, heading: str | None = None) -> None:
    """The view's title, or the slide's headline when the view is shown as a briefing slide."""
    reserve_address_notices()
    slide = current_slide(repo, view)
    on_slide = slide is not None and shows_slide(slide, address_query())
    if slide is not None:
        slide_bar(repo, slide, on_slide=on_slide)
    elif presenting():
        exit_button()
    on_air = slide if on_slide else None
    headline = on_air.title if on_air else heading or view.title
    # The editor's and exporter's buttons sit beside the title, not on a line of their own,
    # so the view's answer keeps its place on the first screen.
    with st.container(horizontal=True, vertical_alignment="center", key="view_title"):
        st.title(literal(headline) if on_air else headline, anchor=False)
        if not presenting():
            add_to_briefing(repo, view)
            export_view(repo, view, headline, on_air)
    if on_air:
        st.caption(source_line(repo, on_air.source_id, on_air.source_locator))
    else:
        # Off the slide (the viewer changed the view), its headline would no longer be true.
        st.caption(view.summary)
    coverage = coverage_line(repo.frames, view.dated)
    # On every view, so every screenshot, export and handout says which data it was drawn from.
    st.caption(literal(" ".join(filter(None, [coverage, f"Data version {repo.data_version}."]))))
    if not presenting():
        last_briefing_change()
    rejected = [r for r in repo.rejected if view.draws_on(r.dataset)]
    if rejected:
        st.warning(
            "  \n".join(literal(rejection_line(r)) for r in rejected) + "  \nEverything else is shown as before.",
            icon=":material/warning:",
        )
        if view is not DATA_STATUS:
            view_link(DATA_STATUS, "See what is wrong on the Data status page", icon=DATA_STATUS.icon)


def view_controls(part: str = "") -> DeltaGenerator:
    """Where a view's controls go: on the page, or folded under one expander while presenting,
    so the slide shows its finding first (the slide's state is in its address). A view with
    controls in several places (one per tab) names each `part`."""
    if presenting():
        return st.expander(
            "Controls of this view", icon=":material/tune:", key="_".join(filter(None, ["view_controls", part]))
        )
    return st.container()


def map_and_panel() -> Sequence[DeltaGenerator]:
    """The map and its side panel (how to read it, or a site's record), side by side: on a
    presenter's screen too, the record stays on the first screen beside its map."""
    return st.columns([3, 1])


def view_filters() -> DeltaGenerator:
    """Where a view's filters go: the sidebar, or (the sidebar hidden while presenting) a folded line."""
    if presenting():
        return st.expander("Filters of this view", icon=":material/filter_list:", key="view_filters")
    return st.sidebar


def stop_if_empty(repo: Repository, dataset: str) -> None:
    """End the page with a pointer to Data status when a dataset it needs has no rows."""
    if repo.frame(dataset).empty:
        title = DATASETS[dataset].title
        st.info(f"No rows of '{title}' are loaded (data/{dataset}/), so there is nothing to show here yet.")
        view_link(DATA_STATUS, "See what was loaded on the Data status page", icon=DATA_STATUS.icon)
        st.stop()
