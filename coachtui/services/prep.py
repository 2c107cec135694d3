"""The agent's preparation sheet (`coachtui prep`): the review month's figures against the
targets that applied, the open goals, and the questions of the coming talk. No Textual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coachtui.services.year import last_full_month

if TYPE_CHECKING:
    from coachtui.model import Agent, Goal, MetricDefinition, TargetStatus
    from coachtui.storage.journal import Journal

PREP_QUESTIONS = ("went", "learned", "next", "need", "lead")


@dataclass(frozen=True)
class PrepFigure:
    """One metric of the review month against the target that applied to it."""

    metric: MetricDefinition
    value: float | None
    target: float | None
    status: TargetStatus


@dataclass(frozen=True)
class PrepSheet:
    """What the agent reads before the talk: the month's figures, open goals, questions."""

    agent: Agent
    month: str
    figures: tuple[PrepFigure, ...]
    open_goals: tuple[Goal, ...]
    made_on: date

    @property
    def has_figures(self) -> bool:
        """True when the month has at least one figure."""
        return any(f.value is not None for f in self.figures)


def next_talk_month(journal: Journal, agent_id: int, today: date) -> str:
    """The month the agent's next monthly talk is about: the last full month, or the
    current one when that talk is already signed (a talk held early)."""
    review = last_full_month(today)
    signed = {s.month for s in journal.sessions(agent_id=agent_id)
              if s.signed and s.kind.value == "monthly"}
    return review if review not in signed else f"{today:%Y-%m}"


def prep_sheet(journal: Journal, agent_id: int, month: str, today: date) -> PrepSheet:
    """The preparation sheet for the talk about `month` (no private note is on it)."""
    from coachtui.model import target_status

    agent = journal.agent(agent_id)
    values = {r.metric: r.value for r in journal.figures(agent_id, month)}
    figures = []
    for metric in journal.metrics():
        target = journal.target_for(agent_id, metric.key, month)
        value = values.get(metric.key)
        figures.append(PrepFigure(metric, value, target, target_status(metric, value, target)))
    return PrepSheet(agent=agent, month=month, figures=tuple(figures),
                     open_goals=tuple(journal.open_goals(agent_id)), made_on=today)
