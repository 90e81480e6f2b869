"""The sign-in an editor sees: the identity provider, the passphrase, or a note that uploads are off."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from components.data.archive import Archive
from components.data.repository import data_dir_from_environment
from components.data.text import literal
from components.editing.attempts import AttemptLedger, address_key, name_key, wait_in_words
from components.editing.editors import EditorPolicy, SignIn, passphrase_matches

EDITOR = "editor"


def editor_policy() -> EditorPolicy:
    try:
        configured = st.secrets.to_dict()
    except StreamlitSecretNotFoundError:
        configured = {}
    return EditorPolicy.from_secrets(configured)


def current_editor(policy: EditorPolicy) -> str | None:
    """The editor signed in to this session, if any, without showing anything: views offer
    editors their tools (Add to briefing) and show viewers nothing."""
    if policy.sign_in is SignIn.IDENTITY_PROVIDER:
        email = st.user.get("email") if st.user.is_logged_in else None
        if st.user.get("email_verified") is False or not policy.is_editor_email(email):
            return None
        return _recorded_name(email)
    if policy.sign_in is SignIn.PASSPHRASE and (signed_in := st.session_state.get(EDITOR)):
        return str(signed_in)
    return None


def signed_in_editor(policy: EditorPolicy) -> str | None:
    """The editor's name as it is recorded with each change, or None (after showing how to sign in)."""
    if policy.sign_in is SignIn.IDENTITY_PROVIDER:
        return _identity_provider_editor(policy)
    if policy.sign_in is SignIn.PASSPHRASE:
        if signed_in := st.session_state.get(EDITOR):
            return str(signed_in)
        _passphrase_form(policy)
        return None
    st.info(
        "Changing data here is off: no identity provider and no editor passphrase are configured. "
        "An administrator can set either up in `.streamlit/secrets.toml` (README, section Editors). "
        "Files dropped into the data folders still load on the next page view.",
        icon=":material/lock:",
    )
    return None


def sign_out_button(policy: EditorPolicy) -> None:
    if policy.sign_in is SignIn.IDENTITY_PROVIDER:
        st.button("Sign out", on_click=st.logout, icon=":material/logout:")
    elif st.button("Sign out", icon=":material/logout:"):
        del st.session_state[EDITOR]
        st.rerun()


def _identity_provider_editor(policy: EditorPolicy) -> str | None:
    if not st.user.is_logged_in:
        st.info("Only editors can change the data. Sign in with your organisation's account.", icon=":material/lock:")
        st.button("Sign in", on_click=st.login, icon=":material/login:", type="primary")
        return None
    email = st.user.get("email")
    # A provider that lets users type their own address says so with email_verified = false.
    if st.user.get("email_verified") is False or not policy.is_editor_email(email):
        st.warning(
            f"You are signed in as {literal(email or 'an account without an email address')}, which is not on the "
            "list of editors. An administrator can add it to `[editors] emails` in `.streamlit/secrets.toml`.",
            icon=":material/block:",
        )
        st.button("Sign out", on_click=st.logout, icon=":material/logout:")
        return None
    return _recorded_name(email)


def _recorded_name(email: object) -> str:
    return f"{st.user.get('name') or email} <{email}>"


def _attempts() -> AttemptLedger:
    """Shared by every session and every app process using this data folder."""
    return AttemptLedger.in_folder(Archive.beside(data_dir_from_environment()).root)


def _passphrase_form(policy: EditorPolicy) -> None:
    # The client's address as the server sees it: the TCP peer, or the address a proxy named
    # in [editors] trusted_proxies forwarded (tools/serve.py); none for this machine itself.
    peer = st.context.ip_address
    address = address_key(peer if isinstance(peer, str) and peer else "this machine")
    attempts = _attempts()
    if wait := attempts.wait_seconds([address]):
        st.error(
            f"Too many wrong passphrases from this address. The next try is possible in {wait_in_words(wait)}.",
            icon=":material/block:",
        )
        return None
    st.info("Only editors can change the data. Enter your name and the editor passphrase.", icon=":material/lock:")
    with st.form("editor_sign_in"):
        name = st.text_input("Your name (recorded with every change you make)", key="editor_name")
        passphrase = st.text_input("Editor passphrase", type="password", key="editor_passphrase")
        submitted = st.form_submit_button("Sign in", icon=":material/login:", type="primary")
    if not submitted:
        return None
    tried = [name_key(name), address]
    if not name.strip():
        st.error("Enter your name: it is recorded with every change you make.")
    elif wait := attempts.wait_seconds(tried):
        # Not checked at all: waiting is what makes guessing slow.
        st.error(f"Too many wrong passphrases for this name. The next try is possible in {wait_in_words(wait)}.")
    elif passphrase_matches(passphrase, policy.passphrase_hash or ""):
        attempts.succeeded(tried)
        st.session_state[EDITOR] = f"{' '.join(name.split())} (editor passphrase)"
        st.rerun()
    else:
        attempts.failed(tried)
        if attempts.wait_seconds([address]):
            st.rerun()  # to the waiting message, without the form
        st.error("That passphrase is not the editor passphrase.")
    return None
