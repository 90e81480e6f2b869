"""Every chart shown the same way: figure, sources, and exactly the rows behind it."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.data.downloads import InWords, for_reader
from components.data.repository import Repository
from components.figures.chart_style import PLOTLY_CONFIG, scaled_for_screen
from components.ui.expanders import lazy_expander
from components.ui.presenter import CHART_SCALE, presenting
from components.ui.source_lines import source_footnote
from components.ui.tables import csv_download_button


def show_chart(
    figure: go.Figure,
    *,
    rows: pd.DataFrame,
    repo: Repository,
    file_name: str,
    key: str,
    source_ids: Iterable[str],
    in_words: InWords | None = None,
) -> None:
    """The figure (PNG export in its mode bar), its sources as links, and the rows behind
    it as a CSV download and a table (`in_words` where given)."""
    if presenting():  # a slide: larger type, and no toolbar over the chart
        st.plotly_chart(
            scaled_for_screen(figure, CHART_SCALE),
            theme=None,
            config={**PLOTLY_CONFIG, "displayModeBar": False},
            key=key,
        )
    else:
        st.plotly_chart(figure, theme=None, config=PLOTLY_CONFIG, key=key)
    source_footnote(repo, source_ids)
    csv_download_button(rows, file_name=file_name, key=f"{key}_download", in_words=in_words)
    table = lazy_expander("The rows behind this chart, as a table", key=f"{key}_rows")
    if table.open:
        with table:
            st.dataframe(for_reader(rows, in_words), hide_index=True)
