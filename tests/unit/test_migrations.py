"""Schema migrations: from an empty file, re-opening, and journals of earlier versions."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from coachtui.model import Agent
from coachtui.storage import Journal
from coachtui.storage.migrations import (
    known_migration_names,
    migrations,
    registered_migration_names,
)
from coachtui.storage.schema_version import MIGRATION_NAMES, MIGRATION_SET


def _applied(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY name",
            [MIGRATION_SET])]
    finally:
        conn.close()


def test_every_migration_runs_on_an_empty_file(journal_path):
    Journal.open(journal_path).close()
    assert set(_applied(journal_path)) == known_migration_names()
    assert "m001_initial_schema" in known_migration_names()


def test_migration_names_sort_in_the_order_they_run():
    names = registered_migration_names()
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_the_light_list_of_names_is_the_registered_one():
    """`Journal.open` decides "nothing pending" from MIGRATION_NAMES without sqlite-utils:
    it must name exactly the migrations registered with sqlite-utils, in order."""
    assert list(MIGRATION_NAMES) == registered_migration_names()


def test_reopening_applies_nothing_and_keeps_data(journal_path):
    with Journal.open(journal_path) as journal:
        sanne = journal.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
        session = journal.start_session(sanne.id, "2026-10")
        journal.set_learning_point(session.id, "Summarise first")
    applied = _applied(journal_path)
    with Journal.open(journal_path) as journal:
        assert migrations.pending(journal.db) == []
        assert journal.find_agent("sanne").id == sanne.id
        assert journal.session(session.id).learning_point == "Summarise first"
        assert len(journal.metrics()) > 0  # the catalogue is not added twice or lost
        metric_count = len(journal.metrics(active_only=False))
    assert _applied(journal_path) == applied
    with Journal.open(journal_path) as journal:
        assert len(journal.metrics(active_only=False)) == metric_count


def test_journal_of_an_earlier_version_opens_and_keeps_its_story(journal_path):
    """A journal written before m002 (no session_id in the change log) is brought up to date."""
    db = Database(sqlite3.connect(journal_path))
    migrations.apply(db, stop_before="m002_change_log_session")
    conn = db.conn
    conn.execute("INSERT INTO agents (id, name, email) VALUES (1, 'Sanne de Vries',"
                 " 'sanne@example.nl')")
    conn.execute("INSERT INTO sessions (id, agent_id, month, learning_point, created_at,"
                 " updated_at) VALUES (1, 1, '2026-09', 'Summarise first',"
                 " '2026-09-30T10:00:00+00:00', '2026-09-30T10:00:00+00:00')")
    conn.execute("INSERT INTO change_log (at, agent_id, entity, entity_id, field, old, new)"
                 " VALUES ('2026-09-30T10:00:00+00:00', 1, 'session', '1', 'learning_point',"
                 " NULL, 'Summarise first')")
    conn.commit()
    conn.close()
    assert "m002_change_log_session" not in _applied(journal_path)

    with Journal.open(journal_path) as journal:
        assert set(_applied(journal_path)) == known_migration_names()
        assert journal.session(1).learning_point == "Summarise first"
        journal.save_session_field(1, "agreements", "Weekly check-in")
        story = [(c.field, c.new) for c in journal.session_history(1)]
        assert story == [("learning_point", "Summarise first"),
                         ("agreements", "Weekly check-in")]


def test_changed_elsewhere_detects_another_window_once(journal_path):
    with Journal.open(journal_path) as first, Journal.open(journal_path) as second:
        sanne = first.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
        assert first.changed_elsewhere() is False  # own writes do not count
        assert second.changed_elsewhere() is True
        assert second.changed_elsewhere() is False
        session = second.start_session(sanne.id, "2026-10")
        assert first.changed_elsewhere() is True
        assert first.changed_elsewhere() is False
        first.save_session_field(session.id, "support", "Headset")
        assert first.changed_elsewhere() is False
        assert second.changed_elsewhere() is True
        assert second.changed_elsewhere() is False


def test_own_write_does_not_swallow_a_change_made_elsewhere(journal_path):
    """Window two saves; window one autosaves before it polls: it must still hear of it."""
    with Journal.open(journal_path) as first, Journal.open(journal_path) as second:
        sanne = first.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
        session = first.start_session(sanne.id, "2026-10")
        assert second.changed_elsewhere() is True
        second.save_session_field(session.id, "agreements", "From window two")
        first.save_session_field(session.id, "support", "From window one")
        assert first.changed_elsewhere() is True
        assert first.changed_elsewhere() is False


def test_two_windows_saving_at_once_wait_for_each_other(journal_path):
    """One window reads then writes while the other writes in between: both succeed,
    one after the other, instead of 'database is locked'."""
    import threading
    import time

    with Journal.open(journal_path) as first, Journal.open(journal_path) as second:
        sanne = first.add_agent(Agent(name="Sanne de Vries", email="sanne@example.nl"))
        session = first.start_session(sanne.id, "2026-10")
        errors: list[BaseException] = []

        def other_window() -> None:
            try:
                second.save_session_field(session.id, "support", "From window two")
            except BaseException as exc:  # reported below
                errors.append(exc)

        with first.transaction():
            first.session(session.id)  # the read part of read-then-write
            thread = threading.Thread(target=other_window)
            thread.start()
            time.sleep(0.3)
            first.save_session_field(session.id, "agreements", "From window one")
        thread.join(10)
        assert errors == []
        story = first.session(session.id)
        assert (story.agreements, story.support) == ("From window one", "From window two")
