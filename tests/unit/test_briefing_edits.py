"""Slides added, moved, edited and removed: the briefing file an editor's click publishes."""

import io

import pandas as pd
import pytest

from components.data.repository import load_repository
from components.editing.briefing_edits import (
    SlideText,
    briefing_file,
    new_briefing_id,
    with_slide_added,
    with_slide_edited,
    with_slide_moved,
    with_slide_removed,
)
from components.editing.publishing import check

FILE = "briefings/briefing.csv"
TEXT = SlideText(title="Spending <b>rose</b>", notes="", source_id="paper", source_locator="Table 1")


@pytest.fixture
def repo(data_dir):
    return load_repository(data_dir, remember=False)


def shown(repo) -> list[str]:
    """The headlines in the order the briefing shows them (the fixture's numbers have a gap)."""
    return list(repo.rows_of(FILE).sort_values("slide")["title"])


def rows(content: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)


def headlines(content: bytes, briefing: str = "test_briefing") -> list[str]:
    frame = rows(content)
    mine = frame[frame["briefing"] == briefing]
    assert list(mine["slide"]) == [str(n) for n in range(1, len(mine) + 1)]  # always numbered 1, 2, 3…
    return list(mine["title"])


def test_a_slide_is_added_as_the_last_of_its_briefing_with_the_views_state(repo):
    before = shown(repo)
    content = with_slide_added(
        repo.rows_of(FILE),
        briefing="test_briefing",
        briefing_title="ignored: the briefing keeps its title",
        view="budgets",
        state="country=BLR&metric=share_of_gdp",
        text=TEXT,
    )
    assert headlines(content) == [*before, "Spending <b>rose</b>"]
    added = rows(content).iloc[-1]
    assert (added["view"], added["state"], added["source_locator"]) == (
        "budgets",
        "country=BLR&metric=share_of_gdp",
        "Table 1",
    )
    assert added["briefing_title"] == rows(content).iloc[0]["briefing_title"]
    assert check(repo, FILE, content).acceptable  # the file an upload of it would be


def test_a_new_briefing_gets_its_own_file_and_an_address_safe_id(repo):
    frame = repo.frame("briefings")
    briefing = new_briefing_id("Zapad 2025: what changed — Minsk", {"test_briefing"})
    assert briefing == "zapad_2025_what_changed_minsk"
    assert new_briefing_id("A <b>test</b> briefing", {"a_b_test_b_briefing"}) == "a_b_test_b_briefing_2"
    file = briefing_file(frame, briefing)
    assert file == f"briefings/{briefing}.csv"
    content = with_slide_added(
        repo.rows_of(file), briefing=briefing, briefing_title="Zapad 2025", view="map", state="", text=TEXT
    )
    assert headlines(content, briefing) == ["Spending <b>rose</b>"]
    assert check(repo, file, content).acceptable


def test_moving_a_slide_reorders_the_briefing(repo):
    before = shown(repo)
    earlier = headlines(with_slide_moved(repo.rows_of(FILE), "test_briefing", 3, -1))
    assert earlier == [before[0], before[2], before[1], *before[3:]]
    later = headlines(with_slide_moved(repo.rows_of(FILE), "test_briefing", 1, 1))
    assert later == [before[1], before[0], *before[2:]]
    assert headlines(with_slide_moved(repo.rows_of(FILE), "test_briefing", 1, -1)) == before  # already first


def test_editing_and_removing_a_slide(repo):
    before = shown(repo)
    edited = with_slide_edited(repo.rows_of(FILE), "test_briefing", 2, TEXT)
    assert headlines(edited) == [before[0], "Spending <b>rose</b>", *before[2:]]
    assert rows(edited).iloc[1]["notes"] == ""  # emptied notes are left blank, not "nan"
    removed = with_slide_removed(repo.rows_of(FILE), "test_briefing", 2)
    assert headlines(removed) == [before[0], *before[2:]]
    assert check(repo, FILE, removed).acceptable


def test_a_slide_without_headline_or_source_is_incomplete():
    assert SlideText(" ", "", "", "").missing() == ["headline", "source"]
    assert TEXT.missing() == []
