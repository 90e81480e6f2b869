"""Load test: many browser sessions at once, opening views and changing their controls.

    .venv/bin/python -m bench.load [--sessions 20] [--seconds 60] [--replicas N]

With --replicas, the sessions go through nginx to N replicas (tools/replicas.py), as
`scripts/serve.sh --replicas N` serves the app.

Each session, for the given time, opens the views in turn (starting at a different one)
and makes one change on each view that has a control to change. Reports how many page
loads and changes were made, every error seen (an exception shown by the app, an uncaught
error in the page, a timeout) and the median and 95th-percentile page time.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager

from playwright.async_api import Page, async_playwright

from components.views import VIEWS
from tools.harness import APP_IDLE, CHROMIUM, CHROMIUM_ARGS
from tools.replicas import running_replicas
from tools.servers import streamlit_server

# One change per view, made as a user would (the same controls the benchmark times).
CHANGES = {
    "map": lambda page: page.get_by_role("slider").first.press("ArrowLeft"),
    "polls": lambda page: page.get_by_role("button", name="age 18-24").click(),
    "budgets": lambda page: page.get_by_text("Share of GDP", exact=True).click(),
    "myths": lambda page: page.get_by_role("button", name="Not a myth").click(),
}
# Where each view is opened: Polls at a question asked of subgroups (its first tab tracks topics).
ADDRESSES = {"polls": "polls?question=marin_fig2_union_eu_or_russia"}
# Twenty browsers and the server share this machine's cores: be patient before calling it an error.
TIMEOUT_MS = 120_000


async def settle(page: Page) -> None:
    await page.wait_for_selector(APP_IDLE, timeout=TIMEOUT_MS)
    await page.wait_for_selector("[data-testid='stMain'] h1", timeout=TIMEOUT_MS)


async def session(number: int, base: str, browser, deadline: float, times: list[float], errors: list[str]) -> int:
    context = await browser.new_context(viewport={"width": 1440, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.on("pageerror", lambda error: errors.append(f"session {number}: page error {error}"))
    changes = 0
    step = number
    while time.monotonic() < deadline:
        path = VIEWS[step % len(VIEWS)].url_path
        step += 1
        try:
            started = time.perf_counter()
            await page.goto(f"{base}/{ADDRESSES.get(path, path)}")
            await settle(page)
            times.append(time.perf_counter() - started)
            if path in CHANGES:
                await CHANGES[path](page)
                await page.wait_for_timeout(200)
                await settle(page)
                changes += 1
            if await page.locator("[data-testid='stException']").count():
                errors.append(f"session {number}: exception shown on /{path}")
        except Exception as error:  # a timeout or a vanished element is what this test looks for
            errors.append(f"session {number}: /{path}: {type(error).__name__}: {str(error).splitlines()[0]}")
    await context.close()
    return changes


@contextmanager
def served(replicas: int) -> Iterator[str]:
    if replicas:
        with running_replicas(replicas) as running:
            yield running.url
    else:
        with streamlit_server() as base:
            yield base


async def run(sessions: int, seconds: float, replicas: int = 0) -> str:
    times: list[float] = []
    errors: list[str] = []
    with served(replicas) as base:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            deadline = time.monotonic() + seconds
            changes = await asyncio.gather(
                *(session(n, base, browser, deadline, times, errors) for n in range(sessions))
            )
            await browser.close()

    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else float("nan")
    lines = [
        f"{sessions} sessions for {seconds:.0f} s"
        + (f" through nginx to {replicas} replicas" if replicas else " on one server process")
        + f": {len(times)} page loads, {sum(changes)} control changes, "
        f"{len(errors)} errors; page time median {statistics.median(times):.2f} s, p95 {p95:.2f} s.",
        *errors[:20],
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--replicas", type=int, default=0, help="through nginx to this many app processes")
    args = parser.parse_args()
    print(asyncio.run(run(args.sessions, args.seconds, args.replicas)))


if __name__ == "__main__":
    main()
