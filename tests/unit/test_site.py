"""The site view over several journals: sums of the teams, read-only, counts only."""

from __future__ import annotations

import hashlib
import json
import shutil

from coachtui import cli
from coachtui.services.site import site_view
from coachtui.storage import Journal


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_journals_give_the_sums_of_the_two(demo_journal_path, tmp_path, capsys):
    other = tmp_path / "other.db"
    shutil.copy(demo_journal_path, other)
    with Journal.open(other) as journal:
        for agent in journal.agents():
            journal.conn.execute("UPDATE agents SET team = 'Noord' WHERE id = ?", [agent.id])
        journal.conn.commit()
    one = site_view([str(demo_journal_path)], "2026-11", tmp_path / "cache").as_json()
    assert cli.main(["site", str(demo_journal_path), str(other), "--month", "2026-11",
                     "--json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["agents"] == 2 * one["agents"]
    noord = next(t for t in both["teams"] if t["team"] == "Noord")
    assert noord["agents"] == one["agents"]
    assert noord["talks_done"] == sum(t["talks_done"] for t in one["teams"])
    for metric, count in noord["on_target"].items():
        assert count == sum(t["on_target"][metric] for t in one["teams"])
    assert set(both["teams"][0]) == {"team", "lead", "agents", "talks_done", "talks_due",
                                     "on_target"}


def test_the_site_view_writes_nothing_and_shows_no_note(demo_journal_path, tmp_path,
                                                         capsys):
    with Journal.open(demo_journal_path) as journal:
        agent = journal.agents()[0]
        journal.conn.execute(
            "INSERT INTO notes (agent_id, created_at, text, private) VALUES (?, ?, ?, 1)",
            [agent.id, "2026-11-03T10:00:00", "private-marker-xyz"])
        journal.conn.commit()
    before = _digest(demo_journal_path)
    assert cli.main(["site", str(demo_journal_path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Overzicht van" in out and "private-marker-xyz" not in out
    assert _digest(demo_journal_path) == before
    assert not (tmp_path / "demo.db-wal").exists()


def test_a_missing_journal_is_one_sentence(tmp_path, capsys):
    assert cli.main(["site", str(tmp_path / "nowhere.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.db" in err
