"""An editor updates a dataset in a real browser: sign in, upload, preview, publish, roll back."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from components.editing.attempts import FREE_TRIES
from tests.browser.updating import (
    PASSPHRASE,
    SITES,
    choose_dataset,
    drop_file,
    passphrase_app,
    publish,
    sign_in_with_passphrase,
    upload_csv,
)
from tools.harness import rerun_and_wait, wait_for_app


@pytest.fixture(scope="module")
def editor_app(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    with passphrase_app(tmp_path_factory.mktemp("editing")) as app:
        yield app


def sign_in(page: Page, url: str, passphrase: str = PASSPHRASE) -> None:
    sign_in_with_passphrase(page, url, passphrase)


def test_upload_preview_publish_and_roll_back(editor_app, watched_page):
    url, data = editor_app
    page, watch = watched_page
    live = data / "sites" / "sites.csv"
    original = live.read_bytes()
    sign_in(page, url)
    choose_dataset(page, SITES)

    edited = original.replace(b"Babruysk airbase", b"Babruysk air base")
    upload_csv(page, "sites.csv", edited)
    page.wait_for_selector("text=Rows changed")
    changed = page.locator("[data-testid='stMetric']", has_text="Rows changed")
    assert changed.locator("[data-testid='stMetricValue']").inner_text() == "1"
    assert live.read_bytes() == original  # the preview wrote nothing

    publish(page, "data/sites/sites.csv")
    assert live.read_bytes() == edited

    page.goto(f"{url}/map?as_of=2014-06")
    wait_for_app(page)
    # Every view shows the new version: the map's table of sites names it (the table draws after the script).
    page.get_by_text("Babruysk air base").first.wait_for(state="attached", timeout=15_000)

    sign_in(page, url)
    choose_dataset(page, SITES)
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Roll back to the version of").first.click())
    page.get_by_text("is back to the version of").wait_for()
    assert live.read_bytes() == original
    watch.assert_clean()


def test_a_file_over_the_size_limit_is_refused_with_a_message(editor_app, watched_page):
    url, _ = editor_app
    page, _ = watched_page
    sign_in(page, url)
    too_big = b"id,name\n" + b"x" * (21 * 1024 * 1024)
    drop_file(page, "big.csv", too_big)  # no rerun: the browser refuses it
    page.wait_for_selector("text=/must be 20(\\.0)? ?MB or smaller/", timeout=15_000)


def test_a_forged_forwarded_address_gets_no_fresh_tries(browser, tmp_path):
    """No proxy is configured, so an X-Forwarded-For header names nobody: every guess counts."""
    with passphrase_app(tmp_path) as (url, _data):
        for number in range(FREE_TRIES):
            context = browser.new_context(extra_http_headers={"X-Forwarded-For": f"203.0.113.{number}"})
            sign_in(context.new_page(), url, passphrase="a guess")
            context.close()
        context = browser.new_context(extra_http_headers={"X-Forwarded-For": "203.0.113.99"})
        page = context.new_page()
        page.goto(f"{url}/update_data")
        wait_for_app(page)
        expect(page.get_by_text(re.compile("^Too many wrong passphrases from this address"))).to_be_visible()
        expect(page.get_by_label("Editor passphrase")).to_have_count(0)
        context.close()
