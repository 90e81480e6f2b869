"""Who may change the data: the policy read from secrets, and passphrase hashing.

With an identity provider configured ([auth] in .streamlit/secrets.toml), editors
sign in with it and must be listed in [editors] emails. Without one, an editor
passphrase stored only as a salted scrypt hash ([editors] passphrase_hash) opens
uploads for the session. With neither, uploads are off. No Streamlit here.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_PROVIDER_KEYS = {"client_id", "client_secret", "server_metadata_url"}


class SignIn(Enum):
    IDENTITY_PROVIDER = "identity provider"
    PASSPHRASE = "passphrase"
    OFF = "off"


@dataclass(frozen=True)
class EditorPolicy:
    sign_in: SignIn
    editor_emails: frozenset[str] = frozenset()
    passphrase_hash: str | None = None

    @classmethod
    def from_secrets(cls, secrets_: Mapping[str, Any]) -> EditorPolicy:
        editors = secrets_.get("editors", {})
        emails = frozenset(str(e).strip().lower() for e in editors.get("emails", ()))
        passphrase_hash = editors.get("passphrase_hash") or None
        if identity_provider_configured(secrets_.get("auth", {})):
            return cls(SignIn.IDENTITY_PROVIDER, emails)
        if passphrase_hash:
            return cls(SignIn.PASSPHRASE, passphrase_hash=str(passphrase_hash))
        return cls(SignIn.OFF)

    def is_editor_email(self, email: object) -> bool:
        return isinstance(email, str) and email.strip().lower() in self.editor_emails


def identity_provider_configured(auth: Mapping[str, Any]) -> bool:
    """What st.login needs: a redirect URI, a cookie secret and one complete provider."""
    if not auth or "redirect_uri" not in auth or "cookie_secret" not in auth:
        return False
    if set(auth) >= _PROVIDER_KEYS:
        return True
    return any(isinstance(section, Mapping) and set(section) >= _PROVIDER_KEYS for section in auth.values())


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def passphrase_matches(passphrase: str, stored: str) -> bool:
    try:
        scheme, salt, _digest = stored.split("$")
        salt_bytes = bytes.fromhex(salt)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    return hmac.compare_digest(hash_passphrase(passphrase, salt_bytes), stored)
