"""The Map view as a user drives it: date, search, filters, a linked site."""

import pandas as pd
from streamlit.testing.v1 import AppTest

from tests.app.opening import open_view


def open_map(**query) -> AppTest:
    return open_view("pages/map.py", **query)


def shown_ids(app: AppTest) -> set[str]:
    return set(app.dataframe[0].value["Id"])


def test_the_2014_fighter_rotation_comes_and_goes():
    app = open_map()
    app.select_slider(key="as_of").set_value("2013-06").run()
    assert "babruysk_fighter_rotation_2014" not in shown_ids(app)
    app.select_slider(key="as_of").set_value("2014-06").run()
    assert "babruysk_fighter_rotation_2014" in shown_ids(app)
    app.select_slider(key="as_of").set_value("2016-06").run()
    assert "babruysk_fighter_rotation_2014" not in shown_ids(app)
    assert not app.exception


def test_efp_battlegroups_appear_in_2017():
    app = open_map()
    app.select_slider(key="as_of").set_value("2016-12").run()
    assert not {i for i in shown_ids(app) if i.startswith("efp_")}
    app.select_slider(key="as_of").set_value("2017-12").run()
    assert {i for i in shown_ids(app) if i.startswith("efp_")} == {
        "efp_estonia_tapa",
        "efp_latvia_adazi",
        "efp_lithuania_rukla",
        "efp_poland_orzysz",
    }


def test_search_by_an_alternate_spelling():
    app = open_map()
    app.text_input(key="q").input("Gantsevichi").run()
    # The radar itself, and the one the paper describes as its equivalent at Pionerski.
    assert shown_ids(app) == {"hantsavichi_radar", "pionerski_radar"}


def test_side_filter_keeps_one_side():
    app = open_map()
    app.multiselect(key="side").set_value(["nato"]).run()
    table = app.dataframe[0].value
    assert len(table) > 0 and set(table["Side"]) == {"NATO"}


def test_a_linked_site_opens_with_its_source():
    app = open_map(site="hantsavichi_radar")
    assert app.subheader[0].value.startswith("Hantsavichi")
    source = next(m.value for m in app.markdown if m.value.startswith("**Source**"))
    assert "Marin" in source


def test_a_site_without_a_confidence_says_so(test_data):
    sites = test_data / "sites" / "sites.csv"
    frame = pd.read_csv(sites, dtype=str, keep_default_na=False).drop(columns="confidence")
    frame.to_csv(sites, index=False)
    app = open_map(site="base_a", as_of="2014-06")
    record = " ".join(m.value for m in app.markdown)
    assert "confidence not stated" in record and "nan" not in record


def record_text(app: AppTest) -> str:
    """What the record reads as, without the escapes that keep data text from being Markdown."""
    text = " ".join(m.value for m in app.markdown) + " " + " ".join(c.value for c in app.caption)
    return text.replace("\\", "")


def test_a_sites_record_measures_its_distance_to_nato_and_the_capitals():
    app = open_map(site="hantsavichi_radar", as_of="2020-06")
    record = record_text(app)
    assert "Nearest NATO territory on 2020-06: about" in record
    assert "Nearest capitals: Minsk about" in record
    assert "rounded to 10 km" in record
    assert "NATO territory here is the 12 members of the memberships dataset on that date." in record


def test_finland_counts_as_nato_territory_only_from_2023():
    before = record_text(open_map(site="mclcc_mikkeli_proposed", as_of="2022-06"))
    after = record_text(open_map(site="mclcc_mikkeli_proposed", as_of="2024-06"))
    assert "inside NATO territory (Finland)" in after and "inside NATO territory" not in before


def test_compare_mode_lists_what_appeared_with_its_sources():
    app = open_map(as_of="2025-12", compare="2021-12", country="BLR")
    assert any(s.value.startswith("What changed between 2021-12 and 2025-12") for s in app.subheader)
    changes = app.dataframe[0].value
    assert {"Appeared"} <= set(changes["Change"])
    assert "Iskander-M missile systems handed to Belarus (on combat duty, December 2022)" in set(changes["Site"])
    assert changes["Source"].str.contains("NV").any(), "the citation, not only the id"
    assert set(changes["Country"]) == {"Belarus"}, "words, not ISO codes"


def test_a_garbled_view_in_the_address_falls_back_to_the_region():
    app = open_map(region="belarus", lat="north", lon="24", zoom="6")
    assert not app.exception
    assert "lat" not in app.query_params and app.query_params["region"] == "belarus"


def test_a_linked_site_hidden_by_the_date_says_why_it_is_not_drawn():
    app = open_map(site="babruysk_fighter_rotation_2014", as_of="2020-06")
    notice = " ".join(i.value for i in app.info)
    assert "Not drawn on the map as of 2020-06" in notice
    assert not open_map(site="babruysk_fighter_rotation_2014", as_of="2014-06").info


def test_the_filters_and_the_search_are_summed_up_in_words_beside_the_map():
    app = open_map(side="nato", country="LTU", q="Rukla")
    summary = next(c.value for c in app.caption if "sites shown as of" in c.value).replace("\\", "")
    assert "Showing: NATO; Lithuania; matching “Rukla”." in summary


def test_a_comparison_no_longer_before_the_date_is_left_out_with_a_notice():
    app = open_map(as_of="2020-06", compare="2021-12")
    assert "compare" not in app.query_params
    assert any("The comparison with 2021-12 was left out" in i.value for i in app.info)
    assert not any(s.value.startswith("What changed") for s in app.subheader)


def test_a_search_at_a_date_without_the_site_offers_the_date_it_is_on_the_map():
    app = open_map(q="Bobruisk")  # the placeholder's own example, on today's map
    assert "babruysk_fighter_rotation_2014" not in shown_ids(app)
    assert any("more match the search at other dates" in c.value for c in app.caption)
    assert "Babruysk airfield (Russian fighter rotation, 2014)" in [m.value.replace("\\", "") for m in app.markdown]
    offer = next(b for b in app.button if b.label == "Show it in 2014-03")
    offer.click().run()
    assert app.select_slider(key="as_of").value == app.query_params["as_of"] == "2014-03"
    assert "babruysk_fighter_rotation_2014" in shown_ids(app)
    assert app.query_params["site"] == "babruysk_fighter_rotation_2014"


def test_a_search_in_other_words_finds_the_site():
    app = open_map(q="nuclear weapon")  # the record says "weapons"
    assert shown_ids(app) == {"russian_tnw_belarus_2023"}
