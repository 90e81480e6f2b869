"""Map view pieces beside the deck: legend and the record of a selected site."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.data.cells import text_of
from components.data.repository import Repository
from components.data.text import humanise, literal
from components.figures.palette import SIDE_COLOURS, SIDE_LABELS
from components.topics.sites import CATEGORY_SHAPES, SHAPE_SYMBOLS, date_span
from components.ui.myth_cards import myth_backlinks
from components.ui.source_lines import source_lines


def legend_html() -> str:
    """The map legend. Built only from constants in code, never from data."""
    sides = "".join(
        f'<span style="color:{SIDE_COLOURS[side]};font-size:1.3em">■</span>&nbsp;{label}&emsp;'
        for side, label in SIDE_LABELS.items()
    )
    shapes = "".join(
        f"<div>{symbol}&nbsp;{', '.join(humanise(c) for c, s in CATEGORY_SHAPES.items() if s == shape)}</div>"
        for shape, symbol in SHAPE_SYMBOLS.items()
    )
    notes = "".join(f"<div style='margin-top:.35em'>{note}</div>" for note in LEGEND_NOTES)
    return (
        f"<div style='font-size:0.95rem;line-height:1.45'><b>Legend</b><div>{sides}</div>"
        f"<div style='margin-top:.35em'>{shapes}</div>{notes}</div>"
    )


LEGEND_NOTES = (
    "Filled symbol: confirmed or reported. Outline: only claimed, announced or never realised.",
    "Ring: range of the system based there, where a source states it (none where only the region is known).",
    "Thick black line: the Suwałki gap, the Polish–Lithuanian border between Kaliningrad and Belarus.",
    "Borders: Natural Earth 1:50m. <b>Crimea is Ukrainian territory, occupied by Russia since 2014</b>.",
    "A site with location precision 'region' has no known location: its point stands for the country or region.",
)


def site_details(repo: Repository, site: pd.Series) -> None:
    st.subheader(literal(site["name"]))
    st.markdown(
        literal(f"{humanise(site['category'])} · {SIDE_LABELS[site['side']]} · {site['country']}")
        + "  \n"
        + literal(
            f"{date_span(site)} · {humanise(site['status'])}, {text_of(site['confidence']) or 'confidence not stated'}"
        )
    )
    if pd.notna(site["description"]):
        st.markdown(literal(site["description"]))
    if pd.notna(site["alt_names"]):
        st.caption("Also spelt: " + literal(site["alt_names"].replace(";", ", ")))
    precision = site["location_precision"] if pd.notna(site["location_precision"]) else "not stated"
    st.caption(f"Location precision: {literal(precision)}")
    st.markdown("**Source**  \n" + source_lines(repo, [site["source_id"]]))
    if pd.notna(site["source_locator"]):
        st.caption("Where in the source: " + literal(site["source_locator"]))
    others = [site[c] for c in ("location_source_id", "range_source_id") if pd.notna(site[c])]
    if others:
        st.caption("Location and range: " + source_lines(repo, others))
    myth_backlinks(repo, "site", site["id"])
