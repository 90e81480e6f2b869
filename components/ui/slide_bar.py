"""The strip above a view shown as a briefing slide: where we are, previous, next, notes, exit."""

from __future__ import annotations

import secrets

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components.data.archive import Archive
from components.data.repository import Repository, data_dir_from_environment
from components.data.shared_state import PresenterPositions
from components.data.text import literal
from components.topics.briefings import (
    BRIEFING_PARAM,
    PRESENT_PARAM,
    SLIDE_PARAM,
    Slide,
    notes_address,
    slide_at,
    slide_query,
    slides_of,
)
from components.ui.presenter import exit_button, leave_briefing, presenting
from components.ui.url_state import say_unknown_in_address
from components.views import BRIEFINGS, View, view_named

DECK = "presenter_deck"


def presenter_positions() -> PresenterPositions:
    """Shared by every app process serving the data folder: the notes tab may be on another replica."""
    return PresenterPositions.in_folder(Archive.beside(data_dir_from_environment()).root)


def presenter_token() -> str:
    if DECK not in st.session_state:
        st.session_state[DECK] = secrets.token_urlsafe(8)
    return str(st.session_state[DECK])


def address_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def current_slide(repo: Repository, view: View) -> Slide | None:
    """The slide the address names, when it is a slide of this view."""
    briefing, number = st.query_params.get(BRIEFING_PARAM), st.query_params.get(SLIDE_PARAM)
    slide = slide_at(repo.frame("briefings"), briefing, number)
    if briefing and slide is None:
        say_unknown_in_address("briefing and slide", [f"{briefing}, {number or 'none'}"])
    return slide if slide is not None and slide.view == view.slug else None


def _go_to(slide: Slide) -> None:
    """Straight to the slide's view in its state: one page change, no blank step between."""
    try:
        st.switch_page(view_named(slide.view).path, query_params=slide_query(slide, present=presenting()))
    except StreamlitAPIException:
        # Streamlit refuses to set a parameter that a widget of the current view is bound to
        # (both views have a date, say): go through the slide's own address instead.
        query = {BRIEFING_PARAM: slide.briefing, SLIDE_PARAM: str(slide.number)}
        if presenting():
            query[PRESENT_PARAM] = "1"
        st.switch_page(BRIEFINGS.path, query_params=query)


def slide_bar(repo: Repository, slide: Slide, *, on_slide: bool) -> None:
    """Where the slide sits, and the way to the others; `on_slide` False once the viewer has
    changed the view, with a way back to the slide as set."""
    token = presenter_token()
    presenter_positions().set(token, slide.briefing, slide.number)
    slides = slides_of(repo.frame("briefings"), slide.briefing)
    previous = slides[max(slide.number - 2, 0)]
    following = slides[min(slide.number, slide.count - 1)]
    with st.container(horizontal=True, vertical_alignment="center", key="slide_bar"):
        st.markdown(f"**{literal(slide.briefing_title)}** · {slide.position}")
        if not on_slide and st.button("Back to the slide as set", icon=":material/undo:", type="primary"):
            _go_to(slide)
        # Page Up / Page Down: the keys a presentation clicker sends.
        if st.button("Previous", icon=":material/arrow_back:", disabled=slide.is_first, shortcut="PageUp"):
            _go_to(previous)
        if st.button("Next", icon=":material/arrow_forward:", disabled=slide.is_last, shortcut="PageDown"):
            _go_to(following)
        st.link_button("Speaker notes", notes_address(slide, follow=token), icon=":material/speaker_notes:")
        if presenting():
            exit_button()
        else:
            st.button("Leave the briefing", on_click=leave_briefing, icon=":material/close:")
