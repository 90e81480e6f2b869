"""Rows as a reader reads them: words for codes, the citation beside each source id, ids last."""

import io

import pandas as pd

from components.data.downloads import csv_for_download
from components.data.reader_tables import in_words_of, reader_table
from components.data.repository import load_repository


def test_a_site_reads_in_words_with_its_citations_and_its_ids_last(data_dir):
    repo = load_repository(data_dir, remember=False)
    table = reader_table(repo.frame("sites"), dataset="sites", sources=repo.frame("sources"))
    first = table.iloc[0]
    assert (first["Name"], first["Side"], first["Category"], first["Country"]) == (
        "Babruysk airbase",
        "Russia",
        "Airbase",
        "Belarus",
    )
    assert table["Status"].tolist() == ["Ended", "Active"] and table["Location precise to"].iloc[0] == "Town"
    assert list(table.columns[-3:]) == ["Id", "Location source id", "Source id"]
    assert table["Source"].iloc[0] != "paper" and table["Source id"].iloc[0] == "paper"
    assert "Range km" not in table.columns  # empty in every row
    assert table["Description"].iloc[1] == "@@=name is text <i>too</i>."  # text stays text


def test_a_row_with_no_value_is_left_out_and_an_empty_table_keeps_its_headings(data_dir):
    repo = load_repository(data_dir, remember=False)
    events = repo.frame("events")
    blank = pd.DataFrame([[None] * len(events.columns)], columns=events.columns)
    table = reader_table(pd.concat([events, blank]), dataset="events", sources=repo.frame("sources"))
    assert len(table) == len(events)
    empty = reader_table(events.iloc[0:0], dataset="events", sources=repo.frame("sources"))
    assert empty.empty and {"Title", "Source", "Id"} <= set(empty.columns)


def test_the_download_is_the_table_in_words(data_dir):
    repo = load_repository(data_dir, remember=False)
    sites = repo.frame("sites")
    in_words = in_words_of("sites", repo.frame("sources"))
    downloaded = pd.read_csv(io.BytesIO(csv_for_download(sites, in_words)), dtype=str, keep_default_na=False)
    assert list(downloaded.columns) == list(in_words(sites).columns)
    assert downloaded["Side"].tolist() == ["Russia", "NATO"]
    assert downloaded["Description"].iloc[1].startswith("'@@")  # a formula-like cell is neutralised
