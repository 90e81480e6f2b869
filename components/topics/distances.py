"""How far a site is from NATO territory and from the capitals: great-circle distances. No Streamlit.

Measured on the shipped borders (Natural Earth 1:50m) and the gazetteer's coordinates, so a
distance is only as good as the site's location precision, which the record states beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from components.data.borders import country_name, outline_points

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


def great_circle_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Haversine distances from one point to many, in kilometres."""
    phi1, phi2 = np.radians(lat), np.radians(lats)
    dphi, dlmb = phi2 - phi1, np.radians(lons - lon)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    distances: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    return distances


@dataclass(frozen=True)
class Distance:
    km: float
    to: str


def members_on(memberships: pd.DataFrame, when: date) -> list[str]:
    """The ISO codes of the countries that were NATO members on a date."""
    joined = pd.to_datetime(memberships["joined"], errors="coerce")
    return sorted(memberships.loc[joined <= pd.Timestamp(when), "iso3"].astype(str))


def nearest_nato_territory(lat: float, lon: float, country: str, members: list[str]) -> Distance | None:
    """The distance to the nearest border or coast of a NATO member; zero inside one."""
    if country in members:
        return Distance(0.0, country_name(country))
    best: Distance | None = None
    for code in members:
        points = outline_points(code)
        if len(points) == 0:
            continue
        km = float(great_circle_km(lat, lon, points[:, 0], points[:, 1]).min())
        if best is None or km < best.km:
            best = Distance(km, country_name(code))
    return best


def nearest_capitals(lat: float, lon: float, places: pd.DataFrame, count: int = 2) -> list[Distance]:
    """The nearest capitals in the gazetteer, nearest first."""
    capitals = places[places["kind"] == "capital"]
    km = great_circle_km(lat, lon, capitals["lat"].to_numpy(float), capitals["lon"].to_numpy(float))
    order = np.argsort(km)[:count]
    return [Distance(float(km[i]), str(capitals["name"].iloc[i])) for i in order]
