"""The Help Scout connector against a real local HTTP server speaking Help Scout's shapes."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from coachtui import cli
from coachtui.errors import UserError
from coachtui.importers.credentials import Secret
from coachtui.services.imports import HelpScoutRequest, preview_import, save_import
from coachtui.storage import Journal
from tests.connectors.fake_vendor import Call, FakeVendor

SECRET = Secret("client-id", "client-secret-xyz")
REPORTS = {  # user id -> (resolved, resolved on first reply, great, okay, not good)
    11: (20, 15, 6, 2, 1),
    12: (8, 8, 3, 0, 0),
    14: (0, 0, 0, 0, 0),
}


def install(vendor: FakeVendor) -> None:
    """Token, HAL users over two pages, and per-user reports."""

    def token(call: Call):
        form = parse_qs(call.body)
        if form.get("client_secret") != ["client-secret-xyz"]:
            return 401, {}, {"error": "invalid_client"}
        assert form["grant_type"] == ["client_credentials"]
        return 200, {}, {"access_token": "tok-123", "token_type": "bearer", "expires_in": 7200}

    def users(call: Call):
        page = int(call.query.get("page", ["1"])[0])
        people = {1: [{"id": 11, "firstName": "Anna", "lastName": "de Vries",
                       "email": "anna@example.nl", "role": "user", "type": "user"},
                      {"id": 13, "firstName": "Olga", "lastName": "Owner",
                       "email": "olga@example.nl", "role": "owner", "type": "user"}],
                  2: [{"id": 12, "firstName": "Bob", "lastName": "Smit",
                       "email": "bob@example.nl", "role": "user", "type": "user"},
                      {"id": 14, "firstName": "Quiet", "lastName": "One",
                       "email": "quiet@example.nl", "role": "user", "type": "user"}]}[page]
        links = {"self": {"href": f"{vendor.url}/v2/users?page={page}"}}
        if page == 1:
            links["next"] = {"href": f"{vendor.url}/v2/users?page=2"}
        return 200, {}, {"_embedded": {"users": people},
                         "page": {"size": 2, "totalElements": 4, "totalPages": 2,
                                  "number": page}, "_links": links}

    def report(call: Call):
        resolved, first, *_ = REPORTS[int(call.query["user"][0])]
        return 200, {}, {"current": {"resolved": resolved, "closed": resolved,
                                     "totalReplies": resolved * 2,
                                     "resolvedOnFirstReply": first,
                                     "percentResolvedOnFirstReply": 0},
                         "previous": {}, "deltas": {}}

    def happiness(call: Call):
        _, _, great, okay, bad = REPORTS[int(call.query["user"][0])]
        return 200, {}, {"current": {"greatCount": great, "okayCount": okay,
                                     "notGoodCount": bad, "ratingsCount": great + okay + bad}}

    vendor.routes.update({"/v2/oauth2/token": token, "/v2/users": users,
                          "/v2/reports/user": report, "/v2/reports/user/happiness": happiness})


def _plan(journal, vendor, sleeps, secret=SECRET):
    return preview_import(journal, HelpScoutRequest("2026-10", base_url=vendor.url),
                       credentials=secret, sleep=sleeps)


def test_month_figures_per_agent(journal, vendor, sleeps):
    install(vendor)
    plan = _plan(journal, vendor, sleeps)
    figures = {(c.agent_email, c.metric): c.new for c in plan.changes}
    assert figures[("anna@example.nl", "ftr")] == 75.0
    assert figures[("anna@example.nl", "smileys_green")] == 6
    assert figures[("anna@example.nl", "smileys_yellow")] == 2
    assert figures[("anna@example.nl", "smileys_red")] == 1
    assert figures[("bob@example.nl", "ftr")] == 100.0
    assert figures[("bob@example.nl", "tickets_per_hour")] is None
    # the owner is ignored, the agent without work this month is not added
    assert [a.name for a in plan.new_agents] == ["Anna de Vries", "Bob Smit"]
    assert "1 admin or non-agent ignored" in " ".join(str(n) for n in plan.notices)


def test_bearer_token_pages_and_period(journal, vendor, sleeps):
    install(vendor)
    _plan(journal, vendor, sleeps)
    assert vendor.paths()[:3] == ["/v2/oauth2/token", "/v2/users", "/v2/users"]
    api_calls = [c for c in vendor.calls if c.path != "/v2/oauth2/token"]
    assert all(c.headers["Authorization"] == "Bearer tok-123" for c in api_calls)
    report = next(c for c in vendor.calls if c.path == "/v2/reports/user")
    assert report.query["start"] == ["2026-10-01T00:00:00Z"]
    assert report.query["end"] == ["2026-10-31T23:59:59Z"]  # inclusive: the month's last second


def test_helpscout_rate_limit_header_is_honoured(journal, vendor, sleeps):
    install(vendor)
    vendor.failures["/v2/reports/user"] = [(429, {"X-RateLimit-Retry-After": "3"})]
    vendor.failures["/v2/users"] = [(504, {})]
    plan = _plan(journal, vendor, sleeps)
    assert sleeps == [1.0, 3.0]
    assert not plan.is_empty


@pytest.mark.parametrize(("status", "words"), [
    (402, "Plus or Pro plan"),
    (403, "does not give this account access to the reports"),
    (404, "does not know the address"),
])
def test_plan_permission_and_address_are_told_apart(journal, vendor, sleeps, status, words):
    install(vendor)
    vendor.failures["/v2/reports/user"] = [(status, {})]
    with pytest.raises(UserError, match=words):
        _plan(journal, vendor, sleeps)
    assert journal.agents() == []


def test_an_expired_token_signs_in_again_once(journal, vendor, sleeps):
    install(vendor)
    vendor.failures["/v2/reports/user/happiness"] = [(401, {})]
    plan = _plan(journal, vendor, sleeps)
    assert not plan.is_empty
    assert vendor.paths().count("/v2/oauth2/token") == 2


def test_a_token_refused_twice_is_wrong_credentials(journal, vendor, sleeps):
    install(vendor)
    vendor.failures["/v2/users"] = [(401, {}), (401, {})]
    with pytest.raises(UserError, match="Help Scout refused the credentials"):
        _plan(journal, vendor, sleeps)
    assert vendor.paths().count("/v2/oauth2/token") == 2


def test_wrong_client_secret_is_refused(journal, vendor, sleeps):
    install(vendor)
    with pytest.raises(UserError, match="Help Scout refused the credentials"):
        _plan(journal, vendor, sleeps, Secret("client-id", "nope"))


def test_import_is_idempotent(journal, vendor, sleeps):
    install(vendor)
    assert save_import(journal, _plan(journal, vendor, sleeps)) == 10
    assert _plan(journal, vendor, sleeps).is_empty


def test_cli_end_to_end(journal_path, vendor, monkeypatch, capsys):
    install(vendor)
    Journal.open(journal_path).close()
    monkeypatch.setenv("COACHTUI_HELPSCOUT_CLIENT_ID", "client-id")
    monkeypatch.setenv("COACHTUI_HELPSCOUT_CLIENT_SECRET", "client-secret-xyz")
    argv = ["import", "helpscout", "--month", "2026-10", "--base-url", vendor.url,
            "--journal", str(journal_path)]
    assert cli.main(argv) == 0
    assert "Written: 10 figures; new agents: 2." in capsys.readouterr().out
    assert cli.main(argv) == 0
    assert "Nothing to change" in capsys.readouterr().out


def test_cli_without_credentials_exits_1(journal_path, capsys):
    Journal.open(journal_path).close()
    code = cli.main(["import", "helpscout", "--month", "2026-10", "--journal",
                     str(journal_path), "--lang", "nl"])
    assert code == 1
    assert "COACHTUI_HELPSCOUT_CLIENT_ID" in capsys.readouterr().err
