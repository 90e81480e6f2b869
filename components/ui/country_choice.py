"""The countries a chart compares: any country found by typing its name (or another name it
goes by), the ones analysts compare most one click away, and the choice kept in the address."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.data.text import literal
from components.topics.budgets import MOST_COUNTRIES, with_picks
from components.ui.url_state import choices_in_url, keep_values_in_url
from components.views import Param


def _copy_picks_to_url(
    key: str, param: str, chosen: list[str], short_list: tuple[str, ...], default: Sequence[str]
) -> None:
    keep_values_in_url(param, with_picks(chosen, short_list, st.session_state[key] or []), default)


def chosen_countries(
    labels: dict[str, str], *, param: Param, default: Sequence[str], short_list: Sequence[str]
) -> list[str]:
    """A typing search over every country, and the short list as pills beside it; both show
    and change the same choice, in the order the countries were added."""
    in_url = st.query_params.get_all(param.name)
    if len(in_url) > MOST_COUNTRIES:
        st.info(
            literal(f"This link names {len(in_url)} countries; the chart shows the first {MOST_COUNTRIES}."),
            icon=":material/info:",
        )
        keep_values_in_url(param.name, in_url[:MOST_COUNTRIES], default)
    chosen = choices_in_url(
        st.multiselect,
        "Countries (type a name)",
        list(labels),
        param=param,
        default=default,
        format_func=labels.get,
        max_selections=MOST_COUNTRIES,
        placeholder="Type a country's name",
    )
    offered = tuple(iso3 for iso3 in short_list if iso3 in labels)
    key = f"{param.name}_short_list"
    st.session_state[key] = [iso3 for iso3 in chosen if iso3 in offered]
    st.pills(
        "Compare with",
        offered,
        selection_mode="multi",
        format_func=labels.__getitem__,
        key=key,
        on_change=_copy_picks_to_url,
        args=(key, param.name, chosen, offered, default),
        help=f"Up to {MOST_COUNTRIES} countries at a time, each in a colour of its own.",
    )
    return chosen
