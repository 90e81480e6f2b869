"""Page loads with many times the shipped data: every row of the main datasets copied,
with ids changed so that each copy is valid and distinct (written to a temporary folder).

    .venv/bin/python -m bench.scale [--factors 100 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

import pandas as pd
from playwright.sync_api import Browser, sync_playwright

from bench.run import load_seconds, median_load
from components.data.downloads import without_internal_columns
from components.data.repository import DEFAULT_DATA_DIR, load_repository
from components.views import VIEWS
from tools.harness import launch_chromium, wait_for_app
from tools.servers import REPO, streamlit_server

# The columns that make a copy distinct; evidence follows its myth's copy.
COPIED = {
    "sites": ("id",),
    "polls": ("question_id",),
    "budgets": ("iso3",),
    "myths": ("id",),
    "evidence": ("id", "myth_id"),
    "events": ("id",),
}
WARM_UP_SECONDS = 900  # the first load reads and validates every row


def scaled_data(target: Path, factor: int) -> Path:
    shutil.copytree(DEFAULT_DATA_DIR, target)
    repo = load_repository(DEFAULT_DATA_DIR)
    for name, columns in COPIED.items():
        frame = without_internal_columns(repo.frame(name))
        copies = [frame.assign(**{c: frame[c] + f"_x{k}" for c in columns}) for k in range(1, factor)]
        pd.concat(copies, ignore_index=True).to_csv(target / name / f"synthetic_x{factor}.csv", index=False)
    return target


def view_times(browser: Browser, base: str, runs: int) -> dict[str, float | None]:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(base)
    wait_for_app(page, timeout=WARM_UP_SECONDS * 1000)
    page.close()
    times: dict[str, float | None] = {}
    for view in VIEWS:
        samples = []
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            try:
                samples.append(load_seconds(page, f"{base}/{view.url_path}"))
            except Exception:  # a page that does not finish within the load timeout
                samples = []
                break
            finally:
                page.close()
        times[view.title] = statistics.median(samples) if samples else None
    return times


def scale_report(factors: list[int], runs: int) -> str:
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with streamlit_server(REPO / "bench" / "empty_app.py") as empty:
            baseline = median_load(browser, empty, runs)
        results = {}
        for factor in factors:
            data = scaled_data(Path(scratch) / f"x{factor}", factor)
            with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}) as app:
                results[factor] = view_times(browser, app, runs)
        browser.close()
    lines = [f"| view | {' | '.join(f'{f}× data' for f in factors)} |", "|---" * (len(factors) + 1) + "|"]
    for view in VIEWS:
        cells = []
        for factor in factors:
            seconds = results[factor][view.title]
            cells.append("did not finish" if seconds is None else f"{seconds:.2f} s ({seconds / baseline:.1f}×)")
        lines.append(f"| {view.title} | {' | '.join(cells)} |")
    lines.append(f"\nBaseline (empty page): {baseline:.2f} s; median of {runs} loads after a warm-up.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factors", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(scale_report(args.factors, args.runs))


if __name__ == "__main__":
    main()
