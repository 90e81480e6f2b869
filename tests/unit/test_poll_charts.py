"""Poll charts: any question charted from the data, with its wording, fieldwork and source."""

import pandas as pd
import pytest

from components.figures.poll_chart import build_poll_figure
from components.topics.polls import (
    margin_of_error,
    question_catalog,
    question_rows,
    subgroups_of,
    survey_facts,
)


def poll_rows(*rows, **common) -> pd.DataFrame:
    base = {
        "pollster": "Test pollster",
        "question_id": "q1",
        "question": "Which union?",
        "subgroup": "all",
        "sample_size": pd.NA,
        "margin_of_error": pd.NA,
        "flag": pd.NA,
        "caveat": pd.NA,
        "source_id": "paper",
    }
    frame = pd.DataFrame([{**base, **common, **row} for row in rows])
    return frame.astype(
        {"sample_size": "Int64", "margin_of_error": "Float64", "percent": "Float64", "flag": "str", "caveat": "str"}
    )


def chart(polls: pd.DataFrame, question_id: str, subgroups: list[str] | None = None):
    rows = question_rows(polls, question_id, subgroups or subgroups_of(polls, question_id)[:1])
    return build_poll_figure(rows, source="Test source")


def test_a_new_question_in_the_data_is_listed_and_charted():
    polls = poll_rows(
        {"date": "2021-03", "answer": "Yes", "percent": 40.0},
        {"date": "2020-01", "answer": "Yes", "percent": 30.0},
        {"date": "2021-03", "answer": "Yes", "percent": 41.0, "question_id": "q2", "question": "Another?"},
    )
    catalog = question_catalog(polls)
    assert catalog.loc["q1", ["first", "last", "waves"]].tolist() == ["2020-01", "2021-03", 2]
    figure = chart(polls, "q1")
    assert list(figure.data[0].y) == [30.0, 40.0]  # in fieldwork order, not file order
    assert "Which union?" in figure.layout.title.text


def test_a_single_wave_is_drawn_as_bars_with_their_values():
    polls = poll_rows(
        {"date": "2019-08", "answer": "Integration", "percent": 15.6},
        {"date": "2019-08", "answer": "Become part of Russia", "percent": 1.4},
    )
    figure = chart(polls, "q1")
    assert [trace.type for trace in figure.data] == ["bar"]
    assert list(figure.data[0].text) == ["15.6%", "1.4%"]
    assert figure.layout.xaxis.title.text == "Share of respondents (%)"


def test_subgroups_are_separate_lines_in_the_answer_colour_with_their_own_dash():
    polls = poll_rows(
        {"date": "2018-01", "answer": "EU", "percent": 20.2},
        {"date": "2019-12", "answer": "EU", "percent": 32.0},
        {"date": "2018-01", "answer": "EU", "percent": 40.0, "subgroup": "age 18-24"},
        {"date": "2019-12", "answer": "EU", "percent": 46.2, "subgroup": "age 18-24"},
    )
    figure = chart(polls, "q1", ["all", "age 18-24"])
    whole, young = figure.data
    assert (whole.name, young.name) == ("EU (all)", "EU (age 18-24)")
    assert whole.line.color == young.line.color and whole.line.dash != young.line.dash
    assert list(young.y) == [40.0, 46.2]


def test_the_chart_states_pollster_fieldwork_sample_and_margin_of_error():
    polls = poll_rows({"date": "2019-08", "answer": "EU", "percent": 30.0}, sample_size=1000)
    figure = chart(polls, "q1")
    subtitle = figure.layout.title.subtitle.text
    assert "Test pollster" in subtitle and "fieldwork 2019-08" in subtitle and "n = 1,000" in subtitle
    assert "±3.1 points (implied by the sample size" in subtitle
    assert any("Source: Test source" in a.text for a in figure.layout.annotations)


@pytest.mark.parametrize(
    ("sample_size", "stated", "expected"),
    [
        (1000, None, "margin of error about ±3.1 points (implied"),
        (1502, 3.0, "margin of error ±3 points (as stated)"),
        (None, None, "sample size not stated in the source"),
    ],
)
def test_margin_of_error_is_the_stated_one_or_the_one_the_sample_implies(sample_size, stated, expected):
    polls = poll_rows(
        {"date": "2019-08", "answer": "EU", "percent": 30.0},
        sample_size=sample_size if sample_size else pd.NA,
        margin_of_error=stated if stated else pd.NA,
    )
    assert expected in survey_facts(polls)


def test_margin_of_error_of_a_thousand_respondents():
    assert margin_of_error(1000) == pytest.approx(3.099, abs=0.001)


def test_a_figure_another_source_disputes_is_circled():
    polls = poll_rows(
        {"date": "2018-01", "answer": "EU", "percent": 20.0},
        {"date": "2019-08", "answer": "EU", "percent": 30.0, "flag": "conflicting_sources"},
    )
    figure = chart(polls, "q1")
    circled = [t for t in figure.data if t.name == "Another source reports a different figure"]
    assert len(circled) == 1 and list(circled[0].y) == [30.0]


def test_markup_in_a_question_is_shown_as_text_not_rendered():
    polls = poll_rows({"date": "2019-08", "answer": "<i>EU</i>", "percent": 30.0}, question="<b>Bold?</b>")
    figure = chart(polls, "q1")
    assert "&lt;b&gt;Bold?&lt;/b&gt;" in figure.layout.title.text
    assert "<i>" not in str(figure.data[0].y) + "".join(figure.data[0].hovertext)


def test_the_papers_figure_2_with_the_18_to_24_age_group(shipped):
    polls = shipped.frame("polls")
    figure = chart(polls, "marin_fig2_union_eu_or_russia", ["all", "age 18-24"])
    young_eu = next(t for t in figure.data if t.name == "European Union (age 18-24)")
    assert 46.2 in list(young_eu.y)
    whole_eu = next(t for t in figure.data if t.name == "European Union (all)")
    assert [whole_eu.y[0], whole_eu.y[-1]] == [20.2, 32.0]  # "rose from 20.2% to 32%"


def test_the_papers_figure_1_and_the_frs_tv_figure(shipped):
    polls = shipped.frame("polls")
    fig1 = chart(polls, "marin_fig1_relations_with_russia")
    assert fig1.data[0].type == "bar" and sorted(fig1.data[0].x) == [1.4, 15.6]
    tv = chart(polls, "czerny_not_watching_russian_tv")
    assert list(tv.data[0].y) == [10.9, 20.6]


def test_two_sources_for_the_same_answer_in_one_wave_are_both_drawn_and_named():
    polls = poll_rows(
        {"date": "2008-09", "answer": "For", "percent": 26.7, "source_id": "iiseps"},
        {"date": "2008-09", "answer": "For", "percent": 44.0, "source_id": "udf"},
        {"date": "2008-09", "answer": "Against", "percent": 51.9, "source_id": "iiseps"},
    )
    bars = chart(polls, "q1").data[0]
    assert list(bars.y) == ["For [iiseps]", "For [udf]", "Against"]
    assert list(bars.x) == [26.7, 44.0, 51.9]


def test_a_paraphrase_is_titled_without_its_prefix_and_the_subtitle_says_it_is_one():
    polls = poll_rows(
        {"date": "2019-08", "answer": "Integration", "percent": 15.6},
        question='Paraphrase: asked what format relations should take [Fig. 1 title: "The format"]',
    )
    title = chart(polls, "q1").layout.title
    assert title.text == "<b>Asked what format relations should take</b>"
    assert title.subtitle.text.startswith("A paraphrase, not the survey's wording; Fig. 1 title: ")


def test_a_chart_of_only_some_answers_says_the_others_are_left_out():
    polls = poll_rows(
        {"date": "2019-08", "answer": "Integration", "percent": 15.6},
        {"date": "2019-08", "answer": "Become part of Russia", "percent": 1.4},
    )
    assert "Left out: the other answers" in chart(polls, "q1").layout.title.subtitle.text
    complete = poll_rows(
        {"date": "2019-08", "answer": "Yes", "percent": 60.0}, {"date": "2019-08", "answer": "No", "percent": 40.0}
    )
    assert "Left out" not in chart(complete, "q1").layout.title.subtitle.text


def test_the_subtitle_sits_between_the_title_and_the_plot_with_room_for_the_100_percent_label():
    polls = poll_rows(
        {"date": "2018-01", "answer": "EU", "percent": 20.0}, {"date": "2019-08", "answer": "EU", "percent": 30.0}
    )
    layout = chart(polls, "q1").layout
    assert (layout.title.yref, layout.title.yanchor, layout.title.y) == ("container", "top", 1)
    lines = layout.title.text.count("<br>") + 1 + layout.title.subtitle.text.count("<br>") + 1
    assert layout.margin.t >= layout.title.pad.t + 24 * lines + 30
