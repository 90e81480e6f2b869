import streamlit as st

from components.data.citations import cited_sources
from components.data.reader_tables import in_words_of
from components.data.text import literal
from components.figures.poll_chart import build_poll_figure
from components.figures.poll_tracker import build_poll_tracker
from components.topics.poll_topics import (
    answer_meanings,
    declared,
    left_out_note,
    topic_rows,
    topic_titles,
    wording_differences,
)
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
from components.ui.url_state import choice_in_url, choices_in_url, tab_in_url
from components.views import POLLS

repo = repository()
page_header(POLLS, repo)
stop_if_empty(repo, "polls")
polls = repo.frame("polls")
topics = repo.frame("poll_topics")
sources = repo.frame("sources")

titles = topic_titles(topics)
# A link to one question (the paper's figures, a myth's evidence) opens on its chart; so does
# a data folder that declares no topics.
names_a_question = POLLS.param("question").name in st.query_params and POLLS.param("topic").name not in st.query_params
tracker_tab, question_tab = tab_in_url(
    {"topics": "Topics across pollsters", "question": "One question"},
    param=POLLS.param("tab"),
    default="question" if names_a_question or not titles else "topics",
)

with tracker_tab:
    if not titles:
        st.info("No poll topics are declared yet (data/poll_topics/), so there is no tracker to show.")
    else:
        with view_controls("topic"):
            topic = choice_in_url(
                st.selectbox,
                "Topic",
                list(titles),
                param=POLLS.param("topic"),
                default=next(iter(titles)),
                format_func=titles.get,
            )
        tracked = topic_rows(polls, topics, topic)
        show_chart(
            build_poll_tracker(
                tracked,
                title=titles[topic],
                left_out=left_out_note(polls, topics, topic, tracked),
                source=cited_sources(sources, tracked["source_id"]),
            ),
            rows=tracked,
            repo=repo,
            file_name=f"poll_topic_{topic}.csv",
            key="topic_chart",
            source_ids=tracked["source_id"],
            in_words=in_words_of("polls", sources),
        )
        notes_list(
            "How the questions differ",
            wording_differences(polls, topics, topic),
            repo=repo,
            source_ids=declared(topics, topic)["source_id"],
            expanded=True,
        )
        notes_list("Notes on these figures", [(None, note) for note in caveats(tracked)])

with question_tab:
    catalog = question_catalog(polls)
    labels = {question_id: question_label(entry) for question_id, entry in catalog.iterrows()}
    with view_controls("question"):
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
        build_poll_figure(
            rows,
            meanings=answer_meanings(topics, question_id),
            source=cited_sources(sources, rows["source_id"]),
        ),
        rows=rows,
        repo=repo,
        file_name=f"poll_{question_id}.csv",
        key="poll_chart",
        source_ids=rows["source_id"],
        in_words=in_words_of("polls", sources),
    )
    myth_backlinks(repo, "poll", question_id)
    notes_list("Notes on these figures", [(None, note) for note in caveats(rows)], expanded=True)
