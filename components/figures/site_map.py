"""The Map view's deck: offline basemap, borders, the Suwałki gap, sites and ranges.

Pure: data in, `pydeck.Deck` out. The borders are files the app itself serves
(static/geo, built by tools/build_geo.py); the style holds only the sea colour,
so no tile, style or font is fetched from outside.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pydeck as pdk

from components.data.text import humanise
from components.figures.palette import SIDE_COLOURS, SIDE_LABELS, rgb
from components.topics.sites import CATEGORY_SHAPES, OUTLINED_CONFIDENCE, date_span

STATIC = Path(__file__).resolve().parents[2] / "static"
SERVED = "/app/static"
BASEMAP_STYLE = f"{SERVED}/basemap.json"
INITIAL_VIEW = {"latitude": 54.6, "longitude": 26.0, "zoom": 4.7}
ICON_PX = 64
# pydeck reads every string as an accessor expression; a constant string needs quotes inside.
PIXELS = "'pixels'"
METERS = "'meters'"
FONT = "'sans-serif'"
AUTO = "'auto'"
# Above this many sites the map shows counts per grid cell, not every symbol.
MAX_INDIVIDUAL_SITES = 2_000
GRID_DEGREES = 0.5
SITE_LAYER = "sites"
# Towns in the gazetteer only place the sites there; their labels would sit under the symbols.
LABELLED_PLACES = ("capital", "city", "region")
LABEL_COUNTRIES = ("BLR", "RUS", "UKR", "POL", "LTU", "LVA", "EST", "FIN", "SWE", "MDA", "ROU", "SVK", "DEU", "NOR")
LAND = [244, 241, 234, 255]
BORDER = [110, 110, 110, 255]
CRIMEA_LABEL = "Crimea (Ukraine, occupied)"


@cache
def country_labels() -> pd.DataFrame:
    features = json.loads((STATIC / "geo" / "countries.geojson").read_text(encoding="utf-8"))["features"]
    rows = [
        {"text": f["properties"]["NAME"].upper(), "lon": f["properties"]["LABEL_X"], "lat": f["properties"]["LABEL_Y"]}
        for f in features
        if f["properties"]["ADM0_A3"] in LABEL_COUNTRIES
    ]
    return pd.DataFrame(rows)


@cache
def suwalki_label() -> pd.DataFrame:
    features = json.loads((STATIC / "geo" / "suwalki_gap.geojson").read_text(encoding="utf-8"))["features"]
    coords = features[0]["geometry"]["coordinates"]
    lon, lat = coords[len(coords) // 2]
    return pd.DataFrame([{"text": "Suwałki gap", "lon": lon, "lat": lat}])


def view_state(latitude: float, longitude: float, zoom: float) -> pdk.ViewState:
    return pdk.ViewState(latitude=latitude, longitude=longitude, zoom=zoom, min_zoom=3, max_zoom=11)


def _site_records(sites: pd.DataFrame) -> pd.DataFrame:
    """Only what the map draws and the tooltip says: the deck is sent on every rerun."""
    outlined = sites["confidence"].isin(OUTLINED_CONFIDENCE) | sites["status"].isin(["announced", "not_realised"])
    shapes = sites["category"].map(CATEGORY_SHAPES)
    icon_names = shapes + outlined.map({True: "_outline", False: ""})
    return pd.DataFrame(
        {
            "id": sites["id"],
            "name": sites["name"],
            "lon": sites["lon"].astype(float),
            "lat": sites["lat"].astype(float),
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
        outline_width=3,
        outline_color=[255, 255, 255, 230],
        font_settings={"sdf": True},
        character_set=AUTO,  # the names need letters beyond ASCII (ł, ș, ă)
        **options,
    )


def _basemap_layers(places: pd.DataFrame) -> list[pdk.Layer]:
    labelled = places[places["kind"].isin(LABELLED_PLACES)]
    capitals = labelled[["name", "lon", "lat"]].rename(columns={"name": "text"})
    return [
        pdk.Layer(
            "GeoJsonLayer",
            id="countries",
            data=f"{SERVED}/geo/countries.geojson",
            filled=True,
            stroked=True,
            get_fill_color=LAND,
            get_line_color=BORDER,
            line_width_min_pixels=1,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            id="crimea",
            data=f"{SERVED}/geo/crimea.geojson",
            filled=True,
            stroked=True,
            get_fill_color=rgb(SIDE_COLOURS["russia"], 45),
            get_line_color=rgb(SIDE_COLOURS["russia"], 200),
            line_width_min_pixels=2,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            id="suwalki_gap",
            data=f"{SERVED}/geo/suwalki_gap.geojson",
            stroked=True,
            get_line_color=[40, 40, 40, 220],
            line_width_min_pixels=6,
        ),
        _text_layer("country_labels", country_labels(), size=15, colour=[90, 90, 90, 255]),
        pdk.Layer(
            "ScatterplotLayer",
            id="capital_dots",
            data=capitals,
            get_position="[lon, lat]",
            get_radius=4,
            radius_units=PIXELS,
            get_fill_color=[40, 40, 40, 255],
        ),
        _text_layer("capital_labels", capitals, size=13, colour=[40, 40, 40, 255], get_pixel_offset=[0, -14]),
        _text_layer(
            "suwalki_label",
            suwalki_label(),
            size=14,
            colour=[20, 20, 20, 255],
            get_pixel_offset=[-12, 0],
            get_text_anchor="'end'",
        ),
        _text_layer(
            "crimea_label",
            pd.DataFrame([{"text": CRIMEA_LABEL, "lon": 34.2, "lat": 45.3}]),
            size=13,
            colour=rgb(SIDE_COLOURS["russia"]),
        ),
    ]


def _range_layer(sites: pd.DataFrame) -> pdk.Layer:
    # A ring drawn round a point that only stands for a country would claim a base there.
    ranged = sites[sites["range_km"].notna() & sites["location_precision"].ne("region")]
    return pdk.Layer(
        "ScatterplotLayer",
        id="ranges",
        data=pd.DataFrame(
            {
                "lon": ranged["lon"].astype(float),
                "lat": ranged["lat"].astype(float),
                "radius": ranged["range_km"].astype(float) * 1000,
                "colour": [rgb(SIDE_COLOURS[s], 170) for s in ranged["side"]],
                "fill": [rgb(SIDE_COLOURS[s], 18) for s in ranged["side"]],
            }
        ),
        get_position="[lon, lat]",
        get_radius="radius",
        radius_units=METERS,
        stroked=True,
        filled=True,
        get_fill_color="fill",
        get_line_color="colour",
        line_width_min_pixels=2,
    )


def _site_layers(sites: pd.DataFrame) -> list[pdk.Layer]:
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
    return [
        pdk.Layer(
            "IconLayer",
            id=SITE_LAYER,
            data=_site_records(sites),
            get_position="[lon, lat]",
            get_icon="icon",
            get_color="colour",
            get_size=26,
            size_units=PIXELS,
            pickable=True,
            auto_highlight=True,
        )
    ]


SITE_TOOLTIP = {
    "text": "{name}\n{kind}\n{when}\n{standing}\n{about}",
    "style": {"fontSize": "15px", "maxWidth": "380px", "whiteSpace": "normal"},
}
COUNT_TOOLTIP = {"text": "{count} sites here: filter or search to see them one by one"}


def build_site_map(sites: pd.DataFrame, places: pd.DataFrame, view: pdk.ViewState) -> pdk.Deck:
    aggregated = len(sites) > MAX_INDIVIDUAL_SITES
    return pdk.Deck(
        layers=[*_basemap_layers(places), _range_layer(sites), *_site_layers(sites)],
        initial_view_state=view,
        map_provider=None,
        map_style=BASEMAP_STYLE,
        tooltip=COUNT_TOOLTIP if aggregated else SITE_TOOLTIP,
    )


def selected_site_id(event: Any) -> str | None:
    """The id of the site a user clicked, from `st.pydeck_chart`'s selection state (a mapping)."""
    try:
        objects = event["selection"]["objects"].get(SITE_LAYER, [])
    except (TypeError, KeyError, AttributeError):
        return None
    ident = objects[0].get("id") if objects else None
    return str(ident) if ident is not None else None
