"""Editors sign in through st.login against a real OpenID Connect provider on this machine
(oidc-provider-mock), in headless Chromium: who may publish, who is turned away, and signing out."""

import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import flask
import oidc_provider_mock
import pytest
from jinja2 import ChoiceLoader, DictLoader
from oidc_provider_mock import User
from playwright.sync_api import Page, expect

from components.data.archive import Archive
from tests.browser.updating import SITES, UPLOADER, choose_dataset, publish, upload_csv
from tests.conftest import FIXTURES
from tools.harness import wait_for_app
from tools.servers import free_port, streamlit_server

EDITOR_EMAIL = "ana@ministry.example"
EDITOR = User(sub="ana", claims={"email": EDITOR_EMAIL, "email_verified": True, "name": "Ana Analyst"})
STRANGER = User(sub="sam", claims={"email": "sam@elsewhere.example", "email_verified": True, "name": "Sam"})
# An editor's address that the account's owner typed in and the provider never checked.
UNVERIFIED = User(sub="not-ana", claims={"email": EDITOR_EMAIL, "email_verified": False, "name": "Ana?"})

# The provider's pages link their stylesheet from a CDN, and the browser asks the provider for a
# favicon it does not have (a 404 in the console). Its base template (`_base.html`) replaced by one
# with neither keeps every request on this machine, so the watch on the page stays as strict as elsewhere.
OFFLINE_BASE_TEMPLATE = """<!doctype html>
<html lang="en"><link rel="icon" href="data:,"><main>{% block content %}{% endblock %}</main></html>"""


@contextmanager
def identity_provider(users: Sequence[User]) -> Iterator[str]:
    """A real OpenID Connect provider on a free local port that knows `users`; yield its issuer URL."""
    # Without registration it accepts whatever client id and secret the app's [auth] section names.
    with oidc_provider_mock.run_server_in_thread(user_claims=users, require_client_registration=False) as server:
        provider = server.app
        assert isinstance(provider, flask.Flask)
        provider.jinja_loader = ChoiceLoader([DictLoader({"_base.html": OFFLINE_BASE_TEMPLATE}), provider.jinja_loader])
        yield f"http://localhost:{server.server_port}"


def provider_secrets(app_port: int, issuer: str) -> str:
    # st.login sends the browser back to redirect_uri, so it must name the app's own port.
    return f"""
[auth]
redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"
cookie_secret = "{secrets.token_hex(32)}"
client_id = "alliance-monitor"
client_secret = "any secret: the provider accepts every client"
server_metadata_url = "{issuer}/.well-known/openid-configuration"

[editors]
emails = ["{EDITOR_EMAIL}"]
"""


@pytest.fixture(scope="module")
def provider_app(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """The app on a private copy of the test data, its editors signing in with the provider."""
    root = tmp_path_factory.mktemp("provider")
    data = root / "data"
    shutil.copytree(FIXTURES / "valid", data)
    port = free_port()
    with identity_provider([EDITOR, STRANGER, UNVERIFIED]) as issuer:
        secrets_file = root / "secrets.toml"
        secrets_file.write_text(provider_secrets(port, issuer), encoding="utf-8")
        options = ("--secrets.files", str(secrets_file))
        with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}, options=options, port=port) as url:
            yield url, data


def open_update_data(page: Page, url: str) -> None:
    page.goto(f"{url}/update_data")
    wait_for_app(page)


def back_home(page: Page, url: str) -> None:
    """Wait for the app's home page, where Streamlit lands after the provider sends the browser back."""
    page.wait_for_url(f"{url}/")
    wait_for_app(page)


def sign_in_with_provider(page: Page, url: str, account: User) -> None:
    """As a person does it: Sign in on Update data, then the provider's form; ends on Update data."""
    open_update_data(page, url)
    expect(page.locator(UPLOADER)).to_have_count(0)  # nobody signed in sees no upload
    page.get_by_role("button", name="Sign in").click()
    # The provider's authorization form, where its user names the account (the subject).
    page.get_by_placeholder("sub").fill(account.sub)
    page.get_by_role("button", name="Authorize", exact=True).click()
    back_home(page, url)  # the callback has set the identity cookie on the way
    open_update_data(page, url)


def test_a_listed_editor_signs_in_and_publishes_a_change(provider_app, watched_page):
    url, data = provider_app
    page, watch = watched_page
    live = data / "sites" / "sites.csv"
    edited = live.read_bytes().replace(b"Babruysk airbase", b"Babruysk air base")

    sign_in_with_provider(page, url, EDITOR)
    expect(page.locator("[data-testid='stMain']")).to_contain_text(f"Signed in as Ana Analyst <{EDITOR_EMAIL}>")
    choose_dataset(page, SITES)
    upload_csv(page, "sites.csv", edited)
    publish(page, "data/sites/sites.csv")

    assert live.read_bytes() == edited
    # The change is archived under the name and address the provider vouched for.
    assert Archive.beside(data).versions("sites/sites.csv")[0].editor == f"Ana Analyst <{EDITOR_EMAIL}>"
    watch.assert_clean()


@pytest.mark.parametrize(
    ("account", "shown_as"),
    [(STRANGER, "sam@elsewhere.example"), (UNVERIFIED, EDITOR_EMAIL)],
    ids=["verified address not on the list", "listed address the provider has not verified"],
)
def test_an_account_that_is_not_an_editor_is_told_so_and_gets_no_upload(provider_app, watched_page, account, shown_as):
    url, _ = provider_app
    page, watch = watched_page
    sign_in_with_provider(page, url, account)
    refusal = page.locator("[data-testid='stAlert']", has_text="not on the list of editors")
    expect(refusal).to_contain_text(f"You are signed in as {shown_as}")
    expect(page.locator(UPLOADER)).to_have_count(0)
    watch.assert_clean()


def test_signing_out_brings_back_the_sign_in(provider_app, watched_page):
    url, _ = provider_app
    page, watch = watched_page
    sign_in_with_provider(page, url, EDITOR)
    expect(page.locator(UPLOADER)).to_have_count(1)

    page.get_by_role("button", name="Sign out").click()
    # st.logout ends the session at the provider too (its end_session_endpoint), which asks first.
    page.get_by_role("button", name="End session").click()
    back_home(page, url)
    open_update_data(page, url)

    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    expect(page.locator(UPLOADER)).to_have_count(0)
    watch.assert_clean()
