"""Each myth's evidence on one time axis: when the facts happened, and which way they point."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from components.data.dates import period_start
from components.data.text import figure_text, wrapped_figure_text
from components.figures.chart_style import MUTED, apply_briefing_layout
from components.topics.myths import STANCE_COLOURS, STANCES

LANE_LABEL_WIDTH = 42
LANE_HEIGHT = 46
LANE_LABEL_MARGIN = 340  # pixels for two lines of LANE_LABEL_WIDTH characters
STANCE_SYMBOLS = {"supports_reality": "circle", "context": "square", "supports_myth": "diamond"}


def lane_label(claim: str) -> str:
    lines = textwrap.wrap(" ".join(str(claim).split()), LANE_LABEL_WIDTH)
    if len(lines) > 2:
        lines = [lines[0], lines[1][: LANE_LABEL_WIDTH - 1] + "…"]
    return "<br>".join(figure_text(line) for line in lines)


def build_evidence_timeline(
    myths: pd.DataFrame, evidence: pd.DataFrame, *, as_of: str, short_source: dict[str, str], source: str = ""
) -> go.Figure:
    """One lane per myth (in card order); one marker per evidence item, coloured and shaped by stance."""
    figure = go.Figure()
    lanes = {str(row["id"]): lane_label(str(row["claim"])) for row in myths.to_dict("records")}
    apply_briefing_layout(
        figure,
        title=f"The evidence over time, as known in {as_of}",
        subtitle="Each mark is a dated finding from a source (hover for it); the dashed line is the date chosen.",
        source=source,
        plot_height=40 + LANE_HEIGHT * max(len(lanes), 1),
        left_margin=LANE_LABEL_MARGIN,
    )
    for stance, label in STANCES.items():
        items = evidence[(evidence["stance"] == stance) & evidence["myth_id"].isin(list(lanes))]
        if items.empty:
            continue
        figure.add_scatter(
            x=period_start(items["date"]),
            y=items["myth_id"].map(lanes),
            mode="markers",
            name=label,
            marker={
                "color": STANCE_COLOURS[stance],
                "symbol": STANCE_SYMBOLS[stance],
                "size": 13,
                "line": {"width": 1, "color": "#ffffff"},
            },
            hovertext=[
                wrapped_figure_text(
                    f"{r['date']} · {short_source.get(r['source_id'], r['source_id'])}: {r['finding']}", 80
                )
                for r in items.to_dict("records")
            ],
            hoverinfo="text",
        )
    figure.add_vline(x=period_start(pd.Series([as_of])).iloc[0], line={"color": MUTED, "width": 2, "dash": "dash"})
    figure.update_yaxes(categoryorder="array", categoryarray=list(lanes.values())[::-1], rangemode="normal", title=None)
    return figure
