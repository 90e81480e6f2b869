"""Screenshots of every view at the sizes a shared screen uses.

python -m tools.screenshots [OUT_DIR] [--views map polls] [--full-page] [--query 'a=1&b=2']
python -m tools.screenshots [OUT_DIR] --briefing paper_argument   (every slide, as presented)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from components.data.repository import data_dir_from_environment, load_repository
from components.topics.briefings import slide_address, slides_of
from components.views import VIEWS
from tools.harness import launch_chromium, wait_for_app, wait_until_drawn
from tools.servers import streamlit_server

SIZES = ((1440, 900), (1920, 1080))


def _addresses(views: list[str], query: str, briefing: str | None) -> dict[str, str]:
    """File stem -> relative address: each chosen view, or each slide of the briefing."""
    if briefing:
        slides = slides_of(load_repository(data_dir_from_environment(), remember=False).frame("briefings"), briefing)
        return {f"{briefing}_slide_{s.number:02d}": slide_address(s) for s in slides}
    chosen = [v for v in VIEWS if not views or v.slug in views]
    return {v.slug: v.url_path + (f"?{query}" if query else "") for v in chosen}


def main(out_dir: Path, views: list[str], full_page: bool, query: str = "", briefing: str | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    addresses = _addresses(views, query, briefing)
    with streamlit_server() as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for width, height in SIZES:
            page = browser.new_page(viewport={"width": width, "height": height})
            for stem, address in addresses.items():
                page.goto(f"{base}/{address}")
                wait_for_app(page)
                wait_until_drawn(page)
                target = out_dir / f"{stem}_{width}x{height}.png"
                if full_page:  # the app scrolls inside its main block, so grow the window to fit it
                    tall = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
                    page.set_viewport_size({"width": width, "height": max(height, tall)})
                    wait_until_drawn(page)
                page.screenshot(path=str(target))
                page.set_viewport_size({"width": width, "height": height})
                print(target)
            page.close()
        browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--views", nargs="*", default=[], help="file stems of the views (default: all)")
    parser.add_argument("--full-page", action="store_true", help="the whole scrolling page, not the first screen")
    parser.add_argument("--query", default="", help="query string to open the views with, e.g. metric=share_of_gdp_pct")
    parser.add_argument("--briefing", help="a briefing's id: every slide as presented, instead of the views")
    args = parser.parse_args()
    main(args.out_dir, args.views, args.full_page, args.query, args.briefing)
