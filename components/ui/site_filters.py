"""The Map's filters (side, category, status, country, confidence), declared once: each is a
multiple choice kept in the address, shown in words, and summed up in words beside the map."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.data.text import literal
from components.data.words import code_word, country_word, side_word
from components.ui.url_state import choices_in_url
from components.views import MAP


@dataclass(frozen=True)
class SiteFilter:
    # The sites' column, which is also the filter's parameter in the address.
    column: str
    label: str
    word: Callable[[str], str]
    placeholder: str


SITE_FILTERS = (
    SiteFilter("side", "Side", side_word, "All sides"),
    SiteFilter("category", "Category", code_word, "All categories"),
    SiteFilter("status", "Status", code_word, "All statuses"),
    SiteFilter("country", "Country", country_word, "All countries"),
    SiteFilter("confidence", "Confidence", code_word, "All confidence classes"),
)


def site_filter_choices(container: st.delta_generator.DeltaGenerator, sites: pd.DataFrame) -> dict[str, list[str]]:
    """Every filter as a multiselect in `container`; the chosen codes by column (none = all)."""
    return {
        f.column: choices_in_url(
            container.multiselect,
            f.label,
            sorted(sites[f.column].dropna().unique()),
            param=MAP.param(f.column),
            format_func=f.word,
            placeholder=f.placeholder,
        )
        for f in SITE_FILTERS
    }


def filters_summary(chosen: Mapping[str, Sequence[str]], text: str) -> str:
    """The chosen filters and search in words, beside the map (the popover folds them away)."""
    parts = [", ".join(f.word(code) for code in chosen.get(f.column, ())) for f in SITE_FILTERS]
    if text.strip():
        parts.append(f"matching “{text.strip()}”")
    shown = [part for part in parts if part]
    return literal("Showing: " + "; ".join(shown) + ".") if shown else "Showing every site (no filter chosen)."
