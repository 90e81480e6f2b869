"""Rows as a reader downloads them: without the loader's bookkeeping, safe to open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from components.data.loading import FILE_COLUMN, ROW_COLUMN
from components.data.text import neutralise_formula


def without_internal_columns(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[FILE_COLUMN, ROW_COLUMN], errors="ignore")


# Rows turned into what a reader reads (see `reader_tables.reader_table`).
InWords = Callable[[pd.DataFrame], pd.DataFrame]


def for_reader(frame: pd.DataFrame, in_words: InWords | None = None) -> pd.DataFrame:
    """The rows a table shows and a download holds: `in_words` where given, else as loaded."""
    return in_words(frame) if in_words else without_internal_columns(frame)


def csv_for_download(frame: pd.DataFrame, in_words: InWords | None = None) -> bytes:
    return for_reader(frame, in_words).map(neutralise_formula).to_csv(index=False).encode("utf-8")
