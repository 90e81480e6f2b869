"""The baseline for interactions: a page whose button does nothing but rerun the script."""

import streamlit as st

st.title("Rerun")
st.button("Rerun")
