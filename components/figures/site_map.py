"""The Map view's deck: offline basemap, borders, the Suwałki gap, sites, ranges and focus.

Pure: data in, `pydeck.Deck` out. The borders are files the app itself serves
(static/geo, built by tools/build_geo.py) and the sea is the map's background, so no
tile, style or font is fetched from outside. Labels are drawn last, with a halo, so no
symbol ever covers a place name.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pandas as pd
import pydeck as pdk

from components.data.text import humanise
from components.data.words import SIDE_LABELS
from components.figures.basemap import BORDER, GEO, LAND, SERVED
from components.figures.palette import CHANGE_COLOURS, SIDE_COLOURS, rgb
from components.topics.sites import CATEGORY_SHAPES, OUTLINED_CONFIDENCE, SHAPE_SYMBOLS, date_span

ICON_PX = 64
SYMBOL_PX = 26
# pydeck reads every string as an accessor expression; a constant string needs quotes inside.
PIXELS = "'pixels'"
METERS = "'meters'"
FONT = "'sans-serif'"
AUTO = "'auto'"
# Above this many sites the map shows counts per grid cell, not every symbol.
MAX_INDIVIDUAL_SITES = 2_000
GRID_DEGREES = 0.5
SITE_LAYER = "sites"
# Capitals are always named; cities from CITY_ZOOM on, and the towns that place the sites
# only from TOWN_ZOOM (about 300 km across a laptop screen), where they no longer crowd them.
ALWAYS_LABELLED = ("capital", "region")
CITY_ZOOM = 5.0
TOWN_ZOOM = 6.2
LABEL_COUNTRIES = ("BLR", "RUS", "UKR", "POL", "LTU", "LVA", "EST", "FIN", "SWE", "MDA", "ROU", "SVK", "DEU", "NOR")
OCCUPATION = [70, 70, 70, 255]
CRIMEA_LABEL = "Crimea (Ukraine, occupied by Russia)"
FOCUS = [255, 176, 0, 255]
# Sites that share one point (several systems placed at a country's point) are fanned out
# in rows below it, so each can be seen and clicked: columns per row, pixels apart.
FAN_COLUMNS = 4
FAN_STEP_PX = SYMBOL_PX + 4


def _features(name: str) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads((GEO / name).read_text(encoding="utf-8"))["features"]
    return features


@cache
def country_labels() -> pd.DataFrame:
    rows = [
        {"text": f["properties"]["NAME"].upper(), "lon": f["properties"]["LABEL_X"], "lat": f["properties"]["LABEL_Y"]}
        for f in _features("countries.geojson")
        if f["properties"]["ADM0_A3"] in LABEL_COUNTRIES
    ]
    return pd.DataFrame(rows)


@cache
def suwalki_label() -> pd.DataFrame:
    coords = _features("suwalki_gap.geojson")[0]["geometry"]["coordinates"]
    lon, lat = coords[len(coords) // 2]
    return pd.DataFrame([{"text": "Suwałki gap", "lon": lon, "lat": lat}])


def fan_offsets(lons: pd.Series, lats: pd.Series) -> list[list[int]]:
    """Pixel offsets that fan out sites drawn at one point; a site alone keeps its place.

    "One point" is the same hundredth of a degree (about a kilometre): a factory in Minsk and
    a deployment placed at Belarus's point a few hundred metres away would cover each other.
    """
    point = pd.Series(list(zip(lons.round(2), lats.round(2), strict=True)), index=lons.index)
    rank = point.groupby(point).cumcount()
    size = point.map(point.value_counts())
    offsets = []
    for n, count in zip(rank, size, strict=True):
        if count == 1:
            offsets.append([0, 0])
            continue
        columns = min(count, FAN_COLUMNS)
        row, column = divmod(int(n), columns)
        offsets.append([int((column - (columns - 1) / 2) * FAN_STEP_PX), (row + 1) * FAN_STEP_PX - SYMBOL_PX // 2])
    return offsets


def _site_records(sites: pd.DataFrame) -> pd.DataFrame:
    """Only what the map draws and the tooltip says: the deck is sent on every rerun."""
    outlined = sites["confidence"].isin(OUTLINED_CONFIDENCE) | sites["status"].isin(["announced", "not_realised"])
    shapes = sites["category"].map(CATEGORY_SHAPES)
    icon_names = shapes + outlined.map({True: "_outline", False: ""})
    lons, lats = sites["lon"].astype(float), sites["lat"].astype(float)
    return pd.DataFrame(
        {
            "id": sites["id"],
            "name": sites["name"],
            "lon": lons,
            "lat": lats,
            "offset": fan_offsets(lons, lats),
            "icon": [
                {"url": f"{SERVED}/icons/{name}.png", "width": ICON_PX, "height": ICON_PX, "mask": True}
                for name in icon_names
            ],
            "colour": [rgb(SIDE_COLOURS[side]) for side in sites["side"]],
            "kind": sites["category"].map(humanise) + " · " + sites["side"].map(SIDE_LABELS),
            "when": sites.apply(date_span, axis=1) if len(sites) else pd.Series(dtype="str"),
            "standing": sites["status"].map(humanise) + ", " + sites["confidence"].fillna("confidence not stated"),
            "about": sites["description"].fillna("").str.slice(0, 160),
        }
    )


def _grid_counts(sites: pd.DataFrame) -> pd.DataFrame:
    cells = pd.DataFrame(
        {
            "lon": (sites["lon"].astype(float) // GRID_DEGREES + 0.5) * GRID_DEGREES,
            "lat": (sites["lat"].astype(float) // GRID_DEGREES + 0.5) * GRID_DEGREES,
        }
    )
    counts = cells.groupby(["lon", "lat"]).size().reset_index(name="count")
    counts["text"] = counts["count"].map("{:,}".format)
    return counts


def _text_layer(layer_id: str, data: pd.DataFrame, *, size: int, colour: list[int], **options: object) -> pdk.Layer:
    return pdk.Layer(
        "TextLayer",
        id=layer_id,
        data=data,
        get_position="[lon, lat]",
        get_text="text",
        get_size=size,
        get_color=colour,
        font_family=FONT,
        font_weight=600,
        outline_width=4,
        outline_color=[255, 255, 255, 235],
        font_settings={"sdf": True},
        character_set=AUTO,  # the names need letters beyond ASCII (ł, ș, ă)
        **options,
    )


def _geo_layer(layer_id: str, file: str, **options: object) -> pdk.Layer:
    return pdk.Layer("GeoJsonLayer", id=layer_id, data=f"{SERVED}/geo/{file}", **options)


def _borders() -> list[pdk.Layer]:
    return [
        _geo_layer(
            "countries",
            "countries.geojson",
            filled=True,
            stroked=True,
            get_fill_color=LAND,
            get_line_color=BORDER,
            line_width_min_pixels=1,
        ),
        # Crimea keeps Ukraine's fill: the hatching and outline mark the occupation.
        _geo_layer("crimea_hatch", "crimea_hatch.geojson", get_line_color=OCCUPATION, line_width_min_pixels=1),
        _geo_layer(
            "crimea",
            "crimea.geojson",
            filled=False,
            stroked=True,
            get_line_color=OCCUPATION,
            line_width_min_pixels=2,
        ),
        _geo_layer("suwalki_gap", "suwalki_gap.geojson", get_line_color=[40, 40, 40, 220], line_width_min_pixels=6),
    ]


def _place_labels(layer_id: str, places: pd.DataFrame, **options: object) -> list[pdk.Layer]:
    named = places[["name", "lon", "lat"]].rename(columns={"name": "text"})
    return [
        pdk.Layer(
            "ScatterplotLayer",
            id=f"{layer_id}_dots",
            data=named,
            get_position="[lon, lat]",
            get_radius=4,
            radius_units=PIXELS,
            get_fill_color=[40, 40, 40, 255],
            stroked=True,
            get_line_color=[255, 255, 255, 255],
            line_width_min_pixels=1,
            **options,
        ),
        # Above the dot: symbols of sites at the place sit on the dot, fans of several below it.
        _text_layer(
            f"{layer_id}_labels",
            named,
            size=15,
            colour=[30, 30, 30, 255],
            get_pixel_offset=[0, -SYMBOL_PX // 2 - 4],
            get_alignment_baseline="'bottom'",
            **options,
        ),
    ]


def _labels(places: pd.DataFrame) -> list[pdk.Layer]:
    always = places["kind"].isin(ALWAYS_LABELLED)
    return [
        # Above the country's label point, where fans of sites placed only "in the country" hang below.
        _text_layer(
            "country_labels",
            country_labels(),
            size=17,
            colour=[95, 95, 95, 255],
            get_alignment_baseline="'bottom'",
            get_pixel_offset=[0, -6],
        ),
        *_place_labels("capital", places[always]),
        *_place_labels("city", places[places["kind"].eq("city")], min_zoom=CITY_ZOOM),
        *_place_labels("town", places[places["kind"].eq("town")], min_zoom=TOWN_ZOOM),
        _text_layer(
            "suwalki_label",
            suwalki_label(),
            size=15,
            colour=[20, 20, 20, 255],
            get_pixel_offset=[-14, 0],
            get_text_anchor="'end'",
        ),
        _text_layer(
            "crimea_label",
            pd.DataFrame([{"text": CRIMEA_LABEL, "lon": 34.2, "lat": 46.1}]),
            size=14,
            colour=OCCUPATION,
        ),
    ]


def ringed(sites: pd.DataFrame) -> pd.DataFrame:
    """The sites whose system's range a source states: only they get a ring."""
    return sites[sites["range_km"].notna() & sites["range_source_id"].notna()]


def _range_layer(sites: pd.DataFrame) -> pdk.Layer:
    ranged = ringed(sites)
    # A ring round a point that only stands for a country or region is drawn fainter: the
    # launchers' positions in that region are not published.
    located = ranged["location_precision"].ne("region")
    return pdk.Layer(
        "ScatterplotLayer",
        id="ranges",
        data=pd.DataFrame(
            {
                "lon": ranged["lon"].astype(float),
                "lat": ranged["lat"].astype(float),
                "radius": ranged["range_km"].astype(float) * 1000,
                "colour": [
                    rgb(SIDE_COLOURS[s], 190 if exact else 120)
                    for s, exact in zip(ranged["side"], located, strict=True)
                ],
                "width": [3 if exact else 2 for exact in located],
            }
        ),
        get_position="[lon, lat]",
        get_radius="radius",
        radius_units=METERS,
        stroked=True,
        filled=False,  # a tint over hundreds of kilometres would hide the borders beneath
        get_line_color="colour",
        get_line_width="width",
        line_width_units=PIXELS,
    )


def _ring_layer(layer_id: str, records: pd.DataFrame, colour: object, size: int) -> pdk.Layer:
    """A ring icon round chosen symbols (the focused site, what changed), at their fanned place."""
    icon = {"url": f"{SERVED}/icons/circle_outline.png", "width": ICON_PX, "height": ICON_PX, "mask": True}
    return pdk.Layer(
        "IconLayer",
        id=layer_id,
        data=records.assign(icon=pd.Series([icon] * len(records), index=records.index, dtype=object)),
        get_position="[lon, lat]",
        get_icon="icon",
        get_color=colour,
        get_size=size,
        get_pixel_offset="offset",
        size_units=PIXELS,
    )


def _site_layers(sites: pd.DataFrame, focus: str | None, changes: pd.DataFrame | None) -> list[pdk.Layer]:
    if len(sites) > MAX_INDIVIDUAL_SITES:
        counts = _grid_counts(sites)
        return [
            pdk.Layer(
                "ScatterplotLayer",
                id=SITE_LAYER,
                data=counts,
                get_position="[lon, lat]",
                get_radius="count",
                radius_scale=1,
                radius_units=PIXELS,
                radius_min_pixels=6,
                radius_max_pixels=28,
                get_fill_color=[60, 60, 60, 150],
                pickable=True,
            ),
            _text_layer("site_counts", counts, size=12, colour=[20, 20, 20, 255]),
        ]
    records = _site_records(sites)
    layers = []
    if changes is not None and len(changes):
        changed = records.merge(changes[["id", "change"]], on="id")
        changed["ring"] = changed["change"].map(lambda change: rgb(CHANGE_COLOURS[change]))
        layers.append(_ring_layer("changes", changed, "ring", SYMBOL_PX + 16))
    focused = records[records["id"] == focus]
    if len(focused):
        layers.append(_ring_layer("focus", focused, FOCUS, SYMBOL_PX + 22))
    layers.append(
        pdk.Layer(
            "IconLayer",
            id=SITE_LAYER,
            data=records,
            get_position="[lon, lat]",
            get_icon="icon",
            get_color="colour",
            get_size=SYMBOL_PX,
            get_pixel_offset="offset",
            size_units=PIXELS,
            pickable=True,
            auto_highlight=True,
        )
    )
    if len(focused):
        # The subject's name under its ring: a slide's audience sees what the view is about.
        layers.append(
            _text_layer(
                "focus_label",
                pd.DataFrame(
                    {
                        # The name without its parenthesis: the record beside the map has the rest.
                        "text": focused["name"].str.replace(r"\s*\(.*\)\s*$", "", regex=True),
                        "lon": focused["lon"],
                        "lat": focused["lat"],
                        "below": [[x, y + SYMBOL_PX] for x, y in focused["offset"]],
                    }
                ),
                size=16,
                colour=[20, 20, 20, 255],
                get_pixel_offset="below",
                get_alignment_baseline="'top'",
            )
        )
    return layers


LegendItem = tuple[str, str, str]  # (kind: swatch, ring, line, hatch or text; colour; words)


def legend_lines(*, rings: bool, compare: bool, focused: bool = False) -> list[list[LegendItem]]:
    """The map's legend, drawn over the map, line by line, naming only what is drawn. Built
    only from constants, never data."""
    shapes = [
        ("text", "", f"{symbol} " + ", ".join(humanise(c) for c, s in CATEGORY_SHAPES.items() if s == shape))
        for shape, symbol in SHAPE_SYMBOLS.items()
    ]
    lines: list[list[LegendItem]] = [
        [("swatch", SIDE_COLOURS[side], label) for side, label in SIDE_LABELS.items()],
        *(shapes[i : i + 2] for i in range(0, len(shapes), 2)),
        [
            ("text", "", "Outline: only claimed, announced or never realised"),
            *([("ring", _hex(FOCUS), "This view's subject")] if focused else []),
        ],
    ]
    if compare:
        lines.append([("ring", CHANGE_COLOURS[change], label) for change, label in CHANGE_LEGEND.items()])
    if rings:
        lines.append([("ring", "#8a8a8a", RANGES_LEGEND)])
    return [
        *lines,
        [("line", "#282828", "Suwałki gap (Polish–Lithuanian border)")],
        [("hatch", _hex(OCCUPATION), "Crimea: Ukrainian territory under Russian occupation since 2014")],
    ]


RANGES_LEGEND = "Stated maximum range, in its side's colour; source in the record (faint: launchers not located)"
CHANGE_LEGEND = {"appeared": "Appeared since the earlier month", "ended": "Ended since then"}


def _hex(colour: list[int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in colour[:3])


SITE_TOOLTIP = {
    "text": "{name}\n{kind}\n{when}\n{standing}\n{about}",
    "style": {"fontSize": "15px", "maxWidth": "380px", "whiteSpace": "normal"},
}
COUNT_TOOLTIP = {"text": "{count} sites here: filter or search to see them one by one"}


def build_site_map(
    sites: pd.DataFrame,
    places: pd.DataFrame,
    *,
    focus: str | None = None,
    rings: bool = True,
    changes: pd.DataFrame | None = None,
) -> pdk.Deck:
    """The deck for these sites: `focus` is ringed, `changes` (id, change) ringed by kind."""
    aggregated = len(sites) > MAX_INDIVIDUAL_SITES
    layers = [*_borders(), *([_range_layer(sites)] if rings else []), *_site_layers(sites, focus, changes)]
    return pdk.Deck(
        layers=[*layers, *_labels(places)],
        map_provider=None,
        map_style=None,
        tooltip=COUNT_TOOLTIP if aggregated else SITE_TOOLTIP,
    )
