"""The presenter's notes for a slide, in a tab of their own that the audience does not see."""

from __future__ import annotations

import streamlit as st

from components.data.repository import Repository
from components.data.text import literal
from components.topics.briefings import SLIDE_PARAM, Slide, slide_at, slide_query, slides_of
from components.ui.slide_bar import presenter_positions
from components.ui.source_lines import source_line
from components.views import view_named

FOLLOW_INTERVAL_SECONDS = 1.5


def notes_of(repo: Repository, slide: Slide) -> None:
    st.markdown(f"**{literal(slide.briefing_title)}** · {slide.position}")
    st.header(literal(slide.title), anchor=False)
    st.markdown(literal(slide.notes) if slide.notes else "*No notes for this slide.*")
    st.caption(source_line(repo, slide.source_id, slide.source_locator))
    slides = slides_of(repo.frame("briefings"), slide.briefing)
    if not slide.is_last:
        st.markdown(f"**Next:** {literal(slides[slide.number].title)}")


def stepped_notes(repo: Repository, slide: Slide) -> None:
    """Notes the reader steps through on their own."""
    notes_of(repo, slide)
    with st.container(horizontal=True):
        if st.button("Previous notes", icon=":material/arrow_back:", disabled=slide.is_first, shortcut="PageUp"):
            st.query_params[SLIDE_PARAM] = str(slide.number - 1)
            st.rerun()
        if st.button("Next notes", icon=":material/arrow_forward:", disabled=slide.is_last, shortcut="PageDown"):
            st.query_params[SLIDE_PARAM] = str(slide.number + 1)
            st.rerun()
        st.page_link(
            view_named(slide.view).path,
            label="Open this slide",
            query_params=slide_query(slide),
            icon=":material/slideshow:",
        )


def following_notes(repo: Repository, slide: Slide, token: str) -> None:
    """Notes that move with the presenter's slides in the other tab."""
    st.caption("These notes follow the slides in the presenting tab.")

    @st.fragment(run_every=FOLLOW_INTERVAL_SECONDS)
    def current_notes() -> None:
        briefing, number = presenter_positions().get(token) or (slide.briefing, slide.number)
        notes_of(repo, slide_at(repo.frame("briefings"), briefing, number) or slide)

    current_notes()
