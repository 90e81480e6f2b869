"""Budget charts: series as lines with gaps, quoted figures beside them, events, exercises."""

import math

import pandas as pd

from components.data.citations import short_citations
from components.figures.budget_chart import axis_title, build_budget_figure, build_exercise_figure
from components.figures.chart_style import spread
from components.figures.palette import COUNTRY_COLOURS
from components.topics.budgets import budget_rows, events_in, quoted_against_series


def budget_frame(*rows) -> pd.DataFrame:
    base = {"country": "Belarus", "iso3": "BLR", "metric": "usd_current_m", "unit": "USD m", "flag": pd.NA}
    base |= {"note": pd.NA, "source_id": "sipri"}
    frame = pd.DataFrame([{**base, **row} for row in rows])
    return frame.astype({"year": "Int64", "value": "Float64"})


SHORT = {"sipri": "SIPRI 2025", "paper": "Marin 2020"}


def test_a_year_without_a_figure_is_a_gap_never_a_zero():
    rows = budget_frame(
        {"year": 2000, "value": 100.0},
        {"year": 2001, "value": pd.NA, "flag": "data_unavailable"},
        {"year": 2003, "value": 130.0},  # 2002 is not in the file at all
    )
    line = build_budget_figure(rows, metric="usd_current_m", short_source=SHORT).data[0]
    assert list(line.x) == [2000, 2001, 2002, 2003]
    assert line.y[0] == 100.0 and math.isnan(line.y[1]) and math.isnan(line.y[2])
    assert line.connectgaps is False


def test_estimates_are_drawn_as_open_markers_and_explained():
    rows = budget_frame({"year": 2000, "value": 100.0, "flag": "sipri_estimate"}, {"year": 2001, "value": 110.0})
    figure = build_budget_figure(rows, metric="usd_current_m", short_source=SHORT)
    assert list(figure.data[0].marker.symbol) == ["circle-open", "circle"]
    assert any(t.name == "Open circle: the source's estimate" for t in figure.data)


def test_a_figure_quoted_by_another_source_is_a_labelled_point_not_part_of_the_line():
    rows = budget_frame(
        {"year": 2017, "value": 900.0},
        {"year": 2018, "value": 923.0},
        {"year": 2018, "value": 715.0, "source_id": "paper"},
    )
    figure = build_budget_figure(rows, metric="usd_current_m", short_source=SHORT)
    line, quoted = figure.data[0], figure.data[1]
    assert list(line.y) == [900.0, 923.0]
    assert (quoted.x[0], quoted.y[0], quoted.marker.symbol) == (2018, 715.0, "diamond")
    assert any(a.text == "<b>Marin 2020: $715m</b>" for a in figure.layout.annotations)
    table = quoted_against_series(rows, SHORT)
    assert table.iloc[0][["quoted figure", "quoted by", "series figure"]].tolist() == ["$715m", "Marin 2020", "$923m"]


def test_the_paper_and_sipri_2018_figures_for_belarus_side_by_side(shipped):
    budgets = shipped.frame("budgets")
    short = short_citations(shipped.frame("sources"))
    for metric, quoted in (("usd_current_m", "$715m"), ("share_of_gdp_pct", "1.3%")):
        table = quoted_against_series(budget_rows(budgets, ["BLR"], metric, (2010, 2020)), short)
        assert table[["year", "quoted figure", "quoted by", "series source"]].values.tolist() == [
            [2018, quoted, "Marin 2020", "SIPRI 2025"]
        ]


def test_constant_dollar_axis_names_its_base_year(shipped):
    rows = budget_rows(shipped.frame("budgets"), ["BLR", "LTU"], "usd_constant_2023_m", (1992, 2024))
    figure = build_budget_figure(rows, metric="usd_constant_2023_m", short_source={})
    assert "constant 2023" in figure.layout.yaxis.title.text
    assert axis_title(rows, "share_of_gdp_pct") == "Share of GDP"  # no rows: the measure's name


def test_each_country_keeps_its_colour_whatever_else_is_charted(shipped):
    budgets = shipped.frame("budgets")
    for countries in (["BLR", "LTU"], ["RUS", "POL", "BLR"]):
        figure = build_budget_figure(
            budget_rows(budgets, countries, "usd_current_m", (2015, 2020)), metric="usd_current_m", short_source={}
        )
        belarus = next(t for t in figure.data if t.name == "Belarus")
        assert belarus.line.color == COUNTRY_COLOURS["BLR"]


def test_marked_events_are_dotted_lines_with_a_numbered_key():
    events = pd.DataFrame(
        {
            "date": ["2014", "2020-08-09", "2030"],
            "title": ["Crimea annexed", "Election", "Later"],
            "category": ["war", "election", "war"],
        }
    )
    shown = events_in(events, ["war", "election"], (2010, 2024))
    assert shown["title"].tolist() == ["Crimea annexed", "Election"]
    rows = budget_frame({"year": 2013, "value": 1.0}, {"year": 2021, "value": 2.0})
    figure = build_budget_figure(rows, metric="usd_current_m", short_source=SHORT, events=shown)
    assert [round(shape.x0, 2) for shape in figure.layout.shapes] == [2014.0, 2020.61]
    assert "(1) 2014 Crimea annexed; (2) 2020-08-09 Election" in figure.layout.title.subtitle.text


def test_exercise_sizes_as_printed_and_the_exercises_without_figures():
    exercises = pd.DataFrame(
        {
            "id": ["zapad_2009", "zapad_2013", "zapad_2017"],
            "name": ["Zapad 2009", "Zapad 2013", "Zapad 2017"],
            "year": [2009, 2013, 2017],
            "total_troops": pd.array([None, 22000, 12700], dtype="Int64"),
            "belarus_troops": pd.array([None, 10000, 5500], dtype="Int64"),
            "russia_troops": pd.array([None, None, 3000], dtype="Int64"),
            "source_id": ["paper"] * 3,
        }
    )
    figure = build_exercise_figure(exercises)
    totals = next(t for t in figure.data if t.name == "Total")
    assert dict(zip(totals.y, totals.x, strict=True)) == {"Zapad 2013": 22000, "Zapad 2017": 12700}
    assert "No troop figures in the sources for: Zapad 2009" in figure.layout.title.subtitle.text


def test_line_labels_are_spread_so_they_do_not_overlap():
    assert spread([10.0, 10.5, 30.0, 11.0], min_gap=2) == [10.0, 12.0, 30.0, 14.0]
