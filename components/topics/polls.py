"""Poll questions and their answers: which questions there are, their subgroups, the rows behind a chart,
and what a reader must know of each survey. No Streamlit, no figures here.

Nothing here knows a particular question: a dropped CSV with a new question or a new wave is treated the same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from components.data.dates import period_start
from components.views import POLLS, Link

WHOLE_SAMPLE = "all"


CONFLICT_FLAG = "conflicting_sources"


Z_95 = 1.96


# The figures of the documents the dashboard is built on, as links into this view.
SOURCE_FIGURES = (
    Link(POLLS, "The paper's Fig. 1: relations with Russia, 2019", {"question": "marin_fig1_relations_with_russia"}),
    Link(
        POLLS,
        "The paper's Fig. 2: EU or Russia, 2018 to 2019, with the 18–24 age group",
        {"question": "marin_fig2_union_eu_or_russia", "subgroup": ["all", "age 18-24"]},
    ),
    Link(POLLS, "The FRS note: not watching Russian TV, 2014 to 2015", {"question": "czerny_not_watching_russian_tv"}),
)


def figures_in(links: Iterable[Link], question_ids: Iterable[str]) -> list[Link]:
    """The links to questions the data holds (a dropped file may have removed one)."""
    known = set(question_ids)
    return [link for link in links if link.query.get("question") in known]


def question_catalog(polls: pd.DataFrame) -> pd.DataFrame:
    """One row per question id: wording, pollster(s), first and last wave, number of waves."""
    grouped = polls.groupby("question_id", sort=False)
    catalog = pd.DataFrame(
        {
            "question": grouped["question"].first(),
            "pollster": grouped["pollster"].agg(lambda names: ", ".join(dict.fromkeys(names))),
            "first": grouped["date"].min(),
            "last": grouped["date"].max(),
            "waves": grouped["date"].nunique(),
        }
    )
    return catalog.sort_values(["pollster", "first", "question"])


def question_label(entry: pd.Series, width: int = 90) -> str:
    question, _ = question_heading(str(entry["question"]))
    if len(question) > width:
        question = question[: width - 1].rstrip() + "…"
    span = entry["first"] if entry["first"] == entry["last"] else f"{entry['first']} to {entry['last']}"
    return f"{question} ({entry['pollster']}, {span})"


def subgroups_of(polls: pd.DataFrame, question_id: str) -> list[str]:
    """The question's subgroups, the whole sample first."""
    found = polls.loc[polls["question_id"] == question_id, "subgroup"].dropna().unique()
    return sorted(found, key=lambda subgroup: (subgroup != WHOLE_SAMPLE, subgroup))


def question_rows(polls: pd.DataFrame, question_id: str, subgroups: list[str]) -> pd.DataFrame:
    """The rows behind the chart, in fieldwork order."""
    rows = polls[(polls["question_id"] == question_id) & polls["subgroup"].isin(subgroups)]
    return rows.iloc[period_start(rows["date"]).argsort(kind="stable")]


def margin_of_error(sample_size: int) -> float:
    """Half-width of a 95% interval for a share near 50%, in points, for a simple random sample."""
    return 100 * Z_95 * math.sqrt(0.25 / sample_size)


def margins(rows: pd.DataFrame) -> pd.Series:
    """Each row's margin of error in points: the one stated, else the one its sample implies, else empty."""
    implied = rows["sample_size"].map(lambda n: margin_of_error(int(n)) if pd.notna(n) else pd.NA)
    return rows["margin_of_error"].astype("Float64").fillna(implied.astype("Float64"))


# Complete within rounding: the published shares of all answers rarely add up to exactly 100.
COMPLETE_SHARE = 99.0


def shown_share_note(rows: pd.DataFrame, wave: list[str]) -> str:
    """When the answers charted add up to less than everyone asked in a wave (`wave`: the
    columns that make one), a line saying that the rest are left out, and how much they are."""
    totals = rows.groupby(wave, sort=False)["percent"].sum()
    if totals.empty or totals.min() >= COMPLETE_SHARE:
        return ""
    low, high = points(totals.min()), points(totals.max())
    span = f"{low}%" if low == high else f"{low}% to {high}%"
    return (
        f"Left out: the other answers, which the sources give no figures for "
        f"(the answers shown add up to {span} of respondents in a wave)"
    )


PARAPHRASE = "Paraphrase:"


def question_heading(question: str) -> tuple[str, list[str]]:
    """A question as a heading, without the editorial marks stored with it: a leading
    "Paraphrase:" and a closing "[…]" note, which come back as notes for the subtitle."""
    text = " ".join(question.split())
    notes = []
    if text.startswith(PARAPHRASE):
        text = text.removeprefix(PARAPHRASE).strip()
        notes.append("a paraphrase, not the survey's wording")
    if text.endswith("]") and "[" in text:
        text, bracket = text.rsplit("[", 1)
        text = text.strip()
        notes.append(bracket.removesuffix("]").strip())
    return (text[:1].upper() + text[1:], notes)


def points(value: float) -> str:
    """A share or margin as printed: one decimal, none when it is whole (61.5, 40)."""
    return f"{value:.1f}".removesuffix(".0")


def survey_facts(rows: pd.DataFrame) -> str:
    """Who asked, when, how many, and the margin of error stated or implied by the sample."""
    waves = list(dict.fromkeys(rows["date"]))
    fieldwork = waves[0] if len(waves) == 1 else f"{len(waves)} waves, {waves[0]} to {waves[-1]}"
    parts = [", ".join(dict.fromkeys(rows["pollster"])), f"fieldwork {fieldwork}"]
    per_wave = rows.drop_duplicates("date")
    sizes = per_wave["sample_size"].dropna()
    if sizes.empty:
        parts.append("sample size not stated in the source")
    else:
        low, high = int(sizes.min()), int(sizes.max())
        parts.append(f"n = {low:,}" if low == high else f"n = {low:,} to {high:,}")
        stated = per_wave["margin_of_error"].dropna()
        if not stated.empty:
            parts.append(f"margin of error ±{points(stated.max())} points (as stated)")
        else:
            parts.append(
                f"margin of error about ±{points(margin_of_error(low))} points "
                "(implied by the sample size: 95%, simple random sample)"
            )
        if len(sizes) < len(per_wave):
            parts.append("some waves do not state their sample")
    return "; ".join(parts)


def caveats(rows: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(rows["caveat"].dropna()))
