"""The note door: `coachtui note`'s light way into the journal, on plain sqlite3.

Opening the full `Journal` loads sqlite-utils, pydantic and every model, which costs a
quick note most of its start-up. The door does only what a note needs: name the agent,
read the active factors, and write the note with its change-log row, the same way the
Journal does (`insert_note` and `pick_agent` are shared with it, so the rules and the
stored rows cannot drift apart).

Only a file that is plainly a current journal is opened here. Anything else (no file, a
folder, an empty, foreign, damaged or newer file, or one with migrations pending) first goes
through `Journal.open`, which refuses it with its own message or migrates it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachtui.clock import now_iso
from coachtui.errors import JournalError, NotFoundError, UserError
from coachtui.model.choices import Channel, Rating, Relation
from coachtui.storage.agents import pick_agent
from coachtui.storage.changelog import append_change
from coachtui.storage.connection import SQLITE_HEADER, configure

MIGRATION_SET = "coachtui"
# The migrations of a current journal. A test checks this against storage.migrations; a
# name missing here only sends every note through the full Journal (slower, still right).
CURRENT_MIGRATIONS = frozenset({
    "m001_initial_schema",
    "m002_change_log_session",
    "m003_lighter_change_log",
})


@dataclass(frozen=True)
class AgentName:
    """An agent as the note door knows it: enough to name them and print the note."""

    id: int
    name: str
    email: str


@dataclass(frozen=True)
class FactorName:
    """An active qualitative factor: its key and its labels (what tags are matched on)."""

    key: str
    label_nl: str
    label_en: str

    def label(self, lang: str) -> str:
        """The label in `lang` (nl or en)."""
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class NewNote:
    """A quick note as `coachtui note` writes it (the fields of `coachtui.model.Note`)."""

    agent_id: int
    created_at: datetime
    text: str
    factor: str | None = None
    rating: Rating | None = None
    private: bool = False
    contact_ref: str | None = None
    channel: Channel | None = None
    relation: Relation | None = None
    id: int | None = None


def stamp(moment: datetime) -> str:
    """A time as stored: UTC, whole seconds, `+00:00`, like every other stamp in the journal,
    so text comparison and ordering follow time (naive times are taken as UTC)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="seconds")


def insert_note(conn: sqlite3.Connection, row: Mapping[str, Any], at: str) -> int:
    """Check the agent and factor, insert the note row and its change-log row; the new id.

    `row` holds the notes columns as stored (`created_at` already stamped). Runs inside
    the caller's transaction; both the Journal's `add_note` and the door write through it.
    """
    if conn.execute("SELECT 1 FROM agents WHERE id = ?", [row["agent_id"]]).fetchone() is None:
        raise NotFoundError(f"There is no agent with id {row['agent_id']}.")
    factor = row.get("factor")
    if factor is not None and conn.execute(
        "SELECT 1 FROM factors WHERE key = ?", [factor]
    ).fetchone() is None:
        raise UserError(f"There is no qualitative factor called {factor!r}.")
    cursor = conn.execute(
        f"INSERT INTO notes ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    note_id = int(cursor.lastrowid or 0)
    append_change(conn, at=at, agent_id=row["agent_id"], entity="note", entity_id=note_id,
                  field="created", old=None, new=row["text"])
    return note_id


def note_row(note: NewNote) -> dict[str, Any]:
    """The notes columns of a new note as stored, in the order of `Note.model_dump`."""
    def value(choice: Rating | Channel | Relation | None) -> str | None:
        return None if choice is None else choice.value

    return {
        "agent_id": note.agent_id, "created_at": stamp(note.created_at), "text": note.text,
        "factor": note.factor, "rating": value(note.rating), "private": note.private,
        "contact_ref": note.contact_ref, "channel": value(note.channel),
        "relation": value(note.relation),
    }


class NoteDoor:
    """A journal opened for one quick note: find the agent, read factors, add the note."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> NoteDoor:
        """Open the existing journal at `path`; refuse anything else as `Journal.open` does."""
        path = Path(path).expanduser()
        if not _is_current_journal(path):
            from coachtui.storage.journal import Journal  # refuses with its message, or migrates

            Journal.open(path, create=False).close()
        try:
            conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        except sqlite3.Error as exc:
            raise JournalError(f"{path} cannot be opened: {exc}.") from exc
        try:
            configure(conn)
            os.chmod(path, 0o600)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise JournalError(f"{path} is damaged and cannot be read ({exc}).") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the file), as the Journal does."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> NoteDoor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def find_agent(self, query: str) -> AgentName:
        """The one agent named by e-mail, id, or an unambiguous part of the name."""
        everyone = [AgentName(*row) for row in self.conn.execute(
            "SELECT id, name, email FROM agents ORDER BY name")]
        return pick_agent(query, everyone)

    def factors(self) -> list[FactorName]:
        """The active qualitative factors in display order."""
        return [FactorName(*row) for row in self.conn.execute(
            "SELECT key, label_nl, label_en FROM factors WHERE active = 1"
            " ORDER BY position, key")]

    def add_note(self, note: NewNote) -> NewNote:
        """Save the note and its change-log row in one transaction; returns it with its id."""
        text = note.text.strip()
        if not text:
            raise UserError("A note needs some text.")
        note = replace(note, text=text)
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")  # as Journal.transaction: the write lock first
        try:
            note_id = insert_note(conn, note_row(note), now_iso())
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return replace(note, id=note_id)


def _is_current_journal(path: Path) -> bool:
    """True when `path` is a coachtui journal with exactly the current migrations.

    Read through a read-only connection (as `Journal.open` checks), so a file that is not
    ours is never touched here; any doubt answers False and `Journal.open` decides.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except (OSError, sqlite3.Error):
        return False
    try:  # the same reads as Journal._check_is_ours
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "_sqlite_migrations" not in tables:
            return False
        applied = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return applied == CURRENT_MIGRATIONS
