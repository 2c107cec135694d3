"""`coachtui target` with --team, `none`, the unit's range and the month under review;
`coachtui metric add` and `coachtui factor add`, in both languages, on real journals."""

from __future__ import annotations

import json

import pytest

from coachtui import cli
from coachtui.storage import Journal

REVIEW = "2026-10"  # the month under review on the fixed test day (2026-11-22)


def _history(path) -> int:
    with Journal.open(path) as journal:
        return len(journal.history())


def test_team_default_from_the_month_under_review(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["target", "--team", "hosting", "ftr", "86", *args]) == 0
    out = capsys.readouterr().out
    assert "Team default of Hosting" in out and REVIEW in out
    assert cli.main(["target", "--team", "Hosting", "ftr", "none", "--from", "2026-12",
                     "--lang", "nl", *args]) == 0
    assert "stopt vanaf 2026-12" in capsys.readouterr().out
    with Journal.open(demo_journal_path) as journal:
        rows = {(r["metric"], r["from_month"]): r["value"]
                for r in journal.team_target_rows("Hosting")}
        assert rows[("ftr", REVIEW)] == 86.0
        assert rows[("ftr", "2026-12")] is None


def test_an_agents_target_defaults_to_the_review_month_and_ends_with_none(demo_journal_path,
                                                                          capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["target", "sanne", "ftr", "91", *args]) == 0
    assert f"from {REVIEW} on" in capsys.readouterr().out
    with Journal.open(demo_journal_path) as journal:
        sanne = journal.find_agent("sanne")
        assert journal.target_for(sanne.id, "ftr", REVIEW) == 91.0
    assert cli.main(["target", "sanne", "ftr", "none", "--lang", "nl", *args]) == 0
    assert "stopt vanaf" in capsys.readouterr().out
    with Journal.open(demo_journal_path) as journal:
        # the team default of the demo applies again
        assert journal.target_for(sanne.id, "ftr", REVIEW) == 85.0


@pytest.mark.parametrize(("lang", "value", "words"), [
    ("en", "185", "185 cannot be a target for 'ftr': it must lie between 0 and 100"),
    ("nl", "-5", "-5 kan geen doel zijn voor 'ftr': het moet tussen 0 en 100 liggen"),
    ("en", "0.85", "did you mean 85?"),
    ("nl", "0,85", "bedoelde u 85?"),
    ("en", "high", "'high' is not a number"),
])
def test_values_outside_the_unit_are_refused_writing_nothing(demo_journal_path, capsys,
                                                             lang, value, words):
    args = ["--journal", str(demo_journal_path), "--lang", lang]
    before = _history(demo_journal_path)
    assert cli.main(["target", "sanne", "ftr", value, *args]) == 1
    assert words in capsys.readouterr().err
    assert cli.main(["target", "--team", "Hosting", "ftr", value, *args]) == 1
    assert words in capsys.readouterr().err
    assert _history(demo_journal_path) == before


def test_counts_refuse_negatives_and_scores_their_range(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["target", "sanne", "smileys_red", "-1", *args]) == 1
    assert "it must be 0 or more" in capsys.readouterr().err
    assert cli.main(["target", "sanne", "nps", "-30", *args]) == 0  # an NPS can be negative
    assert cli.main(["target", "sanne", "nps", "130", *args]) == 1
    assert "between -100 and 100" in capsys.readouterr().err


def test_unknown_team_and_wrong_usage(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    before = _history(demo_journal_path)
    assert cli.main(["target", "--team", "Nope", "ftr", "80", "--lang", "nl", *args]) == 1
    assert "Onbekend team 'Nope'; bekend zijn: Domeinen, E-mail, Hosting." in (
        capsys.readouterr().err)
    assert cli.main(["target", "ftr", "80", *args]) == 2
    assert "Name an agent or --team TEAM" in capsys.readouterr().err
    assert cli.main(["target", "sanne", "ftr", "80", "--team", "Hosting", *args]) == 2
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:  # argparse's own refusal
        cli.main(["target", "sanne", "--team", "Hosting", "ftr", "80", *args])
    assert usage.value.code == 2
    assert _history(demo_journal_path) == before


def test_metric_add_then_targets_and_imports_accept_it(demo_journal_path, tmp_path, capsys):
    from coachtui.services.imports import FileRequest, preview_import, save_import

    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["metric", "add", "callbacks", "--label-en", "Callbacks",
                     "--label-nl", "Terugbelverzoeken", "--unit", "count",
                     "--direction", "lower", "--decimals", "0", "--lang", "nl", *args]) == 0
    assert "Cijfer callbacks toegevoegd: Terugbelverzoeken (aantal, lager is beter)." in (
        capsys.readouterr().out)
    assert cli.main(["target", "--team", "Hosting", "callbacks", "4", *args]) == 0
    capsys.readouterr()
    profile = tmp_path / "own.toml"
    profile.write_text('[agent]\ncolumn = "email"\n[metrics]\n'
                       'callbacks = { column = "Callbacks", unit = "count" }\n',
                       encoding="utf-8")
    sheet = tmp_path / "own.csv"
    sheet.write_text("email,Callbacks\njoris.bakker@example.nl,3\n", encoding="utf-8")
    with Journal.open(demo_journal_path) as journal:
        plan = preview_import(journal, FileRequest(sheet, str(profile), REVIEW))
        save_import(journal, plan)
        joris = journal.find_agent("joris")
        row = next(r for r in journal.figures(joris.id, REVIEW) if r.metric == "callbacks")
        assert (row.value, row.target) == (3.0, 4.0)
        logged = [e for e in journal.history() if e.entity == "metric"]
        assert logged and logged[-1].field == "added"
    assert cli.main(["catalogue", "--json", *args]) == 0
    metric = next(m for m in json.loads(capsys.readouterr().out)["metrics"]
                  if m["key"] == "callbacks")
    assert (metric["origin"], metric["higher_is_better"]) == ("team", False)


@pytest.mark.parametrize(("argv", "words"), [
    (["ftr", "--label-en", "x", "--label-nl", "y", "--unit", "percent", "--direction",
      "higher"], "A metric with the key 'ftr' already exists"),
    (["calls", "--label-en", "x", "--label-nl", "y", "--unit", "pct", "--direction",
      "higher"], "Unknown unit 'pct'"),
    (["calls", "--label-en", "x", "--label-nl", "y", "--unit", "count", "--direction",
      "up"], "Unknown direction 'up'"),
    (["Calls!", "--label-en", "x", "--label-nl", "y", "--unit", "count", "--direction",
      "higher"], "'Calls!' cannot be a key"),
    (["calls", "--label-en", " ", "--label-nl", "y", "--unit", "count", "--direction",
      "higher"], "--label-en is empty"),
])
def test_metric_add_refusals_write_nothing(demo_journal_path, capsys, argv, words):
    before = _history(demo_journal_path)
    assert cli.main(["metric", "add", *argv, "--journal", str(demo_journal_path)]) == 1
    assert words in capsys.readouterr().err
    assert _history(demo_journal_path) == before


def test_factor_add_in_a_set_stays_out_of_the_monthly_talk(demo_journal_path, capsys):
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["factor", "add", "empathy", "--label-en", "Empathy", "--label-nl",
                     "Empathie", "--describe-en", "Feels along with the customer",
                     "--describe-nl", "Leeft mee met de klant", *args]) == 0
    assert "Factor empathy added: Empathy." in capsys.readouterr().out
    assert cli.main(["factor", "add", "listening", "--label-en", "Listening", "--label-nl",
                     "Luisteren", "--set", "phase-1", "--lang", "nl", *args]) == 0
    assert "toegevoegd aan set phase-1" in capsys.readouterr().out
    assert cli.main(["catalogue", "--disable", "empathy", *args]) == 0
    assert cli.main(["catalogue", "--enable", "empathy", *args]) == 0
    capsys.readouterr()
    assert cli.main(["factor", "add", "empathy", "--label-en", "E", "--label-nl", "E",
                     *args]) == 1
    assert "A factor with the key 'empathy' already exists" in capsys.readouterr().err
    with Journal.open(demo_journal_path) as journal:
        monthly = [f.key for f in journal.factors()]
        assert "empathy" in monthly and "listening" not in monthly
        every = {f.key: f for f in journal.factors(active_only=False, with_sets=True)}
        assert every["listening"].factor_set == "phase-1"
        assert every["empathy"].origin.value == "team"


def test_catalogue_edits_never_change_a_signed_record(demo_journal_path):
    from coachtui.services.signing import signed_figures

    with Journal.open(demo_journal_path) as journal:
        signed = next(s for s in journal.sessions() if s.signed)
        before = journal.conn.execute(
            "SELECT record, sha256 FROM signed_records WHERE session_id = ?",
            [signed.id]).fetchone()
        figures = signed_figures(journal, signed.id)
    args = ["--journal", str(demo_journal_path)]
    assert cli.main(["metric", "add", "callbacks", "--label-en", "Callbacks", "--label-nl",
                     "Terugbel", "--unit", "count", "--direction", "lower", *args]) == 0
    assert cli.main(["factor", "add", "empathy", "--label-en", "Empathy", "--label-nl",
                     "Empathie", *args]) == 0
    assert cli.main(["catalogue", "--disable", "ftr", *args]) == 0
    assert cli.main(["catalogue", "--disable", "wow", *args]) == 0
    with Journal.open(demo_journal_path) as journal:
        after = journal.conn.execute(
            "SELECT record, sha256 FROM signed_records WHERE session_id = ?",
            [signed.id]).fetchone()
        assert after == before
        assert signed_figures(journal, signed.id) == figures
