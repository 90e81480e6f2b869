"""Myths and the evidence on them, as they stood on a chosen date.

A myth's verdict is the latest assessment made by that date; earlier rows are its
history, never overwritten. An evidence item counts as known from its source's
publication date (a 2020 paper on a 1995 agreement was known in 2020). A partial date
counts from the end of the period it names: a source dated only "2022" may describe
December 2022, so it is not shown as known before 2022 is over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from components.data.dates import period_after, period_start, source_dates
from components.data.references import parse_references
from components.data.word_search import EVERYTHING, Query, rows_matching

# From "Myth" to "Not a myth": "in part a myth" is the paper's own conclusion on its three
# brotherhood myths ("are in part myths which ought to be debunked").
VERDICTS = {
    "myth": "Myth",
    "in_part_myth": "In part a myth",
    "partly_true": "Partly true",
    "not_a_myth": "Not a myth",
    "contested": "Contested",
}
# The badge colours Streamlit offers.
BadgeColour = Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"]
VERDICT_BADGE_COLOURS: dict[str, BadgeColour] = {
    "myth": "orange",
    "in_part_myth": "orange",
    "partly_true": "yellow",
    "not_a_myth": "blue",
    "contested": "gray",
}
STANCES = {"supports_reality": "Supports the reality", "context": "Context", "supports_myth": "Supports the myth"}
STANCE_COLOURS = {"supports_reality": "#0072B2", "context": "#777777", "supports_myth": "#E69F00"}
# The stance that goes against a verdict that takes a side: evidence for the claim against
# "myth", evidence against it for "not a myth". "Contested" and "partly true" take no side.
AGAINST_VERDICT = {"myth": "supports_myth", "in_part_myth": "supports_myth", "not_a_myth": "supports_reality"}
# What such findings do, in one and in several.
AGAINST_WORDS = {
    "supports_myth": ("supports the claim", "support the claim"),
    "supports_reality": ("goes against the claim", "go against the claim"),
}


def known_from(dates: pd.Series) -> pd.Series:
    """The last day of the period each partial date names: from then on, it was known."""
    return period_after(dates) - pd.Timedelta(days=1)


def as_of_options(myths: pd.DataFrame, evidence: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    """The months in which something was assessed or reported: the dates worth stepping through."""
    moments = pd.concat([known_from(myths["as_of"]), known_from(source_dates(evidence, sources))]).dropna()
    return sorted({moment.strftime("%Y-%m") for moment in moments})


def assessments_on(myths: pd.DataFrame, when: pd.Timestamp) -> pd.DataFrame:
    """Each myth's latest assessment made by `when`, with its verdict history up to then."""
    made = myths[known_from(myths["as_of"]) <= when]
    if made.empty:
        return made.assign(history=pd.Series(dtype="object"))
    made = made.iloc[period_start(made["as_of"]).argsort(kind="stable")]
    history = made.groupby("id", sort=False)[["as_of", "verdict"]].apply(
        lambda rows: list(rows.itertuples(index=False, name=None))
    )
    latest = made.drop_duplicates("id", keep="last")
    latest = latest.assign(history=latest["id"].map(history))
    first_listed = {myth_id: position for position, myth_id in enumerate(dict.fromkeys(myths["id"]))}
    return latest.sort_values("id", key=lambda ids: ids.map(first_listed)).reset_index(drop=True)


def evidence_known_on(evidence: pd.DataFrame, sources: pd.DataFrame, when: pd.Timestamp) -> pd.DataFrame:
    reported = known_from(source_dates(evidence, sources))
    return evidence[reported.isna() | (reported <= when)]


@dataclass(frozen=True)
class Selection:
    myths: pd.DataFrame
    evidence: pd.DataFrame


# Answer cards a page: a screen's worth to read, and a page that stays quick however many
# myths the data holds (the browser draws only what is on it).
CARDS_PER_PAGE = 12


def page_count(selection: Selection) -> int:
    return max(1, -(-len(selection.myths) // CARDS_PER_PAGE))


def page_of(selection: Selection, page: int) -> Selection:
    """The myths on the given page (from 1, within the pages there are) and their evidence."""
    page = min(max(page, 1), page_count(selection))
    myths = selection.myths.iloc[(page - 1) * CARDS_PER_PAGE : page * CARDS_PER_PAGE]
    return Selection(myths, selection.evidence[selection.evidence["myth_id"].isin(myths["id"])])


def select(
    myths: pd.DataFrame,
    evidence: pd.DataFrame,
    *,
    verdicts: Sequence[str] = (),
    themes: Sequence[str] = (),
    query: Query = EVERYTHING,
    only: str | None = None,
    pointing_at: tuple[str, str] | None = None,
) -> Selection:
    """The myths a reader asked for and the evidence to show under each.

    A search keeps a myth whose claim or summary matches (with all its evidence) or
    one with matching evidence (with just that evidence). `pointing_at` (e.g.
    ('event', id)) keeps only the evidence naming that item, and the myths it bears on.
    """
    shown = myths[myths["id"] == only] if only else myths
    shown = with_verdicts_and_themes(shown, verdicts, themes)
    items = evidence[evidence["myth_id"].isin(shown["id"])]
    if query:
        claim_matches = set(shown.loc[rows_matching(shown, ["claim", "summary"], query), "id"])
        item_matches = rows_matching(items, ["finding", "quote"], query)
        items = items[items["myth_id"].isin(claim_matches) | item_matches]
        shown = shown[shown["id"].isin(claim_matches | set(items["myth_id"]))]
    if pointing_at:
        items = select_pointing_at(items, pointing_at)
        shown = shown[shown["id"].isin(items["myth_id"])]
    return Selection(shown, items.iloc[period_start(items["date"]).argsort(kind="stable")])


def matches_elsewhere(
    myths: pd.DataFrame,
    evidence: pd.DataFrame,
    sources: pd.DataFrame,
    *,
    query: Query,
    newest: pd.Timestamp,
    shown: Selection,
) -> set[str]:
    """Ids of the myths the search finds at the newest date without filters that `shown` leaves out."""
    everywhere = select(assessments_on(myths, newest), evidence_known_on(evidence, sources, newest), query=query)
    return set(everywhere.myths["id"]) - set(shown.myths["id"])


def with_verdicts_and_themes(myths: pd.DataFrame, verdicts: Sequence[str], themes: Sequence[str]) -> pd.DataFrame:
    """The myths with one of the verdicts and one of the themes (none chosen: all)."""
    if verdicts:
        myths = myths[myths["verdict"].isin(verdicts)]
    if themes:
        myths = myths[myths["theme"].isin(themes)]
    return myths


def myths_pointing_at(evidence: pd.DataFrame, kind: str, target: str) -> list[str]:
    """Ids of the myths whose evidence names this site, event, poll question or exercise."""
    return list(dict.fromkeys(select_pointing_at(evidence, (kind, target))["myth_id"]))


def select_pointing_at(evidence: pd.DataFrame, target: tuple[str, str]) -> pd.DataFrame:
    return evidence[evidence["related"].map(lambda related: target in parse_references(related))]


# A stance after a count ("14 for the reality"): reads the same for one item and for several.
STANCE_COUNTED = {"supports_reality": "for the reality", "context": "context", "supports_myth": "for the myth"}


def stance_counts(items: pd.DataFrame) -> str:
    counts = items["stance"].value_counts()
    return ", ".join(f"{counts[s]} {words}" for s, words in STANCE_COUNTED.items() if s in counts.index)


def verdict_line(myth: pd.Series, short_source: dict[str, str], *, today: bool, as_of: str) -> str:
    """The latest assessment made by the chosen date: the verdict, who made it and when."""
    heading = "Verdict today" if today else f"Verdict as known in {as_of}"
    by = short_source.get(myth["source_id"], myth["source_id"])
    return f"{heading}: {VERDICTS[myth['verdict']]} ({by}, assessed {myth['as_of']})"


def newer_against_verdict(myth: pd.Series, evidence: pd.DataFrame) -> pd.DataFrame:
    """The myth's evidence dated after its latest assessment that points against its verdict,
    oldest first: a reader's cue that the assessment may be out of date, never a new verdict."""
    stance = AGAINST_VERDICT.get(myth["verdict"])
    items = evidence[(evidence["myth_id"] == myth["id"]) & (evidence["stance"] == stance)]
    assessed = known_from(pd.Series([myth["as_of"]])).iloc[0]
    dated = period_start(items["date"])
    later = dated > assessed
    newer: pd.DataFrame = items[later].iloc[dated[later].argsort(kind="stable")]
    return newer


def newer_evidence_line(myth: pd.Series, items: pd.DataFrame, short_source: dict[str, str]) -> str:
    """What `newer_against_verdict` found, in words; empty when it found nothing."""
    if items.empty:
        return ""
    one, several = AGAINST_WORDS[AGAINST_VERDICT[myth["verdict"]]]
    latest = items.iloc[-1]
    count = "1 later finding " + one if len(items) == 1 else f"{len(items)} later findings {several}"
    by = short_source.get(latest["source_id"], latest["source_id"])
    newest = "" if len(items) == 1 else "the latest "
    return f"{count}, {newest}dated {latest['date']} ({by}). No later assessment is recorded."


def nothing_shown_reason(
    assessed: pd.DataFrame, *, verdicts: Sequence[str], themes: Sequence[str], text: str, as_of: str, first: str
) -> str:
    """Why no card is shown, naming the first thing that emptied the view."""
    if assessed.empty:
        return f"No myth had been assessed by {as_of}: the first assessment in the data is dated {first}."
    if with_verdicts_and_themes(assessed, verdicts, themes).empty:
        return f"No myth had the chosen verdict and theme as known in {as_of}. Clear the filters or move the date."
    return f"Nothing in the claims, findings or quotes matches “{text.strip()}” as known in {as_of}."
