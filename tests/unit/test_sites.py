"""Which sites the map shows for a date, a search and filters."""

from datetime import date

import pandas as pd
import pytest

from components.data.repository import load_repository
from components.data.word_search import parse_query
from components.topics.sites import active_on, matching, month_end, month_options, select_sites

SITE = {
    "id": "x", "name": "Babruysk airfield", "alt_names": "Bobruisk;Bobruysk", "side": "russia",
    "category": "airbase", "country": "BLR", "status": "active", "end_date": None, "source_id": "paper",
    "description": "Fighter rotation.",
}  # fmt: skip


def frame(**changes) -> pd.DataFrame:
    row = {**SITE, "start_date": "2014-03-13", **changes}
    return pd.DataFrame([row]).astype({"start_date": "str", "end_date": "str"}).replace("None", pd.NA)


@pytest.mark.parametrize(
    ("changes", "when", "shown"),
    [
        ({}, date(2014, 3, 12), False),
        ({}, date(2014, 3, 13), True),
        ({}, date(2030, 1, 1), True),
        ({"end_date": "2014-06"}, date(2014, 6, 30), True),  # the end month is still included
        ({"end_date": "2014-06"}, date(2014, 7, 1), False),
        ({"end_date": "2015"}, date(2015, 12, 31), True),
        ({"status": "ended"}, date(2014, 12, 31), True),  # unknown end: its start year only
        ({"status": "ended"}, date(2015, 1, 1), False),
        ({"status": "not_realised", "start_date": "2013-04"}, date(2014, 1, 1), False),
    ],
)
def test_active_on_a_date(changes, when, shown):
    assert active_on(frame(**changes), when).iloc[0] == shown


def test_undated_site_counts_from_its_source_date():
    sites = frame(start_date=None)
    reported = pd.Series([pd.Timestamp("2020-06-01")])
    assert not active_on(sites, date(2019, 1, 1), reported).iloc[0]
    assert active_on(sites, date(2020, 7, 1), reported).iloc[0]


@pytest.mark.parametrize("text", ["babruysk", "BOBRUISK", "bobruysk", " airfield ", "airfields babr"])
def test_search_finds_any_spelling(text):
    assert matching(frame(), parse_query(text)).iloc[0]


def test_search_misses_other_names():
    assert not matching(frame(), parse_query("Hantsavichi")).iloc[0]
    assert not matching(frame(), parse_query("Babruysk radar")).iloc[0], "every word must match"


def test_filters_and_date_together(data_dir):
    repo = load_repository(data_dir)
    sites, sources = repo.frame("sites"), repo.frame("sources")
    assert list(select_sites(sites, when=date(2014, 6, 1), sources=sources)["id"]) == ["base_a"]
    assert list(select_sites(sites, when=date(2020, 1, 1), sources=sources)["id"]) == ["efp_x"]
    assert select_sites(sites, when=date(2020, 1, 1), sources=sources, chosen={"side": ["russia"]}).empty
    assert list(select_sites(sites, when=date(2014, 6, 1), sources=sources, query=parse_query("bobruisk"))["id"]) == [
        "base_a"
    ]


def test_month_options_run_from_the_first_start_to_this_month():
    months = month_options(frame(), today=date(2014, 6, 2))
    assert months == ["2014-03", "2014-04", "2014-05", "2014-06"]
    assert month_end("2014-02") == date(2014, 2, 28)
