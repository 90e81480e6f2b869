"""The Map view as a user drives it: date, search, filters, a linked site."""

import pandas as pd
from streamlit.testing.v1 import AppTest

from tests.app.opening import open_view


def open_map(**query) -> AppTest:
    return open_view("pages/map.py", **query)


def shown_ids(app: AppTest) -> set[str]:
    return set(app.dataframe[0].value["id"])


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
    assert shown_ids(app) == {"hantsavichi_radar"}


def test_side_filter_keeps_one_side():
    app = open_map()
    app.multiselect(key="side").set_value(["nato"]).run()
    table = app.dataframe[0].value
    assert len(table) > 0 and set(table["side"]) == {"nato"}


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
