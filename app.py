"""Alliance Monitor: the entry point only routes to the views."""

from pathlib import Path

import streamlit as st

from components.ui.presenter import apply_presenter_style, presenter_toggle, presenting
from components.ui.url_state import address_for_run, forget_address_notices
from components.views import HOME, VIEWS

st.set_page_config(
    page_title="Alliance Monitor",
    page_icon=Path(__file__).parent / "static" / "favicon.png",
    layout="wide",
    initial_sidebar_state="collapsed" if presenting() else "auto",
)
page = st.navigation(
    [st.Page(v.path, title=v.title, icon=v.icon, default=v is HOME) for v in VIEWS],
    position="hidden" if presenting() else "sidebar",
)
forget_address_notices()
apply_presenter_style()
presenter_toggle()
with address_for_run(page.url_path):
    page.run()
