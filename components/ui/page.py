"""Pieces every page shares: header, data notice, source lines, tables."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.topics.briefings import shows_slide
from components.data.catalog import DATASETS
from components.figures.chart_style import PLOTLY_CONFIG, scaled_for_screen
from components.data.citations import citation, resolved_sources
from components.data.loading import FILE_COLUMN, ROW_COLUMN
from components.ui.navigation import DATA_STATUS, View
from components.ui.presenter import CHART_SCALE, exit_button, presenting, view_link
from components.data.repository import Repository
from components.ui.slide_bar import address_query, current_slide, slide_bar
from components.data.status import rejection_line
from components.data.text import link, literal, neutralise_formula


def page_header(view: View, repo: Repository, heading: str | None = None) -> None:
    """The view's title, or the slide's headline when the view is shown as a briefing slide."""
    slide = current_slide(repo, view)
    on_slide = slide is not None and shows_slide(slide, address_query())
    if slide is not None:
        slide_bar(repo, slide, on_slide=on_slide)
    elif presenting():
        exit_button()
    if on_slide:
        st.title(literal(slide.title), anchor=False)
        st.caption(source_line(repo, slide.source_id, slide.source_locator))
    else:
        # Off the slide (the viewer changed the view), its headline would no longer be true.
        st.title(heading or view.title, anchor=False)
        st.caption(view.summary)
    rejected = [r for r in repo.rejected if view.draws_on(r.dataset)]
    if rejected:
        st.warning(
            "  \n".join(literal(rejection_line(r)) for r in rejected) + "  \nEverything else is shown as before.",
            icon=":material/warning:",
        )
        if view is not DATA_STATUS:
            view_link(DATA_STATUS.path, "See what is wrong on the Data status page", icon=DATA_STATUS.icon)


def view_controls():
    """Where a view's controls go: on the page, or folded under one expander while presenting,
    so the slide shows its finding first (the slide's state is in its address)."""
    if presenting():
        return st.expander("Controls of this view", icon=":material/tune:", key="view_controls")
    return st.container()


def map_and_panel():
    """The map and its side panel (legend or a site's record): side by side, or the map at
    full width with the panel under it while presenting."""
    if presenting():
        return st.container(), st.container()
    return st.columns([3, 1])


def view_filters():
    """Where a view's filters go: the sidebar, or (the sidebar hidden while presenting) a folded line."""
    if presenting():
        return st.expander("Filters of this view", icon=":material/filter_list:", key="view_filters")
    return st.sidebar


def stop_if_empty(repo: Repository, dataset: str) -> None:
    """End the page with a pointer to Data status when a dataset it needs has no rows."""
    if repo.frame(dataset).empty:
        title = DATASETS[dataset].title
        st.info(f"No rows of '{title}' are loaded (data/{dataset}/), so there is nothing to show here yet.")
        view_link(DATA_STATUS.path, "See what was loaded on the Data status page", icon=DATA_STATUS.icon)
        st.stop()


def source_lines(repo: Repository, source_ids: Iterable[str]) -> str:
    """Markdown for the citations of the given sources, each linked to its address."""
    lines = []
    for row in resolved_sources(repo.frame("sources"), source_ids):
        text = literal(citation(row))
        if pd.notna(row["url"]):
            text += " " + link(row["url"], row["url"])
        lines.append(text)
    return "  \n".join(lines)


def source_line(repo: Repository, source_id: str, locator: object) -> str:
    """One source's citation and where in it, as Markdown."""
    text = "Source: " + source_lines(repo, [source_id])
    return text + (" · " + literal(f"where: {locator}") if pd.notna(locator) else "")


def source_footnote(repo: Repository, source_ids: Iterable[str]) -> None:
    lines = source_lines(repo, source_ids)
    if lines:
        st.caption("**Sources**  \n" + lines)


def without_internal_columns(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[FILE_COLUMN, ROW_COLUMN], errors="ignore")


def csv_for_download(frame: pd.DataFrame) -> bytes:
    return without_internal_columns(frame).map(neutralise_formula).to_csv(index=False).encode("utf-8")


TABLE_ROW_LIMIT = 5_000


def table_with_download(frame: pd.DataFrame, *, file_name: str, key: str, height: int | str = "auto") -> None:
    """The rows as a table (text shown as text, never as markup) and as a CSV download.

    A browser table of a hundred thousand rows helps nobody and slows every
    rerun: past TABLE_ROW_LIMIT the table shows the first rows, the download all.
    """
    shown = frame.head(TABLE_ROW_LIMIT)
    st.dataframe(without_internal_columns(shown), hide_index=True, height=height)
    if len(frame) > len(shown):
        st.caption(f"The table shows the first {len(shown):,} of {len(frame):,} rows; the download has all of them.")
    csv_download_button(frame, file_name=file_name, key=key)


def csv_download_button(frame: pd.DataFrame, *, file_name: str, key: str) -> None:
    st.download_button(
        f"Download these {len(frame):,} rows (CSV)",
        data=partial(csv_for_download, frame),  # built only when clicked
        file_name=file_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )


def show_chart(
    figure: go.Figure, *, rows: pd.DataFrame, repo: Repository, file_name: str, key: str, source_ids: Iterable[str]
) -> None:
    """Every chart the same way: the figure (PNG export in its mode bar), its sources as
    links, and exactly the rows behind it as a CSV download and a table."""
    shown = scaled_for_screen(figure, CHART_SCALE) if presenting() else figure
    st.plotly_chart(shown, theme=None, config=PLOTLY_CONFIG, key=key)
    source_footnote(repo, source_ids)
    csv_download_button(rows, file_name=file_name, key=f"{key}_download")
    table = lazy_expander("The rows behind this chart, as a table", key=f"{key}_rows")
    if table.open:
        with table:
            st.dataframe(without_internal_columns(rows), hide_index=True)


def lazy_expander(label: str, *, key: str, expanded: bool = False):
    """An expander whose content the caller builds only while it is open: a closed one costs
    the page nothing, which keeps views with many of them quick to load and to rerun."""
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
