"""Colours used the same way on every page (Okabe-Ito: safe for colour-blind readers)."""

from __future__ import annotations

SIDE_COLOURS = {
    "russia": "#D55E00",  # vermillion
    "belarus": "#CC79A7",  # reddish purple
    "nato": "#0072B2",  # blue
    "other": "#009E73",  # bluish green
}

SIDE_LABELS = {"russia": "Russia", "belarus": "Belarus", "nato": "NATO", "other": "Other"}


def rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    value = hex_colour.lstrip("#")
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]
