import streamlit as st

from components.data.catalog import DATASETS
from components.data.citations import rows_citing, sources_table
from components.data.reader_tables import in_words_of
from components.data.word_search import parse_query
from components.ui.page import page_header
from components.ui.source_lines import licence_footnote
from components.ui.store import repository
from components.ui.tables import table_with_download
from components.ui.url_state import choice_in_url, text_in_url
from components.views import SOURCES

repo = repository()
page_header(SOURCES, repo)

query = text_in_url(
    st.text_input, "Search sources", param=SOURCES.param("q"), placeholder="Title, author, publisher, address…"
)
table = sources_table(repo.frames, parse_query(query, repo.frame("spellings")))
st.dataframe(
    table,
    hide_index=True,
    column_config={
        "Address": st.column_config.LinkColumn(),
        "Citation": st.column_config.TextColumn(width="large"),
        "Note": st.column_config.TextColumn(width="large"),
    },
)

licence_footnote(DATASETS.values())

titles = dict(zip(table["Id"], table["Citation"], strict=True))
chosen = choice_in_url(
    st.selectbox,
    "Show the rows that cite a source",
    list(titles),
    param=SOURCES.param("source"),
    format_func=titles.get,
    placeholder="Choose a source",
    # A known source the search leaves out of the list is not a broken link.
    quiet=st.query_params.get(SOURCES.param("source").name) in set(repo.frame("sources")["id"]),
)
if chosen:
    for name, rows in rows_citing(repo.frames, chosen).items():
        st.markdown(f"**{DATASETS[name].title}**: {len(rows):,} rows")
        table_with_download(
            rows,
            file_name=f"{name}_citing_{chosen}.csv",
            key=f"download_{name}",
            in_words=in_words_of(name, repo.frame("sources")),
        )
