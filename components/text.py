"""Text from data files, made safe to show inside Streamlit markdown."""

from __future__ import annotations

import re
from urllib.parse import quote

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
