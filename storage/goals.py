"""Goals in the journal: agreed in a talk, edited field by field, reviewed, carried over.

Every edit can carry the value the window saw (`expected`): when the journal holds
something else, another window changed it, and the edit is refused with a ConflictError
naming the field and the other window's value. Nothing is ever overwritten silently.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from coachtui.errors import ConflictError, NotFoundError, Phrase, UserError
from coachtui.model.choices import GOAL_KINDS_SQL, GoalStatus, GoalType
from coachtui.model.rules import EDITABLE_GOAL_FIELDS, MAX_GOALS
from coachtui.storage.base import StoreBase
from coachtui.storage.values import UNSET as _UNSET
from coachtui.storage.values import plain as _plain
from coachtui.storage.values import same as _same

if TYPE_CHECKING:  # pydantic and the models load when a goal is first built, not on open
    from pydantic import ValidationError

    from coachtui.model import Goal, Session

_SELECT = "SELECT * FROM goals"
_TYPES = frozenset(t.value for t in GoalType)
_STATUSES = frozenset(s.value for s in GoalStatus)
# fields stored as numbers or ids, typed as text on screen
_TYPED_FIELDS = frozenset({"personal", "target_value", "threshold", "team_goal_id"})


def whole_date(text: str) -> bool:
    """True for a complete YYYY-MM-DD date (a half-typed one is kept as a draft)."""
    if len(text) != 10:
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def goal_from_row(row: dict[str, Any]) -> Goal:
    """A Goal from its row; a deadline that is not a whole date yet is its draft text."""
    from coachtui.model import Goal

    deadline = row.get("deadline")
    if isinstance(deadline, str) and deadline and not whole_date(deadline):
        row = {**row, "deadline": None, "deadline_draft": deadline}
    return Goal(**row)


def conflict(field: str, theirs: Any) -> ConflictError:
    """The refusal for a field another window changed since this one read it."""
    return ConflictError("talk.conflict.field", field=Phrase(f"talk.field.{field}"),
                         theirs="" if theirs is None else str(theirs))


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
        return [goal_from_row(r) for r in self._rows(
            f"{_SELECT} WHERE session_id = ? ORDER BY position, id", [session_id])]

    def goals_to_review(self, session: Session) -> list[Goal]:
        """Goals from the agent's previous session: what this talk looks back on."""
        previous = self.previous_session(session)
        return self.goals(previous.id) if previous and previous.id else []

    def open_goals(self, agent_id: int) -> list[Goal]:
        """The agent's goals from their latest signed goal-setting talk (monthly or
        performance) that are not yet reviewed."""
        row = self._row(
            "SELECT id FROM sessions WHERE agent_id = ? AND status = 'signed'"
            f" AND kind IN {GOAL_KINDS_SQL} ORDER BY month DESC, id DESC LIMIT 1", [agent_id]
        )
        if not row:
            return []
        return [g for g in self.goals(row["id"]) if g.status is GoalStatus.OPEN]

    def goal(self, goal_id: int) -> Goal:
        """One goal."""
        row = self._row(f"{_SELECT} WHERE id = ?", [goal_id])
        if row is None:
            raise NotFoundError("talk.no_goal", id=goal_id)
        return goal_from_row(row)

    # -- goals ---------------------------------------------------------------------------
    def add_goal(self, session_id: int, **fields: Any) -> Goal:
        """Add a goal to a draft; a sixth goal is refused (three to five is the rule)."""
        from pydantic import ValidationError

        from coachtui.model import Goal

        draft = str(fields.pop("deadline_draft", "") or "")
        with self.transaction():
            row = self._editable(session_id)
            count, last = self.conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(position), 0) FROM goals WHERE session_id = ?",
                [session_id],
            ).fetchone()
            if count >= MAX_GOALS:
                raise UserError("talk.too_many_goals", max=MAX_GOALS)
            fields.setdefault("position", last + 1)  # after the rest, even after a delete
            try:
                goal = Goal(session_id=session_id, agent_id=row["agent_id"], **fields)
            except ValidationError as exc:
                raise _invalid(exc) from exc
            data = goal.model_dump(mode="json", exclude={"id", "deadline_draft"})
            if draft and goal.deadline is None:  # a half-typed deadline comes back as typed
                data["deadline"] = draft
                goal.deadline_draft = draft
            cursor = self.conn.execute(
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
        """Save one field of a goal in a draft (autosave), with the same conflict check.

        A deadline is saved as typed: a whole date as a date, anything else as its draft
        text (checked by the SMART check and at signing), so nothing typed is lost.
        """
        if field not in EDITABLE_GOAL_FIELDS:
            raise UserError("talk.not_goal_field", field=field)
        value = _checked_goal_value(field, value)
        with self.transaction():
            found = self.conn.execute(
                f"SELECT session_id, agent_id, {field}, type, team_goal_id FROM goals"
                " WHERE id = ?", [goal_id]
            ).fetchone()
            if found is None:
                raise NotFoundError("talk.no_goal", id=goal_id)
            session_id, agent_id, old, kind, team_goal = found
            self._editable(session_id)
            if kind == GoalType.KPI.value and team_goal is not None:
                raise UserError("goals.team_goal_read_only")
            if field == "metric" and value is not None and self._row(
                    "SELECT 1 FROM metrics WHERE key = ?", [value]) is None:
                raise UserError("goals.unknown_metric", value=str(value))
            if field == "team_goal_id" and value is not None and self._row(
                    "SELECT 1 FROM team_goals WHERE id = ?", [value]) is None:
                raise UserError("goals.no_team_goal", id=value)
            if old == value or (_same(old, value) and field != "deadline"):
                return
            seen = expected
            if expected is not _UNSET and field in _TYPED_FIELDS:
                seen = _checked_goal_value(field, expected)  # "0" on screen is 0 stored
            if expected is not _UNSET and not (_same(old, _plain(seen)) or old == seen):
                raise conflict(field, old)
            self.conn.execute(f"UPDATE goals SET {field} = ? WHERE id = ?", [value, goal_id])
            self._log("goal", goal_id, field, old, value, agent_id, session_id)
            self._touch(session_id)

    def delete_goal(self, goal_id: int) -> Goal:
        """Remove a goal from a draft; returns it so the screen can offer undo."""
        goal = self.goal(goal_id)
        with self.transaction():
            self._editable(goal.session_id)
            if goal.type is GoalType.KPI and goal.team_goal_id is not None:
                raise UserError("goals.team_goal_read_only")
            self.conn.execute("UPDATE goals SET carried_over_from = NULL"
                              " WHERE carried_over_from = ?", [goal_id])
            self.conn.execute("DELETE FROM goals WHERE id = ?", [goal_id])
            self._log("goal", goal_id, "deleted", goal.what, None, goal.agent_id,
                      goal.session_id)
            self._touch(goal.session_id)
        return goal

    def restore_goal(self, goal: Goal) -> Goal:
        """Put back a goal removed by `delete_goal` (undo)."""
        fields = goal.model_dump(exclude={"id", "session_id", "agent_id", "reviewed_in"})
        return self.add_goal(goal.session_id, **fields)

    def review_goal(
        self, goal_id: int, session_id: int, status: GoalStatus | str | None = None,
        remark: str | None = None, *, expected_status: Any = _UNSET,
        expected_remark: Any = _UNSET,
    ) -> None:
        """Mark a previous goal achieved / partly / not achieved / dropped in this talk,
        and/or save the remark on it; `expected_*` is what the window saw (conflict check).
        """
        if status is not None and _plain(status) not in _STATUSES:
            raise UserError("talk.bad_goal_status", value=str(status))
        with self.transaction():
            row = self._editable(session_id)
            goal = self.goal(goal_id)
            if row["agent_id"] != goal.agent_id:
                raise UserError("talk.other_agents_goal")
            new_status = goal.status if status is None else GoalStatus(status)
            new_remark = goal.review_remark if remark is None else remark
            if status is not None and new_status is not goal.status \
                    and expected_status is not _UNSET \
                    and not _same(goal.status.value, _plain(expected_status) or "open"):
                raise conflict("review", goal.status.value)
            if remark is not None and new_remark != goal.review_remark \
                    and expected_remark is not _UNSET \
                    and not _same(goal.review_remark, expected_remark):
                raise conflict("review_remark", goal.review_remark)
            if new_status is goal.status and new_remark == goal.review_remark:
                return
            self.conn.execute(
                "UPDATE goals SET status = ?, review_remark = ?, reviewed_in = ? WHERE id = ?",
                [new_status.value, new_remark, session_id, goal_id],
            )
            if goal.status is not new_status:
                self._log("goal", goal_id, "status", goal.status.value, new_status.value,
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
        fields = goal.model_dump(include={
            "type", "what", "measure", "target", "deadline", "deadline_draft", "why",
            "support", "metric", "target_value", "team_goal_id", "personal", "unwanted",
            "wanted", "registered_by", "threshold", "consequence", "follow_up"})
        return self.add_goal(session_id, carried_over_from=goal_id, **fields)

    def carried_copy(self, goal_id: int, session_id: int) -> Goal | None:
        """This talk's copy of a previous goal (carried over), if there is one."""
        row = self._row(f"{_SELECT} WHERE session_id = ? AND carried_over_from = ?",
                        [session_id, goal_id])
        return goal_from_row(row) if row else None

    def set_goal_outcome_details(
        self, goal_id: int, session_id: int, *, drop_reason: Any = _UNSET,
        drop_reason_text: str | None = None, embed_until: Any = _UNSET,
        outcome_reason: str | None = None,
    ) -> None:
        """Record why a goal was dropped, until when it settles (embedding), or why the
        outcome differs from the figure: in a draft that looks back on it."""
        from coachtui.model.choices import DropReason

        changes: dict[str, Any] = {}
        if drop_reason is not _UNSET:
            if drop_reason is not None and drop_reason not in {r.value for r in DropReason}:
                raise UserError("goals.bad_drop_reason", value=str(drop_reason))
            changes["drop_reason"] = drop_reason
        if drop_reason_text is not None:
            changes["drop_reason_text"] = drop_reason_text
        if embed_until is not _UNSET:
            changes["embed_until"] = embed_until
        if outcome_reason is not None:
            changes["outcome_reason"] = outcome_reason
        with self.transaction():
            row = self._editable(session_id)
            goal = self.goal(goal_id)
            if row["agent_id"] != goal.agent_id:
                raise UserError("talk.other_agents_goal")
            for field, value in changes.items():
                old = getattr(goal, field)
                if old == value:
                    continue
                self.conn.execute(f"UPDATE goals SET {field} = ? WHERE id = ?",
                                  [value, goal_id])
                self._log("goal", goal_id, field, old, value, goal.agent_id, session_id)
            if changes:
                self._touch(session_id)

    def goal_rows(self, agent_id: int) -> list[dict[str, Any]]:
        """Every goal of the agent with its talk's month and state (`session_month`,
        `session_status`) and the state of the talk that reviewed it (`reviewed_status`),
        oldest talk first."""
        return list(self._rows(
            "SELECT g.*, s.month AS session_month, s.status AS session_status,"
            " r.status AS reviewed_status"
            " FROM goals g JOIN sessions s ON s.id = g.session_id"
            " LEFT JOIN sessions r ON r.id = g.reviewed_in"
            " WHERE g.agent_id = ? ORDER BY s.month, s.id, g.position, g.id", [agent_id]))

    # -- team goals ------------------------------------------------------------------------
    def team_goal_rows(self, team: str | None = None) -> list[dict[str, Any]]:
        """The team goals (of one team, or all), by team, then period."""
        if team is None:
            return list(self._rows("SELECT * FROM team_goals ORDER BY team, from_month, id"))
        return list(self._rows("SELECT * FROM team_goals WHERE team = ?"
                               " ORDER BY from_month, id", [team]))

    def insert_team_goal(self, team: str, metric: str, target: float, from_month: str,
                         until_month: str, text: str, serves: str, created_at: str) -> int:
        """Store a team goal (the caller checks it first); its id."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO team_goals (team, metric, target, from_month, until_month, text,"
                " serves, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [team, metric, target, from_month, until_month, text, serves, created_at])
            goal_id = int(cursor.lastrowid or 0)
            self._log("team_goal", goal_id, "created", None,
                      f"{team} {metric} {target} {from_month}..{until_month}", None)
        return goal_id

    def set_team_goal_until(self, goal_id: int, until_month: str) -> None:
        """End a team goal earlier (or later): its last month (the caller checks it)."""
        with self.transaction():
            row = self._row("SELECT until_month FROM team_goals WHERE id = ?", [goal_id])
            if row is None:
                raise UserError("goals.no_team_goal", id=goal_id)
            if row["until_month"] != until_month:
                self.conn.execute("UPDATE team_goals SET until_month = ? WHERE id = ?",
                                  [until_month, goal_id])
                self._log("team_goal", goal_id, "until_month", row["until_month"],
                          until_month, None)

    def team_goal_copies(self, goal_id: int) -> list[dict[str, Any]]:
        """The talks' read-only copies of a team goal: goal id, session, month, status."""
        return list(self._rows(
            "SELECT g.id AS goal_id, s.id AS session_id, s.month, s.status FROM goals g"
            " JOIN sessions s ON s.id = g.session_id WHERE g.team_goal_id = ?"
            " ORDER BY s.month, g.id", [goal_id]))

    def delete_team_goal_copy(self, goal_id: int) -> None:
        """Remove a team goal's read-only copy from a draft (when the team goal ends
        earlier or goes); a signed talk is refused by `_editable`."""
        goal = self.goal(goal_id)
        with self.transaction():
            self._editable(goal.session_id)
            self.conn.execute("DELETE FROM goals WHERE id = ? AND team_goal_id IS NOT NULL",
                              [goal_id])
            self._log("goal", goal_id, "deleted", goal.what, None, goal.agent_id,
                      goal.session_id)
            self._touch(goal.session_id)

    def delete_team_goal(self, goal_id: int) -> dict[str, Any]:
        """Remove a team goal (the caller first removes its copies); the row as it was."""
        with self.transaction():
            row = self._row("SELECT * FROM team_goals WHERE id = ?", [goal_id])
            if row is None:
                raise UserError("goals.no_team_goal", id=goal_id)
            self.conn.execute("DELETE FROM team_goals WHERE id = ?", [goal_id])
            self._log("team_goal", goal_id, "deleted",
                      f"{row['team']} {row['metric']} {row['target']} {row['from_month']}.."
                      f"{row['until_month']}", None, None)
        return row

    def drafts_of_team(self, team: str, from_month: str, until_month: str) -> list[int]:
        """Ids of the drafts with the team's active agents about a month in the period."""
        return [r["id"] for r in self._rows(
            "SELECT s.id FROM sessions s JOIN agents a ON a.id = s.agent_id"
            " WHERE s.status = 'draft' AND COALESCE(a.team, '') = ? AND a.active = 1"
            " AND s.month BETWEEN ? AND ?", [team, from_month, until_month])]

    # -- personal figures and what a talk's HR record includes on purpose ------------------
    def personal_metrics(self, agent_id: int) -> set[str]:
        """The metrics whose figures are personal for this agent (every month)."""
        return {r["metric"] for r in self._rows(
            "SELECT metric FROM personal_figures WHERE agent_id = ?", [agent_id])}

    def set_personal_metric(self, agent_id: int, metric: str, personal: bool,
                            created_at: str) -> None:
        """Mark (or unmark) one metric's figures personal for one agent."""
        with self.transaction():
            if self._row("SELECT 1 FROM metrics WHERE key = ?", [metric]) is None:
                raise UserError("goals.unknown_metric", value=metric)
            was = metric in self.personal_metrics(agent_id)
            if was == personal:
                return
            if personal:
                self.conn.execute("INSERT INTO personal_figures (agent_id, metric, created_at)"
                                  " VALUES (?, ?, ?)", [agent_id, metric, created_at])
            else:
                self.conn.execute("DELETE FROM personal_figures WHERE agent_id = ? AND"
                                  " metric = ?", [agent_id, metric])
            self._log("figure", f"{agent_id}:{metric}", "personal", int(was), int(personal),
                      agent_id)

    def record_includes(self, session_id: int) -> set[str]:
        """The personal items ('goal:ID', 'figure:METRIC') this talk's HR record includes
        on purpose."""
        return {r["item"] for r in self._rows(
            "SELECT item FROM record_includes WHERE session_id = ?", [session_id])}

    def set_record_include(self, session_id: int, item: str, included: bool) -> None:
        """Put a personal item in this draft's HR record on purpose, or take it out."""
        with self.transaction():
            row = self._editable(session_id)
            was = item in self.record_includes(session_id)
            if was == included:
                return
            if included:
                self.conn.execute("INSERT INTO record_includes (session_id, item) VALUES (?, ?)",
                                  [session_id, item])
            else:
                self.conn.execute("DELETE FROM record_includes WHERE session_id = ? AND"
                                  " item = ?", [session_id, item])
            self._log("session", session_id, "record_include", item if was else None,
                      item if included else None, row["agent_id"], session_id)
            self._touch(session_id)

    # -- between talks: progress remarks and incidents ---------------------------------------
    def add_goal_note(self, table: str, goal_id: int, on_date: str, text: str,
                      created_at: str) -> int:
        """A dated progress remark (`goal_progress`) or incident (`goal_incidents`)."""
        if table not in ("goal_progress", "goal_incidents"):  # pragma: no cover
            raise ValueError(table)
        goal = self.goal(goal_id)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO {table} (goal_id, agent_id, on_date, text, created_at)"
                " VALUES (?, ?, ?, ?, ?)", [goal_id, goal.agent_id, on_date, text, created_at])
            row_id = int(cursor.lastrowid or 0)
            self._log(table, row_id, "created", None, f"{on_date} {text}".strip(),
                      goal.agent_id)
        return row_id

    def goal_notes(self, table: str, agent_id: int) -> list[dict[str, Any]]:
        """The agent's progress remarks or incidents, oldest first."""
        if table not in ("goal_progress", "goal_incidents"):  # pragma: no cover
            raise ValueError(table)
        return list(self._rows(f"SELECT * FROM {table} WHERE agent_id = ?"
                               " ORDER BY on_date, id", [agent_id]))

    def past_deadline_counts(self, today: str) -> dict[int, int]:
        """Per active agent with any: open goals of their latest signed talk whose deadline
        (a whole date) is before `today` (YYYY-MM-DD). One query for the whole team."""
        return {r["agent_id"]: r["n"] for r in self._rows(
            "SELECT a.id AS agent_id, COUNT(g.id) AS n FROM agents a"
            " JOIN goals g ON g.session_id = ("
            "  SELECT x.id FROM sessions x WHERE x.agent_id = a.id AND x.status = 'signed'"
            f"  AND x.kind IN {GOAL_KINDS_SQL} ORDER BY x.month DESC, x.id DESC LIMIT 1)"
            " WHERE a.active = 1 AND g.status = 'open' AND length(g.deadline) = 10"
            " AND g.deadline < ? GROUP BY a.id", [today])}

    def talk_answer_texts(self, session_id: int) -> list[str]:
        """The texts of a talk's kind-specific answers (the health guard reads them)."""
        return [r["text"] for r in self._rows(
            "SELECT text FROM talk_answers WHERE session_id = ? ORDER BY field", [session_id])]


def _checked_goal_value(field: str, value: Any) -> Any:
    """The value as stored, or a refusal a person understands."""
    value = _plain(value)
    if field in ("deadline", "follow_up"):
        text = "" if value is None else str(value).strip()
        return text or None  # a whole date, or the draft exactly as typed
    if field in ("metric", "team_goal_id"):
        if value in (None, ""):
            return None
        return int(value) if field == "team_goal_id" else str(value)
    if field == "target_value":
        return _number(value, field)
    if field == "threshold":
        number = _number(value, field)
        if number is None:
            return None
        if number < 1 or number != int(number):
            raise UserError("goals.bad_threshold", value=str(value))
        return int(number)
    if field == "personal":
        return 1 if str(value).lower() in ("1", "true", "yes") else 0
    if field == "type" and value not in _TYPES:
        raise UserError("talk.bad_goal_type", value=str(value))
    if field == "status" and value not in _STATUSES:
        raise UserError("talk.bad_goal_status", value=str(value))
    return "" if value is None else value


def _number(value: Any, field: str) -> float | None:
    """A number as typed ("6,5", "85%", "6/h"); empty is None; anything else is refused."""
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    text = str(value).strip().replace(",", ".").rstrip("%").removesuffix("/h").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise UserError("goals.bad_number", field=Phrase(f"goals.field.{field}"),
                        value=str(value)) from None


def _invalid(exc: ValidationError) -> UserError:
    """A goal that cannot be stored, named by its first bad field."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error.get("loc") else "goal"
    value = error.get("input")
    if field == "deadline":
        return UserError("talk.bad_deadline", value=str(value))
    return UserError("talk.bad_goal_value", field=Phrase(f"talk.field.{field}"),
                     value=str(value))
