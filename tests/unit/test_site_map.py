"""The Map view's deck, checked as data: offline, sourced geography, sites drawn as asked."""

import json

import pandas as pd
import pytest
from shapely.geometry import Point, box, shape
from shapely.ops import unary_union

from components.data.repository import load_repository
from components.figures.basemap import BASEMAP_BOX, GEO
from components.figures.palette import CHANGE_COLOURS, SIDE_COLOURS, rgb
from components.figures.site_map import (
    FOCUS,
    MAX_INDIVIDUAL_SITES,
    SITE_LAYER,
    build_site_map,
    fan_offsets,
    legend_lines,
)


@pytest.fixture
def repo(data_dir):
    return load_repository(data_dir)


def deck_json(sites, places, **options) -> dict:
    return json.loads(build_site_map(sites, places, **options).to_json())


def layer(spec: dict, layer_id: str) -> dict:
    return next(item for item in spec["layers"] if item["id"] == layer_id)


def layer_ids(spec: dict) -> list[str]:
    return [item["id"] for item in spec["layers"]]


def countries() -> dict:
    features = json.loads((GEO / "countries.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["ADM0_A3"]: shape(f["geometry"]) for f in features}


def test_the_deck_fetches_nothing_from_outside(repo):
    spec = deck_json(repo.frame("sites"), repo.frame("places"))
    assert "mapProvider" not in spec and "mapStyle" not in spec  # no tiles, no style to fetch
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
    spec = build_site_map(repo.frame("sites"), repo.frame("places"))
    assert "html" not in spec._tooltip and "{name}" in spec._tooltip["text"]


def test_a_ring_only_where_a_source_states_the_range(repo):
    sites = repo.frame("sites").assign(range_km=[500.0, 400.0], range_source_id=[pd.NA, "paper"])
    rings = layer(deck_json(sites, repo.frame("places")), "ranges")["data"]
    assert [(r["radius"], r["lat"]) for r in rings] == [(400_000.0, 55.1)]


def test_a_ring_round_a_region_point_is_drawn_fainter(repo):
    sites = repo.frame("sites").assign(
        range_km=[500.0, 400.0], range_source_id=["paper", "paper"], location_precision=["region", "town"]
    )
    rings = {r["radius"]: r for r in layer(deck_json(sites, repo.frame("places")), "ranges")["data"]}
    assert rings[500_000.0]["width"] < rings[400_000.0]["width"]
    assert rings[500_000.0]["colour"][3] < rings[400_000.0]["colour"][3]


def test_rings_can_be_turned_off(repo):
    sites = repo.frame("sites").assign(range_km=[500.0, 400.0], range_source_id=["paper", "paper"])
    assert "ranges" not in layer_ids(deck_json(sites, repo.frame("places"), rings=False))


def test_many_sites_are_counted_per_grid_cell(repo):
    many = pd.concat([repo.frame("sites")] * (MAX_INDIVIDUAL_SITES // 2 + 1), ignore_index=True)
    cells = layer(deck_json(many, repo.frame("places")), SITE_LAYER)["data"]
    assert sum(c["count"] for c in cells) == len(many)
    assert len(cells) == 2


def test_the_focused_site_is_ringed_and_named(repo):
    spec = deck_json(repo.frame("sites"), repo.frame("places"), focus="efp_x")
    assert [r["id"] for r in layer(spec, "focus")["data"]] == ["efp_x"]
    assert layer(spec, "focus")["getColor"] == FOCUS
    assert [r["text"] for r in layer(spec, "focus_label")["data"]] == ["Battlegroup X"]
    assert "focus" not in layer_ids(deck_json(repo.frame("sites"), repo.frame("places")))


def test_changed_sites_are_ringed_by_what_changed(repo):
    changes = pd.DataFrame({"id": ["base_a", "efp_x"], "change": ["ended", "appeared"]})
    rings = layer(deck_json(repo.frame("sites"), repo.frame("places"), changes=changes), "changes")["data"]
    assert {r["id"]: r["ring"] for r in rings} == {
        "base_a": rgb(CHANGE_COLOURS["ended"]),
        "efp_x": rgb(CHANGE_COLOURS["appeared"]),
    }


def test_labels_are_drawn_over_every_symbol(repo):
    ids = layer_ids(deck_json(repo.frame("sites"), repo.frame("places"), focus="base_a"))
    last_symbol = max(ids.index(i) for i in (SITE_LAYER, "focus", "ranges"))
    labels = [i for i in ids if i.endswith("_labels")]
    assert labels and all(ids.index(i) > last_symbol for i in labels)


def test_sites_at_one_point_are_fanned_out_and_a_lone_site_keeps_its_place():
    # The third is 300 m from the others: at the map's zooms its symbol would cover theirs.
    lons = pd.Series([27.56, 27.56, 27.5625, 24.3])
    lats = pd.Series([53.9, 53.9, 53.9012, 55.1])
    offsets = fan_offsets(lons, lats)
    assert offsets[3] == [0, 0]
    assert len({tuple(o) for o in offsets[:3]}) == 3
    assert all(y > 0 for _, y in offsets[:3]), "below the point, clear of the place's name above it"


def test_crimea_is_drawn_as_part_of_ukraine_and_never_in_russias_colour(repo):
    shapes = countries()
    simferopol = Point(34.10, 44.95)
    assert shapes["UKR"].contains(simferopol)
    assert not shapes["RUS"].contains(simferopol)
    assert shapes["RUS"].contains(Point(20.51, 54.71))  # Kaliningrad
    spec = deck_json(repo.frame("sites"), repo.frame("places"))
    russia = rgb(SIDE_COLOURS["russia"])[:3]
    for layer_id in ("crimea", "crimea_hatch", "crimea_label"):
        drawn = layer(spec, layer_id)
        assert all(drawn.get(key, [0, 0, 0])[:3] != russia for key in ("getFillColor", "getLineColor", "getColor"))
    assert layer(spec, "crimea").get("filled") is False  # Ukraine's own fill shows through
    legend = " ".join(words for line in legend_lines(rings=True, compare=False) for _, _, words in line)
    assert "Crimea: Ukrainian territory under Russian occupation" in legend


def test_the_basemap_covers_the_whole_box_the_map_can_show():
    land = unary_union(list(countries().values()))
    west, south, east, north = land.bounds
    assert (west, south, east, north) == pytest.approx(BASEMAP_BOX, abs=0.01)
    assert land.intersects(box(*BASEMAP_BOX))


def test_the_legend_names_only_what_is_drawn():
    def words(**options):
        return " ".join(w for line in legend_lines(**options) for _, _, w in line)

    assert "Appeared" in words(rings=False, compare=True) and "Appeared" not in words(rings=False, compare=False)
    assert "Stated maximum range" in words(rings=True, compare=False)
    assert "Stated maximum range" not in words(rings=False, compare=False)
    assert "This view's subject" in words(rings=False, compare=False, focused=True)
    assert "This view's subject" not in words(rings=False, compare=False)


def test_suwalki_gap_runs_from_kaliningrad_to_belarus():
    shapes = countries()
    line = shape(json.loads((GEO / "suwalki_gap.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"])
    ends = [Point(line.coords[0]), Point(line.coords[-1])]
    assert min(shapes["RUS"].distance(p) for p in ends) < 0.01
    assert min(shapes["BLR"].distance(p) for p in ends) < 0.01
