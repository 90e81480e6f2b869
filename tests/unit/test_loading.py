"""Loading and validation as an analyst who drops CSV files experiences it."""

from pathlib import Path

import pytest

from components.data.catalog import DATASETS
from components.data.loading import read_dataset_folder
from components.data.repository import load_repository
from tests.conftest import drop_file

# fixture file in tests/fixtures/bad, dataset folder, (row, column, value found) the message must name
REJECTED = [
    ("sites_latitude_152.csv", "sites", (2, "lat", "152.0")),
    ("sites_unknown_side.csv", "sites", (2, "side", "china")),
    ("sites_duplicate_id.csv", "sites", (2, "id", "base_a")),
    ("sites_unresolved_source.csv", "sites", (2, "source_id", "nowhere")),
    ("sites_missing_column.csv", "sites", (None, "lat", None)),
    ("sites_empty.csv", "sites", (None, None, None)),
    ("sites_ragged_row.csv", "sites", (3, None, None)),
    ("sites_binary.csv", "sites", (None, None, None)),
    ("sites_workbook.csv", "sites", (None, None, None)),
    ("sites_western_8bit.csv", "sites", (None, None, None)),
    ("sites_french_8bit.csv", "sites", (None, None, None)),
    ("sites_mixed_encodings.csv", "sites", (None, None, None)),
    ("sites_byte_order_mark_only.csv", "sites", (None, None, None)),
    ("sites_utf16_cut_off.csv", "sites", (None, None, None)),
    ("budgets_semicolon_grouped_thousands.csv", "budgets", (2, "value", "12.750")),
    ("polls_decimal_comma_out_of_range.csv", "polls", (2, "percent", "120,5")),
    ("polls_percent_120.csv", "polls", (2, "percent", "120.0")),
    ("budgets_negative_value.csv", "budgets", (2, "value", "-5.0")),
    ("budgets_grouped_thousands.csv", "budgets", (3, "value", "1.300")),
    ("events_slashed_date.csv", "events", (2, "date", "09/08/2020")),
    ("events_date_not_in_calendar.csv", "events", (2, "date", "31.02.2020")),
    ("events_unparseable_date.csv", "events", (2, "date", "sometime in 2020")),
    ("evidence_unresolved_related.csv", "evidence", (2, "related", "site:nowhere")),
    ("sources_javascript_url.csv", "sources", (2, "url", "javascript:alert(1)")),
]

# fixture file in tests/fixtures/accepted, dataset folder, words of its notice, (column, value read)
ACCEPTED = [
    ("sites_utf8_bom.csv", "sites", "byte-order mark", ("name", "Бабруйск airbase")),
    ("sites_windows_1251.csv", "sites", "Windows-1251", ("name", "Ганцевичи radar")),
    ("sites_excel_unicode_text.csv", "sites", "UTF-16", ("name", "Вилейка station")),
    ("polls_semicolon_decimal_comma.csv", "polls", "semicolon-separated", ("percent", 75.3)),
    ("polls_semicolon_quoted_header.csv", "polls", "semicolon-separated", ("percent", 31.5)),
    ("events_day_first_date.csv", "events", "'09.08.2020' → '2020-08-09'", ("date", "2020-08-09")),
    ("events_excel_midnight_time.csv", "events", "'2020-08-09 00:00:00' → '2020-08-09'", ("date", "2020-08-09")),
    ("sites_extra_column.csv", "sites", "analyst_comment", ("analyst_comment", "checked by AB")),
]


def test_valid_folder_loads_every_dataset(data_dir):
    repo = load_repository(data_dir)
    assert repo.rejected == []
    assert len(repo.frame("sites")) == 2
    assert repo.frame("sites")["lat"].dtype == "Float64"
    assert repo.frame("exercises")["total_troops"].iloc[0] == 12700


@pytest.mark.parametrize(("fixture", "dataset", "where"), REJECTED, ids=[r[0] for r in REJECTED])
def test_bad_file_is_rejected_with_a_precise_message(data_dir, fixture, dataset, where):
    before = {name: len(frame) for name, frame in load_repository(data_dir).frames.items()}
    drop_file(data_dir, fixture, dataset)

    repo = load_repository(data_dir)

    report = next(r for r in repo.reports if r.path == f"{dataset}/{fixture}")
    assert not report.valid
    row, column, value = where
    messages = [str(p) for p in report.problems]
    assert any(p.row == row and p.column == column and p.value == value for p in report.problems), messages
    assert all(m.startswith(f"{dataset}/{fixture}") for m in messages)
    assert all("expected" in m for m in messages)
    # Nothing that was showing is lost: every row from the valid files is still served.
    assert {name: len(frame) for name, frame in repo.frames.items()} == before


def test_message_reads_as_file_row_column_value_and_expectation(data_dir):
    drop_file(data_dir, "sites_latitude_152.csv", "sites")
    report = next(r for r in load_repository(data_dir).reports if not r.valid)
    assert str(report.problems[0]) == (
        "sites/sites_latitude_152.csv, row 2, column 'lat': found '152.0', expected a number "
        "(decimal point, no thousands separator) from -90 to 90"
    )


@pytest.mark.parametrize(("fixture", "dataset", "notice", "cell"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_excel_exports_in_other_locales_load_with_a_notice(data_dir, fixture, dataset, notice, cell):
    drop_file(data_dir, fixture, dataset, corpus="accepted")

    repo = load_repository(data_dir)

    report = repo.report(f"{dataset}/{fixture}")
    assert report.valid, [str(p) for p in report.problems]
    assert notice in " ".join(report.notices)
    column, value = cell
    assert value in set(repo.rows_of(report.path)[column])


def test_header_only_file_loads_with_a_notice(data_dir):
    drop_file(data_dir, "sites_header_only.csv", "sites", corpus="accepted")
    report = load_repository(data_dir).report("sites/sites_header_only.csv")
    assert report.valid
    assert report.rows == 0
    assert "no data rows" in " ".join(report.notices)


def test_a_second_file_adds_rows(data_dir):
    (data_dir / "polls" / "more.csv").write_text(
        "date,pollster,question_id,question,answer,percent,subgroup,sample_size,source_id\n"
        "2019-12,Test pollster,q1,Which union?,EU,32,all,,paper\n",
        encoding="utf-8",
    )
    polls = load_repository(data_dir).frame("polls")
    assert sorted(polls["date"].unique()) == ["2019-08", "2019-12"]


def test_rejecting_a_source_file_rejects_the_rows_citing_it(data_dir):
    (data_dir / "sources" / "sources.csv").write_text("id,title\nbroken", encoding="utf-8")
    repo = load_repository(data_dir)
    rejected = {r.path for r in repo.rejected}
    assert "sources/sources.csv" in rejected
    assert "sites/sites.csv" in rejected  # its source_id no longer resolves
    assert repo.frame("sites").empty


def test_a_western_8bit_file_is_refused_rather_than_read_as_cyrillic(data_dir):
    drop_file(data_dir, "sites_western_8bit.csv", "sites")
    (problem,) = load_repository(data_dir).report("sites/sites_western_8bit.csv").problems
    assert "not UTF-8" in problem.finding
    assert "'Cafй'" in problem.finding  # the misreading it refused to make
    assert "CSV UTF-8" in problem.expected


def test_a_decimal_comma_in_a_comma_separated_file_is_refused(data_dir):
    (data_dir / "polls" / "quoted.csv").write_text(
        "date,pollster,question_id,question,answer,percent,subgroup,sample_size,source_id\n"
        '2019-12,Test pollster,q1,Which union?,EU,"32,5",all,,paper\n',
        encoding="utf-8",
    )
    (problem,) = load_repository(data_dir).report("polls/quoted.csv").problems
    assert (problem.row, problem.column, problem.value) == (2, "percent", "32,5")


def test_frames_handed_out_are_copies_a_page_cannot_spoil(data_dir):
    repo = load_repository(data_dir)
    sites = repo.frame("sites")
    sites.loc[sites.index[0], "name"] = "Changed by one page"
    sites["added_by_a_page"] = 1
    again = repo.frame("sites")
    assert "Changed by one page" not in set(again["name"]) and "added_by_a_page" not in again.columns
    assert "added_by_a_page" not in repo.frames["sites"].columns


def test_text_direction_controls_are_taken_out_with_a_notice(data_dir):
    sources = data_dir / "sources" / "sources.csv"
    text = sources.read_text(encoding="utf-8")
    first_url = next(line for line in text.splitlines()[1:] if "http" in line)
    sources.write_text(text.replace(first_url, first_url.replace("http", "\u202ehttp", 1)), encoding="utf-8")
    repo = load_repository(data_dir)
    report = repo.report("sources/sources.csv")
    assert report.valid and "text-direction control" in " ".join(report.notices)
    assert not repo.frame("sources")["url"].dropna().str.contains("\u202e").any()


def test_a_very_large_cell_is_read_not_refused(data_dir):
    sites = data_dir / "sites" / "sites.csv"
    text = sites.read_text(encoding="utf-8")
    sites.write_text(text.replace("Fighter rotation.", "Fighter rotation. " + "x" * 300_000), encoding="utf-8")
    repo = load_repository(data_dir)
    assert repo.report("sites/sites.csv").valid
    assert repo.frame("sites")["description"].str.len().max() > 300_000


@pytest.mark.parametrize(
    ("make", "finding"),
    [
        (lambda path: path.symlink_to(path.parent / "missing.csv"), "a link to a file that does not exist"),
        (lambda path: path.mkdir(), "an entry that cannot be read as a file"),
    ],
    ids=["dangling link", "folder named like a file"],
)
def test_an_entry_that_is_not_a_file_is_reported_and_the_rest_served(data_dir, make, finding):
    before = len(load_repository(data_dir).frame("sites"))
    make(data_dir / "sites" / "x.csv")
    repo = load_repository(data_dir)
    assert len(repo.frame("sites")) == before
    [report] = repo.rejected
    assert report.path == "sites/x.csv" and finding in str(report.problems[0])


def test_a_file_removed_while_the_folder_is_read_is_skipped(data_dir, monkeypatch):
    doomed = data_dir / "sites" / "doomed.csv"
    doomed.write_bytes((data_dir / "sites" / "sites.csv").read_bytes().replace(b"base_a", b"base_d"))
    listed = sorted((data_dir / "sites").glob("*.csv"))
    doomed.unlink()  # between the listing and the reading
    monkeypatch.setattr(Path, "glob", lambda self, pattern: iter(listed) if self.name == "sites" else iter(()))
    report = read_dataset_folder(data_dir, DATASETS["sites"])
    assert [f.report.path for f in report] == ["sites/sites.csv"]
