"""Is a journal file whole? `PRAGMA quick_check`, at most once per open file and process.

A journal with foreign bytes in the middle often still shows its schema and most rows;
writing to it spreads the damage. So before a process first writes, the Journal runs
`quick_check`: every page of every table and index is read and its structure checked
(truncation SQLite already notices on the first read: the file is shorter than its header
says). A verdict "whole" holds while this process keeps the file open: a second Journal
on it (a worker's) does not check again; once the last one closes it is forgotten, so a
file put in its place later (a restored copy, a reused inode) is checked afresh.
"""

from __future__ import annotations

import sqlite3
import threading

Identity = tuple[int, int]  # (device, inode)

_lock = threading.Lock()
_open_count: dict[Identity, int] = {}
_whole_files: set[Identity] = set()


def opened(identity: Identity | None) -> None:
    """Count one more open Journal on the file."""
    if identity is None:
        return
    with _lock:
        _open_count[identity] = _open_count.get(identity, 0) + 1


def closed(identity: Identity | None) -> None:
    """Count one Journal less; the last one to close forgets the verdict."""
    if identity is None:
        return
    with _lock:
        left = _open_count.get(identity, 0) - 1
        if left > 0:
            _open_count[identity] = left
        else:
            _open_count.pop(identity, None)
            _whole_files.discard(identity)


def is_whole(conn: sqlite3.Connection, identity: Identity | None) -> bool:
    """True when the file behind `conn` passes `quick_check` (or already did while open in
    this process). A damaged file is checked again next time."""
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
            if identity in _open_count:
                _whole_files.add(identity)
    return whole
