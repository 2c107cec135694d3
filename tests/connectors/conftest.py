"""Fixtures for connector tests: a fake vendor server, and no real keyring or credentials."""

from __future__ import annotations

import pytest

from tests.connectors.fake_vendor import FakeVendor, serve


@pytest.fixture(autouse=True)
def no_real_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the developer's keyring or environment credentials in tests."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for name in ("COACHTUI_ZENDESK_EMAIL", "COACHTUI_ZENDESK_TOKEN",
                 "COACHTUI_HELPSCOUT_CLIENT_ID", "COACHTUI_HELPSCOUT_CLIENT_SECRET",
                 "COACHTUI_FRESHDESK_API_KEY", "COACHTUI_ZENDESK_OAUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def vendor():
    """A running fake vendor server; add routes and failures in the test."""
    fake = FakeVendor()
    server, thread = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


class Sleeps(list):
    """An injectable sleep that records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    """A recording sleep, so retry tests run instantly."""
    return Sleeps()
