"""The note door (`coachtui note`'s plain-sqlite3 way in) writes what the Journal writes,
names agents by the Journal's rule, and refuses what the Journal refuses."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from coachtui import clock
from coachtui.cli import main
from coachtui.errors import JournalError, NotFoundError, UserError
from coachtui.model import Channel, Note, Rating, Relation
from coachtui.storage import Journal
from coachtui.storage.migrations import MIGRATION_SET, known_migration_names
from coachtui.storage.note_door import CURRENT_MIGRATIONS, NewNote, NoteDoor
from coachtui.storage.note_door import MIGRATION_SET as DOOR_MIGRATION_SET

SANNE = "sanne.devries@example.nl"
AT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _dump(path) -> list[str]:
    """Every statement that rebuilds the file's content (schema and rows)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def twins(demo_journal_path, tmp_path):
    """Two equal copies of the demo journal: one for the Journal, one for the door."""
    twin = tmp_path / "twin.db"
    shutil.copy(demo_journal_path, twin)
    return demo_journal_path, twin


NOTES = [
    dict(text="Plain note"),
    dict(text="Klant blij — één call, ‘netjes’", factor="agreements", rating=Rating.MIXED,
         private=True, contact_ref="#4711", channel=Channel.CHAT,
         relation=Relation.STRENGTHENED),
    dict(text="  Spaces around  ", factor="language", rating=Rating.MINUS,
         channel=Channel.PHONE, relation=Relation.WEAKENED),
    dict(text="Created in another zone", factor="wow", rating=Rating.PLUS,
         created_at=datetime(2026, 11, 22, 11, 30, 15, 999, tzinfo=timezone(timedelta(hours=2)))),
]


def test_door_and_journal_write_the_same_rows(twins):
    by_journal, by_door = twins
    for fields in NOTES:
        fields = {"created_at": AT, **fields}
        with clock.frozen_at(AT), Journal.open(by_journal) as journal:
            agent_id = journal.find_agent(SANNE).id
            saved = journal.add_note(Note(agent_id=agent_id, **fields))
        with clock.frozen_at(AT), NoteDoor.open(by_door) as door:
            written = door.add_note(NewNote(agent_id=door.find_agent(SANNE).id, **fields))
        assert written.id == saved.id and written.text == saved.text
    assert _dump(by_door) == _dump(by_journal)
    with Journal.open(by_door) as journal:
        newest = journal.notes(journal.find_agent(SANNE).id)[0]
        assert newest.created_at == datetime(2026, 11, 22, 9, 30, 15, tzinfo=UTC)
        assert journal.history(entity="note", entity_id=newest.id)[0].field == "created"


def test_the_note_command_writes_what_the_journal_writes(twins, capsys):
    by_journal, by_cli = twins
    assert main(["note", "--journal", str(by_cli), "--private", "--ref", "#1", "--channel",
                 "email", "--relation", "kept", "sanne", "Helped", "a", "colleague",
                 "+samenwerk"]) == 0
    assert "Helped a colleague" in capsys.readouterr().out
    with Journal.open(by_journal) as journal:
        journal.add_note(Note(
            agent_id=journal.find_agent(SANNE).id, created_at=clock.now(),
            text="Helped a colleague", factor="collaboration", rating=Rating.PLUS,
            private=True, contact_ref="#1", channel=Channel.EMAIL, relation=Relation.KEPT))
    assert _dump(by_cli) == _dump(by_journal)


@pytest.mark.parametrize("query", [
    "sanne", "SANNE.DEVRIES@example.nl", "1", "11", "de vries", "  Visser ", "lukasz",
    "Łukasz", "ayşe", "e", "bakker", "peter", "nobody", "   ", "999", "²", "example.nl",
])
def test_door_names_agents_as_the_journal_does(demo_journal_path, query):
    def outcome(finder):
        try:
            agent = finder(query)
        except NotFoundError as exc:
            return ("refused", str(exc))
        return (agent.id, agent.name, agent.email)

    with Journal.open(demo_journal_path) as journal:
        expected = outcome(journal.find_agent)
    with NoteDoor.open(demo_journal_path) as door:
        assert outcome(door.find_agent) == expected


def test_door_reads_the_active_factors_in_order(demo_journal_path):
    with Journal.open(demo_journal_path) as journal:
        journal.db.conn.execute("UPDATE factors SET active = 0 WHERE key = 'wow'")
        journal.db.conn.commit()
        expected = [(f.key, f.label_nl, f.label_en, f.label("nl"), f.label("en"))
                    for f in journal.factors(active_only=True)]
    with NoteDoor.open(demo_journal_path) as door:
        got = [(f.key, f.label_nl, f.label_en, f.label("nl"), f.label("en"))
               for f in door.factors()]
    assert got == expected and "wow" not in [key for key, *_ in got]


def test_door_knows_exactly_the_registered_migrations():
    assert known_migration_names() == CURRENT_MIGRATIONS
    assert DOOR_MIGRATION_SET == MIGRATION_SET


@pytest.mark.parametrize(("fields", "error", "says"), [
    (dict(factor="punctuality", rating=Rating.PLUS), UserError, "no qualitative factor"),
    (dict(agent_id=999), NotFoundError, "no agent with id 999"),
    (dict(text="   "), UserError, "needs some text"),
])
def test_refused_note_leaves_no_row_and_no_log(demo_journal_path, fields, error, says):
    before = _dump(demo_journal_path)
    with NoteDoor.open(demo_journal_path) as door:
        note = NewNote(**{"agent_id": 1, "created_at": AT, "text": "Hello", **fields})
        with pytest.raises(error, match=says):
            door.add_note(note)
        assert not door.conn.in_transaction
    assert _dump(demo_journal_path) == before


def test_pending_migration_is_applied_by_the_journal_first(demo_journal_path, capsys):
    conn = sqlite3.connect(demo_journal_path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_lighter_change_log'")
    conn.execute("CREATE INDEX change_log_agent ON change_log(agent_id)")
    conn.commit()
    conn.close()
    assert main(["note", "--journal", str(demo_journal_path), "sanne", "After", "update"]) == 0
    conn = sqlite3.connect(demo_journal_path)
    applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    last = conn.execute("SELECT text FROM notes ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert applied == CURRENT_MIGRATIONS and "change_log_agent" not in indexes
    assert last == "After update"


def _newer(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('coachtui', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def _foreign(path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()


def _text(path) -> None:
    path.write_text("Meeting with Sanne on Monday\n" * 20)


def _truncated(path) -> None:
    path.write_bytes(path.read_bytes()[:5000])


def _garbage(path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start:start + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("spoil", [_newer, _foreign, _text, _truncated, _garbage])
def test_refusals_are_the_journals_and_leave_the_file_unchanged(demo_journal_path, spoil):
    spoil(demo_journal_path)
    before = demo_journal_path.read_bytes()
    with pytest.raises(JournalError) as by_journal:
        Journal.open(demo_journal_path, create=False)
    assert demo_journal_path.read_bytes() == before
    with pytest.raises(JournalError) as by_door:
        NoteDoor.open(demo_journal_path)
    assert str(by_door.value) == str(by_journal.value)
    assert demo_journal_path.read_bytes() == before


def test_missing_file_and_folder_are_refused_as_by_the_journal(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(JournalError, match="There is no journal at"):
        NoteDoor.open(missing)
    assert not missing.exists()
    with pytest.raises(JournalError, match="is a folder"):
        NoteDoor.open(tmp_path)


def test_door_keeps_the_journal_private_and_in_wal_mode(demo_journal_path):
    demo_journal_path.chmod(0o644)
    with NoteDoor.open(demo_journal_path) as door:
        pragmas = {name: door.conn.execute(f"PRAGMA {name}").fetchone()[0]
                   for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous",
                                "recursive_triggers")}
    assert stat.S_IMODE(os.stat(demo_journal_path).st_mode) == 0o600
    with Journal.open(demo_journal_path) as journal:
        expected = {name: journal.db.conn.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in pragmas}
    assert pragmas == expected == {"journal_mode": "wal", "foreign_keys": 1,
                                   "busy_timeout": 5000, "synchronous": 1,
                                   "recursive_triggers": 1}


def test_note_command_loads_neither_pydantic_nor_sqlite_utils(demo_journal_path):
    probe = (
        "import sys\n"
        "from coachtui.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'pydantic_core', 'sqlite_utils', 'textual', 'httpx'))\n"
        "print(rc, heavy)\n"
    )
    env = {**os.environ, "COACHTUI_TODAY": "2026-11-22"}
    result = subprocess.run(
        [sys.executable, "-c", probe, "note", "--journal", str(demo_journal_path), "sanne",
         "Quick", "one", "~init", "--channel", "phone"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"
