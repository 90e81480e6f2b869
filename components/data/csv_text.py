"""Bytes of a dropped file to rows of text cells, as Excel in any locale writes them.

Each way of reading that is not plain UTF-8 with commas is said in a notice, and
anything that could be misread is refused with the reason. No Streamlit here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

# Magic numbers of the files most often renamed or mis-saved as .csv.
_BINARY_SIGNATURES = {
    b"PK\x03\x04": "an Excel workbook (.xlsx) or another zip archive",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls)",
    b"%PDF": "a PDF document",
}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"\w+")


class Unreadable(Exception):
    """The bytes are not a CSV text this app can read without guessing."""

    def __init__(self, finding: str, expected: str):
        super().__init__(finding)
        self.finding = finding
        self.expected = expected


@dataclass
class CsvText:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    delimiter: str = ","
    notices: list[str] = field(default_factory=list)


def decode(content: bytes) -> tuple[str, list[str]]:
    """The file's text and how it was read; Unreadable when that would be a guess."""
    if not content.strip():
        raise Unreadable("the file is empty", "a header row naming the columns, then data rows")
    for signature, kind in _BINARY_SIGNATURES.items():
        if content.startswith(signature):
            raise Unreadable(f"the file is {kind}, not CSV text", "a CSV file (in Excel: Save As, CSV UTF-8)")
    if content.startswith(_UTF16_BOMS):
        try:
            return content.decode("utf-16"), ["Read as UTF-16 text (Excel's 'Unicode Text')."]
        except UnicodeDecodeError:
            raise Unreadable(
                "the file starts as UTF-16 text but is cut off or damaged", "a complete CSV file"
            ) from None
    if b"\x00" in content:
        raise Unreadable("the file holds binary data, not text", "a CSV text file")
    has_bom = content.startswith(_UTF8_BOM)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if has_bom:
            raise Unreadable(
                f"a byte that is not UTF-8 at position {error.start}, after a UTF-8 byte-order mark",
                "UTF-8 text throughout (in Excel: Save As, CSV UTF-8)",
            ) from None
        not_utf8 = error
    else:
        bom_notice = "Read as UTF-8 (the file starts with a byte-order mark, as Excel's 'CSV UTF-8' writes)."
        return text, [bom_notice] if has_bom else []
    return _decode_windows_1251(content, not_utf8), [
        "Read as Windows-1251 (Cyrillic): the file is not UTF-8. Saving it as 'CSV UTF-8' avoids this notice."
    ]


def _decode_windows_1251(content: bytes, not_utf8: UnicodeDecodeError) -> str:
    """Windows-1251 when the text reads as Cyrillic words; any other 8-bit text is refused.

    Every byte decodes in Windows-1251, so a Western file ("Café") would come out as
    "Cafй": a word mixing Latin and Cyrillic letters is the sign of a wrong guess.
    """
    refusal = Unreadable(
        f"a byte that is not UTF-8 at position {not_utf8.start} ({content[not_utf8.start]:#04x})",
        "UTF-8 text (in Excel: Save As, CSV UTF-8), or Windows-1251 for Cyrillic text",
    )
    if any(byte >= 0x80 for byte in content[: not_utf8.start]):
        # Valid UTF-8 letters before the bad byte: two encodings in one file, no single reading is right.
        refusal.finding += "; the text before it is UTF-8, so the file mixes two encodings"
        raise refusal
    try:
        text = content.decode("cp1251")
    except UnicodeDecodeError:
        raise refusal from None
    words = _WORD.findall(text)
    if not any(_CYRILLIC.search(w) and len(w) >= 3 for w in words):
        raise refusal
    mixed = next((w for w in words if _CYRILLIC.search(w) and _LATIN_LETTER.search(w)), None)
    if mixed is not None:
        refusal.finding += f"; read as Windows-1251 it gives the mixed-script word '{mixed}'"
        raise refusal
    return text


# Characters that reverse the direction of the text after them: in a citation they would show
# an address backwards. Never needed in this data, so they are taken out on reading.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A cell may be as large as an upload (20 MB): Python's csv module stops at 128 KiB by default.
MAX_CELL_CHARACTERS = 32 * 1024 * 1024
csv.field_size_limit(MAX_CELL_CHARACTERS)


def read_table(content: bytes, known_columns: list[str]) -> CsvText:
    """The header and the non-blank rows; ragged rows are refused row by row by the caller."""
    text, notices = decode(content)
    text, controls = _BIDI_CONTROLS.subn("", text)
    if controls:
        notices.append(
            f"{controls} text-direction control character(s) were taken out: "
            "they would reverse the text after them on screen."
        )
    delimiter = _delimiter(text, known_columns)
    if delimiter != ",":
        notices.append(f"Read as {_DELIMITERS[delimiter]}-separated values (as Excel writes in many locales).")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as error:
        raise Unreadable(
            f"the file is not valid CSV at line {reader.line_num} ({error})", "comma-separated values"
        ) from None
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise Unreadable("the file has no header row", "a header row naming the columns, then data rows")
    header = [name.strip() for name in lines[0]]
    rows = [
        (number, cells)
        for number, cells in enumerate(lines[1:], start=2)  # the header is spreadsheet row 1
        if any(cell.strip() for cell in cells)
    ]
    return CsvText(header, rows, delimiter, notices)


def _delimiter(text: str, known_columns: list[str]) -> str:
    """The separator that makes the most header cells known column names (comma on a tie)."""
    first_line = text.splitlines()[0] if text else ""

    def known(delimiter: str) -> int:
        return sum(name.strip().strip('"').strip() in known_columns for name in first_line.split(delimiter))

    return max(_DELIMITERS, key=lambda d: (known(d), d == ","))
