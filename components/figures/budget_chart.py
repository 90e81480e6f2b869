"""Military expenditure over time as a chart: each country's series as a line, the figures other
sources quote as labelled points beside it (components/topics/budgets.py says which is which),
events as dotted lines; and the sizes of the joint exercises.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.data.cells import is_blank, number_of
from components.data.text import figure_text
from components.figures.chart_style import MUTED, EndLabel, add_end_labels, apply_briefing_layout
from components.figures.palette import SIDE_COLOURS, country_colours
from components.topics.budgets import (
    METRICS,
    UNCERTAIN_FLAGS,
    event_years,
    format_value,
    quote_series_name,
    split_series_and_quotes,
)

ESTIMATE_SYMBOL = "circle-open"
QUOTED_SYMBOL = "diamond"
LABEL_GAP_SHARE = 0.045  # of the highest value: one line of label text on a 560-pixel chart


def axis_title(rows: pd.DataFrame, metric: str) -> str:
    """The unit as the series states it (the base year of constant prices included)."""
    units = rows.loc[rows["metric"] == metric, "unit"].dropna().unique()
    return units[0] if len(units) == 1 else METRICS.get(metric, metric)


def _hover(rows: pd.DataFrame, metric: str, short_source: dict[str, str]) -> list[str]:
    texts = []
    for r in rows.to_dict("records"):
        value = "no figure" if is_blank(r["value"]) else format_value(number_of(r["value"]), metric)
        text = f"{r['country']} {r['year']}: {value}"
        if not is_blank(r["source_id"]):
            text += f" ({short_source.get(r['source_id'], r['source_id'])})"
        if not is_blank(r["flag"]):
            text += f"; {UNCERTAIN_FLAGS.get(r['flag'], str(r['flag']).replace('_', ' '))}"
        texts.append(figure_text(text))
    return texts


def _draw_series(
    figure: go.Figure, series: pd.DataFrame, metric: str, short_source: dict[str, str], colours: dict[str, str]
) -> None:
    labels = []
    for iso3, rows in series.groupby("iso3", sort=False):
        # A year missing from the source stays a gap: reindexing makes it an explicit empty point.
        years = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
        rows = rows.set_index("year").reindex(years).rename_axis("year").reset_index()
        rows["country"] = rows["country"].ffill().bfill()
        colour = colours[str(iso3)]
        uncertain = rows["flag"].isin(list(UNCERTAIN_FLAGS))
        figure.add_scatter(
            x=rows["year"],
            y=rows["value"].astype("float"),
            mode="lines+markers",
            connectgaps=False,
            name=figure_text(rows["country"].iloc[0]),
            legendgroup=iso3,
            line={"color": colour, "width": 3},
            marker={
                "color": colour,
                "size": [10 if u else 6 for u in uncertain],
                "symbol": [ESTIMATE_SYMBOL if u else "circle" for u in uncertain],
                "line": {"width": 2, "color": colour},
            },
            hovertext=_hover(rows, metric, short_source),
            hoverinfo="text",
        )
        drawn = rows[rows["value"].notna()]
        if not drawn.empty:
            last = drawn.iloc[-1]
            labels.append(EndLabel(last["year"], float(last["value"]), figure_text(last["country"]), colour))
    top = series["value"].max()
    add_end_labels(figure, labels, min_gap=LABEL_GAP_SHARE * (0 if pd.isna(top) else float(top)))


def _draw_quotes(
    figure: go.Figure, quotes: pd.DataFrame, metric: str, short_source: dict[str, str], colours: dict[str, str]
) -> None:
    """Each source's figures for a country as a series of its own: diamonds in the country's
    colour, one legend row, each figure labelled."""
    for (iso3, source_id), figures in quotes.groupby(["iso3", "source_id"], sort=False):
        colour = colours[str(iso3)]
        quoted_by = short_source.get(str(source_id), str(source_id))
        values = figures["value"].astype("float")
        figure.add_scatter(
            x=figures["year"],
            y=values,
            mode="markers",
            name=figure_text(quote_series_name(str(figures["country"].iloc[0]), quoted_by)),
            legendgroup=f"{iso3} {source_id}",
            marker={"symbol": QUOTED_SYMBOL, "size": 15, "color": colour, "line": {"width": 2, "color": "#000000"}},
            hovertext=_hover(figures, metric, short_source),
            hoverinfo="text",
        )
        for year, value in zip(figures["year"], values, strict=True):
            figure.add_annotation(
                x=year,
                y=value,
                text=f"<b>{figure_text(f'{quoted_by}: {format_value(value, metric)}')}</b>",
                showarrow=True,
                arrowhead=0,
                ax=-70,
                ay=-45,
                font={"size": 15},
                bgcolor="rgba(255,255,255,0.85)",
                bordercolor=colour,
            )


def _draw_estimate_key(figure: go.Figure, series: pd.DataFrame) -> None:
    flags = [flag for flag in UNCERTAIN_FLAGS if flag in set(series["flag"].dropna())]
    if flags:
        figure.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name="Open circle: " + " or ".join(UNCERTAIN_FLAGS[f] for f in flags),
            marker={"symbol": ESTIMATE_SYMBOL, "size": 10, "color": MUTED, "line": {"width": 2}},
        )


def event_key(events: pd.DataFrame) -> str:
    """The numbered list of marked events, printed with the chart (labels on the lines would collide)."""
    return "Dotted lines: " + "; ".join(f"({i}) {e.date} {e.title}" for i, e in enumerate(events.itertuples(), 1))


def _draw_events(figure: go.Figure, events: pd.DataFrame) -> None:
    positions = event_years(events)
    for number, (position, event) in enumerate(zip(positions, events.itertuples(), strict=True), 1):
        if pd.isna(position):
            continue
        figure.add_vline(x=position, line={"color": MUTED, "width": 1, "dash": "dot"})
        figure.add_annotation(
            x=position,
            y=1,
            yref="paper",
            text=f"({number})",
            showarrow=False,
            yanchor="top",
            yshift=-18 * (number % 2),  # close events alternate between two rows
            font={"size": 13, "color": MUTED},
            hovertext=figure_text(f"{event.date}: {event.title}"),
        )


def build_budget_figure(
    rows: pd.DataFrame,
    *,
    metric: str,
    short_source: dict[str, str],
    events: pd.DataFrame | None = None,
    source: str = "",
) -> go.Figure:
    """One line per country (its series source), quoted figures as labelled diamonds, events as dotted lines."""
    figure = go.Figure()
    series, quotes = split_series_and_quotes(rows)
    names = list(dict.fromkeys(rows["country"]))
    colours = country_colours([str(iso3) for iso3 in rows["iso3"]])  # in the order chosen
    title = f"Military expenditure ({METRICS.get(metric, metric)}): " + ", ".join(names)
    marked = events if events is not None and not events.empty else None
    subtitle = "Gaps are years without a figure in the source; never drawn as zero."
    if marked is not None:
        subtitle += " " + event_key(marked)
    _draw_series(figure, series, metric, short_source, colours)
    _draw_quotes(figure, quotes, metric, short_source, colours)
    _draw_estimate_key(figure, series)
    if marked is not None:
        _draw_events(figure, marked)
    apply_briefing_layout(
        figure,
        title=title if names else "No expenditure figures match this choice",
        subtitle=subtitle,
        source=source,
        y_title=axis_title(series, metric) if names else "",
    )
    figure.update_xaxes(dtick=2 if rows["year"].nunique() <= 16 else 4, tickformat="d")
    figure.update_layout(margin={"r": 140}, hovermode="closest")
    return figure


def build_exercise_figure(exercises: pd.DataFrame, *, source: str = "") -> go.Figure:
    """Troop numbers of the joint exercises, as printed; exercises without figures are named."""
    figure = go.Figure()
    counted = exercises[exercises[["total_troops", "belarus_troops", "russia_troops"]].notna().any(axis=1)]
    counted = counted.sort_values("year", kind="stable")
    uncounted = exercises.loc[~exercises.index.isin(counted.index), "name"].tolist()
    subtitle = "Figures as printed by the source; parts may cover only the troops on Belarusian soil."
    if "total_troops_max" in counted and counted["total_troops_max"].notna().any():
        subtitle += " Where the source prints a range, the bar is drawn to its lower end and labelled with the range."
    if uncounted:
        subtitle += " No troop figures in the sources for: " + ", ".join(map(str, uncounted)) + "."
    apply_briefing_layout(
        figure, title="Joint exercise sizes", subtitle=subtitle, source=source, x_title="Troops", plot_height=300
    )
    bars = (
        ("total_troops", "Total", MUTED),
        ("belarus_troops", "Belarusian troops", SIDE_COLOURS["belarus"]),
        ("russia_troops", "Russian troops", SIDE_COLOURS["russia"]),
    )
    names = [figure_text(n) for n in counted["name"]]
    for column, label, colour in bars:
        values = counted[column].astype("float")
        text = ["" if pd.isna(v) else f"{v:,.0f}" for v in values]
        if column == "total_troops" and "total_troops_max" in counted:
            upper = counted["total_troops_max"].astype("float")
            text = [t if pd.isna(u) else f"{v:,.0f}–{u:,.0f}" for t, v, u in zip(text, values, upper, strict=True)]
        figure.add_bar(
            y=names,
            x=values,
            orientation="h",
            name=label,
            marker_color=colour,
            text=text,
            textposition="outside",
            cliponaxis=False,
        )
    figure.update_layout(barmode="group")
    figure.update_yaxes(autorange="reversed", rangemode="normal")
    figure.update_xaxes(tickformat=",d")
    return figure
