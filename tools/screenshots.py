"""Screenshots of every view at the sizes a shared screen uses.

python -m tools.screenshots [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from components.navigation import VIEWS
from tools.harness import launch_chromium, streamlit_server, wait_for_app

SIZES = ((1440, 900), (1920, 1080))


def url_path(view_path: str) -> str:
    name = Path(view_path).stem
    return "" if name == "home" else name


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with streamlit_server() as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for width, height in SIZES:
            page = browser.new_page(viewport={"width": width, "height": height})
            for view in VIEWS:
                page.goto(f"{base}/{url_path(view.path)}")
                wait_for_app(page)
                page.wait_for_timeout(3500)  # let charts, map symbols and fonts finish drawing
                target = out_dir / f"{Path(view.path).stem}_{width}x{height}.png"
                page.screenshot(path=str(target))
                print(target)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
