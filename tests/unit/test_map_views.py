"""Where the map looks: named regions frame what they name; the reader's own view comes first."""

import json

import pandas as pd
import pytest
from shapely.geometry import Point, box, shape

from components.figures.basemap import GEO
from components.topics.map_views import REGION_SITE_ZOOM, REGIONS, SITE_ZOOM, camera_for, region_named, sites_frame
from tests.shipped_csv import dataset


def country(code: str):
    features = json.loads((GEO / "countries.geojson").read_text(encoding="utf-8"))["features"]
    return next(shape(f["geometry"]) for f in features if f["properties"]["ADM0_A3"] == code)


@pytest.mark.parametrize(("region_id", "codes"), [("belarus", ["BLR"]), ("baltic_states", ["EST", "LVA", "LTU"])])
def test_a_country_region_frames_the_whole_country(region_id, codes):
    frame = box(*region_named(region_id).bounds)
    assert all(frame.contains(country(code)) for code in codes)


def test_the_suwalki_gap_view_shows_the_gap_with_kaliningrad_and_belarus_at_its_ends():
    frame = box(*region_named("suwalki_gap").bounds)
    gap = shape(json.loads((GEO / "suwalki_gap.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"])
    assert frame.contains(gap)
    assert frame.contains(Point(20.51, 54.71)), "Kaliningrad city"
    assert frame.contains(Point(23.83, 53.68)), "Hrodna"


def test_the_kaliningrad_view_frames_the_exclave():
    exclave = country("RUS").intersection(box(19, 54, 23, 56))
    assert box(*region_named("kaliningrad").bounds).contains(exclave)


def test_the_flank_view_and_the_default_frame_hold_every_shipped_site():
    sites = dataset("sites")
    frame = box(*sites_frame(sites))
    flank = box(*region_named("flank").bounds)
    points = [Point(float(lon), float(lat)) for lon, lat in zip(sites["lon"], sites["lat"], strict=True)]
    assert all(frame.contains(p) for p in points)
    assert all(flank.contains(p) for p in points)


def site(precision: str) -> pd.Series:
    return pd.Series({"id": "x", "lon": 24.0, "lat": 54.0, "location_precision": precision})


def test_the_readers_own_view_wins_then_the_region_then_the_site():
    sites = dataset("sites")
    suwalki = region_named("suwalki_gap")
    own = camera_for(address_view=(54.1, 23.2, 8.0), region=suwalki, site=site("town"), all_sites=sites)
    assert (own.latitude, own.longitude, own.zoom, own.fly) == (54.1, 23.2, 8.0, False)
    framed = camera_for(address_view=None, region=suwalki, site=site("town"), all_sites=sites)
    assert framed.bounds == suwalki.bounds and framed.fly
    focused = camera_for(address_view=None, region=None, site=site("town"), all_sites=sites)
    assert (focused.longitude, focused.latitude, focused.zoom) == (24.0, 54.0, SITE_ZOOM)
    default = camera_for(address_view=None, region=None, site=None, all_sites=sites)
    assert default.bounds == sites_frame(sites) and not default.fly


def test_a_site_placed_only_at_its_region_is_shown_from_further_out():
    camera = camera_for(address_view=None, region=None, site=site("region"), all_sites=dataset("sites"))
    assert camera.zoom == REGION_SITE_ZOOM < SITE_ZOOM


def test_a_new_subject_gets_a_new_token_so_the_map_flies_to_it():
    sites = dataset("sites")
    tokens = {camera_for(address_view=None, region=region, site=None, all_sites=sites).token for region in REGIONS}
    assert len(tokens) == len(REGIONS)
