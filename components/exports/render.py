"""Print views as pages: photograph each in headless Chromium as a presenter shows it, lay the
pictures out with their text (sheets.py), and print one PDF (real text, not a picture of it)
and a PNG a page. Nothing leaves the machine: any request not served by this machine is refused
and the export fails, naming it. No Streamlit here: the handout tool and the app both call this.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Route, WebSocketRoute, sync_playwright

from components.exports.chromium import CHROMIUM, is_local, launch_chromium, wait_for_app, wait_until_drawn
from components.exports.sheets import Sheet, Stamp, sheets_html

SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080
# On paper the view's content only: no buttons, keyboard hints, folded controls or downloads.
PRINT_STYLE = """
.st-key-slide_bar button, .st-key-slide_bar a, [class*="st-key-view_controls"], .st-key-view_filters,
[data-testid="stDownloadButton"], [data-testid="stBaseButton-secondary"], [data-testid="stPopover"]
{ display: none !important; }
"""
# Pixels a millimetre on the PNGs of the pages (about 200 dpi: sharp on a projector and on paper).
PNG_SCALE = 2

Progress = Callable[[int, int, str], None]  # (done, of, what now)
# Browsers printing at once on this server: each is a Chromium of its own, and the machine
# that serves the app is the one that prints.
PRINTERS = threading.BoundedSemaphore(2)


@dataclass(frozen=True)
class Shot:
    url: str  # where Chromium opens the view (on this machine)
    sheet: Sheet
    whole_page: bool = False  # False: the first screen, as a presenter shows it


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    pngs: tuple[tuple[str, bytes], ...] = field(default_factory=tuple)  # (file name, bytes), one a page

    @cached_property
    def png_zip(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.pngs:
                archive.writestr(name, data)
        return buffer.getvalue()


class OutsideRequest(RuntimeError):
    pass


class Stopped(RuntimeError):
    """The reader moved on, or the export ran out of time: nothing more is photographed."""


def missing_for_exports() -> str | None:
    """What this machine lacks to print, in words a reader can act on; None when nothing."""
    if Path(CHROMIUM).exists():
        return None
    return (
        f"Exports need Chromium at {CHROMIUM}, which this machine does not have. Run `bash scripts/setup.sh` "
        "in the app's folder (it installs Debian's chromium), or set CHROMIUM_PATH to a Chromium, and start "
        "the app again."
    )


def _photograph(page: Page, shot: Shot) -> bytes:
    page.set_viewport_size({"width": SLIDE_WIDTH, "height": SLIDE_HEIGHT})
    page.goto(shot.url)
    wait_for_app(page)
    page.add_style_tag(content=PRINT_STYLE)
    wait_until_drawn(page)
    if shot.whole_page:
        # Streamlit scrolls inside its main pane: make the window as tall as the content.
        height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        if height > SLIDE_HEIGHT:
            page.set_viewport_size({"width": SLIDE_WIDTH, "height": height})
            wait_until_drawn(page)
    return page.screenshot()


def keep_offline(context: BrowserContext, outside: list[str]) -> None:
    """Every request and WebSocket of every page of the context stays on this machine; any
    other is refused and noted (popups and redirects included: they are the context's too)."""

    def requests(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def sockets(socket: WebSocketRoute) -> None:
        if is_local(socket.url):
            socket.connect_to_server()
        else:
            outside.append(socket.url)
            socket.close()

    context.route("**/*", requests)
    context.route_web_socket(lambda _url: True, sockets)


def print_sheets(
    shots: Sequence[Shot],
    stamp: Stamp,
    name: str,
    *,
    with_notes: bool = False,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> Printout:
    """Photograph every shot and print the pages; `name` starts each PNG's file name.
    `stop`, once set, ends the export before its next photograph (raises Stopped)."""
    tell = progress or (lambda done, of, what: None)
    steps = len(shots) + 1
    outside: list[str] = []
    if not PRINTERS.acquire(blocking=False):
        tell(0, steps, "Waiting for another export on this server to finish")
        PRINTERS.acquire()
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                camera = browser.new_context()
                keep_offline(camera, outside)
                page = camera.new_page()
                pictures = []
                for done, shot in enumerate(shots):
                    if stop is not None and stop.is_set():
                        raise Stopped("The export was stopped.")
                    tell(done, steps, f"Photographing {done + 1} of {len(shots)}: {shot.sheet.headline}")
                    pictures.append(_photograph(page, shot))
                if outside:
                    raise OutsideRequest(f"The views asked for addresses outside this machine: {sorted(set(outside))}")
                tell(len(shots), steps, "Printing the pages")
                document = sheets_html(pictures, [s.sheet for s in shots], stamp, with_notes=with_notes)
                paper = browser.new_context(device_scale_factor=PNG_SCALE, viewport={"width": 1100, "height": 780})
                keep_offline(paper, outside)
                printer = paper.new_page()
                printer.set_content(document)
                pdf = printer.pdf(prefer_css_page_size=True, print_background=True)
                sheets = printer.locator(".sheet")
                pngs = tuple(
                    (f"{name}_{n + 1:02d}.png", sheets.nth(n).screenshot(animations="disabled"))
                    for n in range(len(shots))
                )
            finally:
                browser.close()
    finally:
        PRINTERS.release()
    tell(steps, steps, "Done")
    return Printout(pdf=pdf, pngs=pngs)
