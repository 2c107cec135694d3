"""The kind-specific parts of a talk: free-text answers, the agent's own ratings, agenda.

`talk_answers` holds one row per field of a talk (`<kind>.<name>` or `turn.<name>`), saved
per keystroke like the session's own fields; `factor_ratings.agent_rating/agent_note` are
the agent's own rating beside the team lead's; `agenda_items` are topics either side adds
before a talk, ticked off in a talk or carried to the next. Every change is in the change
log; a signed talk refuses every write (ReadOnlyError).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.model.choices import Rating
from coachtui.storage.base import StoreBase
from coachtui.storage.goals import conflict
from coachtui.storage.values import UNSET as _UNSET
from coachtui.storage.values import same as _same

if TYPE_CHECKING:
    from coachtui.model import Session

AGENDA_STATES = ("done", "carried")
AGENDA_BY = ("lead", "agent")
_RATINGS = frozenset(r.value for r in Rating)
_SIGNED = "talk.signed_read_only"


@dataclass(frozen=True)
class AgendaItem:
    """A topic for a talk: who added it, and what a talk did with it (done or carried)."""

    id: int
    agent_id: int
    text: str
    added_by: str
    created_at: str
    state: str | None = None
    state_session_id: int | None = None
    note_id: int | None = None


class TalkAnswerStore(StoreBase):
    """The talk_answers and agenda_items tables, and the agent's side of factor_ratings."""

    def _draft_row(self, session_id: int) -> tuple[int, str]:
        row = self.conn.execute("SELECT agent_id, status FROM sessions WHERE id = ?",
                                [session_id]).fetchone()
        if row is None:
            raise NotFoundError("talk.no_session", id=session_id)
        if row[1] == "signed":
            raise ReadOnlyError(_SIGNED)
        return int(row[0]), str(row[1])

    # -- answers -------------------------------------------------------------------------
    def talk_answers(self, session_id: int) -> dict[str, str]:
        """Every answer of a talk by field name (fields never typed in are absent)."""
        return {str(f): str(t) for f, t in self.conn.execute(
            "SELECT field, text FROM talk_answers WHERE session_id = ? ORDER BY field",
            [session_id])}

    def save_talk_answer(self, session_id: int, field: str, text: str | None, *,
                         expected: Any = _UNSET) -> None:
        """Save one answer (the autosave path, once per keystroke); refuses a signed talk,
        and a value another window changed since `expected` was read (ConflictError)."""
        if not field or "." not in field:
            raise UserError("kinds.bad_answer_field", field=field)
        text = text or ""
        with self.transaction():
            agent_id, _ = self._draft_row(session_id)
            row = self.conn.execute(
                "SELECT text FROM talk_answers WHERE session_id = ? AND field = ?",
                [session_id, field]).fetchone()
            old = str(row[0]) if row else ""
            if old == text:
                return
            if expected is not _UNSET and not _same(old, expected or ""):
                raise conflict(field, old)
            stamp = now_iso()
            self.conn.execute(
                "INSERT INTO talk_answers (session_id, field, text) VALUES (?, ?, ?)"
                " ON CONFLICT(session_id, field) DO UPDATE SET text = excluded.text",
                [session_id, field, text])
            self.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                              [stamp, session_id])
            self._log("answer", f"{session_id}:{field}", field, old, text, agent_id,
                      session_id, stamp)

    # -- the agent's own rating ------------------------------------------------------------
    def save_agent_rating(self, session_id: int, factor: str, *, rating: Any = _UNSET,
                          note: str | None = None, expected: Any = _UNSET) -> None:
        """The agent's own rating (+, +/-, -) or note on a factor, beside the lead's."""
        with self.transaction():
            agent_id, _ = self._draft_row(session_id)
            if self.conn.execute("SELECT 1 FROM factors WHERE key = ?",
                                 [factor]).fetchone() is None:
                raise UserError("talk.no_factor", factor=factor)
            row = self.conn.execute(
                "SELECT agent_rating, agent_note FROM factor_ratings"
                " WHERE session_id = ? AND factor = ?", [session_id, factor]).fetchone()
            old_rating, old_note = (row[0], row[1]) if row else (None, "")
            if rating is not _UNSET:
                new = str(rating) if rating else None
                if new is not None and new not in _RATINGS:
                    raise UserError("talk.bad_rating", value=new, factor=factor)
                column, old, value = "agent_rating", old_rating, new
            else:
                column, old, value = "agent_note", old_note, note or ""
            if old == value:
                return
            if expected is not _UNSET and not _same(old, expected if column == "agent_rating"
                                                    else expected or ""):
                raise conflict(column, old)
            self.conn.execute(
                f"INSERT INTO factor_ratings (session_id, factor, {column}) VALUES (?, ?, ?)"
                f" ON CONFLICT(session_id, factor) DO UPDATE SET {column} = excluded.{column}",
                [session_id, factor, value])
            self.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                              [now_iso(), session_id])
            self._log("rating", f"{session_id}:{factor}", column, old, value, agent_id,
                      session_id)

    # -- agenda ----------------------------------------------------------------------------
    def add_agenda_item(self, agent_id: int, text: str, *, added_by: str = "lead",
                        note_id: int | None = None) -> AgendaItem:
        """A topic for the agent's next talk (refuses empty text)."""
        text = text.strip()
        if not text:
            raise UserError("kinds.agenda_empty")
        if added_by not in AGENDA_BY:
            raise UserError("kinds.agenda_bad_by", value=added_by)
        stamp = now_iso()
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM agents WHERE id = ?",
                                 [agent_id]).fetchone() is None:
                raise NotFoundError("talk.no_agent", id=agent_id)
            cursor = self.conn.execute(
                "INSERT INTO agenda_items (agent_id, text, added_by, note_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)", [agent_id, text, added_by, note_id, stamp])
            item_id = int(cursor.lastrowid or 0)
            self._log("agenda", item_id, "text", None, text, agent_id, None, stamp)
        return AgendaItem(item_id, agent_id, text, added_by, stamp, note_id=note_id)

    def agenda_for(self, session: Session) -> list[AgendaItem]:
        """The agenda of a talk: what this talk ticked off or carried, and (a draft) every
        topic still open for the agent."""
        if session.signed:
            sql = ("SELECT * FROM agenda_items WHERE state_session_id = ? ORDER BY id")
            params: list[Any] = [session.id]
        else:
            sql = ("SELECT * FROM agenda_items WHERE agent_id = ? AND (state IS NULL"
                   " OR state = 'carried' OR state_session_id = ?) ORDER BY id")
            params = [session.agent_id, session.id]
        return [_agenda(r) for r in self._agenda_rows(sql, params)]

    def open_agenda(self, agent_id: int) -> list[AgendaItem]:
        """The agent's topics not yet ticked off in a talk."""
        return [_agenda(r) for r in self._agenda_rows(
            "SELECT * FROM agenda_items WHERE agent_id = ? AND (state IS NULL"
            " OR state = 'carried') ORDER BY id", [agent_id])]

    def set_agenda_state(self, item_id: int, session_id: int, state: str | None, *,
                         expected: Any = _UNSET) -> None:
        """Tick a topic off in this talk ('done'), carry it to the next ('carried'), or
        clear what this talk said about it (None)."""
        if state is not None and state not in AGENDA_STATES:
            raise UserError("kinds.agenda_bad_state", value=state)
        with self.transaction():
            agent_id, _ = self._draft_row(session_id)
            row = self.conn.execute(
                "SELECT state, state_session_id FROM agenda_items WHERE id = ? AND agent_id = ?",
                [item_id, agent_id]).fetchone()
            if row is None:
                raise NotFoundError("kinds.no_agenda_item", id=item_id)
            # a state another talk gave counts as "nothing yet" here
            old = row[0] if row[1] == session_id else None
            if old == state:
                return
            if expected is not _UNSET and not _same(old, expected):
                raise conflict("agenda", old)
            self.conn.execute(
                "UPDATE agenda_items SET state = ?, state_session_id = ? WHERE id = ?",
                [state, session_id if state else None, item_id])
            self._log("agenda", item_id, "state", old, state, agent_id, session_id)

    def _agenda_rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return list(self._rows(sql, params))


def _agenda(row: dict[str, Any]) -> AgendaItem:
    return AgendaItem(id=int(row["id"]), agent_id=int(row["agent_id"]), text=str(row["text"]),
                      added_by=str(row["added_by"]), created_at=str(row["created_at"]),
                      state=row["state"], state_session_id=row["state_session_id"],
                      note_id=row["note_id"])
