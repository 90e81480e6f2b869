import streamlit as st

from components.data.citations import cited_sources
from components.data.text import literal
from components.figures.poll_chart import build_poll_figure
from components.topics.polls import (
    SOURCE_FIGURES,
    caveats,
    figures_in,
    question_catalog,
    question_label,
    question_rows,
    subgroups_of,
)
from components.ui.charts import show_chart
from components.ui.expanders import notes_list
from components.ui.links import show_link
from components.ui.myth_cards import myth_backlinks
from components.ui.page import page_header, stop_if_empty, view_controls
from components.ui.store import repository
from components.ui.url_state import choice_in_url, choices_in_url
from components.views import POLLS

repo = repository()
page_header(POLLS, repo)
stop_if_empty(repo, "polls")
polls = repo.frame("polls")

catalog = question_catalog(polls)
labels = {question_id: question_label(entry) for question_id, entry in catalog.iterrows()}
with view_controls():
    question_id = choice_in_url(
        st.selectbox,
        "Question",
        list(labels),
        param=POLLS.param("question"),
        default=next(iter(labels), None),
        format_func=labels.get,
    )
    with st.container(horizontal=True):
        for link in figures_in(SOURCE_FIGURES, labels):
            show_link(link)

    subgroups = subgroups_of(polls, question_id)
    chosen_subgroups = choices_in_url(
        st.pills,
        "Subgroups",
        subgroups,
        param=POLLS.param("subgroup"),
        default=subgroups[:1],
        selection_mode="multi",
        format_func=literal,  # pill labels are Markdown; subgroups come from the data
        quiet=True,  # after the question changes, the address still holds the last one's subgroups
    )
rows = question_rows(polls, question_id, chosen_subgroups)
show_chart(
    build_poll_figure(rows, source=cited_sources(repo.frame("sources"), rows["source_id"])),
    rows=rows,
    repo=repo,
    file_name=f"poll_{question_id}.csv",
    key="poll_chart",
    source_ids=rows["source_id"],
)
myth_backlinks(repo, "poll", question_id)
notes_list("Notes on these figures", [(None, note) for note in caveats(rows)], expanded=True)
