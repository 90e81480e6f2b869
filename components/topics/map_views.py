"""Where the map looks: the named regions, a focused site, or the reader's own pan and zoom.

No Streamlit here. The map is asked for one `Camera`; its `token` changes only when what is
asked for changes, so the map flies to a new subject but never snaps back while the reader
pans (the reader's view is written to the address and comes back as the same camera).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Region:
    id: str
    label: str
    # (west, south, east, north) in degrees: what the view frames, whatever the screen's shape.
    bounds: tuple[float, float, float, float]


# The views an analyst or a briefing asks for. The frames are drawn round the borders
# (Natural Earth 1:50m) with a margin; a test checks each contains what it names.
REGIONS = (
    Region("flank", "North-eastern flank", (13.5, 42.0, 34.5, 62.5)),
    Region("baltic_states", "Baltic states", (20.5, 53.5, 28.6, 59.9)),
    Region("suwalki_gap", "Suwałki gap", (19.9, 53.0, 26.4, 55.6)),
    Region("kaliningrad", "Kaliningrad", (19.2, 54.1, 23.0, 55.5)),
    Region("belarus", "Belarus", (22.9, 51.0, 33.0, 56.4)),
)
# A focused site is shown with its surroundings: a located one at this zoom (about 400 km
# across on a laptop screen), one placed only at its region's point further out.
SITE_ZOOM = 6.3
REGION_SITE_ZOOM = 5.3
DEFAULT_PADDING_DEGREES = 0.6


def region_named(region_id: str) -> Region | None:
    return next((r for r in REGIONS if r.id == region_id), None)


@dataclass(frozen=True)
class Camera:
    """Either a frame to fit (bounds) or a centre and zoom; `fly` when a new subject is shown."""

    token: str
    bounds: tuple[float, float, float, float] | None = None
    longitude: float | None = None
    latitude: float | None = None
    zoom: float | None = None
    fly: bool = True

    def as_data(self) -> dict[str, object]:
        return {
            "token": self.token,
            "bounds": list(self.bounds) if self.bounds else None,
            "longitude": self.longitude,
            "latitude": self.latitude,
            "zoom": self.zoom,
            "fly": self.fly,
        }


def sites_frame(sites: pd.DataFrame) -> tuple[float, float, float, float]:
    """A frame holding every site, with a margin: the map's default view."""
    lons, lats = sites["lon"].astype(float), sites["lat"].astype(float)
    pad = DEFAULT_PADDING_DEGREES
    return (lons.min() - pad, lats.min() - pad, lons.max() + pad, lats.max() + pad)


def camera_for(
    *,
    address_view: tuple[float, float, float] | None,
    region: Region | None,
    site: pd.Series | None,
    all_sites: pd.DataFrame,
) -> Camera:
    """The reader's own view first, then a named region, then a focused site, else every site."""
    if address_view is not None:
        latitude, longitude, zoom = address_view
        return Camera(
            f"view:{latitude},{longitude},{zoom}", longitude=longitude, latitude=latitude, zoom=zoom, fly=False
        )
    if region is not None:
        return Camera(f"region:{region.id}", bounds=region.bounds)
    if site is not None:
        zoom = REGION_SITE_ZOOM if site["location_precision"] == "region" else SITE_ZOOM
        return Camera(f"site:{site['id']}", longitude=float(site["lon"]), latitude=float(site["lat"]), zoom=zoom)
    return home_camera(all_sites)


def home_camera(all_sites: pd.DataFrame) -> Camera:
    """The map's default view, and where its home button goes: every site in the frame."""
    if all_sites.empty:
        return Camera("default", bounds=REGIONS[0].bounds, fly=False)
    return Camera("default", bounds=sites_frame(all_sites), fly=False)
