"""Headline figures for the Home page, each computed from the data with its source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from components.data.dates import period_start

PAPER = "marin2020"
SIPRI = "sipri_milex_2025"


@dataclass(frozen=True)
class Headline:
    label: str
    value: str
    detail: str
    source_ids: tuple[str, ...]


def _budget_value(budgets: pd.DataFrame, iso3: str, year: int, metric: str, source_id: str) -> float | None:
    rows = budgets[
        (budgets["iso3"] == iso3)
        & (budgets["year"] == year)
        & (budgets["metric"] == metric)
        & (budgets["source_id"] == source_id)
        & budgets["value"].notna()
    ]
    return None if rows.empty else float(rows["value"].iloc[0])


def budget_headline(budgets: pd.DataFrame, *, iso3: str, year: int, source_id: str, label: str) -> Headline | None:
    spending = _budget_value(budgets, iso3, year, "usd_current_m", source_id)
    if spending is None:
        return None
    share = _budget_value(budgets, iso3, year, "share_of_gdp_pct", source_id)
    detail = "million US$ at current prices"
    if share is not None:
        detail += "; " + f"{share:.2f}".rstrip("0").rstrip(".") + "% of GDP"
    return Headline(label, f"${spending:,.0f}m", detail, (source_id,))


def latest_budget_year(budgets: pd.DataFrame, iso3: str, source_id: str) -> int | None:
    rows = budgets[(budgets["iso3"] == iso3) & (budgets["source_id"] == source_id) & budgets["value"].notna()]
    return None if rows.empty else int(rows["year"].max())


def exercise_headline(exercises: pd.DataFrame) -> Headline | None:
    sized = exercises[exercises["total_troops"].notna()].sort_values("year")
    if sized.empty:
        return None
    latest = sized.iloc[-1]
    return Headline(
        f"{latest['name']}: troops",
        f"{int(latest['total_troops']):,}",
        "total as printed by the source, which may be one side's announcement: its note is on Budgets",
        (latest["source_id"],),
    )


def headlines(frames: Mapping[str, pd.DataFrame]) -> list[Headline]:
    budgets = frames["budgets"]
    latest = latest_budget_year(budgets, "BLR", SIPRI)
    candidates = [
        budget_headline(budgets, iso3="BLR", year=2018, source_id=PAPER, label="Belarus 2018, the paper"),
        budget_headline(budgets, iso3="BLR", year=2018, source_id=SIPRI, label="Belarus 2018, SIPRI 2025"),
        budget_headline(budgets, iso3="BLR", year=latest, source_id=SIPRI, label=f"Belarus {latest}, SIPRI 2025")
        if latest
        else None,
        exercise_headline(frames["exercises"]),
    ]
    return [h for h in candidates if h is not None]


def newest(frame: pd.DataFrame, date_column: str = "date") -> pd.Series | None:
    """The row with the latest date (partial dates count from their first day)."""
    starts = period_start(frame[date_column])
    if starts.isna().all():
        return None
    newest_first = starts.reset_index(drop=True).sort_values(ascending=False, na_position="last")
    row: pd.Series = frame.iloc[[int(str(newest_first.index[0]))]].iloc[0]
    return row
