import streamlit as st

from components.data.catalog import DATASETS
from components.data.citations import citation
from components.data.text import literal
from components.topics.coverage import newest_dated_row
from components.topics.headlines import headlines, newest
from components.ui.links import view_link
from components.ui.page import page_header
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.views import HOME, VIEWS

repo = repository()
page_header(HOME, repo, heading="Alliance Monitor")

st.markdown(
    "Alliance Monitor follows the Belarus–Russia military alliance and NATO's north-eastern flank: "
    "where Russian forces and facilities sit in and around Belarus, what Belarusians tell pollsters, "
    "what each country spends on defence, and which popular claims about the alliance hold up against "
    "the evidence. Every figure cites its source. The main source is Anaïs Marin's 2020 policy paper; "
    "later sources changed parts of the picture, and every row keeps its date so you can see what was "
    "known when."
)
latest = newest_dated_row(repo.frames)
source = newest(repo.frame("sources"))
event = newest(repo.frame("events"))
if latest is not None:
    st.markdown(
        f"**Data as of {latest.last}**: the newest dated row ({literal(DATASETS[latest.dataset].title.lower())}); "
        "nothing newer is recorded."
    )
if source is not None:
    st.markdown(f"The newest source is {literal(citation(source))}")
if event is not None:
    st.markdown(f"Latest event in the timeline: {literal(event['title'])} ({event['date']}).")

st.subheader("Headline figures")
figures = headlines(repo.frames)
for column, figure in zip(st.columns(len(figures) or 1), figures, strict=False):
    with column.container(border=True):
        st.metric(literal(figure.label), figure.value)  # the value is a number formatted here
        st.caption(literal(figure.detail))
source_footnote(repo, [s for f in figures for s in f.source_ids])

st.subheader("Views")
for column, view in zip(st.columns(3) * 2, [v for v in VIEWS if v is not HOME], strict=False):
    with column.container(border=True):
        view_link(view, view.title, icon=view.icon)
        st.caption(view.summary)
