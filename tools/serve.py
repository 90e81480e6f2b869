"""`streamlit` with the app's pages/ folder read as plain modules, and deep page paths redirected.

Streamlit treats a folder named pages/ beside the entry script as an old-style
multipage app until st.navigation first runs in the process. Until then, a first
visitor who opens a deep link (e.g. /map) gets the old auto-generated sidebar,
listing app.py itself as a page. Our pages are routed by st.navigation only.

A path below a view's (/map/extra/path, a link cut or pasted wrongly) would get the app's
page with its scripts addressed relative to that path, none of which exist: a blank page.
Such a path is redirected to its view, with its query, so the reader sees the view.

The server believes a client's X-Forwarded-For only from the proxies named in
`[editors] trusted_proxies` (.streamlit/secrets.toml): otherwise anyone on this machine
could name any address, and the passphrase back-off counts per address.

    python -m tools.serve run app.py [streamlit options]
"""

from __future__ import annotations

import ipaddress
import os
import sys
import tomllib
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from starlette.responses import RedirectResponse
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.cli import main
from streamlit.web.server.starlette import starlette_static_routes

from components.views import VIEWS

Scope = MutableMapping[str, Any]
Asgi = Callable[[Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]]
VIEW_PATHS = {view.url_path for view in VIEWS if view.url_path}


def view_of_deep_path(path: str, static_dir: str) -> str | None:
    """The view a path lies below ('/map/extra' -> 'map'), unless it names a real file or
    Streamlit's own routes (the page probes /map/_stcore/health to find the app's base path)."""
    segments = [segment for segment in path.split("/") if segment]
    # Nor a path climbing out of its folder: it gets Streamlit's own refusal, never a file test.
    own = any(segment.startswith("_stcore") or segment in {".", ".."} for segment in segments)
    if len(segments) > 1 and segments[0] in VIEW_PATHS and not own and not Path(static_dir, *segments).is_file():
        return segments[0]
    return None


def _redirecting_deep_paths(create: Callable[..., Asgi]) -> Callable[..., Asgi]:
    def create_handler(directory: str, base_url: str | None) -> Asgi:
        files = create(directory=directory, base_url=base_url)
        base = "/" + base_url.strip("/") if base_url and base_url.strip("/") else ""

        async def handler(scope: Scope, receive: Any, send: Any) -> None:
            path = scope.get("path", "")
            below_base = path[len(base) :] if path.startswith(base) else path
            view = view_of_deep_path(below_base, directory) if scope["type"] == "http" else None
            if view is None or scope["method"] not in {"GET", "HEAD"}:
                await files(scope, receive, send)
                return
            query = scope.get("query_string", b"").decode("latin-1")
            response = RedirectResponse(f"{base}/{view}" + (f"?{query}" if query else ""), status_code=302)
            await response(scope, receive, send)

        return handler

    return create_handler


SECRETS_FILES = (Path.home() / ".streamlit" / "secrets.toml", Path(".streamlit") / "secrets.toml")


def secrets_files(argv: Sequence[str]) -> Sequence[Path]:
    """The secrets files Streamlit will read: `--secrets.files PATH` when given, else its defaults."""
    for number, argument in enumerate(argv):
        if argument.startswith("--secrets.files="):
            return [Path(argument.split("=", 1)[1])]
        if argument == "--secrets.files" and number + 1 < len(argv):
            return [Path(argv[number + 1])]
    return SECRETS_FILES


def trusted_proxies(secrets_files: Sequence[Path]) -> str:
    """`[editors] trusted_proxies` as the server's FORWARDED_ALLOW_IPS (the later file wins, as
    in Streamlit); "" trusts none. An entry that is not an address or network is refused."""
    proxies: list[str] = []
    for path in secrets_files:
        if path.is_file():
            editors = tomllib.loads(path.read_text(encoding="utf-8")).get("editors", {})
            proxies = [str(entry).strip() for entry in editors.get("trusted_proxies", proxies)]
    networks = []
    for entry in proxies:
        try:
            networks.append(str(ipaddress.ip_network(entry, strict=False)))  # "127.0.0.1" -> "127.0.0.1/32"
        except ValueError:
            raise SystemExit(
                f"[editors] trusted_proxies: {entry!r} is not an IP address or network (e.g. 127.0.0.1 or 10.0.0.0/8)"
            ) from None
    return ",".join(networks)


PagesManager.uses_pages_directory = False
starlette_static_routes.create_streamlit_static_handler = _redirecting_deep_paths(  # type: ignore[assignment]
    starlette_static_routes.create_streamlit_static_handler
)

if __name__ == "__main__":
    # Read by uvicorn, which Streamlit runs: it puts the forwarded address in st.context.ip_address.
    os.environ["FORWARDED_ALLOW_IPS"] = trusted_proxies(secrets_files(sys.argv))
    sys.exit(main(prog_name="streamlit"))
