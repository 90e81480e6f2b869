"""The baseline: an empty Streamlit page, measured in the same run as the app."""

import streamlit as st

st.title("Empty")
