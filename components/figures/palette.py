"""Colours used the same way on every page (Okabe-Ito: safe for colour-blind readers)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


# One colour per country wherever a country is charted. Belarus and Russia take their
# side's colour; the sets analysts compare most (Belarus with the Baltic states, with its
# neighbours, the Nordic-Baltic flank) get distinct colours from Okabe-Ito and Paul Tol's
# colour-blind-safe palettes; rarer pairings may share one, and lines are labelled by name.
COUNTRY_COLOURS = {
    "BLR": SIDE_COLOURS["belarus"],
    "RUS": SIDE_COLOURS["russia"],
    "UKR": "#E69F00",  # orange
    "POL": SIDE_COLOURS["nato"],
    "LTU": "#56B4E9",  # sky blue
    "LVA": "#009E73",  # bluish green
    "EST": "#000000",
    "FIN": "#332288",  # indigo
    "SWE": "#44AA99",  # teal
    "NOR": "#882255",  # wine
    "DNK": "#999933",  # olive
    "DEU": "#DDCC77",  # sand
    "FRA": "#88CCEE",  # cyan
    "GBR": "#AA4499",  # purple
    "USA": "#117733",  # green
    "MDA": "#661100",  # brown
    "CZE": "#CC6677",  # rose
    "SVK": "#999933",
    "HUN": "#44AA99",
    "ROU": "#88CCEE",
    "BGR": "#AA4499",
}
UNLISTED_COUNTRY = "#777777"

# One colour per answer meaning (the meanings of data/poll_topics/) in every poll chart, so
# blue is the EU and vermillion union with Russia wherever a reader meets them; greys for
# answers that take no side.
ANSWER_COLOURS = {
    "Union with Russia": SIDE_COLOURS["russia"],
    "Belarus joining Russia": "#E69F00",  # orange
    "The EU": "#0072B2",  # blue
    "Independent and friendly relations": "#009E73",  # bluish green
    "Relations as with any other country": "#882255",  # wine
    "Against": "#000000",
    "Neither": "#999999",
    "Undecided": "#BBBBBB",
}
# Answers no topic declares (and the subgroups of a single wave), in the order they come:
# colour-blind-safe colours that no declared meaning uses.
FALLBACK_COLOURS = ("#56B4E9", "#CC79A7", "#332288", "#44AA99", "#AA4499", "#117733", "#661100", "#88CCEE")


def meaning_colours(meanings: Iterable[str | None]) -> list[str]:
    """Each meaning's declared colour; the next fallback colour for one not declared (or None)."""
    fallback = 0
    colours = []
    for meaning in meanings:
        if meaning in ANSWER_COLOURS:
            colours.append(ANSWER_COLOURS[meaning])
        else:
            colours.append(FALLBACK_COLOURS[fallback % len(FALLBACK_COLOURS)])
            fallback += 1
    return colours


def answer_colours(answers: Iterable[str], meanings: Mapping[str, str]) -> dict[str, str]:
    """Each answer's colour, by its meaning where `meanings` (answer -> meaning) declares one."""
    unique = list(dict.fromkeys(answers))
    return dict(zip(unique, meaning_colours(meanings.get(answer) for answer in unique), strict=True))


def country_colour(iso3: str) -> str:
    return COUNTRY_COLOURS.get(iso3, UNLISTED_COUNTRY)


# Compare mode rings: what appeared and what ended between two dates (not a side's colour).
CHANGE_COLOURS = {"appeared": "#117733", "ended": "#777777"}  # Tol green; grey: gone
