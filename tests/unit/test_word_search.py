"""Search in the reader's words: every word, any order, any form, any spelling."""

import pandas as pd
import pytest

from components.data.word_search import matches, parse_query, rows_matching

SPELLINGS = pd.DataFrame({"name": ["Babruysk", "Lukashenka"], "alternates": ["Bobruisk;Bobruysk", "Lukashenko"]})


def found(text: str, query: str) -> bool:
    return bool(matches([text], parse_query(query, SPELLINGS)).iloc[0])


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("integrated army", "Belarus and Russia have an integral army"),  # word forms
        ("army integrated", "the integration of the armies"),  # any order, plurals
        ("Bobruisk", "Babruysk airbase"),  # a spelling from the spellings dataset
        ("lukashenko", "Lukashenka told Putin"),
        ("hants", "Hantsavichi radar"),  # the start of a word, while typing
        ("hancavicy", "Hancavičy"),  # accents ignored
        ("Suwalki gap", "the Suwałki gap"),  # letters with no accent to take off
        ("NATO's flank", "NATO's north-eastern flank"),  # a possessive is one word, not "s"
        ("nato flank", "NATO’s flank"),
        ("Is there an S-400 in Belarus?", "S-400 air defence system handed to Belarus"),  # a question
    ],
)
def test_a_search_finds_the_row_in_other_words(query, text):
    assert found(text, query)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("integrated navy", "an integral army"),  # every word must be there
        ("s-400", "Su-30SM fighters and 400 troops"),  # a short word matches whole, not as a start
        ("army", "a military academy"),  # a word start, never the middle of a word
    ],
)
def test_a_search_misses_rows_lacking_a_word(query, text):
    assert not found(text, query)


def test_an_empty_search_keeps_every_row_and_reads_across_columns():
    frame = pd.DataFrame({"name": ["Babruysk airbase", "Radar"], "description": ["Fighters.", None]})
    assert rows_matching(frame, ["name", "description"], parse_query("")).all()
    assert list(rows_matching(frame, ["name", "description"], parse_query("fighter babruysk"))) == [True, False]
