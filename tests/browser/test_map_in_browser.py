"""The Map view in headless Chromium: drawn offline, moves in time, answers a click."""

import io
import math
import re

from PIL import Image

from components.figures.palette import SIDE_COLOURS, rgb
from components.figures.site_map import INITIAL_VIEW, LAND
from tools.harness import rerun_and_wait, wait_for_app, wait_until_drawn

DECK = "[data-testid='stDeckGlJsonChart']"


def wait_for_map(page) -> None:
    wait_for_app(page)
    page.wait_for_selector(f"{DECK} canvas")
    wait_until_drawn(page)  # borders, symbols and fonts arrive after the script ends


def colours_on_map(page) -> set[tuple[int, int, int]]:
    image = Image.open(io.BytesIO(page.locator(DECK).first.screenshot())).convert("RGB")
    return {colour for _, colour in image.getcolors(maxcolors=1 << 24)}


def near(colour: list[int], colours: set[tuple[int, int, int]], tolerance: int = 6) -> bool:
    return any(all(abs(a - b) <= tolerance for a, b in zip(colour[:3], c, strict=True)) for c in colours)


def sites_shown(page) -> int:
    caption = page.get_by_text(re.compile(r"of \d+ sites shown as of")).inner_text()
    return int(caption.split(" of ")[0].replace(",", ""))


def screen_position(page, lon: float, lat: float) -> tuple[float, float]:
    """Where a place is drawn: Web Mercator at the map's starting view, centred in its canvas."""
    box = page.locator(f"{DECK} canvas").first.bounding_box()
    scale = 512 * 2 ** INITIAL_VIEW["zoom"] / (2 * math.pi)

    def project(lo, la):
        return scale * math.radians(lo), -scale * math.log(math.tan(math.pi / 4 + math.radians(la) / 2))

    x, y = project(lon, lat)
    cx, cy = project(INITIAL_VIEW["longitude"], INITIAL_VIEW["latitude"])
    return box["x"] + box["width"] / 2 + x - cx, box["y"] + box["height"] / 2 + y - cy


def test_map_draws_borders_and_sites_without_leaving_the_machine(app_url, watched_page):
    page, watch = watched_page
    loaded = []
    page.on("response", lambda r: loaded.append((r.url.split("/app/static/")[-1], r.status)))
    page.goto(f"{app_url}/map")
    wait_for_map(page)

    assert page.locator(f"{DECK} canvas").first.bounding_box()["width"] > 600
    assert ("geo/countries.geojson", 200) in loaded
    assert any(name.startswith("icons/") and status == 200 for name, status in loaded)
    colours = colours_on_map(page)
    assert near(LAND, colours), "land drawn from the shipped borders"
    assert near(rgb(SIDE_COLOURS["nato"]), colours), "NATO sites drawn"
    assert near(rgb(SIDE_COLOURS["russia"]), colours), "Russian sites drawn"
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


def test_clicking_a_site_shows_its_record_and_source(app_url, watched_page):
    page, watch = watched_page
    page.goto(f"{app_url}/map?q=Hantsavichi")
    wait_for_map(page)
    x, y = screen_position(page, 26.433, 52.767)
    page.mouse.move(x, y)  # the tooltip proves the symbol is drawn under the pointer
    page.locator(".deck-tooltip", has_text="Hantsavichi early-warning radar").wait_for()
    rerun_and_wait(page, lambda: page.mouse.click(x, y))

    details = page.locator("[data-testid='stMain']")
    details.get_by_text("Source", exact=True).wait_for()
    assert details.get_by_text(re.compile("Anaïs Marin")).count() >= 1
    assert "site=hantsavichi_radar" in page.url
    watch.assert_clean()
