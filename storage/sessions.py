"""Sessions in the journal: drafts edited field by field, goals, ratings, signing, addenda."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, ReadOnlyError, UserError
from coachtui.model.choices import GOAL_KINDS_SQL, Rating, SessionKind, SessionStatus
from coachtui.model.rules import EDITABLE_SESSION_FIELDS
from coachtui.storage.goals import GoalStore, conflict
from coachtui.storage.values import UNSET as _UNSET
from coachtui.storage.values import plain as _plain
from coachtui.storage.values import same as _same

if TYPE_CHECKING:  # pydantic and the models load when a read first builds one, not on open
    from coachtui.model import Addendum, Session


class SessionStore(GoalStore):
    """The sessions, factor_ratings and addenda tables (goals: storage/goals.py)."""

    # -- reading -------------------------------------------------------------------------
    def session(self, session_id: int) -> Session:
        """The whole session: fields, ratings, goals and addenda."""
        from coachtui.model import Addendum, FactorRating, Session

        row = self._row("SELECT * FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFoundError("talk.no_session", id=session_id)
        ratings = [
            FactorRating(**r)
            for r in self._rows(
                "SELECT r.* FROM factor_ratings r LEFT JOIN factors f ON f.key = r.factor"
                " WHERE r.session_id = ? ORDER BY f.position", [session_id]
            )
        ]
        goals = self.goals(session_id)
        addenda = [
            Addendum(**r)
            for r in self._rows("SELECT * FROM addenda WHERE session_id = ? ORDER BY id",
                                [session_id])
        ]
        answers = {str(f): str(t) for f, t in self.conn.execute(
            "SELECT field, text FROM talk_answers WHERE session_id = ?", [session_id])}
        return Session(**row, ratings=ratings, goals=goals, addenda=addenda, answers=answers)

    def sessions(
        self, *, agent_id: int | None = None, month: str | None = None, details: bool = False
    ) -> list[Session]:
        """Sessions, newest month first; `details` loads ratings, goals and addenda too."""
        from coachtui.model import Session

        where: list[str] = []
        params: list[object] = []
        if agent_id is not None:
            where.append("agent_id = ?")
            params.append(agent_id)
        if month is not None:
            where.append("month = ?")
            params.append(month)
        sql = "SELECT * FROM sessions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY month DESC, id DESC"
        rows = list(self._rows(sql, params))
        if details:
            return [self.session(r["id"]) for r in rows]
        return [Session(**r) for r in rows]

    def draft_for(self, agent_id: int, month: str, kind: SessionKind = SessionKind.MONTHLY
                  ) -> Session | None:
        """The agent's draft for that month and kind, if one is in progress."""
        row = self._row(
            "SELECT id FROM sessions WHERE agent_id=? AND month=? AND kind=? AND status='draft'"
            " ORDER BY id DESC LIMIT 1", [agent_id, month, kind.value]
        )
        return self.session(row["id"]) if row else None

    def previous_session(self, session: Session) -> Session | None:
        """The agent's latest goal-setting talk (monthly or performance) before this one (by
        month, then id): the talk this one looks back on and carries goals over from."""
        row = self._row(
            f"SELECT id FROM sessions WHERE agent_id = ? AND id != ? AND kind IN {GOAL_KINDS_SQL}"
            " AND (month < ? OR (month = ? AND id < ?)) ORDER BY month DESC, id DESC LIMIT 1",
            [session.agent_id, session.id, session.month, session.month, session.id],
        )
        return self.session(row["id"]) if row else None

    # -- starting and editing ------------------------------------------------------------
    def start_session(
        self, agent_id: int, month: str, kind: SessionKind = SessionKind.MONTHLY
    ) -> Session:
        """Start a draft for the agent and month, or return the draft already in progress."""
        from pydantic import ValidationError

        from coachtui.model import Session

        try:
            draft = Session(agent_id=agent_id, month=month, kind=kind)  # checks the month
        except ValidationError as exc:
            raise UserError("talk.bad_month", value=str(month)) from exc
        stamp = now_iso()
        with self.transaction():  # look and insert under one write lock: one draft only
            existing = self.draft_for(agent_id, month, kind)
            if existing:
                return existing
            if self._row("SELECT 1 FROM agents WHERE id = ?", [agent_id]) is None:
                raise NotFoundError("talk.no_agent", id=agent_id)
            cursor = self.conn.execute(
                "INSERT INTO sessions (agent_id, kind, month, status, created_at, updated_at)"
                " VALUES (?, ?, ?, 'draft', ?, ?)",
                [agent_id, kind.value, draft.month, stamp, stamp],
            )
            session_id = int(cursor.lastrowid or 0)
            self._log("session", session_id, "created", None, f"{kind.value} {month}", agent_id,
                      session_id)
        return self.session(session_id)

    def _editable(self, session_id: int) -> dict[str, Any]:
        row = self._row("SELECT * FROM sessions WHERE id = ?", [session_id])
        if row is None:
            raise NotFoundError("talk.no_session", id=session_id)
        if row["status"] == SessionStatus.SIGNED.value:
            raise ReadOnlyError(_SIGNED)
        return row

    def save_session_field(
        self, session_id: int, field: str, value: Any, *, expected: Any = _UNSET
    ) -> None:
        """Save one field of a draft (the autosave path, once per keystroke).

        With `expected`, refuses to overwrite when another window changed the field since
        this one read it (ConflictError), so nothing is ever overwritten silently.
        """
        # Called per keystroke: plain SQL on the one column, no model objects, one clock read.
        if field not in EDITABLE_SESSION_FIELDS:
            raise UserError("talk.not_session_field", field=field)
        if field == "learning_point" and value is not None and not str(value).strip():
            value = None
        if value.__class__ is not str:
            value = _checked_session_value(field, _plain(value))
        elif field in _CHECKED_SESSION_FIELDS:
            value = _checked_session_value(field, value)
        # BEGIN IMMEDIATE ... COMMIT (a savepoint inside a larger change); refuses a
        # read-only or damaged journal before anything is written
        with self.transaction():
            self._write_session_field(session_id, field, value, expected)

    def _write_session_field(self, session_id: int, field: str, value: Any,
                             expected: Any) -> None:
        conn = self.conn
        row = conn.execute(_SESSION_FIELD_SQL[field], (session_id,)).fetchone()
        if row is None:
            raise NotFoundError("talk.no_session", id=session_id)
        status, agent_id, old = row
        if status == "signed":
            raise ReadOnlyError(_SIGNED)
        if old == value:
            return
        if expected is not _UNSET and not _same(old, _plain(expected)):
            raise conflict(field, old)
        stamp = now_iso()
        conn.execute(_SESSION_UPDATE_SQL[field], (value, stamp, session_id))
        self._log("session", session_id, field, old, value, agent_id, session_id, stamp)

    def set_learning_point(self, session_id: int, text: str | None) -> None:
        """The one learning point: setting it again replaces it (there is never a second)."""
        self.save_session_field(session_id, "learning_point", text)

    def save_progress(self, session_id: int, step: int, cursor_field: str | None) -> None:
        """Remember where the talk is (step and field) so reopening resumes there.

        Writes only when it moved: an unchanged position commits nothing, so a window that
        merely looks never makes other windows reload.
        """
        conn = self.conn
        same = conn.execute(
            "SELECT 1 FROM sessions WHERE id = ? AND step = ? AND cursor_field IS ?",
            [session_id, step, cursor_field],
        ).fetchone()
        if same:
            return
        with self.transaction():
            conn.execute(
                "UPDATE sessions SET step = ?, cursor_field = ? WHERE id = ? AND status='draft'"
                " AND (step IS NOT ? OR cursor_field IS NOT ?)",
                [step, cursor_field, session_id, step, cursor_field],
            )

    def save_rating(
        self, session_id: int, factor: str, rating: Rating | str | None = _UNSET,
        note: str | None = None, *, expected_rating: Any = _UNSET,
        expected_note: Any = _UNSET,
    ) -> None:
        """Rate a factor (+, +/-, -) and/or save its note, in one transaction.

        `expected_rating` / `expected_note` are what the window saw: a different value in
        the journal means another window changed it, and nothing is written (ConflictError).
        """
        with self.transaction():
            row = self._editable(session_id)
            old = self._row(
                "SELECT rating, note FROM factor_ratings WHERE session_id=? AND factor=?",
                [session_id, factor],
            ) or {"rating": None, "note": ""}
            new_rating = old["rating"] if rating is _UNSET else _plain(rating)
            new_note = old["note"] if note is None else note
            if new_rating is not None and new_rating not in _RATINGS:
                raise UserError("talk.bad_rating", value=str(new_rating), factor=factor)
            if self._row("SELECT 1 FROM factors WHERE key = ?", [factor]) is None:
                raise UserError("talk.no_factor", factor=factor)
            if new_rating != old["rating"] and expected_rating is not _UNSET \
                    and not _same(old["rating"], _plain(expected_rating)):
                raise conflict("rating", old["rating"])
            if new_note != old["note"] and expected_note is not _UNSET \
                    and not _same(old["note"], expected_note):
                raise conflict("rating_note", old["note"])
            if new_rating == old["rating"] and new_note == old["note"]:
                return
            self.conn.execute(
                "INSERT INTO factor_ratings (session_id, factor, rating, note) VALUES (?,?,?,?)"
                " ON CONFLICT(session_id, factor) DO UPDATE SET rating=excluded.rating,"
                " note=excluded.note",
                [session_id, factor, new_rating, new_note],
            )
            if new_rating != old["rating"]:
                self._log("rating", f"{session_id}:{factor}", "rating", old["rating"], new_rating,
                          row["agent_id"], session_id)
            if new_note != old["note"]:
                self._log("rating", f"{session_id}:{factor}", "note", old["note"], new_note,
                          row["agent_id"], session_id)
            self._touch(session_id)

    # -- signing and addenda -------------------------------------------------------------
    def sign(self, session_id: int, manager: str, agent: str) -> Session:
        """Both sign (names or initials); the session becomes read-only."""
        manager, agent = manager.strip(), agent.strip()
        if not manager or not agent:
            raise UserError("talk.need_signatures")
        stamp = now_iso()
        with self.transaction():
            row = self._editable(session_id)
            self.conn.execute(
                "UPDATE sessions SET status='signed', manager_signature=?, manager_signed_at=?,"
                " agent_signature=?, agent_signed_at=?, held_on=COALESCE(held_on, ?),"
                " updated_at=? WHERE id=?",
                [manager, stamp, agent, stamp, stamp[:10], stamp, session_id],
            )
            self._log("session", session_id, "status", "draft", "signed", row["agent_id"],
                      session_id)
            self._log("session", session_id, "signatures", None, f"{manager} / {agent}",
                      row["agent_id"], session_id)
        return self.session(session_id)

    def add_addendum(self, session_id: int, text: str) -> Addendum:
        """A dated correction to a signed session; the signed record is left as it was."""
        from coachtui.model import Addendum

        text = text.strip()
        if not text:
            raise UserError("talk.empty_addendum")
        session = self.session(session_id)
        stamp = now_iso()
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO addenda (session_id, text, created_at) VALUES (?,?,?)",
                [session_id, text, stamp],
            )
            self._log("addendum", cursor.lastrowid, "text", None, text, session.agent_id,
                      session_id)
        return Addendum(id=cursor.lastrowid, session_id=session_id, text=text,
                        created_at=stamp)

    def _touch(self, session_id: int) -> None:
        self.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                          [now_iso(), session_id])


_SIGNED = "talk.signed_read_only"
_CHECKED_SESSION_FIELDS = frozenset({"kind", "held_on"})
_TEXT_SESSION_FIELDS = frozenset({"support", "agreements", "agent_comments", "private_notes"})
# prepared once: sqlite3 caches the statements, so each keystroke only binds values
_SESSION_FIELD_SQL = {
    f: f"SELECT status, agent_id, {f} FROM sessions WHERE id = ?" for f in EDITABLE_SESSION_FIELDS
}
_SESSION_UPDATE_SQL = {
    f: f"UPDATE sessions SET {f} = ?, updated_at = ? WHERE id = ?"
    for f in EDITABLE_SESSION_FIELDS
}
_RATINGS = frozenset(r.value for r in Rating)
_KINDS = frozenset(k.value for k in SessionKind)


def _checked_session_value(field: str, value: Any) -> Any:
    """Refuse a value the session could not be read back with (kind, held_on); a cleared
    text field is empty text."""
    if value is None and field in _TEXT_SESSION_FIELDS:
        return ""
    if field == "kind" and value not in _KINDS:
        raise UserError("talk.bad_kind", value=str(value), kinds=", ".join(sorted(_KINDS)))
    if field == "held_on" and value is not None:
        try:
            value = date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise UserError("talk.bad_held_on", value=str(value)) from None
    return value
