import streamlit as st

from components.data.archive import Archive
from components.data.catalog import DATASETS
from components.ui.change_review import archived_versions, candidate_for, review, versions_table
from components.ui.editor_sign_in import editor_policy, sign_out_button, signed_in_editor
from components.ui.navigation import UPDATE_DATA
from components.editing.publishing import StaleCandidate, live_digest, publish, roll_back, target_file
from components.ui.store import repository
from components.data.text import literal
from components.ui.page import page_header

UPLOAD_ROUND = "upload_round"  # a new uploader after each publication, so it starts empty
DONE = "update_done"
STALE = "The data changed while you were looking at this preview (another editor, or a dropped file). Check again."

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
if done := st.session_state.pop(DONE, None):
    st.success(literal(done), icon=":material/check_circle:")

dataset = st.selectbox(
    "Dataset", list(DATASETS), format_func=lambda name: f"{DATASETS[name].title} (data/{name}/)", key="dataset"
)
on_disk = sorted(p.name for p in (repo.data_dir / dataset).glob("*.csv"))
archived = [f.split("/", 1)[1] for f in Archive.beside(repo.data_dir).files(dataset)]

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
    default_target = target_file(dataset, upload.name).split("/", 1)[1]
    choices = sorted({*on_disk, default_target})
    target_name = st.selectbox(
        "Publish as",
        choices,
        index=choices.index(default_target),
        format_func=lambda name: (
            f"data/{dataset}/{name}" + (" (replaces the live file)" if name in on_disk else " (new file)")
        ),
        key=f"target_{upload.file_id}",
    )
    candidate = candidate_for(repo, f"{dataset}/{target_name}", upload.getvalue())
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
        if st.button(f"Publish to data/{candidate.file}", type="primary", icon=":material/publish:"):
            try:
                version = publish(repo.data_dir, candidate, editor=editor)
            except StaleCandidate:
                st.error(STALE, icon=":material/sync_problem:")
            except OSError as error:
                st.error(f"The file could not be written ({literal(error.strerror)}); nothing was changed.")
            else:
                st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1
                st.session_state[DONE] = f"Published data/{candidate.file} ({version.label})."
                st.rerun()

st.subheader("Versions and roll back")
files = sorted({*on_disk, *archived})
if not files:
    st.caption("No file in this dataset yet.")
    st.stop()
file_name = st.selectbox("File", files, format_func=lambda name: f"data/{dataset}/{name}", key=f"history_{dataset}")
file = f"{dataset}/{file_name}"
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
        try:
            result = roll_back(repo, version, editor=editor)
        except StaleCandidate:
            st.error(STALE, icon=":material/sync_problem:")
        except OSError as error:
            st.error(f"The file could not be written ({literal(error.strerror)}); nothing was changed.")
        else:
            if result.acceptable:
                st.session_state[DONE] = f"data/{file} is back to the version of {version.label}."
                st.rerun()
            st.error("That version no longer fits today's data; nothing was changed.", icon=":material/error:")
            review(result)
