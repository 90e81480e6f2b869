import streamlit as st

from components.data.catalog import DATASETS
from components.data.references import data_path, file_name_of
from components.data.text import literal
from components.editing.outcomes import dataset_files, restore
from components.editing.publishing import live_digest, target_file
from components.ui.change_review import (
    archived_versions,
    candidate_for,
    dataset_label,
    file_label,
    publish_button,
    publish_outcome,
    review,
    show_done,
    show_outcome,
    versions_table,
)
from components.ui.editor_sign_in import editor_policy, sign_out_button, signed_in_editor
from components.ui.page import page_header
from components.ui.removals import removal_confirmations
from components.ui.store import repository
from components.views import UPDATE_DATA

UPLOAD_ROUND = "upload_round"  # a new uploader after each publication, so it starts empty

repo = repository()
page_header(UPDATE_DATA, repo)
policy = editor_policy()
editor = signed_in_editor(policy)
if editor is None:
    st.stop()

signed_in, sign_out = st.columns([4, 1], vertical_alignment="center")
signed_in.markdown(f"Signed in as **{literal(editor)}**. Every change is archived with your name and the time.")
with sign_out:
    sign_out_button(policy)
show_done()
removal_confirmations(repo, editor)

dataset = st.selectbox("Dataset", list(DATASETS), format_func=dataset_label, key="dataset")
on_disk, files = dataset_files(repo, dataset)

st.subheader("Upload a file")
st.caption(
    "Preview first: the file is checked against its dataset's columns and against everything live, "
    "and you see the rows it adds, changes and removes. Nothing is written until you publish."
)
upload = st.file_uploader(
    "CSV file (UTF-8 or Windows-1251; comma, semicolon or tab separated; "
    f"up to {st.get_option('server.maxUploadSize')} MB)",
    type=["csv"],
    key=f"upload_{st.session_state.get(UPLOAD_ROUND, 0)}",
)
if upload is not None:
    default_target = file_name_of(target_file(dataset, upload.name))
    choices = sorted({*on_disk, default_target})
    target_name = st.selectbox(
        "Publish as",
        choices,
        index=choices.index(default_target),
        format_func=file_label(dataset, on_disk),
        key=f"target_{upload.file_id}",
    )
    candidate = candidate_for(repo, data_path(dataset, target_name), upload.getvalue())
    review(candidate)
    if candidate.acceptable and not candidate.replaces_different_bytes:
        st.info("This file is the live file, byte for byte: there is nothing to publish.", icon=":material/info:")
    elif candidate.acceptable:
        if candidate.changes.none:
            st.info(
                "The rows are the ones shown now; publishing replaces the file on disk "
                "(written differently, or broken and shown from the archive).",
                icon=":material/info:",
            )
        publish_button(repo.data_dir, candidate, editor=editor)
published = publish_outcome()
if published is not None:
    if published.done:
        st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1
    show_outcome(published)

st.subheader("Versions and roll back")
if not files:
    st.caption("No file in this dataset yet.")
    st.stop()
file_name = st.selectbox("File", files, format_func=file_label(dataset), key=f"history_{dataset}")
file = data_path(dataset, file_name)
versions = archived_versions(repo, file)
live_sha = live_digest(repo.data_dir, file)
if not versions:
    st.caption("No version of this file is archived yet: it is archived the first time it loads valid.")
    st.stop()
st.dataframe(versions_table(versions, live_sha), hide_index=True)
st.caption(
    f"The {len(versions)} newest versions. Roll back makes one live again, after checking it against today's data."
)
for version in versions:
    if version.sha256 == live_sha or not version.valid:
        continue
    label = f"Roll back to the version of {literal(version.label)}"  # the editor's name is free text
    if st.button(label, key=f"restore_{version.id}", icon=":material/history:"):
        show_outcome(restore(repo, version, editor=editor))
