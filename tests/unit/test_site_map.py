"""The Map view's deck, checked as data: offline, sourced geography, sites drawn as asked."""

import json
from pathlib import Path

import pandas as pd
import pytest
from shapely.geometry import Point, shape

from components.data.repository import load_repository
from components.figures.site_map import (
    BASEMAP_STYLE,
    INITIAL_VIEW,
    MAX_INDIVIDUAL_SITES,
    SITE_LAYER,
    build_site_map,
    selected_site_id,
    view_state,
)

GEO = Path(__file__).resolve().parents[2] / "static" / "geo"


@pytest.fixture
def repo(data_dir):
    return load_repository(data_dir)


def deck_json(sites, places) -> dict:
    return json.loads(build_site_map(sites, places, view_state(**INITIAL_VIEW)).to_json())


def layer(spec: dict, layer_id: str) -> dict:
    return next(item for item in spec["layers"] if item["id"] == layer_id)


def test_the_deck_fetches_nothing_from_outside(repo):
    spec = deck_json(repo.frame("sites"), repo.frame("places"))
    assert "mapProvider" not in spec  # no tile provider at all
    assert spec["mapStyle"] == BASEMAP_STYLE
    addresses = [item["data"] for item in spec["layers"] if str(item.get("data")).startswith("/")]
    assert addresses and all(a.startswith("/app/static/") for a in addresses)
    assert "http" not in json.dumps(spec).replace("http://example.com/pixel.png", "")


def test_sites_are_coloured_by_side_and_outlined_when_only_claimed(repo):
    sites = repo.frame("sites").assign(confidence=["confirmed", "claimed"])
    records = layer(deck_json(sites, repo.frame("places")), SITE_LAYER)["data"]
    icons = {r["id"]: r["icon"]["url"] for r in records}
    assert icons == {"base_a": "/app/static/icons/triangle.png", "efp_x": "/app/static/icons/square_outline.png"}
    colours = {r["id"]: r["colour"] for r in records}
    assert colours["base_a"] == [213, 94, 0, 255] and colours["efp_x"] == [0, 114, 178, 255]


def test_tooltip_is_text_not_html(repo):
    spec = build_site_map(repo.frame("sites"), repo.frame("places"), view_state(**INITIAL_VIEW))
    assert "html" not in spec._tooltip and "{name}" in spec._tooltip["text"]


def test_range_rings_only_where_a_range_is_given(repo):
    sites = repo.frame("sites").assign(range_km=[pd.NA, 400.0])
    rings = layer(deck_json(sites, repo.frame("places")), "ranges")["data"]
    assert [(r["radius"], r["lat"]) for r in rings] == [(400_000.0, 55.1)]


def test_no_ring_round_a_point_that_only_stands_for_a_region(repo):
    sites = repo.frame("sites").assign(range_km=[500.0, 400.0], location_precision=["region", "town"])
    rings = layer(deck_json(sites, repo.frame("places")), "ranges")["data"]
    assert [r["radius"] for r in rings] == [400_000.0]


def test_many_sites_are_counted_per_grid_cell(repo):
    many = pd.concat([repo.frame("sites")] * (MAX_INDIVIDUAL_SITES // 2 + 1), ignore_index=True)
    cells = layer(deck_json(many, repo.frame("places")), SITE_LAYER)["data"]
    assert sum(c["count"] for c in cells) == len(many)
    assert len(cells) == 2


def test_a_clicked_site_is_read_from_the_selection_state():
    event = {"selection": {"objects": {SITE_LAYER: [{"id": "base_a", "name": "x"}]}, "indices": {}}}
    assert selected_site_id(event) == "base_a"
    assert selected_site_id({"selection": {"objects": {}, "indices": {}}}) is None


def test_crimea_is_drawn_as_part_of_ukraine():
    countries = {
        f["properties"]["ADM0_A3"]: shape(f["geometry"])
        for f in json.loads((GEO / "countries.geojson").read_text(encoding="utf-8"))["features"]
    }
    simferopol = Point(34.10, 44.95)
    assert countries["UKR"].contains(simferopol)
    assert not countries["RUS"].contains(simferopol)
    kaliningrad = Point(20.51, 54.71)
    assert countries["RUS"].contains(kaliningrad)


def test_suwalki_gap_runs_from_kaliningrad_to_belarus():
    countries = {
        f["properties"]["ADM0_A3"]: shape(f["geometry"])
        for f in json.loads((GEO / "countries.geojson").read_text(encoding="utf-8"))["features"]
    }
    line = shape(json.loads((GEO / "suwalki_gap.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"])
    ends = [Point(line.coords[0]), Point(line.coords[-1])]
    assert min(countries["RUS"].distance(p) for p in ends) < 0.01
    assert min(countries["BLR"].distance(p) for p in ends) < 0.01
