"""Polls and Budgets in headless Chromium: charts drawn, controls answer, exports work offline."""

import shutil

import pytest
from playwright.sync_api import expect

from tests.conftest import FIXTURES
from tools.harness import rerun_and_wait, wait_for_app
from tools.servers import streamlit_server

CHART = "[data-testid='stPlotlyChart']"
SHOWN_CHART = f"{CHART}:visible"  # the charts of the open tab


def wait_for_charts(page) -> None:
    wait_for_app(page)
    page.wait_for_selector(f"{SHOWN_CHART} .main-svg .gtitle")


def chart_title(page, index: int = 0) -> str:
    return page.locator(f"{CHART} .gtitle").nth(index).text_content()


def choose_in_selectbox(page, label: str, text: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.click()
    box.fill(text)
    rerun_and_wait(page, lambda: page.keyboard.press("Enter"))


def test_how_opinion_on_a_union_with_russia_against_the_eu_changed(app_url, watched_page):
    """The analyst's question, answered on the first screen of Polls: pick the topic, read."""
    page, watch = watched_page
    page.goto(f"{app_url}/polls")
    wait_for_charts(page)
    choose_in_selectbox(page, "Topic", "Russia or the EU")
    chart = page.locator(SHOWN_CHART).first
    expect(chart.locator(".gtitle")).to_contain_text("Russia or the EU: which union Belarusians would choose")
    legend = chart.locator(".legend")
    for pollster in ("IISEPS", "BAW"):
        expect(legend).to_contain_text(f"Union with Russia · {pollster}")
        expect(legend).to_contain_text(f"The EU · {pollster}")
    expect(chart).to_contain_text("95% margin of error")
    box, screen = chart.locator(".legend").bounding_box(), page.viewport_size
    assert box and screen and box["y"] + box["height"] <= screen["height"]  # the whole legend on the first screen
    watch.assert_clean()


def test_choosing_a_poll_question_and_a_subgroup(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/polls")
    wait_for_charts(page)
    rerun_and_wait(page, lambda: page.get_by_role("tab", name="One question").click())
    choose_in_selectbox(page, "Question", "If there was a referendum on Belarus joining")
    assert "referendum on Belarus joining the EU" in page.locator(f"{SHOWN_CHART} .gtitle").first.text_content()
    assert "question=iiseps_eu_referendum" in page.url

    rerun_and_wait(page, lambda: page.get_by_role("link", name="The paper's Fig. 2").click())
    legend = page.locator(f"{SHOWN_CHART} .legend").first
    expect(legend).to_contain_text("European Union (age 18-24)")
    assert "subgroup=age+18-24" in page.url
    rerun_and_wait(page, lambda: page.get_by_role("button", name="age 18-24").click())  # unselect
    expect(legend).not_to_contain_text("age 18-24")
    assert "subgroup" not in page.url
    watch.assert_clean()


def test_from_a_link_to_one_question_the_tracker_tab_stays_open_and_back_returns(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/polls?question=iiseps_eu_referendum")
    wait_for_charts(page)
    expect(page.get_by_role("tab", name="One question")).to_have_attribute("aria-selected", "true")
    rerun_and_wait(page, lambda: page.get_by_role("tab", name="Topics across pollsters").click())
    choose_in_selectbox(page, "Topic", "Russia or the EU")  # the first topic: the default
    expect(page.get_by_role("tab", name="Topics across pollsters")).to_have_attribute("aria-selected", "true")
    assert "tab=topics" in page.url
    page.go_back()
    wait_for_charts(page)
    expect(page.get_by_role("tab", name="One question")).to_have_attribute("aria-selected", "true")
    assert "referendum on Belarus joining the EU" in page.locator(f"{SHOWN_CHART} .gtitle").first.text_content()
    watch.assert_clean()


def test_a_chart_exports_as_a_png_offline(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/polls?question=marin_fig1_relations_with_russia")
    wait_for_charts(page)
    page.locator(SHOWN_CHART).first.hover()
    with page.expect_download() as download:
        page.locator(f"{SHOWN_CHART} .modebar-btn[data-title='Download plot as a PNG']").first.click()
    saved = download.value.path()
    assert download.value.suggested_filename.endswith(".png")
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    watch.assert_clean()


def test_choosing_a_budget_measure_and_countries(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/budgets")
    wait_for_charts(page)
    assert "Belarus, Lithuania, Latvia, Estonia" in chart_title(page)
    rerun_and_wait(page, lambda: page.get_by_text("Share of GDP", exact=True).click())
    assert page.locator(f"{CHART} .ytitle").first.text_content() == "percent of GDP"
    choose_in_selectbox(page, "Countries (type a name)", "Russia")
    assert "Russia" in chart_title(page)
    assert "metric=share_of_gdp_pct" in page.url and "country=RUS" in page.url
    watch.assert_clean()


def test_belarus_against_lithuania_and_poland_share_of_gdp_2014_to_2024(app_url, watched_page):
    """A colleague's link to Belarus and Lithuania's share of GDP since 2014, then Poland from
    the short list: the answer on the first screen, three lines in three colours, whole legend."""
    page, watch = watched_page
    page.goto(f"{app_url}/budgets?country=BLR&country=LTU&metric=share_of_gdp_pct&years=2014&years=2024")
    wait_for_charts(page)
    sidebar = page.get_by_test_id("stSidebar")
    rerun_and_wait(page, lambda: sidebar.get_by_role("button", name="Poland", exact=True).click())

    chart = page.locator(CHART).first
    legend = chart.locator(".legend").first
    expect(legend).to_contain_text("Belarus — as quoted by Marin 2020")
    entries = [t.strip() for t in legend.locator(".traces .legendtext").all_text_contents()]
    assert entries[:3] == ["Belarus", "Lithuania", "Poland"]
    colours = {
        legend.locator(".traces").nth(i).locator(".js-line").first.evaluate("e => e.style.stroke") for i in range(3)
    }
    assert len(colours) == 3
    assert chart.locator(".ytitle").first.text_content() == "percent of GDP"
    ticks = chart.locator(".xtick text").all_text_contents()
    assert (ticks[0], ticks[-1]) == ("2014", "2024")
    assert legend.bounding_box()["y"] + legend.bounding_box()["height"] <= page.viewport_size["height"]
    assert "country=POL" in page.url
    watch.assert_clean()


@pytest.fixture
def droppable_app(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data)
    with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}) as url:
        yield url, data


def test_a_dropped_poll_file_shows_on_the_next_page_load(droppable_app, watched_page):
    url, data = droppable_app
    page, watch = watched_page
    page.goto(f"{url}/polls")
    wait_for_charts(page)
    (data / "polls" / "new_wave.csv").write_text(
        "date,pollster,question_id,question,answer,percent,subgroup,sample_size,source_id\n"
        "2021-05,New pollster,q_new,Should Belarus host Russian troops?,No,61.5,all,1000,paper\n",
        encoding="utf-8",
    )
    page.goto(f"{url}/polls?question=q_new")
    wait_for_charts(page)
    assert "Should Belarus host Russian troops?" in chart_title(page)
    watch.assert_clean()
