"""Map view pieces beside and under the deck: a site's record, how to read the map, what changed."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from components.data.cells import text_of
from components.data.citations import citations_of
from components.data.repository import Repository
from components.data.text import humanise, literal
from components.data.words import SIDE_LABELS, code_word, country_word, side_word
from components.topics.distances import members_on, nearest_capitals, nearest_nato_territory
from components.topics.site_changes import CHANGE_LABELS
from components.topics.sites import date_span
from components.ui.map_address import show_site_at
from components.ui.myth_cards import myth_backlinks
from components.ui.source_lines import source_lines
from components.ui.tables import table_with_download

READING_NOTES = (
    "**Click a symbol** for its record: what it is, since when, how well established, and its source.",
    "**Drag** to pan. **Ctrl/⌘ + scroll**, the **+ / −** buttons, or a double click zoom; "
    "the address keeps the view, so a copied link opens it.",
    "A site whose location precision is *region* has no published location: its symbol stands "
    "for the country or region, and symbols sharing one point are fanned out below it.",
    "Borders: Natural Earth 1:50m, with Crimea drawn as Ukrainian territory under Russian occupation.",
)


def reading_notes() -> None:
    st.markdown("**How to read the map**")
    for note in READING_NOTES:
        st.markdown(note)


# A search's matches at other dates are offered one click each, up to this many.
ELSEWHERE_SHOWN = 3


def matches_elsewhere(elsewhere: pd.DataFrame, offers: pd.Series, hidden_by_filters: int, as_of: str) -> None:
    """What a search found that this date or the filters leave out, so it never reads as 'none';
    `offers` holds, by site id, the month to show each in (only months the date control has)."""
    if hidden_by_filters:
        st.caption(f"{hidden_by_filters} more match the search but not the filters.")
    if elsewhere.empty:
        return
    st.caption(f"{len(elsewhere)} more match the search at other dates than {as_of}:")
    for site_id, name in list(zip(elsewhere["id"], elsewhere["name"], strict=True))[:ELSEWHERE_SHOWN]:
        st.markdown(literal(name))  # above its button: a long name would be cut short on it
        if site_id not in offers.index:
            st.caption("Dated outside the months the map offers.")
            continue
        st.button(
            f"Show it in {offers[site_id]}",
            key=f"elsewhere_{site_id}",
            icon=":material/history:",
            on_click=show_site_at,
            args=(site_id, offers[site_id]),
        )


def not_drawn_notice(site: pd.Series, shown: pd.DataFrame, filtered: pd.DataFrame, as_of: str) -> None:
    """Say why the site a link or slide is about is not drawn: its dates, or the filters."""
    if site["id"] in set(shown["id"]):
        return
    if site["id"] in set(filtered["id"]):
        st.info(f"Not drawn on the map as of {as_of}: it is dated {literal(date_span(site))}.")
    else:
        st.info("Not drawn on the map: the filters or the search leave it out.")


def site_details(repo: Repository, site: pd.Series, when: date) -> None:
    st.subheader(literal(site["name"]))
    st.markdown(
        literal(f"{humanise(site['category'])} · {SIDE_LABELS[site['side']]} · {country_word(site['country'])}")
        + "  \n"
        + literal(
            f"{date_span(site)} · {humanise(site['status'])}, {text_of(site['confidence']) or 'confidence not stated'}"
        )
    )
    if pd.notna(site["description"]):
        st.markdown(literal(site["description"]))
    if pd.notna(site["alt_names"]):
        st.caption("Also spelt: " + literal(site["alt_names"].replace(";", ", ")))
    precision = site["location_precision"] if pd.notna(site["location_precision"]) else "not stated"
    st.caption(f"Location precision: {literal(precision)}")
    st.markdown("**Source**  \n" + source_lines(repo, [site["source_id"]]))
    if pd.notna(site["source_locator"]):
        st.caption("Where in the source: " + literal(site["source_locator"]))
    if pd.notna(site["range_km"]) and pd.notna(site["range_source_id"]):
        st.markdown(
            f"**Stated maximum range: {float(site['range_km']):,.0f} km**  \n"
            + source_lines(repo, [site["range_source_id"]])
        )
    if pd.notna(site["location_source_id"]):
        st.caption("Location: " + source_lines(repo, [site["location_source_id"]]))
    site_distances(repo, site, when)
    myth_backlinks(repo, "site", site["id"])


# How precisely a distance can be given, by the site's location precision.
DISTANCE_ROUNDING_KM = {"exact": 1, "town": 10}
DISTANCE_CAVEATS = {
    "exact": "Great-circle distances from the site, to Natural Earth 1:50m borders.",
    "town": "Great-circle distances from the town the site is placed at (rounded to 10 km), "
    "to Natural Earth 1:50m borders.",
}
REGION_CAVEAT = (
    "This site has no published location: the distances are from the point that stands for its "
    "country or region, and say little about the site itself."
)

# The memberships dataset lists the members on and near the flank, not all of NATO.
MEMBERS_CAVEAT = "NATO territory here is the {count} members of the memberships dataset on that date."
NO_MEMBERS = "No distance to NATO: the memberships dataset lists no member on that date."


def _km(km: float, precision: str) -> str:
    step = DISTANCE_ROUNDING_KM.get(precision, 10)
    return f"about {round(km / step) * step:,.0f} km"


def site_distances(repo: Repository, site: pd.Series, when: date) -> None:
    """The record's measure: distance to NATO territory (as it stood on the map's date) and to the capitals."""
    lat, lon, precision = float(site["lat"]), float(site["lon"]), text_of(site["location_precision"])
    lines = []
    members = members_on(repo.frame("memberships"), when)
    nato = nearest_nato_territory(lat, lon, str(site["country"]), members) if members else None
    if nato is not None:
        where = f"inside NATO territory ({nato.to})" if nato.km == 0 else f"{_km(nato.km, precision)} to {nato.to}"
        lines.append(f"Nearest NATO territory on {when:%Y-%m}: {where}")
    capitals = nearest_capitals(lat, lon, repo.frame("places"))
    if capitals:
        lines.append("Nearest capitals: " + ", ".join(f"{c.to} {_km(c.km, precision)}" for c in capitals))
    if lines:
        st.markdown("**Distances**  \n" + literal("  \n".join(lines)))
        scope = MEMBERS_CAVEAT.format(count=len(members)) if members else NO_MEMBERS
        st.caption(DISTANCE_CAVEATS.get(precision, REGION_CAVEAT) + " " + scope)


def changes_table(repo: Repository, changes: pd.DataFrame, earlier: str, later: str) -> None:
    """The compare mode's list: what appeared and ended between the two months, with sources."""
    counts = changes["change"].value_counts()
    st.subheader(f"What changed between {earlier} and {later}")
    st.caption(
        ", ".join(f"{counts.get(change, 0)} {label.lower()}" for change, label in CHANGE_LABELS.items())
        + ". Ringed on the map; ended sites stay drawn there."
    )
    listed = pd.DataFrame(
        {
            "Change": changes["change"].map(CHANGE_LABELS),
            "Site": changes["name"],
            "Category": changes["category"].map(code_word),
            "Side": changes["side"].map(side_word),
            "Country": changes["country"].map(country_word),
            "From": changes["start_date"],
            "To": changes["end_date"],
            "Status": changes["status"].map(code_word),
            "Source": citations_of(repo.frame("sources"), changes["source_id"]),
            "Source id": changes["source_id"],
        }
    )
    table_with_download(listed, file_name=f"sites_changed_{earlier}_to_{later}.csv", key="download_changes")
