"""What an editor does on the Update data view: sign in with the passphrase, and once signed
in (whichever way), choose a dataset, upload, publish."""

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

from components.editing.editors import hash_passphrase
from tests.conftest import FIXTURES
from tools.harness import rerun_and_wait, wait_for_app
from tools.servers import streamlit_server

SITES = "Military sites and deployments (data/sites/)"
UPLOADER = "[data-testid='stFileUploader']"
DROPZONE = "[data-testid='stFileUploaderDropzoneInput']"


PASSPHRASE = "a passphrase for the browser test"


@contextmanager
def passphrase_app(root: Path) -> Iterator[tuple[str, Path]]:
    """The app on a private copy of the test data, with an editor passphrase configured."""
    data = root / "data"
    shutil.copytree(FIXTURES / "valid", data)
    secrets = root / "secrets.toml"
    secrets.write_text(f'[editors]\npassphrase_hash = "{hash_passphrase(PASSPHRASE)}"\n', encoding="utf-8")
    options = ("--secrets.files", str(secrets))
    with streamlit_server(env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}, options=options) as url:
        yield url, data


def sign_in_with_passphrase(page: Page, url: str, passphrase: str, name: str = "Ana Analyst") -> None:
    page.goto(f"{url}/update_data")
    wait_for_app(page)
    assert page.locator(UPLOADER).count() == 0  # a viewer sees no upload
    page.get_by_label("Your name (recorded with every change you make)").fill(name)
    page.get_by_label("Editor passphrase").fill(passphrase)
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Sign in").click())


def choose_dataset(page: Page, title: str = SITES) -> None:
    page.get_by_label("Dataset").click()
    rerun_and_wait(page, lambda: page.get_by_role("option", name=title).click())


def drop_file(page: Page, name: str, content: bytes) -> None:
    """Hand the uploader a file, as choosing it in the file dialog does."""
    page.locator(DROPZONE).set_input_files({"name": name, "mimeType": "text/csv", "buffer": content})


def upload_csv(page: Page, name: str, content: bytes) -> None:
    """Upload a CSV the browser accepts and wait for the preview that the rerun draws."""
    rerun_and_wait(page, lambda: drop_file(page, name, content))


def publish(page: Page, live_file: str) -> None:
    """Publish the previewed upload to `live_file` (as data/…), waiting for the rerun that reports the write."""
    rerun_and_wait(page, lambda: page.get_by_role("button", name=f"Publish to {live_file}").click())
    page.get_by_text(f"Published {live_file}").wait_for()
