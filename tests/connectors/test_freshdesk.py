"""The Freshdesk connector against a real local HTTP server speaking Freshdesk's shapes."""

from __future__ import annotations

import base64
from zoneinfo import ZoneInfo

import pytest

from coachtui import cli
from coachtui.errors import UserError
from coachtui.importers.credentials import Secret
from coachtui.importers.freshdesk import harvest_freshdesk, smiley_of
from coachtui.services.imports import FreshdeskRequest, preview_import, save_import
from coachtui.storage import Journal
from tests.connectors import freshdesk_shapes

KEY = Secret("X", "fd-api-key-123")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _figures(harvest):
    return {(ref.key, metric): value for (ref, _month), values in harvest.figures.items()
            for metric, value in values.items()}


def _harvest(vendor, sleeps, **extra):
    return harvest_freshdesk("acme", "2026-10", base_url=vendor.url, credentials=KEY,
                             sleep=sleeps, **extra)


def test_figures_match_a_hand_count_in_the_accounts_time_zone(vendor, sleeps):
    freshdesk_shapes.install(vendor)
    figures = _figures(_harvest(vendor, sleeps, tz=AMSTERDAM))
    # Anna: one reply (right), two replies, reopened: 1 of 3; happy, neutral, unhappy
    assert figures[("anna@example.nl", "ftr")] == pytest.approx(33.3333)
    assert [figures[("anna@example.nl", f"smileys_{c}")] for c in ("green", "yellow", "red")] \
        == [1, 1, 1]
    # Bob: 00:30 on 1 October counts (right), 23:30 on 31 October counts (two replies),
    # 23:30 on 30 September and 00:30 on 1 November do not; the rating given at 00:45 on
    # 1 October counts, the one at 00:45 on 1 November does not
    assert figures[("bob@example.nl", "ftr")] == 50.0
    assert figures[("bob@example.nl", "smileys_green")] == 1
    assert figures[("bob@example.nl", "smileys_red")] == 0
    # no hours in Freshdesk: tickets per hour is unknown, never invented
    assert figures[("anna@example.nl", "tickets_per_hour")] is None


def test_in_utc_the_boundary_tickets_fall_in_other_months(vendor, sleeps):
    freshdesk_shapes.install(vendor)
    figures = _figures(_harvest(vendor, sleeps, tz=ZoneInfo("UTC")))
    assert figures[("bob@example.nl", "ftr")] == 0.0  # 31 Oct 23:30 UTC: two replies


def test_only_the_chosen_groups_agents_arrive(vendor, sleeps):
    freshdesk_shapes.install(vendor)
    everyone = {ref.key for ref, _ in _harvest(vendor, sleeps, tz=AMSTERDAM).figures}
    assert everyone == {"anna@example.nl", "bob@example.nl", "carl@example.nl"}
    team = _harvest(vendor, sleeps, tz=AMSTERDAM, group=7)
    assert {ref.key for ref, _ in team.figures} == {"anna@example.nl", "bob@example.nl"}
    assert "/api/v2/groups/7" in vendor.paths()


def test_pages_follow_the_link_header_and_the_key_stays_on_our_host(vendor, sleeps):
    freshdesk_shapes.install(vendor)
    _harvest(vendor, sleeps, tz=AMSTERDAM)
    assert vendor.paths().count("/api/v2/tickets") == 2
    assert vendor.paths().count("/api/v2/agents") == 2
    expected = "Basic " + base64.b64encode(b"fd-api-key-123:X").decode()
    assert all(c.headers["Authorization"] == expected for c in vendor.calls)
    tickets = next(c for c in vendor.calls if c.path == "/api/v2/tickets")
    assert tickets.query["include"] == ["stats"]
    assert tickets.query["updated_since"] == ["2026-09-30T22:00:00Z"]  # 1 Oct, Amsterdam
    assert tickets.query["per_page"] == ["100"]


def test_a_rate_limit_is_waited_out(vendor, sleeps):
    freshdesk_shapes.install(vendor)
    vendor.failures["/api/v2/tickets"] = [(429, {"Retry-After": "12"})]
    figures = _figures(_harvest(vendor, sleeps, tz=AMSTERDAM))
    assert sleeps == [12.0]
    assert figures[("bob@example.nl", "ftr")] == 50.0


@pytest.mark.parametrize(("answer", "smiley"), [
    (103, "green"), (102, "green"), (101, "green"), (100, "yellow"),
    (-101, "red"), (-102, "red"), (-103, "red"), ("103", None), (None, None), (True, None)])
def test_the_default_question_maps_to_a_smiley_on_every_scale(answer, smiley):
    assert smiley_of(answer) == smiley


def test_a_wrong_key_is_one_sentence_naming_the_variable(journal, vendor, sleeps):
    freshdesk_shapes.install(vendor)
    vendor.failures["/api/v2/agents"] = [(401, {})]
    with pytest.raises(UserError, match="COACHTUI_FRESHDESK_API_KEY") as caught:
        preview_import(journal, FreshdeskRequest("acme", "2026-10", base_url=vendor.url),
                       credentials=KEY, sleep=sleeps)
    assert "fd-api-key" not in str(caught.value)
    assert journal.agents() == []


def test_saving_twice_changes_nothing(journal, vendor, sleeps):
    freshdesk_shapes.install(vendor)
    request = FreshdeskRequest("acme", "2026-10", base_url=vendor.url, group=7,
                               timezone="Europe/Amsterdam")
    assert save_import(journal, preview_import(journal, request, credentials=KEY,
                                               sleep=sleeps)) == 10
    assert preview_import(journal, request, credentials=KEY, sleep=sleeps).is_empty


def test_cli_imports_the_team_in_dutch(journal_path, vendor, monkeypatch, capsys):
    freshdesk_shapes.install(vendor)
    Journal.open(journal_path).close()
    monkeypatch.setenv("COACHTUI_FRESHDESK_API_KEY", "fd-api-key-123")
    argv = ["import", "freshdesk", "--domain", "acme", "--month", "2026-10", "--group", "7",
            "--base-url", vendor.url, "--journal", str(journal_path), "--lang", "nl"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "Opgeslagen: 10 cijfers; nieuwe medewerkers: 2." in out
    assert "fd-api-key" not in out
    with Journal.open(journal_path) as journal:
        assert sorted(a.email for a in journal.agents()) == ["anna@example.nl",
                                                             "bob@example.nl"]


def test_cli_without_a_key_exits_1(journal_path, capsys):
    Journal.open(journal_path).close()
    code = cli.main(["import", "freshdesk", "--domain", "acme", "--month", "2026-10",
                     "--journal", str(journal_path)])
    assert code == 1
    assert "COACHTUI_FRESHDESK_API_KEY" in capsys.readouterr().err


def test_the_chosen_group_is_remembered_for_the_next_import(journal_path, vendor,
                                                            monkeypatch, capsys):
    freshdesk_shapes.install(vendor)
    Journal.open(journal_path).close()
    monkeypatch.setenv("COACHTUI_FRESHDESK_API_KEY", "fd-api-key-123")
    argv = ["import", "freshdesk", "--domain", "acme", "--base-url", vendor.url,
            "--journal", str(journal_path)]
    assert cli.main([*argv, "--month", "2026-10", "--group", "7"]) == 0
    capsys.readouterr()
    assert cli.main([*argv, "--month", "2026-10", "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "Only group 7, as chosen last time (--group 0: every group)." in captured.err
    assert "carl@example.nl" not in captured.out
    assert cli.main([*argv, "--month", "2026-10", "--group", "0", "--dry-run"]) == 0
    assert "carl@example.nl" in capsys.readouterr().out
