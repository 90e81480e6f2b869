import pandas as pd
import streamlit as st

from components.data.citations import cited_sources, short_citations
from components.data.text import humanise, literal
from components.data.word_search import parse_query
from components.figures.evidence_timeline import build_evidence_timeline
from components.topics.myths import VERDICTS, as_of_options, assessments_on, evidence_known_on, select
from components.topics.sites import month_end
from components.ui.charts import show_chart
from components.ui.dataset_view import dataset_section
from components.ui.myth_cards import myth_cards
from components.ui.page import page_header, stop_if_empty, view_controls, view_filters
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.ui.url_state import choice_in_url, choices_in_url, forget_in_url, known_id_in_url
from components.views import MYTHS

MYTHS_AS_OF = "myths_as_of"

repo = repository()
page_header(MYTHS, repo)
stop_if_empty(repo, "myths")
myths, evidence, sources = repo.frame("myths"), repo.frame("evidence"), repo.frame("sources")
short_source = short_citations(sources)

months = as_of_options(myths, evidence, sources)
# Kept while the date is before the myth's first assessment.
focus = known_id_in_url(MYTHS.param("myth"), set(myths["id"]))
with view_controls():
    top = st.columns([3, 2])
    # Not bound by Streamlit to the address: a link from here to the Map (which binds its own
    # as_of) would lose its date, since a page link drops a parameter a widget here is bound to.
    as_of = choice_in_url(
        top[0].select_slider, "As known in", months, param=MYTHS.param("as_of"), default=months[-1], key=MYTHS_AS_OF
    )
    text = top[1].text_input(
        "Search claims, findings and quotes",
        key=MYTHS.param("q").name,
        bind="query-params",
        placeholder="e.g. airbase, Zapad, Lukashenko",
    )
    if focus:
        st.button(
            "Showing one myth: show them all",
            icon=":material/arrow_back:",
            on_click=forget_in_url,
            args=(MYTHS.param("myth"),),
        )
with view_filters():
    st.markdown("**Myth filters** (none chosen = all)")
    verdicts = choices_in_url(
        st.pills,
        "Verdict",
        list(VERDICTS),
        param=MYTHS.param("verdict"),
        format_func=VERDICTS.get,
        selection_mode="multi",
    )
    themes = choices_in_url(
        st.multiselect,
        "Theme",
        sorted(myths["theme"].dropna().unique()),
        param=MYTHS.param("theme"),
        format_func=humanise,
    )

when = pd.Timestamp(month_end(as_of))
assessed = assessments_on(myths, when)
known = evidence_known_on(evidence, sources, when)
events = repo.frame("events").set_index("id", drop=False)
event_id = known_id_in_url(MYTHS.param("event"), set(events.index))
if event_id:
    event = events.loc[event_id]
    about = f"Event, {event['date']}: {event['title']}." + (
        f" {event['description']}" if pd.notna(event["description"]) else ""
    )
    st.info(literal(about), icon=":material/event:")
    source_footnote(repo, [event["source_id"]])
    st.button(
        "Evidence on this event only: show all",
        icon=":material/arrow_back:",
        on_click=forget_in_url,
        args=(MYTHS.param("event"),),
    )

shown = select(
    assessed,
    known,
    verdicts=verdicts,
    themes=themes,
    query=parse_query(text, repo.frame("spellings")),
    only=focus,
    pointing_at=("event", event_id) if event_id else None,
)
if shown.myths.empty:
    st.info("No myth matches these filters as known on this date. Clear the search or the filters, or move the date.")
    st.stop()


# Evidence opens when the reader has narrowed the cards down; otherwise the cards read as an overview.
narrowed = bool(text.strip() or focus or event_id) or len(shown.myths) <= 2
if focus:  # one myth: its card is the point, the timeline backs it
    myth_cards(repo, shown, short_source, open_evidence=narrowed)
show_chart(
    build_evidence_timeline(
        shown.myths,
        shown.evidence,
        as_of=as_of,
        short_source=short_source,
        source=cited_sources(sources, shown.evidence["source_id"]),
    ),
    rows=shown.evidence,
    repo=repo,
    file_name=f"evidence_as_of_{as_of}.csv",
    key="evidence_timeline",
    source_ids=shown.evidence["source_id"],
)
if not focus:
    myth_cards(repo, shown, short_source, open_evidence=narrowed)

dataset_section(repo, "events")
