"""The Journal: the only door to the SQLite file. Takes and returns domain models.

Every write runs in one transaction together with its change-log rows, in WAL mode, so a
killed process loses nothing that was committed (every keystroke is a commit).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from coachtui.clock import now_iso
from coachtui.errors import JournalError
from coachtui.storage.agents import AgentStore
from coachtui.storage.catalogue import CatalogueStore
from coachtui.storage.changelog import ChangeLogStore, append_change
from coachtui.storage.connection import SQLITE_HEADER, configure
from coachtui.storage.figures import FigureStore
from coachtui.storage.migrations import MIGRATION_SET, known_migration_names, migrations
from coachtui.storage.notes import NoteStore
from coachtui.storage.overview import OverviewStore
from coachtui.storage.privacy import PrivacyStore
from coachtui.storage.sessions import SessionStore


class Journal(AgentStore, CatalogueStore, FigureStore, SessionStore, NoteStore, ChangeLogStore,
              PrivacyStore, OverviewStore):
    """A coachtui journal file, opened, checked and migrated."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._data_version = self._read_data_version()

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Journal:
        """Open (and if allowed create) the journal at `path`; refuse anything else clearly."""
        path = Path(path).expanduser()
        fresh = not path.exists() or path.stat().st_size == 0
        if not path.exists():
            if not create:
                raise JournalError(
                    f"There is no journal at {path}; run `coachtui demo` or `coachtui` first."
                )
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        elif path.is_dir():
            raise JournalError(f"{path} is a folder, not a coachtui journal.")
        else:
            with open(path, "rb") as handle:
                header = handle.read(16)
            if header and header != SQLITE_HEADER:
                raise JournalError(f"{path} is not a coachtui journal (not an SQLite file).")
        if not fresh:
            cls._check_read_only(path)
        try:
            conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        except sqlite3.Error as exc:
            raise JournalError(f"{path} cannot be opened: {exc}.") from exc
        try:
            db = Database(conn, execute_plugins=False)
            configure(conn)
            if migrations.pending(db):
                migrations.apply(db)
            journal = cls(db, path)
            if fresh:
                journal._initialise()
            os.chmod(path, 0o600)
            return journal
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise JournalError(f"{path} is damaged and cannot be read ({exc}).") from exc
        except BaseException:
            conn.close()
            raise

    @classmethod
    def memory(cls) -> Journal:
        """An in-memory journal (for tests and previews)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        db = Database(conn, execute_plugins=False)
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        journal = cls(db, None)
        journal._initialise()
        return journal

    @classmethod
    def _check_read_only(cls, path: Path) -> None:
        """Look at an existing file through a read-only connection, so a refused file is
        never touched (a read-write close would checkpoint another program's WAL into it)."""
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            raise JournalError(f"{path} cannot be opened: {exc}.") from exc
        try:
            cls._check_is_ours(conn, path)
        except sqlite3.DatabaseError as exc:
            raise JournalError(f"{path} is damaged and cannot be read ({exc}).") from exc
        finally:
            conn.close()

    @staticmethod
    def _check_is_ours(conn: sqlite3.Connection, path: Path) -> None:
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise JournalError(f"{path} is damaged or not a journal ({exc}).") from exc
        if not tables:
            return
        if "_sqlite_migrations" not in tables:
            raise JournalError(f"{path} is an SQLite file but not a coachtui journal.")
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        if not applied:
            raise JournalError(f"{path} is an SQLite file but not a coachtui journal.")
        unknown = applied - known_migration_names()
        if unknown:
            raise JournalError(
                f"{path} was written by a newer coachtui (it has {sorted(unknown)[-1]}); "
                "update coachtui to open it."
            )

    def _initialise(self) -> None:
        from coachtui.default_catalogue import DEFAULT_FACTORS, DEFAULT_METRICS

        with self.transaction():
            self.db["meta"].insert_all(
                [{"key": "created_at", "value": now_iso()}], replace=True
            )
            for metric in DEFAULT_METRICS:
                self.save_metric(metric)
            for factor in DEFAULT_FACTORS:
                self.save_factor(factor)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the file)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and the change log -------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One transaction: everything inside is written together or not at all.

        The outer one is BEGIN IMMEDIATE: it takes the write lock before reading, so a
        read-then-write never fails because another window wrote in between (it waits up
        to the busy timeout instead). Nested ones are savepoints.
        """
        conn = self.db.conn
        if conn.in_transaction:
            self._depth = depth = getattr(self, "_depth", 0) + 1
            name = f"coachtui_{depth}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:  # an error may already have ended it all
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._depth = depth - 1
        else:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        # No data_version read here: our own commits never change it, and reading it now
        # would swallow a change another window made just before ours.

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
        append_change(self.db.conn, at=at or now_iso(), agent_id=agent_id, entity=entity,
                      entity_id=entity_id, field=field, old=_text(old), new=_text(new),
                      session_id=session_id)

    # -- other processes -----------------------------------------------------------------
    def _read_data_version(self) -> int:
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once if another process has committed to the file since we last looked."""
        version = self._read_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    # -- meta ----------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        """A journal-wide setting (manager name, language, configured source, ...)."""
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Store a journal-wide setting."""
        with self.transaction():
            old = self.meta(key)
            self.db.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            self._log("meta", key, "value", old, value, None)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "value") and not isinstance(value, str | int | float):
        value = value.value
    return str(value)
