"""Facts of the seed paper (Marin 2020) and corrections of issue 13, checked against the shipped CSVs.

Plain pandas over every CSV of a dataset folder, so these tests do not depend on
the application's loading code.
"""

import re

import pandas as pd

from tests.shipped_csv import DATA, dataset, one_file

# --- A. facts of the seed that were missing -------------------------------------------------


def test_army_size_and_its_civilian_duties(evidence):
    row = evidence.loc["ev_seed_army_size_civilian_duties"]
    assert row["quote"] == "(60,000 men, of which 12,000 in civilian duties)"
    assert row["myth_id"] == "myth_integral_army" and row["source_id"] == "marin2020"


def test_tank_fleet_against_its_combat_ready_part_is_lukashenkas_figure(evidence):
    row = evidence.loc["ev_seed_tank_fleet_combat_ready"]
    assert "1,300 T-72 tanks" in row["quote"] and "400 allegedly ready" in row["quote"]
    assert "Lukashenka" in row["finding"]


def test_zapad_2017_keeps_the_official_figure_and_records_the_papers_estimate_apart():
    exercises = dataset("exercises").set_index("id")
    zapad = exercises.loc["zapad_2017"]
    assert (zapad["total_troops"], zapad["figure"]) == ("12700", "official")
    assert "formally mobilised" in zapad["note"]
    estimate = exercises.loc["zapad_2017_estimate"]
    # the paper prints the range with a dash (its plain text reads "6070,000")
    assert (estimate["total_troops"], estimate["total_troops_max"]) == ("60000", "70000")
    assert estimate["figure"] == "estimate" and "(estimate)" in estimate["name"]
    assert "not the official figure" in estimate["note"] and "it is believed" in estimate["note"]
    assert "totalling an estimated 60–70,000 participating troops" in estimate["note"]
    assert estimate["year"] == "2017" and estimate["source_id"] == "marin2020"
    assert "endnote 64" in estimate["source_locator"]
    # no number derived from the undashed "6070,000"
    assert not exercises["total_troops"].isin(["6070000", "6070"]).any()


def test_2012_withdrawal_of_su24_and_su27_and_the_air_defence_limit(events, evidence):
    event = events.loc["event_su24_su27_withdrawal_2012"]
    assert event["date"] == "2012" and "Su-24 and Su-27" in event["description"]
    assert "more than two blows" in evidence.loc["ev_seed_air_defence_two_blows", "quote"]


def test_wargame_estimates_for_the_baltic_capitals(events):
    assert events.loc["event_baltic_wargames_2015", "date"] == "2015"
    assert "30 to 60 hours" in events.loc["event_baltic_wargames_2015", "description"]
    assert "RAND" in events.loc["event_rand_wargames_2016", "description"]


def test_prices_compared_with_the_military_budget(evidence):
    row = evidence.loc["ev_seed_iskander_price_vs_budget"]
    assert "half a billion USD" in row["quote"] and "yearly military budget" in row["quote"]
    assert "twice less" in evidence.loc["ev_seed_budget_half_lithuania", "quote"]


def test_2018_values_survey_is_a_poll_row_naming_the_papers_pollster(polls):
    row = polls[polls["question_id"] == "marin_eurobarometer_values_2018"]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row["date"], row["percent"], row["subgroup"]) == ("2018", "61", "all")
    assert "Eurobarometer" in row["pollster"] and row["source_id"] == "marin2020"


def test_dual_use_firms_besides_maz_and_mzkt(evidence):
    quote = evidence.loc["ev_seed_dual_use_firms", "quote"]
    for firm in ("Grodno Azot", "Peleng", "Integral"):
        assert firm in quote


def test_energy_leverage_of_december_2019_and_january_2020(events):
    assert events.loc["event_lukashenka_pipeline_leverage_2019", "date"] == "2019-12-31"
    offers = events.loc["event_oil_offers_third_countries_2020"]
    assert offers["date"] == "2020-01"
    assert all(name in offers["description"] for name in ("Latvia", "Lithuania", "Azerbaijan"))


def test_defender_europe_2020_as_planned_and_the_2020_chairs(events):
    planned = events.loc["event_defender_europe_2020_planned"]
    assert planned["category"] == "exercise" and "6 months" in planned["description"]
    chairs = events.loc["event_belarus_chairs_csto_eaeu_2020"]
    assert chairs["date"] == "2020" and "Eurasian Economic Union" in chairs["description"]


def test_2016_17_limits_on_csto_duties(events, evidence):
    event = events.loc["event_csto_duties_limited_2016"]
    assert (event["date"], event["end_date"]) == ("2016", "2017")
    assert "Western region" in evidence.loc["ev_seed_csto_duties_limited_2016_17", "quote"]


def test_hedging_statements_are_context_rows(evidence):
    hedges = evidence[evidence.index.str.startswith("ev_seed_hedge_")]
    assert len(hedges) >= 4
    assert (hedges["stance"] == "context").all()
    assert "remains an open question" in evidence.loc["ev_seed_hedge_putin_intentions", "quote"]


def test_new_evidence_points_only_at_rows_that_exist(evidence):
    known = {
        "site": set(dataset("sites")["id"]),
        "event": set(dataset("events")["id"]),
        "exercise": set(dataset("exercises")["id"]),
        "poll": set(dataset("polls")["question_id"]),
    }
    new = pd.concat([one_file("evidence", "seed_facts.csv"), one_file("evidence", "web_corrections.csv")])
    for related in new["related"]:
        for ref in filter(None, related.split(";")):
            kind, _, ident = ref.partition(":")
            assert ident in known[kind], ref


# --- B. corrections ------------------------------------------------------------------------


def test_hantsavichi_radar_never_states_1964_as_a_fact(sites, evidence, sources):
    site = sites.loc["hantsavichi_radar"]
    assert site["start_date"] != "1964"
    assert '"since 1964"' in site["description"] and "unverified" in site["description"]
    row = evidence.loc["ev_army_hantsavichi_radar"]
    assert row["date"] == "2020" and "unverified" in row["finding"]
    later = evidence.loc["ev_web_volga_built_1980s"]
    assert later["source_id"] == "belsat_2021_volga_radar"
    assert sources.loc["belsat_2021_volga_radar", "publisher"].startswith("Belsat")
    for frame, column in ((dataset("sites"), "start_date"), (dataset("events"), "date"), (dataset("evidence"), "date")):
        assert "1964" not in set(frame[column])


def test_2016_divisions_are_not_recorded_as_s400(sites, evidence, sources):
    site = sites.loc["s400_divisions_belarus_2016"]
    assert "the paper implies S-400" in site["name"]
    assert "S-300" in site["description"]
    for ident in ("moscowtimes_2014_s300_free", "moscowtimes_2022_s400_drills"):
        assert sources.loc[ident, "kind"] == "web_page"
    assert "the paper implies S-400" in evidence.loc["ev_ally_s400_unarmed", "finding"]


def test_adazi_brigade_name_is_the_one_the_cited_page_gives(sites, sources):
    site = sites.loc["efp_latvia_adazi"]
    phrase = "in concert with the Latvian Land Forces Infantry Brigade"
    assert phrase in site["description"]
    assert phrase in sources.loc[site["source_id"], "note"]


def test_three_brotherhood_myths_are_in_part_myths_in_2020():
    myths = dataset("myths")
    paper = myths[
        (myths["as_of"] == "2020-06")
        & myths["id"].isin(["myth_closest_ally", "myth_integral_army", "myth_lose_sovereignty"])
    ]
    assert len(paper) == 3
    assert (paper["verdict"] == "in_part_myth").all()
    assert paper["source_locator"].str.contains("are in part myths which ought to be debunked").all()


def test_a_later_source_reassesses_the_closest_ally_myth_with_its_own_date(sources):
    myths = dataset("myths")
    history = myths[myths["id"] == "myth_closest_ally"].sort_values("as_of")
    assert list(history["as_of"]) == ["2020-06", "2024-12-05"]
    later = history.iloc[-1]
    assert later["verdict"] == "not_a_myth"
    assert sources.loc[later["source_id"], "date"] == later["as_of"]  # the source's own date
    assert "Russia’s closest ally" in sources.loc[later["source_id"], "note"]


def test_paper_figure_polls_do_not_name_a_pollster_the_paper_does_not_print():
    figures = one_file("polls", "marin2020_figures.csv")
    assert (figures["pollster"] == "Not named in the paper").all()
    assert figures["caveat"].str.contains("Belarusian Analytical Workroom").all()


def test_18_to_24_row_is_dated_no_later_than_the_paper_with_a_caveat():
    figures = one_file("polls", "marin2020_figures.csv")
    young = figures[figures["subgroup"] == "age 18-24"].iloc[0]
    assert young["date"] == "2020-06"
    assert "not the fieldwork date" in young["caveat"]


def test_sipri_zero_cells_keep_sipris_own_marking():
    sipri = one_file("budgets", "sipri_milex_2025.csv")
    zeros = sipri[sipri["note"].str.startswith("SIPRI's workbook holds 0")]
    assert len(zeros) == 7
    assert (zeros["value"] == "").all()
    assert "data_unavailable" not in set(zeros["flag"])
    flags = zeros.set_index(["iso3", "year"])["flag"]
    assert flags[("BLR", "1992")] == "sipri_estimate" and flags[("EST", "1992")] == ""


# How a page was found or a file processed, which a citation or a caveat never says.
HANDLING = re.compile(
    "|".join(
        (
            r"stored copy|stored excerpt|search tool|pages corpus|\bcorpus\b|curation|curator|stored mirror",
            r"seed files?\b|seeds? readme|seed text|reference[- ]data|readme §|shared/|\btools/",
            r"copy read|title from the url|url slug|reconstructed from the url|not checked against",
            r"written by the",
        )
    ),
    re.IGNORECASE,
)


def test_sources_speak_of_the_document_only():
    """A note, licence or title speaks of the document (what it is, who published it, when, which edition,
    an archived copy), never of how it was found or processed."""
    for path in sorted((DATA / "sources").glob("*.csv")):
        if path.name == "map_labels.csv":
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in ("note", "licence", "title"):
            if column in frame:
                hits = frame[frame[column].str.contains(HANDLING)]
                assert hits.empty, (path.name, column, list(hits["id"]))


def test_caveats_and_notes_speak_of_the_sources_not_of_our_files():
    """A row's caveat says what its source states or leaves out ("not named in the paper"), never
    which of our working files it was read from."""
    for path in sorted(DATA.glob("*/*.csv")):
        if path.parent.name == "sources":
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in set(frame.columns) & {"caveat", "note", "notes", "location_note", "text"}:
            hits = frame[frame[column].str.contains(HANDLING)]
            assert hits.empty, (path.name, column, list(hits[column].str[:80]))


def test_rewritten_and_new_sources_files_record_access_and_copy():
    for file in ("public_references.csv", "reference_data.csv", "web_corrections.csv"):
        frame = one_file("sources", file)
        assert {"accessed", "read_from"} <= set(frame.columns), file
        assert frame["read_from"].isin(["archived_copy", "third_party_mirror"]).all(), file
    new = one_file("sources", "web_corrections.csv")
    assert (new["accessed"] == "2026-12-01").all() and (new["read_from"] == "archived_copy").all()
    public = one_file("sources", "public_references.csv").set_index("id")
    assert public.loc["shape_efp_present_structure", "accessed"] == "2026-11"


def test_no_page_is_cited_from_a_third_party_mirror():
    """Only the reference datasets, copied byte for byte from a named repository (their notes say which), are
    read from a copy other than the publisher's; no web page or reference page is."""
    sources = dataset("sources")
    mirrored = sources[sources["read_from"] == "third_party_mirror"]
    assert set(mirrored["kind"]) <= {"reference_dataset"}, list(mirrored["id"])
