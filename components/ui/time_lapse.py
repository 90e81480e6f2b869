"""A play control that steps a view's month through the years, so a presenter can show a build-up.

A fragment ticks while playing: each tick moves the month control on by a year and
reruns the whole view (the map redraws for the new month). It stops by itself on the last
month or when the reader presses Stop; the month control, bound to the address, keeps the
month it stopped on.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

PLAYING = "time_lapse_playing"
SPEED = "time_lapse_speed"
# Seconds per year shown: a presenter picks how long the audience has to read each year.
SPEEDS = {"Slow": 3.0, "Normal": 1.5, "Fast": 0.75}
STEP_MONTHS = 12


def _toggle(month_key: str, months: Sequence[str]) -> None:
    playing = not st.session_state.get(PLAYING, False)
    st.session_state[PLAYING] = playing
    if playing and st.session_state.get(month_key) == months[-1]:
        st.session_state[month_key] = months[0]  # played to the end before: start again


def _tick(month_key: str, months: Sequence[str]) -> None:
    if not st.session_state.get(PLAYING, False):
        return
    position = months.index(st.session_state[month_key]) if st.session_state.get(month_key) in months else 0
    following = min(position + STEP_MONTHS, len(months) - 1)
    st.session_state[month_key] = months[following]
    if following == len(months) - 1:
        st.session_state[PLAYING] = False
    st.rerun(scope="app")


def time_lapse(
    button_column: DeltaGenerator, speed_column: DeltaGenerator, *, month_key: str, months: Sequence[str]
) -> None:
    """Play and Stop a year at a time, at the chosen speed, for the month control under `month_key`."""
    playing = st.session_state.get(PLAYING, False)
    speed = speed_column.selectbox("Speed", list(SPEEDS), index=1, key=SPEED, disabled=playing)
    button_column.button(
        "Stop" if playing else "Play",
        icon=":material/stop:" if playing else ":material/play_arrow:",
        key="time_lapse_button",
        on_click=_toggle,
        args=(month_key, months),
        help="Step the month a year at a time, so the map shows the build-up",
        use_container_width=True,
    )
    with button_column:
        st.fragment(_tick, run_every=SPEEDS[speed] if playing else None)(month_key, months)
