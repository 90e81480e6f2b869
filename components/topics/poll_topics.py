"""Poll topics: the questions data/poll_topics/ declares comparable, charted as one tracker
across pollsters and waves, and what a reader must know of it (the wordings, the answers
left out, the points without a margin of error). No Streamlit, no figures here.

Nothing here knows a particular topic: a dropped file with a new topic is treated the same way.
"""

from __future__ import annotations

import pandas as pd

from components.data.dates import period_start
from components.topics.polls import WHOLE_SAMPLE, margins, question_heading, shown_share_note


def topic_titles(topics: pd.DataFrame) -> dict[str, str]:
    """Each topic's title, in the order the file lists them."""
    return dict(zip(topics["topic"], topics["topic_title"], strict=True))


def answer_meanings(topics: pd.DataFrame, question_id: str) -> dict[str, str]:
    """What each answer of a question means (answer -> meaning), as the topics declare it."""
    declared = topics[topics["question_id"] == question_id]
    return dict(zip(declared["answer"], declared["meaning"], strict=True))


def declared(topics: pd.DataFrame, topic: str) -> pd.DataFrame:
    """The topic's rows in data/poll_topics/ (their sources justify the grouping)."""
    return topics[topics["topic"] == topic]


def _mapping(topics: pd.DataFrame, topic: str) -> pd.DataFrame:
    return declared(topics, topic)[["question_id", "answer", "meaning", "series"]]


def topic_rows(polls: pd.DataFrame, topics: pd.DataFrame, topic: str) -> pd.DataFrame:
    """The whole-sample rows of the topic's questions, each with its meaning, its series and
    its margin of error (`margin`: stated, else implied by the sample, else empty), in fieldwork order."""
    mapping = _mapping(topics, topic)
    whole = polls[polls["subgroup"] == WHOLE_SAMPLE]
    rows = whole.merge(mapping, on=["question_id", "answer"], how="inner")
    rows["margin"] = margins(rows)
    # Series and meanings in the order the topic declares them, each series in fieldwork order.
    order = pd.DataFrame(
        {
            "series": rows["series"].map({s: i for i, s in enumerate(dict.fromkeys(mapping["series"]))}),
            "fieldwork": period_start(rows["date"]),
            "meaning": rows["meaning"].map({m: i for i, m in enumerate(dict.fromkeys(mapping["meaning"]))}),
        }
    )
    return rows.iloc[order.sort_values(list(order.columns), kind="stable").index].reset_index(drop=True)


MAX_WAVES_NAMED = 3  # more waves without a margin are counted, not listed


def margin_note(rows: pd.DataFrame) -> str:
    """How the bands are drawn, and which series or waves have none (no sample, no stated margin)."""
    missing = []
    for series, part in rows.groupby("series", sort=False):
        waves = list(dict.fromkeys(part.loc[part["margin"].isna(), "date"]))
        every = part["date"].nunique()
        if len(waves) == every:
            missing.append(f"{series} (no sample stated)")
        elif len(waves) > MAX_WAVES_NAMED:
            missing.append(f"{series} in {len(waves)} of its {every} waves")
        elif waves:
            missing.append(f"{series} in {', '.join(waves)}")
    note = "Bands and bars: 95% margin of error, stated or implied by the sample"
    return note + (f"; no band for {'; '.join(missing)}." if missing else ".")


def left_out_note(polls: pd.DataFrame, topics: pd.DataFrame, topic: str, shown: pd.DataFrame) -> str:
    """Which answers and subgroups of the topic's questions the tracker leaves out, and how
    much of each wave the answers `shown` (its `topic_rows`) cover."""
    mapping = _mapping(topics, topic)
    asked = polls[polls["question_id"].isin(mapping["question_id"])]
    notes = []
    undeclared = asked.merge(mapping, on=["question_id", "answer"], how="left", indicator=True)
    undeclared = undeclared[undeclared["_merge"] == "left_only"].drop_duplicates(["question_id", "answer"])
    if not undeclared.empty:
        notes.append(
            "Left out, as no topic row says what they mean: " + ", ".join(f"“{a}”" for a in undeclared["answer"])
        )
    subgroups = sorted(set(asked["subgroup"]) - {WHOLE_SAMPLE})
    if subgroups:
        notes.append(f"Whole samples only: {', '.join(subgroups)} is in the single-question view")
    share = shown_share_note(shown, ["series", "date", "source_id"])
    return ". ".join([*notes, *([share] if share else [])])


def wording_differences(polls: pd.DataFrame, topics: pd.DataFrame, topic: str) -> list[tuple[str, str]]:
    """For each question of the topic (series, text): its wording as recorded, what its answers
    mean in the chart, and how it differs from the others."""
    lines = []
    for question_id, part in declared(topics, topic).groupby("question_id", sort=False):
        asked = polls.loc[polls["question_id"] == question_id, "question"]
        if asked.empty:
            continue
        heading, notes = question_heading(str(asked.iloc[0]))
        renamed = [(a, m) for a, m in zip(part["answer"], part["meaning"], strict=True) if a != m]
        answers = "; ".join(f"“{a}” shown as {m}" for a, m in renamed)
        wording = f"“{heading}”" + (f" ({'; '.join(notes)})" if notes else "")
        note = part["wording_note"].dropna()
        if not wording.endswith(("?”", ".”", "!”")):
            wording += "."
        text = wording + (f" Answers: {answers}." if answers else "") + (f" {note.iloc[0]}" if not note.empty else "")
        lines.append((str(part["series"].iloc[0]), text))
    return lines


def topic_facts(rows: pd.DataFrame) -> str:
    """Who asked, and when: the tracker's first subtitle line."""
    series = list(dict.fromkeys(rows["series"]))
    waves = rows.iloc[period_start(rows["date"]).argsort(kind="stable")]["date"]
    return f"{', '.join(series)}; whole samples; {waves.nunique()} waves, {waves.iloc[0]} to {waves.iloc[-1]}."
