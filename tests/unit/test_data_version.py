"""The data version printed on every view: the same files give the same identifier, any
change a new one, and each identifier is kept with when it was live."""

import re

from components.data.repository import load_repository
from components.topics.data_version import live_in_words, record_version, version_history, version_id
from tests.conftest import drop_file

SITES = "sites/sites.csv"


def test_the_same_files_give_the_same_version_and_a_change_a_new_one(data_dir):
    first = version_id(load_repository(data_dir))
    assert re.fullmatch(r"\d{4}(-\d{2}){0,2}\.[0-9a-f]{8}", first)
    assert version_id(load_repository(data_dir)) == first  # another process, the same data

    path = data_dir / SITES
    path.write_bytes(path.read_bytes().replace(b"Babruysk airbase", b"Babruysk air base"))
    assert version_id(load_repository(data_dir)) != first


def test_a_broken_replacement_leaves_the_version_of_what_is_served(data_dir):
    before = version_id(load_repository(data_dir))
    drop_file(data_dir, "sites_latitude_152.csv", "sites", name="sites.csv")  # the old rows stand in
    assert version_id(load_repository(data_dir)) == before


def test_each_version_is_kept_with_when_it_was_live(data_dir):
    old = record_version(load_repository(data_dir))
    assert record_version(load_repository(data_dir)) == old  # unchanged data: no new entry
    path = data_dir / SITES
    path.write_bytes(path.read_bytes().replace(b"Babruysk airbase", b"Babruysk air base"))
    repo = load_repository(data_dir)
    new = record_version(repo)

    newest, earlier = version_history(repo)
    assert (newest.id, newest.live_until) == (new, None)
    assert earlier.id == old and earlier.live_until == newest.live_from
    assert live_in_words(repo, f" {new} ").endswith("to now (it is live).")
    assert live_in_words(repo, old).startswith(f"{old} was live from ")
    assert live_in_words(repo, "2020-01-01.deadbeef") == (
        "2020-01-01.deadbeef is not a data version this archive has served."
    )
