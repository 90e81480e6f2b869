"""Any poll question in data/polls/ as a chart: answers over the waves, by subgroup.

Nothing here knows a particular question: a dropped CSV with a new question or a
new wave is charted the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from components.data.cells import number_of
from components.data.dates import period_start
from components.data.text import figure_text
from components.figures.chart_style import EndLabel, add_end_labels, apply_briefing_layout
from components.figures.palette import answer_colours
from components.topics.polls import CONFLICT_FLAG, points, question_heading, shown_share_note, survey_facts

SUBGROUP_DASHES = ("solid", "dot", "dash", "dashdot", "longdash")
SUBGROUP_PATTERNS = ("", "/", "x", ".", "-")  # bars of one wave: the colour is the answer's
DISPUTED = "Another source reports a different figure"
PERCENT_LABEL_GAP = 4.5  # points on the 0-100 axis: one line of label text


def disputed(rows: pd.DataFrame) -> pd.Series:
    return rows["flag"].eq(CONFLICT_FLAG).fillna(False).astype(bool)


def hover_texts(rows: pd.DataFrame) -> list[str]:
    return [
        figure_text(
            f"{r['answer']} ({r['subgroup']}): {points(number_of(r['percent']))}%, "
            f"fieldwork {r['date']}, {r['pollster']}"
        )
        + ("<br>Another source reports a different figure" if disputed else "")
        for r, disputed in zip(rows.to_dict("records"), disputed(rows), strict=True)
    ]


def _series_name(answer: str, subgroup: str, several_subgroups: bool) -> str:
    return f"{answer} ({subgroup})" if several_subgroups else answer


def _single_wave(figure: go.Figure, rows: pd.DataFrame, subgroups: list[str], colours: dict[str, str]) -> None:
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
            marker={
                "color": [colours[answer] for answer in part["answer"]],
                "pattern": {"shape": SUBGROUP_PATTERNS[i % len(SUBGROUP_PATTERNS)]},
            },
            text=[f"{points(v)}%" for v in part["percent"]],
            textposition="outside",
            cliponaxis=False,
            hovertext=hover_texts(part),
            hoverinfo="text",
        )
    figure.update_layout(barmode="group", showlegend=len(subgroups) > 1)
    figure.update_yaxes(autorange="reversed", title=None)
    figure.update_xaxes(range=[0, 100], title={"text": "Share of respondents (%)"}, ticksuffix="%")


def _waves(figure: go.Figure, rows: pd.DataFrame, subgroups: list[str], colours: dict[str, str]) -> None:
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
                hovertext=hover_texts(part),
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
    circle_disputed(figure, rows)
    figure.update_yaxes(range=[0, 100], title={"text": "Share of respondents (%)"}, ticksuffix="%")
    figure.update_xaxes(title=None)
    figure.update_layout(margin={"r": 260})


def circle_disputed(figure: go.Figure, rows: pd.DataFrame) -> None:
    """An open circle round each figure another source reports differently."""
    conflicting = rows[disputed(rows)]
    if not conflicting.empty:
        figure.add_scatter(
            x=period_start(conflicting["date"]),
            y=conflicting["percent"],
            mode="markers",
            name=DISPUTED,
            marker={"symbol": "circle-open", "size": 20, "color": "#000000", "line": {"width": 2}},
            hovertext=hover_texts(conflicting),
            hoverinfo="text",
        )


def build_poll_figure(rows: pd.DataFrame, *, meanings: Mapping[str, str] | None = None, source: str = "") -> go.Figure:
    """Bars for a single wave, lines over time for several; one dash per subgroup; each answer
    in its meaning's colour (`meanings`: answer -> meaning, as the poll topics declare it)."""
    figure = go.Figure()
    if rows.empty:
        return apply_briefing_layout(figure, title="No poll rows match this choice", source=source)
    subgroups = list(dict.fromkeys(rows["subgroup"]))
    heading, notes = question_heading(str(rows["question"].iloc[0]))
    left_out = shown_share_note(rows[rows["percent"].notna()], ["date", "subgroup", "source_id"])
    editorial = "; ".join(notes)
    subtitle = [editorial[:1].upper() + editorial[1:], survey_facts(rows), left_out]
    apply_briefing_layout(figure, title=heading, subtitle=subtitle, source=source)
    colours = answer_colours(rows["answer"], meanings or {})
    if rows["date"].nunique() == 1:
        _single_wave(figure, rows, subgroups, colours)
    else:
        _waves(figure, rows, subgroups, colours)
    return figure
