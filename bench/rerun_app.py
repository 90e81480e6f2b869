"""The baseline for interactions: a page whose button does nothing but rerun the script."""

import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.title("Rerun")
st.button("Rerun")
st.write(f"Runs: {st.session_state.runs}")  # lets the benchmark see that the rerun has finished
