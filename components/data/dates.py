"""Dates that are only as precise as their source (YYYY, YYYY-MM or YYYY-MM-DD)."""

from __future__ import annotations

import pandas as pd


def period_start(values: pd.Series) -> pd.Series:
    """The first day each partial date can mean, as a datetime ('2019-08' -> 1 Aug 2019)."""
    text = values.astype("str")
    text = text.where(text.str.len() != 4, text + "-01-01")
    text = text.where(text.str.len() != 7, text + "-01")
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")


def period_after(values: pd.Series) -> pd.Series:
    """The first day after the period a partial date names ('2015' -> 2016-01-01)."""
    start = period_start(values)
    length = values.astype("str").str.len()
    next_year = start + pd.offsets.YearBegin(1)
    next_month = start + pd.offsets.MonthBegin(1)
    next_day = start + pd.Timedelta(days=1)
    return next_day.where(length == 10, next_month.where(length == 7, next_year))


def source_dates(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """For each row, the publication date (as precise as known) of the source it cites."""
    return frame["source_id"].map(sources.set_index("id")["date"])
