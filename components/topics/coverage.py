"""What period the data a view shows covers, and its newest dated row: said on every view, so
that no view presents the data as newer than it is. No Streamlit here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from components.data.catalog import DATASETS
from components.data.dates import period_after, period_start


@dataclass(frozen=True)
class Span:
    dataset: str
    column: str
    first: str  # as precise as the data gives it (YYYY, YYYY-MM or YYYY-MM-DD)
    last: str


def span(frame: pd.DataFrame, dataset: str, column: str) -> Span | None:
    """The earliest and latest value of a dated column, or None when it holds no date."""
    values = frame[column].dropna().astype("str")
    starts = period_start(values).dropna().sort_values(kind="stable")
    if starts.empty:
        return None
    return Span(dataset, column, str(values[starts.index[0]]), str(values[starts.index[-1]]))


def coverage_line(frames: Mapping[str, pd.DataFrame], dated: Iterable[tuple[str, str]]) -> str | None:
    """E.g. 'Military sites and deployments dated 1995 to 2025-12.' for the columns a view shows."""
    parts, cited = [], set()
    for dataset, column in dated:
        found = span(frames[dataset], dataset, column)
        if found is not None:
            parts.append(f"{DATASETS[dataset].title} dated {found.first} to {found.last}")
        if "source_id" in frames[dataset].columns:
            cited |= set(frames[dataset]["source_id"].dropna())
    if not parts:
        return None
    sources = frames["sources"]
    newest_source = span(sources[sources["id"].isin(cited)], "sources", "date") if cited else None
    latest = f"; the newest source they cite is dated {newest_source.last}" if newest_source else ""
    return "Coverage: " + "; ".join(parts) + latest + "."


def newest_dated_row(frames: Mapping[str, pd.DataFrame]) -> Span | None:
    """The newest date of any fact in the data (not the publication date of a source), so a
    headline never presents the data as newer than what it records."""
    spans = [
        found
        for name, dataset in DATASETS.items()
        if name not in ("sources", "briefings")
        for field_ in dataset.fields
        if field_.kind == "date"
        and field_.name in frames[name].columns
        and (found := span(frames[name], name, field_.name)) is not None
    ]
    if not spans:
        return None
    return max(spans, key=lambda s: period_start(pd.Series([s.last])).iloc[0])


def nothing_recorded_after(
    frames: Mapping[str, pd.DataFrame], dated: Iterable[tuple[str, str]], month: str
) -> str | None:
    """A notice when the chosen month is later than anything the view's data records, or None."""
    spans = [found for dataset, column in dated if (found := span(frames[dataset], dataset, column)) is not None]
    if not spans:
        return None
    latest = max(spans, key=lambda s: period_start(pd.Series([s.last])).iloc[0]).last
    if period_start(pd.Series([month])).iloc[0] < period_after(pd.Series([latest])).iloc[0]:
        return None  # within the period the latest date names ('2017' runs to December)
    return f"Nothing here is dated after {latest}: {month} shows the data as it stood then, not news since."
