"""Where an evidence item points, and which myths point at a thing: links between views, as data.

A link is built here, not in the UI, so that a test can walk every link the data makes and
check it against the target view's declared address parameters. Labels are plain text
(the UI escapes them).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from components.data.dates import period_start
from components.topics.myths import myths_pointing_at
from components.views import BUDGETS, MAP, MYTHS, POLLS, Link


def _row(frame: pd.DataFrame, column: str, ident: str) -> pd.Series | None:
    rows = frame[frame[column] == ident]
    return None if rows.empty else rows.iloc[0]


def site_link(site: pd.Series) -> Link:
    """The map on the site, at a date when it was there."""
    query = {"site": str(site["id"])}
    start = period_start(pd.Series([site["start_date"]])).iloc[0]
    if pd.notna(start):
        query["as_of"] = start.strftime("%Y-%m")
    return Link(MAP, f"On the map: {site['name']}", query, MAP.icon)


def related_link(frames: Mapping[str, pd.DataFrame], kind: str, target: str) -> Link | None:
    """The view that shows what an evidence item names (site:, poll:, event:, exercise:), or None."""
    if kind == "site" and (site := _row(frames["sites"], "id", target)) is not None:
        return site_link(site)
    if kind == "poll" and (poll := _row(frames["polls"], "question_id", target)) is not None:
        return Link(POLLS, f"Poll: {str(poll['question'])[:90]}", {"question": target}, POLLS.icon)
    if kind == "event" and (event := _row(frames["events"], "id", target)) is not None:
        return Link(MYTHS, f"Event {event['date']}: {event['title']}", {"event": target}, ":material/event:")
    if kind == "exercise" and (exercise := _row(frames["exercises"], "id", target)) is not None:
        return Link(BUDGETS, f"Exercise sizes: {exercise['name']}", {}, BUDGETS.icon)
    return None


def myth_links(frames: Mapping[str, pd.DataFrame], kind: str, target: str) -> list[Link]:
    """Links to the myths whose evidence names this site, poll question, event or exercise."""
    claims = frames["myths"].drop_duplicates("id", keep="last").set_index("id")["claim"]
    return [
        Link(MYTHS, f"“{claims[myth_id]}”", {"myth": myth_id}, MYTHS.icon)
        for myth_id in myths_pointing_at(frames["evidence"], kind, target)
        if myth_id in claims.index
    ]
