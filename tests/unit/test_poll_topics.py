"""The poll tracker: questions the data declares comparable, charted as one topic across
pollsters and waves, with margins of error, one colour per answer meaning and what is left out."""

import pandas as pd
import pytest

from components.data.catalog import ANSWER_MEANINGS
from components.figures.palette import ANSWER_COLOURS, FALLBACK_COLOURS, answer_colours
from components.figures.poll_chart import build_poll_figure
from components.figures.poll_tracker import build_poll_tracker
from components.topics.poll_topics import (
    answer_meanings,
    left_out_note,
    margin_note,
    topic_rows,
    topic_titles,
    wording_differences,
)
from components.topics.polls import question_rows
from tests.unit.test_poll_charts import poll_rows


def topic_table(*rows) -> pd.DataFrame:
    base = {"topic": "eu_or_russia", "topic_title": "Russia or the EU", "wording_note": pd.NA, "source_id": "paper"}
    return pd.DataFrame([{**base, **row} for row in rows])


TOPICS = topic_table(
    {"question_id": "q_a", "answer": "Integration with Russia", "meaning": "Union with Russia", "series": "Pollster A"},
    {"question_id": "q_a", "answer": "Joining the EU", "meaning": "The EU", "series": "Pollster A"},
    {
        "question_id": "q_b",
        "answer": "Union with Russia",
        "meaning": "Union with Russia",
        "series": "Pollster B",
        "wording_note": "Asks where it is better to live.",
    },
    {"question_id": "q_b", "answer": "European Union", "meaning": "The EU", "series": "Pollster B"},
)


def polls() -> pd.DataFrame:
    return pd.concat(
        [
            poll_rows(
                {"date": "2012-12", "answer": "Integration with Russia", "percent": 37.4, "margin_of_error": 3.0},
                {"date": "2012-12", "answer": "Joining the EU", "percent": 43.4, "margin_of_error": 3.0},
                {"date": "2014-03", "answer": "Integration with Russia", "percent": 51.5, "sample_size": 1502},
                {"date": "2014-03", "answer": "Joining the EU", "percent": 32.9, "sample_size": 1502},
                question_id="q_a",
                question="If you had to choose?",
                pollster="Pollster A",
            ),
            poll_rows(
                {"date": "2018-12", "answer": "Union with Russia", "percent": 60.4},
                {"date": "2018-12", "answer": "European Union", "percent": 22.4},
                {"date": "2019-12", "answer": "Union with Russia", "percent": 40.4},
                {"date": "2019-12", "answer": "European Union", "percent": 32.0},
                {"date": "2019-12", "answer": "European Union", "percent": 46.2, "subgroup": "age 18-24"},
                question_id="q_b",
                question="Paraphrase: which union is better [as quoted by a newspaper]",
                pollster="Pollster B",
            ),
        ],
        ignore_index=True,
    )


def tracker():
    rows = topic_rows(polls(), TOPICS, "eu_or_russia")
    left_out = left_out_note(polls(), TOPICS, "eu_or_russia", rows)
    return build_poll_tracker(rows, title="Russia or the EU", left_out=left_out)


def test_a_topic_joins_the_whole_samples_of_its_questions_with_what_each_answer_means():
    rows = topic_rows(polls(), TOPICS, "eu_or_russia")
    assert topic_titles(TOPICS) == {"eu_or_russia": "Russia or the EU"}
    assert set(rows["series"]) == {"Pollster A", "Pollster B"}
    assert set(rows["subgroup"]) == {"all"}
    eu = rows[rows["meaning"] == "The EU"]
    assert list(eu["percent"]) == [43.4, 32.9, 22.4, 32.0]  # series by series, in fieldwork order


def test_each_point_has_the_stated_margin_or_the_one_its_sample_implies_or_none():
    rows = topic_rows(polls(), TOPICS, "eu_or_russia")
    margins = dict(zip(rows["date"], rows["margin"], strict=False))
    assert margins["2012-12"] == 3.0
    assert margins["2014-03"] == pytest.approx(2.53, abs=0.01)
    assert pd.isna(margins["2019-12"])


def test_one_chart_shows_both_pollsters_one_colour_per_meaning_one_symbol_per_pollster():
    lines = [t for t in tracker().data if t.mode == "lines+markers"]
    names = [t.name for t in lines]
    assert "Union with Russia · Pollster A" in names and "The EU · Pollster B" in names
    colour = {t.name: t.line.color for t in lines}
    assert colour["The EU · Pollster A"] == colour["The EU · Pollster B"] == ANSWER_COLOURS["The EU"]
    assert colour["Union with Russia · Pollster A"] == ANSWER_COLOURS["Union with Russia"]
    symbol = {t.name: t.marker.symbol for t in lines}
    assert symbol["The EU · Pollster A"] != symbol["The EU · Pollster B"]


def test_margins_are_drawn_as_a_band_over_consecutive_waves():
    bands = [t for t in tracker().data if t.fill == "toself"]
    assert {t.legendgroup for t in bands} == {"Union with Russia · Pollster A", "The EU · Pollster A"}
    eu_band = next(t for t in bands if t.legendgroup == "The EU · Pollster A")
    assert max(eu_band.y) == pytest.approx(46.4) and min(eu_band.y) == pytest.approx(32.9 - 2.53, abs=0.01)


def test_a_lone_point_with_a_margin_gets_an_error_bar():
    rows = topic_rows(polls(), TOPICS, "eu_or_russia")
    lone = rows[rows["date"] != "2012-12"]  # 2014-03 alone has a margin for Pollster A
    figure = build_poll_tracker(lone, title="Russia or the EU")
    line = next(t for t in figure.data if t.name == "The EU · Pollster A")
    assert line.error_y.visible and line.error_y.array[0] == pytest.approx(2.53, abs=0.01)
    assert not [t for t in figure.data if t.fill == "toself"]


def test_the_chart_says_which_series_have_no_band_and_which_answers_are_left_out():
    subtitle = tracker().layout.title.subtitle.text.replace("<br>", " ")
    assert "no band for Pollster B (no sample stated)" in subtitle
    assert "Left out: the other answers" in subtitle and "add up to 72.4% to 84.4%" in subtitle
    assert "Whole samples only: age 18-24" in subtitle
    rows = topic_rows(polls(), TOPICS, "eu_or_russia")
    assert "Pollster A" not in margin_note(rows).split("no band for")[-1]


def test_an_answer_no_topic_row_declares_is_named_as_left_out():
    extra = pd.concat(
        [polls(), poll_rows({"date": "2019-12", "answer": "Neither", "percent": 20.0}, question_id="q_b")]
    )
    assert "“Neither”" in left_out_note(extra, TOPICS, "eu_or_russia", topic_rows(extra, TOPICS, "eu_or_russia"))


def test_the_wording_of_each_question_and_its_difference_are_listed():
    lines = dict(wording_differences(polls(), TOPICS, "eu_or_russia"))
    assert lines["Pollster A"].startswith("“If you had to choose?”")
    assert "“Joining the EU” shown as The EU" in lines["Pollster A"]
    assert "Paraphrase:" not in lines["Pollster B"] and "a paraphrase" in lines["Pollster B"]
    assert "Asks where it is better to live." in lines["Pollster B"]


def test_an_answer_has_the_same_colour_in_the_tracker_and_in_the_single_question_chart():
    single = build_poll_figure(
        question_rows(polls(), "q_b", ["all"]), meanings=answer_meanings(TOPICS, "q_b"), source="Test"
    )
    tracked = {t.name: t.line.color for t in tracker().data if t.mode == "lines+markers"}
    single_colours = {t.name: t.line.color for t in single.data}
    assert single_colours["European Union"] == tracked["The EU · Pollster A"] == tracked["The EU · Pollster B"]
    assert single_colours["Union with Russia"] == tracked["Union with Russia · Pollster A"]


def test_every_declared_meaning_has_its_own_colour_and_the_fallback_never_reuses_one():
    assert set(ANSWER_COLOURS) == set(ANSWER_MEANINGS)
    assert len(set(ANSWER_COLOURS.values())) == len(ANSWER_COLOURS)
    assert not set(FALLBACK_COLOURS) & set(ANSWER_COLOURS.values())
    colours = answer_colours(["Yes", "European Union", "No"], {"European Union": "The EU"})
    assert colours == {
        "Yes": FALLBACK_COLOURS[0],
        "European Union": ANSWER_COLOURS["The EU"],
        "No": FALLBACK_COLOURS[1],
    }


def test_every_shipped_topic_answer_is_an_answer_of_its_question(shipped):
    asked = set(zip(shipped.frame("polls")["question_id"], shipped.frame("polls")["answer"], strict=True))
    topics = shipped.frame("poll_topics")
    assert set(zip(topics["question_id"], topics["answer"], strict=True)) <= asked


def test_the_shipped_eu_or_russia_topic_combines_iiseps_and_baw_with_the_papers_figure_2(shipped):
    polls_, topics = shipped.frame("polls"), shipped.frame("poll_topics")
    rows = topic_rows(polls_, topics, "eu_or_russia")
    assert set(rows["pollster"]) >= {"IISEPS", "Belarusian Analytical Workroom (BAW)"}
    assert "marin_fig2_union_eu_or_russia" in set(rows["question_id"])
    paper = rows[(rows["question_id"] == "marin_fig2_union_eu_or_russia") & (rows["meaning"] == "Union with Russia")]
    assert list(paper["percent"]) == [63.9, 54.5, 40.4]  # as the paper prints them, nothing filled in
