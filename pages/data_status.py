import streamlit as st

from components.data.catalog import DATASETS
from components.data.citations import sources_cited_in
from components.data.status import contract_table, files_table, problems_table
from components.data.text import literal
from components.topics.data_version import history_table, live_in_words, version_history
from components.ui.links import view_link
from components.ui.page import page_header
from components.ui.source_lines import licence_line, source_footnote
from components.ui.store import repository
from components.views import DATA_STATUS, UPDATE_DATA

VERSIONS_SHOWN = 20

repo = repository()
page_header(DATA_STATUS, repo)
st.markdown(
    "Each dataset is a folder under `data/`; every CSV file in it is read and combined. "
    "Add, replace or remove a file and this page shows the result on the next page load. "
    "A file with any problem is not used, so nothing is half-read: its last valid version "
    "(kept in `data/.archive/`, also across restarts) is shown in its place until the file is fixed."
)
view_link(UPDATE_DATA, "Editors: upload a file, see versions, roll back", icon=UPDATE_DATA.icon)

live_rows = sum(len(frame) for frame in repo.frames.values())
summary = st.columns(4)
summary[0].metric("Datasets", len(DATASETS))
summary[1].metric("Files", len(repo.reports))
summary[2].metric("Rows live", f"{live_rows:,}")
summary[3].metric("Files with problems", len(repo.rejected))

problems = problems_table(repo.rejected)
if not problems.empty:
    st.subheader("Problems to fix")
    st.dataframe(problems, hide_index=True)

st.subheader("Data versions")
st.markdown(
    f"The data served now is version **{literal(repo.data_version)}**. Every view prints the version it "
    "was drawn from under its title, so a screenshot, an export or a handout can be traced back here."
)
looked_up = st.text_input("Look up a data version (as printed)", placeholder="e.g. 2025-12-30.1a2b3c4d")
if looked_up.strip():
    st.info(literal(live_in_words(repo, looked_up)), icon=":material/history:")
st.dataframe(history_table(version_history(repo)[:VERSIONS_SHOWN]), hide_index=True)

st.subheader("Datasets")
for name, dataset in DATASETS.items():
    frame = repo.frame(name)
    troubled = any(not r.valid for r in repo.reports_for(name))
    label = f"{dataset.title} · data/{name}/ · {len(frame):,} rows" + (" · problems" if troubled else "")
    with st.expander(label, expanded=troubled, icon=":material/warning:" if troubled else None):
        st.caption(dataset.description)
        st.caption(licence_line(dataset))
        st.dataframe(files_table(repo, name), hide_index=True)
        st.markdown("**Columns** (the contract for files dropped in this folder)")
        st.dataframe(contract_table(dataset), hide_index=True)
        source_footnote(repo, sources_cited_in(frame))
