"""Key Belarus–Russia developments of 2021–2026 as a reader of the shipped data sees them.

Plain pandas over the CSV folders, so these checks do not depend on the app's code.
"""

import pandas as pd

from tests.shipped_csv import DATA, dataset


def publisher_of(sources, source_id):
    return sources.loc[source_id, "publisher"]


def test_nuclear_weapons_site_is_a_claimed_region_point_from_june_2023(sites, sources):
    row = sites.loc["russian_tnw_belarus_2023"]
    assert row["start_date"].startswith("2023-06")
    assert row["confidence"] == "claimed"
    assert row["location_precision"] == "region"
    assert "not a storage site" in row["description"]
    assert publisher_of(sources, row["source_id"]) == "TASS"
    assert "25 March 2023" in sources.loc[row["source_id"], "note"]


def test_iskander_site_has_a_sourced_500_km_ring(sites, sources):
    row = sites.loc["iskander_belarus_2022"]
    assert row["start_date"] == "2022-12-19"
    assert row["confidence"] == "claimed"
    assert float(row["range_km"]) == 500
    assert "CSIS" in publisher_of(sources, row["range_source_id"])
    assert "500 kilometers" in sources.loc[row["range_source_id"], "note"]


def test_no_range_ring_without_a_source(sites):
    for site_id in ["oreshnik_belarus_2025", "russian_tnw_belarus_2023"]:
        assert sites.loc[site_id, "range_km"] == ""


def test_the_s400_and_iskander_rings_cite_their_stated_ranges(sites, sources):
    assert (sites.loc["s400_belarus_2022", "range_km"], sites.loc["s400_belarus_2022", "range_source_id"]) == (
        "400",
        "moscowtimes_2012_s400_kaliningrad",
    )
    assert "400 kilometers" in sources.loc["moscowtimes_2012_s400_kaliningrad", "note"]
    assert (sites.loc["kaliningrad_s400", "range_km"], sites.loc["iskander_kaliningrad", "range_km"]) == ("400", "500")
    assert sites.loc["iskander_kaliningrad", "range_source_id"] == "csis_missilethreat_iskander_tajikistan"


def test_oreshnik_deployment_of_december_2025_is_claimed_and_has_no_ring(sites, sources):
    row = sites.loc["oreshnik_belarus_2025"]
    assert row["start_date"].startswith("2025-12")
    assert (row["status"], row["confidence"]) == ("active", "claimed")
    assert row["location_precision"] == "region" and row["range_km"] == ""
    assert publisher_of(sources, row["source_id"]) == "Novaya Gazeta Europe"


def test_wagner_camp_is_at_asipovichy_town_point(sites):
    row = sites.loc["wagner_camp_asipovichy_2023"]
    assert row["location_precision"] == "town"
    assert row["location_source_id"] == "geonames"
    assert "Osipovichi" in row["alt_names"]
    assert abs(float(row["lat"]) - 53.31) < 0.05 and abs(float(row["lon"]) - 28.63) < 0.05


def test_key_events_dated_and_categorised(events):
    expected = {
        "event_union_programmes_2021": ("2021-11-04", "agreement"),
        "event_union_military_doctrine_2021": ("2021-11-04", "agreement"),
        "event_belarus_referendum_2022": ("2022-02", "election"),
        "event_wagner_mutiny_2023": ("2023-06-24", "crisis"),
        "event_belarus_joins_sco_2024": ("2024-07-04", "diplomacy"),
        "event_security_guarantees_treaty_2024": ("2024-12-06", "treaty"),
        "event_zapad_2025": ("2025-09-12", "exercise"),
    }
    for event_id, (date, category) in expected.items():
        assert (events.loc[event_id, "date"], events.loc[event_id, "category"]) == (date, category)
    assert events.loc["event_zapad_2025", "end_date"] == "2025-09-16"


def test_seed_events_are_not_duplicated(events):
    titles = events["title"].str.lower()
    assert (titles.str.contains("joint force")).sum() == 1
    assert events.index.is_unique


def test_zapad_2021_figure_is_the_announced_one(sources):
    ex = dataset("exercises").set_index("id")
    row = ex.loc["zapad_2021"]
    assert row["total_troops"] == "200000"
    assert "announced" in row["note"].lower()
    assert ex.loc["zapad_2025", "total_troops"] == ""
    assert ex.loc["zapad_2025", "start_date"] == "2025-09-12"


def test_evidence_points_at_existing_rows_and_myths(sites, events):
    ev = dataset("evidence")
    mine = ev[ev["id"].str.match(r"ev_20(2[1-5])_")]
    assert len(mine) >= 10
    myths = set(dataset("myths")["id"])
    assert set(mine["myth_id"]) <= myths
    exercises = set(dataset("exercises")["id"])
    for ref in ";".join(mine["related"]).split(";"):
        kind, _, ref_id = ref.partition(":")
        pool = {"site": sites.index, "event": events.index, "exercise": exercises}[kind]
        assert ref_id in pool, ref
    assert (mine["quote"] != "").all()


def test_web_sources_are_recorded_as_read_copies():
    web = pd.read_csv(DATA / "sources" / "web_belarus_russia_2021_2026.csv", dtype=str, keep_default_na=False)
    assert len(web) >= 10
    assert web["kind"].isin(["web_page", "official_page"]).all()
    assert web["accessed"].isin({"2026-12-01", "2026-12-03"}).all()
    assert (web["read_from"] == "archived_copy").all()
    assert web["url"].str.startswith("http").all()
    cited = (
        set(dataset("sites")["source_id"])
        | set(dataset("events")["source_id"])
        | set(dataset("sites")["range_source_id"])
    )
    assert set(web["id"]) <= cited | set(dataset("evidence")["source_id"]) | set(dataset("exercises")["source_id"])


def test_allied_resolve_2022_has_its_announced_dates_and_no_troop_figure(events, sources):
    ex = dataset("exercises").set_index("id")
    row = ex.loc["allied_resolve_2022"]
    assert (row["year"], row["start_date"], row["end_date"]) == ("2022", "2022-02-10", "2022-02-20")
    # The source prints no figures: none entered, and the figure kind stays empty.
    assert (row["total_troops"], row["belarus_troops"], row["russia_troops"], row["figure"]) == ("", "", "", "")
    event = events.loc["event_allied_resolve_2022"]
    assert (event["date"], event["end_date"], event["category"]) == ("2022-02-10", "2022-02-20", "exercise")
    assert event["source_id"] == row["source_id"]
    source = sources.loc[row["source_id"]]
    assert source["publisher"].startswith("Belsat")
    assert (source["date"], source["accessed"], source["read_from"]) == ("2022-02-20", "2026-12-03", "archived_copy")
    assert "10–20 February" in source["note"]


def test_russian_forces_staying_after_allied_resolve_is_one_sides_announcement_before_the_invasion(events, sites):
    row = events.loc["event_russian_forces_stay_belarus_2022"]
    assert row["date"] == "2022-02-20" and row["date"] < "2022-02-24"
    assert row["category"] == "deployment"
    assert "One side's announcement" in row["description"]
    assert "no number of troops" in row["description"]
    # No location or strength is published, so no site is placed for these forces.
    assert not sites.index.str.contains("allied_resolve").any()
