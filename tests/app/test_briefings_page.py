"""Briefings and presenter mode as a presenter meets them, run by AppTest."""

from components.data.text import literal
from components.topics.briefings import slides_of
from components.views import BRIEFINGS, POLLS
from tests.app.opening import open_view


def test_the_briefings_view_lists_each_briefing_and_its_slides(test_data):
    app = open_view(BRIEFINGS.path)
    assert not app.exception
    assert app.subheader[0].value == "A \\<b\\>test\\</b\\> briefing"  # markup from data stays text
    slides = app.dataframe[0].value
    assert list(slides["headline"]) == [
        "The <i>ally</i> myth",
        "Fighters at Babruysk in 2014",
        "Which union: the answers",
        "Spending as a share of GDP",
    ]
    assert list(slides["view"]) == ["Myths & Realities", "Map", "Polls", "Budgets"]


def test_a_slide_address_opens_its_view_in_its_state_under_its_headline(test_data):
    app = open_view(BRIEFINGS.path, briefing="test_briefing", slide="2", present="1")
    assert not app.exception
    assert app.title[0].value == "Fighters at Babruysk in 2014"
    assert app.query_params["as_of"] == "2014-06"
    assert app.query_params["site"] == "base_a"
    assert app.query_params["present"] == "1"
    assert any("slide 2 of 4" in m.value for m in app.markdown)
    assert list(app.dataframe[0].value["Id"]) == ["base_a"]


def test_the_first_and_last_slides_cannot_step_out_of_the_briefing(test_data):
    first = open_view(BRIEFINGS.path, briefing="test_briefing", slide="1")
    assert first.title[0].value == literal("The <i>ally</i> myth")  # a headline from data stays text
    assert next(b for b in first.button if b.label == "Previous").disabled
    last = open_view(BRIEFINGS.path, briefing="test_briefing", slide="4")
    assert next(b for b in last.button if b.label == "Next").disabled


def test_speaker_notes_show_in_their_own_view_as_text(test_data):
    app = open_view(BRIEFINGS.path, briefing="test_briefing", slide="1", notes="1")
    assert app.title[0].value == "Speaker notes"
    texts = [m.value for m in app.markdown]
    assert "Say that \\<script\\>alert\\(1\\)\\</script\\> is text\\." in texts
    assert "**Next:** Fighters at Babruysk in 2014" in texts
    next(b for b in app.button if b.label == "Next notes").click().run()
    assert app.header[0].value == "Fighters at Babruysk in 2014"


def test_presenter_mode_has_an_exit_on_the_page(test_data):
    presenting = open_view(POLLS.path, present="1")
    exit_button = next(b for b in presenting.button if b.label == "Exit presenter mode")
    exit_button.click().run()
    assert "present" not in presenting.query_params


def test_an_address_naming_no_slide_shows_the_list(test_data):
    app = open_view(BRIEFINGS.path, briefing="test_briefing", slide="9")
    assert app.title[0].value == BRIEFINGS.title


def test_every_shipped_slide_opens_in_presenter_mode_without_an_error(shipped):
    """What the audience sees on each slide of the shipped briefing: its view, never a traceback."""
    for slide in slides_of(shipped.frame("briefings"), "paper_argument"):
        app = open_view(BRIEFINGS.path, briefing="paper_argument", slide=str(slide.number), present="1")
        assert not app.exception, f"slide {slide.number} ({slide.view}) shows an error"
