import pandas as pd
import streamlit as st

from components.data.text import literal
from components.topics.briefings import (
    BRIEFING_PARAM,
    FOLLOW_PARAM,
    NOTES_PARAM,
    SLIDE_PARAM,
    briefing_titles,
    notes_address,
    slide_at,
    slide_query,
    slides_of,
)
from components.ui.briefing_editor import briefing_editor, slide_editing
from components.ui.exports import handout
from components.ui.page import page_header, stop_if_empty
from components.ui.presenter import presenting
from components.ui.source_lines import source_footnote
from components.ui.speaker_notes import following_notes, stepped_notes
from components.ui.store import repository
from components.views import BRIEFINGS, view_named

repo = repository()
frame = repo.frame("briefings")
slide = slide_at(frame, st.query_params.get(BRIEFING_PARAM), st.query_params.get(SLIDE_PARAM))

if slide is not None and st.query_params.get(NOTES_PARAM) != "1":
    # A slide's own address (?briefing=…&slide=3) opens the slide's view in the slide's state.
    st.switch_page(view_named(slide.view).path, query_params=slide_query(slide, present=presenting()))

if slide is not None:
    st.title("Speaker notes")
    follow = st.query_params.get(FOLLOW_PARAM)
    if follow:
        following_notes(repo, slide, follow)
    else:
        stepped_notes(repo, slide)
    st.stop()

page_header(BRIEFINGS, repo)
stop_if_empty(repo, "briefings")
editor = briefing_editor()
st.markdown(
    "Each briefing is a file in `data/briefings/`: one row per slide, naming a view, its state (as in the "
    "view's address), a headline and speaker notes. Present it full screen; open the speaker notes in a "
    "second tab or window. **Page Down** and **Page Up** (a clicker's keys) step through the slides, "
    "**Esc** leaves presenter mode. Each slide states, under its headline, the period the data of its view "
    "covers and the data version it was drawn from."
)
st.caption(
    "Editors build briefings by clicking: **Add to briefing** at the top of a view adds it as it is now; "
    "here they move, edit and remove slides. Every change is a new version of the file (Update data)."
    if editor
    else "Editors signed in on Update data can add views to a briefing and reorder, edit or remove slides."
)
for briefing, title in briefing_titles(frame).items():
    # One container a briefing, so each can be addressed (and tested) on its own.
    with st.container(key=f"briefing_{briefing}"):
        slides = slides_of(frame, briefing)
        st.subheader(literal(title), anchor=False)
        with st.container(horizontal=True):
            st.page_link(
                view_named(slides[0].view).path,
                label="Present from the first slide",
                query_params=slide_query(slides[0]),
                icon=":material/slideshow:",
            )
            st.link_button("Speaker notes (new tab)", notes_address(slides[0]), icon=":material/speaker_notes:")
        st.dataframe(
            pd.DataFrame(
                {
                    "slide": [s.number for s in slides],
                    "view": [view_named(s.view).title for s in slides],
                    "headline": [s.title for s in slides],
                }
            ),
            hide_index=True,
        )
        if editor:
            with st.expander("Move, edit or remove slides", icon=":material/edit_note:", key=f"edit_slides_{briefing}"):
                slide_editing(repo, slides, editor)
        handout(repo, slides)
        source_footnote(repo, dict.fromkeys(s.source_id for s in slides))
