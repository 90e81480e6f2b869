"""Briefings as analysts write them: rows of slides that open views in a given state."""

from urllib.parse import parse_qs

import pandas as pd
import plotly.graph_objects as go

from components.data.repository import load_repository
from components.figures.chart_style import apply_briefing_layout, scaled_for_screen
from components.topics.briefings import briefing_titles, notes_address, shows_slide, slide_address, slide_at, slides_of


def briefings(data_dir) -> pd.DataFrame:
    return load_repository(data_dir).frame("briefings")


def test_slides_are_numbered_by_their_order_and_a_gap_is_closed(data_dir):
    slides = slides_of(briefings(data_dir), "test_briefing")
    assert [s.number for s in slides] == [1, 2, 3, 4]  # the file skips 3
    assert [s.view for s in slides] == ["myths", "map", "polls", "budgets"]
    assert slides[0].is_first and slides[-1].is_last and slides[0].count == 4


def test_a_slide_address_is_its_view_in_its_state_plus_where_it_sits(data_dir):
    slide = slide_at(briefings(data_dir), "test_briefing", "2")
    view, _, query = slide_address(slide).partition("?")
    assert view == "map"
    assert parse_qs(query) == {
        "as_of": ["2014-06"],
        "site": ["base_a"],
        "briefing": ["test_briefing"],
        "slide": ["2"],
        "present": ["1"],
    }
    assert notes_address(slide) == "briefings?briefing=test_briefing&slide=2&notes=1"


def test_repeated_parameters_stay_lists():
    frame = pd.DataFrame(
        {
            "briefing": ["b"],
            "briefing_title": ["B"],
            "slide": [1],
            "view": ["budgets"],
            "state": ["country=BLR&country=LTU&metric=usd_current_m"],
            "title": ["t"],
            "notes": [pd.NA],
            "source_id": ["s"],
            "source_locator": [pd.NA],
        }
    )
    (slide,) = slides_of(frame, "b")
    assert parse_qs(slide_address(slide).partition("?")[2])["country"] == ["BLR", "LTU"]
    assert slide.notes == ""


def test_an_address_naming_no_slide_gives_none(data_dir):
    frame = briefings(data_dir)
    for briefing, number in [("test_briefing", "0"), ("test_briefing", "5"), ("nowhere", "1"), ("test_briefing", "x")]:
        assert slide_at(frame, briefing, number) is None
    assert slide_at(frame, None, None) is None


def test_briefing_titles_list_each_briefing_once(data_dir):
    assert briefing_titles(briefings(data_dir)) == {"test_briefing": "A <b>test</b> briefing"}


def test_a_chart_scaled_for_the_screen_keeps_its_proportions():
    figure = apply_briefing_layout(
        go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), title="T", source="S", y_title="Y", plot_height=400
    )
    scaled = scaled_for_screen(figure, 1.5)
    assert scaled.layout.font.size == figure.layout.font.size * 1.5
    assert scaled.layout.title.font.size == figure.layout.title.font.size * 1.5
    assert scaled.layout.margin.t == round(figure.layout.margin.t * 1.5)
    grown_margins = scaled.layout.margin.t + scaled.layout.margin.b - figure.layout.margin.t - figure.layout.margin.b
    assert scaled.layout.height == figure.layout.height + grown_margins  # the plot area keeps its height
    source_note = scaled.layout.annotations[0]
    assert source_note.font.size == figure.layout.annotations[0].font.size * 1.5
    assert source_note.yshift == figure.layout.annotations[0].yshift * 1.5
    assert figure.layout.font.size != scaled.layout.font.size  # the original is untouched


def test_a_scaled_title_wraps_to_fit_the_narrowest_slide_and_the_plot_makes_room():
    title = "In which union would it be better for Belarusians to live – in the European Union or Russia? " * 2
    figure = apply_briefing_layout(go.Figure(go.Scatter(x=[1], y=[1])), title=title, plot_height=400)
    scaled = scaled_for_screen(figure, 1.5)
    lines = scaled.layout.title.text.removeprefix("<b>").removesuffix("</b>").split("<br>")
    # Bold Arial at 31.5 px: about 17 px a character, on a chart 1,360 px wide.
    assert max(len(line) for line in lines) * 0.55 * 21 * 1.5 <= 1360
    assert len(lines) > figure.layout.title.text.count("<br>") + 1
    assert " ".join(lines) == " ".join(title.split())  # nothing lost, nothing escaped twice
    plot = scaled.layout.height - scaled.layout.margin.t - scaled.layout.margin.b
    assert plot == figure.layout.height - figure.layout.margin.t - figure.layout.margin.b  # the plot keeps its height
    assert scaled.layout.margin.t > round(figure.layout.margin.t * 1.5)  # and the extra line its room


def test_a_view_changed_by_the_viewer_is_no_longer_the_slide(data_dir):
    slide = slide_at(briefings(data_dir), "test_briefing", "2")  # as_of=2014-06&site=base_a
    where = {"briefing": ["test_briefing"], "slide": ["2"], "present": ["1"]}
    assert shows_slide(slide, {**where, "as_of": ["2014-06"], "site": ["base_a"]})
    assert shows_slide(slide, {**where, "as_of": ["2014-06"]})  # a default the view left out
    assert not shows_slide(slide, {**where, "as_of": ["2016-01"], "site": ["base_a"]})  # moved the date
    assert not shows_slide(slide, {**where, "as_of": ["2014-06"], "q": ["Vileyka"]})  # searched


def test_a_state_pasted_with_its_path_still_reads():
    frame = pd.DataFrame(
        {
            "briefing": ["b"],
            "briefing_title": ["B"],
            "slide": [1],
            "view": ["map"],
            "state": ["/map?as_of=2014-06"],
            "title": ["t"],
            "notes": [pd.NA],
            "source_id": ["s"],
            "source_locator": ["p. 1"],
        }
    )
    (slide,) = slides_of(frame, "b")
    assert slide.state == {"as_of": ["2014-06"]}
    assert slide.source_locator == "p. 1"
