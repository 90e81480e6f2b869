"""The Map view in headless Chromium: drawn offline, points at its subject, keeps its view in the address."""

import csv
import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from components.figures.basemap import LAND
from components.figures.palette import SIDE_COLOURS, rgb
from components.figures.site_map import FOCUS
from tools.harness import rerun_and_wait, wait_for_app, wait_until_drawn

MAP = ".am-map"
HANTSAVICHI = (52.767, 26.433)


def wait_for_map(page) -> None:
    wait_for_app(page)
    page.wait_for_selector(f"{MAP} canvas")
    wait_until_drawn(page)  # borders, symbols and fonts arrive after the script ends


def map_image(page) -> Image.Image:
    return Image.open(io.BytesIO(page.locator(MAP).first.screenshot())).convert("RGB")


def near(colour: list[int], colours: set[tuple[int, int, int]], tolerance: int = 6) -> bool:
    return any(all(abs(a - b) <= tolerance for a, b in zip(colour[:3], c, strict=True)) for c in colours)


def colours_in(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.getcolors(maxcolors=1 << 24)}


def centre_colours(page, half: int = 24) -> set[tuple[int, int, int]]:
    image = map_image(page)
    x, y = image.width // 2, image.height // 2
    return colours_in(image.crop((x - half, y - half, x + half, y + half)))


def shown_view(page) -> tuple[float, float, float]:
    lat, lon, zoom = page.locator(MAP).get_attribute("data-view").split(",")
    return float(lat), float(lon), float(zoom)


def sites_shown(page) -> int:
    caption = page.get_by_text(re.compile(r"of \d+ sites shown as of")).inner_text()
    return int(caption.split(" of ")[0].replace(",", ""))


def on_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= height


def test_map_draws_borders_and_sites_without_leaving_the_machine(app_url, watched_page):
    page, watch = watched_page
    loaded = []
    page.on("response", lambda r: loaded.append((r.url.split("/app/static/")[-1].split("?")[0], r.status)))
    page.goto(f"{app_url}/map")
    wait_for_map(page)

    assert page.locator(f"{MAP} canvas").first.bounding_box()["width"] > 600
    assert ("geo/countries.geojson", 200) in loaded and ("deck_map/deck_map.js", 200) in loaded
    assert any(name.startswith("icons/") and status == 200 for name, status in loaded)
    colours = colours_in(map_image(page))
    assert near(LAND, colours), "land drawn from the shipped borders"
    assert near(rgb(SIDE_COLOURS["nato"]), colours), "NATO sites drawn"
    assert near(rgb(SIDE_COLOURS["russia"]), colours), "Russian sites drawn"
    assert "lat=" not in page.url, "opening the map writes no view of its own into the address"
    watch.assert_clean()


def test_the_date_control_changes_which_sites_show(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?as_of=2013-06")
    wait_for_map(page)
    in_2013 = sites_shown(page)
    assert page.get_by_text("Babruysk airfield").count() == 0

    thumb = page.locator("[data-testid='stSlider'] input[type='range']").first
    thumb.focus()
    for _ in range(12):  # one year later, a month per key press
        rerun_and_wait(page, lambda: thumb.press("ArrowRight"))
    wait_until_drawn(page)
    assert sites_shown(page) != in_2013
    assert "as_of=2014-06" in page.url
    assert page.get_by_text("Babruysk airfield (Russian fighter rotation, 2014)").count() >= 1
    watch.assert_clean()


def test_clicking_a_site_shows_its_record_and_rings_it(app_url, watched_page):
    page, watch = watched_page
    lat, lon = HANTSAVICHI
    page.goto(f"{app_url}/map?q=Hantsavichi&lat={lat}&lon={lon}&zoom=7")
    wait_for_map(page)
    box = page.locator(f"{MAP} canvas").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)  # the tooltip proves the symbol is drawn under the pointer
    page.locator(".am-map-tooltip", has_text="Hantsavichi early-warning radar").wait_for()
    rerun_and_wait(page, lambda: page.mouse.click(x, y))
    wait_until_drawn(page)

    details = page.locator("[data-testid='stMain']")
    details.get_by_text("Source", exact=True).wait_for()
    assert details.get_by_text(re.compile("Anaïs Marin")).count() >= 1
    assert "site=hantsavichi_radar" in page.url and "lat=" not in page.url
    assert near(FOCUS, centre_colours(page)), "the clicked site is ringed"
    watch.assert_clean()


@pytest.mark.parametrize(("width", "height"), [(1440, 900), (1920, 1080)])
@pytest.mark.parametrize("presenting", [False, True])
def test_a_link_to_a_site_centres_rings_and_names_it_beside_its_record(app_url, browser, width, height, presenting):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{app_url}/map?site=hantsavichi_radar" + ("&present=1" if presenting else ""))
    wait_for_map(page)

    lat, lon, _ = shown_view(page)
    assert (lat, lon) == pytest.approx(HANTSAVICHI, abs=0.05), "centred on the site"
    assert near(FOCUS, centre_colours(page)), "ringed"
    record = page.locator("[data-testid='stMain'] h3", has_text="Hantsavichi early-warning radar")
    legend = page.locator(".am-map-legend")
    assert on_first_screen(page, record), "the record beside the map"
    assert on_first_screen(page, legend) and legend.get_attribute("open") is not None, "the legend on screen"
    assert on_first_screen(page, page.locator(MAP))
    context.close()


def test_a_panned_and_zoomed_view_survives_in_its_address(app_url, browser, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?region=baltic_states")
    wait_for_map(page)
    before = shown_view(page)
    box = page.locator(f"{MAP} canvas").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 180, y + 90, steps=10)
    page.mouse.up()
    page.wait_for_function("() => new URL(location.href).searchParams.has('lat')")
    page.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(
        "(zoom) => Number(new URL(location.href).searchParams.get('zoom')) > zoom + 0.5", arg=before[2]
    )
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    wait_until_drawn(page)
    moved = shown_view(page)
    assert moved[1] > before[1] + 0.5, "dragged west to east: the map looks further east"
    address = page.url

    fresh = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    fresh.goto(address)
    wait_for_map(fresh)
    assert shown_view(fresh) == pytest.approx(moved, abs=0.01)
    assert fresh.url == address, "the fresh page keeps the address as it was"
    fresh.context.close()
    watch.assert_clean()


def test_the_wheel_scrolls_the_page_unless_ctrl_is_held(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?region=belarus")
    wait_for_map(page)
    before = shown_view(page)
    box = page.locator(f"{MAP} canvas").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    scrolled = page.evaluate("() => document.querySelector(\"[data-testid='stMain']\").scrollTop")
    page.mouse.wheel(0, 400)
    page.locator(".am-map-hint.am-visible", has_text="Ctrl").wait_for()
    page.wait_for_function("(top) => document.querySelector(\"[data-testid='stMain']\").scrollTop > top", arg=scrolled)
    assert shown_view(page)[2] == before[2], "the map did not zoom"

    box = page.locator(f"{MAP} canvas").first.bounding_box()  # the page has scrolled under the pointer
    page.mouse.move(box["x"] + box["width"] / 2, max(box["y"], 0) + 200)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    page.wait_for_function(
        "(zoom) => Number(document.querySelector('.am-map').dataset.view.split(',')[2]) > zoom", arg=before[2]
    )
    watch.assert_clean()


def test_range_rings_and_compare_mode_are_in_the_address_and_the_legend(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?as_of=2025-12&compare=2021-12&region=belarus")
    wait_for_map(page)
    legend = page.locator(".am-map-legend")
    assert legend.get_by_text("Appeared since the earlier month").count() == 1
    assert legend.get_by_text(re.compile("Stated maximum range")).count() == 1
    page.get_by_text(re.compile("What changed between 2021-12 and 2025-12")).wait_for()
    counts = page.get_by_text(re.compile(r"\d+ appeared, \d+ ended")).inner_text()
    assert int(counts.split(" appeared")[0]) > 0, "the listed changes (their rows: tests/app)"

    page.get_by_role("button", name=re.compile("Filters & compare")).click()
    rerun_and_wait(page, lambda: page.get_by_text("Range rings", exact=True).click())
    wait_until_drawn(page)
    assert "rings=0" in page.url
    assert legend.get_by_text(re.compile("Stated maximum range")).count() == 0
    watch.assert_clean()


def test_the_home_button_shows_every_site_and_keeps_that_view_in_the_address(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?site=hantsavichi_radar")
    wait_for_map(page)
    focused = shown_view(page)
    page.get_by_role("button", name="Show every site").click()
    page.wait_for_function(
        "(zoom) => Number(new URL(location.href).searchParams.get('zoom')) < zoom - 1", arg=focused[2]
    )
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    wait_until_drawn(page)
    lat, lon, _ = shown_view(page)
    assert 50 < lat < 60 and 20 < lon < 30, "framed on the flank, not the radar"
    assert "site=hantsavichi_radar" in page.url, "the record stays the subject beside the map"
    watch.assert_clean()


def test_the_sites_download_reads_as_a_table_for_a_reader(app_url, watched_page):
    """What the NATO presence was in mid-2023, downloaded for a note: in words, each row cited."""
    page, watch = watched_page
    page.goto(f"{app_url}/map?as_of=2023-06&side=nato")
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile(r"Download these [\d,]+ rows \(CSV\)")).first.click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows and list(rows[0])[:5] == ["Name", "Other spellings", "Side", "Category", "Country"]
    assert {row["Side"] for row in rows} == {"NATO"}
    assert "Lithuania" in {row["Country"] for row in rows} and "Battlegroup" in {row["Category"] for row in rows}
    assert all(row["Source"] and row["Source"] != row["Source id"] for row in rows)
    watch.assert_clean()


def test_searching_bobruisk_on_todays_map_leads_to_babruysk_in_2014(app_url, watched_page):
    """The placeholder's own example, typed as a reader spells it: the map says where it is."""
    page, watch = watched_page
    page.goto(f"{app_url}/map")
    wait_for_map(page)
    search = page.get_by_label("Find a site")
    search.fill("Bobruisk")
    rerun_and_wait(page, lambda: search.press("Enter"))
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(re.compile(r"1 more match(es)? the search at other dates"))).to_be_visible()
    rerun_and_wait(page, lambda: main.get_by_role("button", name="Show it in 2014-03").click())
    wait_until_drawn(page)
    expect(main.get_by_text("Babruysk airfield (Russian fighter rotation, 2014)").first).to_be_visible()
    assert "as_of=2014-03" in page.url and "site=babruysk_fighter_rotation_2014" in page.url
    assert near(FOCUS, centre_colours(page)), "the site found is ringed at the map's centre"
    watch.assert_clean()


# Every "… sites shown as of YYYY-MM" the page draws, in order: which months the audience saw.
RECORD_MONTHS_DRAWN = """
(() => {
  window.__monthsDrawn = [];
  new MutationObserver(() => {
    const caption = [...document.querySelectorAll('[data-testid=stCaptionContainer]')]
      .map(c => c.innerText.match(/sites shown as of (\\d{4}-\\d{2})/)).find(Boolean);
    const drawn = window.__monthsDrawn;
    if (caption && drawn[drawn.length - 1] !== caption[1]) drawn.push(caption[1]);
  }).observe(document, {subtree: true, childList: true, characterData: true});
})();
"""


def test_the_time_lapse_draws_each_year_and_the_address_keeps_where_it_stopped(app_url, browser, watched_page):
    page, watch = watched_page
    page.add_init_script(RECORD_MONTHS_DRAWN)
    page.goto(f"{app_url}/map?as_of=2013-06&region=belarus")
    wait_for_map(page)
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Play").click())
    page.wait_for_function("() => window.__monthsDrawn.includes('2016-06')", timeout=60_000)
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Stop").click())
    page.get_by_role("button", name="Play").wait_for()

    drawn = page.evaluate("window.__monthsDrawn")
    assert drawn[: drawn.index("2016-06") + 1] == ["2013-06", "2014-06", "2015-06", "2016-06"], (
        "a year a step, each drawn"
    )
    stopped = page.evaluate("() => new URL(location.href).searchParams.get('as_of')")
    assert stopped >= "2016-06" and stopped.endswith("-06")
    fresh = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    fresh.goto(page.url)  # the stopped month, as a link
    wait_for_map(fresh)
    expect(fresh.get_by_text(f"sites shown as of {stopped}", exact=False)).to_be_visible()
    expect(fresh.get_by_role("button", name="Play")).to_be_visible()  # a link never plays by itself
    fresh.context.close()
    watch.assert_clean()
