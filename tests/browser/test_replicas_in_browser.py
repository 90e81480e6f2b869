"""Two replicas of the app behind nginx, as `scripts/serve.sh --replicas 2` runs them: what
one replica's editor publishes the other serves, two editors publishing at once through
different replicas never lose a change, and wrong passphrases count on every replica."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from components.data.archive import Archive
from components.editing.attempts import FREE_TRIES
from components.editing.editors import hash_passphrase
from tests.browser.updating import choose_dataset, sign_in_with_passphrase, upload_csv
from tests.conftest import FIXTURES
from tools.harness import rerun_and_wait, wait_for_app
from tools.replicas import Replicas, running_replicas

PASSPHRASE = "a passphrase for the replica test"
SITES = "sites/sites.csv"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory) -> Iterator[tuple[Replicas, object]]:
    root = tmp_path_factory.mktemp("replicas")
    data = root / "data"
    shutil.copytree(FIXTURES / "valid", data)
    secrets = root / "secrets.toml"
    secrets.write_text(
        f'[editors]\npassphrase_hash = "{hash_passphrase(PASSPHRASE)}"\ntrusted_proxies = ["127.0.0.1"]\n',
        encoding="utf-8",
    )
    options = ("--secrets.files", str(secrets))
    with running_replicas(2, env={"ALLIANCE_MONITOR_DATA_DIR": str(data)}, options=options) as running:
        yield running, data


def on_replica(browser: Browser, replicas: Replicas, number: int) -> tuple[BrowserContext, Page]:
    """A browser that nginx placed on the given replica (it places each new one by a cookie)."""
    wanted = replicas.replica_urls[number].removeprefix("http://")
    for _ in range(40):
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        response = page.goto(f"{replicas.url}/")
        assert response is not None
        if response.headers.get("x-replica") == wanted:
            wait_for_app(page)
            return context, page
        context.close()
    raise AssertionError(f"nginx never placed a new browser on {wanted}")


def published_or_refused(page: Page) -> str:
    outcome = page.get_by_text(re.compile(r"^Published data/sites/sites\.csv|changed since your preview"))
    outcome.first.wait_for()
    return "published" if outcome.first.inner_text().startswith("Published") else "refused"


def test_what_one_replica_publishes_the_other_serves(browser, replicas):
    running, data = replicas
    original = (data / SITES).read_bytes()
    first, ana = on_replica(browser, running, 0)
    second, bea = on_replica(browser, running, 1)
    sign_in_with_passphrase(ana, running.url, PASSPHRASE, name="Ana Analyst")
    choose_dataset(ana)
    upload_csv(ana, "sites.csv", original.replace(b"Babruysk airbase", b"Babruysk air base"))
    rerun_and_wait(ana, lambda: ana.get_by_role("button", name="Publish to data/sites/sites.csv").click())
    assert published_or_refused(ana) == "published"

    # A long link (a view's whole state is in its address) passes nginx too.
    bea.goto(f"{running.url}/map?as_of=2014-06&site=base_a&q=" + "Babruysk%20" * 10_000)
    wait_for_app(bea)
    expect(bea.get_by_role("heading", name="Babruysk air base")).to_be_visible()
    first.close()
    second.close()


def test_two_editors_on_two_replicas_publishing_at_once_one_wins_the_other_is_told(browser, replicas):
    running, data = replicas
    live = data / SITES
    before = live.read_bytes()
    edits = {
        "Ana Analyst": before.replace(b"Fighter rotation.", b"Fighter rotation (Ana)."),
        "Bea Analyst": before.replace(b"Fighter rotation.", b"Fighter rotation (Bea)."),
    }
    editors = []
    for number, (name, content) in enumerate(edits.items()):
        context, page = on_replica(browser, running, number)
        sign_in_with_passphrase(page, running.url, PASSPHRASE, name=name)
        choose_dataset(page)
        upload_csv(page, "sites.csv", content)
        expect(page.get_by_role("button", name="Publish to data/sites/sites.csv")).to_be_visible()
        editors.append((name, context, page))

    for _name, _context, page in editors:  # both clicks sent before either reply is awaited
        page.get_by_role("button", name="Publish to data/sites/sites.csv").click(no_wait_after=True)
    outcomes = {name: published_or_refused(page) for name, _context, page in editors}

    assert sorted(outcomes.values()) == ["published", "refused"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "published")
    assert live.read_bytes() == edits[winner]  # the winner's rows, whole
    newest = Archive.beside(data).versions(SITES)[0]
    assert newest.editor == f"{winner} (editor passphrase)"  # attributed to who made it
    for _name, context, _page in editors:
        context.close()


def test_speaker_notes_served_by_the_other_replica_follow_the_presenter(browser, replicas):
    running, _data = replicas
    presenting, presenter = on_replica(browser, running, 0)
    presenter.goto(f"{running.url}/briefings?briefing=test_briefing&slide=1&present=1")
    wait_for_app(presenter)
    notes_address = presenter.get_by_role("link", name="Speaker notes").get_attribute("href")
    assert notes_address
    other, notes = on_replica(browser, running, 1)
    notes.goto(notes_address if notes_address.startswith("http") else f"{running.url}/{notes_address.lstrip('./')}")
    wait_for_app(notes)
    expect(notes.get_by_role("heading", name="The <i>ally</i> myth")).to_be_visible()

    rerun_and_wait(presenter, lambda: presenter.keyboard.press("PageDown"))
    expect(notes.get_by_role("heading", name="Fighters at Babruysk in 2014")).to_be_visible(timeout=10_000)
    presenting.close()
    other.close()


# Last: it leaves this machine's address waiting for its next try.
def test_wrong_passphrases_on_one_replica_count_on_the_other(browser, replicas):
    running, _data = replicas
    for _ in range(FREE_TRIES):
        context, page = on_replica(browser, running, 0)
        sign_in_with_passphrase(page, running.url, "a guess", name="Eve")
        context.close()
    context, page = on_replica(browser, running, 1)
    page.goto(f"{running.url}/update_data")
    wait_for_app(page)
    expect(page.get_by_text(re.compile("^Too many wrong passphrases from this address"))).to_be_visible()
    expect(page.get_by_label("Editor passphrase")).to_have_count(0)
    context.close()
