"""Every view says what period its data covers, and Home's date is that of the newest fact, not of a source."""

import pandas as pd

from components.data.repository import load_repository
from components.topics.coverage import coverage_line, newest_dated_row, nothing_recorded_after
from components.views import MAP, MYTHS, VIEWS


def test_coverage_names_the_period_and_the_newest_cited_source(data_dir):
    frames = load_repository(data_dir).frames  # two sites, from 2014-01 and 2017
    line = coverage_line(frames, MAP.dated)
    assert line.startswith("Coverage: Military sites and deployments dated 2014-01 to 2017")
    newest_cited = max(frames["sources"].set_index("id").loc[frames["sites"]["source_id"].unique(), "date"].dropna())
    assert line.endswith(f"the newest source they cite is dated {newest_cited}.")


def test_partial_dates_are_ordered_by_what_they_mean():
    frames = {
        "evidence": pd.DataFrame({"date": ["2020", "2019-12-31", "2021-02"], "source_id": ["s", "s", "s"]}),
        "myths": pd.DataFrame({"as_of": ["2020-06"], "source_id": ["s"]}),
        "sources": pd.DataFrame({"id": ["s"], "date": ["2021-03"]}),
    }
    line = coverage_line(frames, MYTHS.dated)
    assert "Evidence dated 2019-12-31 to 2021-02" in line and "Myths and realities dated 2020-06 to 2020-06" in line


def test_home_s_date_is_the_newest_fact_not_the_newest_source(data_dir):
    frames = dict(load_repository(data_dir).frames)
    frames["sources"] = frames["sources"].assign(date="2030")  # a source published later than any fact
    newest = newest_dated_row(frames)
    assert newest is not None and not newest.last.startswith("2030")


def test_every_view_of_dated_data_says_its_coverage():
    says = {view.slug for view in VIEWS if view.dated}
    assert says == {"home", "map", "polls", "budgets", "myths", "sources"}


def test_a_month_after_everything_recorded_says_so(data_dir):
    frames = load_repository(data_dir).frames  # sites up to 2017
    assert nothing_recorded_after(frames, MAP.dated, "2016-05") is None
    assert nothing_recorded_after(frames, MAP.dated, "2017-12") is None
    assert nothing_recorded_after(frames, MAP.dated, "2026-12").startswith("Nothing here is dated after 2017")
