"""The Zendesk connector against a real local HTTP server speaking Zendesk's shapes."""

from __future__ import annotations

import base64

import pytest

from coachtui import cli
from coachtui.errors import UserError
from coachtui.importers.credentials import Secret
from coachtui.model import Agent
from coachtui.services.imports import ZendeskRequest, preview_import, save_import
from coachtui.storage import Journal
from tests.connectors import zendesk_shapes

SECRET = Secret("lead@example.nl", "s3cret-token")


def _plan(journal, vendor, sleeps, **extra):
    return preview_import(journal, ZendeskRequest("acme", "2026-10", base_url=vendor.url),
                       credentials=SECRET, sleep=sleeps, **extra)


def _figures(plan):
    return {(c.agent_email, c.metric): c.new for c in plan.changes}


def test_month_figures_follow_the_definitions(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    journal.add_agent(Agent(name="Anna de Vries", email="anna@example.nl"))
    plan = _plan(journal, vendor, sleeps)
    figures = _figures(plan)
    # Anna: 100 in one reply (right), 101 three replies (not): 50%; one good, one bad rating
    assert figures[("anna@example.nl", "ftr")] == 50.0
    assert figures[("anna@example.nl", "smileys_green")] == 1
    assert figures[("anna@example.nl", "smileys_red")] == 1
    # Bob: 102 was solved in September and 106 in November; only 104 counts
    assert figures[("bob@example.nl", "ftr")] == 100.0
    assert figures[("bob@example.nl", "smileys_green")] == 1
    # a survey offered in September and answered on 1 October counts in October
    assert figures[("bob@example.nl", "smileys_red")] == 1
    # binary rating: no yellow; no hours in Zendesk: tickets per hour unknown, not invented
    assert figures[("bob@example.nl", "smileys_yellow")] is None
    assert figures[("anna@example.nl", "tickets_per_hour")] is None
    # the admin's ticket is ignored; Carl has no work this month and is not added
    assert {a.email for a in plan.new_agents} == {"bob@example.nl"}
    assert not any(c.agent_email == "ada@example.nl" for c in plan.changes)
    notes = " ".join(str(n) for n in plan.notices)
    assert "1 admin or non-agent ignored" in notes
    assert "tickets per hour stays empty" in notes


def test_every_page_is_followed_and_credentials_stay_on_our_host(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    _plan(journal, vendor, sleeps)
    assert vendor.paths().count("/api/v2/users") == 2
    assert vendor.paths().count("/api/v2/incremental/tickets/cursor.json") == 2
    assert vendor.paths().count("/api/v2/satisfaction_ratings") == 2
    expected = "Basic " + base64.b64encode(b"lead@example.nl/token:s3cret-token").decode()
    assert all(c.headers["Authorization"] == expected for c in vendor.calls)
    assert vendor.calls[0].path == "/api/v2/users/me"  # who signs in, before anything else
    first = next(c for c in vendor.calls if c.path == "/api/v2/users")
    assert first.query["role"] == ["agent"]
    stream = next(c for c in vendor.calls if "incremental" in c.path)
    assert stream.query["include"] == ["metric_sets"]
    assert stream.query["start_time"] == ["1790812800"]  # 2026-10-01T00:00:00Z
    rating = next(c for c in vendor.calls if "satisfaction" in c.path)
    assert rating.query["page[size]"] == ["100"] and rating.query["score"] == ["received"]


def test_rate_limits_and_server_errors_are_retried_with_the_asked_wait(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/users"] = [(503, {})]
    vendor.failures["/api/v2/incremental/tickets/cursor.json"] = [(429, {"Retry-After": "7"})]
    vendor.failures["/api/v2/satisfaction_ratings"] = [(500, {}), (502, {})]
    plan = _plan(journal, vendor, sleeps)
    assert sleeps == [1.0, 7.0, 1.0, 2.0]
    assert _figures(plan)[("anna@example.nl", "ftr")] == 50.0


def test_importing_the_same_month_again_changes_nothing(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    written = save_import(journal, _plan(journal, vendor, sleeps))
    assert written == 10
    again = _plan(journal, vendor, sleeps)
    assert again.is_empty and again.unchanged == 10


@pytest.mark.parametrize(("status", "words"), [
    (401, "refused the credentials"),
    (404, "does not know the address"),
    (403, "does not give this account access"),
])
def test_refusals_are_one_sentence_and_nothing_is_written(journal, vendor, sleeps, status,
                                                          words):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/users"] = [(status, {})]
    with pytest.raises(UserError, match=words) as caught:
        _plan(journal, vendor, sleeps)
    assert "\n" not in str(caught.value) and "s3cret" not in str(caught.value)
    assert journal.agents() == []


def test_a_server_that_keeps_failing_gives_up_after_bounded_attempts(journal, vendor, sleeps):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/users"] = [(500, {})] * 10
    with pytest.raises(UserError, match="kept failing after 5 attempts"):
        _plan(journal, vendor, sleeps)
    assert sleeps == [1.0, 2.0, 4.0, 8.0]
    assert vendor.paths().count("/api/v2/users") == 5


def test_an_unreachable_host_is_one_sentence(journal, sleeps):
    with pytest.raises(UserError, match="cannot be reached"):
        preview_import(journal, ZendeskRequest("acme", "2026-10", base_url="http://127.0.0.1:9"),
                    credentials=SECRET, sleep=sleeps)


def test_missing_credentials_name_the_variables(journal):
    with pytest.raises(UserError, match="COACHTUI_ZENDESK_EMAIL"):
        preview_import(journal, ZendeskRequest("acme", "2026-10", base_url="http://127.0.0.1:9"))


def test_cli_end_to_end_dry_run_then_write(journal_path, vendor, monkeypatch, capsys):
    zendesk_shapes.install(vendor)
    Journal.open(journal_path).close()
    monkeypatch.setenv("COACHTUI_ZENDESK_EMAIL", "lead@example.nl")
    monkeypatch.setenv("COACHTUI_ZENDESK_TOKEN", "s3cret-token")
    argv = ["import", "zendesk", "--subdomain", "acme", "--month", "2026-10",
            "--base-url", vendor.url, "--journal", str(journal_path)]
    assert cli.main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "anna@example.nl" in out and "Dry run: nothing was written." in out
    assert "s3cret" not in out
    with Journal.open(journal_path) as j:
        assert j.agents() == []
    assert cli.main([*argv, "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Opgeslagen: 10 cijfers; nieuwe medewerkers: 2." in out
    with Journal.open(journal_path) as j:
        anna = j.find_agent("anna@example.nl")
        assert {f.metric: f.value for f in j.figures(anna.id, "2026-10")}["ftr"] == 50.0


def test_cli_wrong_credentials_exit_1_with_one_sentence(journal_path, vendor, monkeypatch,
                                                        capsys):
    zendesk_shapes.install(vendor)
    vendor.failures["/api/v2/users"] = [(401, {})]
    Journal.open(journal_path).close()
    monkeypatch.setenv("COACHTUI_ZENDESK_EMAIL", "lead@example.nl")
    monkeypatch.setenv("COACHTUI_ZENDESK_TOKEN", "wrong")
    code = cli.main(["import", "zendesk", "--subdomain", "acme", "--month", "2026-10",
                     "--base-url", vendor.url, "--journal", str(journal_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("coachtui: Zendesk refused the credentials")
    assert err.count("\n") == 1 and "wrong" not in err
