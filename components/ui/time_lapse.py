"""A play control that steps the Map's month through the years, so a presenter can show a build-up.

While playing, a fragment ticks at the chosen speed: each tick moves the month in the
address on by a year and reruns the whole view, which reads its month from the address
(components/ui/url_state.py) and redraws the map. It stops by itself on the last month or
when the reader presses Stop; the address keeps the month it stopped on. A link never
plays by itself: whether it plays is this session's, not the address's.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.ui.url_state import keep_in_url
from components.views import Param

PLAYING = "time_lapse_playing"
SPEED = "time_lapse_speed"
# The first call of the ticking fragment is part of the run that drew this month's map:
# it must wait for the next tick, or the years would race past without being drawn.
DRAWN = "time_lapse_drawn"
# Seconds per year shown: how long the audience has to read each year.
SPEEDS = {"Slow (4 s a year)": 4.0, "Normal (2 s a year)": 2.0, "Fast (1 s a year)": 1.0}
STEP_MONTHS = 12


def _month(param: Param, months: Sequence[str]) -> str:
    month = st.query_params.get(param.name, "")
    return month if month in months else months[-1]


def _toggle(param: Param, months: Sequence[str]) -> None:
    playing = not st.session_state.get(PLAYING, False)
    st.session_state[PLAYING] = playing
    if playing and _month(param, months) == months[-1]:
        keep_in_url(param.name, months[0])  # played to the end before: start again


def _tick(param: Param, months: Sequence[str]) -> None:
    if st.session_state.pop(DRAWN, False) or not st.session_state.get(PLAYING, False):
        return
    following = min(months.index(_month(param, months)) + STEP_MONTHS, len(months) - 1)
    keep_in_url(param.name, months[following])
    if following == len(months) - 1:
        st.session_state[PLAYING] = False
    st.rerun(scope="app")


def time_lapse(
    button_column: DeltaGenerator, speed_place: DeltaGenerator, *, param: Param, months: Sequence[str]
) -> None:
    """Play and Stop, a year at a time at the chosen speed, for the month kept in `param`."""
    playing = st.session_state.get(PLAYING, False)
    speed = speed_place.selectbox("Time-lapse speed", list(SPEEDS), index=1, key=SPEED)
    button_column.button(
        "Stop" if playing else "Play",
        icon=":material/stop:" if playing else ":material/play_arrow:",
        key="time_lapse_button",
        on_click=_toggle,
        args=(param, months),
        help="Step the month a year at a time, so the map shows the build-up; Stop keeps the month in the address",
        use_container_width=True,
    )
    st.session_state[DRAWN] = True
    with button_column:
        st.fragment(_tick, run_every=SPEEDS[speed] if playing else None)(param, months)
