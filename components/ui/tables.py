"""Rows shown as a table (text as text, never as markup) and offered as a CSV download."""

from __future__ import annotations

from functools import partial
from typing import Literal

import pandas as pd
import streamlit as st

from components.data.downloads import InWords, csv_for_download, for_reader

TABLE_ROW_LIMIT = 5_000


def table_with_download(
    frame: pd.DataFrame,
    *,
    file_name: str,
    key: str,
    height: int | Literal["auto"] = "auto",
    in_words: InWords | None = None,
) -> None:
    """The rows as a table and as a CSV download, both `in_words` where given (only the rows
    shown are turned for the table, and all of them only when the download is clicked).

    A browser table of a hundred thousand rows helps nobody and slows every
    rerun: past TABLE_ROW_LIMIT the table shows the first rows, the download all.
    """
    shown = frame.head(TABLE_ROW_LIMIT)
    st.dataframe(for_reader(shown, in_words), hide_index=True, height=height)
    if len(frame) > len(shown):
        st.caption(f"The table shows the first {len(shown):,} of {len(frame):,} rows; the download has all of them.")
    csv_download_button(frame, file_name=file_name, key=key, in_words=in_words)


def csv_download_button(frame: pd.DataFrame, *, file_name: str, key: str, in_words: InWords | None = None) -> None:
    st.download_button(
        f"Download these {len(frame):,} rows (CSV)",
        data=partial(csv_for_download, frame, in_words),  # built only when clicked
        file_name=file_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )
