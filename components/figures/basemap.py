"""The offline basemap: its extent, colours and files, shared by the map's deck and tools/build_geo.py."""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "static"
GEO = STATIC / "geo"
# Where Streamlit serves static/ (server.enableStaticServing).
SERVED = "/app/static"
# (west, south, east, north) in degrees: the borders are shipped for this box, and the map
# never pans or zooms out beyond it, so no straight edge of the data is ever on screen.
BASEMAP_BOX = (-15.0, 34.0, 66.0, 73.0)
SEA = "#d6e4ef"
LAND = [244, 241, 234, 255]
BORDER = [110, 110, 110, 255]
