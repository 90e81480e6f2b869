"""Paper from the app: "Export this view" on every view, and a briefing's handout on Briefings.

Both photograph the view(s) as presented, on this server, in headless Chromium (exports/),
while a progress bar says which; what is made stays in the session for its download buttons,
offered only while it still shows what the reader has in front of them. Every page carries
the address that leads back, the export time and the data version.
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from urllib.parse import urlencode

import streamlit as st

from components.data.repository import Repository
from components.data.text import literal
from components.exports.render import Printout, Shot, missing_for_exports, print_sheets
from components.exports.sheets import Sheet, Stamp
from components.exports.shots import handout_prefix, slide_shots
from components.topics.briefings import PRESENT_PARAM, Slide, state_of
from components.ui.slide_bar import address_query
from components.views import BRIEFINGS, HOME, View

MADE = "_exports"  # session: export key -> (what it shows, the printout), for the download buttons
# How long an export may take before it is given up: Chromium's start, then each page.
START_SECONDS, SECONDS_PER_PAGE = 30, 45


def _server_root() -> str:
    """This server as Chromium on the same machine reaches it (a replica photographs itself)."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"http://127.0.0.1:{st.get_option('server.port')}" + (f"/{base}" if base else "")


def _public_root(view: View) -> str:
    """The app's address as the reader's browser has it (behind a proxy, the proxy's)."""
    url = (st.context.url or _server_root()).rstrip("/")
    suffix = f"/{view.url_path}"
    return url.removesuffix(suffix) if view is not HOME else url


def _address(root: str, view: View, state: str) -> str:
    return f"{root}/{view.url_path}" + (f"?{state}" if state else "")


def _presented(address: str) -> str:
    return address + ("&" if "?" in address else "?") + urlencode({PRESENT_PARAM: "1"})


def _print(shots: list[Shot], stamp: Stamp, name: str, *, with_notes: bool = False) -> Printout | None:
    """Print with a progress bar; None (and the reason on the page) when it could not be done.
    If the reader moves on meanwhile (a click reruns the script), the printing stops too."""
    missing = missing_for_exports()
    if missing:
        st.error(missing, icon=":material/print_disabled:")
        return None
    steps: queue.Queue[tuple[int, int, str]] = queue.Queue()
    stop = threading.Event()
    allowed = START_SECONDS + SECONDS_PER_PAGE * len(shots)
    deadline = time.monotonic() + allowed
    bar = st.progress(0.0, text="Starting the browser that photographs the views…")
    # Playwright's browser runs in a worker thread of its own; the script thread moves the bar.
    worker = ThreadPoolExecutor(max_workers=1)
    job = worker.submit(
        print_sheets,
        shots,
        stamp,
        name,
        with_notes=with_notes,
        progress=lambda done, of, what: steps.put((done, of, what)),
        stop=stop,
    )
    try:
        while not job.done() and time.monotonic() < deadline:
            try:
                done, of, what = steps.get(timeout=0.25)
            except queue.Empty:
                continue
            bar.progress(done / of, text=literal(what))
        if not job.done():
            raise TimeoutError(f"it took longer than {allowed} seconds")
        return job.result()
    except Exception as error:  # the browser failed, a view asked for the outside world, or time ran out
        st.error(literal(f"The export could not be made: {error}"), icon=":material/error:")
        return None
    finally:
        stop.set()  # a worker still photographing stops before its next page
        worker.shutdown(wait=False, cancel_futures=True)
        bar.empty()


def _stamp(repo: Repository) -> Stamp:
    return Stamp(exported_at=datetime.now(UTC), data_version=repo.data_version)


def _made(key: str, shows: str) -> Printout | None:
    """What was made under this key, if it shows what it would show if made now."""
    made = st.session_state.get(MADE, {}).get(key)
    return made[1] if made and made[0] == shows else None


def _keep(key: str, shows: str, printout: Printout | None) -> None:
    if printout:
        st.session_state.setdefault(MADE, {})[key] = (shows, printout)


def _view_shot(repo: Repository, view: View, headline: str, slide: Slide | None) -> Shot:
    """The view as it is now; on a slide, the slide itself under its headline with its sources
    (its notes stay off paper)."""
    if slide is not None:
        (shot,) = slide_shots([slide], repo.frame("sources"), _server_root(), _public_root(view), whole_page=True)
        return shot
    state = state_of(view, address_query())
    return Shot(
        url=_presented(_address(_server_root(), view, state)),
        sheet=Sheet(headline=headline, address=_address(_public_root(view), view, state)),
        whole_page=True,
    )


def export_view(repo: Repository, view: View, headline: str, slide: Slide | None) -> None:
    """A one-page PDF and a PNG of this view as it is now (of the slide, when it is one), with the footer."""
    with st.popover("Export this view", icon=":material/download:"):
        st.caption(
            "A page with this view as presented, its address, the time and the data version: "
            "PDF (text you can search and copy) and PNG."
        )
        key = f"export_{view.slug}"
        clicked = st.button("Make PDF and PNG", icon=":material/print:", key=key)
        if not clicked and key not in st.session_state.get(MADE, {}):
            return  # nothing to make or offer: the shot is not worked out on every run
        shot = _view_shot(repo, view, headline, slide)
        shows = repr((shot, repo.data_version))
        if clicked:
            _keep(key, shows, _print([shot], _stamp(repo), view.slug))
        printout = _made(key, shows)
        if printout:
            st.download_button(
                "Download this view (PDF)", printout.pdf, f"{view.slug}.pdf", "application/pdf", key=f"{key}_pdf"
            )
            name, png = printout.pngs[0]
            st.download_button("Download this view (PNG)", png, name, "image/png", key=f"{key}_png")


def handout(repo: Repository, slides: list[Slide]) -> None:
    """The briefing on paper: a page a slide, as presented, with its headline, sources and footer."""
    briefing = slides[0].briefing
    key = f"handout_{briefing}"
    with st.container(horizontal=True, vertical_alignment="center"):
        make = st.button("Make the handout", icon=":material/print:", key=key)
        with_notes = st.checkbox("With speaker notes", key=f"{key}_notes")
    shows = repr((slides, with_notes, repo.data_version))
    if make:
        shots = slide_shots(slides, repo.frame("sources"), _server_root(), _public_root(BRIEFINGS))
        _keep(key, shows, _print(shots, _stamp(repo), handout_prefix(briefing), with_notes=with_notes))
    printout = _made(key, shows)
    if printout:
        with st.container(horizontal=True):
            st.download_button(
                "Download handout (PDF)", printout.pdf, f"{briefing}.pdf", "application/pdf", key=f"{key}_pdf"
            )
            st.download_button(
                "Download the slides (PNG, zip)",
                printout.png_zip,
                f"{briefing}_slides.zip",
                "application/zip",
                key=f"{key}_zip",
            )
