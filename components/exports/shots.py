"""What to photograph for a briefing's handout, or for one slide exported on its own: each
slide as presented, with its sheet's text.

Chromium opens the slide on this server (`server_root`); the paper prints the address a reader
opens (`public_root`, the app as the reader's browser reaches it).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from components.exports.render import Shot
from components.exports.sheets import Sheet, source_text
from components.topics.briefings import Slide, slide_address


def slide_shots(
    slides: Sequence[Slide], sources: pd.DataFrame, server_root: str, public_root: str, *, whole_page: bool = False
) -> list[Shot]:
    return [
        Shot(
            url=f"{server_root}/{slide_address(slide)}",
            sheet=Sheet(
                headline=slide.title,
                address=f"{public_root}/{slide_address(slide, present=False)}",
                source_lines=source_text(sources, [slide.source_id], slide.source_locator),
                notes=slide.notes,
            ),
            whole_page=whole_page,
        )
        for slide in slides
    ]


def handout_prefix(briefing: str) -> str:
    """How a handout's PNGs are named, from the app and from the command line alike."""
    return f"{briefing}_slide"
