"""Agents in the journal: add, update, list and find by e-mail, id or part of the name."""

from __future__ import annotations

import sqlite3
from typing import Any

from coachtui.errors import NotFoundError, UserError
from coachtui.model import Agent
from storage.base import StoreBase

_AGENT_COLUMNS = ("name", "email", "team", "employment_start", "employment_end", "active")


def _agent(row: dict[str, Any]) -> Agent:
    return Agent(**{**row, "active": bool(row["active"])})


class AgentStore(StoreBase):
    """The agents table."""

    def add_agent(self, agent: Agent) -> Agent:
        """Add a new agent; refuses a second agent with the same e-mail."""
        data = agent.model_dump(mode="json", exclude={"id"})
        with self.transaction():
            try:
                cursor = self.db.conn.execute(
                    f"INSERT INTO agents ({', '.join(_AGENT_COLUMNS)})"
                    f" VALUES ({', '.join('?' * len(_AGENT_COLUMNS))})",
                    [data[c] for c in _AGENT_COLUMNS],
                )
            except sqlite3.IntegrityError as exc:
                raise UserError(f"An agent with e-mail {agent.email} already exists.") from exc
            new_id = cursor.lastrowid
            self._log("agent", new_id, "created", None, agent.email, new_id)
        return agent.model_copy(update={"id": new_id})

    def update_agent(self, agent: Agent) -> Agent:
        """Save every field of an existing agent, logging what changed."""
        old = self.agent(agent.id or 0)
        new_data = agent.model_dump(mode="json")
        old_data = old.model_dump(mode="json")
        with self.transaction():
            for column in _AGENT_COLUMNS:
                if new_data[column] != old_data[column]:
                    try:
                        self.db.conn.execute(f"UPDATE agents SET {column} = ? WHERE id = ?",
                                             [new_data[column], agent.id])
                    except sqlite3.IntegrityError as exc:
                        raise UserError(
                            f"Another agent already has the e-mail {agent.email}."
                        ) from exc
                    self._log("agent", agent.id, column, old_data[column], new_data[column],
                              agent.id)
        return agent

    def agent(self, agent_id: int) -> Agent:
        """The agent with this id."""
        row = self._row("SELECT * FROM agents WHERE id = ?", [agent_id])
        if row is None:
            raise NotFoundError(f"There is no agent with id {agent_id}.")
        return _agent(row)

    def agents(self, *, active_only: bool = False) -> list[Agent]:
        """All agents, by name."""
        where = "WHERE active = 1" if active_only else ""
        return [_agent(r) for r in self._rows(f"SELECT * FROM agents {where} ORDER BY name")]

    def find_agent(self, query: str) -> Agent:
        """The one agent named by e-mail, id, or an unambiguous part of the name."""
        text = query.strip()
        if not text:
            raise NotFoundError("Name an agent by e-mail, id or part of the name.")
        if text.isdigit():
            row = self._row("SELECT * FROM agents WHERE id = ?", [int(text)])
            if row:
                return _agent(row)
        row = self._row("SELECT * FROM agents WHERE email = ?", [text.lower()])
        if row:
            return _agent(row)
        needle = text.casefold()
        everyone = self.agents()
        matches = [a for a in everyone if needle in a.name.casefold()]
        if not matches:
            matches = [a for a in everyone if needle in a.email]
        exact = [a for a in matches if a.name.casefold() == needle]
        if len(exact) == 1:
            return exact[0]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(f"No agent matches '{query}'.")
        names = ", ".join(f"{a.name} <{a.email}>" for a in matches)
        raise NotFoundError(f"'{query}' matches more than one agent: {names}.")
