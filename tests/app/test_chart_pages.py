"""Polls and Budgets as a user drives them: question, subgroup, measure, countries, years."""

from tests.app.opening import array, open_expander, open_view, plotly_figures

QUESTION_CHART = -1  # the Polls view draws the tracker first, the single question last


def chart_title(app, index: int = 0) -> str:
    return plotly_figures(app)[index].layout.title.text


def trace_names(app, index: int = 0) -> list[str]:
    return [trace.name for trace in plotly_figures(app)[index].data]


def test_choosing_a_question_charts_it_and_keeps_it_in_the_link():
    app = open_view("pages/polls.py")
    app.selectbox(key="question").select("iiseps_eu_referendum").run()
    assert "referendum on Belarus joining the EU" in chart_title(app, QUESTION_CHART)
    assert app.query_params["question"] == "iiseps_eu_referendum"
    assert not app.exception


def test_a_link_to_the_papers_figure_2_opens_it_with_the_young_subgroup():
    app = open_view("pages/polls.py", question="marin_fig2_union_eu_or_russia", subgroup=["all", "age 18-24"])
    assert "European Union (age 18-24)" in trace_names(app, QUESTION_CHART)
    assert app.pills(key="subgroup").value == ["all", "age 18-24"]


def test_choosing_a_subgroup_adds_its_lines():
    app = open_view("pages/polls.py", question="marin_fig2_union_eu_or_russia")
    assert trace_names(app, QUESTION_CHART)[:2] == ["Union with Russia", "European Union"]
    app.pills(key="subgroup").set_value(["all", "age 18-24"]).run()
    assert "European Union (age 18-24)" in trace_names(app, QUESTION_CHART)
    assert app.query_params["subgroup"] == ["all", "age 18-24"]


def test_the_csv_offered_is_exactly_the_rows_behind_the_chart():
    app = open_view("pages/polls.py", question="marin_fig1_relations_with_russia")
    assert not app.dataframe  # the table is built only when its expander opens
    rows = open_expander(app, "poll_chart_rows").dataframe[0].value
    assert set(rows["Question id"]) == {"marin_fig1_relations_with_russia"}
    assert app.get("download_button")[QUESTION_CHART].proto.label == f"Download these {len(rows)} rows (CSV)"


def test_polls_opens_on_the_russia_or_eu_tracker_with_two_pollsters_and_their_wordings():
    app = open_view("pages/polls.py")
    tracker = plotly_figures(app)[0]
    assert "Russia or the EU" in tracker.layout.title.text
    names = [trace.name for trace in tracker.data]
    assert "Union with Russia · IISEPS" in names and "The EU · BAW" in names
    subtitle = tracker.layout.title.subtitle.text.replace("<br>", " ")
    assert "no band for" in subtitle and "Left out:" in subtitle
    differences = next(e for e in app.expander if e.label.startswith("How the questions differ"))
    assert "IISEPS" in differences.markdown[0].value and "BAW" in differences.markdown[0].value
    assert app.tabs[0].label == "Topics across pollsters"
    assert not app.exception


def test_choosing_a_topic_charts_it_and_keeps_it_in_the_link():
    app = open_view("pages/polls.py")
    app.selectbox(key="topic").select("relations_with_russia").run()
    assert plotly_figures(app)[0].layout.title.text == "<b>What relationship with Russia Belarusians want</b>"
    assert app.query_params["topic"] == "relations_with_russia"


def test_an_unknown_topic_in_a_link_says_so_and_opens_the_first():
    app = open_view("pages/polls.py", topic="garbage")
    assert "Russia or the EU" in plotly_figures(app)[0].layout.title.text
    assert any("“garbage” is not one this view knows" in info.value for info in app.info)


def test_the_single_question_chart_has_no_editorial_prefix_and_colours_answers_as_the_tracker():
    app = open_view("pages/polls.py", question="marin_fig1_relations_with_russia")
    figure = plotly_figures(app)[QUESTION_CHART]
    assert "Paraphrase" not in figure.layout.title.text and "[" not in figure.layout.title.text
    assert figure.layout.title.subtitle.text.startswith("A paraphrase")
    assert "Left out: the other answers" in figure.layout.title.subtitle.text
    app.selectbox(key="topic").select("relations_with_russia").run()
    tracked = {t.name: t.line.color for t in plotly_figures(app)[0].data if t.mode == "lines+markers"}
    bars = plotly_figures(app)[QUESTION_CHART].data[0]
    colours = dict(zip(bars.y, bars.marker.color, strict=True))
    assert colours["Integration within the Union State"] == tracked["Union with Russia · BAW"]


def test_choosing_measure_countries_and_years():
    app = open_view("pages/budgets.py")
    assert trace_names(app)[:4] == ["Belarus", "Lithuania", "Latvia", "Estonia"]  # as chosen
    app.radio(key="metric").set_value("share_of_gdp_pct").run()
    app.multiselect(key="country").set_value(["BLR", "RUS"]).run()
    app.slider(key="years").set_value((2010, 2020)).run()
    figure = plotly_figures(app)[0]
    assert figure.layout.yaxis.title.text == "percent of GDP"
    russia = next(t for t in figure.data if t.name == "Russia")
    assert (min(array(russia.x)), max(array(russia.x))) == (2010, 2020)
    assert app.query_params["metric"] == "share_of_gdp_pct"
    assert app.query_params["country"] == ["BLR", "RUS"]
    assert not app.exception


def test_a_country_set_button_replaces_the_countries():
    app = open_view("pages/budgets.py")
    next(b for b in app.button if b.label == "Belarus and its neighbours").click().run()
    assert app.multiselect(key="country").value == ["BLR", "RUS", "UKR", "POL", "LTU", "LVA"]


def test_the_papers_2018_figure_is_marked_beside_sipri():
    app = open_view("pages/budgets.py", country="BLR")
    assert "Belarus — as quoted by Marin 2020" in trace_names(app)
    quoted = app.dataframe[0].value
    assert quoted[["quoted figure", "series figure"]].values.tolist() == [["$715m", "$923m"]]


def test_poland_is_one_click_on_the_short_list_and_is_added_last():
    app = open_view("pages/budgets.py", country=["BLR", "LTU"], metric="share_of_gdp_pct")
    assert app.pills(key="country_short_list").options[0] == "Poland"
    app.pills(key="country_short_list").set_value(["BLR", "LTU", "POL"]).run()
    assert app.query_params["country"] == ["BLR", "LTU", "POL"]
    assert trace_names(app)[:3] == ["Belarus", "Lithuania", "Poland"]
    assert app.multiselect(key="country").value == ["BLR", "LTU", "POL"]
    app.pills(key="country_short_list").set_value(["BLR", "POL"]).run()  # unpick Lithuania
    assert app.query_params["country"] == ["BLR", "POL"]


def test_a_link_with_more_than_eight_countries_charts_the_first_eight_and_says_so():
    nine = ["BLR", "RUS", "UKR", "POL", "LTU", "LVA", "EST", "FIN", "SWE"]
    app = open_view("pages/budgets.py", country=nine)
    assert app.multiselect(key="country").value == nine[:8]
    assert any("names 9 countries; the chart shows the first 8" in i.value for i in app.sidebar.info)
    colours = {t.line.color for t in plotly_figures(app)[0].data if t.mode == "lines+markers"}
    assert len(colours) == 8
    assert not app.exception


def test_the_rows_behind_the_chart_are_in_words_with_their_series_and_source():
    app = open_view("pages/budgets.py", country="BLR", metric="share_of_gdp_pct", years=["2018", "2018"])
    rows = open_expander(app, "budget_chart_rows").dataframe[0].value
    assert rows[["Series", "Value", "Source id"]].values.tolist() == [
        ["Belarus — as quoted by Marin 2020", "1.3", "marin2020"],
        ["Belarus", "1.54", "sipri_milex_2025"],
    ]
    assert "iso3" not in rows.columns and "metric" not in rows.columns


def test_choosing_years_keeps_them_in_the_link_and_a_link_outside_the_data_is_brought_inside():
    app = open_view("pages/budgets.py", country="BLR")
    first, last = app.slider(key="years").value
    app.slider(key="years").set_value((2014, 2024)).run()
    assert app.query_params["years"] == ["2014", "2024"]
    assert {x for t in plotly_figures(app)[0].data if t.x is not None for x in array(t.x)} <= set(range(2014, 2025))
    app = open_view("pages/budgets.py", country="BLR", years=["2030", "1800"])
    assert app.slider(key="years").value == (first, last)
    assert "years" not in app.query_params  # the whole range is the default, not written
    app = open_view("pages/budgets.py", country="BLR", years="soon")
    assert any("“soon” is not one this view knows" in i.value for i in app.info)
    assert not app.exception


def test_events_can_be_marked_on_the_time_axis():
    app = open_view("pages/budgets.py")
    app.pills(key="events").set_value(["war"]).run()
    subtitle = plotly_figures(app)[0].layout.title.subtitle.text
    assert "Russia launches its invasion of Ukraine" in subtitle
    assert app.query_params["events"] == "war"


def test_a_dropped_poll_file_with_a_new_question_appears_without_a_restart(test_data):
    data_dir = test_data
    app = open_view("pages/polls.py")
    assert app.selectbox(key="question").options == ["Which union? (Test pollster, 2019-08)"]
    (data_dir / "polls" / "new_question.csv").write_text(
        "date,pollster,question_id,question,answer,percent,subgroup,sample_size,source_id\n"
        "2021-05,New pollster,q_new,Should Belarus host Russian troops?,No,61.5,all,1000,paper\n",
        encoding="utf-8",
    )
    app.run()
    app.selectbox(key="question").select("q_new").run()
    assert "Should Belarus host Russian troops?" in chart_title(app, QUESTION_CHART)


def test_a_stale_subgroup_in_a_link_falls_back_to_the_whole_sample():
    app = open_view("pages/polls.py", question="iiseps_eu_referendum", subgroup="age 18-24")
    assert app.pills(key="subgroup").value == ["all"]
    assert trace_names(app, QUESTION_CHART)[:2] == ["For", "Against"]


def test_budgets_on_data_with_a_single_year(test_data):
    app = open_view("pages/budgets.py", country="BLR")
    assert not app.exception
    assert any("the data holds 2018 only" in c.value for c in app.sidebar.caption)
