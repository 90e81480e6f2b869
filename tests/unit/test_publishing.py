"""An editor's upload: checked before it is written, written whole, archived, and reversible."""

import stat
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from components.data.archive import Archive
from components.data.repository import load_repository
from components.editing.publishing import StaleCandidate, check, publish, roll_back, target_file
from tests.conftest import FIXTURES

SITES = "sites/sites.csv"


def sites_csv(data_dir, edit):
    return edit((data_dir / SITES).read_text(encoding="utf-8")).encode("utf-8")


def test_the_preview_counts_rows_added_changed_and_removed(data_dir):
    live = load_repository(data_dir)
    lines = (data_dir / SITES).read_text(encoding="utf-8").splitlines(keepends=True)
    header, babruysk, _battlegroup = lines
    new_row = babruysk.replace("base_a,", "base_b,", 1)
    content = (header + babruysk.replace("Fighter rotation.", "Fighter rotation then withdrawal.") + new_row).encode()

    candidate = check(live, SITES, content)

    assert candidate.acceptable
    assert candidate.changes.counts == {"added": 1, "changed": 1, "removed": 1}
    assert list(candidate.changes.added["id"]) == ["base_b"]
    assert list(candidate.changes.removed["id"]) == ["efp_x"]
    assert candidate.changes.changed.iloc[0]["changed columns"] == "description"
    assert (data_dir / SITES).read_bytes() != content  # a preview writes nothing


def test_the_same_numbers_written_differently_are_no_change(data_dir):
    live = load_repository(data_dir)
    candidate = check(live, SITES, sites_csv(data_dir, lambda text: text.replace("53.15", "53.150")))
    assert candidate.acceptable and candidate.changes.none


def test_a_bad_upload_names_its_problems_and_offers_nothing_to_publish(data_dir):
    live = load_repository(data_dir)
    candidate = check(live, SITES, (FIXTURES / "bad" / "sites_latitude_152.csv").read_bytes())
    assert not candidate.acceptable
    assert candidate.changes is None
    assert [(p.row, p.column, p.value) for p in candidate.problems] == [(2, "lat", "152.0")]
    with pytest.raises(ValueError, match="cannot be published"):
        publish(data_dir, candidate, editor="Ana")


def test_an_upload_that_would_break_other_files_is_refused(data_dir):
    live = load_repository(data_dir)
    sources = data_dir / "sources" / "sources.csv"
    without_paper = "".join(
        line for line in sources.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("paper,")
    )
    candidate = check(live, "sources/sources.csv", without_paper.encode())
    assert not candidate.acceptable
    assert any("sites/sites.csv" in str(p) for p in candidate.problems)


def test_publishing_replaces_the_file_and_archives_both_versions_with_who_and_what(data_dir):
    live = load_repository(data_dir)
    original = (data_dir / SITES).read_bytes()
    content = sites_csv(data_dir, lambda text: text.replace("Babruysk airbase", "Babruysk air base"))

    version = publish(data_dir, check(live, SITES, content), editor="Ana Analyst (editor passphrase)")

    assert (data_dir / SITES).read_bytes() == content
    newest, previous = Archive.beside(data_dir).versions(SITES)
    assert newest == version
    assert (newest.editor, newest.action, newest.changed, newest.rows) == (
        "Ana Analyst (editor passphrase)",
        "upload",
        1,
        2,
    )
    assert Archive.beside(data_dir).content(previous) == original
    assert "Babruysk air base" in set(load_repository(data_dir).frame("sites")["name"])


def test_a_preview_made_stale_by_another_change_is_not_published(data_dir):
    live = load_repository(data_dir)
    candidate = check(live, SITES, sites_csv(data_dir, lambda text: text.replace("Fighter", "Jet")))
    (data_dir / SITES).write_text(
        (data_dir / SITES).read_text(encoding="utf-8").replace("Fighter", "Fighter jet"), encoding="utf-8"
    )
    with pytest.raises(StaleCandidate):
        publish(data_dir, candidate, editor="Ana")
    assert "Fighter jet rotation." in (data_dir / SITES).read_text(encoding="utf-8")


def test_roll_back_makes_an_earlier_version_live_and_is_itself_a_version(data_dir):
    live = load_repository(data_dir)
    original = (data_dir / SITES).read_bytes()
    publish(data_dir, check(live, SITES, sites_csv(data_dir, lambda t: t.replace("Fighter", "Jet"))), editor="Ana")
    first = Archive.beside(data_dir).versions(SITES)[-1]

    result = roll_back(load_repository(data_dir), first, editor="Ben")

    assert result.acceptable
    assert (data_dir / SITES).read_bytes() == original
    newest = Archive.beside(data_dir).versions(SITES)[0]
    assert newest.editor == "Ben" and newest.action.startswith("roll back to the version of")


@pytest.mark.parametrize(
    ("uploaded", "expected"),
    [
        ("nato.csv", "sites/nato.csv"),
        ("C:\\Users\\ana\\nato.CSV", "sites/nato.csv"),
        ("../../etc/x", "sites/x.csv"),
        ("..", "sites/uploaded.csv"),
        (".csv", "sites/uploaded.csv"),
        ("NATO sites (v2).csv", "sites/NATO_sites_v2.csv"),
        ("Объекты НАТО.csv", "sites/Объекты_НАТО.csv"),  # Cyrillic names stay apart, not all 'uploaded'
    ],
)
def test_an_uploaded_name_stays_inside_its_dataset_folder(uploaded, expected):
    assert target_file("sites", uploaded) == expected


def test_a_write_that_fails_leaves_no_version_that_never_was_live(data_dir, monkeypatch):
    live = load_repository(data_dir)
    candidate = check(live, SITES, sites_csv(data_dir, lambda t: t.replace("Fighter", "Jet")))
    versions_before = Archive.beside(data_dir).versions(SITES)

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("components.editing.publishing.atomic_write", disk_full)
    with pytest.raises(OSError):
        publish(data_dir, candidate, editor="Ana")
    assert Archive.beside(data_dir).versions(SITES) == versions_before


def test_a_change_to_another_file_since_the_preview_makes_it_stale(data_dir):
    live = load_repository(data_dir)
    candidate = check(live, SITES, sites_csv(data_dir, lambda t: t.replace("Fighter", "Jet")))
    events = data_dir / "events" / "events.csv"
    events.write_text(events.read_text(encoding="utf-8") + "", encoding="utf-8")
    (data_dir / "events" / "more.csv").write_text(
        "id,date,title,category,description,source_id\nevent_more,2021,Talks,diplomacy,,paper\n", encoding="utf-8"
    )
    with pytest.raises(StaleCandidate):
        publish(data_dir, candidate, editor="Ana")


def test_the_last_good_bytes_can_be_published_over_a_broken_file(data_dir):
    good = (data_dir / SITES).read_bytes()
    load_repository(data_dir)
    (data_dir / SITES).write_bytes((FIXTURES / "bad" / "sites_latitude_152.csv").read_bytes())
    candidate = check(load_repository(data_dir), SITES, good)
    assert candidate.acceptable and candidate.changes.none  # the stand-in shows these rows already
    assert candidate.replaces_different_bytes
    publish(data_dir, candidate, editor="Ana")
    assert load_repository(data_dir).rejected == []


def test_a_published_file_can_be_read_by_others_as_a_dropped_one_can(data_dir):
    (data_dir / "sites").chmod(0o755)
    live = load_repository(data_dir)
    renamed = (data_dir / SITES).read_bytes().replace(b"base_a", b"base_n").replace(b"efp_x", b"efp_n")
    publish(data_dir, check(live, "sites/new.csv", renamed), editor="A")
    assert stat.S_IMODE((data_dir / "sites" / "new.csv").stat().st_mode) == 0o644
    (data_dir / SITES).chmod(0o640)  # an administrator's choice for an existing file is kept
    live = load_repository(data_dir)
    publish(data_dir, check(live, SITES, sites_csv(data_dir, lambda t: t.replace("Fighter", "Jet"))), editor="A")
    assert stat.S_IMODE((data_dir / SITES).stat().st_mode) == 0o640


def test_two_editors_publishing_the_same_file_at_the_same_moment_one_wins_the_other_is_told(data_dir):
    live = load_repository(data_dir)
    first = check(live, SITES, sites_csv(data_dir, lambda text: text.replace("Fighter", "Jet")))
    second = check(live, SITES, sites_csv(data_dir, lambda text: text.replace("Myth 1", "Myth #1")))
    start = threading.Barrier(2)

    def publish_as(editor, candidate):
        start.wait()
        try:
            return publish(data_dir, candidate, editor=editor)
        except StaleCandidate as stale:
            return stale

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(publish_as, ["Ana", "Bo"], [first, second]))
    refused = [r for r in results if isinstance(r, StaleCandidate)]
    assert len(refused) == 1 and refused[0].file_changed
    winner = next(r for r in results if not isinstance(r, StaleCandidate))
    assert refused[0].by is not None and refused[0].by.editor == winner.editor  # told whose change came first
    written = (data_dir / SITES).read_bytes()
    assert written == (first if winner.editor == "Ana" else second).content
