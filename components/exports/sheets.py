"""A printed page: a view as photographed, with its headline, source lines, notes and a footer
that leads back to it (its address, when it was exported, the data version). No Streamlit here.

Everything printed comes from data or from the reader's address, so every piece of text is
escaped: a headline or a note is never read as HTML.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

import pandas as pd

from components.data.cells import is_blank
from components.data.citations import citation, resolved_sources


@dataclass(frozen=True)
class Sheet:
    headline: str
    address: str  # where a reader of the paper finds the view again
    source_lines: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Stamp:
    """What every page of one export shares: when it was made, and from which data."""

    exported_at: datetime  # timezone-aware
    data_version: str

    @property
    def when(self) -> str:
        return self.exported_at.strftime("%Y-%m-%d %H:%M %Z")


def source_text(sources: pd.DataFrame, source_ids: Iterable[str], locator: object = None) -> tuple[str, ...]:
    """Each cited source as a line of plain text (citation and address), the locator on the first."""
    lines = []
    for row in resolved_sources(sources, source_ids):
        line = citation(row) + (f" {row['url']}" if pd.notna(row["url"]) else "")
        lines.append(line)
    if lines and not is_blank(locator):
        lines[0] += f" · where: {locator}"
    return tuple(lines)


def footer_line(sheet: Sheet, stamp: Stamp) -> str:
    return f"{sheet.address} · Exported {stamp.when} · Data version {stamp.data_version}"


# A4 landscape, one sheet a page; the picture takes what the text leaves.
SHEET_STYLE = """
@page { size: A4 landscape; margin: 10mm; }
html, body { margin: 0; background: #fff; color: #111; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; }
.sheet { width: 277mm; height: 189mm; display: flex; flex-direction: column; overflow: hidden;
         break-after: page; box-sizing: border-box; padding: 1mm; background: #fff; }
.sheet:last-child { break-after: auto; }
h1 { font-size: 17pt; margin: 0 0 3mm; }
.picture { flex: 1 1 auto; min-height: 0; display: flex; justify-content: center; }
.picture img { max-width: 100%; max-height: 100%; object-fit: contain; border: 0.3mm solid #bbb; }
.sources, .notes { font-size: 8.5pt; margin: 2mm 0 0; line-height: 1.3; }
.sources p, .notes p { margin: 0; }
footer { font-size: 8pt; margin-top: 2mm; padding-top: 1mm; border-top: 0.3mm solid #888;
         font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: anywhere; }
"""


def _sheet_html(picture: bytes, sheet: Sheet, stamp: Stamp, with_notes: bool) -> str:
    image = base64.b64encode(picture).decode("ascii")
    parts = [
        '<section class="sheet">',
        f"<h1>{escape(sheet.headline)}</h1>",
        f'<div class="picture"><img alt="{escape(sheet.headline)}" src="data:image/png;base64,{image}"></div>',
    ]
    if sheet.source_lines:
        lines = "".join(f"<p>{escape(line)}</p>" for line in sheet.source_lines)
        parts.append(f'<div class="sources"><p><b>Sources</b></p>{lines}</div>')
    if with_notes and sheet.notes.strip():
        parts.append(f'<div class="notes"><p><b>Notes</b></p><p>{escape(sheet.notes)}</p></div>')
    parts.append(f"<footer>{escape(footer_line(sheet, stamp))}</footer></section>")
    return "".join(parts)


def sheets_html(pictures: Sequence[bytes], sheets: Sequence[Sheet], stamp: Stamp, *, with_notes: bool = False) -> str:
    """One HTML document, a page per sheet, pictures inlined (it asks for nothing when opened)."""
    if len(pictures) != len(sheets):
        raise ValueError(f"{len(pictures)} pictures for {len(sheets)} sheets")
    body = "".join(_sheet_html(p, s, stamp, with_notes) for p, s in zip(pictures, sheets, strict=True))
    head = f'<meta charset="utf-8"><style>{SHEET_STYLE}</style>'
    return f'<!doctype html><html lang="en"><head>{head}</head><body>{body}</body></html>'
