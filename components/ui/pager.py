"""Pages of a long list, the page in the address: "Myths 13–24 of 230", with Previous and Next."""

from __future__ import annotations

import streamlit as st

from components.ui.url_state import keep_in_url, say_unknown_in_address
from components.views import Param


def page_in_url(param: Param, pages: int) -> int:
    """The page the address asks for, within 1..pages: past the last (the list got shorter,
    by a filter or since the link was made) is the last; what is not a page number is said
    once and dropped."""
    asked = st.query_params.get(param.name)
    if asked is None:
        return 1
    number = int(asked) if asked.isdigit() else 0
    if number < 1:
        say_unknown_in_address(param.name, [asked])
    page = min(max(number, 1), pages)
    keep_in_url(param.name, None if page == 1 else str(page))
    return page


def pager(param: Param, page: int, pages: int, *, total: int, per_page: int, noun: str) -> None:
    """Where the reader is in the list, and the way to the pages either side; nothing for one page."""
    if pages <= 1:
        return
    first, last = (page - 1) * per_page + 1, min(page * per_page, total)
    with st.container(horizontal=True, vertical_alignment="center", key=f"pager_{param.name}"):
        st.button(
            "Previous",
            icon=":material/chevron_left:",
            disabled=page == 1,
            on_click=keep_in_url,
            args=(param.name, None if page == 2 else str(page - 1)),
            key=f"{param.name}_previous",
        )
        st.markdown(f"{noun} {first:,}–{last:,} of {total:,} · page {page} of {pages}")
        st.button(
            "Next",
            icon=":material/chevron_right:",
            disabled=page == pages,
            on_click=keep_in_url,
            args=(param.name, str(page + 1)),
            key=f"{param.name}_next",
        )
