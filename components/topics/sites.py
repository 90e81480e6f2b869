"""Which sites show on the map, and how each is labelled. No Streamlit here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from components.data.dates import period_after, period_start, source_dates
from components.data.word_search import EVERYTHING, Query, rows_matching

# Sites are told apart by shape: categories that do the same job share one.
CATEGORY_SHAPES = {
    "airbase": "triangle",
    "air_policing": "triangle",
    "air_defence": "diamond",
    "missile": "diamond",
    "radar": "circle",
    "naval_communications": "circle",
    "ground_forces": "square",
    "battlegroup": "square",
    "headquarters": "star",
    "training_centre": "star",
    "centre_of_excellence": "star",
    "other": "cross",
}
SHAPE_SYMBOLS = {"triangle": "▲", "diamond": "◆", "circle": "●", "square": "■", "star": "★", "cross": "✚"}

# Only claimed sites (asserted by one party, never confirmed) are drawn as outlines.
OUTLINED_CONFIDENCE = {"claimed"}


def active_on(sites: pd.DataFrame, when: date, reported_on: pd.Series | None = None) -> pd.Series:
    """Sites that exist on a date: started by then and not yet ended.

    A site with no known start counts from the date of its source (what was
    known when). One that ended, or was never realised, on an unknown date is
    shown until the end of the year it started in: it must not look permanent.
    """
    moment = pd.Timestamp(when)
    start = period_start(sites["start_date"])
    if reported_on is not None:
        start = start.fillna(reported_on)
    end = period_after(sites["end_date"])
    unknown_end = sites["status"].isin(["ended", "not_realised"]) & sites["end_date"].isna()
    end = end.where(~unknown_end, start + pd.offsets.YearBegin(1))
    started = start.isna() | (start <= moment)
    not_ended = end.isna() | (moment < end)
    return started & not_ended


def month_options(sites: pd.DataFrame, today: date | None = None) -> list[str]:
    """Every month from the earliest start date in the data to this month, as YYYY-MM."""
    first = period_start(sites["start_date"]).min()
    last = pd.Timestamp(today or date.today())
    first = last if pd.isna(first) else first
    return [p.strftime("%Y-%m") for p in pd.period_range(first, last, freq="M")]


def month_end(month: str) -> date:
    """The last day of a YYYY-MM month: 'as of March 2014' includes 13 March 2014."""
    return pd.Period(month, freq="M").end_time.date()


# What a search on the Map reads: a site's names in every spelling, and what it is.
SEARCHED = ["name", "alt_names", "description"]


def matching(sites: pd.DataFrame, query: Query) -> pd.Series:
    """Sites whose names or description hold every word of the query (see word_search)."""
    return rows_matching(sites, SEARCHED, query)


def select_sites(
    sites: pd.DataFrame,
    *,
    when: date | None,
    sources: pd.DataFrame,
    chosen: Mapping[str, Sequence[str]] | None = None,
    query: Query = EVERYTHING,
) -> pd.DataFrame:
    """The sites a user asked for (on a date, or at any date with `when=None`): `chosen`
    holds the accepted codes by column, and an empty or missing list means 'all'."""
    mask = matching(sites, query)
    if when is not None:
        mask &= active_on(sites, when, reported_dates(sites, sources))
    for column, codes in (chosen or {}).items():
        if codes:
            mask &= sites[column].isin(codes)
    return sites[mask]


def first_month_on_map(sites: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """The month (YYYY-MM) each site first shows on the map: its start, else its report's date."""
    start = period_start(sites["start_date"]).fillna(reported_dates(sites, sources))
    months: pd.Series = start.dt.strftime("%Y-%m")
    return months


def reported_dates(sites: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """When each site was first reported: the start of its source's publication period."""
    return period_start(source_dates(sites, sources))


def date_span(row: pd.Series) -> str:
    start = row["start_date"] if pd.notna(row["start_date"]) else "date unknown"
    if pd.notna(row["end_date"]):
        return f"{start} to {row['end_date']}"
    if row["status"] == "ended":
        return f"{start} to an unknown date"
    return f"since {start}"
