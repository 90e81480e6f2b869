"""One look for every chart: readable on a shared screen, and self-contained when
exported as an image (title, what was measured and the source travel with it)."""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import plotly.graph_objects as go

from components.data.text import wrapped_figure_text

# Fonts every machine has, not the page's web font: the PNG export draws the chart as an
# image, which cannot load web fonts, while the legend is sized by the text as measured on the
# page; with Source Sans on screen and Arial in the image the legend's last entry was cut.
FONT = "Arial, Liberation Sans, Helvetica, sans-serif"
BASE_FONT_SIZE = 16
TITLE_FONT_SIZE = 21
TITLE_WRAP = 95
# Subtitle and source lines, wrapped to fit the narrowest chart of a 1440-pixel-wide window
# with the sidebar open (about 900 pixels): Plotly never wraps text, it cuts it at the edge.
NOTE_WRAP = 125
AXIS_TITLE_WRAP = 32
INK = "#1a1a1a"
MUTED = "#555555"
GRID = "#e3e3e3"
LEGEND_SPACE = 110
AXIS_SPACE = 60  # under the plot for the tick labels and the axis title, when the legend is beside it
LEFT_MARGIN = 100
LEGEND_ROW = 28  # pixels per further row of legend entries
LEGEND_WIDTH = 760  # what a legend row holds at least, in pixels, on the narrowest chart
LEGEND_ENTRY = 44  # a legend entry's symbol and gaps, in pixels
LEGEND_CHAR = 8.5  # an average character of the legend's text, in pixels
TITLE_PAD = 14
TITLE_LINE = 30  # pixels a line of the title takes, at its size
SUBTITLE_LINE = 24
# A slide's chart on the narrowest shared screen (1440 wide, presenter mode) and the width of
# an average character of the bold title, in ems: where a scaled title must wrap.
SLIDE_CHART_PX = 1360
TITLE_CHAR_EM = 0.55
# Between the subtitle and the plot: the top tick label ("100%") stands half a line above
# the plot, and must never run into the subtitle.
AXIS_LABEL_GAP = 32

# What the Plotly mode bar offers: the image export (PNG, at twice the screen size for
# slides) and zoom; no link to Plotly's cloud, no logo.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    # No height: the image takes the chart's own, which makes room for its title, legend and
    # source lines; a fixed height squeezed the plot and could cut what lies below it.
    "toImageButtonOptions": {"format": "png", "scale": 2, "width": 1400},
}


def legend_rows(names: list[str]) -> int:
    """How many rows a horizontal legend of these entries takes on the narrowest chart."""
    rows, used = 1, 0.0
    for name in names:
        width = LEGEND_ENTRY + LEGEND_CHAR * len(name)
        if used and used + width > LEGEND_WIDTH:
            rows, used = rows + 1, 0.0
        used += width
    return rows


def _legend_names(figure: go.Figure) -> list[str]:
    return [str(trace.name) for trace in figure.data if trace.name and trace.showlegend is not False]


def apply_briefing_layout(
    figure: go.Figure,
    *,
    title: str,
    subtitle: str | Sequence[str] = "",
    source: str = "",
    y_title: str = "",
    x_title: str = "",
    plot_height: int = 420,
    legend_beside: bool = False,
    left_margin: int = LEFT_MARGIN,
) -> go.Figure:
    """Title, subtitle (one paragraph, or several each on its own lines), axis titles and a
    source line under the plot, all from plain text.

    The figure grows with its title, subtitle, legend and source lines, so the plot itself
    keeps `plot_height` pixels however many sources a chart cites. Called after the traces
    are added: the legend's rows are counted from them. `legend_beside` puts the legend to
    the right of the plot (a chart that must fit a laptop's first screen) instead of under it;
    `left_margin` makes room for long category labels (the source line still starts at the edge).
    """
    title_lines = wrapped_figure_text(title, TITLE_WRAP)
    paragraphs = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    subtitle_lines = "<br>".join(wrapped_figure_text(text, NOTE_WRAP) for text in paragraphs if text)
    source_lines = wrapped_figure_text(f"Source: {source}", NOTE_WRAP) if source else ""
    title_rows = title_lines.count("<br>") + 1
    subtitle_rows = subtitle_lines.count("<br>") + 1 if subtitle_lines else 0
    top = TITLE_PAD + TITLE_LINE * title_rows + SUBTITLE_LINE * subtitle_rows + AXIS_LABEL_GAP
    source_space = 20 * (source_lines.count("<br>") + 1) if source else 0
    if legend_beside:
        bottom = AXIS_SPACE + source_space
        legend = {"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top", "title": None}
    else:
        bottom = LEGEND_SPACE + LEGEND_ROW * (legend_rows(_legend_names(figure)) - 1) + source_space
        # Under the axis, so a long title and its subtitle never collide with it.
        legend = {"orientation": "h", "yanchor": "top", "y": -0.08, "x": 0, "title": None}
    figure.update_layout(
        template="plotly_white",
        height=plot_height + top + bottom,
        font={"family": FONT, "size": BASE_FONT_SIZE, "color": INK},
        title={
            "text": f"<b>{title_lines}</b>",
            "subtitle": {"text": subtitle_lines, "font": {"size": BASE_FONT_SIZE - 1, "color": MUTED}},
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            # Pinned to the top, so the space the margin keeps for it lies between it and the plot.
            "y": 1,
            "yanchor": "top",
            "yref": "container",
            "pad": {"l": 12, "t": TITLE_PAD},
            "font": {"size": TITLE_FONT_SIZE},
        },
        margin={"t": top, "b": bottom, "l": left_margin, "r": 40},
        legend=legend,
        hoverlabel={"font": {"size": BASE_FONT_SIZE - 1}},
        xaxis={"title": {"text": wrapped_figure_text(x_title, AXIS_TITLE_WRAP)}, "gridcolor": GRID},
        yaxis={
            "title": {"text": wrapped_figure_text(y_title, AXIS_TITLE_WRAP)},
            "gridcolor": GRID,
            "rangemode": "tozero",
        },
    )
    if source:
        figure.add_annotation(
            text=source_lines,
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            xshift=-left_margin + 12,  # from the chart's left edge, as the title: the whole width for the line
            # Under the legend, top first: a line taller or shorter than its share of the margin
            # leaves its slack at the foot of the image, never between the legend and the source.
            yshift=-(bottom - source_space),
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            font={"size": BASE_FONT_SIZE - 3, "color": MUTED},
        )
    return figure


def spread(values: list[float], min_gap: float) -> list[float]:
    """Positions as close to the values as possible, at least min_gap apart, in the same order."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    placed = list(values)
    for previous, current in pairwise(order):
        placed[current] = max(values[current], placed[previous] + min_gap)
    return placed


@dataclass(frozen=True)
class EndLabel:
    x: object
    y: float
    text: str
    colour: str


def add_end_labels(figure: go.Figure, labels: list[EndLabel], min_gap: float) -> None:
    """Name each line at its last point (easier to read than a legend), without overlaps."""
    for label, y in zip(labels, spread([label.y for label in labels], min_gap), strict=True):
        figure.add_annotation(
            x=label.x,
            y=y,
            text=label.text,
            showarrow=False,
            xanchor="left",
            xshift=10,
            font={"color": label.colour, "size": BASE_FONT_SIZE - 1},
        )


_FONT_KEYS = {"font", "tickfont", "textfont", "insidetextfont", "outsidetextfont"}
_PIXEL_OFFSETS = {"yshift", "xshift"}


def _scale_sizes(node: object, factor: float) -> None:
    if isinstance(node, list):
        for item in node:
            _scale_sizes(item, factor)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in _FONT_KEYS and isinstance(value, dict) and isinstance(value.get("size"), int | float):
                value["size"] = round(value["size"] * factor, 1)
            if key in _PIXEL_OFFSETS and isinstance(value, int | float):
                node[key] = round(value * factor, 1)
            _scale_sizes(value, factor)


def _rewrapped(text: str, width: int) -> tuple[str, int]:
    """Figure text (already escaped, lines joined by <br>) wrapped anew at `width`, and how
    many more lines that takes."""
    bold = text.startswith("<b>") and text.endswith("</b>")
    plain = text.removeprefix("<b>").removesuffix("</b>") if bold else text
    lines = textwrap.wrap(" ".join(plain.replace("<br>", " ").split()), width) or [""]
    wrapped = "<br>".join(lines)
    return (f"<b>{wrapped}</b>" if bold else wrapped), len(lines) - (plain.count("<br>") + 1)


def _rewrap_title(layout: dict[str, Any], factor: float) -> int:
    """The title wrapped for its larger type, to fit the narrowest slide (Plotly cuts text at
    the chart's edge, never wraps it); the pixels its extra lines need at the top."""
    title = layout.get("title")
    if not isinstance(title, dict) or not title.get("text"):
        return 0
    width = int(SLIDE_CHART_PX / (TITLE_CHAR_EM * TITLE_FONT_SIZE * factor))
    title["text"], more = _rewrapped(title["text"], min(width, TITLE_WRAP))
    if isinstance(title.get("pad"), dict) and isinstance(title["pad"].get("t"), int | float):
        # Plotly sets a title of several lines a little above its anchor: the pad keeps its
        # first line inside the chart at the larger size too.
        title["pad"]["t"] = round(title["pad"]["t"] * factor + TITLE_FONT_SIZE * (factor - 1))
    return round(TITLE_LINE * more * factor)


def scaled_for_screen(figure: go.Figure, factor: float) -> go.Figure:
    """A copy with every text size, margin and pixel offset times `factor`: the same chart,
    legible on a shared screen. Plotly sizes text in pixels, so page zoom does not reach it.
    The plot area keeps its height, so the chart still fits under a slide's headline."""
    spec = copy.deepcopy(figure.to_plotly_json())
    _scale_sizes(spec, factor)
    layout = spec["layout"]
    margin = layout.get("margin", {})
    before = margin.get("t", 0) + margin.get("b", 0)
    for side, value in margin.items():
        if isinstance(value, int | float):
            margin[side] = round(value * factor)
    if "t" in margin:
        margin["t"] += _rewrap_title(layout, factor)
    if "height" in layout:
        layout["height"] += margin.get("t", 0) + margin.get("b", 0) - before
    return go.Figure(spec)
