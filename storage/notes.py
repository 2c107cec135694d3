"""Quick notes and absences in the journal. A note is locked once a signed talk used it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ValidationError

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.model import Absence, Note, explain
from coachtui.storage.base import StoreBase
from coachtui.storage.note_door import insert_note
from coachtui.storage.note_door import stamp as _stamp

_NOTE_FIELDS = ("text", "factor", "rating", "private", "contact_ref", "channel", "relation")


def _note(row: dict[str, Any]) -> Note:
    return Note(**{**row, "private": bool(row["private"])})


class NoteStore(StoreBase):
    """The notes and absences tables."""

    def add_note(self, note: Note) -> Note:
        """Save a quick note; returns it with its id."""
        data = note.model_dump(mode="json", exclude={"id", "updated_at"})
        data["created_at"] = _stamp(note.created_at)
        with self.transaction():  # the note door (`coachtui note`) writes the same way
            note_id = insert_note(self.db.conn, data, now_iso())
        return note.model_copy(update={"id": note_id})

    def note(self, note_id: int) -> Note:
        """One note."""
        row = self._row("SELECT * FROM notes WHERE id = ?", [note_id])
        if row is None:
            raise NotFoundError(f"There is no note with id {note_id}.")
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
            params.append(_stamp(datetime.fromisoformat(since) if isinstance(since, str)
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
            [note.agent_id, _stamp(note.created_at)],
        )
        return row is not None

    def update_note(self, note_id: int, **fields: Any) -> Note:
        """Change a note that is not yet part of a signed record."""
        unknown = set(fields) - set(_NOTE_FIELDS)
        if unknown:
            raise UserError(f"'{sorted(unknown)[0]}' is not a field of a note that can change.")
        # read and lock-check inside the write transaction (BEGIN IMMEDIATE): a talk signed
        # in another window between the check and the write cannot slip through
        with self.transaction():
            note = self._unlocked_note(note_id)
            try:
                stamp = now_iso()
                updated = Note(**{**note.model_dump(), **fields, "updated_at": stamp})
            except ValidationError as exc:
                raise UserError(explain(exc)) from exc
            new = updated.model_dump(mode="json")
            old = note.model_dump(mode="json")
            for field in _NOTE_FIELDS:
                if new[field] != old[field]:
                    self.db.conn.execute(f"UPDATE notes SET {field} = ? WHERE id = ?",
                                         [new[field], note_id])
                    self._log("note", note_id, field, old[field], new[field], note.agent_id)
            self.db.conn.execute("UPDATE notes SET updated_at = ? WHERE id = ?",
                                 [stamp, note_id])
        return updated

    def _unlocked_note(self, note_id: int) -> Note:
        note = self.note(note_id)
        if self.note_locked(note):
            raise ReadOnlyError("This note is part of a signed talk and can no longer change.")
        return note

    def delete_note(self, note_id: int) -> Note:
        """Delete a note that is not yet part of a signed record; returns it (for undo)."""
        with self.transaction():
            note = self._unlocked_note(note_id)
            self.db.conn.execute("DELETE FROM notes WHERE id = ?", [note_id])
            self._log("note", note_id, "deleted", note.text, None, note.agent_id)
        return note

    def add_absence(self, absence: Absence) -> Absence:
        """Record an absence by its dates only (never its nature or cause)."""
        with self.transaction():
            cursor = self.db.conn.execute(
                'INSERT INTO absences (agent_id, start, "end") VALUES (?, ?, ?)',
                [absence.agent_id, absence.start.isoformat(),
                 absence.end.isoformat() if absence.end else None],
            )
            self._log("absence", cursor.lastrowid, "dates", None,
                      f"{absence.start}..{absence.end or ''}", absence.agent_id)
        return absence.model_copy(update={"id": cursor.lastrowid})

    def absences(self, agent_id: int) -> list[Absence]:
        """The agent's absences, oldest first."""
        return [Absence(**r) for r in self._rows(
            "SELECT * FROM absences WHERE agent_id = ? ORDER BY start", [agent_id])]
