"""Quick notes and absences in the journal. A note is locked once a signed talk used it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase

if TYPE_CHECKING:  # models load on first use, not with the Journal
    from coachtui.model import Absence, Note

_NOTE_FIELDS = ("text", "factor", "rating", "private", "contact_ref", "channel", "relation")
_NEW_NOTE_COLUMNS = ("agent_id", "created_at", "text", "factor", "rating", "private",
                     "contact_ref", "channel", "relation")
_INSERT_NOTE = (f"INSERT INTO notes ({', '.join(_NEW_NOTE_COLUMNS)})"
                f" VALUES ({', '.join('?' * len(_NEW_NOTE_COLUMNS))})")


def stamp(moment: datetime) -> str:
    """A time as stored: UTC, whole seconds, `+00:00`, like every other stamp in the journal,
    so text comparison and ordering follow time (naive times are taken as UTC)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="seconds")


def _note(row: dict[str, Any]) -> Note:
    from coachtui.model import Note

    return Note(**{**row, "private": bool(row["private"])})


class NoteStore(StoreBase):
    """The notes and absences tables."""

    def add_note(self, note: Note) -> Note:
        """Save a quick note and its change-log row in one transaction; returns it with its id.

        Refuses (nothing written) an unknown agent or factor.
        """
        data = note.model_dump(mode="json", exclude={"id", "updated_at"})
        data["created_at"] = stamp(note.created_at)
        conn = self.conn
        with self.transaction():
            if conn.execute("SELECT 1 FROM agents WHERE id = ?", [note.agent_id]).fetchone() \
                    is None:
                raise NotFoundError("journal.agent_unknown", id=note.agent_id)
            if note.factor is not None and conn.execute(
                "SELECT 1 FROM factors WHERE key = ?", [note.factor]
            ).fetchone() is None:
                raise UserError("journal.factor_unknown", factor=quoted(note.factor))
            cursor = conn.execute(_INSERT_NOTE, [data[c] for c in _NEW_NOTE_COLUMNS])
            note_id = int(cursor.lastrowid or 0)
            self._log("note", note_id, "created", None, note.text, note.agent_id)
        return note.model_copy(update={"id": note_id})

    def note(self, note_id: int) -> Note:
        """One note."""
        row = self._row("SELECT * FROM notes WHERE id = ?", [note_id])
        if row is None:
            raise NotFoundError("journal.note_unknown", id=note_id)
        return _note(row)

    def notes(
        self,
        agent_id: int,
        *,
        since: datetime | str | None = None,
        factor: str | None = None,
        include_private: bool = True,
    ) -> list[Note]:
        """The agent's notes, newest first; optionally since a time, for one factor."""
        sql = "SELECT * FROM notes WHERE agent_id = ?"
        params: list[Any] = [agent_id]
        if since is not None:
            sql += " AND created_at > ?"
            params.append(stamp(datetime.fromisoformat(since) if isinstance(since, str)
                                else since))
        if factor is not None:
            sql += " AND factor = ?"
            params.append(factor)
        if not include_private:
            sql += " AND private = 0"
        sql += " ORDER BY created_at DESC, id DESC"
        return [_note(r) for r in self._rows(sql, params)]

    def note_locked(self, note: Note) -> bool:
        """True once a signed talk with this agent took place after the note was written."""
        row = self._row(
            "SELECT 1 FROM sessions WHERE agent_id = ? AND status = 'signed'"
            " AND agent_signed_at >= ? LIMIT 1",
            [note.agent_id, stamp(note.created_at)],
        )
        return row is not None

    def update_note(self, note_id: int, **fields: Any) -> Note:
        """Change a note that is not yet part of a signed record."""
        from pydantic import ValidationError

        from coachtui.model import Note, explain

        unknown = set(fields) - set(_NOTE_FIELDS)
        if unknown:
            raise UserError("journal.note_field", field=quoted(sorted(unknown)[0]))
        if "text" in fields and not str(fields["text"] or "").strip():
            raise UserError("note.err.empty")
        # read and lock-check inside the write transaction (BEGIN IMMEDIATE): a talk signed
        # in another window between the check and the write cannot slip through
        with self.transaction():
            note = self._unlocked_note(note_id)
            try:
                at = now_iso()
                updated = Note(**{**note.model_dump(), **fields, "updated_at": at})
            except ValidationError as exc:
                raise UserError("journal.note_invalid", reason=explain(exc)) from exc
            new = updated.model_dump(mode="json")
            old = note.model_dump(mode="json")
            for field in _NOTE_FIELDS:
                if new[field] != old[field]:
                    self.conn.execute(f"UPDATE notes SET {field} = ? WHERE id = ?",
                                      [new[field], note_id])
                    self._log("note", note_id, field, old[field], new[field], note.agent_id)
            self.conn.execute("UPDATE notes SET updated_at = ? WHERE id = ?", [at, note_id])
        return updated

    def _unlocked_note(self, note_id: int) -> Note:
        note = self.note(note_id)
        if self.note_locked(note):
            raise ReadOnlyError("journal.note_locked")
        return note

    def delete_note(self, note_id: int) -> Note:
        """Delete a note that is not yet part of a signed record; returns it (for undo)."""
        with self.transaction():
            note = self._unlocked_note(note_id)
            self.conn.execute("DELETE FROM notes WHERE id = ?", [note_id])
            self._log("note", note_id, "deleted", note.text, None, note.agent_id)
        return note

    def add_absence(self, absence: Absence) -> Absence:
        """Record an absence by its dates only (never its nature or cause)."""
        with self.transaction():
            cursor = self.conn.execute(
                'INSERT INTO absences (agent_id, start, "end") VALUES (?, ?, ?)',
                [absence.agent_id, absence.start.isoformat(),
                 absence.end.isoformat() if absence.end else None],
            )
            self._log("absence", cursor.lastrowid, "dates", None,
                      f"{absence.start}..{absence.end or ''}", absence.agent_id)
        return absence.model_copy(update={"id": cursor.lastrowid})

    def remove_absence(self, absence_id: int) -> Absence:
        """Remove one recorded absence (a period typed wrongly); the change log keeps its
        dates as the old value."""
        from coachtui.model import Absence

        with self.transaction():
            row = self._row("SELECT * FROM absences WHERE id = ?", [absence_id])
            if row is None:
                raise NotFoundError("absence.gone", id=absence_id)
            absence = Absence(**row)
            self.conn.execute("DELETE FROM absences WHERE id = ?", [absence_id])
            self._log("absence", absence_id, "dates", f"{absence.start}..{absence.end or ''}",
                      None, absence.agent_id)
        return absence

    def absences(self, agent_id: int) -> list[Absence]:
        """The agent's absences, oldest first."""
        from coachtui.model import Absence

        return [Absence(**r) for r in self._rows(
            "SELECT * FROM absences WHERE agent_id = ? ORDER BY start", [agent_id])]
