"""A pydeck deck drawn by deck.gl in the page, reporting clicks and where the reader looks.

`st.pydeck_chart` tells Python what was clicked but never the view, so the Map's address
could not keep its pan and zoom. This Streamlit component (components v2) draws the same
deck with the bundle in static/deck_map/ (built from frontend/deck_map/ with npm; nothing
is fetched from outside the machine) and reports two things: `clicked` (a site's id, once)
and `view` (latitude, longitude, zoom, once the map comes to rest).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import pydeck as pdk
import streamlit as st

from components.figures.basemap import BASEMAP_BOX, SEA, SERVED, STATIC
from components.figures.site_map import LegendItem
from components.topics.map_views import Camera

BUNDLE = STATIC / "deck_map" / "deck_map.js"
MIN_ZOOM = 3.0
MAX_ZOOM = 11.0
WHEEL_HINT = "Hold Ctrl (⌘ on a Mac) and scroll to zoom the map, or click the map first"

CSS = """
.am-map { position: relative; width: 100%; border-radius: 0.5rem; overflow: hidden; }
.am-map-canvas { position: absolute; inset: 0; }
.am-map-buttons {
  position: absolute; z-index: 2; top: 10px; right: 10px; display: flex; flex-direction: column; gap: 4px;
}
.am-map-button {
  width: 36px; height: 36px; font-size: 22px; line-height: 1; cursor: pointer;
  background: #ffffff; color: #222222; border: 1px solid #8a8a8a; border-radius: 6px;
}
.am-map-button:focus-visible { outline: 3px solid #1a5fb4; }
.am-map-hint {
  position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); padding: 0.6em 1em;
  background: rgba(20, 20, 20, 0.8); color: #ffffff; border-radius: 6px; font-size: 1rem;
  pointer-events: none; opacity: 0; transition: opacity 0.2s;
}
.am-map-hint.am-visible { opacity: 1; }
/* Left of the centre, where a focused subject and its label sit: never over them. */
.am-map-legend {
  position: absolute; z-index: 2; left: 10px; bottom: 10px; max-width: 34%; padding: 0.4em 0.65em;
  background: #ffffff; border: 1px solid #b0b0b0; border-radius: 6px;
  font-size: 0.8rem; line-height: 1.3; color: #1f1f1f;
}
.am-map-legend summary { cursor: pointer; font-weight: 600; }
/* Whole entries move to the next line; only an entry wider than the box wraps inside it. */
.am-map-legend-item { display: inline-block; max-width: 100%; margin-right: 0.9em; vertical-align: top; }
.am-map-swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; }
.am-map-ring { border-radius: 50%; background: transparent; border: 3px solid; box-sizing: border-box; }
.am-map-tooltip { white-space: pre-line; }
"""


@cache
def _bundle_version() -> str:
    """Part of the bundle's address, so a browser never runs a cached older build."""
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:12]


def _loader() -> str:
    # The bundle is served by Streamlit's static serving, next to the map's borders and icons.
    address = f"{SERVED}/deck_map/deck_map.js?v={_bundle_version()}"
    return f"""
const renderer = import(new URL("{address}", window.location.origin).href);
export default function (component) {{
  let cleanup = null;
  let unmounted = false;
  renderer.then((module) => {{ if (!unmounted) cleanup = module.render(component); }});
  return () => {{ unmounted = true; if (cleanup) cleanup(); }};
}}
"""


@cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component("alliance_monitor.deck_map", css=CSS, js=_loader(), isolate_styles=False)


def deck_map(
    deck: pdk.Deck,
    camera: Camera,
    *,
    home: Camera,
    key: str,
    height: str,
    alt: str,
    legend: Sequence[Sequence[LegendItem]],
    on_view: Callable[[], None],
    on_click: Callable[[], None],
    click_layer: str,
) -> None:
    """Draw `deck` looking where `camera` says (its home button goes to `home`), `height` tall
    (a CSS length); the callbacks run when the reader moves or clicks (read the values from
    `st.session_state[key]`)."""
    _component()(
        key=key,
        data={
            "deck": deck.to_json(),
            "tooltip": deck._tooltip or None,
            "camera": camera.as_data(),
            "home": home.as_data(),
            "limits": {"box": list(BASEMAP_BOX), "minZoom": MIN_ZOOM, "maxZoom": MAX_ZOOM},
            "height": height,
            "alt": alt,
            "hint": WHEEL_HINT,
            "background": SEA,
            "clickLayer": click_layer,
            "legend": [[list(item) for item in line] for line in legend],
        },
        on_view_change=on_view,
        on_clicked_change=on_click,
    )
