"""Page load benchmark: each view's load time as a ratio to an empty Streamlit page.

    .venv/bin/python -m bench.run [--runs 5] [--out BENCHMARKS.md]

Starts three servers (an empty page, the app on the shipped data, the app on the
shipped data plus 100,000 synthetic sites, written to a temporary folder and never
to data/), opens each page in headless Chromium, and times navigation until the
script has finished, its output is on the page, the map canvas exists (on the Map
view) and no HTTP request is pending. Machines here are shared and noisy, so only
ratios measured in the same run mean anything.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from playwright.sync_api import Browser, Page, sync_playwright

from components.navigation import VIEWS
from components.repository import DEFAULT_DATA_DIR
from tools.harness import REPO, launch_chromium, streamlit_server, wait_for_app
from tools.screenshots import url_path

SYNTHETIC_SITES = 100_000
SETTLE_SECONDS = 0.25


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


def load_seconds(page: Page, url: str, wait_for_map: bool) -> float:
    pending: set[object] = set()
    page.on("request", lambda r: pending.add(r) if r.resource_type != "websocket" else None)
    page.on("requestfinished", lambda r: pending.discard(r))
    page.on("requestfailed", lambda r: pending.discard(r))
    started = time.perf_counter()
    page.goto(url)
    wait_for_app(page, timeout=120_000)
    if wait_for_map:
        page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=120_000)
    quiet_since = time.perf_counter()
    while time.perf_counter() - quiet_since < SETTLE_SECONDS:
        if pending:
            quiet_since = time.perf_counter()
        page.wait_for_timeout(25)
    return time.perf_counter() - started - SETTLE_SECONDS


def median_load(browser: Browser, url: str, runs: int, wait_for_map: bool = False) -> float:
    samples = []
    for attempt in range(runs + 1):
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        seconds = load_seconds(page, url, wait_for_map)
        page.close()
        if attempt:  # the first load warms the server's caches
            samples.append(seconds)
    return statistics.median(samples)


def run(runs: int) -> list[tuple[str, float, float]]:
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with streamlit_server(REPO / "bench" / "empty_app.py") as empty:
            baseline = median_load(browser, empty, runs)
        results.append(("Empty Streamlit page", baseline))
        with streamlit_server() as app:
            for view in VIEWS:
                is_map = view.path == "pages/map.py"
                results.append(
                    (f"{view.title} (shipped data)", median_load(browser, f"{app}/{url_path(view.path)}", runs, is_map))
                )
        big = data_with_synthetic_sites(Path(scratch) / "data")
        with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(big)}) as app:
            seconds = median_load(browser, f"{app}/map", runs, wait_for_map=True)
            results.append((f"Map ({SYNTHETIC_SITES:,} synthetic sites added)", seconds))
        browser.close()
    return [(name, seconds, seconds / baseline) for name, seconds in results]


def report(rows: list[tuple[str, float, float]], runs: int) -> str:
    machine = f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}; median of {runs} loads after one warm-up.",
        "",
        "| page | median load (s) | ratio to empty page |",
        "|---|---|---|",
        *[f"| {name} | {seconds:.2f} | {ratio:.2f} |" for name, seconds, ratio in rows],
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
