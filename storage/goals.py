"""Goals in the journal: agreed in a talk, edited field by field, reviewed, carried over."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from coachtui.errors import ConflictError, NotFoundError, UserError
from coachtui.model import MAX_GOALS, Goal, GoalStatus, Session, explain
from coachtui.model.sessions import EDITABLE_GOAL_FIELDS
from coachtui.storage.base import StoreBase
from coachtui.storage.values import UNSET as _UNSET
from coachtui.storage.values import plain as _plain
from coachtui.storage.values import same as _same


class GoalStore(StoreBase):
    """The goals table. Sessions (storage/sessions.py) decide what is still editable."""

    # provided by SessionStore
    def _editable(self, session_id: int) -> dict[str, Any]:  # pragma: no cover
        raise NotImplementedError

    def _touch(self, session_id: int) -> None:  # pragma: no cover
        raise NotImplementedError

    def previous_session(self, session: Session) -> Session | None:  # pragma: no cover
        """The agent's latest session before this one (provided by SessionStore)."""
        raise NotImplementedError

    def goals(self, session_id: int) -> list[Goal]:
        """The goals agreed in a session, in order."""
        return [
            Goal(**r)
            for r in self._rows(
                "SELECT * FROM goals WHERE session_id = ? ORDER BY position, id", [session_id]
            )
        ]

    def goals_to_review(self, session: Session) -> list[Goal]:
        """Goals from the agent's previous session: what this talk looks back on."""
        previous = self.previous_session(session)
        return self.goals(previous.id) if previous and previous.id else []

    def open_goals(self, agent_id: int) -> list[Goal]:
        """The agent's goals from their latest signed session that are not yet reviewed."""
        row = self._row(
            "SELECT id FROM sessions WHERE agent_id = ? AND status = 'signed'"
            " ORDER BY month DESC, id DESC LIMIT 1", [agent_id]
        )
        if not row:
            return []
        return [g for g in self.goals(row["id"]) if g.status is GoalStatus.OPEN]

    def goal(self, goal_id: int) -> Goal:
        """One goal."""
        row = self._row("SELECT * FROM goals WHERE id = ?", [goal_id])
        if row is None:
            raise NotFoundError(f"There is no goal with id {goal_id}.")
        return Goal(**row)

    # -- goals ---------------------------------------------------------------------------
    def add_goal(self, session_id: int, **fields: Any) -> Goal:
        """Add a goal to a draft; a sixth goal is refused (three to five is the rule)."""
        with self.transaction():
            row = self._editable(session_id)
            count, last = self.db.conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(position), 0) FROM goals WHERE session_id = ?",
                [session_id],
            ).fetchone()
            if count >= MAX_GOALS:
                raise UserError(
                    f"A talk agrees at most {MAX_GOALS} goals, so focus stays possible; "
                    "drop or merge one first."
                )
            fields.setdefault("position", last + 1)  # after the rest, even after a delete
            try:
                goal = Goal(session_id=session_id, agent_id=row["agent_id"], **fields)
            except ValidationError as exc:
                raise UserError(explain(exc)) from exc
            data = goal.model_dump(mode="json", exclude={"id"})
            cursor = self.db.conn.execute(
                f"INSERT INTO goals ({', '.join(data)}) VALUES ({', '.join('?' * len(data))})",
                list(data.values()),
            )
            goal.id = cursor.lastrowid
            self._log("goal", goal.id, "created", None, goal.what, row["agent_id"], session_id)
            self._touch(session_id)
        return goal

    def save_goal_field(
        self, goal_id: int, field: str, value: Any, *, expected: Any = _UNSET
    ) -> None:
        """Save one field of a goal in a draft (autosave), with the same conflict check."""
        if field not in EDITABLE_GOAL_FIELDS:
            raise UserError(f"'{field}' is not a field of a goal that can be edited.")
        goal = self.goal(goal_id)
        try:  # validates type, deadline date and status
            checked = Goal(**{**goal.model_dump(), field: value})
        except ValidationError as exc:
            raise UserError(explain(exc)) from exc
        value = _plain(getattr(checked, field))
        with self.transaction():
            self._editable(goal.session_id)
            old = self.db.conn.execute(
                f"SELECT {field} FROM goals WHERE id = ?", [goal_id]
            ).fetchone()[0]
            if expected is not _UNSET and not _same(old, _plain(expected)) and old != value:
                raise ConflictError(
                    f"This goal's {field} was changed in another window; reload before editing."
                )
            if old == value:
                return
            self.db.conn.execute(f"UPDATE goals SET {field} = ? WHERE id = ?", [value, goal_id])
            self._log("goal", goal_id, field, old, value, goal.agent_id, goal.session_id)
            self._touch(goal.session_id)

    def delete_goal(self, goal_id: int) -> Goal:
        """Remove a goal from a draft; returns it so the screen can offer undo."""
        goal = self.goal(goal_id)
        with self.transaction():
            self._editable(goal.session_id)
            self.db.conn.execute("UPDATE goals SET carried_over_from = NULL"
                                 " WHERE carried_over_from = ?", [goal_id])
            self.db.conn.execute("DELETE FROM goals WHERE id = ?", [goal_id])
            self._log("goal", goal_id, "deleted", goal.what, None, goal.agent_id,
                      goal.session_id)
            self._touch(goal.session_id)
        return goal

    def restore_goal(self, goal: Goal) -> Goal:
        """Put back a goal removed by `delete_goal` (undo)."""
        fields = goal.model_dump(exclude={"id", "session_id", "agent_id", "reviewed_in"})
        return self.add_goal(goal.session_id, **fields)

    def review_goal(
        self, goal_id: int, session_id: int, status: GoalStatus, remark: str | None = None
    ) -> None:
        """Mark a previous goal achieved / partly / not achieved / dropped in this talk."""
        goal = self.goal(goal_id)
        status = GoalStatus(status)
        with self.transaction():
            row = self._editable(session_id)
            if row["agent_id"] != goal.agent_id:
                raise UserError("A talk can only look back on the same agent's goals.")
            new_remark = goal.review_remark if remark is None else remark
            self.db.conn.execute(
                "UPDATE goals SET status = ?, review_remark = ?, reviewed_in = ? WHERE id = ?",
                [GoalStatus(status).value, new_remark, session_id, goal_id],
            )
            if goal.status is not status:
                self._log("goal", goal_id, "status", goal.status.value, status.value,
                          goal.agent_id, session_id)
            if new_remark != goal.review_remark:
                self._log("goal", goal_id, "review_remark", goal.review_remark, new_remark,
                          goal.agent_id, session_id)
            self._touch(session_id)

    def carry_over_goal(self, goal_id: int, session_id: int) -> Goal:
        """Copy an unachieved goal into this talk's goals, remembering where it came from."""
        goal = self.goal(goal_id)
        existing = self._row(
            "SELECT id FROM goals WHERE session_id = ? AND carried_over_from = ?",
            [session_id, goal_id],
        )
        if existing:
            return self.goal(existing["id"])
        fields = goal.model_dump(include={"type", "what", "measure", "target", "deadline",
                                          "why", "support"})
        return self.add_goal(session_id, carried_over_from=goal_id, **fields)
