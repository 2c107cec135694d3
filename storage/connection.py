"""How a journal file is looked at and connected to: plain `os.stat` and sqlite3 only.

The file is never opened with Python's `open()`: closing any descriptor of a file drops
all of the process's POSIX locks on it, so a header read next to a live connection let
other processes delete that connection's -wal and -shm. Before the first connection only
`os.stat` looks at the path (a pipe would hang a read, a device would answer nonsense);
from then on SQLite alone opens the file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from coachtui.errors import JournalError
from coachtui.outside_text import quoted

BUSY_TIMEOUT_MS = 5000


def shown_path(path: Path) -> str:
    """A path for a sentence: one line, control characters made visible."""
    return quoted(path, limit=200)


@dataclass(frozen=True)
class JournalFile:
    """What `inspect` found at a journal's path, before any connection was opened."""

    path: Path
    missing: bool  # nothing there yet (and `create` allowed making it)
    read_only: bool  # the file or its folder may not be written: open it read-only
    identity: tuple[int, int] | None  # (device, inode): what "the same file" means

    @property
    def has_wal(self) -> bool:
        """Whether a -wal lies beside the file (another connection may be writing it)."""
        return os.path.lexists(f"{self.path}-wal")


def _may_write(path: Path, mode: int) -> bool:
    # The permission bits count even for root: a journal its owner made read-only (or a
    # folder made unwritable) is treated as such by everyone.
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def _may_read(path: Path, mode: int) -> bool:
    return os.access(path, os.R_OK) and bool(mode & 0o444)


def inspect(path: Path, *, create: bool) -> JournalFile:
    """Check what is at `path` with `os.stat` only; JournalError for anything unusable.

    Pipes, devices, sockets, folders, dangling links and unreadable files are refused
    before SQLite sees them, so nothing (no -wal, no -shm, no new file) appears beside them.
    A missing file is refused unless `create`; then its folder must be writable.
    """
    where = shown_path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            raise JournalError("journal.dangling_link", path=where) from None
        if not create:
            raise JournalError("journal.missing", path=where) from None
        return JournalFile(path, missing=True, read_only=False, identity=None)
    except PermissionError:
        raise JournalError("journal.unreadable", path=where) from None
    except OSError as exc:  # a loop of links, a name too long, a file used as a folder
        raise JournalError("journal.cannot_open", path=where,
                           reason=exc.strerror or type(exc).__name__) from None
    if stat.S_ISDIR(info.st_mode):
        raise JournalError("journal.folder", path=where)
    if not stat.S_ISREG(info.st_mode):
        raise JournalError("journal.not_a_file", path=where)
    if not _may_read(path, info.st_mode):
        raise JournalError("journal.unreadable", path=where)
    folder = path.parent
    try:
        folder_mode = os.stat(folder).st_mode
    except OSError:
        folder_mode = 0
    read_only = not (_may_write(path, info.st_mode) and _may_write(folder, folder_mode))
    return JournalFile(path, missing=False, read_only=read_only,
                       identity=(info.st_dev, info.st_ino))


def create_file(path: Path) -> tuple[int, int]:
    """Create the journal file, private (0600), in a private folder made if missing.

    Runs before any connection to the file exists (it did not exist), so this descriptor
    cannot drop anyone's locks. Returns the new file's (device, inode).
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder_mode = os.stat(folder).st_mode
    except OSError:
        raise JournalError("journal.folder_unwritable",
                           folder=shown_path(folder)) from None
    if not _may_write(folder, folder_mode):
        raise JournalError("journal.folder_unwritable", folder=shown_path(folder))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:  # another process made it just now: use theirs
        info = os.stat(path)
        return (info.st_dev, info.st_ino)
    except OSError as exc:
        raise JournalError("journal.cannot_open", path=shown_path(path),
                           reason=exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
    finally:
        os.close(fd)
    return (info.st_dev, info.st_ino)


def _uri(path: Path, *, immutable: bool) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to `path` nor leave anything beside it.

    Without a -wal beside the file no other connection is writing it, and `immutable`
    reads the file alone (a plain read-only connection would create -wal and -shm and,
    unable to delete them, leave them behind). With a -wal, a read-only connection reads
    through it, so what another window committed is seen.
    """
    immutable = not os.path.lexists(f"{path}-wal")
    conn = sqlite3.connect(_uri(path, immutable=immutable), uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection to `path`, not yet configured: reading it writes nothing.

    `configure` (which may switch the file to WAL) runs only once the file proved to be
    a journal, so a foreign file is left exactly as it was.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def configure(conn: sqlite3.Connection) -> None:
    """WAL, foreign keys, a busy timeout and NORMAL sync: how every journal connection runs.

    `recursive_triggers` is what sqlite-utils' `Database` switches on; it is set here too so
    the connection behaves the same before and after sqlite-utils is loaded.
    """
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
