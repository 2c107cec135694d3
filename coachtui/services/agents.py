"""Agents: the list, naming one by e-mail, id or part of the name, their figures and talks;
adding, changing and leaving (the rules the command line and the TUI share).

What `coachtui agents`, `figures` and `sessions` show, and what a screen asks when it needs
"the agent the user means". The naming rule itself (`storage.agents.pick_agent`) is the
one `coachtui note` uses too, so a name means the same agent everywhere.

Teams: a team is known once an agent is in it or a team target or team goal names it. A
team that differs from a known one only in case is that team; a new team is accepted
when the journal knows no team yet (the first agent of the first team), else only when
asked for explicitly (`new_team`), so a typo never starts a team of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coachtui.errors import UserError
from coachtui.model.choices import Cadence
from coachtui.outside_text import quoted

if TYPE_CHECKING:
    from coachtui.model import Agent, FigureRow, MetricDefinition, Session
    from coachtui.storage.journal import Journal

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


# -- adding, changing and leaving ---------------------------------------------------------
class NewTeamError(UserError):
    """A team the journal does not know yet: refused unless a new team is asked for."""

    def __init__(self, team: str, known: list[str]) -> None:
        super().__init__("agents.unknown_team", team=quoted(team),
                         known=", ".join(quoted(t) for t in known))
        self.team = team


def checked_date(value: str | None, field: str) -> date | None:
    """`value` as a date when written YYYY-MM-DD (None or blank stays None); a refusal
    naming `field` (an option such as `--on`, or a field's label) and the value."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UserError("agents.bad_date", field=field, value=quoted(text)) from None


def checked_cadence(value: str) -> Cadence:
    """A cadence by its name (`monthly` or `biweekly`); a refusal naming the value."""
    try:
        return Cadence(value.strip().lower())
    except ValueError:
        raise UserError("agents.bad_cadence", value=quoted(value),
                        known=", ".join(c.value for c in Cadence)) from None


def known_teams(journal: Journal) -> list[str]:
    """Every team the journal knows (agents' teams, team targets and team goals), by name."""
    return journal.known_teams()


def resolve_team(journal: Journal, team: str | None, *, new_team: bool = False) -> str | None:
    """The team `team` means: None for none (blank), a known team's own spelling when it
    matches one ignoring case, a new team when none is known yet or `new_team`;
    NewTeamError otherwise."""
    if team is None or not team.strip():
        return None
    wanted = " ".join(team.split())
    known = known_teams(journal)
    for name in known:
        if name.casefold() == wanted.casefold():
            return name
    if known and not new_team:
        raise NewTeamError(wanted, known)
    return wanted


def _built(**fields: object) -> Agent:
    """An Agent from these fields; the model's refusal of a name or e-mail said in words."""
    from pydantic import ValidationError

    from coachtui.model import Agent

    try:
        return Agent(**fields)
    except ValidationError as exc:
        wrong = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")}
        if "name" in wrong:
            raise UserError("agents.name_missing") from None
        raise UserError("agents.bad_email", email=quoted(fields.get("email", ""))) from None


def new_agent(name: str, email: str, *, started: date | None = None,
              cadence: Cadence = Cadence.MONTHLY) -> Agent:
    """A new agent, checked (a name, an e-mail address) but not yet in any journal and
    without a team: `add_agent` adds it. Checked first, so a refusal opens nothing."""
    return _built(name=name, email=email, employment_start=started, cadence=cadence)


def add_agent(journal: Journal, agent: Agent, *, team: str | None = None,
              new_team: bool = False) -> Agent:
    """Add `agent` (from `new_agent`) in `team`; a duplicate e-mail or an unknown team is
    refused and nothing is written. The change log records the new agent."""
    with journal.transaction():
        placed = agent.model_copy(update={"team": resolve_team(journal, team,
                                                               new_team=new_team)})
        return journal.add_agent(placed)


def edit_agent(journal: Journal, agent_id: int, *, name: str | None = None,
               email: str | None = None, team: str | None = None,
               cadence: Cadence | None = None, new_team: bool = False) -> Agent:
    """Change an agent's name, e-mail, team ('' = no team) and/or cadence; each change is
    in the change log with its old value. Nothing given is refused."""
    if name is None and email is None and team is None and cadence is None:
        raise UserError("agents.nothing_to_change")
    with journal.transaction():
        old = journal.agent(agent_id)
        fields = old.model_dump()
        if name is not None:
            fields["name"] = name
        if email is not None:
            fields["email"] = email
        if team is not None:
            fields["team"] = resolve_team(journal, team, new_team=new_team)
        if cadence is not None:
            fields["cadence"] = cadence
        return journal.update_agent(_built(**fields))


def check_leave(agent: Agent, on: date) -> None:
    """Refuse a date of leaving before the agent's first day (nothing is written)."""
    start = agent.employment_start
    if start is not None and on < start:
        raise UserError("agents.leave_before_start", on=on.isoformat(),
                        name=quoted(agent.name), start=start.isoformat())


def leave_agent(journal: Journal, agent_id: int, on: date) -> Agent:
    """The agent's employment ends `on`: they leave the overview and the due counts at
    once, and the retention clock of `privacy purge` starts on that date. A date before
    the start is refused; leaving again moves the date (the log keeps the old one)."""
    with journal.transaction():
        agent = journal.agent(agent_id)
        check_leave(agent, on)
        return journal.update_agent(agent.model_copy(update={"employment_end": on,
                                                             "active": False}))
