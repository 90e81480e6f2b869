"""Export this view and Make the handout, where the machine cannot print: the reader is told
what is missing and how to add it, and the view stays as it was. (Printing itself is tested
in the browser: tests/browser/test_handout_in_browser.py.)"""

import pytest

from components.views import BRIEFINGS, MAP
from tests.app.opening import open_view

NO_CHROMIUM = "/nonexistent/chromium"


@pytest.fixture
def no_chromium(monkeypatch):
    monkeypatch.setattr("components.exports.render.CHROMIUM", NO_CHROMIUM)


def errors(app) -> list[str]:
    return [e.value for e in app.error]


def test_every_view_offers_its_export(test_data):
    app = open_view(MAP.path)
    assert any(b.label == "Make PDF and PNG" for b in app.button)


def test_an_export_without_chromium_says_what_is_missing_and_keeps_the_view(test_data, no_chromium):
    app = open_view(MAP.path, as_of="2014-06")
    title = app.title[0].value
    next(b for b in app.button if b.label == "Make PDF and PNG").click().run()
    assert not app.exception
    (message,) = errors(app)
    assert NO_CHROMIUM in message and "bash scripts/setup.sh" in message
    assert app.title[0].value == title and app.query_params["as_of"] == "2014-06"
    assert not [d for d in app.get("download_button") if "this view" in d.label]


def test_the_handout_without_chromium_says_what_is_missing(test_data, no_chromium):
    app = open_view(BRIEFINGS.path)
    next(b for b in app.button if b.label == "Make the handout").click().run()
    assert not app.exception
    assert any(NO_CHROMIUM in message for message in errors(app))
    assert not [d for d in app.get("download_button") if "handout" in d.label]
