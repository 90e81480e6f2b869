"""Myths & Realities in headless Chromium: filter, search, the date control, a link into the map."""

import re

import pandas as pd
from playwright.sync_api import expect

from components.topics.myths import as_of_options, assessments_on
from components.topics.sites import month_end
from tools.harness import rerun_and_wait, wait_for_app

HEADINGS = "[data-testid='stMain'] [data-testid='stMarkdownContainer'] h4"
CLAIM = re.compile(r"^“")  # a card's heading is its claim, in quotes


def cards(page):
    return page.locator(HEADINGS).filter(has_text=CLAIM)


def test_filter_search_date_and_a_link_from_evidence_to_the_map(app_url, watched_page, shipped):
    page, watch = watched_page
    months = as_of_options(shipped.frame("myths"), shipped.frame("evidence"), shipped.frame("sources"))
    earliest_month = months[0]
    today = assessments_on(shipped.frame("myths"), pd.Timestamp(month_end(months[-1])))
    page.goto(f"{app_url}/myths")
    wait_for_app(page)
    everything = cards(page).count()

    not_a_myth = page.get_by_role("button", name="Not a myth")
    rerun_and_wait(page, lambda: not_a_myth.click())
    expect(cards(page)).to_have_count(int((today["verdict"] == "not_a_myth").sum()))
    assert "verdict=not_a_myth" in page.url
    rerun_and_wait(page, lambda: not_a_myth.click())  # and back to every verdict
    expect(cards(page)).to_have_count(everything)

    search = page.get_by_label("Search claims, findings and quotes")
    search.fill("Bobruisk")
    rerun_and_wait(page, lambda: search.press("Enter"))
    assert 0 < cards(page).count() < everything
    assert "q=Bobruisk" in page.url

    thumb = page.get_by_role("slider")
    rerun_and_wait(page, lambda: thumb.press("Home"))  # back to the earliest month known
    assert f"as_of={earliest_month}" in page.url
    rerun_and_wait(page, lambda: thumb.press("End"))  # and to today

    # On a slow machine the Map's first run used to reach the browser before it had moved to
    # /map, recording the map's address under /myths: an entry Back landed on. Slow it down.
    page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 6})
    link = page.get_by_role("link", name="On the map: Babruysk")
    rerun_and_wait(page, lambda: link.first.click())
    wait_for_app(page)
    assert "/map" in page.url and "site=babruysk_fighter_rotation_2014" in page.url
    assert "as_of=2014-03" in page.url, "the map at the date the evidence names, where the site is drawn"
    expect(page.get_by_text(re.compile(r"sites shown as of 2014-03"))).to_be_visible()
    expect(page.get_by_role("heading", name="Babruysk")).to_be_visible()
    expect(page.get_by_text("Bears on these myths")).to_be_visible()

    page.go_back()  # the reader returns to the search they came from
    wait_for_app(page)
    assert "/myths" in page.url and "q=Bobruisk" in page.url
    expect(page.get_by_label("Search claims, findings and quotes")).to_have_value("Bobruisk")
    # The page Back returns to redraws its cards after the address is restored: wait for them.
    expect(cards(page).first).to_be_visible()
    assert 0 < cards(page).count() < everything
    watch.assert_clean()


def on_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    viewport = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


def test_is_the_army_integrated_answered_on_the_first_screen(app_url, watched_page):
    """The analyst's question, as typed: the verdict, the reality and how current it is, unscrolled."""
    page, watch = watched_page
    page.goto(f"{app_url}/myths")
    wait_for_app(page)
    search = page.get_by_label("Search claims, findings and quotes")
    search.fill("integrated army")
    rerun_and_wait(page, lambda: search.press("Enter"))

    expect(cards(page)).to_have_count(1)
    card = page.get_by_role("tabpanel", name="Answers")
    claim = cards(page).first
    expect(claim).to_have_text("“Belarus is already an integral part of the Russian army”")
    verdict = card.get_by_text(re.compile(r"^Verdict today: In part a myth \(Marin 2020, assessed 2020-06\)"))
    reality = card.get_by_text(re.compile(r"^Highly interoperable but not integrated"))
    newer = card.get_by_text(re.compile(r"later findings support the claim"))
    for seen in (claim, card.get_by_text("In part a myth", exact=True), reality, verdict, newer):
        expect(seen).to_be_visible()
        assert on_first_screen(page, seen), "the answer must not need scrolling at 1440×900"
    watch.assert_clean()
