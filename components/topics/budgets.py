"""Military expenditure: the measures, the country sets, the rows behind a chart, and which
source is a country's series and which figures are quotes beside it. No Streamlit, no figures here.

For each country and measure the source with the most years is the series (SIPRI in the shipped
data); a figure from any other source (the paper's 715 million USD) is a quote beside it, never
merged into the series.
"""

from __future__ import annotations

import pandas as pd

from components.data.cells import is_blank, number_of
from components.data.citations import citations_of
from components.data.dates import period_start
from components.data.words import MEASURE_WORDS

METRICS = {
    "usd_current_m": "Current US$",
    "usd_constant_2023_m": "Constant 2023 US$",
    "share_of_gdp_pct": "Share of GDP",
    "per_capita_usd": "US$ per person",
}


COUNTRY_SETS = {
    "Belarus and the Baltic states": ("BLR", "LTU", "LVA", "EST"),
    "Belarus and its neighbours": ("BLR", "RUS", "UKR", "POL", "LTU", "LVA"),
    "NATO's north-eastern flank": ("POL", "LTU", "LVA", "EST", "FIN", "SWE", "NOR"),
}


DEFAULT_COUNTRY_SET = "Belarus and the Baltic states"

# The countries analysts put beside Belarus most often, offered as one-click picks.
SHORT_LIST = ("POL", "LTU", "LVA", "EST", "RUS", "UKR", "BLR")

# More lines than this cannot each have a colour of their own (components/figures/palette.py).
MOST_COUNTRIES = 8

# A measure as a column of a table or download: the words and the unit.

# Decimals as the publisher prints its figures. SIPRI's workbook (source sipri_milex_2025)
# formats every US$ cell, per person included, as 0.0 and every share of GDP as 0.00%; the
# files keep the full-precision cells it stores. Other sources' rows hold their figures as
# printed, so they are given as they are.
PRINTED_DECIMALS = {
    "SIPRI": {"usd_current_m": 1, "usd_constant_2023_m": 1, "share_of_gdp_pct": 2, "per_capita_usd": 1},
}


UNCERTAIN_FLAGS = {
    "sipri_estimate": "the source's estimate",
    "highly_uncertain": "highly uncertain (the source's flag)",
}
FLAG_WORDS = {
    **UNCERTAIN_FLAGS,
    "data_unavailable": "no figure: data unavailable (the source's marking)",
    "not_independent": "no figure: not independent then (the source's marking)",
}


def format_value(value: float, metric: str) -> str:
    if metric == "share_of_gdp_pct":
        return f"{value:.2f}".rstrip("0").rstrip(".") + "%"
    if metric == "per_capita_usd":
        return f"${value:,.0f}"
    return f"${value:,.0f}m"


def countries(budgets: pd.DataFrame) -> dict[str, str]:
    """ISO3 code to country name, for every country in the data."""
    named = budgets.drop_duplicates("iso3").sort_values("country")
    return dict(zip(named["iso3"], named["country"], strict=True))


def country_labels(budgets: pd.DataFrame, spellings: pd.DataFrame) -> dict[str, str]:
    """Each country's name as a reader finds it by typing: with the other names the spellings
    dataset lists for it ("Czechia (also Czech Republic)")."""
    others = {
        str(name): [alt.strip() for alt in str(alternates).split(";") if alt.strip()]
        for name, alternates in zip(spellings["name"], spellings["alternates"], strict=True)
    }
    return {
        iso3: f"{name} (also {', '.join(others[name])})" if others.get(name) else name
        for iso3, name in countries(budgets).items()
    }


def with_picks(chosen: list[str], short_list: tuple[str, ...], picked: list[str]) -> list[str]:
    """The countries after a reader picks or unpicks on the short list: the others stay, in
    their order, and a new pick is added last (so no line already drawn changes colour), up to
    MOST_COUNTRIES."""
    kept = [iso3 for iso3 in chosen if iso3 not in short_list or iso3 in picked]
    added = [iso3 for iso3 in picked if iso3 not in chosen]
    return [*kept, *added][: max(MOST_COUNTRIES, len(kept))]


def budget_rows(budgets: pd.DataFrame, iso3s: list[str], metric: str, years: tuple[int, int]) -> pd.DataFrame:
    """The rows behind the chart, in the order the countries were chosen, including years the
    source marks as unavailable. `in_series` says which rows are their country's series, judged
    over every year: a short range never makes the paper's one figure the series."""
    of_metric = budgets[budgets["iso3"].isin(iso3s) & (budgets["metric"] == metric)]
    in_series = of_metric["source_id"].eq(of_metric["iso3"].map(series_source(of_metric)))
    chosen = of_metric.assign(in_series=in_series)[of_metric["year"].between(years[0], years[1])]
    order = {iso3: position for position, iso3 in enumerate(iso3s)}
    return (
        chosen.assign(_order=chosen["iso3"].map(order))
        .sort_values(["_order", "year", "source_id"])
        .drop(columns="_order")
    )


def series_source(rows: pd.DataFrame) -> pd.Series:
    """For each country, the source drawn as its line: the one with the most years."""
    counts = rows.groupby(["iso3", "source_id"]).size().rename("years").reset_index()
    counts = counts.sort_values(["iso3", "years", "source_id"], ascending=[True, False, True])
    return counts.drop_duplicates("iso3").set_index("iso3")["source_id"]


def is_series(rows: pd.DataFrame) -> pd.Series:
    """Whether each row belongs to its country's series (not a figure quoted beside it): as
    budget_rows judged it, or else judged on these rows alone."""
    if "in_series" in rows.columns:
        return rows["in_series"].astype("bool")
    return rows["source_id"].eq(rows["iso3"].map(series_source(rows)))


def split_series_and_quotes(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    in_series = is_series(rows)
    return rows[in_series], rows[~in_series & rows["value"].notna()]


def quote_series_name(country: str, quoted_by: str) -> str:
    """The name of a source's figures beside a country's series, in the legend and the download."""
    return f"{country} — as quoted by {quoted_by}"


def printed_value(value: object, metric: str, publisher: object) -> str:
    """A figure at the precision its publisher prints it; empty where there is none."""
    if is_blank(value):
        return ""
    decimals = PRINTED_DECIMALS.get(str(publisher), {}).get(metric)
    number = number_of(value)
    return f"{number:.{decimals}f}" if decimals is not None else f"{number:.15g}"


def reader_rows(rows: pd.DataFrame, sources: pd.DataFrame, short_source: dict[str, str]) -> pd.DataFrame:
    """The rows behind the chart as a reader downloads them: in words, each figure at its
    publisher's printed precision, each row with its series and its source's citation."""
    by_id = sources.drop_duplicates("id").set_index("id")
    publisher = rows["source_id"].map(by_id["publisher"])
    series = [
        country if own else quote_series_name(country, short_source.get(source_id, source_id))
        for country, source_id, own in zip(rows["country"], rows["source_id"], is_series(rows), strict=True)
    ]
    return pd.DataFrame(
        {
            "Series": series,
            "Country": rows["country"],
            "Year": rows["year"],
            "Measure": rows["metric"].map(MEASURE_WORDS),
            "Value": [printed_value(v, m, p) for v, m, p in zip(rows["value"], rows["metric"], publisher, strict=True)],
            "Unit": rows["unit"],
            "The source's marking": rows["flag"].map(FLAG_WORDS),
            "Note": rows["note"],
            "Source": citations_of(sources, rows["source_id"]),
            "Source address": rows["source_id"].map(by_id["url"]),
            "Source id": rows["source_id"],
            "Where in the source": rows["source_locator"],
        }
    ).reset_index(drop=True)


def event_years(events: pd.DataFrame) -> pd.Series:
    """Each event's date as a fractional year, to place it on a yearly axis."""
    start = period_start(events["date"])
    year: pd.Series = start.dt.year + (start.dt.day_of_year - 1) / 365.25
    return year


def events_in(events: pd.DataFrame, categories: list[str], years: tuple[int, int]) -> pd.DataFrame:
    """The events of the chosen categories that fall inside the charted years."""
    year = period_start(events["date"]).dt.year
    chosen: pd.DataFrame = events[events["category"].isin(categories) & year.between(years[0], years[1])]
    return chosen


def quoted_against_series(rows: pd.DataFrame, short_source: dict[str, str]) -> pd.DataFrame:
    """Each quoted figure beside the series' figure for the same country, year and measure."""
    series, quotes = split_series_and_quotes(rows)
    lookup = series.set_index(["iso3", "year"])["value"]
    return pd.DataFrame(
        {
            "country": quotes["country"],
            "year": quotes["year"],
            "quoted figure": [format_value(v, m) for v, m in zip(quotes["value"], quotes["metric"], strict=True)],
            "quoted by": quotes["source_id"].map(short_source),
            "series figure": [
                format_value(lookup[(i, y)], m) if (i, y) in lookup.index and pd.notna(lookup[(i, y)]) else "none"
                for i, y, m in zip(quotes["iso3"], quotes["year"], quotes["metric"], strict=True)
            ],
            "series source": quotes["iso3"]
            .map(series.drop_duplicates("iso3").set_index("iso3")["source_id"])
            .map(short_source),
            "quote and context": quotes["note"],
        }
    )
