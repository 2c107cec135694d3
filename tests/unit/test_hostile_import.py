"""Hostile names arrive by import: the journal keeps them as they came, and nothing the
import or a later listing prints can steer the terminal."""

from __future__ import annotations

import csv

from coachtui.cli import main
from coachtui.storage import Journal
from tests.hostile_journal import PAYLOADS, RAW_CONTROL


def _assert_safe(text: str, where: str) -> None:
    found = RAW_CONTROL.search(text)
    assert found is None, f"raw {found.group()!r} in {where}"


def test_import_keeps_the_names_and_prints_nothing_raw(journal, journal_path, tmp_path, capsys):
    sheet = tmp_path / "figures \x1b]2;owned\x07.csv"
    rows = [(f"nieuw{i:02d}@example.nl", payload, "2026-10", "80")
            for i, payload in enumerate(PAYLOADS.values())
            if payload.strip() and "\x00" not in payload]  # a NUL byte: not a text file
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("email", "name", "month", "ftr"))
        writer.writerows(rows)
    argv = ["--journal", str(journal_path), "import", "csv", str(sheet), "--profile",
            "generic"]
    assert main([*argv, "--dry-run"]) == 0
    captured = capsys.readouterr()
    _assert_safe(captured.out, "the dry run's report")
    _assert_safe(captured.err, "the dry run's warnings")
    assert main(argv) == 0
    captured = capsys.readouterr()
    _assert_safe(captured.out + captured.err, "the import's report")
    with Journal.open(journal_path) as journal:
        stored = {a.email: a.name for a in journal.agents()}
    for email, payload, _, _ in rows:
        assert stored[email] == payload.strip()  # stored data stays as it came
    assert main(["--journal", str(journal_path), "agents"]) == 0
    _assert_safe(capsys.readouterr().out, "the agent list")


def test_a_refused_cell_is_quoted_on_one_safe_line(journal, journal_path, tmp_path, capsys):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("email,name,month,ftr\n\"bad\x1b[2J\x9b31m@x\",Piet,2026-10,80\n",
                     encoding="utf-8")
    assert main(["--journal", str(journal_path), "import", "csv", str(sheet), "--profile",
                 "generic"]) == 1
    err = capsys.readouterr().err
    _assert_safe(err, "the refusal")
    assert err.count("\n") == 1 and "␛[2J" in err
