"""Agents in the journal: add, update, list and find by e-mail, id or part of the name.

`pick_agent` is the rule for naming an agent, as a pure function (the quick-note popup
ranks the same agents). The model is loaded only when an `Agent` is first built, so
opening the Journal does not load pydantic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from coachtui.errors import NotFoundError, UserError
from coachtui.folding import fold
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase

if TYPE_CHECKING:
    from coachtui.model import Agent

_AGENT_COLUMNS = ("name", "email", "team", "employment_start", "employment_end", "active",
                  "cadence")


class NamedAgent(Protocol):
    """What naming an agent looks at: id, name and (lower-case) e-mail."""

    @property
    def id(self) -> int | None:
        """The agent's id."""

    @property
    def name(self) -> str:
        """The full name."""

    @property
    def email(self) -> str:
        """The e-mail address, lower case."""


A = TypeVar("A", bound=NamedAgent)


def pick_agent(query: str, everyone: Sequence[A]) -> A:
    """The one agent of `everyone` (sorted by name) that `query` names; NotFoundError else.

    In this order: the id (digits), the e-mail (any case), then a part of the name (any
    case, accents optional: `ayse` names Ayşe; an exact name wins over longer ones), then
    a part of the e-mail. None or several
    are refused, several with the candidates listed.
    """
    text = query.strip()
    if not text:
        raise NotFoundError("journal.agent_unnamed")
    if text.isdecimal():
        by_id = [a for a in everyone if a.id == int(text)]
        if by_id:
            return by_id[0]
    email = text.lower()
    by_email = [a for a in everyone if a.email == email]
    if by_email:
        return by_email[0]
    needle = fold(text)
    matches = [a for a in everyone if needle in fold(a.name)]
    if not matches:
        matches = [a for a in everyone if needle in fold(a.email)]
    # An exact name wins: as typed (Ayse beside Ayşe), else without case and accents.
    for same in (lambda a: a.name.casefold() == text.casefold(),
                 lambda a: fold(a.name) == needle):
        exact = [a for a in matches if same(a)]
        if len(exact) == 1:
            return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError("journal.agent_no_match", query=quoted(query))
    names = ", ".join(quoted(f"{a.name} <{a.email}>", 120) for a in matches)
    raise NotFoundError("journal.agent_ambiguous", query=quoted(query), names=names)


def _agent(row: dict[str, Any]) -> Agent:
    from coachtui.model import Agent

    return Agent(**{**row, "active": bool(row["active"])})


class AgentStore(StoreBase):
    """The agents table."""

    def add_agent(self, agent: Agent) -> Agent:
        """Add a new agent; refuses a second agent with the same e-mail."""
        data = agent.model_dump(mode="json", exclude={"id"})
        with self.transaction():
            try:
                cursor = self.conn.execute(
                    f"INSERT INTO agents ({', '.join(_AGENT_COLUMNS)})"
                    f" VALUES ({', '.join('?' * len(_AGENT_COLUMNS))})",
                    [data[c] for c in _AGENT_COLUMNS],
                )
            except sqlite3.IntegrityError as exc:
                raise UserError("journal.email_taken", email=quoted(agent.email)) from exc
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
                        self.conn.execute(f"UPDATE agents SET {column} = ? WHERE id = ?",
                                          [new_data[column], agent.id])
                    except sqlite3.IntegrityError as exc:
                        raise UserError("journal.email_in_use",
                                        email=quoted(agent.email)) from exc
                    self._log("agent", agent.id, column, old_data[column], new_data[column],
                              agent.id)
        return agent

    def agent(self, agent_id: int) -> Agent:
        """The agent with this id."""
        row = self._row("SELECT * FROM agents WHERE id = ?", [agent_id])
        if row is None:
            raise NotFoundError("journal.agent_unknown", id=agent_id)
        return _agent(row)

    def agents(self, *, active_only: bool = False) -> list[Agent]:
        """All agents, by name."""
        where = "WHERE active = 1" if active_only else ""
        return [_agent(r) for r in self._rows(f"SELECT * FROM agents {where} ORDER BY name")]

    def known_teams(self) -> list[str]:
        """Every team the journal knows, by name: a team an agent (also one who left) is
        in, or one a team target or team goal names ('' = no team is not a team)."""
        return [r["team"] for r in self._rows(
            "SELECT team FROM agents WHERE team IS NOT NULL AND team != ''"
            " UNION SELECT team FROM team_targets WHERE team != ''"
            " UNION SELECT team FROM team_goals WHERE team != ''"
            " ORDER BY team")]

    def find_agent(self, query: str) -> Agent:
        """The one agent named by e-mail, id, or an unambiguous part of the name."""
        return pick_agent(query, self.agents())
