"""Rows as a reader reads them in a table or a download: headings and values in words, the
citation beside each source id, ids last, no column or row without a value.

The data files keep their codes (and the address its ids); only what a reader is shown changes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pandas as pd

from components.data.catalog import DATASETS
from components.data.cells import blank_text_as_empty, is_blank
from components.data.citations import citations_of
from components.data.downloads import InWords, without_internal_columns
from components.data.schema import Field
from components.data.text import humanise

# Columns of codes that stand beside the words they code (iso3 beside country): kept, last.
CODES = {"iso3"}
# Headings that a column's name does not give in words.
HEADINGS = {
    "id": "Id",
    "lat": "Latitude",
    "lon": "Longitude",
    "iso3": "Country code",
    "topic": "Topic id",
    "briefing": "Briefing id",
    "alt_names": "Other spellings",
    "source_locator": "Where in the source",
    "location_precision": "Location precise to",
}


def heading(column: str) -> str:
    """'start_date' -> 'Start date'; 'location_source_id' -> 'Location source id'."""
    return HEADINGS.get(column, humanise(column))


def _in_words(values: pd.Series, words: Callable[[str], str]) -> pd.Series:
    return values.map(lambda value: value if is_blank(value) else words(str(value)))


def _cites_a_source(field: Field) -> bool:
    return field.references is not None and field.references.dataset == "sources"


def reader_table(frame: pd.DataFrame, *, dataset: str, sources: pd.DataFrame) -> pd.DataFrame:
    """`frame` (rows of `dataset`, perhaps with computed columns) in words, for a reader.

    Each source id column gives its citation ("Source": publisher, title, date) with the id
    beside it; ids come last, so a table starts with what a row is; a column or a row with no
    value anywhere is left out.
    """
    fields = {f.name: f for f in DATASETS[dataset].fields}
    rows = without_internal_columns(frame)
    ids, columns = [], {}
    for column in rows.columns:
        field = fields.get(column)
        values = rows[column]
        if field is not None and field.words is not None:
            values = _in_words(values, field.words)
        elif field is not None and field.allowed:
            values = _in_words(values, humanise)
        if field is not None and (field.kind == "slug" or column in CODES):
            ids.append(column)
            continue
        columns[heading(column)] = values
    table = pd.DataFrame(columns, index=rows.index)
    for column in ids:
        if _cites_a_source(fields[column]):
            cited = citations_of(sources, rows[column]).where(rows[column].map(lambda v: not is_blank(v)))
            table[heading(column.removesuffix("_id"))] = cited
    for column in ids:
        table[heading(column)] = rows[column]
    filled = table.map(lambda value: not is_blank(value))
    rows_with_values = table.loc[filled.any(axis=1)]
    if rows_with_values.empty:  # an empty table keeps its headings: the reader sees what it would hold
        return rows_with_values.reset_index(drop=True)
    return blank_text_as_empty(rows_with_values.loc[:, filled.any(axis=0)].reset_index(drop=True))


def in_words_of(dataset: str, sources: pd.DataFrame) -> InWords:
    """The rows of `dataset` in words, as a table or a download turns them when it is built."""
    return partial(reader_table, dataset=dataset, sources=sources)
