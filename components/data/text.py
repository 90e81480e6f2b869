"""Text from data files, made safe to show inside Streamlit markdown."""

from __future__ import annotations

import html
import re
import textwrap
from urllib.parse import quote

from components.data.cells import is_blank

# Every character that Markdown, Streamlit's colour/icon directives (":red[...]")
# or its LaTeX ("$...$") could read as markup. HTML is never enabled, and this
# keeps a cell like "![x](http://...)" from becoming an image fetched from outside.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=])")


def literal(text: object) -> str:
    """Markdown source that renders exactly as the given text."""
    return _MARKUP.sub(r"\\\1", " ".join(str(text).split()))


def link(label: object, url: str) -> str:
    """A Markdown link whose label and address cannot break out of the link."""
    return f"[{literal(label)}]({quote(url, safe=':/?&=%#~+,;@!')})"


SPREADSHEET_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Keep a spreadsheet from running a downloaded cell as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(SPREADSHEET_FORMULA_START):
        return "'" + value
    return value


def figure_text(text: object) -> str:
    """Text for a Plotly title, label or hover box that shows exactly as written.

    Plotly reads a subset of HTML in every text field (links included), so data
    text is entity-escaped: "<b>" shows as "<b>", never as bold.
    """
    return html.escape(" ".join(str(text).split()), quote=False)


def wrapped_figure_text(text: object, width: int) -> str:
    """figure_text broken into lines of at most `width` characters (Plotly titles do not wrap)."""
    return "<br>".join(figure_text(line) for line in textwrap.wrap(" ".join(str(text).split()), width))


def humanise(code: object) -> str:
    """A data code as words: 'air_defence' -> 'Air defence'."""
    return "" if is_blank(code) else str(code).replace("_", " ").capitalize()
