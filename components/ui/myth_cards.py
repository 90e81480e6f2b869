"""A myth as a briefing card: verdict, claim, the reality, and its dated, sourced evidence."""

from __future__ import annotations

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
    stance_counts,
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


def myth_card(
    repo: Repository, myth: pd.Series, items: pd.DataFrame, short_source: dict[str, str], *, open_evidence: bool
) -> None:
    with st.container(border=True):
        st.badge(VERDICTS[myth["verdict"]], color=VERDICT_BADGE_COLOURS[myth["verdict"]])
        st.markdown(f"### {literal('“' + myth['claim'] + '”')}")
        if pd.notna(myth["parent_id"]):
            parents = repo.frame("myths").drop_duplicates("id").set_index("id")["claim"]
            if myth["parent_id"] in parents.index:
                st.caption(literal(f"A claim within the myth “{parents[myth['parent_id']]}”"))
        assessed = f"{humanise(myth['theme'])} · assessed {myth['as_of']} by {short_source.get(myth['source_id'])}"
        st.caption(literal(assessed) + ("  \n" + literal(verdict_history(myth)) if verdict_history(myth) else ""))
        st.markdown(literal(myth["summary"]))
        st.caption(source_line(repo, myth["source_id"], myth["source_locator"]))
        if items.empty:
            st.caption("No evidence matches.")
            return
        # The key carries the default, so narrowing the cards down opens them afresh.
        evidence = lazy_expander(
            f"Evidence: {stance_counts(items)}", key=f"evidence_{myth['id']}_{open_evidence}", expanded=open_evidence
        )
        if evidence.open:
            with evidence:
                for _, item in items.iterrows():
                    evidence_item(repo, item)


def myth_cards(repo: Repository, shown: Selection, short_source: dict[str, str], *, open_evidence: bool) -> None:
    """One card per myth shown, each with its own evidence."""
    for _, myth in shown.myths.iterrows():
        items = shown.evidence[shown.evidence["myth_id"] == myth["id"]]
        myth_card(repo, myth, items, short_source, open_evidence=open_evidence)


def myth_backlinks(repo: Repository, kind: str, target: str) -> None:
    """Links to the myths whose evidence names this site, poll question, event or exercise."""
    links = myth_links(repo.frames, kind, target)
    if links:
        st.markdown("**Bears on these myths**")
        for link in links:
            show_link(link)
