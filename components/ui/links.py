"""Links between views, built from each view's declared address parameters."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from components.data.text import literal
from components.ui.presenter import presenting
from components.views import PRESENT, Link, QueryValue, View


def view_link(
    view: View, label: str, *, icon: str | None = None, query: Mapping[str, QueryValue] | None = None
) -> None:
    """A link to a view in a given state, keeping presenter mode on while presenting.

    The state is checked against the target view's contract (components/views.py): a
    parameter the view does not read raises here instead of opening it in its default state.
    """
    params = view.query(query or {})
    if presenting():
        params[PRESENT.name] = "1"
    st.page_link(view.path, label=label, icon=icon, query_params=params or None)


def show_link(link: Link) -> None:
    """A link built from data: its label is shown as text."""
    view_link(link.view, literal(link.label), icon=link.icon, query=link.query)
