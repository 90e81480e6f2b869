"""A myth as a briefing card: verdict, claim, the reality, and its dated, sourced evidence."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.data.references import parse_references
from components.data.repository import Repository
from components.data.text import humanise, literal
from components.topics.evidence_links import myth_links, related_link
from components.topics.myths import (
    STANCES,
    VERDICT_BADGE_COLOURS,
    VERDICTS,
    Selection,
    newer_against_verdict,
    newer_evidence_line,
    stance_counts,
    verdict_line,
)
from components.ui.expanders import lazy_expander
from components.ui.links import show_link
from components.ui.source_lines import source_line

STANCE_TEXT_COLOURS = {"supports_reality": "blue", "context": "gray", "supports_myth": "orange"}


def evidence_item(repo: Repository, item: pd.Series) -> None:
    stance = f":{STANCE_TEXT_COLOURS[item['stance']]}[**{STANCES[item['stance']]}**]"
    st.markdown(f"**{literal(item['date'])}** · {stance} · {literal(item['finding'])}")
    if pd.notna(item["quote"]):
        st.markdown("> " + literal(f"“{item['quote']}”"))
    st.caption(source_line(repo, item["source_id"], item["source_locator"]))
    targets = parse_references(item["related"])
    if targets:
        with st.container(horizontal=True, gap="small"):
            for kind, target in targets:
                if link := related_link(repo.frames, kind, target):
                    show_link(link)


def verdict_history(myth: pd.Series) -> str:
    history = myth["history"]
    if len(history) < 2:
        return ""
    return "Verdict history: " + " → ".join(f"{VERDICTS[verdict]} ({as_of})" for as_of, verdict in history)


@dataclass(frozen=True)
class CardDate:
    """The date the cards stand at, and whether it is the newest one (the verdict "today")."""

    as_of: str
    today: bool


def myth_card(
    repo: Repository,
    myth: pd.Series,
    items: pd.DataFrame,
    newer: pd.DataFrame,
    short_source: dict[str, str],
    *,
    date: CardDate,
    open_evidence: bool,
) -> None:
    """The answer first (verdict, claim, the reality in one line, how current the verdict is);
    the full assessment and its evidence open on demand."""
    with st.container(border=True):
        with st.container(horizontal=True, gap="small"):
            st.badge(VERDICTS[myth["verdict"]], color=VERDICT_BADGE_COLOURS[myth["verdict"]])
            if not newer.empty:
                st.badge(f"Newer evidence since {myth['as_of']}", icon=":material/update:", color="violet")
        st.markdown(f"#### {literal('“' + myth['claim'] + '”')}")
        st.markdown(literal(myth["reality"]))
        st.caption(literal(verdict_line(myth, short_source, today=date.today, as_of=date.as_of)))
        if not newer.empty:
            st.caption(literal(newer_evidence_line(myth, newer, short_source)))
        # The key carries the default, so narrowing the cards down opens them afresh.
        label = "The assessment in full" + (f" and its evidence: {stance_counts(items)}" if not items.empty else "")
        more = lazy_expander(label, key=f"evidence_{myth['id']}_{open_evidence}", expanded=open_evidence)
        if more.open:
            with more:
                assessment_in_full(repo, myth)
                for _, item in items.iterrows():
                    evidence_item(repo, item)
                if items.empty:
                    st.caption("No evidence matches.")


def assessment_in_full(repo: Repository, myth: pd.Series) -> None:
    if pd.notna(myth["parent_id"]):
        parents = repo.frame("myths").drop_duplicates("id").set_index("id")["claim"]
        if myth["parent_id"] in parents.index:
            st.caption(literal(f"A claim within the myth “{parents[myth['parent_id']]}”"))
    history = verdict_history(myth)
    st.caption(literal(f"Theme: {humanise(myth['theme'])}" + (f" · {history}" if history else "")))
    st.markdown(literal(myth["summary"]))
    st.caption(source_line(repo, myth["source_id"], myth["source_locator"]))


def myth_cards(
    repo: Repository,
    shown: Selection,
    known: pd.DataFrame,
    short_source: dict[str, str],
    *,
    date: CardDate,
    open_evidence: bool,
) -> None:
    """One card per myth shown, each with its own evidence; `known` is all evidence known on
    the date, so a search that narrows the evidence never hides newer findings. Side by side
    as an overview, one wide column once the reader has narrowed them down."""
    columns = 1 if open_evidence else 2
    myths = list(shown.myths.iterrows())
    for start in range(0, len(myths), columns):
        for column, (_, myth) in zip(st.columns(columns), myths[start : start + columns], strict=False):
            with column:
                items = shown.evidence[shown.evidence["myth_id"] == myth["id"]]
                newer = newer_against_verdict(myth, known)
                myth_card(repo, myth, items, newer, short_source, date=date, open_evidence=open_evidence)


def myth_backlinks(repo: Repository, kind: str, target: str) -> None:
    """Links to the myths whose evidence names this site, poll question, event or exercise."""
    links = myth_links(repo.frames, kind, target)
    if links:
        st.markdown("**Bears on these myths**")
        for link in links:
            show_link(link)
