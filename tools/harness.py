"""Drive the app in headless Chromium for the browser tests, the screenshot tool and the
benchmark (the browser itself, and how to wait for a drawn page, are the exports')."""

from __future__ import annotations

import contextlib

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from components.exports.chromium import (
    APP_IDLE,
    APP_RUNNING,
    CHROMIUM,
    CHROMIUM_ARGS,
    is_local,
    launch_chromium,
    wait_for_app,
    wait_until_drawn,
)

__all__ = [
    "APP_IDLE",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "is_local",
    "launch_chromium",
    "rerun_and_wait",
    "wait_for_app",
    "wait_until_drawn",
]


def rerun_and_wait(page: Page, action, timeout: float = 30_000) -> None:
    """Do something that reruns the script, then wait for that rerun to finish."""
    action()
    # The rerun may finish before this poll sees it running; the idle wait still holds.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_selector(APP_RUNNING, timeout=2_000)
    page.wait_for_selector(APP_IDLE, timeout=timeout)
