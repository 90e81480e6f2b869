"""Files taken out of their folders while other files cite them: an editor confirms the removal."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.data.archive import Archive
from components.data.repository import Repository
from components.data.text import literal

CONFIRMED = "removal_confirmed"


def _confirm(data_dir: Path, file: str, editor: str) -> None:
    Archive.beside(data_dir).confirm_removal(file, editor=editor)
    st.session_state[CONFIRMED] = file


def removal_confirmations(repo: Repository, editor: str) -> None:
    """For each such file: what is shown instead, and the button that makes the removal final."""
    if confirmed := st.session_state.pop(CONFIRMED, None):
        st.success(
            f"The removal of data/{literal(confirmed)} is confirmed: its last version is no longer shown. "
            "It stays in the archive; putting the file back in its folder makes it live again.",
            icon=":material/check_circle:",
        )
    for report in (r for r in repo.reports if r.removed):
        st.warning(
            literal(
                f"data/{report.path} is gone from its folder. Confirming its removal stops showing its last "
                "version and holds back the rows that cite it; to keep it, put the file back in its folder."
            ),
            icon=":material/folder_off:",
        )
        st.button(
            f"Confirm the removal of data/{literal(report.path)}",
            key=f"confirm_removal_{report.path}",
            on_click=_confirm,
            args=(repo.data_dir, report.path, editor),
            icon=":material/delete:",
        )
