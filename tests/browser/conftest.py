"""A real Streamlit server and headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import FIXTURES
from tools.harness import is_local, launch_chromium
from tools.servers import streamlit_server

# Opening a sub-page URL directly, Streamlit's frontend first probes these under the
# page's path and logs their 404s: the framework's own, filtered by URL and nothing else.
FRAMEWORK_PROBES = ("/_stcore/health", "/_stcore/host-config")
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="session")
def fixture_app_url(tmp_path_factory) -> Iterator[str]:
    """The app serving the small test datasets, which hold markup that must stay text."""
    import shutil

    data = tmp_path_factory.mktemp("browser") / "data"
    shutil.copytree(FIXTURES / "valid", data)
    with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}) as url:
        yield url


@dataclass
class PageWatch:
    """What a page did that a user or a network administrator would object to."""

    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.outside_requests == [], "requests left the machine"
        assert self.page_errors == [], "uncaught errors in the page"
        assert self.console_errors == [], "errors in the browser console"


@pytest.fixture
def watched_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    watch = PageWatch()

    def on_request(request) -> None:
        if not is_local(request.url):
            watch.outside_requests.append(request.url)

    def on_console(message) -> None:
        if message.type != "error":
            return
        location = message.location.get("url", "") if message.location else ""
        if location.endswith(FRAMEWORK_PROBES) or ("404" in message.text and _is_probe(message.text)):
            return
        watch.console_errors.append(f"{message.text} ({location})")

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    yield page, watch
    context.close()


def _is_probe(text: str) -> bool:
    return any(probe in text for probe in FRAMEWORK_PROBES)
