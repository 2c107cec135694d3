"""Opening a journal: a new file is private and in WAL mode; anything else is refused
clearly and left byte for byte as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from coachtui.errors import JournalError
from coachtui.storage import Journal


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_journal_is_private_with_wal_and_shm(journal_path):
    with Journal.open(journal_path) as journal:
        journal.set_meta("manager_name", "Marieke")  # a write, so -wal and -shm exist
        wal = journal_path.with_name(journal_path.name + "-wal")
        shm = journal_path.with_name(journal_path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert _mode(journal_path) == 0o600
        assert _mode(wal) == 0o600
        assert _mode(shm) == 0o600


def test_existing_journal_keeps_the_mode_its_owner_gave_it(journal_path):
    """The mode is set only when coachtui creates the file, never on a later open."""
    Journal.open(journal_path).close()
    journal_path.chmod(0o640)
    with Journal.open(journal_path) as journal:
        journal.set_meta("manager_name", "Marieke")
    assert _mode(journal_path) == 0o640


def test_pragmas(journal):
    conn = journal.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_new_journal_has_the_default_catalogue(journal):
    assert {m.key for m in journal.metrics()} >= {"ftr", "tickets_per_hour", "smileys_green"}
    assert journal.factors()
    assert journal.meta("created_at") is not None


def test_missing_file_with_create_false_is_refused_and_not_created(tmp_path):
    path = tmp_path / "nowhere" / "journal.db"
    with pytest.raises(JournalError, match=r"There is no journal at .*journal\.db"):
        Journal.open(path, create=False)
    assert not path.exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(JournalError, match="is a folder"):
        Journal.open(tmp_path)


def _refused_unchanged(path, match: str) -> None:
    """Opening `path` raises JournalError matching `match`; the file's bytes do not change."""
    before = path.read_bytes()
    with pytest.raises(JournalError, match=match):
        Journal.open(path)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists() or \
        path.with_name(path.name + "-wal").stat().st_size == 0


def test_text_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Meeting with Sanne on Monday\n" * 20)
    _refused_unchanged(path, "not a coachtui journal .not an SQLite file")


def test_tiny_text_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hi")
    _refused_unchanged(path, "not a coachtui journal")


def test_random_bytes_are_refused_unchanged(tmp_path):
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    _refused_unchanged(path, "not a coachtui journal")


def test_sqlite_file_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('pancakes')")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "an SQLite file but not a coachtui journal")


def test_sqlite_file_with_other_migrations_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT,"
                 " applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations VALUES ('blog', 'm001', '2024-01-01')")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "not a coachtui journal")


def test_journal_from_a_newer_coachtui_is_refused_unchanged(journal_path):
    Journal.open(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('coachtui', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    _refused_unchanged(journal_path, "newer coachtui .*m999_from_the_future.*update coachtui")


def test_truncated_journal_is_refused_unchanged(demo_journal_path):
    data = demo_journal_path.read_bytes()
    demo_journal_path.write_bytes(data[: len(data) // 3])
    _refused_unchanged(demo_journal_path, "damaged")


def test_journal_with_garbage_in_the_middle_is_refused_unchanged(demo_journal_path):
    data = bytearray(demo_journal_path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # everything after the first page
        data[start:start + page] = os.urandom(page)
    demo_journal_path.write_bytes(bytes(data))
    _refused_unchanged(demo_journal_path, "damaged")


def test_journal_with_broken_first_page_is_refused_unchanged(demo_journal_path):
    data = bytearray(demo_journal_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    demo_journal_path.write_bytes(bytes(data))
    _refused_unchanged(demo_journal_path, "damaged|not a coachtui journal")


def test_refusal_leaves_a_read_only_copy_intact(tmp_path, demo_journal_path):
    """A refused file is never 'repaired': the copy in a backup folder stays equal."""
    backup = tmp_path / "backup.db"
    shutil.copy(demo_journal_path, backup)
    demo_journal_path.write_bytes(demo_journal_path.read_bytes()[:5000])
    with pytest.raises(JournalError):
        Journal.open(demo_journal_path)
    with Journal.open(backup) as journal:
        assert len(journal.agents()) == 12


def test_empty_existing_file_becomes_a_journal(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with Journal.open(path) as journal:
        assert journal.metrics()


def _crashed_wal_copy(tmp_path, build) -> Path:
    """A WAL-mode file whose last writes still sit in its -wal (as after a crash)."""
    source = tmp_path / "live.db"
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    build(conn)
    conn.commit()
    target = tmp_path / "crashed.db"
    for suffix in ("", "-wal"):
        shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    conn.close()
    assert Path(f"{target}-wal").stat().st_size > 0
    return target


def test_foreign_wal_file_is_not_checkpointed_into(tmp_path):
    def build(conn):
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipes (title) VALUES ('pancakes')")

    path = _crashed_wal_copy(tmp_path, build)
    before = path.read_bytes()
    wal_before = Path(f"{path}-wal").read_bytes()
    with pytest.raises(JournalError, match="not a coachtui journal"):
        Journal.open(path)
    assert path.read_bytes() == before
    assert Path(f"{path}-wal").read_bytes() == wal_before
