"""`coachtui agent add|edit|leave` and `coachtui absence`: the team by hand, on real files.

Every refusal is one sentence in the asked language, exit 1, and nothing written; every
change is in the change log with its old value; leaving starts the retention clock."""

from __future__ import annotations

import json

import pytest

from coachtui.cli import main
from coachtui.storage import Journal
from tests.unit.test_privacy_erase import traces

FIRST_DAY = "2026-03-01"


def _run(path, *argv: str, lang: str | None = None) -> int:
    args = ["--journal", str(path)]
    if lang:
        args += ["--lang", lang]
    return main([*args, *argv])


def _history(path) -> int:
    with Journal.open(path) as journal:
        return len(journal.history())


def _agents_json(path, capsys) -> list[dict]:
    capsys.readouterr()
    assert _run(path, "agents", "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def team_path(journal_path, capsys):
    """A new journal with one team of two agents, added through the command line."""
    assert _run(journal_path, "agent", "add", "Sanne de Vries", "--email", "sanne@team.nl",
                "--team", "Hosting", "--started", FIRST_DAY) == 0
    assert _run(journal_path, "agent", "add", "Kees Bos", "--email", "kees@team.nl",
                "--team", "hosting") == 0
    capsys.readouterr()
    return journal_path


def test_the_first_agent_creates_the_journal_and_starts_the_first_team(journal_path, capsys):
    assert not journal_path.exists()
    assert _run(journal_path, "agent", "add", "Sanne de Vries", "--email", "Sanne@Team.nl",
                "--team", "Hosting", "--started", FIRST_DAY) == 0
    assert "Added Sanne de Vries <sanne@team.nl> to team Hosting" in capsys.readouterr().out
    assert journal_path.exists()
    # The same team typed in another case is that team, not a second one.
    assert _run(journal_path, "agent", "add", "Kees Bos", "--email", "kees@team.nl",
                "--team", "HOSTING", "--cadence", "biweekly") == 0
    agents = _agents_json(journal_path, capsys)
    assert [(a["name"], a["team"], a["active"], a["left_on"]) for a in agents] == [
        ("Kees Bos", "Hosting", True, None), ("Sanne de Vries", "Hosting", True, None)]
    assert set(agents[0]) == {"id", "name", "email", "team", "active", "left_on"}
    with Journal.open(journal_path) as journal:
        sanne = journal.find_agent("sanne")
        assert sanne.employment_start.isoformat() == FIRST_DAY
        assert journal.find_agent("kees").cadence.value == "biweekly"
        created = journal.history(entity="agent", entity_id=sanne.id)
        assert [(c.field, c.old, c.new) for c in created] == [
            ("created", None, "sanne@team.nl")]


def test_a_second_team_is_started_only_when_asked(team_path, capsys):
    assert _run(team_path, "agent", "add", "Ayşe", "--email", "ayse@team.nl",
                "--team", "Domeinen") == 1
    assert "Unknown team 'Domeinen' (known: Hosting); add --new-team" in capsys.readouterr().err
    assert _run(team_path, "agent", "add", "Ayşe", "--email", "ayse@team.nl",
                "--team", "Domeinen", "--new-team") == 0
    assert _run(team_path, "agent", "add", "Noor", "--email", "noor@team.nl",
                "--team", "domeinen") == 0
    assert _run(team_path, "agent", "add", "Priya", "--email", "priya@team.nl") == 0
    assert "without a team" in capsys.readouterr().out
    with Journal.open(team_path) as journal:
        assert journal.known_teams() == ["Domeinen", "Hosting"]
        assert journal.find_agent("noor").team == "Domeinen"


def test_edit_changes_name_email_team_and_cadence_and_logs_the_old_values(team_path, capsys):
    assert _run(team_path, "agent", "add", "Ayşe", "--email", "ayse@team.nl", "--team",
                "Domeinen", "--new-team") == 0
    assert _run(team_path, "agent", "edit", "kees", "--name", "Kees van den Bos", "--email",
                "k.bos@team.nl", "--team", "domeinen", "--cadence", "biweekly") == 0
    assert "Kees van den Bos <k.bos@team.nl>, team Domeinen, cadence every two weeks" in \
        capsys.readouterr().out
    with Journal.open(team_path) as journal:
        kees = journal.find_agent("k.bos@team.nl")
        changes = {c.field: (c.old, c.new)
                   for c in journal.history(entity="agent", entity_id=kees.id)}
    assert changes["name"] == ("Kees Bos", "Kees van den Bos")
    assert changes["email"] == ("kees@team.nl", "k.bos@team.nl")
    assert changes["team"] == ("Hosting", "Domeinen")
    assert changes["cadence"] == ("monthly", "biweekly")
    assert _run(team_path, "agent", "edit", "kees", "--team", "") == 0  # no team
    with Journal.open(team_path) as journal:
        assert journal.find_agent("kees").team is None


def test_leave_takes_the_agent_out_and_purge_older_than_0_erases_them(team_path, capsys):
    assert _run(team_path, "agent", "leave", "sanne", "--on", "2026-10-31") == 0
    assert "Sanne de Vries leaves on 2026-10-31" in capsys.readouterr().out
    agents = {a["email"]: a for a in _agents_json(team_path, capsys)}
    assert agents["sanne@team.nl"]["left_on"] == "2026-10-31"
    assert agents["sanne@team.nl"]["active"] is False
    with Journal.open(team_path) as journal:
        assert [a.name for a in journal.agents(active_only=True)] == ["Kees Bos"]
        sanne = journal.find_agent("sanne")
        changes = {c.field: (c.old, c.new)
                   for c in journal.history(entity="agent", entity_id=sanne.id)}
        assert changes["employment_end"] == (None, "2026-10-31")
        assert changes["active"] == ("True", "False")
    assert _run(team_path, "privacy", "purge", "--older-than", "0") == 0
    listed = capsys.readouterr().out
    assert "Sanne de Vries" in listed and "Kees" not in listed
    assert _run(team_path, "privacy", "purge", "--older-than", "0", "--yes") == 0
    with Journal.open(team_path) as journal:
        assert [a.email for a in journal.agents()] == ["kees@team.nl"]
    assert traces(team_path, "sanne@team.nl", "Sanne de Vries") == []


def test_a_date_of_leaving_still_to_come_starts_the_clock_only_then(team_path, capsys):
    # The fixed clock says 2026-11-22: an exit agreed for December is not purged yet.
    assert _run(team_path, "agent", "leave", "kees", "--on", "2026-12-31") == 0
    assert _run(team_path, "privacy", "purge", "--older-than", "0") == 0
    assert "Nobody" in capsys.readouterr().out
    assert _run(team_path, "agent", "leave", "kees", "--on", "2026-11-22") == 0  # moved
    assert _run(team_path, "privacy", "purge", "--older-than", "0") == 0
    assert "Kees Bos" in capsys.readouterr().out


def test_absence_is_recorded_by_dates_and_listed(team_path, capsys):
    assert _run(team_path, "absence", "kees", "--from", "2026-10-30", "--to",
                "2026-11-02") == 0
    assert "2026-10-30 to 2026-11-02 (4 days)" in capsys.readouterr().out
    assert _run(team_path, "absence", "kees", "--from", "2026-11-10") == 0  # one day
    assert "2026-11-10 to 2026-11-10 (1 day)" in capsys.readouterr().out
    assert _run(team_path, "absence", "kees", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["agent"], a["from"], a["to"], a["days"]) for a in listed] == [
        ("kees@team.nl", "2026-10-30", "2026-11-02", 4),
        ("kees@team.nl", "2026-11-10", "2026-11-10", 1)]
    assert set(listed[0]) == {"id", "agent", "from", "to", "days"}  # no reason, anywhere
    assert _run(team_path, "--lang", "nl", "absence", "kees") == 0
    out = capsys.readouterr().out
    assert "Afwezigheid van Kees Bos" in out and "2026-11-10 tot en met 2026-11-10" in out
    assert _run(team_path, "absence", "sanne") == 0
    assert "No absence recorded for Sanne de Vries." in capsys.readouterr().out
    with Journal.open(team_path) as journal:
        kees = journal.find_agent("kees")
        assert [c.new for c in journal.history(entity="absence")] == [
            "2026-10-30..2026-11-02", "2026-11-10..2026-11-10"]
        assert all(c.agent_id == kees.id for c in journal.history(entity="absence"))
    help_text = _help(["absence", "--help"], capsys)
    assert "reason" not in help_text and "diagnos" not in help_text


def _help(argv, capsys) -> str:
    with pytest.raises(SystemExit):
        main(argv)
    return capsys.readouterr().out


# (arguments, the Dutch sentence, the English sentence)
REFUSALS = [
    (["agent", "add", "Sanne Twee", "--email", "SANNE@team.nl", "--team", "Hosting"],
     "Er is al een medewerker met het e-mailadres sanne@team.nl.",
     "An agent with e-mail sanne@team.nl already exists."),
    (["agent", "add", "Ayşe", "--email", "ayse@team.nl", "--team", "Hostnig"],
     "Onbekend team 'Hostnig' (bekend: Hosting)", "Unknown team 'Hostnig' (known: Hosting)"),
    (["agent", "add", "Ayşe", "--email", "ayse@team"],
     "'ayse@team' is geen e-mailadres.", "'ayse@team' is not an e-mail address."),
    (["agent", "add", "  ", "--email", "ayse@team.nl"],
     "Een medewerker heeft een naam nodig.", "An agent needs a name."),
    (["agent", "add", "Ayşe", "--email", "ayse@team.nl", "--started", "2026-02-30"],
     "--started '2026-02-30' is geen datum; schrijf die als JJJJ-MM-DD.",
     "--started '2026-02-30' is not a date; write it as YYYY-MM-DD."),
    (["agent", "edit", "kees", "--email", "sanne@team.nl"],
     "Een andere medewerker heeft al het e-mailadres sanne@team.nl.",
     "Another agent already has the e-mail sanne@team.nl."),
    (["agent", "edit", "kees", "--team", "Domeinen"],
     "Onbekend team 'Domeinen'", "Unknown team 'Domeinen'"),
    (["agent", "edit", "kees"],
     "Er is niets te wijzigen; geef --name, --email, --team of --cadence.",
     "Nothing to change; give --name, --email, --team or --cadence."),
    (["agent", "edit", "zoltan", "--name", "Z"],
     "Geen medewerker past bij 'zoltan'.", "No agent matches 'zoltan'."),
    (["agent", "leave", "sanne", "--on", "2026-02-28"],
     "De vertrekdatum 2026-02-28 ligt vóór de eerste werkdag van Sanne de Vries (2026-03-01).",
     "The date of leaving 2026-02-28 is before Sanne de Vries's first day (2026-03-01)."),
    (["agent", "leave", "sanne", "--on", "31-10-2026"],
     "--on '31-10-2026' is geen datum", "--on '31-10-2026' is not a date"),
    (["absence", "kees", "--from", "2026-11-05", "--to", "2026-11-04"],
     "Een afwezigheid kan niet eindigen (2026-11-04) voordat ze begint (2026-11-05).",
     "An absence cannot end (2026-11-04) before it starts (2026-11-05)."),
    (["absence", "kees", "--from", "2026-11-03", "--to", "2026-11-09"],
     "De afwezigheid van 2026-11-03 tot en met 2026-11-09 overlapt met die van 2026-11-01 "
     "tot en met 2026-11-03.",
     "The absence from 2026-11-03 to 2026-11-09 overlaps the one from 2026-11-01 to "
     "2026-11-03."),
    (["absence", "kees", "--to", "2026-11-09"],
     "--to hoort bij --from", "--to goes with --from"),
    (["absence", "kees", "--from", "gisteren"],
     "--from 'gisteren' is geen datum", "--from 'gisteren' is not a date"),
]


@pytest.mark.parametrize(("argv", "dutch", "english"), REFUSALS,
                         ids=[" ".join(r[0][:2]) + f" {i}" for i, r in enumerate(REFUSALS)])
def test_refusals_name_the_value_in_both_languages_and_write_nothing(team_path, capsys, argv,
                                                                     dutch, english):
    assert _run(team_path, "absence", "kees", "--from", "2026-11-01", "--to",
                "2026-11-03") == 0
    capsys.readouterr()
    before = _history(team_path)
    with Journal.open(team_path) as journal:
        agents_before = journal.agents()
    for lang, sentence in (("nl", dutch), ("en", english)):
        assert _run(team_path, *argv, lang=lang) == 1
        captured = capsys.readouterr()
        assert sentence in captured.err, (lang, captured.err)
        assert captured.err.startswith("coachtui: ") and captured.err.count("\n") == 1
        assert captured.out == ""
    assert _history(team_path) == before  # nothing written
    with Journal.open(team_path) as journal:
        assert journal.agents() == agents_before
        assert len(journal.absences(journal.find_agent("kees").id)) == 1


def test_a_refused_first_agent_creates_no_journal(journal_path, capsys):
    assert _run(journal_path, "agent", "add", "Sanne", "--email", "not-an-address") == 1
    assert _run(journal_path, "agent", "add", "Sanne", "--email", "s@team.nl", "--started",
                "gisteren") == 1
    assert not journal_path.exists()
    assert _run(journal_path, "agent", "leave", "sanne", "--on", "2026-11-01") == 1
    assert _run(journal_path, "absence", "sanne", "--from", "2026-11-01") == 1
    assert not journal_path.exists()
    capsys.readouterr()


def test_wrong_usage_is_exit_2(team_path, capsys):
    with pytest.raises(SystemExit) as leave:
        main(["--journal", str(team_path), "agent", "leave", "kees"])  # --on missing
    with pytest.raises(SystemExit) as cadence:
        main(["--journal", str(team_path), "agent", "edit", "kees", "--cadence", "weekly"])
    assert leave.value.code == 2 and cadence.value.code == 2
    capsys.readouterr()
