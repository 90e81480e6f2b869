"""Every piece of text from data reaches the page as text: a walk over everything each view
sends to the browser, with Markdown and HTML planted in every free-text cell of the data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from google.protobuf.message import Message

from components.data.catalog import DATASETS
from components.views import MAP, MYTHS, VIEWS
from tests.app.opening import open_view

# Markdown would show "em" in italics and HTML "MK" in bold; as text both stay as typed.
MARKDOWN, HTML = "MK*em*MK", "<b>MK</b>"
# Fields the browser shows as plain text, never as Markdown: the options of a select box (the
# map's JSON is drawn as text too; tests/browser checks it in the map itself).
PLAIN_TEXT = {"Selectbox.options", "Selectbox.raw_value", "MultiSelect.options", "BidiComponent.json"}
# Plotly reads HTML in its text (not Markdown): its figures must carry no raw tag.
HTML_ONLY = {"PlotlyChart.spec"}


def plant_markup(data_dir: Path) -> None:
    """MARKDOWN and HTML after every non-empty free-text cell (not ids, codes, dates or references)."""
    for name, dataset in DATASETS.items():
        free_text = [
            f.name
            for f in dataset.fields
            if f.kind == "string" and not f.allowed and f.references is None and not f.typed_references
        ]
        for path in (data_dir / name).glob("*.csv"):
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            for column in (c for c in free_text if c in frame and c != "state"):  # a slide's state is an address
                frame[column] = frame[column].map(lambda cell: f"{cell} {MARKDOWN}{HTML}" if cell else cell)
            frame.to_csv(path, index=False)


def strings(message: Message, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a protobuf message, with the message type and field it sits in."""
    for field, value in message.ListFields():
        place = f"{type(message).__name__}.{field.name}"
        items = list(value) if isinstance(value, (list, tuple)) or hasattr(value, "append") else [value]
        for item in items:
            if isinstance(item, Message):
                yield from strings(item, place)
            elif isinstance(item, str):
                yield place, item


def unescaped(app) -> list[str]:
    """Where the page would render planted markup as markup."""
    found = []
    stack = [app._tree]
    while stack:
        node = stack.pop()
        stack.extend(getattr(node, "children", {}).values())
        proto = getattr(node, "proto", None)
        for place, text in strings(proto) if isinstance(proto, Message) else ():
            raw = (HTML in text) if place in HTML_ONLY else (MARKDOWN in text or HTML in text)
            if raw and place not in PLAIN_TEXT:
                found.append(f"{place}: {text[:120]}")
    return found


STATES = [(view.path, {}) for view in VIEWS] + [
    (MAP.path, {"site": "base_a", "as_of": "2014-06"}),  # a site's record
    (MYTHS.path, {"myth": "myth_ally"}),  # one myth with its evidence
    (MYTHS.path, {"tab": "timeline"}),
]


@pytest.mark.parametrize(("view_path", "query"), STATES, ids=[f"{p} {q}" for p, q in STATES])
def test_planted_markup_in_the_data_is_sent_as_text(test_data, view_path, query):
    plant_markup(test_data)
    app = open_view(view_path, **query)
    assert not app.exception
    assert unescaped(app) == []
