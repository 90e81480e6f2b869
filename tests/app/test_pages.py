"""Every page, run as Streamlit runs it (AppTest), on the shipped data and on test data."""

import re

import pytest

from components.data.text import literal
from components.topics.coverage import newest_dated_row
from components.views import BUDGETS, DATA_STATUS, MYTHS, POLLS, VIEWS
from tests.app.opening import open_expander, open_view
from tests.conftest import drop_file


@pytest.mark.parametrize("view", VIEWS, ids=[v.title for v in VIEWS])
def test_every_page_runs_on_the_shipped_data(view):
    app = open_view(view.path)
    assert not app.exception
    assert app.title[0].value == ("Alliance Monitor" if view.path == "pages/home.py" else view.title)
    assert not app.warning, "the shipped data should load without rejected files"


def test_home_shows_data_date_and_both_2018_figures(shipped):
    app = open_view("pages/home.py")
    newest = newest_dated_row(shipped.frames)
    assert any(m.value.startswith(f"**Data as of {newest.last}**") for m in app.markdown)
    assert any(m.value.startswith("Latest event in the timeline:") for m in app.markdown)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Belarus 2018, the paper"] == "$715m"
    assert metrics["Belarus 2018, SIPRI 2025"] == "$923m"
    assert "sipri.org/databases/milex" in " ".join(c.value for c in app.caption)


def test_sources_search_and_rows_citing_a_source():
    app = open_view("pages/sources.py")
    listed = app.dataframe[0].value
    everything = len(listed)
    assert listed["Kind"].iloc[0] == "Seed document" and listed["Citation"].iloc[0].startswith("Anaïs Marin")
    kinds = listed["Kind"].tolist()
    # What readers cite most first: the seeds, the reference datasets, official pages, then news.
    first_of = [kinds.index(k) for k in ("Seed document", "Reference dataset", "Official page", "Web page")]
    assert first_of == sorted(first_of) and kinds.index("Public reference") > kinds.index("Web page")
    assert kinds.index("Web page") > len(kinds) - kinds[::-1].index("Official page") - 1  # no news among them
    app.text_input(key="q").input("SIPRI").run()
    found = app.dataframe[0].value
    assert 0 < len(found) < everything
    assert found["Citation"].str.contains("SIPRI").all()

    app.selectbox(key="source").select("sipri_milex_2025").run()
    assert any(m.value.startswith("**Military expenditure**:") for m in app.markdown)


def test_bad_file_is_reported_and_the_rest_still_shows(test_data):
    drop_file(test_data, "sites_latitude_152.csv", "sites")
    app = open_view("pages/data_status.py")
    assert literal("sites/sites_latitude_152.csv") in app.warning[0].value
    problems = app.dataframe[0].value
    assert problems.iloc[0].to_dict() == {
        "file": "sites/sites_latitude_152.csv",
        "row": 2,
        "column": "lat",
        "found": "152.0",
        "expected": "a number (decimal point, no thousands separator) from -90 to 90",
    }
    map_page = open_view("pages/map.py")
    map_page.select_slider(key="as_of").set_value("2014-06").run()
    assert list(map_page.dataframe[0].value["Id"]) == ["base_a"]
    map_page.select_slider(key="as_of").set_value("2017-06").run()
    assert list(map_page.dataframe[0].value["Id"]) == ["efp_x"]


def test_a_dropped_file_shows_without_a_restart(test_data):
    app = open_expander(open_view("pages/polls.py"), "poll_chart_rows")
    assert len(app.dataframe[0].value) == 2
    (test_data / "polls" / "new_wave.csv").write_text(
        "date,pollster,question_id,question,answer,percent,subgroup,sample_size,source_id\n"
        "2019-12,Test pollster,q1,Which union?,EU,32,all,,paper\n",
        encoding="utf-8",
    )
    app.run()
    assert len(app.dataframe[0].value) == 3


def test_text_from_data_is_escaped_in_source_lines(test_data):
    app = open_view("pages/map.py")
    footnote = next(c.value for c in app.caption if c.value.startswith("**Sources**"))
    assert "\\<em\\>HTML\\</em\\>" in footnote
    assert "\\!\\[pixel\\]" in footnote
    assert "<em>" not in footnote.replace("\\<em\\>", "")


@pytest.mark.parametrize(("view", "dataset"), [(POLLS, "polls"), (BUDGETS, "budgets"), (MYTHS, "myths")])
def test_a_view_whose_dataset_is_empty_says_so(test_data, view, dataset):
    for path in (test_data / dataset).glob("*.csv"):
        path.unlink()
    app = open_view(view.path)
    assert not app.exception
    assert f"data/{dataset}/" in app.info[0].value


def test_a_broken_replacement_keeps_the_old_rows_and_the_views_drawing_on_it_say_so(test_data):
    open_view("pages/map.py")  # the valid file is seen, and archived, once
    drop_file(test_data, "sites_latitude_152.csv", "sites", name="sites.csv")

    map_page = open_view("pages/map.py", as_of="2014-06")

    assert "data/sites/sites\\.csv has 1 problem\\(s\\); its last valid version" in map_page.warning[0].value
    assert list(map_page.dataframe[0].value["Id"]) == ["base_a"]
    assert not open_view("pages/polls.py").warning  # the polls do not draw on the sites
    status = open_view("pages/data_status.py")
    files = next(d.value for d in status.dataframe if "status" in d.value and "sites/sites.csv" in set(d.value["file"]))
    sites = files.set_index("file").loc["sites/sites.csv"]
    assert sites["status"] == "rejected: last valid version shown"
    assert sites["live version"].startswith("archived, saved ")


def test_home_headline_labels_from_data_are_text(test_data):
    exercises = test_data / "exercises" / "exercises.csv"
    exercises.write_text(
        exercises.read_text(encoding="utf-8").replace("Zapad Test", "**Zapad** ![x](http://example.com/x.png)"),
        encoding="utf-8",
    )
    app = open_view("pages/home.py")
    label = next(m.label for m in app.metric if "Zapad" in m.label)
    assert label.startswith("\\*\\*Zapad\\*\\*") and "\\!\\[x\\]" in label


@pytest.mark.parametrize("view", VIEWS, ids=[v.title for v in VIEWS])
def test_an_entry_that_is_not_a_file_takes_no_view_down(test_data, view):
    (test_data / "sites" / "x.csv").symlink_to(test_data / "sites" / "missing.csv")
    (test_data / "events" / "folder.csv").mkdir()
    app = open_view(view.path)
    assert not app.exception
    if view is DATA_STATUS:
        problems = app.dataframe[0].value
        assert {"sites/x.csv", "events/folder.csv"} <= set(problems["file"])


@pytest.mark.parametrize(
    ("view_path", "query", "said"),
    [
        ("pages/map.py", {"as_of": "garbage"}, "as_of=“garbage”"),
        ("pages/map.py", {"country": "XXX"}, "country=“XXX”"),
        ("pages/map.py", {"site": "no_such_site"}, "site=“no_such_site”"),
        ("pages/budgets.py", {"country": "XXX"}, "country=“XXX”"),
        ("pages/myths.py", {"myth": "no_such_myth"}, "myth=“no_such_myth”"),
        ("pages/map.py", {"briefing": "paper_argument", "slide": "999"}, "briefing and slide=“paper_argument, 999”"),
        ("pages/map.py", {"briefing": "no_such_briefing", "slide": "1"}, "no_such_briefing"),
    ],
)
def test_a_value_the_view_does_not_know_is_said_in_one_line_and_the_view_shows(view_path, query, said):
    app = open_view(view_path, **query)
    assert not app.exception
    notices = [i.value.replace("\\", "") for i in app.info]
    assert any(said in notice and "is not one this view knows" in notice for notice in notices), notices


def test_a_link_the_view_knows_says_nothing_about_its_address():
    app = open_view("pages/map.py", as_of="2020-06", country="BLR", site="hantsavichi_radar")
    assert not any("is not one this view knows" in i.value for i in app.info)


def test_a_known_source_that_the_search_leaves_out_is_not_called_unknown():
    app = open_view("pages/sources.py", source="marin2020", q="Belsat")
    assert not any("is not one this view knows" in i.value for i in app.info)
    assert any("is not one this view knows" in i.value for i in open_view("pages/sources.py", source="nope").info)


@pytest.mark.parametrize("view", VIEWS, ids=[v.title for v in VIEWS])
def test_every_view_prints_the_data_version_that_data_status_resolves(view):
    app = open_view(view.path)
    printed = next(c.value for c in app.caption if "Data version" in c.value).replace("\\", "")
    version = re.search(r"Data version (\d{4}(?:-\d{2}){0,2}\.[0-9a-f]{8})", printed).group(1)

    status = open_view("pages/data_status.py")
    status.text_input[0].input(version).run()
    assert status.info[-1].value.replace("\\", "").startswith(f"{version} was live from ")


@pytest.mark.parametrize("view", [v for v in VIEWS if v.dated], ids=lambda v: v.title)
def test_every_view_with_dated_data_states_its_period_and_newest_source(view):
    app = open_view(view.path)
    captions = [c.value.replace("\\", "") for c in app.caption]  # as the reader sees them, unescaped
    coverage = next(c for c in captions if c.startswith("Coverage:"))
    assert re.search(r"dated \d{4}(-\d{2}){0,2} to \d{4}(-\d{2}){0,2}", coverage)
    if view.dated[0][0] != "sources":  # the Sources view's own dates are the sources'
        assert "the newest source they cite is dated" in coverage


def test_the_map_says_when_the_chosen_month_is_newer_than_anything_recorded(test_data):
    later = open_view("pages/map.py", as_of="2026-12")
    assert any("Nothing here is dated after 2017" in c.value for c in later.caption)
    inside = open_view("pages/map.py", as_of="2016-05")
    assert not any("Nothing here is dated after" in c.value for c in inside.caption)
