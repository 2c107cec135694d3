"""The Journal: the only door to the SQLite file. Takes and returns domain models.

Every write runs in one transaction together with its change-log rows, in WAL mode, so a
killed process loses nothing that was committed (every keystroke is a commit).

Opening a current journal loads neither sqlite-utils nor pydantic: the file is checked
with `os.stat` and plain sqlite3 (`storage.connection`, `storage.schema_version`);
sqlite-utils comes in when a migration is pending, a journal is created or a bulk write
asks for `journal.db`; each model when a read first builds one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import JournalError, ReadOnlyError
from coachtui.storage import integrity
from coachtui.storage.agents import AgentStore
from coachtui.storage.catalogue import CatalogueStore
from coachtui.storage.changelog import ChangeLogStore, append_change
from coachtui.storage.connection import (
    JournalFile,
    configure,
    connect,
    connect_read_only,
    create_file,
    inspect,
    shown_path,
)
from coachtui.storage.figures import FigureStore
from coachtui.storage.notes import NoteStore
from coachtui.storage.overview import OverviewStore
from coachtui.storage.privacy import PrivacyStore
from coachtui.storage.qm import QmStore
from coachtui.storage.schema_version import SchemaState, read_schema_state
from coachtui.storage.sessions import SessionStore
from coachtui.storage.talk_answers import TalkAnswerStore
from coachtui.storage.year import YearStore

if TYPE_CHECKING:
    from sqlite_utils import Database


class Journal(AgentStore, CatalogueStore, FigureStore, SessionStore, NoteStore, ChangeLogStore,
              PrivacyStore, OverviewStore, YearStore, TalkAnswerStore, QmStore):
    """A coachtui journal file, opened, checked and migrated."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *,
                 read_only: bool = False, identity: tuple[int, int] | None = None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._identity = identity
        self._database: Database | None = None
        self._depth = 0
        self._whole = path is None  # an in-memory journal needs no check
        self._closed = False
        integrity.opened(identity)
        self._data_version = self._read_data_version()

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Journal:
        """Open (and if allowed create) the journal at `path`; refuse anything else clearly.

        A journal that may not be written (file or folder) opens read-only and refuses
        every write; one that is damaged opens for reading and refuses every write.
        """
        found = inspect(Path(path).expanduser(), create=create)
        if found.missing:
            identity = create_file(found.path)
            return cls._open_writable(JournalFile(found.path, missing=False, read_only=False,
                                                  identity=identity))
        if found.read_only:
            return cls._open_read_only(found)
        return cls._open_writable(found)

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str]) -> Journal:
        """Open the journal at `path` for reading only, whatever its file allows: every
        write is refused and nothing is written beside it (a view over someone else's
        journal, such as the site view's)."""
        found = inspect(Path(path).expanduser(), create=False)
        return cls._open_read_only(found)

    @classmethod
    def _open_read_only(cls, found: JournalFile) -> Journal:
        path = found.path
        conn = _connected(path, connect_read_only)
        try:
            state = _schema_state(conn, path)
            if state.empty:
                raise JournalError("journal.read_only_empty", path=shown_path(path))
            if state.pending:
                raise JournalError("journal.read_only_outdated", path=shown_path(path))
            conn.execute("PRAGMA query_only = ON")
            return cls(conn, path, read_only=True, identity=found.identity)
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _open_writable(cls, found: JournalFile) -> Journal:
        path = found.path
        if found.has_wal:
            # A -wal may hold another program's commits: look through a read-only connection
            # first, so a file that is not ours is never checkpointed into on close.
            check = _connected(path, connect_read_only)
            try:
                state = _schema_state(check, path)
            finally:
                check.close()
            conn = _connected(path, connect)
        else:
            # No -wal: reading through the read-write connection writes nothing, and the
            # file is switched to WAL (`configure`) only once it proved to be ours.
            conn = _connected(path, connect)
            try:
                state = _schema_state(conn, path)
            except BaseException:
                conn.close()
                raise
        journal: Journal | None = None
        try:
            configure(conn)
            journal = cls(conn, path, identity=found.identity)
            if state.empty:
                journal._migrate()
                journal._initialise()
            elif state.pending:
                journal._refuse_if_damaged()
                journal._migrate()
            return journal
        except BaseException as exc:
            if journal is not None:
                journal.close()
            else:
                conn.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise JournalError("journal.damaged", path=shown_path(path)) from exc
            raise

    @classmethod
    def memory(cls) -> Journal:
        """An in-memory journal (for tests and previews)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        journal = cls(conn, None)
        journal._migrate()
        journal._initialise()
        return journal

    def _migrate(self) -> None:
        """Run the pending migrations (the only place sqlite-utils' Migrations is loaded)."""
        from coachtui.storage.migrations import apply_migrations

        apply_migrations(self.db)

    def _initialise(self) -> None:
        from coachtui.default_catalogue import DEFAULT_FACTORS, DEFAULT_METRICS

        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                              ["created_at", now_iso()])
            for metric in DEFAULT_METRICS:
                self.save_metric(metric)
            for factor in DEFAULT_FACTORS:
                self.save_factor(factor)

    @property
    def db(self) -> Database:
        """sqlite-utils on this connection, for bulk writes and migrations (loaded on
        first use: reads and single-row writes go through `conn`)."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self.conn, execute_plugins=False)
        return self._database

    def close(self) -> None:
        """Close the connection.

        No checkpoint by hand: another window may have the file open, and a forced one would
        wait for its readers. SQLite checkpoints on its own as the WAL grows and when the
        last connection closes (privacy erasure scrubs the file itself).
        """
        if not self._closed:
            self._closed = True
            integrity.closed(self._identity)
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the state of the file -----------------------------------------------------------
    def check_health(self) -> bool:
        """True when the file is whole (`PRAGMA quick_check`, once per file and process)."""
        if not self._whole:
            self._whole = integrity.is_whole(self.conn, self._identity)
        return self._whole

    def _refuse_if_damaged(self) -> None:
        if not self.check_health():
            raise JournalError("journal.damaged_write", path=self.display_path)

    @property
    def display_path(self) -> str:
        """The file's path for a sentence (control characters made visible)."""
        return shown_path(self.path) if self.path is not None else ":memory:"

    def _before_first_write(self) -> None:
        """Refuse a write to a read-only or damaged journal, before anything is written."""
        if self.read_only:
            raise ReadOnlyError("journal.read_only", path=self.display_path)
        self._refuse_if_damaged()

    # -- transactions and the change log -------------------------------------------------
    def transaction(self) -> Transaction:
        """One transaction: everything inside is written together or not at all.

        The outer one is BEGIN IMMEDIATE: it takes the write lock before reading, so a
        read-then-write never fails because another window wrote in between (it waits up
        to the busy timeout instead). Nested ones are savepoints. The first one of a
        journal refuses a read-only or damaged file before anything is written.
        """
        return Transaction(self)

    def _log(
        self,
        entity: str,
        entity_id: Any,
        field: str,
        old: Any,
        new: Any,
        agent_id: int | None,
        session_id: int | None = None,
        at: str | None = None,
    ) -> None:
        """Append one change to the change log (inside the caller's transaction).

        `session_id` names the talk the change belongs to (for `session_history`); `at`
        lets a caller that already took the time pass it on.
        """
        append_change(self.conn, at=at or now_iso(), agent_id=agent_id, entity=entity,
                      entity_id=entity_id, field=field, old=_text(old), new=_text(new),
                      session_id=session_id)

    # -- other processes -----------------------------------------------------------------
    def _read_data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once if another process has committed to the file since we last looked."""
        version = self._read_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    # -- meta ----------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        """A journal-wide setting (manager name, language, configured source, ...)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Store a journal-wide setting."""
        with self.transaction():
            old = self.meta(key)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            self._log("meta", key, "value", old, value, None)


class Transaction:
    """`Journal.transaction()`: BEGIN IMMEDIATE ... COMMIT, or a savepoint when nested.

    A small class rather than a generator: the autosave enters one per keystroke.
    """

    __slots__ = ("_journal", "_savepoint")

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._savepoint: str | None = None

    def __enter__(self) -> sqlite3.Connection:
        journal = self._journal
        conn = journal.conn
        if conn.in_transaction:
            journal._depth += 1
            self._savepoint = f"coachtui_{journal._depth}"
            conn.execute(f"SAVEPOINT {self._savepoint}")
        else:
            if journal.read_only or not journal._whole:
                journal._before_first_write()
            conn.execute("BEGIN IMMEDIATE")
        return conn

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        journal = self._journal
        conn = journal.conn
        name = self._savepoint
        if name is not None:
            journal._depth -= 1
            if kind is None:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            elif conn.in_transaction:  # an error may already have ended it all
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        if kind is not None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        # No data_version read here: our own commits never change it, and reading it now
        # would swallow a change another window made just before ours.


def _connected(path: Path, opener: Any) -> sqlite3.Connection:
    """`opener(path)`, with SQLite's refusal turned into one sentence."""
    try:
        conn: sqlite3.Connection = opener(path)
    except sqlite3.Error as exc:
        raise JournalError("journal.cannot_open", path=shown_path(path),
                           reason=str(exc)) from exc
    return conn


def _schema_state(conn: sqlite3.Connection, path: Path) -> SchemaState:
    """The file's schema state; refuses a file that is not a current-or-older journal."""
    where = shown_path(path)
    try:
        state = read_schema_state(conn)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise JournalError("journal.not_sqlite", path=where) from exc
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
            raise JournalError("journal.cannot_open", path=where, reason=str(exc)) from exc
        raise JournalError("journal.damaged", path=where) from exc
    if not state.empty and not state.ours:
        raise JournalError("journal.foreign", path=where)
    if state.newer:
        raise JournalError("journal.newer", path=where, migration=state.newer[-1])
    return state


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "value") and not isinstance(value, str | int | float):
        value = value.value
    return str(value)
