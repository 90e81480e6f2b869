"""Compare mode: what appeared and what ended between two dates, by the map's own rule."""

from datetime import date

from components.data.repository import load_repository
from components.topics.site_changes import changes_between, with_ended
from components.topics.sites import select_sites


def test_the_2014_rotation_appears_and_then_ends(data_dir):
    repo = load_repository(data_dir)
    sites, sources = repo.frame("sites"), repo.frame("sources")
    appeared = changes_between(sites, sources, date(2013, 6, 30), date(2014, 6, 30))
    assert dict(zip(appeared["id"], appeared["change"], strict=True)) == {"base_a": "appeared"}
    ended = changes_between(sites, sources, date(2014, 6, 30), date(2018, 6, 30))
    assert dict(zip(ended["id"], ended["change"], strict=True)) == {"base_a": "ended", "efp_x": "appeared"}
    assert list(ended["change"]) == ["appeared", "ended"]


def test_the_compare_map_keeps_what_ended_beside_what_stands(data_dir):
    repo = load_repository(data_dir)
    sites, sources = repo.frame("sites"), repo.frame("sources")
    later = date(2018, 6, 30)
    visible = select_sites(sites, when=later, sources=sources)
    shown = with_ended(visible, changes_between(sites, sources, date(2014, 6, 30), later))
    assert set(visible["id"]) == {"efp_x"} and set(shown["id"]) == {"efp_x", "base_a"}


def test_nothing_changed_between_a_date_and_itself(data_dir):
    repo = load_repository(data_dir)
    assert changes_between(repo.frame("sites"), repo.frame("sources"), date(2014, 6, 30), date(2014, 6, 30)).empty
