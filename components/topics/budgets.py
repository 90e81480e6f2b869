"""Military expenditure: the measures, the country sets, the rows behind a chart, and which
source is a country's series and which figures are quotes beside it. No Streamlit, no figures here.

For each country and measure the source with the most years is the series (SIPRI in the shipped
data); a figure from any other source (the paper's 715 million USD) is a quote beside it, never
merged into the series.
"""

from __future__ import annotations

import pandas as pd

from components.data.dates import period_start

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


UNCERTAIN_FLAGS = {
    "sipri_estimate": "the source's estimate",
    "highly_uncertain": "highly uncertain (the source's flag)",
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


def budget_rows(budgets: pd.DataFrame, iso3s: list[str], metric: str, years: tuple[int, int]) -> pd.DataFrame:
    """The rows behind the chart, in the order the countries were chosen, including years the
    source marks as unavailable."""
    chosen = budgets[
        budgets["iso3"].isin(iso3s) & (budgets["metric"] == metric) & budgets["year"].between(years[0], years[1])
    ]
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


def split_series_and_quotes(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    is_series = rows["source_id"].eq(rows["iso3"].map(series_source(rows)))
    return rows[is_series], rows[~is_series & rows["value"].notna()]


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
            "series source": quotes["iso3"].map(series_source(rows)).map(short_source),
            "quote and context": quotes["note"],
        }
    )
