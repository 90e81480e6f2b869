import pandas as pd
import streamlit as st

from components.data.citations import cited_sources, short_citations
from components.data.reader_tables import in_words_of
from components.data.text import humanise
from components.figures.budget_chart import build_budget_figure, build_exercise_figure
from components.topics.budgets import (
    COUNTRY_SETS,
    DEFAULT_COUNTRY_SET,
    METRICS,
    SHORT_LIST,
    budget_rows,
    country_labels,
    events_in,
    quoted_against_series,
    reader_rows,
)
from components.ui.charts import show_chart
from components.ui.country_choice import chosen_countries
from components.ui.expanders import notes_list
from components.ui.page import page_header, stop_if_empty, view_filters
from components.ui.store import repository
from components.ui.url_state import choice_in_url, choices_in_url, keep_values_in_url, range_in_url
from components.views import BUDGETS

repo = repository()
page_header(BUDGETS, repo)
stop_if_empty(repo, "budgets")
budgets, events, sources = repo.frame("budgets"), repo.frame("events"), repo.frame("sources")
short_source = short_citations(sources)

default_countries = COUNTRY_SETS[DEFAULT_COUNTRY_SET]
with view_filters():
    st.markdown("**Chart settings**")
    chosen = chosen_countries(
        country_labels(budgets, repo.frame("spellings")),
        param=BUDGETS.param("country"),
        default=default_countries,
        short_list=SHORT_LIST,
    )
    st.caption("Country sets")
    for set_name, members in COUNTRY_SETS.items():
        st.button(
            set_name,
            on_click=keep_values_in_url,
            args=(BUDGETS.param("country").name, members, default_countries),
            width="stretch",
        )
    metric = choice_in_url(
        st.radio,
        "Measure",
        [m for m in METRICS if m in set(budgets["metric"])],
        param=BUDGETS.param("metric"),
        default="usd_current_m",
        format_func=METRICS.get,
    )
    first, last = int(budgets["year"].min()), int(budgets["year"].max())
    if first < last:
        years = range_in_url(st.slider, "Years", first, last, param=BUDGETS.param("years"))
    else:
        years = (first, last)
        st.caption(f"Years: the data holds {first} only.")
    marked = choices_in_url(
        st.pills,
        "Mark events on the time axis",
        sorted(events["category"].dropna().unique()),
        param=BUDGETS.param("events"),
        format_func=humanise,
        selection_mode="multi",
    )

rows = budget_rows(budgets, chosen, metric, years)
in_range = events_in(events, marked, years)
show_chart(
    build_budget_figure(
        rows,
        metric=metric,
        short_source=short_source,
        events=in_range,
        source=cited_sources(sources, [*rows["source_id"], *in_range["source_id"]]),
    ),
    rows=reader_rows(rows, sources, short_source),
    repo=repo,
    file_name=f"military_expenditure_{metric}.csv",
    key="budget_chart",
    source_ids=[*rows["source_id"], *in_range["source_id"]],
)

quoted = quoted_against_series(rows, short_source)
if not quoted.empty:
    st.subheader("Figures quoted by other sources, beside the series")
    st.caption("Kept as separate rows: editions and sources differ, and neither overwrites the other.")
    st.dataframe(
        quoted, hide_index=True, column_config={"quote and context": st.column_config.TextColumn(width="large")}
    )

notes = repo.frame("budget_notes")
notes = notes[notes["iso3"].isin(chosen)]
notes_list(
    "The source's notes on these countries' series",
    [(n.country, n.text) for n in notes.itertuples()],
    repo=repo,
    source_ids=notes["source_id"],
)

st.subheader("Joint exercises")
exercises = repo.frame("exercises")
show_chart(
    build_exercise_figure(exercises, source=cited_sources(sources, exercises["source_id"])),
    rows=exercises,
    repo=repo,
    file_name="exercises.csv",
    key="exercise_chart",
    source_ids=exercises["source_id"],
    in_words=in_words_of("exercises", sources),
)
notes_list(
    "Notes on the exercise figures",
    [(e.name, e.note) for e in exercises.itertuples() if pd.notna(e.note)],
    repo=repo,
    source_ids=exercises["source_id"],
    expanded=True,
)
