"""What a user feels after the first load: interactions, and the server's memory per session."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page

from tools.harness import wait_for_app

ALL_DRAWN = """() => {
    const charts = [...document.querySelectorAll("[data-testid='stPlotlyChart']")];
    const maps = [...document.querySelectorAll(".am-map")];
    return charts.every(c => c.querySelector('.main-svg')) && maps.every(m => m.dataset.state === 'drawn');
}"""


# What the script wrote (text, captions, charts, download labels) has changed and the script
# is idle. Widgets are left out: a slider shows its new value before the rerun starts; and
# waiting for the "running" state instead would miss a rerun that ends before it is polled.
OUTPUT = """[data-testid='stMain'] :is([data-testid='stMarkdownContainer'], [data-testid='stCaptionContainer'],
    [data-testid='stPlotlyChart'], [data-testid='stDownloadButton'])"""
VIEW = f"() => [...document.querySelectorAll(`{OUTPUT}`)].map(e => e.textContent).join('|')"
CHANGED_AND_IDLE = f"""(before) => {{
    const app = document.querySelector("[data-testid='stApp']");
    const now = [...document.querySelectorAll(`{OUTPUT}`)].map(e => e.textContent).join('|');
    return now !== before && app.getAttribute('data-test-script-state') === 'notRunning';
}}"""


def interaction_seconds(page: Page, action: Callable[[], None]) -> float:
    """From the user's action until the view has changed, the rerun has ended and all has drawn."""
    before = page.evaluate(VIEW)
    started = time.perf_counter()
    action()
    page.wait_for_function(CHANGED_AND_IDLE, arg=before, timeout=120_000, polling=10)
    page.wait_for_function(ALL_DRAWN, timeout=120_000, polling=10)
    return time.perf_counter() - started


def median_interaction(browser: Browser, url: str, actions: tuple[Callable[[Page], None], ...], runs: int) -> float:
    """Open the page once, then repeat the actions in turn (e.g. one step back, one forward)."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url)
    wait_for_app(page, timeout=120_000)
    page.wait_for_function(ALL_DRAWN, timeout=120_000)
    samples = []
    for i in range(runs + 1):
        action = actions[i % len(actions)]
        samples.append(interaction_seconds(page, lambda action=action: action(page)))
    page.close()
    return statistics.median(samples[1:])


def server_memory_mb(url: str) -> float:
    """Resident memory of the Streamlit server listening on the URL's port, from /proc."""
    port = str(urlparse(url).port)
    for process in Path("/proc").iterdir():
        if not process.name.isdigit():
            continue
        try:
            arguments = (process / "cmdline").read_bytes().split(b"\0")
            status = (process / "status").read_text()
        except OSError:
            continue
        if b"tools.serve" in b" ".join(arguments) and port.encode() in arguments:
            kilobytes = next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]
            return int(kilobytes) / 1024
    raise RuntimeError(f"no Streamlit server found on port {port}")


def memory_with_sessions(browser: Browser, urls: list[str], sessions: int) -> float:
    """Server memory with this many browser sessions open, each on one of the views in turn."""
    contexts = []
    for i in range(sessions):
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        page.goto(urls[i % len(urls)])
        wait_for_app(page, timeout=120_000)
        contexts.append(context)
    time.sleep(2)
    memory = server_memory_mb(urls[0])
    for context in contexts:
        context.close()
    return memory
