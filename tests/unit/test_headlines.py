"""Home page figures come from the data, with the source that printed them."""

import pandas as pd

from components.data.repository import load_repository
from components.topics.headlines import budget_headline, exercise_headline, headlines, newest


def test_budget_headline_reads_the_row_of_the_named_source(data_dir):
    budgets = load_repository(data_dir).frame("budgets")
    figure = budget_headline(budgets, iso3="BLR", year=2018, source_id="paper", label="Belarus 2018")
    assert (figure.value, figure.detail, figure.source_ids) == (
        "$715m",
        "million US$ at current prices; 1.3% of GDP",
        ("paper",),
    )
    assert budget_headline(budgets, iso3="BLR", year=2018, source_id="other", label="x") is None


def test_exercise_headline_is_the_latest_sized_exercise(data_dir):
    figure = exercise_headline(load_repository(data_dir).frame("exercises"))
    assert (figure.label, figure.value) == ("Zapad Test: troops", "12,700")


def test_headlines_skip_figures_the_data_lacks(data_dir):
    labels = [h.label for h in headlines(load_repository(data_dir).frames)]
    assert labels == ["Zapad Test: troops"]  # the fixture has no SIPRI rows


def test_newest_compares_partial_dates_by_their_first_day():
    frame = pd.DataFrame({"date": pd.Series(["2022", "2022-12", "2020-08-03", None], dtype="str")})
    assert newest(frame)["date"] == "2022-12"
