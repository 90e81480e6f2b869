import streamlit as st

from components.headlines import data_as_of, headlines
from components.navigation import HOME, VIEWS
from components.store import repository
from components.ui import page_header, source_footnote

repo = repository()
page_header(HOME, repo)

st.markdown(
    "**Alliance Monitor** follows the Belarus–Russia military alliance and NATO's north-eastern flank: "
    "where Russian forces and facilities sit in and around Belarus, what Belarusians tell pollsters, "
    "what each country spends on defence, and which popular claims about the alliance hold up against "
    "the evidence. Every figure cites its source; the main source is Anaïs Marin's 2020 policy paper, "
    "with later reporting up to December 2022."
)
as_of = data_as_of(repo.frame("sources"))
if as_of:
    st.markdown(f"**Data as of {as_of}** (the date of the newest source).")

figures = headlines(repo.frames)
for column, figure in zip(st.columns(len(figures) or 1), figures, strict=False):
    with column.container(border=True):
        st.metric(figure.label, figure.value, help=figure.detail or None)
        if figure.detail:
            st.caption(figure.detail)
source_footnote(repo, [s for f in figures for s in f.source_ids])

st.subheader("Views")
for column, view in zip(st.columns(3) * 2, [v for v in VIEWS if v is not HOME], strict=False):
    with column.container(border=True):
        st.page_link(view.path, label=view.title, icon=view.icon)
        st.caption(view.summary)
