"""Codes in the data as the words a reader sees: 'air_defence' -> 'Air defence', 'LTU' -> 'Lithuania'.

The address and the data keep the codes; every label, option and legend shows these words.
"""

from __future__ import annotations

from components.data.borders import country_name
from components.data.text import humanise

# The budgets' measures, as a table's heading or value names them.
MEASURE_WORDS = {
    "usd_current_m": "Current US$ (millions)",
    "usd_constant_2023_m": "Constant 2023 US$ (millions)",
    "share_of_gdp_pct": "Share of GDP (%)",
    "per_capita_usd": "US$ per person",
}
SIDE_LABELS = {"russia": "Russia", "belarus": "Belarus", "nato": "NATO", "other": "Other"}


def side_word(code: str) -> str:
    return SIDE_LABELS.get(code, humanise(code))


def country_word(code: str) -> str:
    return country_name(code)


def code_word(code: str) -> str:
    return humanise(code)


def compare_word(month: str) -> str:
    """The compare control's options: no comparison, or the earlier month."""
    return f"Since {month}" if month else "No comparison"


def measure_word(code: str) -> str:
    return MEASURE_WORDS.get(code, humanise(code))
