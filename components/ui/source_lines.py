"""Source lines under everything a view shows: each citation, linked to its address."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from components.data.cells import is_blank
from components.data.citations import citation, resolved_sources
from components.data.repository import Repository
from components.data.schema import Dataset, Licence
from components.data.text import link, literal


def source_lines(repo: Repository, source_ids: Iterable[str]) -> str:
    """Markdown for the citations of the given sources, each linked to its address."""
    lines = []
    for row in resolved_sources(repo.frame("sources"), source_ids):
        text = literal(citation(row))
        if pd.notna(row["url"]):
            text += " " + link(row["url"], row["url"])
        lines.append(text)
    return "  \n".join(lines)


def source_line(repo: Repository, source_id: str, locator: object) -> str:
    """One source's citation and where in it, as Markdown."""
    text = "Source: " + source_lines(repo, [source_id])
    return text + (" · " + literal(f"where: {locator}") if not is_blank(locator) else "")


def source_footnote(repo: Repository, source_ids: Iterable[str]) -> None:
    lines = source_lines(repo, source_ids)
    if lines:
        st.caption("**Sources**  \n" + lines)


def licence_line(dataset: Dataset) -> str:
    """The terms a dataset's rows may be used under, as Markdown (declared in the catalog, not data)."""
    return _licence_text([dataset.title], dataset.licence)


def _licence_text(titles: list[str], licence: Licence) -> str:
    text = f"**Licence of {literal(', '.join(titles))}**: {literal(licence.title)}"
    return text + (" " + link(licence.path, licence.path) if licence.path else "")


def licence_footnote(datasets: Iterable[Dataset]) -> None:
    """Each licence once, with the datasets under it."""
    under: dict[Licence, list[str]] = {}
    for dataset in datasets:
        under.setdefault(dataset.licence, []).append(dataset.title)
    st.caption("  \n".join(_licence_text(titles, licence) for licence, titles in under.items()))
