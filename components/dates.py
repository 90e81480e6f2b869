"""Dates that are only as precise as their source (YYYY, YYYY-MM or YYYY-MM-DD)."""

from __future__ import annotations

import pandas as pd


def period_start(values: pd.Series) -> pd.Series:
    """The first day each partial date can mean, as a datetime ('2019-08' -> 1 Aug 2019)."""
    text = values.astype("str")
    text = text.where(text.str.len() != 4, text + "-01-01")
    text = text.where(text.str.len() != 7, text + "-01")
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
