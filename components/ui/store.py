"""The one place where pages get data: cached, and fresh when a file changes."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.data.repository import (
    Fingerprint,
    Repository,
    data_dir_from_environment,
    data_fingerprint,
    load_repository,
)


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(data_dir: str, fingerprint: Fingerprint) -> Repository:
    # One copy shared by every session: pages treat the frames as read-only.
    return load_repository(Path(data_dir))


def repository() -> Repository:
    """The datasets as they are on disk now: each call stats the files, re-reads only on change."""
    data_dir = data_dir_from_environment()
    return _load(str(data_dir), data_fingerprint(data_dir))
