"""A replacement that breaks a file never takes away what was showing, even after a restart."""

import pytest

from components.data.archive import Archive, atomic_write
from components.data.repository import load_repository
from components.data.status import rejection_line
from tests.conftest import FIXTURES, drop_file

SITES = "sites/sites.csv"


def served_ids(repo, dataset="sites"):
    return sorted(repo.frame(dataset)["id"])


def test_a_broken_replacement_keeps_the_last_valid_version_served_after_a_restart(data_dir):
    before = served_ids(load_repository(data_dir))  # a first load keeps the valid file in the archive

    drop_file(data_dir, "sites_latitude_152.csv", "sites", name="sites.csv")
    restarted = load_repository(data_dir)  # nothing in memory carries over: a fresh load, as after a restart

    assert served_ids(restarted) == before
    report = restarted.report(SITES)
    assert not report.valid
    assert str(report.problems[0]).startswith("sites/sites.csv, row 2, column 'lat': found '152.0'")
    assert report.stand_in is not None and report.stand_in.valid


def test_the_newest_valid_version_is_the_one_that_stands_in(data_dir):
    load_repository(data_dir)
    path = data_dir / SITES
    path.write_text(path.read_text(encoding="utf-8").replace("Babruysk airbase", "Babruysk air base"), encoding="utf-8")
    assert "Babruysk air base" in set(load_repository(data_dir).frame("sites")["name"])

    drop_file(data_dir, "sites_ragged_row.csv", "sites", name="sites.csv")

    assert "Babruysk air base" in set(load_repository(data_dir).frame("sites")["name"])


def test_a_file_broken_before_it_was_ever_valid_is_left_out(data_dir):
    drop_file(data_dir, "sites_latitude_152.csv", "sites", name="sites.csv")
    repo = load_repository(data_dir)
    assert repo.report(SITES).stand_in is None
    assert repo.frame("sites").empty


def test_a_removed_file_that_nothing_cites_is_not_brought_back(data_dir):
    load_repository(data_dir)
    budgets = next((data_dir / "budgets").glob("*.csv"))
    budgets.unlink()
    repo = load_repository(data_dir)
    assert repo.frame("budgets").empty
    assert repo.rejected == []


def test_a_source_list_that_loses_a_cited_source_is_the_file_held_back(data_dir):
    """The sites citing it did not change: the new source list is what is rejected."""
    before = load_repository(data_dir)
    sources = data_dir / "sources" / "sources.csv"
    lines = sources.read_text(encoding="utf-8").splitlines(keepends=True)
    sources.write_text("".join(line for line in lines if not line.startswith("paper,")), encoding="utf-8")

    repo = load_repository(data_dir)

    assert served_ids(repo) == served_ids(before)
    assert sorted(repo.frame("sources")["id"]) == sorted(before.frame("sources")["id"])
    assert {r.path for r in repo.rejected} == {"sources/sources.csv"}
    messages = [str(p) for p in repo.report("sources/sources.csv").problems]
    assert "sources/sources.csv: this version breaks sites/sites.csv row 2, column 'source_id' ('paper')" in "\n".join(
        messages
    )


def test_a_valid_file_is_archived_once_with_its_rows(data_dir):
    load_repository(data_dir)
    load_repository(data_dir)
    (version,) = Archive.beside(data_dir).versions(SITES)
    assert version.rows == 2
    assert Archive.beside(data_dir).content(version) == (data_dir / SITES).read_bytes()


def test_a_candidate_load_neither_writes_nor_archives(data_dir):
    replacement = (FIXTURES / "accepted" / "sites_utf8_bom.csv").read_bytes()
    candidate = load_repository(data_dir, overrides={SITES: replacement}, remember=False)
    assert served_ids(candidate) == ["bom_site"]
    assert (data_dir / SITES).read_bytes() != replacement
    assert Archive.beside(data_dir).versions(SITES) == []


def test_an_interrupted_write_leaves_the_old_file_whole(data_dir, monkeypatch):
    path = data_dir / SITES
    original = path.read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr("components.data.archive.os.replace", crash)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(path, b"id,name\nhalf")
    assert path.read_bytes() == original
    assert [p.name for p in path.parent.iterdir()] == ["sites.csv"]  # no partial file left to be read


def test_the_archive_can_live_elsewhere(data_dir, tmp_path, monkeypatch):
    elsewhere = tmp_path / "archive"
    monkeypatch.setenv("ALLIANCE_MONITOR_ARCHIVE_DIR", str(elsewhere))
    load_repository(data_dir)
    assert (elsewhere / "sites" / "sites.csv" / "versions.jsonl").exists()
    assert not (data_dir / ".archive").exists()


def test_a_log_line_cut_short_by_a_crash_does_not_stop_the_app(data_dir):
    load_repository(data_dir)
    log = data_dir / ".archive" / "sites" / "sites.csv" / "versions.jsonl"
    with open(log, "a", encoding="utf-8") as file:
        file.write('{"id": "2026112')  # the process died mid-write
    drop_file(data_dir, "sites_latitude_152.csv", "sites", name="sites.csv")
    assert served_ids(load_repository(data_dir)) == ["base_a", "efp_x"]


def test_a_harmless_new_source_file_is_not_blamed_for_a_lost_source(data_dir):
    load_repository(data_dir)
    (data_dir / "sources" / "extra.csv").write_text(
        "id,title,author,publisher,date,url,kind,licence,note\nextra,Another report,,,2021,,public_reference,,\n",
        encoding="utf-8",
    )
    sources = data_dir / "sources" / "sources.csv"
    lines = sources.read_text(encoding="utf-8").splitlines(keepends=True)
    sources.write_text("".join(line for line in lines if not line.startswith("paper,")), encoding="utf-8")

    repo = load_repository(data_dir)

    assert {r.path for r in repo.rejected} == {"sources/sources.csv"}
    assert "extra" in set(repo.frame("sources")["id"])


def test_a_new_file_citing_a_source_that_comes_back_is_kept(data_dir):
    """The source list lost 'paper' and is held back; a new file citing 'paper' is then fine."""
    load_repository(data_dir)
    sources = data_dir / "sources" / "sources.csv"
    lines = sources.read_text(encoding="utf-8").splitlines(keepends=True)
    sources.write_text("".join(line for line in lines if not line.startswith("paper,")), encoding="utf-8")
    (data_dir / "events" / "new.csv").write_text(
        "id,date,title,category,description,source_id\nevent_new,2021-05,Talks,diplomacy,,paper\n", encoding="utf-8"
    )

    repo = load_repository(data_dir)

    assert {r.path for r in repo.rejected} == {"sources/sources.csv"}
    assert "event_new" in set(repo.frame("events")["id"])


def test_a_valid_file_that_breaks_others_is_replaced_by_its_previous_version(data_dir):
    """Two editors publish at once: the sites now cite a source the new source list dropped."""
    load_repository(data_dir)
    sites = data_dir / SITES
    sites.write_text(sites.read_text(encoding="utf-8").replace("Fighter rotation.", "Jets."), encoding="utf-8")
    load_repository(data_dir)  # the edited sites file is valid, and archived as the newest version
    sites.write_text(sites.read_text(encoding="utf-8").replace(",paper,Myth 1", ",gone,Myth 1"), encoding="utf-8")
    (data_dir / "sources" / "gone.csv").write_text(
        "id,title,author,publisher,date,url,kind,licence,note\ngone,A source,,,2021,,public_reference,,\n",
        encoding="utf-8",
    )
    load_repository(data_dir)  # valid together, both archived
    (data_dir / "sources" / "gone.csv").unlink()

    repo = load_repository(data_dir)

    assert served_ids(repo) == ["base_a", "efp_x"]  # the previous sites version, not nothing
    assert "Jets." in set(repo.frame("sites")["description"])


def test_a_removed_sources_file_that_others_cite_stands_in_named_as_the_cause(data_dir):
    before = load_repository(data_dir)
    (data_dir / "sources" / "sources.csv").unlink()

    repo = load_repository(data_dir)

    assert served_ids(repo) == served_ids(before)  # no view empties
    assert sorted(repo.frame("sources")["id"]) == sorted(before.frame("sources")["id"])
    assert [r.path for r in repo.rejected] == ["sources/sources.csv"]  # the cause, and only the cause
    assert rejection_line(repo.rejected[0]).startswith(
        "data/sources/sources.csv was removed from its folder, but other files cite it: its last valid version, saved "
    )


def test_once_an_editor_confirms_the_removal_the_files_citing_it_are_held_back(data_dir):
    load_repository(data_dir)
    (data_dir / "sources" / "sources.csv").unlink()
    Archive.beside(data_dir).confirm_removal("sources/sources.csv", editor="Ana Analyst")

    repo = load_repository(data_dir)

    assert repo.frame("sources").empty
    assert "sources/sources.csv" not in [r.path for r in repo.reports]
    assert repo.rejected  # the citing files, which now name sources that are gone
