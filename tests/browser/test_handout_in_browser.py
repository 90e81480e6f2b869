"""An editor builds a briefing by clicking, presents it and hands it out; any view exported
on paper leads back to itself and to the data it was drawn from."""

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from components.exports.render import keep_offline
from tests.browser.updating import PASSPHRASE, passphrase_app, sign_in_with_passphrase
from tools.harness import rerun_and_wait, wait_for_app

BRIEFING = "Handout test"
BRIEFING_ID = "handout_test"
PRINTING = 180_000  # Chromium started and every view photographed: a state awaited, up to this


@pytest.fixture(scope="module")
def editing_app(tmp_path_factory):
    with passphrase_app(tmp_path_factory.mktemp("handout")) as app:
        yield app


def open_view(page: Page, title: str) -> None:
    """Through the app's own navigation: a typed address would start a new, signed-out session."""
    link = page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=title, exact=True)
    rerun_and_wait(page, link.click)
    wait_for_app(page)


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_label(label, exact=True).click()
    page.get_by_role("option", name=option, exact=True).click()


def add_to_briefing(page: Page, headline: str, *, new: bool) -> None:
    page.get_by_role("button", name="Add to briefing").click()
    if new:
        choose(page, "Briefing", "A new briefing…")
        page.get_by_label("Title of the new briefing (for a new one)").fill(BRIEFING)
    else:
        choose(page, "Briefing", BRIEFING)
    page.get_by_label("Headline (the finding, in one sentence)").fill(headline)
    page.get_by_label("Speaker notes").fill(f"Notes for {headline}")
    page.get_by_label("Source of the headline").click()
    page.get_by_role("option").first.click()
    page.get_by_label("Where in the source (section, page, table)").fill("p. 9")
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Add as the last slide").click())
    expect(page.get_by_text(f"Added this view to “{BRIEFING}” as its last slide")).to_be_visible()


def pdf_pages(data: bytes) -> list[str]:
    """Each page's text, with the line breaks of the layout taken out (a long address wraps)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def footer_version(page_text: str) -> str:
    found = re.search(r"Dataversion(\d{4}[0-9-]*\.[0-9a-f]{8})", page_text)
    assert found, "the page names its data version"
    return found.group(1)


def assert_version_resolves(page: Page, version: str) -> None:
    open_view(page, "Data status")
    box = page.get_by_label("Look up a data version (as printed)")
    rerun_and_wait(page, lambda: box.fill(version) or box.press("Enter"))
    expect(page.get_by_text(f"{version} was live from")).to_be_visible()


def test_an_editor_builds_presents_and_hands_out_a_briefing(editing_app, watched_page):
    url, _data = editing_app
    page, watch = watched_page
    page.set_viewport_size({"width": 1920, "height": 1080})
    sign_in_with_passphrase(page, url, PASSPHRASE)
    headlines = {"Map": "Sites on the map", "Polls": "What Belarusians answer", "Budgets": "What they spend"}
    for n, (view, headline) in enumerate(headlines.items()):
        open_view(page, view)
        add_to_briefing(page, headline, new=n == 0)

    open_view(page, "Briefings")
    page.locator(f".st-key-edit_slides_{BRIEFING_ID} summary").click()
    rerun_and_wait(page, page.locator(f".st-key-up_{BRIEFING_ID}_3 button").click)
    expect(page.get_by_text("Slide 3 (“What they spend”) moved up")).to_be_visible()
    order = ["Sites on the map", "What they spend", "What Belarusians answer"]

    briefing = page.locator(f".st-key-briefing_{BRIEFING_ID}")
    rerun_and_wait(page, briefing.get_by_role("link", name="Present from the first slide").click)
    for n, headline in enumerate(order):
        page.wait_for_selector(f"h1:has-text({headline!r})")
        assert f"slide {n + 1} of 3" in page.locator("[data-testid='stMain']").inner_text()
        if n < 2:
            rerun_and_wait(page, lambda: page.keyboard.press("PageDown"))
    rerun_and_wait(page, lambda: page.keyboard.press("Escape"))

    open_view(page, "Briefings")
    briefing = page.locator(f".st-key-briefing_{BRIEFING_ID}")
    rerun_and_wait(page, briefing.get_by_text("With speaker notes").click)
    rerun_and_wait(page, briefing.get_by_role("button", name="Make the handout").click, timeout=PRINTING)
    with page.expect_download() as download:
        briefing.get_by_role("button", name="Download handout (PDF)").click()
    pages = pdf_pages(download.value.path().read_bytes())
    assert len(pages) == 3
    for text, headline, view in zip(pages, order, ["map", "budgets", "polls"], strict=True):
        assert squeezed(headline) in text
        assert "Sources" in text and "p.9" in text  # the source line with its locator
        assert squeezed(f"Notes for {headline}") in text
        assert re.search(rf"{re.escape(squeezed(url))}/{view}\?", text), "the address that opens the slide's view"
        assert re.search(r"Exported\d{4}-\d{2}-\d{2}\d{2}:\d{2}UTC", text)
    versions = {footer_version(text) for text in pages}
    assert len(versions) == 1
    with page.expect_download() as download:
        briefing.get_by_role("button", name="Download the slides (PNG, zip)").click()
    assert download.value.suggested_filename == f"{BRIEFING_ID}_slides.zip"
    assert_version_resolves(page, versions.pop())
    watch.assert_clean()


@pytest.mark.parametrize("view", ["Map", "Polls", "Budgets", "Myths & Realities"])
def test_an_exported_view_leads_back_to_itself_and_its_data(editing_app, watched_page, view):
    url, _data = editing_app
    page, watch = watched_page
    page.goto(url)
    wait_for_app(page)
    open_view(page, view)
    slug = page.url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
    page.get_by_role("button", name="Export this view").click()
    rerun_and_wait(page, page.get_by_role("button", name="Make PDF and PNG").click, timeout=PRINTING)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download this view (PDF)").click()
    (text,) = pdf_pages(download.value.path().read_bytes())
    assert re.search(rf"{re.escape(squeezed(url))}/{slug}\b", text)
    assert re.search(r"Exported\d{4}-\d{2}-\d{2}", text)
    with page.expect_download() as picture:
        page.get_by_role("button", name="Download this view (PNG)").click()
    assert picture.value.path().read_bytes().startswith(b"\x89PNG")
    assert_version_resolves(page, footer_version(text))
    watch.assert_clean()


def test_a_printed_page_cannot_reach_outside_the_machine(browser):
    """The guard the exports put on every page: requests and WebSockets to any other host
    are refused and named, whatever their spelling."""
    outside: list[str] = []
    context = browser.new_context()
    keep_offline(context, outside)
    page = context.new_page()
    page.set_content(
        '<img src="http://127.0.0.1.example.invalid/leak.png">'
        "<script>window.socket = new WebSocket('ws://example.invalid/socket');</script>"
    )
    page.wait_for_function("() => window.socket.readyState === WebSocket.CLOSED")
    context.close()
    assert "http://127.0.0.1.example.invalid/leak.png" in outside
    assert "ws://example.invalid/socket" in outside
