"""A poll topic as one chart: the answers of every question data/poll_topics/ groups, across
pollsters and waves, with their margins of error.

One colour per answer meaning (the same as in every poll chart), one marker symbol and dash
per series (a pollster's question), a band or bar of the margin of error where the source
states one or its sample implies one. Nothing here knows a particular topic.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.data.dates import period_start
from components.data.text import figure_text
from components.figures.chart_style import apply_briefing_layout
from components.figures.palette import meaning_colours, rgb
from components.figures.poll_chart import circle_disputed, hover_texts
from components.topics.poll_topics import margin_note, topic_facts

SERIES_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star")
SERIES_DASHES = ("solid", "dot", "dash", "dashdot", "longdash", "longdashdot")
PLOT_HEIGHT = 280
BAND_OPACITY = 46  # of 255: the band shows, the lines over it stay legible


def _runs(has_margin: pd.Series) -> list[list[int]]:
    """Positions of consecutive points that all have a margin."""
    runs: list[list[int]] = [[]]
    for position, present in enumerate(has_margin):
        if present:
            runs[-1].append(position)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _band(figure: go.Figure, part: pd.DataFrame, colour: str, group: str) -> list[float | None]:
    """A shaded band over each run of two or more points with a margin; the margin of a lone
    point is returned as its error bar (a band of one point has no width)."""
    fieldwork = period_start(part["date"]).reset_index(drop=True)
    percent = part["percent"].astype(float).reset_index(drop=True)
    margin = part["margin"].astype(float).reset_index(drop=True)
    bars: list[float | None] = [None] * len(part)
    red, green, blue, alpha = rgb(colour, BAND_OPACITY)
    for run in _runs(margin.notna()):
        if len(run) == 1:
            bars[run[0]] = margin[run[0]]
            continue
        upper = [percent[i] + margin[i] for i in run]
        lower = [percent[i] - margin[i] for i in reversed(run)]
        figure.add_scatter(
            x=[fieldwork[i] for i in run] + [fieldwork[i] for i in reversed(run)],
            y=upper + lower,
            fill="toself",
            fillcolor=f"rgba({red},{green},{blue},{alpha / 255:.2f})",
            line={"width": 0},
            mode="lines",
            hoverinfo="skip",
            showlegend=False,
            legendgroup=group,
            name=f"{group}: margin of error",
        )
    return bars


def build_poll_tracker(rows: pd.DataFrame, *, title: str, left_out: str = "", source: str = "") -> go.Figure:
    """`rows` as `topic_rows` gives them: one line per series and answer meaning."""
    figure = go.Figure()
    if rows.empty:
        return apply_briefing_layout(figure, title=f"{title}: no poll rows", source=source)
    apply_briefing_layout(
        figure,
        title=title,
        subtitle=[f"{topic_facts(rows)} {margin_note(rows)}", left_out],
        source=source,
        plot_height=PLOT_HEIGHT,
        legend_beside=True,
    )
    series = list(dict.fromkeys(rows["series"]))
    meanings = list(dict.fromkeys(rows["meaning"]))
    colours = dict(zip(meanings, meaning_colours(meanings), strict=True))
    for meaning, colour in colours.items():
        for position, name in enumerate(series):
            part = rows[(rows["meaning"] == meaning) & (rows["series"] == name)]
            if part.empty:
                continue
            group = figure_text(f"{meaning} · {name}")
            bars = _band(figure, part, colour, group)
            figure.add_scatter(
                x=period_start(part["date"]),
                y=part["percent"],
                mode="lines+markers",
                name=group,
                legendgroup=group,
                line={"color": colour, "width": 3, "dash": SERIES_DASHES[position % len(SERIES_DASHES)]},
                marker={"size": 11, "symbol": SERIES_SYMBOLS[position % len(SERIES_SYMBOLS)]},
                error_y={
                    "type": "data",
                    "array": bars,
                    "visible": any(b is not None for b in bars),
                    "color": colour,
                    "thickness": 2,
                },
                hovertext=hover_texts(part),
                hoverinfo="text",
            )
    circle_disputed(figure, rows)
    figure.update_yaxes(range=[0, 100], title={"text": "Share of respondents (%)"}, ticksuffix="%")
    figure.update_xaxes(title=None)
    return figure
