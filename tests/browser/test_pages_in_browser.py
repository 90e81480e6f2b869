"""Every page in headless Chromium: renders, raises nothing, logs no error, stays offline."""

import pytest

from components.views import VIEWS
from tools.harness import wait_for_app, wait_until_drawn
from tools.servers import streamlit_server


@pytest.mark.parametrize("view", VIEWS, ids=[v.title for v in VIEWS])
def test_page_renders_offline_without_errors(app_url, watched_page, view):
    page, watch = watched_page
    page.goto(f"{app_url}/{view.url_path}")
    wait_for_app(page)

    heading = "Alliance Monitor" if view.path == "pages/home.py" else view.title
    assert page.locator("[data-testid='stMain'] h1").first.inner_text() == heading
    assert page.locator("[data-testid='stException']").count() == 0
    wait_until_drawn(page)  # late requests (fonts, images) still count
    watch.assert_clean()


def test_markup_in_data_is_shown_as_text(fixture_app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{fixture_app_url}/map")
    wait_for_app(page)

    footnote = page.locator("[data-testid='stCaptionContainer']", has_text="Sources").first
    assert "This <em>HTML</em> is escaped ![pixel](http://example.com/pixel.png) costs $1 and $2" in (
        footnote.inner_text()
    )
    assert footnote.locator("em, img, .katex").count() == 0
    watch.assert_clean()  # the image in the data was not fetched


def test_text_in_data_that_looks_like_map_code_is_shown_as_text(fixture_app_url, watched_page):
    """deck.gl's JSON reads strings starting "@@=" as expressions; a description must stay text."""
    page, watch = watched_page
    page.goto(f"{fixture_app_url}/map?site=efp_x")
    wait_for_app(page)
    page.wait_for_selector(".am-map[data-state='drawn']")
    box = page.locator(".am-map canvas").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator(".am-map-tooltip", has_text="Battlegroup X")
    tooltip.wait_for()
    assert "@@=name is text <i>too</i>." in tooltip.inner_text()
    watch.assert_clean()


def test_sources_page_links_rows_to_their_source(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/sources?source=sipri_milex_2025")
    wait_for_app(page)
    assert page.get_by_text("Military expenditure:").count() >= 1
    watch.assert_clean()


def test_a_deep_link_as_the_first_visit_shows_the_app_navigation(browser):
    """Streamlit reads a pages/ folder as a legacy app until st.navigation runs; tools.serve prevents it."""
    with streamlit_server() as fresh_url:
        page = browser.new_page()
        page.goto(f"{fresh_url}/sources")
        wait_for_app(page)
        navigation = page.locator("[data-testid='stSidebarNav']").inner_text()
        page.close()
    assert "Data status" in navigation
    assert "app" not in navigation.split()


def test_a_path_below_a_view_opens_that_view_not_a_blank_page(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map/extra/path?as_of=2020-06")
    wait_for_app(page)
    assert page.locator("[data-testid='stMain'] h1").first.inner_text() == "Map"
    assert page.url.endswith("/map?as_of=2020-06"), "the view, keeping the link's query"
    watch.assert_clean()


def test_a_very_long_link_opens_its_view(app_url, watched_page):
    """A search pasted many times over (100 KB of address) still reaches the view, which answers it."""
    page, watch = watched_page
    page.goto(f"{app_url}/map?q=" + "Babruysk%20" * 10_000)
    wait_for_app(page)
    assert page.locator("[data-testid='stMain'] h1").first.inner_text() == "Map"
    watch.assert_clean()
