"""Key facts of NATO's north-eastern flank 2021–2026, checked against the shipped CSVs.

Plain pandas over every CSV of a dataset folder, so these tests do not depend on
the application's loading code.
"""

import pandas as pd
import pytest

from tests.shipped_csv import DATA, one_file


def flank_file(name: str) -> pd.DataFrame:
    return one_file(name, "nato_flank_2021_2026.csv")


def test_german_brigade_in_lithuania_dated_april_2025_cites_bavarian_broadcaster(sites, sources):
    row = sites.loc["panzerbrigade_45_lithuania"]
    assert (row.side, row.country, row.category) == ("nato", "LTU", "ground_forces")
    assert row.start_date == "2025-04"
    assert row.status == "active"
    assert row.confidence == "reported"
    assert row.location_precision == "region"
    assert "Bayerischer Rundfunk" in sources.loc[row.source_id, "publisher"]


@pytest.mark.parametrize(
    "site_id, iso3",
    [
        ("nato_battlegroup_slovakia", "SVK"),
        ("nato_battlegroup_hungary", "HUN"),
        ("nato_battlegroup_romania", "ROU"),
        ("nato_battlegroup_bulgaria", "BGR"),
    ],
)
def test_four_new_battlegroups_of_2022_on_the_eastern_flank(sites, sources, site_id, iso3):
    row = sites.loc[site_id]
    assert (row.side, row.category, row.country) == ("nato", "battlegroup", iso3)
    assert row.start_date == "2022-03-24"
    assert row.location_precision == "region"
    assert "not a base" in row.description
    # NATO's own announcement of the approval: one side's statement, and it prints no troop numbers.
    assert sources.loc[row.source_id, "publisher"] == "NATO"
    assert row.confidence == "claimed"
    assert not any(ch.isdigit() for ch in row.description.replace("24 March 2022", ""))


def test_finnish_deployments_are_plans_marked_announced_and_claimed(sites):
    row = sites.loc["mclcc_mikkeli_proposed"]
    assert (row.country, row.status, row.confidence, row.start_date) == ("FIN", "announced", "claimed", "2024-09-27")
    # Cited to a wire service's own page, not a syndicated copy; the FLF Finland row, whose only source was a
    # syndicated copy, is left out.
    assert row.source_id == "tass_2024_09_27_mikkeli_land_command"
    assert "flf_finland_planned" not in sites.index


def test_division_and_corps_headquarters(sites, sources):
    mnd = sites.loc["hq_mnd_north_adazi"]
    assert (mnd.country, mnd.category, mnd.start_date) == ("LVA", "headquarters", "2019-03-08")
    assert sources.loc[mnd.source_id, "publisher"] == "Estonian Defence Forces"
    v_corps = sites.loc["us_v_corps_forward_poznan"]
    assert (v_corps.country, v_corps.start_date) == ("POL", "2020-11-20")


def test_new_sites_do_not_duplicate_the_existing_nato_sites(sites):
    new = flank_file("sites")
    existing = pd.read_csv(DATA / "sites" / "nato.csv", dtype=str, keep_default_na=False)
    assert not set(new["id"]) & set(existing["id"])
    # The 2017 eFP battlegroup in Latvia stays one row; the new Ādaži row is the division HQ.
    assert "efp_latvia_adazi" in set(existing["id"])
    assert sites.loc["hq_mnd_north_adazi", "category"] != sites.loc["efp_latvia_adazi", "category"]


def test_finland_accession_and_the_road_to_it(events):
    assert events.loc["event_finland_joins_nato_2023", "date"] == "2023-04-04"
    assert events.loc["event_finland_joins_nato_2023", "category"] == "treaty"
    assert events.loc["event_madrid_summit_invitation_2022", "date"] == "2022-06-29"
    assert events.loc["event_accession_protocols_signed_2022", "date"] == "2022-07-05"
    assert events.loc["event_finland_sweden_apply_nato_2022", "date"] == "2022-05-18"
    assert events.loc["event_nato_four_new_battlegroups_2022", "date"] == "2022-03-24"


def test_ottawa_convention_step_is_a_recommendation_of_march_2025(events, sources):
    row = events.loc["event_ottawa_withdrawal_recommended_2025"]
    assert row.date == "2025-03-18"
    assert "recommend" in row.title.lower()
    assert sources.loc[row.source_id, "publisher"] == "Politico Europe"


def test_every_flank_row_cites_a_web_source_read_on_2026_12_01():
    web = pd.read_csv(DATA / "sources" / "web_nato_flank_2021_2026.csv", dtype=str, keep_default_na=False).set_index(
        "id"
    )
    assert web["kind"].isin(["web_page", "official_page"]).all()
    assert web["accessed"].isin(["2026-12-01", "2026-12-03"]).all()
    assert (web["read_from"] == "archived_copy").all()
    assert web["url"].str.startswith("https://").all()
    assert (web["date"] != "").all()
    cited = set(flank_file("sites")["source_id"]) | set(flank_file("events")["source_id"])
    # The accessions cite NATO's own enlargement page (a source of the memberships dataset).
    assert cited == set(web.index) | {"nato_enlargement_article_10"}
    # Coordinates come from the one gazetteer.
    assert (flank_file("sites")["location_source_id"] == "geonames").all()


def test_the_accessions_are_dated_from_natos_own_page_not_a_syndicated_copy(events, sources):
    for event_id, date in (
        ("event_finland_joins_nato_2023", "2023-04-04"),
        ("event_sweden_joins_nato_2024", "2024-03-07"),
    ):
        row = events.loc[event_id]
        assert (row["date"], row["category"]) == (date, "treaty")
        assert row["source_id"] == "nato_enlargement_article_10"
        assert sources.loc[row["source_id"], "publisher"] == "NATO"
    mirrors = ("swissinfo.ch", "bnnbloomberg.ca", "finanznachrichten.de", "dvidshub.net")
    assert not sources["url"].str.contains("|".join(mirrors), regex=True).any()
