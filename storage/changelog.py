"""Reading the append-only change log: the history of any session or agent."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from coachtui.storage.base import StoreBase

_APPEND = ("INSERT INTO change_log (at, agent_id, entity, entity_id, field, old, new, session_id)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class Change:
    """One logged change: when, what entity and field, the old and the new value."""

    id: int
    at: str
    agent_id: int | None
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    session_id: int | None = None


def append_change(
    conn: sqlite3.Connection, *, at: str, agent_id: int | None, entity: str, entity_id: object,
    field: str, old: str | None, new: str | None, session_id: int | None = None,
) -> None:
    """Append one row to the change log (inside the caller's transaction).

    The one INSERT every write shares (through the Journal's `_log`).
    """
    conn.execute(_APPEND, [at, agent_id, entity, str(entity_id), field, old, new, session_id])


class ChangeLogStore(StoreBase):
    """The change_log table (rows are only ever appended, except by erasure)."""

    def history(
        self, *, entity: str | None = None, entity_id: object = None,
        agent_id: int | None = None,
    ) -> list[Change]:
        """Logged changes, oldest first, filtered by entity and/or agent."""
        sql, params = "SELECT * FROM change_log WHERE 1=1", list[object]()
        if entity is not None:
            sql += " AND entity = ?"
            params.append(entity)
        if entity_id is not None:
            sql += " AND entity_id = ?"
            params.append(str(entity_id))
        if agent_id is not None:
            sql += " AND agent_id = ?"
            params.append(agent_id)
        return [Change(**r) for r in self._rows(sql + " ORDER BY id", params)]

    def session_history(self, session_id: int) -> list[Change]:
        """Every change made in a talk, oldest first: its fields, ratings, goals (also
        deleted ones), reviews of earlier goals and addenda."""
        return [
            Change(**r)
            for r in self._rows(
                "SELECT * FROM change_log WHERE session_id = ?"
                # rows written before m002 carry no session_id: find them by entity
                " OR (session_id IS NULL AND ((entity = 'session' AND entity_id = ?)"
                " OR (entity = 'rating' AND entity_id LIKE ?)"
                " OR (entity = 'goal' AND entity_id IN"
                "     (SELECT CAST(id AS TEXT) FROM goals WHERE session_id = ?))"
                " OR (entity = 'addendum' AND entity_id IN"
                "     (SELECT CAST(id AS TEXT) FROM addenda WHERE session_id = ?))))"
                " ORDER BY id",
                [session_id, str(session_id), f"{session_id}:%", session_id, session_id],
            )
        ]
