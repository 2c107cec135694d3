"""Handing an agent over: their shared history leaves one journal and arrives in another,
signed records verifiable, private notes only when asked for."""

from __future__ import annotations

import json

import pytest

from coachtui.errors import UserError
from coachtui.services.handover import export_bundle, import_bundle
from coachtui.storage import Journal
from coachtui.storage.signed_records import stored_records


def _agent_with_history(journal):
    counts = journal.conn.execute(
        "SELECT agent_id, COUNT(*) FROM signed_records GROUP BY agent_id ORDER BY 2 DESC"
    ).fetchone()
    return journal.agent(counts[0])


def _count(journal, table, agent_id):
    return journal.conn.execute(
        f"SELECT COUNT(*) FROM {table} WHERE agent_id = ?", [agent_id]).fetchone()[0]


def test_an_agent_arrives_with_history_and_verifiable_records(demo_journal, tmp_path):
    agent = _agent_with_history(demo_journal)
    demo_journal.conn.execute(
        "INSERT INTO notes (agent_id, created_at, text, private) VALUES (?, ?, ?, 1)",
        [agent.id, "2026-11-03T10:00:00", "only for the old lead"])
    demo_journal.conn.commit()
    bundle = tmp_path / "agent.json"
    export_bundle(demo_journal, agent.id, bundle)
    assert bundle.stat().st_mode & 0o777 == 0o600
    text = bundle.read_text()
    assert "only for the old lead" not in text

    with Journal.open(tmp_path / "other.db") as other:
        new_id = import_bundle(other, bundle)
        arrived = other.agent(new_id)
        assert arrived.email == agent.email and arrived.name == agent.name
        old_records = stored_records(demo_journal, agent.id)
        new_records = stored_records(other, new_id)  # each checked against its hash
        assert [r.sha256 for r in new_records] == [r.sha256 for r in old_records]
        for table in ("figures", "targets", "sessions", "goals"):
            assert _count(other, table, new_id) == _count(demo_journal, table, agent.id)
        shared = demo_journal.conn.execute(
            "SELECT COUNT(*) FROM notes WHERE agent_id = ? AND private = 0", [agent.id])
        assert _count(other, "notes", new_id) == shared.fetchone()[0]
        assert other.conn.execute("SELECT COUNT(*) FROM notes WHERE private = 1"
                                  ).fetchone()[0] == 0
        sessions = {s.id for s in other.sessions() if s.agent_id == new_id}
        goals = other.conn.execute("SELECT session_id, carried_over_from FROM goals"
                                   " WHERE agent_id = ?", [new_id]).fetchall()
        assert {g[0] for g in goals} <= sessions
        carried = {g[1] for g in goals if g[1] is not None}
        own = {r[0] for r in other.conn.execute("SELECT id FROM goals WHERE agent_id = ?",
                                                [new_id])}
        assert carried <= own
        log = other.conn.execute("SELECT field, new FROM change_log WHERE entity = 'agent'"
                                 " AND entity_id = ?", [str(new_id)]).fetchall()
        assert ("handed_over_from", "agent.json") in log
        assert other.conn.execute("PRAGMA foreign_key_check").fetchall() == []

        with pytest.raises(UserError, match="already knows"):
            import_bundle(other, bundle)


def test_private_notes_travel_only_when_asked(demo_journal, tmp_path):
    agent = _agent_with_history(demo_journal)
    demo_journal.conn.execute(
        "INSERT INTO notes (agent_id, created_at, text, private) VALUES (?, ?, ?, 1)",
        [agent.id, "2026-11-03T10:00:00", "only for the old lead"])
    demo_journal.conn.commit()
    bundle = tmp_path / "with.json"
    export_bundle(demo_journal, agent.id, bundle, with_private=True)
    assert "only for the old lead" in bundle.read_text()


def test_a_changed_signed_record_refuses_the_whole_bundle(demo_journal, tmp_path):
    agent = _agent_with_history(demo_journal)
    bundle = tmp_path / "agent.json"
    export_bundle(demo_journal, agent.id, bundle)
    data = json.loads(bundle.read_text())
    record = data["tables"]["signed_records"][0]
    record["record"] = record["record"].replace(agent.name, "Someone Else")
    bundle.write_text(json.dumps(data))
    with Journal.open(tmp_path / "other.db") as other:
        with pytest.raises(UserError, match="no longer matches its hash"):
            import_bundle(other, bundle)
        assert other.agents() == []


def test_cli_hands_an_agent_over_in_both_languages(demo_journal_path, tmp_path, capsys):
    from coachtui import cli

    bundle = tmp_path / "joris.json"
    assert cli.main(["agent", "export", "joris", "--out", str(bundle),
                     "--journal", str(demo_journal_path)]) == 0
    assert "was handed over to" in capsys.readouterr().out
    other = tmp_path / "new-lead.db"
    assert cli.main(["agent", "import", str(bundle), "--journal", str(other),
                     "--lang", "nl"]) == 0
    assert "is ingelezen met de geschiedenis" in capsys.readouterr().out
    assert cli.main(["agent", "import", str(bundle), "--journal", str(other)]) == 1
    assert "already knows" in capsys.readouterr().err
