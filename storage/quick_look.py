"""A read-only first look at a journal with plain sqlite3, for the first screen.

coachtui paints the team overview before it has loaded sqlite-utils and pydantic: this
reads the same facts (agents, metrics, overview) from a read-only connection. The full
Journal is opened right after the first paint and takes over. Any problem here (an older
schema, a file that is not a journal) simply means no quick look: the Journal then opens
first and says what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coachtui.storage.overview import AgentFacts, read_overview_facts


@dataclass(frozen=True)
class QuickMetric:
    """What the overview needs of a metric definition."""

    key: str
    higher_is_better: bool


@dataclass(frozen=True)
class QuickAgent:
    """What the overview needs of an agent."""

    id: int
    name: str
    team: str | None
    employment_start: date | None


class QuickLookUnavailable(Exception):
    """The file cannot be read this way; open the Journal instead."""


class QuickLook:
    """The overview's three reads (`metrics`, `agents`, `overview_facts`), read-only."""

    def __init__(self, path: Path) -> None:
        if not path.is_file() or path.stat().st_size == 0:
            raise QuickLookUnavailable(str(path))
        try:
            self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            self.conn.execute("SELECT 1 FROM change_log LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise QuickLookUnavailable(str(exc)) from exc

    def _rows(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [c[0] for c in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def metrics(self) -> list[QuickMetric]:
        """Active metric definitions, in display order."""
        return [QuickMetric(r["key"], bool(r["higher_is_better"])) for r in self._rows(
            "SELECT key, higher_is_better FROM metrics WHERE active = 1 ORDER BY position, key")]

    def agents(self, *, active_only: bool = True) -> list[QuickAgent]:
        """Agents by name."""
        where = "WHERE active = 1" if active_only else ""
        return [QuickAgent(r["id"], r["name"], r["team"],
                           date.fromisoformat(r["employment_start"])
                           if r["employment_start"] else None)
                for r in self._rows(f"SELECT id, name, team, employment_start FROM agents "
                                    f"{where} ORDER BY name")]

    def overview_facts(self, month: str) -> dict[int, AgentFacts]:
        """The same facts as `Journal.overview_facts`."""
        return read_overview_facts(self._rows, month)

    def close(self) -> None:
        """Close the read-only connection."""
        self.conn.close()


def quick_look(path: Path) -> QuickLook | None:
    """A QuickLook on `path`, or None when the file cannot be read that way."""
    try:
        return QuickLook(path)
    except (QuickLookUnavailable, sqlite3.Error, OSError):
        return None
