"""What an upload would change in a file: rows added, changed and removed, by the dataset's key.

No Streamlit here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from components.data.loading import FILE_COLUMN, ROW_COLUMN
from components.data.schema import Dataset

CHANGED_COLUMNS = "changed columns"


@dataclass(frozen=True)
class Changes:
    added: pd.DataFrame
    changed: pd.DataFrame  # the new rows, with the names of the columns that differ
    removed: pd.DataFrame

    @property
    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed)}

    @property
    def none(self) -> bool:
        return not any(self.counts.values())


def _as_text(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Cells compared as they read: 75 and 75.0 are the same, an empty cell is ''."""
    return frame[columns].astype("string").fillna("")


def compare(live: pd.DataFrame, new: pd.DataFrame, dataset: Dataset) -> Changes:
    key = list(dataset.key)
    columns = [c for c in dict.fromkeys([*new.columns, *live.columns]) if c not in {FILE_COLUMN, ROW_COLUMN}]
    live, new = live.copy(), new.copy()
    for frame in (live, new):
        for column in columns:
            if column not in frame.columns:
                frame[column] = pd.NA
    old_keyed = _as_text(live, columns).set_index(key, drop=False)
    new_keyed = _as_text(new, columns).set_index(key, drop=False)
    added = new_keyed.loc[~new_keyed.index.isin(old_keyed.index)]
    removed = old_keyed.loc[~old_keyed.index.isin(new_keyed.index)]
    both = new_keyed.index[new_keyed.index.isin(old_keyed.index)]
    differences = new_keyed.loc[both] != old_keyed.loc[both]
    differing = differences.any(axis=1)
    changed = new_keyed.loc[both][differing].copy()
    changed.insert(
        0, CHANGED_COLUMNS, [", ".join(differences.columns[row]) for row in differences[differing].to_numpy()]
    )
    return Changes(added.reset_index(drop=True), changed.reset_index(drop=True), removed.reset_index(drop=True))
