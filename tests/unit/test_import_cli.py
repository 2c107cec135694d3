"""`coachtui import csv` end to end on real journal files: output, --dry-run, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coachtui import cli
from coachtui.storage import Journal

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "imports"


def _state(path: Path):
    with Journal.open(path) as journal:
        figures = journal.db.execute(
            "SELECT agent_id, month, metric, value FROM figures ORDER BY 1, 2, 3").fetchall()
        log = journal.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        return [a.email for a in journal.agents()], figures, log


def _sheet(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "figures.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_changed_values_are_listed_old_to_new_and_dry_run_writes_nothing(
        demo_journal_path, tmp_path, capsys):
    with Journal.open(demo_journal_path) as journal:  # the demo's own values for Ayşe
        ayse = journal.find_agent("ayse")
        now = {r.metric: r.value for r in journal.figures(ayse.id, "2026-10")}
    ftr_before = f"{now['ftr']:.1f}%"
    green = int(now["smileys_green"])
    sheet = _sheet(tmp_path, "email;month;ftr;smileys_green\n"
                             f"ayse.yilmaz@example.nl;okt-2026;91,5%;{green}\n")
    before = _state(demo_journal_path)
    argv = ["import", "csv", str(sheet), "--profile", "generic", "--journal",
            str(demo_journal_path)]
    assert cli.main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Changes (1):" in out
    assert "First Time Right" in out and f"{ftr_before} -> 91.5%" in out
    assert "1 figure was already the same." in out
    assert "Dry run: nothing was written." in out
    assert _state(demo_journal_path) == before

    assert cli.main([*argv, "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Wijzigingen (1):" in out and "Opgeslagen: 1 cijfer; nieuwe medewerkers: 0." in out
    after = _state(demo_journal_path)
    assert after[2] == before[2] + 1  # one change-log row for the one changed figure

    assert cli.main(argv) == 0
    assert "Nothing to change" in capsys.readouterr().out
    assert _state(demo_journal_path) == after


def test_bad_value_exit_1_one_sentence_nothing_written(demo_journal_path, tmp_path, capsys):
    sheet = _sheet(tmp_path, "email;month;ftr\n"
                             "new.one@example.nl;2026-10;80\n"
                             "ayse.yilmaz@example.nl;2026-10;tachtig\n")
    before = _state(demo_journal_path)
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--journal",
                     str(demo_journal_path), "--lang", "nl"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == ("coachtui: figures.csv, regel 3, kolom 'ftr': 'tachtig' is geen getal; "
                   "er is niets opgeslagen.\n")
    assert _state(demo_journal_path) == before


def test_missing_journal_on_a_dry_run_and_wrong_month_are_refused(tmp_path, capsys):
    # A dry run only reads: a missing journal is refused (a real import creates one,
    # see tests/unit/test_first_run_cli.py).
    sheet = _sheet(tmp_path, "email;month;ftr\nanna@example.nl;2026-10;80\n")
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--dry-run",
                     "--journal", str(tmp_path / "none.db")])
    assert code == 1 and "There is no journal" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
    Journal.open(tmp_path / "j.db").close()
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--month", "okt",
                     "--journal", str(tmp_path / "j.db")])
    assert code == 1 and "--month 'okt'" in capsys.readouterr().err


def test_real_process_exit_codes(tmp_path):
    journal = tmp_path / "j.db"
    Journal.open(journal).close()
    env = {**os.environ, "COACHTUI_TODAY": "2026-11-22", "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "coachtui", *args, "--journal",
                               str(journal)], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=60)

    done = run("import", "csv", str(DATA / "five9_agent_report.csv"), "--profile",
               "five9_agent_report", "--month", "2026-10")
    assert done.returncode == 0, done.stderr
    assert "Written: 6 figures; new agents: 3." in done.stdout
    usage = run("import", "csv", str(DATA / "five9_agent_report.csv"))
    assert usage.returncode == 2 and "--profile" in usage.stderr
    refused = run("import", "csv", str(tmp_path / "missing.csv"), "--profile", "generic")
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith("does not exist.")
    assert "Traceback" not in refused.stderr


def test_hours_option_on_the_command_line(tmp_path, capsys):
    journal = tmp_path / "j.db"
    Journal.open(journal).close()
    code = cli.main(["import", "csv", str(DATA / "tickets_nl.csv"), "--profile",
                     "generic_tickets", "--hours", str(DATA / "wfm_hours_nl.csv"),
                     "--month", "2026-10", "--journal", str(journal)])
    assert code == 0
    out = capsys.readouterr().out
    assert "0.4/h" in out  # Anna: 3 tickets in 8 hours
    code = cli.main(["import", "csv", str(DATA / "five9_agent_report.csv"), "--profile",
                     "five9_agent_report", "--hours", str(DATA / "wfm_hours_nl.csv"),
                     "--month", "2026-10", "--journal", str(journal)])
    assert code == 1 and "--hours goes with a ticket-level export" in capsys.readouterr().err


def test_refusals_come_in_dutch_and_quote_what_the_file_holds(tmp_path, capsys):
    journal = tmp_path / "j.db"
    Journal.open(journal).close()
    sheet = _sheet(tmp_path, "e-mail;maand;ftr\x1b[2J\nanna@example.nl;2026-10;80\n")
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--month", "2026-10",
                     "--journal", str(journal), "--lang", "nl"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == ("coachtui: figures.csv heeft geen kolom 'email' (wel: e-mail, maand, "
                   "ftr␛[2J).\n")
    code = cli.main(["import", "csv", str(tmp_path / "weg.csv"), "--profile", "generic",
                     "--journal", str(journal), "--lang", "nl"])
    assert code == 1
    assert capsys.readouterr().err.endswith("weg.csv bestaat niet.\n")


def test_names_with_control_characters_are_warned_about_and_shown_safely(tmp_path, capsys):
    journal = tmp_path / "j.db"
    Journal.open(journal).close()
    sheet = _sheet(tmp_path, "email;name;month;ftr\n"
                             "eve@example.nl;Eve\x1b]2:owned\x07;2026-10;70\n")
    code = cli.main(["import", "csv", str(sheet), "--profile", "generic", "--journal",
                     str(journal), "--lang", "nl"])
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "+ Eve␛]2:owned␇ <eve@example.nl>" in out
    assert "1 rij heeft stuurtekens in een naam of e-mailadres (regel 2 (eve@example.nl))" \
        in out
    with Journal.open(journal) as opened:  # stored as it came
        assert opened.agents()[0].name == "Eve\x1b]2:owned\x07"
