"""What an editor does on Update data, step by step, for the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page

from tools.harness import rerun_and_wait, wait_for_app

SITES_DATASET = "Military sites and deployments (data/sites/)"


def sign_in(page: Page, url: str, passphrase: str, name: str = "Ana Analyst") -> None:
    page.goto(f"{url}/update_data")
    wait_for_app(page)
    assert page.locator("[data-testid='stFileUploader']").count() == 0  # a viewer sees no upload
    page.get_by_label("Your name (recorded with every change you make)").fill(name)
    page.get_by_label("Editor passphrase").fill(passphrase)
    rerun_and_wait(page, lambda: page.get_by_role("button", name="Sign in").click())


def choose_dataset(page: Page, title: str = SITES_DATASET) -> None:
    page.get_by_label("Dataset").click()
    rerun_and_wait(page, lambda: page.get_by_role("option", name=title).click())


def upload(page: Page, file_name: str, content: bytes) -> None:
    """Choose a file to upload: the page shows its preview (problems, or rows added, changed, removed)."""
    rerun_and_wait(
        page,
        lambda: page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            {"name": file_name, "mimeType": "text/csv", "buffer": content}
        ),
    )
