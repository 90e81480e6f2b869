"""The Map view's own view in its address: the reader's pan and zoom, a named region, a focused site.

The map component reports where the reader looks and what they clicked; these callbacks
write that into the address, so a copied link reopens the same view. A new subject (a
click on a site, a named region) drops the reader's old pan and zoom, so the map flies to it.
"""

from __future__ import annotations

import math

import streamlit as st

from components.data.words import compare_word
from components.topics.map_views import REGIONS, Region, region_named
from components.ui.deck_map import MAX_ZOOM, MIN_ZOOM
from components.ui.url_state import choice_in_url, forget_in_url, keep_in_url
from components.views import MAP

LAT, LON, ZOOM = MAP.param("lat"), MAP.param("lon"), MAP.param("zoom")
REGION, SITE, COMPARE = MAP.param("region"), MAP.param("site"), MAP.param("compare")
AS_OF = MAP.param("as_of")
MAP_KEY = "site_map"
REGION_KEY = "map_region"
REGION_LABELS = {region.id: region.label for region in REGIONS}


def _number(name: str, low: float, high: float) -> float | None:
    try:
        value = float(st.query_params.get(name, ""))
    except ValueError:
        return None
    return value if math.isfinite(value) and low <= value <= high else None


def view_in_address() -> tuple[float, float, float] | None:
    """The reader's own view (latitude, longitude, zoom) from the address, if it gives all three."""
    view = (_number(LAT.name, -85, 85), _number(LON.name, -180, 180), _number(ZOOM.name, MIN_ZOOM, MAX_ZOOM))
    if None in view:
        forget_in_url(LAT, LON, ZOOM)  # half a view or a garbled one: the region or site applies
        return None
    return view  # type: ignore[return-value]


def view_to_address() -> None:
    """Callback: the map came to rest; its view goes into the address."""
    view = st.session_state[MAP_KEY].get("view") or {}
    for param, name in ((LAT, "lat"), (LON, "lon"), (ZOOM, "zoom")):
        if name in view:
            keep_in_url(param.name, f"{float(view[name]):g}")


def focus_clicked() -> None:
    """Callback: a site was clicked; it becomes the map's subject."""
    clicked = st.session_state[MAP_KEY].get("clicked")
    if clicked:
        forget_in_url(LAT, LON, ZOOM, REGION)
        keep_in_url(SITE.name, str(clicked))


def show_site_at(site_id: str, month: str) -> None:
    """Callback: a search's match at another date becomes the subject, on that date."""
    keep_in_url(AS_OF.name, month)
    forget_in_url(LAT, LON, ZOOM, REGION)
    keep_in_url(SITE.name, site_id)


def _region_to_address() -> None:
    chosen = st.session_state[REGION_KEY]
    forget_in_url(LAT, LON, ZOOM)
    keep_in_url(REGION.name, chosen or None)


def region_picker(container: st.delta_generator.DeltaGenerator) -> Region | None:
    """The named views, as a select box seeded from the address; choosing one frames it."""
    options = ["", *(region.id for region in REGIONS)]
    from_url = st.query_params.get(REGION.name, "")
    st.session_state[REGION_KEY] = from_url if from_url in options else ""
    chosen = container.selectbox(
        "View",
        options,
        key=REGION_KEY,
        format_func=lambda region_id: REGION_LABELS.get(region_id, "Every site"),
        on_change=_region_to_address,
    )
    keep_in_url(REGION.name, chosen or None)
    return region_named(chosen)


def compare_picker(container: st.delta_generator.DeltaGenerator, months: list[str], as_of: str) -> tuple[str, str]:
    """The month to compare with (or ""), from those before `as_of`; and the address's month
    if it had to be left out (not before `as_of`), so the page can say so."""
    in_address = st.query_params.get(COMPARE.name, "")
    earlier = choice_in_url(
        container.selectbox,
        "Compare with an earlier month",
        ["", *months[: months.index(as_of)]],
        param=COMPARE,
        default="",
        format_func=compare_word,
        quiet=True,  # the page says why: a comparison must be before the date shown
    )
    return earlier, in_address if in_address and in_address != earlier else ""
