"""What changed on the map between two dates: the sites that appeared and those that ended.

No Streamlit here. A site "appeared" if it exists on the later date but not on the earlier
one, and "ended" the other way round, by the same rule the map uses to draw a date
(`sites.active_on`), so the comparison never disagrees with the two maps it compares.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from components.topics.sites import active_on, reported_dates

CHANGE_LABELS = {"appeared": "Appeared", "ended": "Ended"}


def changes_between(sites: pd.DataFrame, sources: pd.DataFrame, earlier: date, later: date) -> pd.DataFrame:
    """The sites that appeared or ended between two dates, with a `change` column, appeared first."""
    reported = reported_dates(sites, sources)
    before = active_on(sites, earlier, reported)
    after = active_on(sites, later, reported)
    change = pd.Series(pd.NA, index=sites.index, dtype="object")
    change[after & ~before] = "appeared"
    change[before & ~after] = "ended"
    changed = sites.assign(change=change)[change.notna()]
    order = changed["change"].map(list(CHANGE_LABELS).index)
    return changed.iloc[order.argsort(kind="stable")]


def with_ended(visible: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """The sites on the later date plus those that ended since the earlier one: the compare map."""
    ended = changes[changes["change"] == "ended"].drop(columns="change")
    return pd.concat([visible, ended[~ended["id"].isin(visible["id"])]])
