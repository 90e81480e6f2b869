"""Text from data is shown as text; downloads cannot smuggle formulas; citations read well."""

import csv
import io

import pandas as pd
import pytest

from components.data.citations import citation, rows_citing, sources_table
from components.data.downloads import csv_for_download
from components.data.repository import load_repository
from components.data.text import link, literal, neutralise_formula
from components.data.word_search import parse_query
from tests.conftest import drop_file


@pytest.mark.parametrize(
    "text",
    [
        "This <em>HTML</em> is escaped",
        "![pixel](http://example.com/pixel.png)",
        "costs $1 and $2",
        ":red[alarm] **bold** _it_ `code` # heading",
    ],
)
def test_literal_escapes_every_markup_character(text):
    escaped = literal(text)
    for char in "<>![]()$:*_`#":
        assert f"{char}" not in escaped.replace(f"\\{char}", "")
    assert escaped.replace("\\", "") == text


def test_link_keeps_label_and_address_inside_the_link():
    markdown = link("A) [trick", "https://example.org/a b)")
    assert markdown == "[A\\) \\[trick](https://example.org/a%20b%29)"


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"])
def test_downloaded_cells_cannot_start_a_formula(cell):
    assert neutralise_formula(cell) == "'" + cell
    downloaded = pd.read_csv(io.BytesIO(csv_for_download(pd.DataFrame({"a": [cell], "_file": ["x.csv"]}))))
    assert downloaded.to_dict("list") == {"a": ["'" + cell]}


def test_citation_uses_the_fields_a_row_has():
    row = pd.Series({"author": "A. Marin", "title": "The Union State", "publisher": "EUISS", "date": "2020"})
    assert citation(row) == "A. Marin, The Union State. EUISS, 2020."
    row = pd.Series({"author": pd.NA, "title": "SIPRI database", "publisher": "SIPRI", "date": pd.NA})
    assert citation(row) == "SIPRI database. SIPRI."


def test_sources_table_counts_citing_rows_and_searches(data_dir):
    frames = load_repository(data_dir).frames
    table = sources_table(frames)
    counts = dict(zip(table["Id"], table["Rows citing it"], strict=True))
    # 1 site + 1 site location + 2 polls + 2 budgets + 1 myth + 1 evidence + 1 event + 1 exercise + 1 place
    # + 1 spelling + 4 briefing slides
    assert counts["paper"] == 16
    assert counts["escaped"] == 4  # 1 site + 1 site location + 1 myth reassessment + 1 evidence item
    assert list(sources_table(frames, parse_query("press bold"))["Id"]) == ["escaped"]
    assert sources_table(frames, parse_query("no such words")).empty


def test_rows_citing_a_source_by_dataset(data_dir):
    found = rows_citing(load_repository(data_dir).frames, "escaped")
    assert set(found) == {"sites", "myths", "evidence"}
    assert list(found["sites"]["id"]) == ["efp_x"]


def test_formula_cells_from_a_dropped_file_are_neutralised_in_downloads(data_dir):
    drop_file(data_dir, "sources_formula_cells.csv", "sources", corpus="accepted")
    rows = load_repository(data_dir).rows_of("sources/sources_formula_cells.csv")
    downloaded = next(csv.DictReader(io.StringIO(csv_for_download(rows).decode("utf-8"))))
    assert downloaded["title"] == '\'=HYPERLINK("http://evil.example","click")'
    assert downloaded["author"] == "'+44 20 7000"
    assert downloaded["publisher"] == "'-1 minus"
    assert downloaded["note"] == "'@SUM(A1)"
