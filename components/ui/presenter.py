"""Presenter mode (?present=1): no sidebar or Streamlit chrome, large type, high contrast."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.ui.url_state import forget_in_url
from components.views import PRESENT, SLIDE_PARAMS

PRESENTER_STYLE = Path(__file__).parent / "styles" / "presenter.css"
# Plotly draws its text in pixels, outside the page's CSS: charts scale their own.
CHART_SCALE = 1.5


def presenting() -> bool:
    return st.query_params.get(PRESENT.name) == "1"


def apply_presenter_style() -> None:
    if presenting():
        st.html(PRESENTER_STYLE)


def _enter() -> None:
    st.query_params[PRESENT.name] = "1"


def leave_briefing() -> None:
    forget_in_url(*SLIDE_PARAMS)


def presenter_toggle() -> None:
    """In the sidebar: the way in. (The sidebar is hidden while presenting.)"""
    if presenting():
        return
    st.sidebar.button(
        "Presenter mode",
        on_click=_enter,
        icon=":material/slideshow:",
        help="The view alone, in large type, for a shared screen. The address gets ?present=1.",
    )


def exit_button() -> None:
    """On the page while presenting: the way out."""
    st.button(
        "Exit presenter mode",
        on_click=forget_in_url,
        args=(PRESENT,),
        icon=":material/close_fullscreen:",
        key="exit_presenting",
        shortcut="Esc",
    )
