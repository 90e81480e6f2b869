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
    remember_live_files,
)
from components.topics.data_version import record_version, version_id


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(data_dir: str, fingerprint: Fingerprint) -> Repository:
    # A resource, not cache_data: one repository shared by every session, with no copy per
    # rerun; Repository hands out its frames as copy-on-write copies, so no page can change
    # what another sees. Loading serves each valid file, so it is also when that file is
    # kept in the archive, once per distinct content (remember_live_files says why).
    repo = load_repository(Path(data_dir), remember=False)
    remember_live_files(repo)
    # Kept, with when it went live, so Data status can say when a printed version was live;
    # with a read-only archive the views still print it, unrecorded.
    try:
        repo.data_version = record_version(repo)
    except OSError:
        repo.data_version = version_id(repo)
    return repo


def repository() -> Repository:
    """The datasets as they are on disk now: each call stats the files, re-reads only on change."""
    data_dir = data_dir_from_environment()
    return _load(str(data_dir), data_fingerprint(data_dir))
