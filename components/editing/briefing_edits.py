"""An editor's change to a briefing, as the new bytes of the file that holds it: a slide added,
moved, edited or removed. No Streamlit here.

The bytes then go through the same check and publishing as an upload (editing/publishing.py),
so a slide built by clicking is validated, archived and can be rolled back like any file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from components.data.catalog import DATASETS
from components.data.downloads import without_internal_columns
from components.data.loading import FILE_COLUMN
from components.data.references import data_path

BRIEFINGS = DATASETS["briefings"]
COLUMNS = [f.name for f in BRIEFINGS.fields]


@dataclass(frozen=True)
class SlideText:
    """What an editor writes on a slide; the view and its state come from the view itself."""

    title: str
    notes: str
    source_id: str
    source_locator: str

    def missing(self) -> list[str]:
        """The fields a slide cannot do without, in the form's words."""
        return [label for label, value in (("headline", self.title), ("source", self.source_id)) if not value.strip()]


def briefing_file(frame: pd.DataFrame, briefing: str) -> str:
    """The file holding the briefing's rows (data/briefings/<id>.csv for a new one)."""
    rows = frame[frame["briefing"] == briefing]
    if not rows.empty and FILE_COLUMN in rows.columns:
        return str(rows[FILE_COLUMN].iloc[0])
    return data_path(BRIEFINGS.name, f"{briefing}.csv")


def new_briefing_id(title: str, taken: set[str]) -> str:
    """An address-safe id from a title ('Zapad 2025: what changed' -> 'zapad_2025_what_changed'),
    numbered when taken."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_title.lower()).strip("_")[:48].strip("_") or "briefing"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def with_slide_added(
    file_rows: pd.DataFrame, *, briefing: str, briefing_title: str, view: str, state: str, text: SlideText
) -> bytes:
    """The file with the slide appended as the briefing's last."""
    rows = _ordered(file_rows)
    mine = rows[rows["briefing"] == briefing]
    title = str(mine["briefing_title"].iloc[0]) if not mine.empty else briefing_title
    added = {
        "briefing": briefing,
        "briefing_title": title,
        "slide": len(mine) + 1,
        "view": view,
        "state": state,
        **_text_cells(text),
    }
    return _written(pd.concat([rows, pd.DataFrame([added])], ignore_index=True))


def with_slide_moved(file_rows: pd.DataFrame, briefing: str, number: int, by: int) -> bytes:
    """The file with slide `number` (its position, from 1) moved `by` places (-1: earlier)."""
    rows = _ordered(file_rows)
    positions = _positions(rows, briefing)
    target = min(max(number - 1 + by, 0), len(positions) - 1)
    order = list(positions)
    order.insert(target, order.pop(number - 1))
    rows.loc[order, "slide"] = range(1, len(order) + 1)
    return _written(rows)


def with_slide_edited(file_rows: pd.DataFrame, briefing: str, number: int, text: SlideText) -> bytes:
    rows = _ordered(file_rows)
    index = _positions(rows, briefing)[number - 1]
    for column, value in _text_cells(text).items():
        rows.loc[index, column] = value
    return _written(rows)


def with_slide_removed(file_rows: pd.DataFrame, briefing: str, number: int) -> bytes:
    rows = _ordered(file_rows)
    return _written(rows.drop(index=_positions(rows, briefing)[number - 1]))


def _ordered(file_rows: pd.DataFrame) -> pd.DataFrame:
    rows = without_internal_columns(file_rows).reindex(columns=COLUMNS).astype(object)
    return rows.sort_values(["briefing", "slide"], kind="stable").reset_index(drop=True)


def _positions(rows: pd.DataFrame, briefing: str) -> list[int]:
    """The row indexes of the briefing's slides, in order: slide n is at [n - 1]."""
    return list(rows.index[rows["briefing"] == briefing])


def _text_cells(text: SlideText) -> dict[str, str | None]:
    return {
        "title": text.title.strip(),
        "notes": text.notes.strip() or None,
        "source_id": text.source_id.strip(),
        "source_locator": text.source_locator.strip() or None,
    }


def _written(rows: pd.DataFrame) -> bytes:
    """Every briefing of the file numbered 1, 2, 3… in its order, as UTF-8 CSV."""
    rows = rows.sort_values(["briefing", "slide"], kind="stable").copy()
    rows["slide"] = rows.groupby("briefing").cumcount() + 1
    return rows[COLUMNS].to_csv(index=False, lineterminator="\n").encode("utf-8")
