"""Update data, as editors and viewers meet it: who sees the upload, and what an upload does."""

from components.data.archive import Archive
from components.editing.attempts import FREE_TRIES
from components.editing.editors import hash_passphrase
from components.views import UPDATE_DATA
from tests.app.opening import open_view
from tests.conftest import FIXTURES

PASSPHRASE = "correct horse battery"
PASSPHRASE_SECRETS = {"editors": {"passphrase_hash": hash_passphrase(PASSPHRASE)}}
PROVIDER_SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "a-long-random-cookie-secret-for-tests",
        "client_id": "alliance-monitor",
        "client_secret": "not-a-real-secret",
        "server_metadata_url": "https://idp.example/.well-known/openid-configuration",
    },
    "editors": {"emails": ["ana@ministry.example"], "passphrase_hash": hash_passphrase(PASSPHRASE)},
}


def sign_in(app, name="Ana Analyst", passphrase=PASSPHRASE):
    app.text_input(key="editor_name").input(name)
    app.text_input(key="editor_passphrase").input(passphrase)
    return next(b for b in app.button if b.label == "Sign in").click().run()


def test_with_nothing_configured_nobody_sees_the_upload(test_data):
    app = open_view(UPDATE_DATA.path)
    assert not app.exception
    assert not app.get("file_uploader")
    assert "Changing data here is off" in app.info[0].value


def test_the_passphrase_opens_uploads_and_a_wrong_one_does_not(test_data):
    app = open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS)
    assert not app.get("file_uploader")

    sign_in(app, passphrase="wrong")
    assert not app.get("file_uploader")
    assert app.error[0].value == "That passphrase is not the editor passphrase."

    sign_in(app)
    assert app.get("file_uploader")
    assert "Signed in as **Ana Analyst \\(editor passphrase\\)**" in app.markdown[0].value


def test_repeated_wrong_passphrases_make_new_sessions_wait_too(test_data):
    app = open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS)
    for _ in range(FREE_TRIES):
        sign_in(app, passphrase="guess")
    assert app.error[0].value == (
        "Too many wrong passphrases from this address. The next try is possible in 30 seconds."
    )
    assert not app.text_input  # the form is gone: the right passphrase cannot be tried now
    reloaded = open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS)  # a new session, as after a reload
    assert not reloaded.text_input


def test_with_an_identity_provider_only_listed_editors_see_the_upload(test_data):
    signed_out = open_view(UPDATE_DATA.path, secrets=PROVIDER_SECRETS, user={"is_logged_in": False})
    assert not signed_out.get("file_uploader")
    assert [b.label for b in signed_out.button if b.label != "Make PDF and PNG"] == ["Sign in"]  # and the export
    assert not signed_out.text_input  # no passphrase beside a configured identity provider

    stranger = {"is_logged_in": True, "email": "someone@else.example", "name": "Someone"}
    not_listed = open_view(UPDATE_DATA.path, secrets=PROVIDER_SECRETS, user=stranger)
    assert not not_listed.get("file_uploader")
    assert "not on the list of editors" in not_listed.warning[0].value

    unverified = {"is_logged_in": True, "email": "ana@ministry.example", "email_verified": False, "name": "Ana"}
    assert not open_view(UPDATE_DATA.path, secrets=PROVIDER_SECRETS, user=unverified).get("file_uploader")

    editor = {"is_logged_in": True, "email": "Ana@ministry.example", "name": "Ana Analyst"}
    signed_in = open_view(UPDATE_DATA.path, secrets=PROVIDER_SECRETS, user=editor)
    assert signed_in.get("file_uploader")
    assert "Ana Analyst <Ana@ministry.example>" in signed_in.markdown[0].value.replace("\\", "")


def test_upload_preview_publish_and_roll_back(test_data):
    app = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS))
    app.selectbox(key="dataset").select("sites").run()
    original = (test_data / "sites" / "sites.csv").read_bytes()
    replacement = original.replace(b"Babruysk airbase", b"Babruysk air base")
    app.get("file_uploader")[0].upload("sites.csv", replacement, "text/csv").run()

    assert [m.value for m in app.metric] == ["0", "1", "0"]  # added, changed, removed
    assert (test_data / "sites" / "sites.csv").read_bytes() == original  # nothing written yet

    next(b for b in app.button if b.label.startswith("Publish to data/sites/sites.csv")).click().run()
    assert (test_data / "sites" / "sites.csv").read_bytes() == replacement
    assert app.success[0].value.startswith("Published data/sites/sites\\.csv")
    assert not app.get("file_uploader")[0].value  # a fresh, empty uploader

    versions = app.dataframe[-1].value
    assert list(versions["by"][:1]) == ["Ana Analyst (editor passphrase)"]
    next(b for b in app.button if b.label.startswith("Roll back")).click().run()
    assert (test_data / "sites" / "sites.csv").read_bytes() == original
    assert Archive.beside(test_data).versions("sites/sites.csv")[0].editor == "Ana Analyst (editor passphrase)"


def test_a_bad_upload_shows_each_problem_and_no_publish_button(test_data):
    app = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS))
    app.selectbox(key="dataset").select("sites").run()
    bad = (FIXTURES / "bad" / "sites_latitude_152.csv").read_bytes()
    app.get("file_uploader")[0].upload("sites.csv", bad, "text/csv").run()
    problems = app.dataframe[0].value
    assert problems.iloc[0].to_dict() == {
        "file": "sites/sites.csv",
        "row": 2,
        "column": "lat",
        "found": "152.0",
        "expected": "a number (decimal point, no thousands separator) from -90 to 90",
    }
    assert not any(b.label.startswith("Publish") for b in app.button)


def test_a_preview_made_stale_by_another_editor_is_refused_and_their_change_kept(test_data):
    """Editor B previews; editor A publishes a change to the same file; B's click must not
    write B's preview over A's rows, and B is told whose change came first."""
    live = test_data / "sites" / "sites.csv"
    original = live.read_bytes()
    b_session = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS), name="Editor B")
    b_session.selectbox(key="dataset").select("sites").run()
    b_session.get("file_uploader")[0].upload(
        "sites.csv", original.replace(b"Fighter rotation.", b"B's note."), "text/csv"
    )
    b_session.run()

    a_session = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS), name="Editor A")
    a_session.selectbox(key="dataset").select("sites").run()
    a_change = original.replace(b"Babruysk airbase", b"Babruysk air base")
    a_session.get("file_uploader")[0].upload("sites.csv", a_change, "text/csv").run()
    next(b for b in a_session.button if b.label.startswith("Publish to data/sites/sites.csv")).click().run()
    assert live.read_bytes() == a_change

    next(b for b in b_session.button if b.label.startswith("Publish to data/sites/sites.csv")).click().run()
    assert live.read_bytes() == a_change  # A's rows are not overwritten
    refused = b_session.error[0].value.replace("\\", "")
    assert "data/sites/sites.csv changed since your preview" in refused and "by Editor A" in refused
    assert not b_session.success
    assert [v.editor for v in Archive.beside(test_data).versions("sites/sites.csv")][:1] == [
        "Editor A (editor passphrase)"
    ]


def test_a_cited_file_removed_from_its_folder_stays_shown_until_an_editor_confirms_it(test_data):
    open_view(UPDATE_DATA.path)  # the app has served the data: its files are archived
    (test_data / "sources" / "sources.csv").unlink()

    app = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS))
    removed = "data/sources/sources.csv was removed from its folder, but other files cite it"
    assert any(removed in w.value.replace("\\", "") for w in app.warning)  # shown as text: escaped
    confirm = next(
        b for b in app.button if b.label.replace("\\", "") == "Confirm the removal of data/sources/sources.csv"
    )
    confirm.click().run()

    assert app.success[0].value.startswith("The removal of data/sources/sources\\.csv is confirmed")
    assert not any(removed in w.value.replace("\\", "") for w in app.warning)
    versions = Archive.beside(test_data).versions("sources/sources.csv")
    assert (versions[0].action, versions[0].editor) == ("removal confirmed", "Ana Analyst (editor passphrase)")
