"""A presenter steps through the shipped briefing on a shared screen, in a real browser."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from components.data.repository import load_repository
from components.topics.briefings import Slide, slides_of
from tests.conftest import FIXTURES
from tools.harness import rerun_and_wait, wait_for_app

ROOT = Path(__file__).resolve().parents[2]
CHROME = ["stSidebar", "stHeader", "stToolbar", "stMainMenu", "stStatusWidget", "stExpandSidebarButton"]


@pytest.fixture(scope="module")
def shipped_slides(shipped) -> list[Slide]:
    return slides_of(shipped.frame("briefings"), "paper_argument")


def expect_no_chrome(page) -> None:
    """No Streamlit chrome shows. The presenter style arrives with the script's first output,
    so this waits (as Playwright's expect does) for what the audience sees to settle."""
    for test_id in CHROME:
        expect(page.locator(f"[data-testid='{test_id}']").filter(visible=True)).to_have_count(0)


def font_size(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")


def test_stepping_through_the_shipped_briefing_in_presenter_mode(app_url, watched_page, shipped_slides):
    page, watch = watched_page
    page.set_viewport_size({"width": 1920, "height": 1080})
    assert len(shipped_slides) >= 8
    page.goto(f"{app_url}/briefings?briefing=paper_argument&slide=1&present=1")
    wait_for_app(page)
    for slide in shipped_slides:
        page.wait_for_selector(f"h1:has-text({slide.title[:40]!r})")
        assert page.locator("h1").first.inner_text() == slide.title
        assert f"slide {slide.number} of {slide.count}" in page.locator("[data-testid='stMain']").inner_text()
        expect_no_chrome(page)
        assert font_size(page, "h1") >= 40
        assert font_size(page, "[data-testid='stMain'] [data-testid='stCaptionContainer']") >= 20  # the source line
        assert f"/{slide.view}?" in page.url and "present=1" in page.url
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        assert page.locator("[data-testid='stPlotlyChart'] .modebar").count() == 0, "no chart toolbar on a slide"
        for folded in page.locator("[class*='st-key-view_controls'] summary, .st-key-view_filters summary").all():
            box = folded.bounding_box()
            assert box is None or box["height"] <= 40, "folded controls take one thin line"
        if not slide.is_last:
            rerun_and_wait(page, lambda: page.keyboard.press("PageDown"))
    watch.assert_clean()


def test_speaker_notes_open_beside_the_slide(app_url, watched_page, shipped_slides):
    page, watch = watched_page
    slide = shipped_slides[1]
    page.goto(f"{app_url}/briefings?briefing=paper_argument&slide=2&present=1")
    wait_for_app(page)
    with page.context.expect_page() as notes_tab:
        page.get_by_role("link", name="Speaker notes").click()
    notes = notes_tab.value
    wait_for_app(notes)
    assert notes.locator("h1").first.inner_text() == "Speaker notes"
    assert slide.notes[:60] in notes.locator("[data-testid='stMain']").inner_text()
    assert page.locator("h1").first.inner_text() == slide.title  # the audience's tab is unchanged

    rerun_and_wait(page, lambda: page.keyboard.press("PageDown"))  # the presenter moves on
    notes.wait_for_selector(f"h2:has-text({shipped_slides[2].title[:40]!r})", timeout=10_000)  # the notes follow
    watch.assert_clean()


def test_presenter_mode_goes_on_from_the_sidebar_and_off_with_escape(app_url, watched_page):
    page, watch = watched_page
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{app_url}/polls")
    wait_for_app(page)
    body_size = font_size(page, "html")
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Presenter mode").click())
    page.wait_for_url("**present=1**")
    page.wait_for_selector("[data-testid='stSidebar']", state="hidden")
    expect_no_chrome(page)
    assert font_size(page, "html") >= body_size * 1.4
    assert font_size(page, "[data-testid='stCaptionContainer']") >= 20
    # On a smaller shared screen the type keeps its share of the width, so the slide keeps its layout.
    page.set_viewport_size({"width": 1440, "height": 900})
    assert font_size(page, "html") == pytest.approx(1440 * 24 / 1920, rel=0.02)
    page.set_viewport_size({"width": 1920, "height": 1080})

    chart_title = page.locator("[data-testid='stPlotlyChart'] .gtitle").first
    assert float(chart_title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 24  # Plotly scaled too

    rerun_and_wait(page, lambda: page.keyboard.press("Escape"))
    page.wait_for_selector("[data-testid='stSidebar']", state="visible")
    assert "present=1" not in page.url
    watch.assert_clean()


def test_changing_a_slide_s_view_hides_its_headline_until_back(app_url, watched_page, shipped_slides):
    page, watch = watched_page
    slide = shipped_slides[4]  # a map at a date
    assert slide.view == "map"
    page.goto(f"{app_url}/briefings?briefing=paper_argument&slide=5&present=1")
    wait_for_app(page)
    page.get_by_text("Controls of this view").click()
    rerun_and_wait(page, lambda: page.get_by_label("Find a site").fill("Vileyka") or page.keyboard.press("Enter"))
    assert page.locator("h1").first.inner_text() == "Map"  # the slide's claim no longer describes the view
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Back to the slide as set").click())
    page.wait_for_selector(f"h1:has-text({slide.title[:40]!r})")
    watch.assert_clean()


def test_the_handout_tool_prints_every_slide_as_a_page_and_a_picture(tmp_path):
    """As an analyst runs it from the command line (it starts the app and a browser of its own)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data)
    out = tmp_path / "handouts"
    command = [sys.executable, "-m", "tools.handout", "test_briefing", str(out), "--notes"]
    env = {**os.environ, "ALLIANCE_MONITOR_DATA_DIR": str(data)}
    subprocess.run(command, check=True, env=env, cwd=ROOT, timeout=300)
    slides = slides_of(load_repository(data, remember=False).frame("briefings"), "test_briefing")
    assert sorted(p.name for p in out.glob("*.png")) == [f"test_briefing_slide_0{n}.png" for n in (1, 2, 3, 4)]
    for picture in out.glob("*.png"):
        with Image.open(picture) as image:
            assert image.width > image.height  # an A4 landscape page
    pages = [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(out / "test_briefing.pdf").pages]
    assert len(pages) == len(slides) == 4
    for text, slide in zip(pages, slides, strict=True):
        assert re.sub(r"\s+", "", slide.title) in text  # the markup in the fixture's headlines printed as text
        assert re.sub(r"\s+", "", slide.notes) in text
