"""Page load benchmark: each view's load time as a ratio to an empty Streamlit page.

    .venv/bin/python -m bench.run [--runs 5] [--out BENCHMARKS.md]

Starts the baselines (an empty page; a page holding one trivial Plotly chart, the
baseline for views with charts), the app on the shipped data and the app on the
shipped data plus 100,000 synthetic sites (written to a temporary folder, never to
data/). Opens each page in headless Chromium and times navigation until the script
has finished, every chart and map has drawn and no HTTP request is pending.
Machines here are shared and noisy, so only ratios measured in the same run mean
anything.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import re
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from bench.sessions import ALL_DRAWN, median_interaction, memory_with_sessions
from components.data.repository import DEFAULT_DATA_DIR
from components.views import VIEWS
from tools.harness import launch_chromium, wait_for_app
from tools.servers import REPO, streamlit_server

SYNTHETIC_SITES = 100_000
SETTLE_SECONDS = 0.25
SETTLE_LIMIT_SECONDS = 30


def synthetic_sites(count: int, seed: int = 0) -> pd.DataFrame:
    """Sites spread over the map's frame, valid against the sites schema."""
    rng = np.random.default_rng(seed)
    sides = np.array(["russia", "belarus", "nato", "other"])
    categories = np.array(["airbase", "air_defence", "radar", "ground_forces", "headquarters", "battlegroup"])
    return pd.DataFrame(
        {
            "id": [f"synthetic_{i}" for i in range(count)],
            "name": [f"Synthetic site {i}" for i in range(count)],
            "side": rng.choice(sides, count),
            "category": rng.choice(categories, count),
            "country": "BLR",
            "lat": rng.uniform(47, 60, count).round(4),
            "lon": rng.uniform(14, 40, count).round(4),
            "start_date": rng.integers(1995, 2024, count).astype(str),
            "end_date": "",
            "status": "active",
            "description": "Synthetic benchmark row.",
            "source_id": "marin2020",
        }
    )


def data_with_synthetic_sites(target: Path) -> Path:
    shutil.copytree(DEFAULT_DATA_DIR, target)
    synthetic_sites(SYNTHETIC_SITES).to_csv(target / "sites" / "synthetic.csv", index=False)
    return target


def load_seconds(page: Page, url: str) -> float:
    pending: set[str] = set()
    # Only requests to the server count; blob: and data: URLs are the page's own memory.
    # A request is done at its response: a web worker's requests report no "finished" event.
    page.on("request", lambda r: pending.add(r.url) if r.url.startswith("http") else None)
    page.on("response", lambda r: pending.discard(r.url))
    page.on("requestfailed", lambda r: pending.discard(r.url))
    started = time.perf_counter()
    page.goto(url)
    wait_for_app(page, timeout=120_000)
    page.wait_for_function(ALL_DRAWN, timeout=120_000)
    quiet_since = time.perf_counter()
    deadline = quiet_since + SETTLE_LIMIT_SECONDS
    while time.perf_counter() - quiet_since < SETTLE_SECONDS:
        if pending:
            quiet_since = time.perf_counter()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{url}: requests still pending after {SETTLE_LIMIT_SECONDS} s: {sorted(pending)}")
        page.wait_for_timeout(25)
    return time.perf_counter() - started - SETTLE_SECONDS


def median_load(browser: Browser, url: str, runs: int) -> float:
    samples = []
    for attempt in range(runs + 1):
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        seconds = load_seconds(page, url)
        page.close()
        if attempt:  # the first load warms the server's caches
            samples.append(seconds)
    return statistics.median(samples)


CHART_VIEWS = {"pages/polls.py", "pages/budgets.py"}


@dataclass
class Result:
    page: str
    seconds: float
    baseline: str
    ratio: float


def next_slide(page: Page) -> None:
    page.get_by_role("button", name=re.compile("^Next")).click()


def previous_slide(page: Page) -> None:
    page.get_by_role("button", name=re.compile("^Previous")).click()


# Interactions a user makes, each as a pair of actions that undo each other.
INTERACTIONS = (
    (
        "Map: move the date control one month",
        "map",
        (lambda page: page.get_by_role("slider").first.press("ArrowLeft"),
         lambda page: page.get_by_role("slider").first.press("ArrowRight")),
    ),
    (
        "Polls: add and remove a subgroup",
        "polls?question=marin_fig2_union_eu_or_russia",  # a question asked of the 18-24s too
        (lambda page: page.get_by_role("button", name="age 18-24").click(),),
    ),
    (
        "Budgets: change the measure",
        "budgets",
        (lambda page: page.get_by_text("Share of GDP", exact=True).click(),
         lambda page: page.get_by_text("Current US$", exact=True).click()),
    ),
    (
        "Myths: filter by a verdict and back",
        "myths",
        (lambda page: page.get_by_role("button", name="Not a myth").click(),),
    ),
    # A presenter's steps (the slide bar's Next and Previous, which a clicker's Page Down and
    # Page Up press): slides 5 and 6 of the shipped briefing are both Map slides, slide 2 is
    # on Myths and slide 3 on the Map.
    (
        "Slides: step between two Map slides",
        "briefings?briefing=paper_argument&slide=5&present=1",
        (next_slide, previous_slide),
    ),
    (
        "Slides: step from a Myths slide to a Map slide and back",
        "briefings?briefing=paper_argument&slide=2&present=1",
        (next_slide, previous_slide),
    ),
)  # fmt: skip
SESSIONS = 20


@dataclass
class Report:
    loads: list[Result]
    interactions: list[Result]
    memory_mb: dict[int, float]


def run(runs: int) -> Report:
    loads: list[Result] = []
    interactions: list[Result] = []
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        baselines = {}
        for name, script in (("empty page", "empty_app.py"), ("one-chart page", "plotly_app.py")):
            with streamlit_server(REPO / "bench" / script) as url:
                baselines[name] = median_load(browser, url, runs)
            loads.append(Result(f"Baseline: {name}", baselines[name], name, 1.0))
        with streamlit_server(REPO / "bench" / "rerun_app.py") as url:
            rerun = median_interaction(
                browser, url, (lambda page: page.get_by_role("button", name="Rerun").click(),), runs
            )
        interactions.append(Result("Baseline: a trivial rerun", rerun, "trivial rerun", 1.0))

        def measure(label: str, url: str, baseline: str) -> None:
            seconds = median_load(browser, url, runs)
            loads.append(Result(label, seconds, baseline, seconds / baselines[baseline]))

        with streamlit_server() as app:
            views = [f"{app}/{view.url_path}" for view in VIEWS]
            memory = {count: memory_with_sessions(browser, views, count) for count in (1, SESSIONS)}
            for view, url in zip(VIEWS, views, strict=True):
                baseline = "one-chart page" if view.path in CHART_VIEWS else "empty page"
                measure(f"{view.title} (shipped data)", url, baseline)
            for label, path, actions in INTERACTIONS:
                try:
                    seconds = median_interaction(browser, f"{app}/{path}", actions, runs)
                except PlaywrightTimeout:  # reported as such, and the other figures still measured
                    seconds = math.nan
                interactions.append(Result(label, seconds, "trivial rerun", seconds / rerun))
        big = data_with_synthetic_sites(Path(scratch) / "data")
        with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(big)}) as app:
            measure(f"Map ({SYNTHETIC_SITES:,} synthetic sites added)", f"{app}/map", "empty page")
        browser.close()
    return Report(loads, interactions, memory)


def table(results: list[Result], what: str) -> list[str]:
    return [
        f"| {what} | median (s) | ratio | measured against |",
        "|---|---|---|---|",
        *[
            f"| {r.page} | {r.seconds:.2f} | {r.ratio:.2f} | {r.baseline} |"
            if not math.isnan(r.seconds)
            else f"| {r.page} | did not finish within 120 s | – | {r.baseline} |"
            for r in results
        ],
    ]


def report(results: Report, runs: int) -> str:
    machine = f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    one, many = results.memory_mb[1], results.memory_mb[SESSIONS]
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}; medians of {runs} after one warm-up.",
        "",
        *table(results.loads, "page load"),
        "",
        *table(results.interactions, "interaction"),
        "",
        "| server memory | MB |",
        "|---|---|",
        f"| 1 open session | {one:.0f} |",
        f"| {SESSIONS} open sessions | {many:.0f} |",
        f"| per extra session | {(many - one) / (SESSIONS - 1):.1f} |",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the table to this Markdown file too")
    args = parser.parse_args()
    text = report(run(args.runs), args.runs)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
