"""Is a journal file whole? `PRAGMA quick_check`, at most once per file and process.

A truncated journal, or one with foreign bytes in the middle, often still shows its schema
and most rows; writing to it spreads the damage. So before a process first writes, the
Journal runs `quick_check` (every page of every table and index is read and its structure
checked: it catches truncation and overwritten pages, unlike a look at the header). A file
found whole stays so for the process: a second connection (a worker's) does not check again.
"""

from __future__ import annotations

import sqlite3
import threading

_lock = threading.Lock()
_whole_files: set[tuple[int, int]] = set()  # (device, inode) of files found whole


def is_whole(conn: sqlite3.Connection, identity: tuple[int, int] | None) -> bool:
    """True when the file behind `conn` passes `quick_check` (or already did in this
    process). A damaged file is checked again next time: a restored copy may replace it."""
    with _lock:
        if identity is not None and identity in _whole_files:
            return True
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    whole = rows == [("ok",)]
    if whole and identity is not None:
        with _lock:
            _whole_files.add(identity)
    return whole
