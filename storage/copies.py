"""Copies of a journal file: a consistent backup through SQLite's online backup API, and
the checks a copy must pass before it may stand in for a journal (a restored replica).

Both write beside their target under a temporary name and move into place only when whole,
so a failed copy never leaves a half file where a journal is expected. Copies are HR data:
mode 0600, like the journal.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coachtui.errors import JournalError
from coachtui.storage.connection import connect, connect_read_only

__all__ = ["backup_into", "check_copy", "part_file", "signed_hashes"]


@contextmanager
def part_file(target: Path) -> Iterator[Path]:
    """A fresh temporary path beside `target` (mode 0600 once created); removed when the
    block fails, left for the caller to move into place when it succeeds."""
    part = target.with_name(f".{target.name}.part-{os.getpid()}")
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        yield part
    except BaseException:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def backup_into(conn: sqlite3.Connection, part: Path) -> None:
    """Copy the database behind `conn` into the new file `part` in one step of SQLite's
    online backup (a read transaction: another window goes on writing into its WAL), as a
    self-contained file (rollback journal, no -wal beside it)."""
    fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    target = connect(part)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def check_copy(path: Path) -> None:
    """Refuse a copy that SQLite does not find whole (`integrity_check`)."""
    conn = connect_read_only(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError:
        verdict = "not a database"
    finally:
        conn.close()
    if verdict != "ok":
        raise JournalError("replica.copy_damaged", path=str(path))


def signed_hashes(conn: sqlite3.Connection) -> dict[int, str]:
    """Session id -> the SHA-256 of its signed record, as stored (no table: none)."""
    try:
        rows = conn.execute("SELECT session_id, sha256 FROM signed_records").fetchall()
    except sqlite3.OperationalError:
        return {}
    return {int(session_id): str(sha) for session_id, sha in rows}
