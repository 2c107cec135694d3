"""Erasure leaves no trace of the agent in any table or in the file's bytes; purge picks
only agents whose employment ended long enough ago."""

from __future__ import annotations

from datetime import date

import pytest

from coachtui import clock
from coachtui.cli import main
from coachtui.model import Absence, Note
from coachtui.storage import Journal

SECRET_NOTE = "ERASE-ME-PRIVATE-NOTE-QUOKKA-31"
SHARED_NOTE = "ERASE-ME-SHARED-NOTE-WOMBAT-77"
SECRET_SESSION = "ERASE-ME-SESSION-TEXT-NARWHAL-5"


def seed(journal, query: str = "ayse") -> tuple[int, str]:
    """Give an agent unique texts everywhere (notes, a draft's private notes, an absence)."""
    agent = journal.find_agent(query)
    journal.add_note(Note(agent_id=agent.id, created_at=clock.now(), text=SECRET_NOTE,
                          private=True))
    journal.add_note(Note(agent_id=agent.id, created_at=clock.now(), text=SHARED_NOTE,
                          factor="initiative"))
    draft = journal.start_session(agent.id, "2026-11")
    journal.save_session_field(draft.id, "private_notes", SECRET_SESSION)
    journal.save_rating(draft.id, "initiative", None, SECRET_SESSION + " rating")
    journal.add_goal(draft.id, what=SECRET_SESSION + " goal")
    journal.add_absence(Absence(agent_id=agent.id, start=date(2026, 3, 2),
                                end=date(2026, 3, 4)))
    return agent.id, agent.email


def file_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def traces(path, *needles: str) -> list[str]:
    raw = file_bytes(path)
    return [n for n in needles if n.encode("utf-8") in raw]


def test_erase_removes_every_row_and_every_byte(demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        agent_id, email = seed(journal)
        others = {a.id: len(journal.sessions(agent_id=a.id)) for a in journal.agents()
                  if a.id != agent_id}
        session_ids = [s.id for s in journal.sessions(agent_id=agent_id)]
        journal.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert traces(demo_journal_path, email, SECRET_NOTE), "the seed should be on disk first"

    with Journal.open(demo_journal_path) as journal:
        report = journal.erase_agent(agent_id)
        assert report.file_cleaned
        conn = journal.db.conn
        for table in ("agents", "targets", "figures", "sessions", "goals", "notes",
                      "absences"):
            column = "id" if table == "agents" else "agent_id"
            assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?",
                                [agent_id]).fetchone()[0] == 0, table
        marks = ",".join("?" * len(session_ids))
        for table in ("factor_ratings", "addenda", "goals"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE session_id IN ({marks})",
                                session_ids).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM change_log WHERE agent_id = ?"
                            " OR (entity IN ('target','figure') AND entity_id LIKE ?)"
                            " OR (entity = 'agent' AND entity_id = ?)",
                            [agent_id, f"{agent_id}:%", str(agent_id)]).fetchone()[0] == 0
        # Everyone else is untouched.
        assert {a.id: len(journal.sessions(agent_id=a.id)) for a in journal.agents()} == others
        # Checked while the journal is still open, and again after closing.
        assert traces(demo_journal_path, email, SECRET_NOTE, SHARED_NOTE, SECRET_SESSION,
                      "Ayşe Yılmaz") == []
    assert traces(demo_journal_path, email, SECRET_NOTE, SHARED_NOTE, SECRET_SESSION,
                  "Ayşe Yılmaz") == []
    with Journal.open(demo_journal_path) as journal:  # the file is still a good journal
        assert len(journal.agents()) == len(others)
        assert journal.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_erase_command_lists_first_and_needs_yes(demo_journal_path, capsys):
    with Journal.open(demo_journal_path) as journal:
        agent_id, email = seed(journal)
    assert main(["--journal", str(demo_journal_path), "privacy", "erase", email]) == 1
    captured = capsys.readouterr()
    # the tables in words, in reading order: the agent first, the change log last
    assert "notes (private ones too): " in captured.out and "talks: " in captured.out
    assert captured.out.index("agent: 1 row") < captured.out.index("change log: ")
    assert "--yes" in captured.err
    with Journal.open(demo_journal_path) as journal:
        assert journal.agent(agent_id).email == email  # nothing erased
    assert main(["--journal", str(demo_journal_path), "privacy", "erase", email,
                 "--yes"]) == 0
    assert traces(demo_journal_path, email, SECRET_NOTE, SHARED_NOTE, SECRET_SESSION) == []
    assert main(["--journal", str(demo_journal_path), "privacy", "erase", email]) == 1
    assert "No agent" in capsys.readouterr().err


def test_purge_candidates_are_only_agents_gone_long_enough(demo_journal):
    names = [a.name for a in demo_journal.purge_candidates(2, date(2026, 11, 22))]
    assert names == ["Peter Smit"]
    assert demo_journal.purge_candidates(3, date(2026, 11, 22)) == []
    # Left 2024-03-31: not yet two years gone on 2026-03-30, gone on 2026-04-01.
    assert demo_journal.purge_candidates(2, date(2026, 3, 30)) == []
    assert [a.name for a in demo_journal.purge_candidates(2, date(2026, 4, 1))] == ["Peter Smit"]


def test_purge_lists_without_yes_and_erases_only_the_right_agents(demo_journal_path, capsys):
    journal_arg = ["--journal", str(demo_journal_path)]
    with Journal.open(demo_journal_path) as journal:
        before = {a.email for a in journal.agents()}
    assert main([*journal_arg, "privacy", "purge"]) == 0
    out = capsys.readouterr().out
    assert "Peter Smit" in out and "--yes" in out
    with Journal.open(demo_journal_path) as journal:
        assert {a.email for a in journal.agents()} == before
    assert main([*journal_arg, "privacy", "purge", "--older-than", "3", "--yes"]) == 0
    assert "Nobody" in capsys.readouterr().out
    assert main([*journal_arg, "privacy", "purge", "--yes"]) == 0
    with Journal.open(demo_journal_path) as journal:
        assert {a.email for a in journal.agents()} == before - {"peter.smit@example.nl"}
    assert traces(demo_journal_path, "peter.smit@example.nl", "Peter Smit") == []


@pytest.mark.parametrize("years", ["-0.5", "-1"])
def test_purge_refuses_a_nonsense_period(demo_journal_path, capsys, years):
    assert main(["--journal", str(demo_journal_path), "privacy", "purge", "--older-than",
                 years]) == 1
    assert "--older-than" in capsys.readouterr().err
