"""Headless Chromium that sees the app as a reader does, and never leaves the machine: shared by
the exports (handouts, view exports), the browser tests, the screenshot tool and the benchmark."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
APP_RUNNING = "[data-testid='stApp'][data-test-script-state='running']"
# What a page may load without leaving the machine: its own data, and loopback addresses.
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-error"}


def launch_chromium(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"Chromium not found at {CHROMIUM}. Install Debian's package: apt-get install chromium "
            "(or set CHROMIUM_PATH)."
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def is_local(url: str) -> bool:
    """Whether a request stays on this machine. A host is judged as an address, never by its
    spelling: 127.0.0.1.example.org is a name like any other, and leaves."""
    parsed = urlparse(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return True
    host = parsed.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait until the script has finished and its output is on the page."""
    page.wait_for_selector(APP_IDLE, timeout=timeout)
    page.wait_for_selector("[data-testid='stMain'] h1", timeout=timeout)


# Two animation frames after the last change: what the page has drawn is on the screen.
SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"
# Streamlit shows a skeleton while it loads the code of an element (a chart, the map).
ELEMENTS_LOADED = "() => !document.querySelector(\"[data-testid='stSkeleton']\")"
CHARTS_DRAWN = """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
    .every(chart => chart.querySelector('.main-svg'))"""
# A map has drawn once its borders, symbols and labels have arrived and it has stopped flying
# (the map component marks itself; they load after the script ends).
MAPS_LOADED = """() => [...document.querySelectorAll('.am-map')].every(map => map.dataset.state === 'drawn')"""


def wait_until_drawn(page: Page, timeout: float = 30_000) -> None:
    """Wait until what the script sent is drawn: every chart, every map with its borders and
    symbols, and the screen painted since. A state, not a time."""
    page.wait_for_function(ELEMENTS_LOADED, timeout=timeout)
    page.wait_for_function(CHARTS_DRAWN, timeout=timeout)
    page.wait_for_function(MAPS_LOADED, timeout=timeout)
    page.wait_for_function(SETTLED, timeout=timeout)
