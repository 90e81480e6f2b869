"""Rows as a reader downloads them: without the loader's bookkeeping, safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

from components.data.loading import FILE_COLUMN, ROW_COLUMN
from components.data.text import neutralise_formula


def without_internal_columns(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[FILE_COLUMN, ROW_COLUMN], errors="ignore")


def csv_for_download(frame: pd.DataFrame) -> bytes:
    return without_internal_columns(frame).map(neutralise_formula).to_csv(index=False).encode("utf-8")
