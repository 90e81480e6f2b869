"""The views of the app and their address contracts, declared once.

Each view lists the parameters its address reads (`/map?as_of=2014-06&site=…`), with their
kind and default. Links between views, briefing slides and widgets mirrored into the address
all go through these declarations, so a renamed or misspelt parameter fails loudly instead of
silently opening a view in its default state. Pure: no Streamlit here, so the data layer
(briefings name views) and the UI read the same declarations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qs

ParamKind = Literal["text", "id", "ids", "month", "flag", "number", "range"]
QueryValue = str | Sequence[str]


@dataclass(frozen=True)
class Param:
    """One address parameter: its name, what its values are, and what applies without it."""

    name: str
    kind: ParamKind
    description: str
    default: str = "none"

    @property
    def repeated(self) -> bool:
        """Whether the address may carry it several times (`?country=BLR&country=LTU`)."""
        return self.kind in ("ids", "range")


class UndeclaredParameter(ValueError):
    """A link or slide sets a parameter its target view does not read."""


# Where a view sits in a briefing, and presenter mode: every view reads these.
PRESENT = Param("present", "flag", "1 shows the view alone, in large type, for a shared screen.", "off")
BRIEFING = Param("briefing", "id", "The briefing a slide belongs to (an id in data/briefings/).")
SLIDE = Param("slide", "number", "The slide's position in its briefing, from 1.")
SLIDE_PARAMS = (PRESENT, BRIEFING, SLIDE)

AS_OF = Param("as_of", "month", "The month the view shows things as they stood, YYYY-MM.", "the newest month")


@dataclass(frozen=True)
class View:
    path: str
    title: str
    icon: str
    summary: str
    # The datasets the view draws on: a problem in one of their files is announced on it.
    # Empty: every dataset.
    datasets: tuple[str, ...] = ()
    # The address parameters the view reads, besides SLIDE_PARAMS.
    params: tuple[Param, ...] = ()
    # The dated columns of what the view shows, (dataset, column): its coverage is said on it.
    dated: tuple[tuple[str, str], ...] = ()

    def draws_on(self, dataset: str) -> bool:
        return not self.datasets or dataset in self.datasets

    @property
    def slug(self) -> str:
        """The view's name in addresses and in briefings: pages/map.py -> map."""
        return self.path.removeprefix("pages/").removesuffix(".py")

    @property
    def url_path(self) -> str:
        """The view's path after the server's address: '' for the home view."""
        return "" if self is HOME else self.slug

    def param(self, name: str) -> Param:
        for declared in (*self.params, *SLIDE_PARAMS):
            if declared.name == name:
                return declared
        raise UndeclaredParameter(f"the {self.title} view reads no address parameter '{name}'")

    def query(self, values: Mapping[str, QueryValue]) -> dict[str, str | list[str]]:
        """Query parameters for a link to this view, checked against its contract."""
        query: dict[str, str | list[str]] = {}
        for name, value in values.items():
            declared = self.param(name)
            if isinstance(value, str):
                query[name] = value
            elif declared.repeated or len(value) == 1:
                query[name] = list(value) if declared.repeated else value[0]
            else:
                raise UndeclaredParameter(f"'{name}' of the {self.title} view takes one value, not {list(value)}")
        return query


@dataclass(frozen=True)
class Link:
    """A link to a view in a given state; checked against the view's contract when made."""

    view: View
    label: str
    query: Mapping[str, QueryValue] = field(default_factory=dict)
    icon: str | None = None

    def __post_init__(self) -> None:
        self.view.query(self.query)


HOME = View(
    "pages/home.py",
    "Home",
    ":material/home:",
    "What the dashboard covers, headline figures.",
    # The headline figures (budgets, exercises) and the latest event it names.
    dated=(("budgets", "year"), ("exercises", "year"), ("events", "date")),
)
MAP = View(
    "pages/map.py",
    "Map",
    ":material/map:",
    "Russian military facilities and NATO deployments.",
    ("sites", "places", "sources", "evidence", "myths", "memberships"),
    (
        AS_OF,
        Param("q", "text", "Words to find a site by: its names in any spelling, what it is."),
        Param("site", "id", "The site whose record is shown (an id in data/sites/)."),
        Param("side", "ids", "Sides shown (russia, belarus, nato, other).", "all"),
        Param("category", "ids", "Categories shown (airbase, air_defence, …).", "all"),
        Param("status", "ids", "Statuses shown (active, ended, announced, not_realised).", "all"),
        Param("country", "ids", "Territories shown, ISO 3166-1 alpha-3.", "all"),
        Param("confidence", "ids", "Confidence classes shown (confirmed, reported, claimed).", "all"),
        Param("region", "id", "A named view: flank, baltic_states, suwalki_gap, kaliningrad, belarus.", "every site"),
        Param("lat", "number", "The map's centre, latitude in degrees (with lon and zoom).", "the region or site"),
        Param("lon", "number", "The map's centre, longitude in degrees.", "the region or site"),
        Param("zoom", "number", "The map's zoom level, 3 (continent) to 11 (town).", "the region or site"),
        Param("rings", "flag", "0 hides the rings of stated maximum range.", "shown"),
        Param("compare", "month", "An earlier month, YYYY-MM: the sites that appeared or ended since are ringed."),
    ),
    dated=(("sites", "start_date"),),
)
POLLS = View(
    "pages/polls.py",
    "Polls",
    ":material/ballot:",
    "Belarusian opinion on Russia and the EU.",
    ("polls", "poll_topics", "sources", "evidence", "myths"),
    (
        Param(
            "topic",
            "id",
            "The topic tracked across pollsters (a topic in data/poll_topics/); the tracker opens first.",
            "the first topic",
        ),
        Param(
            "question",
            "id",
            "The question charted on its own (a question_id in data/polls/); without topic, that chart opens first.",
            "the first question",
        ),
        Param("subgroup", "ids", "Subgroups charted.", "the question's first subgroup"),
        Param(
            "tab",
            "id",
            "topics opens the tracker, question the chart of one question.",
            "question when the link names a question and no topic, else topics",
        ),
    ),
    dated=(("polls", "date"),),
)
BUDGETS = View(
    "pages/budgets.py",
    "Budgets",
    ":material/payments:",
    "Military expenditure of Belarus and its neighbours.",
    ("budgets", "budget_notes", "events", "exercises", "spellings", "sources"),
    (
        Param(
            "country",
            "ids",
            "Countries charted, ISO 3166-1 alpha-3, up to eight, in the order chosen.",
            "Belarus and the Baltic states",
        ),
        Param("metric", "id", "The measure charted.", "usd_current_m"),
        Param("years", "range", "First and last year charted.", "every year in the data"),
        Param("events", "ids", "Event categories marked on the time axis."),
    ),
    dated=(("budgets", "year"), ("exercises", "year")),
)
MYTHS = View(
    "pages/myths.py",
    "Myths & Realities",
    ":material/fact_check:",
    "Popular claims about the alliance, against the evidence.",
    ("myths", "evidence", "events", "spellings", "sources", "sites", "polls", "exercises"),
    (
        Param("as_of", "month", "Verdicts and evidence as known in this month, YYYY-MM.", "the newest month"),
        Param("q", "text", "Words to search for in claims, findings and quotes (any order, form or spelling)."),
        Param("myth", "id", "The one myth shown (an id in data/myths/)."),
        Param("event", "id", "Only the evidence on this event (an id in data/events/)."),
        Param("verdict", "ids", "Verdicts shown.", "all"),
        Param("theme", "ids", "Themes shown.", "all"),
        Param("tab", "id", "timeline shows the evidence over time instead of the answer cards.", "answers"),
        Param("page", "number", "Which page of myths, from 1, 12 a page (the cards and the timeline).", "1"),
    ),
    dated=(("evidence", "date"), ("myths", "as_of")),
)
SOURCES = View(
    "pages/sources.py",
    "Sources",
    ":material/menu_book:",
    "Every source, its citation and the rows citing it.",
    params=(
        Param("q", "text", "Words to search for in citations and notes (any order, form or spelling)."),
        Param("source", "id", "The source whose citing rows are shown (an id in data/sources/)."),
    ),
    dated=(("sources", "date"),),
)
DATA_STATUS = View(
    "pages/data_status.py", "Data status", ":material/database:", "Every dataset and file: rows, freshness, problems."
)
BRIEFINGS = View(
    "pages/briefings.py",
    "Briefings",
    ":material/co_present:",
    "Slides for presenters: views in a set order with headlines, speaker notes and a handout.",
    ("briefings", "sources"),
    (
        Param("notes", "flag", "1 shows the speaker notes of the slide instead of opening it."),
        Param("follow", "text", "The presenting tab whose slides the speaker notes follow."),
    ),
)
UPDATE_DATA = View(
    "pages/update_data.py",
    "Update data",
    ":material/upload_file:",
    "For editors: upload a CSV, preview what it changes, publish; every version kept, one-click roll back.",
)

VIEWS = (HOME, MAP, POLLS, BUDGETS, MYTHS, BRIEFINGS, SOURCES, DATA_STATUS, UPDATE_DATA)
# The views a briefing slide can show: the ones with a state worth presenting.
SLIDE_VIEWS = (HOME, MAP, POLLS, BUDGETS, MYTHS, SOURCES)


def view_named(slug: str) -> View:
    return next(v for v in VIEWS if v.slug == slug)


def parse_state(state: str) -> dict[str, list[str]]:
    """A view's state as written in a briefing: its address's query ('as_of=2014-06&site=x').
    Pasted from an address bar it may still carry the path and '?': only the query counts."""
    return parse_qs(state.split("?", 1)[-1])


def state_problem(view_slug: str, state: str) -> str | None:
    """Why a slide's state cannot open its view (a parameter the view does not read), or None."""
    view = next((v for v in VIEWS if v.slug == view_slug), None)
    if view is None:
        return None  # the view column's own check reports it
    try:
        view.query(parse_state(state))
    except UndeclaredParameter as problem:
        return str(problem)
    return None


def address_table() -> str:
    """Every view's address parameters as a Markdown table, for the README (a test keeps it current)."""
    lines = ["| view | parameter | values | without it |", "|---|---|---|---|"]
    for view in VIEWS:
        for param in view.params:
            repeated = " (repeatable)" if param.repeated else ""
            lines.append(f"| /{view.url_path} | `{param.name}` | {param.description}{repeated} | {param.default} |")
    for param in SLIDE_PARAMS:
        lines.append(f"| every view | `{param.name}` | {param.description} | {param.default} |")
    return "\n".join(lines) + "\n"
