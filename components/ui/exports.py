"""Paper from the app: "Export this view" on every view, and a briefing's handout on Briefings.

Both photograph the view(s) as presented, on this server, in headless Chromium (exports/),
while a progress bar says which; what is made stays in the session for its download buttons.
Every page carries the address that leads back, the export time and the data version.
"""

from __future__ import annotations

import queue
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from urllib.parse import urlencode

import streamlit as st

from components.data.repository import Repository
from components.exports.render import Printout, Shot, missing_for_exports, print_sheets
from components.exports.sheets import Sheet, Stamp, source_text
from components.exports.shots import slide_shots
from components.topics.briefings import PRESENT_PARAM, Slide, state_of
from components.ui.slide_bar import address_query
from components.views import BRIEFINGS, HOME, View

MADE = "_exports"  # session: what was made, by export key, for its download buttons


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
    """Print with a progress bar; None (and the reason on the page) when it could not be done."""
    missing = missing_for_exports()
    if missing:
        st.error(missing, icon=":material/print_disabled:")
        return None
    steps: queue.Queue[tuple[int, int, str]] = queue.Queue()
    bar = st.progress(0.0, text="Starting the browser that photographs the views…")
    # Playwright's browser runs in a worker thread of its own; the script thread moves the bar.
    with ThreadPoolExecutor(max_workers=1) as worker:
        job = worker.submit(
            print_sheets,
            shots,
            stamp,
            name,
            with_notes=with_notes,
            progress=lambda done, of, what: steps.put((done, of, what)),
        )
        while not job.done() or not steps.empty():
            try:
                done, of, what = steps.get(timeout=0.25)
            except queue.Empty:
                continue
            bar.progress(done / of, text=what)
        try:
            printout = job.result()
        except Exception as error:  # the browser failed or a view asked for the outside world
            bar.empty()
            st.error(f"The export could not be made: {error}", icon=":material/error:")
            return None
    bar.empty()
    return printout


def _stamp(repo: Repository) -> Stamp:
    return Stamp(exported_at=datetime.now(UTC), data_version=repo.data_version)


def export_view(repo: Repository, view: View, headline: str, slide: Slide | None) -> None:
    """A one-page PDF and a PNG of this view as it is now, with the footer."""
    with st.popover("Export this view", icon=":material/download:"):
        st.caption(
            "A page with this view as presented, its address, the time and the data version: "
            "PDF (text you can search and copy) and PNG."
        )
        key = f"export_{view.slug}"
        if st.button("Make PDF and PNG", icon=":material/print:", key=key):
            state = state_of(view, address_query())
            address = _address(_public_root(view), view, state)
            sources = source_text(repo.frame("sources"), [slide.source_id], slide.source_locator) if slide else ()
            shot = Shot(
                url=_presented(_address(_server_root(), view, state)),
                sheet=Sheet(headline=headline, address=address, source_lines=sources),
                whole_page=True,
            )
            printout = _print([shot], _stamp(repo), view.slug)
            if printout:
                st.session_state.setdefault(MADE, {})[key] = (address, printout)
        made = st.session_state.get(MADE, {}).get(key)
        if made and made[0] == _address(_public_root(view), view, state_of(view, address_query())):
            _, printout = made
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
    if make:
        shots = slide_shots(slides, repo.frame("sources"), _server_root(), _public_root(BRIEFINGS))
        printout = _print(shots, _stamp(repo), briefing, with_notes=with_notes)
        if printout:
            st.session_state.setdefault(MADE, {})[key] = printout
    printout = st.session_state.get(MADE, {}).get(key)
    if printout:
        with st.container(horizontal=True):
            st.download_button(
                "Download handout (PDF)", printout.pdf, f"{briefing}.pdf", "application/pdf", key=f"{key}_pdf"
            )
            st.download_button(
                "Download the slides (PNG, zip)",
                printout.png_zip(),
                f"{briefing}_slides.zip",
                "application/zip",
                key=f"{key}_zip",
            )
