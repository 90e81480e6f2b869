"""The printed page: what a reader of a handout or an exported view finds on paper."""

import re
from datetime import UTC, datetime

import pandas as pd
import pytest

from components.exports.chromium import is_local
from components.exports.sheets import Sheet, Stamp, footer_line, sheets_html, source_text

STAMP = Stamp(exported_at=datetime(2026, 12, 4, 18, 30, tzinfo=UTC), data_version="2026-12-04·ab12cd34")
SOURCES = pd.DataFrame(
    [
        {"id": "marin2020", "author": "Anaïs Marin", "title": "The Union State", "publisher": "NDC", "date": "2020-03",
         "url": "https://example.org/marin.pdf"},
        {"id": "nato2024", "author": None, "title": "Battlegroups", "publisher": "NATO", "date": "2024-06",
         "url": None},
    ]
)  # fmt: skip


def test_the_footer_leads_back_to_the_view_and_names_when_and_which_data():
    sheet = Sheet(headline="Sites in 2014", address="http://app/map?as_of=2014-06")
    assert footer_line(sheet, STAMP) == (
        "http://app/map?as_of=2014-06 · Exported 2026-12-04 18:30 UTC · Data version 2026-12-04·ab12cd34"
    )


def test_source_lines_cite_each_source_once_with_its_address_and_the_locator_on_the_first():
    lines = source_text(SOURCES, ["marin2020", "nato2024", "marin2020", "unknown"], "p. 12")
    assert lines == (
        "Anaïs Marin, The Union State. NDC, 2020-03. https://example.org/marin.pdf · where: p. 12",
        "Battlegroups. NATO, 2024-06.",
    )
    assert source_text(SOURCES, [None]) == ()


def test_every_sheet_is_a_page_with_its_picture_text_and_footer():
    sheets = [
        Sheet("One", "http://app/map", ("Source A",), "say this"),
        Sheet("Two", "http://app/polls", ("Source B",), ""),
    ]
    document = sheets_html([b"png-1", b"png-2"], sheets, STAMP)
    assert document.count('<section class="sheet">') == 2
    assert document.count("<footer>") == 2
    assert "Source A" in document and "Source B" in document
    assert "say this" not in document  # notes only when asked for
    assert "say this" in sheets_html([b"png-1", b"png-2"], sheets, STAMP, with_notes=True)
    # The pictures are inlined: opening the document asks for nothing.
    assert not re.search(r'src="(?!data:)', document)


def test_text_from_data_is_printed_as_text_never_as_html():
    sheet = Sheet(
        headline='<img src=x onerror="alert(1)"> & co',
        address="http://app/map?q=<b>",
        source_lines=("<script>alert(2)</script>",),
        notes="**not bold** <i>not italic</i>",
    )
    document = sheets_html([b"png"], [sheet], STAMP, with_notes=True)
    assert "<img src=x" not in document and "<script>" not in document and "<i>" not in document
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co" in document
    assert "**not bold** &lt;i&gt;not italic&lt;/i&gt;" in document


def test_a_picture_missing_for_a_sheet_is_refused():
    with pytest.raises(ValueError, match="1 pictures for 2 sheets"):
        sheets_html([b"png"], [Sheet("a", "x"), Sheet("b", "y")], STAMP)


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8501/map", True),
        ("http://localhost:8501/", True),
        ("http://[::1]:8501/", True),
        ("http://127.10.0.3/", True),
        ("data:image/png;base64,AAAA", True),
        ("blob:http://127.0.0.1:8501/x", True),
        ("http://127.0.0.1.example.org/leak", False),
        ("http://127.example.org/", False),
        ("http://localhost.example.org/", False),
        ("https://tiles.example.org/1/2/3.png", False),
        ("ws://example.org/socket", False),
    ],
)
def test_only_this_machine_counts_as_local(url, local):
    assert is_local(url) is local
