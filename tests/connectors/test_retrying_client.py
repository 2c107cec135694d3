"""Edge cases of the retrying HTTP client, with pytest-httpx standing in for the network."""

from __future__ import annotations

import httpx
import pytest

from coachtui.errors import UserError
from coachtui.importers.http import RetryingClient


def _client(sleeps, **extra):
    return RetryingClient("Zendesk", "https://acme.zendesk.com", sleep=sleeps, **extra)


def test_timeouts_are_retried_then_succeed(httpx_mock, sleeps):
    url = "https://acme.zendesk.com/api/v2/users"
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=url)
    httpx_mock.add_exception(httpx.RemoteProtocolError("dropped"), url=url)
    httpx_mock.add_response(url=url, json={"users": []})
    with _client(sleeps) as client:
        assert client.get_json("/api/v2/users") == {"users": []}
    assert sleeps == [1.0, 2.0]


def test_a_retry_after_that_is_too_long_is_not_waited_for(httpx_mock, sleeps):
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3600"})
    with _client(sleeps) as client, pytest.raises(UserError, match="kept failing"):
        client.get_json("/api/v2/users")
    assert sleeps == []


def test_an_unreadable_retry_after_falls_back_to_backoff(httpx_mock, sleeps):
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "soon, please"})
    httpx_mock.add_response(json={"ok": True})
    with _client(sleeps) as client:
        assert client.get_json("/x") == {"ok": True}
    assert sleeps == [1.0]


def test_attempts_are_bounded_and_configurable(httpx_mock, sleeps):
    for _ in range(3):
        httpx_mock.add_response(status_code=502)
    with _client(sleeps, max_attempts=3) as client, pytest.raises(
            UserError, match="after 3 attempts"):
        client.get_json("/x")
    assert sleeps == [1.0, 2.0]


def test_a_non_json_answer_is_one_sentence(httpx_mock, sleeps):
    httpx_mock.add_response(text="<html>maintenance</html>")
    with _client(sleeps) as client, pytest.raises(UserError, match="does not understand"):
        client.get_json("/x")


def test_next_page_urls_are_kept_on_our_host(sleeps):
    with RetryingClient("Zendesk", "http://127.0.0.1:8080", sleep=sleeps) as client:
        moved = client.same_host("https://acme.zendesk.com/api/v2/users?page[after]=x")
    assert moved == "http://127.0.0.1:8080/api/v2/users?page[after]=x"
