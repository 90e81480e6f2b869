"""View state kept in the page address, so a copied link reopens the same view.

The address is the truth: a widget is seeded from it on every run (so a link to the
page it is already on, or the browser's back button, changes the view), and a
callback copies the user's choice back into it. Streamlit's own
`bind="query-params"` would write a widget's display *label* into the address, and
leaving a view whose bound parameter is set records a stray history entry (the old view
with the parameter dropped), so Back would not return to where the reader was; these
helpers keep stable ids there, and every view's state goes through them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import streamlit as st

from components.data.text import literal
from components.views import Param

# Where a view says that its address held a value it does not know (a stale or mistyped
# link): a box reserved at the top of the view for this run (see `reserve_address_notices`).
NOTICES = "_address_notices"


def reserve_address_notices() -> None:
    """Keep a place at the top of the view for what the address got wrong, filled as the
    view reads its address."""
    st.session_state[NOTICES] = st.container()


def forget_address_notices() -> None:
    """Before each run: a box kept from the last run must never be written to."""
    st.session_state.pop(NOTICES, None)


def say_unknown_in_address(name: str, values: Sequence[str]) -> None:
    """One line for values of `name` the view does not know: the link is not silently changed."""
    shown = ", ".join(f"“{value}”" for value in values)
    box = st.session_state.get(NOTICES)
    (box if box is not None else st).info(
        literal(f"This link's {name}={shown} is not one this view knows, so it is left out."),
        icon=":material/link_off:",
    )


# The page this session's last run showed, and whether this run switched to another one.
LAST_PAGE = "_address_last_page"
SWITCHING = "_address_switching_page"


@contextmanager
def address_for_run(page_path: str) -> Iterator[None]:
    """Around a page's run: keep the browser's address bar and history in step with the view.

    A link to the page the reader is already on (st.page_link with query_params) changes the
    view but not the address bar, so such a run sends the address once. A run that switches
    page writes nothing: the browser moves to the link's address itself, and a write it
    received before moving would be recorded under the old page's path, a stray history
    entry that Back lands on. The link's address reopens the same view, so the page's
    tidying of it (a default left out, an unknown id dropped) waits for the next run.
    """
    last = st.session_state.get(LAST_PAGE)
    st.session_state[LAST_PAGE] = page_path
    st.session_state[SWITCHING] = last is not None and last != page_path
    if last == page_path:
        _send_address()
    try:
        yield
    finally:
        st.session_state[SWITCHING] = False  # callbacks of the next run always write


def _send_address() -> None:
    names = list(st.query_params)
    if names:
        st.query_params[names[0]] = st.query_params.get_all(names[0])  # sends the whole address
    else:
        st.query_params.clear()


def _may_write() -> bool:
    return not st.session_state.get(SWITCHING, False)


def keep_in_url(param: str, value: str | None) -> None:
    """Put `value` in the address (None: leave `param` out); an unchanged address is not
    sent again, so a run adds no history entry of its own."""
    if not _may_write():
        return
    if value is None:
        st.query_params.pop(param, None)
    elif st.query_params.get_all(param) != [value]:
        st.query_params[param] = value


def keep_values_in_url(param: str, values: Sequence[str], default: Sequence[str] = ()) -> None:
    if not _may_write():
        return
    if not values or list(values) == list(default):
        st.query_params.pop(param, None)
    elif st.query_params.get_all(param) != list(values):
        st.query_params[param] = list(values)


def _copy_choice_to_url(key: str, param: str, default: str | None) -> None:
    value = st.session_state[key]
    keep_in_url(param, None if value == default else value)


def _copy_choices_to_url(key: str, param: str, default: Sequence[str]) -> None:
    keep_values_in_url(param, st.session_state[key] or [], default)


def known_id_in_url(param: Param, known: Collection[str]) -> str | None:
    """The id the address gives for `param` when the data has it; an unknown one is dropped
    from the address, so a stale link opens the view as if it had none."""
    value = st.query_params.get(param.name)
    chosen = value if value in known else None
    if value and chosen is None:
        say_unknown_in_address(param.name, [value])
    keep_in_url(param.name, chosen)
    return chosen


def choice_in_url(
    widget: Callable[..., Any],
    label: str,
    options: Sequence[str],
    *,
    param: Param,
    default: str | None = None,
    key: str | None = None,
    quiet: bool = False,
    **kwargs: Any,
) -> Any:
    """A single-choice widget (selectbox, radio, segmented control) whose choice is an id in the
    URL; an id the options lack is said so (unless `quiet`: the caller says it its own way)."""
    name = param.name
    key = key or name
    from_url = st.query_params.get(name)
    if from_url and from_url not in options and not quiet:
        say_unknown_in_address(name, [from_url])
    st.session_state[key] = from_url if from_url in options else (default if default in options else None)
    chosen = widget(label, options, key=key, on_change=_copy_choice_to_url, args=(key, name, default), **kwargs)
    keep_in_url(name, None if chosen == default else chosen)
    return chosen


def choices_in_url(
    widget: Callable[..., Any],
    label: str,
    options: Sequence[str],
    *,
    param: Param,
    default: Sequence[str] = (),
    key: str | None = None,
    quiet: bool = False,
    **kwargs: Any,
) -> list[str]:
    """A multiple-choice widget (multiselect, multi pills) whose choices are ids in the URL.

    Choices the options lack (a country no longer in the data, a typo) are dropped and said
    so (unless `quiet`); with none left the default applies, so a view is never empty
    because of a stale link.
    """
    name = param.name
    key = key or name
    default = [value for value in default if value in options]
    unknown = [value for value in st.query_params.get_all(name) if value not in options]
    if unknown and not quiet:
        say_unknown_in_address(name, unknown)
    from_url = [value for value in st.query_params.get_all(name) if value in options]
    st.session_state[key] = from_url or default
    chosen = list(
        widget(label, options, key=key, on_change=_copy_choices_to_url, args=(key, name, default), **kwargs) or []
    )
    keep_values_in_url(name, chosen, default)
    return chosen


def _copy_text_to_url(param: str) -> None:
    keep_in_url(param, st.session_state[param].strip() or None)


def text_in_url(widget: Callable[..., Any], label: str, *, param: Param, **kwargs: Any) -> str:
    """A text input (a search) whose text is kept in the address."""
    st.session_state[param.name] = st.query_params.get(param.name, "")
    text: str = widget(label, key=param.name, on_change=_copy_text_to_url, args=(param.name,), **kwargs)
    return text


def _copy_tab_to_url(key: str, param: str, tabs: Mapping[str, str], default: str) -> None:
    opened = next(tab_id for tab_id, label in tabs.items() if label == st.session_state[key])
    keep_in_url(param, None if opened == default else opened)


def tab_in_url(tabs: Mapping[str, str], *, param: Param, default: str | None = None) -> Sequence[Any]:
    """Tabs (id -> label) whose open tab is kept in the address as its id; `default` (the
    first tab unless the caller knows better from the rest of the address) is left out.
    Only the open tab's content need be built (see each tab's `open`)."""
    opens = default or next(iter(tabs))
    from_url = st.query_params.get(param.name)
    if from_url is not None and from_url not in tabs:
        say_unknown_in_address(param.name, [from_url])
    key = f"{param.name}_tabs"
    st.session_state[key] = tabs.get(from_url or opens, tabs[opens])
    return st.tabs(list(tabs.values()), key=key, on_change=_copy_tab_to_url, args=(key, param.name, tabs, opens))


def _ends(pair: Sequence[int]) -> list[str]:
    return [str(int(end)) for end in pair]


def _copy_range_to_url(param: str, full: tuple[int, int]) -> None:
    keep_values_in_url(param, _ends(st.session_state[param]), _ends(full))


def range_in_url(
    widget: Callable[..., Any], label: str, low: int, high: int, *, param: Param, **kwargs: Any
) -> tuple[int, int]:
    """A range slider whose ends are kept in the address as two values (the whole range:
    none); ends outside `low`..`high` are brought inside it, and a reversed pair is put in order."""
    full = (low, high)
    try:
        ends = sorted(int(value) for value in st.query_params.get_all(param.name))
    except ValueError:
        ends = []
    if ends and len(ends) != 2:
        ends = []
    if not ends and param.name in st.query_params:
        say_unknown_in_address(param.name, st.query_params.get_all(param.name))
    chosen = (max(low, min(ends[0], high)), max(low, min(ends[1], high))) if ends else full
    st.session_state[param.name] = chosen
    picked = widget(label, low, high, key=param.name, on_change=_copy_range_to_url, args=(param.name, full), **kwargs)
    result = (int(picked[0]), int(picked[1]))
    keep_values_in_url(param.name, _ends(result), _ends(full))
    return result


def forget_in_url(*params: Param) -> None:
    """A callback for a button that leaves a focused view (one myth, one event)."""
    if _may_write():
        for param in params:
            st.query_params.pop(param.name, None)


def _copy_flag_to_url(key: str, param: str) -> None:
    keep_in_url(param, None if st.session_state[key] else "0")


def shown_unless_off_in_url(widget: Callable[..., Any], label: str, *, param: Param, **kwargs: Any) -> bool:
    """A toggle or checkbox that is on unless the address says `param=0`."""
    st.session_state[param.name] = st.query_params.get(param.name) != "0"
    return bool(widget(label, key=param.name, on_change=_copy_flag_to_url, args=(param.name, param.name), **kwargs))
