"""Budget charts: series as lines with gaps, quoted figures beside them, events, exercises."""

import itertools
import math
import random

import pandas as pd
import pytest

from components.data.citations import short_citations
from components.figures.budget_chart import axis_title, build_budget_figure, build_exercise_figure
from components.figures.chart_style import spread
from components.figures.palette import COUNTRY_PALETTE, SIDE_COLOURS, country_colours
from components.topics.budgets import (
    MOST_COUNTRIES,
    SHORT_LIST,
    budget_rows,
    countries,
    country_labels,
    events_in,
    quoted_against_series,
    reader_rows,
    with_picks,
)
from tests.unit.colour_difference import difference


def budget_frame(*rows) -> pd.DataFrame:
    base = {"country": "Belarus", "iso3": "BLR", "metric": "usd_current_m", "unit": "USD m", "flag": pd.NA}
    base |= {"note": pd.NA, "source_id": "sipri", "source_locator": pd.NA}
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


# CIEDE2000: about 2 is a just-noticeable difference; 20 and more reads as a different colour.
# As a red-green colour-blind reader sees them, 10 and more still tells two lines apart.
DISTINCT, DISTINCT_COLOUR_BLIND = 20, 10


@pytest.mark.parametrize("deficiency", [None, "deuteranopia", "protanopia"])
def test_the_eight_country_colours_are_well_apart_for_every_reader(deficiency):
    threshold = DISTINCT if deficiency is None else DISTINCT_COLOUR_BLIND
    for one, other in itertools.combinations(COUNTRY_PALETTE, 2):
        assert difference(one, other, deficiency) > threshold, (one, other, deficiency)


def test_any_eight_countries_charted_together_get_eight_different_colours(shipped):
    every = list(countries(shipped.frame("budgets")))
    chosen_sets = [random.Random(seed).sample(every, MOST_COUNTRIES) for seed in range(2000)]
    chosen_sets += [list(order) for order in itertools.permutations(SHORT_LIST)]
    for chosen in chosen_sets:
        colours = country_colours(chosen)
        assert len(set(colours.values())) == len(chosen), chosen
        assert set(colours.values()) <= set(COUNTRY_PALETTE)


def test_adding_a_country_never_changes_a_colour_already_on_the_chart(shipped):
    every = list(countries(shipped.frame("budgets")))
    for seed in range(500):
        chosen = random.Random(seed).sample(every, MOST_COUNTRIES)
        before = country_colours(chosen[:-1])
        assert {iso3: country_colours(chosen)[iso3] for iso3 in before} == before


def test_the_countries_analysts_compare_have_their_own_colours_and_poland_is_not_lithuanias_blue():
    colours = country_colours(["BLR", "LTU", "POL"])
    assert colours["BLR"] == SIDE_COLOURS["belarus"]
    assert difference(colours["POL"], colours["LTU"]) > 30  # blue against bluish green, not sky blue
    assert country_colours(["POL", "FIN", "BLR", "RUS"]) == {
        "POL": "#0072B2",
        "FIN": "#56B4E9",
        "BLR": SIDE_COLOURS["belarus"],
        "RUS": SIDE_COLOURS["russia"],
    }


def test_each_line_in_the_legend_has_the_colour_of_the_line(shipped):
    rows = budget_rows(shipped.frame("budgets"), ["BLR", "LTU", "POL"], "share_of_gdp_pct", (2014, 2024))
    figure = build_budget_figure(rows, metric="share_of_gdp_pct", short_source={"marin2020": "Marin 2020"})
    lines = {t.name: t for t in figure.data if t.mode == "lines+markers"}
    assert list(lines) == ["Belarus", "Lithuania", "Poland"]
    for line in lines.values():
        assert line.showlegend is not False
        assert line.marker.color == line.line.color  # the legend draws the line's marker and line
    labels = {a.text: a.font.color for a in figure.layout.annotations if a.text in lines}
    assert labels == {name: line.line.color for name, line in lines.items()}
    quoted = next(t for t in figure.data if t.name == "Belarus — as quoted by Marin 2020")
    assert quoted.marker.color == lines["Belarus"].line.color


def test_the_papers_figures_are_a_series_of_their_own_in_the_chart_and_the_download(shipped):
    sources = shipped.frame("sources")
    short = short_citations(sources)
    rows = budget_rows(shipped.frame("budgets"), ["BLR"], "share_of_gdp_pct", (2017, 2019))
    figure = build_budget_figure(rows, metric="share_of_gdp_pct", short_source=short)
    quoted = next(t for t in figure.data if t.name == "Belarus — as quoted by Marin 2020")
    assert (list(quoted.x), list(quoted.y)) == ([2018], [1.3])
    belarus = next(t for t in figure.data if t.name == "Belarus")
    assert 1.3 not in list(belarus.y)
    download = reader_rows(rows, sources, short)
    in_2018 = download[download["Year"] == 2018].set_index("Series")
    assert in_2018.loc["Belarus", "Value"] == "1.54"
    assert in_2018.loc["Belarus — as quoted by Marin 2020", "Value"] == "1.3"
    assert in_2018.loc["Belarus — as quoted by Marin 2020", "Source"].startswith(
        "Anaïs Marin, The Union State of Belarus and Russia"
    )
    assert in_2018.loc["Belarus", "Source"] == "SIPRI Military Expenditure Database 2025. SIPRI, 2025."


@pytest.mark.parametrize(
    ("metric", "belarus_2018"),
    [
        ("usd_current_m", "923.3"),
        ("usd_constant_2023_m", "1040.7"),
        ("share_of_gdp_pct", "1.54"),
        ("per_capita_usd", "97.3"),
    ],
)
def test_the_download_gives_sipris_figures_as_sipri_prints_them_and_in_words(shipped, metric, belarus_2018):
    sources = shipped.frame("sources")
    rows = budget_rows(shipped.frame("budgets"), ["BLR", "POL"], metric, (2018, 2018))
    download = reader_rows(rows, sources, short_citations(sources))
    belarus = download[(download["Series"] == "Belarus") & (download["Year"] == 2018)].iloc[0]
    assert belarus["Value"] == belarus_2018
    assert belarus["Country"] == "Belarus" and "BLR" not in download.to_csv()
    assert metric not in download.to_csv()
    assert all("_" not in column and column[0].isupper() for column in download.columns)


def test_a_year_the_source_has_no_figure_for_says_so_in_words():
    rows = budget_frame({"year": 2001, "value": pd.NA, "flag": "data_unavailable"})
    sources = pd.DataFrame(
        {"id": ["sipri"], "title": ["Database"], "publisher": ["SIPRI"], "date": ["2025"], "url": [""]}
    )
    download = reader_rows(rows, sources, SHORT)
    assert download.iloc[0]["Value"] == ""
    assert download.iloc[0]["The source's marking"] == "no figure: data unavailable (the source's marking)"


def test_a_country_is_found_by_the_other_names_the_spellings_list():
    budgets = budget_frame(
        {"year": 2000, "value": 1.0}, {"year": 2000, "value": 2.0, "country": "Czechia", "iso3": "CZE"}
    )
    spellings = pd.DataFrame({"name": ["Czechia", "Babruysk"], "alternates": ["Czech Republic", "Bobruisk"]})
    assert country_labels(budgets, spellings) == {"BLR": "Belarus", "CZE": "Czechia (also Czech Republic)"}


def test_a_pick_on_the_short_list_adds_the_country_last_and_an_unpick_removes_it():
    assert with_picks(["BLR", "LTU", "FIN"], SHORT_LIST, ["BLR", "LTU", "POL"]) == ["BLR", "LTU", "FIN", "POL"]
    assert with_picks(["BLR", "LTU", "FIN"], SHORT_LIST, ["LTU"]) == ["LTU", "FIN"]
    eight = ["BLR", "LTU", "LVA", "EST", "FIN", "SWE", "NOR", "DNK"]
    assert with_picks(eight, SHORT_LIST, ["BLR", "LTU", "LVA", "EST", "POL"]) == eight  # no ninth colour


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
    assert "(1) 2014 Crimea annexed; (2) 2020-08-09 Election" in figure.layout.title.subtitle.text.replace("<br>", " ")


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
    assert "No troop figures in the sources for: Zapad 2009" in figure.layout.title.subtitle.text.replace("<br>", " ")


def test_line_labels_are_spread_so_they_do_not_overlap():
    assert spread([10.0, 10.5, 30.0, 11.0], min_gap=2) == [10.0, 12.0, 30.0, 14.0]


def test_an_estimated_range_is_labelled_with_both_ends():
    exercises = pd.DataFrame(
        {
            "id": ["zapad_2017", "zapad_2017_estimate"],
            "name": ["Zapad 2017", "Zapad 2017 (estimate)"],
            "year": [2017, 2017],
            "total_troops": pd.array([12700, 60000], dtype="Int64"),
            "belarus_troops": pd.array([5500, None], dtype="Int64"),
            "russia_troops": pd.array([3000, None], dtype="Int64"),
            "total_troops_max": pd.array([None, 70000], dtype="Int64"),
            "source_id": ["paper"] * 2,
        }
    )
    figure = build_exercise_figure(exercises)
    totals = next(t for t in figure.data if t.name == "Total")
    assert list(totals.y) == ["Zapad 2017", "Zapad 2017 (estimate)"]
    assert list(totals.text) == ["12,700", "60,000–70,000"]
    assert "labelled with the range" in figure.layout.title.subtitle.text.replace("<br>", " ")
