"""Every filter, table and download a reader meets is in words: no snake_case code and no ISO
code as a label, an option, a heading or a value (ids stay, in their own columns at the end).

Data status and Update data are left out on purpose: they document the files' columns, whose
names are what an editor writes."""

import re

import pytest

from components.data.borders import country_names
from tests.app.opening import open_expander, open_view

SNAKE_CASE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")
ISO_CODES = set(country_names())
OPTION_WIDGETS = ("selectbox", "multiselect", "radio", "select_slider", "pills", "segmented_control")
# A reader's views, each with the tables it builds only when opened.
VIEWS = [
    ("pages/map.py", {}, []),
    ("pages/map.py", {"compare": "2014-01", "as_of": "2023-06"}, []),
    ("pages/polls.py", {}, ["topic_chart_rows"]),
    ("pages/polls.py", {"tab": "question", "question": "marin_fig2_union_eu_or_russia"}, ["poll_chart_rows"]),
    ("pages/budgets.py", {}, ["budget_chart_rows", "exercise_chart_rows"]),
    ("pages/myths.py", {}, []),
    ("pages/myths.py", {"tab": "timeline"}, ["evidence_timeline_rows"]),
    ("pages/briefings.py", {}, []),
    ("pages/sources.py", {"source": "marin2020"}, []),
]


def is_code(text: object) -> bool:
    value = str(text).strip()
    return bool(SNAKE_CASE.match(value)) or value in ISO_CODES


def is_id_column(heading: str) -> bool:
    return heading == "Id" or heading.endswith((" id", " code"))


def what_a_reader_sees(app) -> list[tuple[str, str]]:
    """(where, text) for every widget label and option, table heading and table value."""
    seen = []
    for kind in OPTION_WIDGETS:
        for widget in app.get(kind):
            seen.append((f"{kind} label", widget.label))
            seen += [(f"{kind} “{widget.label}” option", option) for option in widget.options]
    for table in app.dataframe:
        frame = table.value
        for heading in frame.columns:
            seen.append(("table heading", heading))
            if not is_id_column(str(heading)):
                seen += [(f"table column “{heading}”", value) for value in frame[heading].dropna().map(str)]
    return seen


@pytest.mark.parametrize(("view", "query", "tables"), VIEWS, ids=lambda v: str(v))
def test_a_reader_sees_words_not_codes(view, query, tables):
    app = open_view(view, **query)
    for key in tables:
        app = open_expander(app, key)
    assert not app.exception
    seen = what_a_reader_sees(app)
    assert seen, "the view shows nothing to check"
    codes = sorted({(where, text) for where, text in seen if is_code(text)})
    assert codes == []


def test_the_map_table_starts_with_what_a_site_is_and_cites_its_sources():
    app = open_view("pages/map.py", as_of="2023-06")
    table = app.dataframe[0].value
    assert list(table.columns[:5]) == ["Name", "Other spellings", "Side", "Category", "Country"]
    assert list(table.columns[-2:]) == ["Range source id", "Source id"]
    row = table.set_index("Id").loc["hantsavichi_radar"]
    assert (row["Side"], row["Category"], row["Country"]) == ("Russia", "Radar", "Belarus")
    assert row["Source"].startswith("Anaïs Marin") and row["Source id"] == "marin2020"
    assert table.notna().any(axis=0).all()  # no column without a value
