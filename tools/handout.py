"""A briefing's handout: every slide as a PNG (as presented, with its source lines) and one PDF.

    .venv/bin/python -m tools.handout paper_argument handouts/

Runs the app locally and photographs each slide in headless Chromium; nothing leaves
the machine. Needs the test setup (Playwright and Debian's chromium).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from PIL import Image
from playwright.sync_api import Browser, Page, sync_playwright

from components.data.repository import data_dir_from_environment, load_repository
from components.topics.briefings import briefing_titles, slide_address, slides_of
from tools.harness import is_local, launch_chromium, wait_for_app, wait_until_drawn
from tools.servers import streamlit_server

SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080
# On paper the slide's content only: no buttons, keyboard hints, folded controls or downloads.
HANDOUT_STYLE = """
.st-key-slide_bar button, .st-key-slide_bar a, [class*="st-key-view_controls"], .st-key-view_filters,
[data-testid="stDownloadButton"], [data-testid="stBaseButton-secondary"] { display: none !important; }
"""


def _photograph(page: Page, url: str, target: Path) -> None:
    page.set_viewport_size({"width": SLIDE_WIDTH, "height": SLIDE_HEIGHT})
    page.goto(url)
    wait_for_app(page)
    page.add_style_tag(content=HANDOUT_STYLE)
    wait_until_drawn(page)
    # Streamlit scrolls inside its main pane: make the window as tall as the slide's content,
    # so the source lines under a chart or map are in the picture.
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    if height > SLIDE_HEIGHT:
        page.set_viewport_size({"width": SLIDE_WIDTH, "height": height})
        wait_until_drawn(page)
    page.screenshot(path=target)


def make_handout(browser: Browser, base_url: str, briefings: pd.DataFrame, briefing: str, out_dir: Path) -> list[Path]:
    """Photograph every slide of the briefing into out_dir; write <briefing>.pdf beside them."""
    slides = slides_of(briefings, briefing)
    if not slides:
        raise ValueError(f"No briefing named '{briefing}'. Known: {', '.join(briefing_titles(briefings))}")
    out_dir.mkdir(parents=True, exist_ok=True)
    pictures = []
    page = browser.new_page()
    outside: list[str] = []
    # Offline by construction: a request for anything not served by the local app is refused.
    page.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else _refuse(route, outside))
    for slide in slides:
        target = out_dir / f"{briefing}_slide_{slide.number:02d}.png"
        _photograph(page, f"{base_url}/{slide_address(slide)}", target)
        pictures.append(target)
    page.close()
    if outside:
        raise RuntimeError(f"The slides asked for addresses outside this machine: {outside}")
    images = [Image.open(p).convert("RGB") for p in pictures]
    images[0].save(out_dir / f"{briefing}.pdf", save_all=True, append_images=images[1:], resolution=150)
    for image in images:
        image.close()
    return pictures


def _refuse(route, outside: list[str]) -> None:
    outside.append(route.request.url)
    route.abort()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("briefing", help="the briefing's id (the briefing column of data/briefings/*.csv)")
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("handouts"))
    args = parser.parse_args()
    briefings = load_repository(data_dir_from_environment(), remember=False).frame("briefings")
    if args.briefing not in briefing_titles(briefings):
        parser.error(f"no briefing named '{args.briefing}'; known: {', '.join(briefing_titles(briefings))}")
    with streamlit_server() as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        pictures = make_handout(browser, url, briefings, args.briefing, args.out_dir)
        browser.close()
    print(f"{len(pictures)} slides and {args.briefing}.pdf in {args.out_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
