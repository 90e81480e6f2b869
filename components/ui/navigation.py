"""The views of the app, in the order the sidebar lists them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    path: str
    title: str
    icon: str
    summary: str
    # The datasets the view draws on: a problem in one of their files is announced on it.
    # Empty: every dataset.
    datasets: tuple[str, ...] = ()

    def draws_on(self, dataset: str) -> bool:
        return not self.datasets or dataset in self.datasets

    @property
    def slug(self) -> str:
        """The view's name in addresses and in briefings: pages/map.py -> map."""
        return self.path.removeprefix("pages/").removesuffix(".py")


HOME = View("pages/home.py", "Home", ":material/home:", "What the dashboard covers, headline figures.")
MAP = View(
    "pages/map.py",
    "Map",
    ":material/map:",
    "Russian military facilities and NATO deployments.",
    ("sites", "places", "sources", "evidence", "myths"),
)
POLLS = View(
    "pages/polls.py",
    "Polls",
    ":material/ballot:",
    "Belarusian opinion on Russia and the EU.",
    ("polls", "sources", "evidence", "myths"),
)
BUDGETS = View(
    "pages/budgets.py",
    "Budgets",
    ":material/payments:",
    "Military expenditure of Belarus and its neighbours.",
    ("budgets", "budget_notes", "events", "exercises", "sources"),
)
MYTHS = View(
    "pages/myths.py",
    "Myths & Realities",
    ":material/fact_check:",
    "Popular claims about the alliance, against the evidence.",
    ("myths", "evidence", "events", "spellings", "sources", "sites", "polls", "exercises"),
)
SOURCES = View(
    "pages/sources.py", "Sources", ":material/menu_book:", "Every source, its citation and the rows citing it."
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
)
UPDATE_DATA = View(
    "pages/update_data.py",
    "Update data",
    ":material/upload_file:",
    "For editors: upload a CSV, preview what it changes, publish; every version kept, one-click roll back.",
)

VIEWS = (HOME, MAP, POLLS, BUDGETS, MYTHS, BRIEFINGS, SOURCES, DATA_STATUS, UPDATE_DATA)


def view_named(slug: str) -> View:
    return next(v for v in VIEWS if v.slug == slug)
