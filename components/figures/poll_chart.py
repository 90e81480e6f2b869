"""Any poll question in data/polls/ as a chart: answers over the waves, by subgroup.

Nothing here knows a particular question: a dropped CSV with a new question or a
new wave is charted the same way.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.data.cells import number_of
from components.data.dates import period_start
from components.data.text import figure_text
from components.figures.chart_style import EndLabel, add_end_labels, apply_briefing_layout
from components.figures.palette import SERIES_COLOURS
from components.topics.polls import CONFLICT_FLAG, points, survey_facts

SUBGROUP_DASHES = ("solid", "dot", "dash", "dashdot", "longdash")
PERCENT_LABEL_GAP = 4.5  # points on the 0-100 axis: one line of label text


def _disputed(rows: pd.DataFrame) -> pd.Series:
    return rows["flag"].eq(CONFLICT_FLAG).fillna(False).astype(bool)


def _hover(rows: pd.DataFrame) -> list[str]:
    return [
        figure_text(
            f"{r['answer']} ({r['subgroup']}): {points(number_of(r['percent']))}%, "
            f"fieldwork {r['date']}, {r['pollster']}"
        )
        + ("<br>Another source reports a different figure" if disputed else "")
        for r, disputed in zip(rows.to_dict("records"), _disputed(rows), strict=True)
    ]


def _colours(rows: pd.DataFrame) -> dict[str, str]:
    answers = dict.fromkeys(rows["answer"])
    return {answer: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, answer in enumerate(answers)}


def _series_name(answer: str, subgroup: str, several_subgroups: bool) -> str:
    return f"{answer} ({subgroup})" if several_subgroups else answer


def _single_wave(figure: go.Figure, rows: pd.DataFrame, subgroups: list[str]) -> None:
    order = {answer: position for position, answer in enumerate(dict.fromkeys(rows["answer"]))}
    for i, subgroup in enumerate(subgroups):
        part = rows[(rows["subgroup"] == subgroup) & rows["percent"].notna()]
        part = part.iloc[part["answer"].map(order).argsort(kind="stable")]
        # Two sources reporting the same answer in one wave: both bars, each named by its source.
        twice = part.duplicated("answer", keep=False)
        labels = part["answer"].where(~twice, part["answer"] + " [" + part["source_id"] + "]")
        figure.add_bar(
            y=[figure_text(label) for label in labels],
            x=part["percent"],
            orientation="h",
            name=figure_text(subgroup),
            marker_color=SERIES_COLOURS[i % len(SERIES_COLOURS)],
            text=[f"{points(v)}%" for v in part["percent"]],
            textposition="outside",
            cliponaxis=False,
            hovertext=_hover(part),
            hoverinfo="text",
        )
    figure.update_layout(barmode="group", showlegend=len(subgroups) > 1)
    figure.update_yaxes(autorange="reversed", title=None)
    figure.update_xaxes(range=[0, 100], title={"text": "Share of respondents (%)"}, ticksuffix="%")


def _waves(figure: go.Figure, rows: pd.DataFrame, subgroups: list[str]) -> None:
    colours = _colours(rows)
    several = len(subgroups) > 1
    labels = []
    for answer, colour in colours.items():
        for i, subgroup in enumerate(subgroups):
            part = rows[(rows["answer"] == answer) & (rows["subgroup"] == subgroup)]
            if part.empty:
                continue
            name = figure_text(_series_name(answer, subgroup, several))
            fieldwork = period_start(part["date"])
            figure.add_scatter(
                x=fieldwork,
                y=part["percent"],
                mode="lines+markers",
                name=name,
                line={"color": colour, "width": 3, "dash": SUBGROUP_DASHES[i % len(SUBGROUP_DASHES)]},
                marker={"size": 9},
                hovertext=_hover(part),
                hoverinfo="text",
            )
            labels.append(
                EndLabel(
                    fieldwork.iloc[-1],
                    part["percent"].iloc[-1],
                    f"{name}: {points(part['percent'].iloc[-1])}%",
                    colour,
                )
            )
    add_end_labels(figure, labels, min_gap=PERCENT_LABEL_GAP)
    conflicting = rows[_disputed(rows)]
    if not conflicting.empty:
        figure.add_scatter(
            x=period_start(conflicting["date"]),
            y=conflicting["percent"],
            mode="markers",
            name="Another source reports a different figure",
            marker={"symbol": "circle-open", "size": 20, "color": "#000000", "line": {"width": 2}},
            hovertext=_hover(conflicting),
            hoverinfo="text",
        )
    figure.update_yaxes(range=[0, 100], title={"text": "Share of respondents (%)"}, ticksuffix="%")
    figure.update_xaxes(title=None)
    figure.update_layout(margin={"r": 260})


def build_poll_figure(rows: pd.DataFrame, *, source: str = "") -> go.Figure:
    """Bars for a single wave, lines over time for several; one colour per answer, one dash per subgroup."""
    figure = go.Figure()
    if rows.empty:
        return apply_briefing_layout(figure, title="No poll rows match this choice", source=source)
    subgroups = list(dict.fromkeys(rows["subgroup"]))
    apply_briefing_layout(figure, title=rows["question"].iloc[0], subtitle=survey_facts(rows), source=source)
    if rows["date"].nunique() == 1:
        _single_wave(figure, rows, subgroups)
    else:
        _waves(figure, rows, subgroups)
    return figure
