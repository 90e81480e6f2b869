"""The shipped country borders (Natural Earth 1:50m, static/geo/countries.geojson) as data:
names by ISO code, and each country's outline as points for measuring distances. No Streamlit."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

COUNTRIES_FILE = Path(__file__).resolve().parents[2] / "static" / "geo" / "countries.geojson"


@cache
def _features() -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))["features"]
    return features


@cache
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code -> the country's name in Natural Earth."""
    return {f["properties"]["ADM0_A3"]: f["properties"]["NAME"] for f in _features()}


def country_name(code: str) -> str:
    return country_names().get(code, code)


@cache
def outline_points(code: str) -> np.ndarray:
    """Every vertex of a country's borders and coasts, as (latitude, longitude) rows in degrees.
    At 1:50m the vertices lie a few kilometres apart, so a distance to the nearest vertex is
    a distance to the border within that."""
    feature = next((f for f in _features() if f["properties"]["ADM0_A3"] == code), None)
    if feature is None:
        return np.empty((0, 2))
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    points = [point for polygon in polygons for ring in polygon for point in ring]
    return np.array([(lat, lon) for lon, lat in points], dtype=float)
