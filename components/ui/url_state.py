"""View state kept in the page address, so a copied link reopens the same view.

The address is the truth: a widget is seeded from it on every run (so a link to the
page it is already on, or the browser's back button, changes the view), and a
callback copies the user's choice back into it. Streamlit's own
`bind="query-params"` would write a widget's display *label* into the address;
these helpers keep stable ids there, so labels can change without breaking links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

# Written even when unchanged: each write also updates the browser's address bar, which a
# link to the page the user is already on (st.page_link with query_params) leaves stale.


def keep_in_url(param: str, value: str | None) -> None:
    if value is None:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value


def keep_values_in_url(param: str, values: Sequence[str], default: Sequence[str] = ()) -> None:
    if not values or list(values) == list(default):
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = list(values)


def _copy_choice_to_url(key: str, param: str, default: str | None) -> None:
    value = st.session_state[key]
    keep_in_url(param, None if value == default else value)


def _copy_choices_to_url(key: str, param: str, default: Sequence[str]) -> None:
    keep_values_in_url(param, st.session_state[key] or [], default)


def choice_in_url(
    widget: Callable[..., Any],
    label: str,
    options: Sequence[str],
    *,
    param: str,
    default: str | None = None,
    key: str | None = None,
    **kwargs: Any,
) -> Any:
    """A single-choice widget (selectbox, radio, segmented control) whose choice is an id in the URL."""
    key = key or param
    from_url = st.query_params.get(param)
    st.session_state[key] = from_url if from_url in options else (default if default in options else None)
    chosen = widget(label, options, key=key, on_change=_copy_choice_to_url, args=(key, param, default), **kwargs)
    keep_in_url(param, None if chosen == default else chosen)
    return chosen


def choices_in_url(
    widget: Callable[..., Any],
    label: str,
    options: Sequence[str],
    *,
    param: str,
    default: Sequence[str] = (),
    key: str | None = None,
    **kwargs: Any,
) -> list[str]:
    """A multiple-choice widget (multiselect, multi pills) whose choices are ids in the URL.

    Choices the options lack (a subgroup of the previous question, a country no longer in
    the data) are dropped; with none left the default applies, so a view is never empty
    because of a stale link.
    """
    key = key or param
    default = [value for value in default if value in options]
    from_url = [value for value in st.query_params.get_all(param) if value in options]
    st.session_state[key] = from_url or default
    chosen = list(
        widget(label, options, key=key, on_change=_copy_choices_to_url, args=(key, param, default), **kwargs) or []
    )
    keep_values_in_url(param, chosen, default)
    return chosen


def forget_in_url(*params: str) -> None:
    """A callback for a button that leaves a focused view (one myth, one event)."""
    for param in params:
        st.query_params.pop(param, None)
