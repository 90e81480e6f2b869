"""Who counts as an editor, from what an administrator puts in secrets.toml."""

import pytest

from components.editing.editors import AttemptLimiter, EditorPolicy, SignIn, hash_passphrase, passphrase_matches

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


def test_wrong_passphrases_lock_an_address_out_for_a_while():
    limiter = AttemptLimiter(limit=3, window_seconds=60)
    for second in (0, 1, 2):
        assert not limiter.locked("10.0.0.1", now=100 + second)
        limiter.failed("10.0.0.1", now=100 + second)
    assert limiter.locked("10.0.0.1", now=103)
    assert not limiter.locked("10.0.0.2", now=103)  # another address
    assert not limiter.locked("10.0.0.1", now=170)  # the window has passed
