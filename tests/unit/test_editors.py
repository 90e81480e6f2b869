"""Who counts as an editor, from what an administrator puts in secrets.toml."""

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from components.editing.attempts import (
    FREE_TRIES,
    MAX_WAIT_SECONDS,
    AttemptLedger,
    address_key,
    name_key,
    wait_after,
)
from components.editing.editors import EditorPolicy, SignIn, hash_passphrase, passphrase_matches

PROVIDER = {"client_id": "id", "client_secret": "secret", "server_metadata_url": "https://idp.example/.well-known"}
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}


@pytest.mark.parametrize(
    "auth",
    [{**AUTH, **PROVIDER}, {**AUTH, "microsoft": PROVIDER}],
    ids=["default provider", "named provider"],
)
def test_a_configured_identity_provider_is_the_way_in(auth):
    policy = EditorPolicy.from_secrets({"auth": auth, "editors": {"emails": ["Ana@Ministry.example"]}})
    assert policy.sign_in is SignIn.IDENTITY_PROVIDER
    assert policy.is_editor_email("ana@ministry.example")
    assert not policy.is_editor_email("someone@else.example")
    assert not policy.is_editor_email(None)


def test_an_incomplete_identity_provider_falls_back_to_the_passphrase():
    stored = hash_passphrase("correct horse")
    policy = EditorPolicy.from_secrets({"auth": {**AUTH, "client_id": "id"}, "editors": {"passphrase_hash": stored}})
    assert policy.sign_in is SignIn.PASSPHRASE


def test_with_neither_uploads_are_off():
    assert EditorPolicy.from_secrets({}).sign_in is SignIn.OFF
    assert EditorPolicy.from_secrets({"editors": {"emails": ["a@b.example"]}}).sign_in is SignIn.OFF


def test_the_passphrase_is_stored_salted_and_checked():
    first, second = hash_passphrase("correct horse"), hash_passphrase("correct horse")
    assert first != second  # a fresh salt each time
    assert "correct horse" not in first
    assert passphrase_matches("correct horse", first)
    assert passphrase_matches("correct horse", second)
    assert not passphrase_matches("Correct horse", first)
    assert not passphrase_matches("correct horse", "not a hash")
    assert not passphrase_matches("correct horse", "")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_passphrases_make_the_next_try_wait_longer_each_time(tmp_path):
    clock = Clock()
    attempts = AttemptLedger.in_folder(tmp_path, clock=clock)
    guesser = [name_key("Eve"), address_key("10.0.0.1")]
    for _ in range(FREE_TRIES):
        assert attempts.wait_seconds(guesser) == 0
        attempts.failed(guesser)
    waits = []
    for _ in range(4):
        waits.append(attempts.wait_seconds(guesser))
        clock.now += waits[-1]
        attempts.failed(guesser)
    assert waits == [30, 60, 120, 240]
    clock.now += 10 * 3600  # a guesser trying all day waits at most the longest back-off
    for _ in range(20):
        attempts.failed(guesser)
    assert attempts.wait_seconds(guesser) == MAX_WAIT_SECONDS
    # Someone else, from elsewhere, is not slowed by the guesser.
    assert attempts.wait_seconds([name_key("Ana"), address_key("10.0.0.2")]) == 0


def test_a_name_is_counted_whatever_address_it_is_tried_from_and_the_right_passphrase_clears_it(tmp_path):
    attempts = AttemptLedger.in_folder(tmp_path, clock=Clock())
    for number in range(FREE_TRIES):  # a guesser changing address every try
        attempts.failed([name_key("Ana  Analyst"), address_key(f"203.0.113.{number}")])
    assert attempts.wait_seconds([name_key("ana analyst"), address_key("203.0.113.99")]) == 30
    attempts.succeeded([name_key("Ana Analyst"), address_key("203.0.113.99")])
    assert attempts.wait_seconds([name_key("Ana Analyst")]) == 0


def _fail_from_another_process(folder: str, tries: int, start: Any) -> None:
    start.wait()  # every process opens the new file at the same moment, as replicas starting together do
    attempts = AttemptLedger.in_folder(Path(folder))
    for _ in range(tries):
        attempts.failed([address_key("10.9.9.9")])


def test_every_process_shares_one_count(tmp_path):
    """Replicas of the app count together: processes failing at once lose none of the failures,
    even as they all open the count's file for the first time."""
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_fail_from_another_process, args=(str(tmp_path), 2, start)) for _ in range(3)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    attempts = AttemptLedger.in_folder(tmp_path)
    assert attempts.wait_seconds([address_key("10.9.9.9")]) == pytest.approx(wait_after(6), abs=5)
    assert wait_after(6) == 60
