import pandas as pd
import streamlit as st

from components.data.citations import cited_sources, short_citations
from components.data.reader_tables import in_words_of
from components.data.text import humanise, literal
from components.data.word_search import parse_query
from components.figures.evidence_timeline import build_evidence_timeline
from components.topics.myths import (
    CARDS_PER_PAGE,
    VERDICTS,
    as_of_options,
    assessments_on,
    evidence_known_on,
    matches_elsewhere,
    nothing_shown_reason,
    page_count,
    page_of,
    select,
)
from components.topics.sites import month_end
from components.ui.charts import show_chart
from components.ui.dataset_view import dataset_section
from components.ui.myth_cards import CardDate, myth_cards
from components.ui.page import page_header, stop_if_empty, view_controls, view_filters
from components.ui.pager import page_in_url, pager
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.ui.url_state import (
    choice_in_url,
    choices_in_url,
    forget_in_url,
    known_id_in_url,
    tab_in_url,
    text_in_url,
)
from components.views import MYTHS

MYTHS_AS_OF = "myths_as_of"
MYTHS_TABS = {"answers": "Answers", "timeline": "Timeline"}

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
    as_of = choice_in_url(
        top[0].select_slider, "As known in", months, param=MYTHS.param("as_of"), default=months[-1], key=MYTHS_AS_OF
    )
    text = text_in_url(
        top[1].text_input,
        "Search claims, findings and quotes",
        param=MYTHS.param("q"),
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
        # Only verdicts some myth has: a filter never offers what matches nothing.
        [verdict for verdict in VERDICTS if verdict in set(myths["verdict"])],
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

query = parse_query(text, repo.frame("spellings"))
shown = select(
    assessed,
    known,
    verdicts=verdicts,
    themes=themes,
    query=query,
    only=focus,
    pointing_at=("event", event_id) if event_id else None,
)
if query and not (focus or event_id):
    newest = pd.Timestamp(month_end(months[-1]))
    elsewhere = matches_elsewhere(myths, evidence, sources, query=query, newest=newest, shown=shown)
    if elsewhere:
        st.caption(
            f"{len(elsewhere)} more {'myth matches' if len(elsewhere) == 1 else 'myths match'} the search "
            "at the newest date or without the filters."
        )
        st.button(
            "Show every match",
            icon=":material/search:",
            on_click=forget_in_url,
            args=(MYTHS.param("as_of"), MYTHS.param("verdict"), MYTHS.param("theme")),
        )
if shown.myths.empty:
    reason = nothing_shown_reason(
        assessed, verdicts=verdicts, themes=themes, text=text, as_of=as_of, first=str(myths["as_of"].min())
    )
    st.info(literal(reason))
    st.stop()

# Evidence opens when the reader has narrowed the cards down; otherwise the cards read as an overview.
narrowed = bool(text.strip() or focus or event_id) or len(shown.myths) <= 2
pages = page_count(shown)
page = page_in_url(MYTHS.param("page"), pages)
pager(MYTHS.param("page"), page, pages, total=len(shown.myths), per_page=CARDS_PER_PAGE, noun="Myths")
shown = page_of(shown, page)
answers, timeline = tab_in_url(MYTHS_TABS, param=MYTHS.param("tab"))
if answers.open:
    with answers:
        myth_cards(
            repo,
            shown,
            known,
            short_source,
            date=CardDate(as_of, today=as_of == months[-1]),
            open_evidence=narrowed,
        )
if timeline.open:
    with timeline:
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
            in_words=in_words_of("evidence", sources),
        )

dataset_section(repo, "events")
