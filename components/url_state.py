"""View state kept in the page address, so a copied link reopens the same view.

Streamlit's `bind="query-params"` writes a selectbox's *label* into the URL; views
whose options have readable labels but stable ids use these helpers to put the id there.
"""

from __future__ import annotations

import streamlit as st


def index_from_url(param: str, options: list[str]) -> int | None:
    value = st.query_params.get(param)
    return options.index(value) if value in options else None


def keep_in_url(param: str, value: str | None) -> None:
    if value is None:
        st.query_params.pop(param, None)
    elif st.query_params.get(param) != value:
        st.query_params[param] = value


def values_from_url(param: str, options: list[str]) -> list[str]:
    return [value for value in st.query_params.get_all(param) if value in options]


def keep_values_in_url(param: str, values: list[str]) -> None:
    if not values:
        st.query_params.pop(param, None)
    elif st.query_params.get_all(param) != list(values):
        st.query_params[param] = list(values)


def multiselect_in_url(container, label: str, options: list[str], param: str, **kwargs) -> list[str]:
    """A multiselect whose choice is kept in the URL as ids (not as display labels)."""
    chosen = container.multiselect(label, options, default=values_from_url(param, options), key=param, **kwargs)
    keep_values_in_url(param, chosen)
    return chosen
