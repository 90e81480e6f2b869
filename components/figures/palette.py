"""Colours used the same way on every page (Okabe-Ito: safe for colour-blind readers)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

SIDE_COLOURS = {
    "russia": "#D55E00",  # vermillion
    "belarus": "#CC79A7",  # reddish purple
    "nato": "#0072B2",  # blue
    "other": "#009E73",  # bluish green
}


def rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    value = hex_colour.lstrip("#")
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


# Countries charted together, up to eight at a time (the Budgets view's limit): Okabe-Ito's
# eight colour-blind-safe colours, with its yellow (too pale for a line on white) replaced by
# Paul Tol's wine. Belarus and Russia keep their side's colour; the other five countries
# analysts compare most have their own, so any of those seven charted together never share a
# hue family (no two blues). The eighth colour, sky blue, goes to the first other country.
COUNTRY_PALETTE = (
    SIDE_COLOURS["belarus"],
    SIDE_COLOURS["russia"],
    "#0072B2",  # blue
    "#009E73",  # bluish green
    "#882255",  # wine (Tol)
    "#000000",  # black
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
)
PREFERRED_COUNTRY_COLOURS = {
    "BLR": COUNTRY_PALETTE[0],
    "RUS": COUNTRY_PALETTE[1],
    "POL": COUNTRY_PALETTE[2],
    "LTU": COUNTRY_PALETTE[3],
    "LVA": COUNTRY_PALETTE[4],
    "EST": COUNTRY_PALETTE[5],
    "UKR": COUNTRY_PALETTE[6],
}
# Where a country's own colour is taken: the free colours in this order, the side colours
# last, so Belarus and Russia keep theirs unless seven others were charted before them.
FALLBACK_ORDER = (*COUNTRY_PALETTE[7:1:-1], *COUNTRY_PALETTE[:2])


def country_colours(iso3s: Sequence[str]) -> dict[str, str]:
    """A distinct colour for each of up to eight countries, in the order they were chosen.

    A country keeps the colour it got when it was added: one chosen later never takes it, so
    adding a country changes no line already on the chart. A ninth country or more repeats
    the palette (the view allows eight).
    """
    colours: dict[str, str] = {}
    for iso3 in dict.fromkeys(iso3s):
        taken = set(colours.values())
        own = PREFERRED_COUNTRY_COLOURS.get(iso3, COUNTRY_PALETTE[7])
        if own in taken:
            free = [c for c in FALLBACK_ORDER if c not in taken]
            own = free[0] if free else FALLBACK_ORDER[len(colours) % len(FALLBACK_ORDER)]
        colours[iso3] = own
    return colours


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


# Compare mode rings: what appeared and what ended between two dates (not a side's colour).
CHANGE_COLOURS = {"appeared": "#117733", "ended": "#777777"}  # Tol green; grey: gone
