"""The steps of a talk, one module each, on a shared StepContext; `steps_for` says which
steps a talk of each kind has, in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll

from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import Agent, Session
    from coachtui.model.choices import SessionKind
    from coachtui.services.talks import Journal, TalkView


@dataclass
class StepContext:
    """What every step needs to render: the talk as read (`view`) and how to show it.

    `journal` is there for the wrap-up's record (read only); the other steps render from
    `view`, which the talk service reads in one go.
    """

    journal: Journal
    view: TalkView
    lang: str
    agent_view: bool
    today: date

    @property
    def session(self) -> Session:
        """The session as last read."""
        return self.view.session

    @property
    def agent(self) -> Agent:
        """The agent the talk is with."""
        return self.view.agent

    @property
    def read_only(self) -> bool:
        """A signed session cannot change."""
        return self.session.signed

    def tr(self, key: str, **values: object) -> str:
        """A text in the talk's language."""
        return tr(key, self.lang, **values)


class TalkStep(VerticalScroll):
    """One step of the talk; subclasses compose from `self.ctx`.

    `STEP` is the step's number in the monthly talk; a step used by other kinds gets its
    number there from `steps_for` (its id is `step-<number>`). `TITLE` is the text key of
    its name in the step bar (default: `talk.step.<STEP>`).
    """

    STEP = 0
    TITLE = ""

    def __init__(self, ctx: StepContext, number: int | None = None) -> None:
        self.number = self.STEP if number is None else number
        super().__init__(id=f"step-{self.number}", classes="talk-step")
        self.ctx = ctx

    @classmethod
    def title_key(cls) -> str:
        """The text key of the step's name."""
        return cls.TITLE or f"talk.step.{cls.STEP}"


@dataclass(frozen=True)
class StepPlan:
    """A talk's steps in order, numbered from `first` (0 when the monthly talk shows the
    agent's turn before its usual step 1)."""

    steps: tuple[type[TalkStep], ...]
    first: int = 1

    @property
    def last(self) -> int:
        """The number of the last step (the wrap-up, where both sign)."""
        return self.first + len(self.steps) - 1

    def numbered(self) -> list[tuple[int, type[TalkStep]]]:
        """(number, step class) in order."""
        return [(self.first + i, cls) for i, cls in enumerate(self.steps)]

    def at(self, number: int) -> type[TalkStep]:
        """The step class shown as `number`."""
        return self.steps[number - self.first]

    def number_of(self, step_class: type[TalkStep]) -> int | None:
        """The number of the first step of this class, or None when the talk has none."""
        return next((n for n, cls in self.numbered() if cls is step_class), None)


def steps_for(kind: SessionKind, *, with_turn: bool = False) -> StepPlan:
    """The steps of a talk of `kind`. The monthly talk keeps its seven steps 1..7; with
    `with_turn` (agent view, or the agent prepared answers) the agent's turn comes first,
    as step 0."""
    from coachtui.model.choices import SessionKind
    from coachtui.screens.steps.agent_turn import AgentTurnStep
    from coachtui.screens.steps.agreements import AgreementsStep
    from coachtui.screens.steps.appraisal import (
        AppraisalJudgementStep,
        AppraisalOverviewStep,
        AppraisalReactionStep,
        PeriodFactorsStep,
    )
    from coachtui.screens.steps.coaching import CoachingAgreementStep, CoachingTopicStep
    from coachtui.screens.steps.exit_talk import ExitHandoverStep, ExitStoryStep
    from coachtui.screens.steps.factors import FactorsStep
    from coachtui.screens.steps.figures import FiguresStep
    from coachtui.screens.steps.goals import GoalsStep
    from coachtui.screens.steps.learning_point import LearningPointStep
    from coachtui.screens.steps.look_back import LookBackStep
    from coachtui.screens.steps.performance import PerformanceGoalsStep, PerformanceViewStep
    from coachtui.screens.steps.wrap_up import WrapUpStep

    if kind is SessionKind.COACHING:
        return StepPlan((CoachingTopicStep, CoachingAgreementStep, WrapUpStep))
    if kind is SessionKind.APPRAISAL:
        return StepPlan((AppraisalOverviewStep, PeriodFactorsStep, AppraisalJudgementStep,
                         AppraisalReactionStep, WrapUpStep))
    if kind is SessionKind.PERFORMANCE:
        return StepPlan((AgentTurnStep, PerformanceViewStep, PerformanceGoalsStep, WrapUpStep))
    if kind is SessionKind.EXIT:
        return StepPlan((ExitStoryStep, ExitHandoverStep, WrapUpStep))
    monthly: tuple[type[TalkStep], ...] = (FiguresStep, FactorsStep, LookBackStep,
                                           LearningPointStep, GoalsStep, AgreementsStep,
                                           WrapUpStep)
    if with_turn:
        return StepPlan((AgentTurnStep, *monthly), first=0)
    return StepPlan(monthly)
