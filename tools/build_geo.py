"""Derive the map's geography from the Natural Earth reference files.

One-off derivation tool (needs shapely, from requirements-dev.txt); the app only
reads its output in static/geo/. Run from the repository root:

    .venv/bin/python -m tools.build_geo ../shared/reference-data

- countries.geojson: Natural Earth 1:50m countries clipped to the map's pannable box
  (BASEMAP_BOX, wide enough that no pan or zoom the map allows shows its edge), with Crimea
  cut from Russia and joined to Ukraine (the borders our users' governments
  recognise), a few properties kept, coordinates rounded to 4 decimals (~10 m,
  far below the 1:50m generalisation).
- crimea.geojson: Natural Earth's Crimea polygon, outlined as occupied territory.
- crimea_hatch.geojson: diagonal lines clipped to Crimea, the occupation pattern over
  Ukraine's fill (deck.gl has no pattern fill without an image atlas).
- suwalki_gap.geojson: the Poland-Lithuania border, where the two countries'
  polygons touch: the corridor between Kaliningrad and Belarus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import LineString, box, mapping, shape
from shapely.ops import linemerge

from components.figures.basemap import BASEMAP_BOX

OUT = Path(__file__).resolve().parent.parent / "static" / "geo"
KEPT_PROPERTIES = ("ADM0_A3", "NAME", "NAME_EN", "LABEL_X", "LABEL_Y")
PRECISION = 3  # ~100 m, far below the 1:50m generalisation
HATCH_SPACING_DEGREES = 0.12
CRIMEA_NOTE = "Crimea: part of Ukraine, occupied by Russia since 2014"


def _rounded(geometry: dict) -> dict:
    def walk(coords):
        if isinstance(coords[0], (int, float)):
            return [round(c, PRECISION) for c in coords]
        return [walk(c) for c in coords]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def _feature(geometry, properties: dict) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": _rounded(mapping(geometry))}


def _write(name: str, features: list[dict]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features}
    (OUT / name).write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _hatch(area) -> list:
    west, south, east, north = area.bounds
    width = east - west + north - south
    lines = []
    offset = 0.0
    while offset < width:
        line = LineString([(west + offset, south), (west + offset - (north - south), north)])
        lines.append(line.intersection(area))
        offset += HATCH_SPACING_DEGREES
    return [line for line in lines if not line.is_empty]


def build(reference: Path) -> None:
    countries = json.loads((reference / "ne_50m_admin_0_countries.geojson").read_text(encoding="utf-8"))
    frame = box(*BASEMAP_BOX)
    crimea_feature = json.loads((reference / "ne_50m_disputed_crimea.geojson").read_text(encoding="utf-8"))["features"][
        0
    ]
    crimea = shape(crimea_feature["geometry"])
    shapes = {
        f["properties"]["ADM0_A3"]: shape(f["geometry"]).intersection(frame)
        for f in countries["features"]
        if shape(f["geometry"]).intersects(frame)
    }
    shapes["RUS"] = shapes["RUS"].difference(crimea)
    shapes["UKR"] = shapes["UKR"].union(crimea)

    features = []
    for feature in countries["features"]:
        if feature["properties"]["ADM0_A3"] not in shapes:
            continue
        properties = {k: feature["properties"][k] for k in KEPT_PROPERTIES}
        features.append(_feature(shapes[properties["ADM0_A3"]], properties))
    _write("countries.geojson", features)
    _write("crimea.geojson", [_feature(crimea, {"NAME": "Crimea", "NOTE": CRIMEA_NOTE})])
    _write("crimea_hatch.geojson", [_feature(line, {}) for line in _hatch(crimea)])

    gap = linemerge(shapes["POL"].boundary.intersection(shapes["LTU"].boundary))
    _write("suwalki_gap.geojson", [_feature(gap, {"NAME": "Suwałki gap"})])


if __name__ == "__main__":
    build(Path(sys.argv[1]))
