"""API credentials, only from the environment or the system keyring: never stored or logged.

Keyring entries (optional, when the `keyring` package is installed) live under the service
name `coachtui` with the environment variable's name as the user name, for example
`keyring set coachtui COACHTUI_ZENDESK_TOKEN`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from coachtui.importers.problems import ImportProblem

KEYRING_SERVICE = "coachtui"


@dataclass(frozen=True)
class Secret:
    """A pair of credentials whose repr never shows the secret half."""

    user: str
    secret: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Secret(user={self.user!r}, secret=***)"


def _lookup(variable: str) -> str | None:
    value = os.environ.get(variable, "").strip()
    if value:
        return value
    try:
        import keyring
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, variable)
    except Exception:  # no keyring backend on this machine: treat as not set
        return None
    return found.strip() if found else None


def lookup(variable: str) -> str | None:
    """A secret from the environment variable `variable`, else from the keyring, else None."""
    return _lookup(variable)


def _pair(vendor: str, user_var: str, secret_var: str) -> Secret:
    user, secret = _lookup(user_var), _lookup(secret_var)
    if not user or not secret:
        raise ImportProblem("imports.no_credentials", vendor=vendor,
                            variables=f"{user_var} + {secret_var}")
    return Secret(user, secret)


def zendesk_credentials() -> Secret:
    """The Zendesk agent e-mail and API token."""
    return _pair("Zendesk", "COACHTUI_ZENDESK_EMAIL", "COACHTUI_ZENDESK_TOKEN")


def zendesk_oauth_token() -> str | None:
    """A Zendesk OAuth access token, when one is set (it is used instead of e-mail and API
    token)."""
    return _lookup("COACHTUI_ZENDESK_OAUTH_TOKEN")


def freshdesk_credentials() -> Secret:
    """The Freshdesk API key (Basic auth: the key as user name, `X` as password)."""
    key = _lookup("COACHTUI_FRESHDESK_API_KEY")
    if not key:
        raise ImportProblem("imports.no_credentials", vendor="Freshdesk",
                            variables="COACHTUI_FRESHDESK_API_KEY")
    return Secret("X", key)


def helpscout_credentials() -> Secret:
    """The Help Scout OAuth client id and secret."""
    return _pair("Help Scout", "COACHTUI_HELPSCOUT_CLIENT_ID", "COACHTUI_HELPSCOUT_CLIENT_SECRET")
