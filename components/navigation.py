"""The views of the app, in the order the sidebar lists them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    path: str
    title: str
    icon: str
    summary: str


HOME = View("pages/home.py", "Home", ":material/home:", "What the dashboard covers, headline figures.")
MAP = View("pages/map.py", "Map", ":material/map:", "Russian military facilities and NATO deployments.")
POLLS = View("pages/polls.py", "Polls", ":material/ballot:", "Belarusian opinion on Russia and the EU.")
BUDGETS = View(
    "pages/budgets.py", "Budgets", ":material/payments:", "Military expenditure of Belarus and its neighbours."
)
MYTHS = View(
    "pages/myths.py",
    "Myths & Realities",
    ":material/fact_check:",
    "Popular claims about the alliance, against the evidence.",
)
SOURCES = View(
    "pages/sources.py", "Sources", ":material/menu_book:", "Every source, its citation and the rows citing it."
)
DATA_STATUS = View(
    "pages/data_status.py", "Data status", ":material/database:", "Every dataset and file: rows, freshness, problems."
)

VIEWS = (HOME, MAP, POLLS, BUDGETS, MYTHS, SOURCES, DATA_STATUS)
