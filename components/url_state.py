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
