"""Briefings kept as data: slides in order, each a view in a given state. No Streamlit here.

A slide's address is its view's address with three more parameters: `briefing`,
`slide` and `present=1`, so a slide is an ordinary bookmarkable view.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

from components.views import BRIEFING, BRIEFINGS, PRESENT, SLIDE, SLIDE_PARAMS, View, parse_state, view_named

BRIEFING_PARAM = BRIEFING.name
SLIDE_PARAM = SLIDE.name
PRESENT_PARAM = PRESENT.name
NOTES_PARAM = BRIEFINGS.param("notes").name
FOLLOW_PARAM = BRIEFINGS.param("follow").name
# Where a slide sits, as opposed to the state of the view it shows.
POSITION_PARAMS = {p.name for p in SLIDE_PARAMS} | {NOTES_PARAM, FOLLOW_PARAM}


@dataclass(frozen=True)
class Slide:
    briefing: str
    briefing_title: str
    number: int
    count: int
    view: str
    state: dict[str, list[str]]
    title: str
    notes: str
    source_id: str
    source_locator: str | None

    @property
    def position(self) -> str:
        return f"slide {self.number} of {self.count}"

    @property
    def target(self) -> View:
        return view_named(self.view)

    @property
    def is_first(self) -> bool:
        return self.number == 1

    @property
    def is_last(self) -> bool:
        return self.number == self.count


def briefing_titles(frame: pd.DataFrame) -> dict[str, str]:
    """Each briefing's id and title, in the order they appear."""
    firsts = frame.sort_values(["briefing", "slide"]).drop_duplicates("briefing")
    return dict(zip(firsts["briefing"], firsts["briefing_title"], strict=True))


def slides_of(frame: pd.DataFrame, briefing: str) -> list[Slide]:
    rows = frame[frame["briefing"] == briefing].sort_values("slide")
    count = len(rows)
    return [
        Slide(
            briefing=briefing,
            briefing_title=row["briefing_title"],
            number=position,  # numbered by order, so a gap in the file never shows as a missing slide
            count=count,
            view=row["view"],
            state=parse_state(row["state"]) if pd.notna(row["state"]) else {},
            title=row["title"],
            notes=row["notes"] if pd.notna(row["notes"]) else "",
            source_id=row["source_id"],
            source_locator=row["source_locator"] if pd.notna(row["source_locator"]) else None,
        )
        for position, (_, row) in enumerate(rows.iterrows(), start=1)
    ]


def slide_at(frame: pd.DataFrame, briefing: object, number: object) -> Slide | None:
    """The slide an address names, or None when the briefing or the number does not exist."""
    slides = slides_of(frame, str(briefing)) if briefing else []
    try:
        position = int(str(number))
    except ValueError:
        return None
    return slides[position - 1] if 1 <= position <= len(slides) else None


def shows_slide(slide: Slide, query: dict[str, list[str]]) -> bool:
    """Whether the view is still in the slide's state: no parameter changed or added since.

    A parameter the view has left out of its address (its default) counts as kept.
    """
    return all(slide.state.get(k) == v for k, v in query.items() if k not in POSITION_PARAMS)


def slide_query(slide: Slide, *, present: bool = True) -> dict[str, str | list[str]]:
    """The query parameters that open the slide's view in the slide's state."""
    query = slide.target.query(slide.state)  # a state naming a parameter its view does not read fails here
    query[BRIEFING_PARAM] = slide.briefing
    query[SLIDE_PARAM] = str(slide.number)
    if present:
        query[PRESENT_PARAM] = "1"
    return query


def state_of(view: View, query: dict[str, list[str]]) -> str:
    """The view's state as a slide keeps it: the parameters of its address that the view
    declares, without where a slide sits or presenter mode ('as_of=2014-06&site=x'); a stray
    parameter someone typed into the address is not kept."""
    declared = {p.name for p in view.params}
    kept = {name: values for name, values in query.items() if name in declared}
    return urlencode(view.query(kept), doseq=True)


def slide_address(slide: Slide, *, present: bool = True) -> str:
    """The slide's relative address, e.g. map?as_of=2014-06&briefing=b&slide=3&present=1."""
    return f"{slide.view}?{urlencode(slide_query(slide, present=present), doseq=True)}"


def notes_address(slide: Slide, *, follow: str | None = None) -> str:
    """The speaker notes of the slide; with `follow`, notes that move with that presenter's slides."""
    query = {BRIEFING_PARAM: slide.briefing, SLIDE_PARAM: str(slide.number), NOTES_PARAM: "1"}
    if follow:
        query[FOLLOW_PARAM] = follow
    return f"briefings?{urlencode(query)}"
