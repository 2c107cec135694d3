"""What every part of the Journal shares: the connection, transactions and the change log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # sqlite-utils is loaded only when `db` is first used
    from sqlite_utils import Database


class StoreBase:
    """Declares the pieces the Journal provides to each of its parts."""

    conn: sqlite3.Connection

    @property
    def db(self) -> Database:  # pragma: no cover
        """sqlite-utils on the connection (provided by Journal, loaded on first use)."""
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        """One transaction (provided by Journal)."""
        raise NotImplementedError

    def _log(
        self, entity: str, entity_id: Any, field: str, old: Any, new: Any, agent_id: int | None,
        session_id: int | None = None, at: str | None = None,
    ) -> None:  # pragma: no cover
        raise NotImplementedError

    def _rows(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Rows of a query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [c[0] for c in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def _row(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        """The first row of a query as a dict, or None."""
        return next(self._rows(sql, params), None)
