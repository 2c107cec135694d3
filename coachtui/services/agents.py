"""Agents: the list, naming one by e-mail, id or part of the name, their figures and talks.

What `coachtui agents`, `figures` and `sessions` show, and what a screen asks when it needs
"the agent the user means". The naming rule itself (`storage.agents.pick_agent`) is the
one `coachtui note` uses too, so a name means the same agent everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.model import Agent, FigureRow, MetricDefinition, Session
    from coachtui.storage.journal import Journal


def list_agents(journal: Journal, *, active_only: bool = False) -> list[Agent]:
    """Every agent by name (only those still employed with `active_only`)."""
    return journal.agents(active_only=active_only)


def agent(journal: Journal, agent_id: int) -> Agent:
    """The agent with this id (NotFoundError when there is none, e.g. erased meanwhile)."""
    return journal.agent(agent_id)


def find_agent(journal: Journal, query: str) -> Agent:
    """The one agent `query` names (e-mail, id, or an unambiguous part of the name)."""
    return journal.find_agent(query)


@dataclass(frozen=True)
class AgentFigures:
    """An agent's figures (one month or all), each with the target then in force."""

    agent: Agent
    rows: list[FigureRow]
    metrics: dict[str, MetricDefinition]  # every metric, switched off ones too, by key


def agent_figures(journal: Journal, query: str, month: str | None = None) -> AgentFigures:
    """The figures of the agent `query` names, for `month` or for every month."""
    agent = find_agent(journal, query)
    return AgentFigures(
        agent=agent,
        rows=journal.figures(agent.id or 0, month),
        metrics={m.key: m for m in journal.metrics(active_only=False)},
    )


def sessions_of(journal: Journal, agent_id: int) -> list[Session]:
    """The agent's sessions, newest month first."""
    return journal.sessions(agent_id=agent_id)


@dataclass(frozen=True)
class SessionListing:
    """Sessions with the names and e-mails of their agents, for a list or JSON."""

    sessions: list[Session]
    names: dict[int, str]
    emails: dict[int, str]

    def name_of(self, session: Session) -> str:
        """The agent's name, or "?" for a session whose agent is gone."""
        return self.names.get(session.agent_id, "?")

    def email_of(self, session: Session) -> str | None:
        """The agent's e-mail (None for a session whose agent is gone)."""
        return self.emails.get(session.agent_id)


def list_sessions(journal: Journal, *, agent: str | None = None, month: str | None = None,
                  details: bool = False) -> SessionListing:
    """Sessions, newest month first, for one agent (named as anywhere) and/or one month;
    `details` loads goals and ratings too."""
    agent_id = find_agent(journal, agent).id if agent else None
    everyone = journal.agents()
    return SessionListing(
        sessions=journal.sessions(agent_id=agent_id, month=month, details=details),
        names={a.id: a.name for a in everyone if a.id is not None},
        emails={a.id: a.email for a in everyone if a.id is not None},
    )
