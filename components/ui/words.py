"""Codes in the data as the words a reader sees: 'air_defence' -> 'Air defence', 'LTU' -> 'Lithuania'.

The address and the data keep the codes; every label, option and legend shows these words.
"""

from __future__ import annotations

from components.data.borders import country_name
from components.data.text import humanise
from components.figures.palette import SIDE_LABELS


def side_word(code: str) -> str:
    return SIDE_LABELS.get(code, humanise(code))


def country_word(code: str) -> str:
    return country_name(code)


def code_word(code: str) -> str:
    return humanise(code)


def compare_word(month: str) -> str:
    """The compare control's options: no comparison, or the earlier month."""
    return f"Since {month}" if month else "No comparison"
