"""How a journal file is opened: its header and the pragmas of every connection to it.

Plain sqlite3 (no sqlite-utils), shared by `Journal.open` and the note door
(`storage.note_door`), so both run a journal the same way.
"""

from __future__ import annotations

import sqlite3

SQLITE_HEADER = b"SQLite format 3\x00"


def configure(conn: sqlite3.Connection) -> None:
    """WAL, foreign keys, a busy timeout and NORMAL sync: how every journal connection runs.

    `recursive_triggers` is what sqlite-utils' `Database` switches on; it is set here too so
    a connection opened without sqlite-utils behaves the same.
    """
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
