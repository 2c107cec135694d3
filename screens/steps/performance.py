"""The performance talk (functioneringsgesprek): the agent's turn first (agent_turn.py),
then the team lead's view on the overview, then agreements for the next half year as
goals."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from coachtui.screens.steps import TalkStep
from coachtui.screens.steps.answers import answer_inputs
from coachtui.screens.steps.appraisal import year_overview_widget
from coachtui.screens.steps.goals import GoalsStep
from coachtui.services.kinds import PERFORMANCE_VIEW


class PerformanceViewStep(TalkStep):
    """Step 2: the year overview and the team lead's view; what both improve."""

    STEP = 2
    TITLE = "kinds.step.lead_view"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        # the lead's words first (the step's first field takes the keys), the overview
        # they speak about below
        yield Static(ctx.tr("kinds.hint.lead_view"), classes="hint")
        yield from answer_inputs(ctx, PERFORMANCE_VIEW)
        yield year_overview_widget(ctx)


class PerformanceGoalsStep(GoalsStep):
    """Step 3: the agreements for the next half year, each a goal (the goals step)."""

    STEP = 3
    TITLE = "kinds.step.agreements"

    def compose(self) -> ComposeResult:
        yield Static(self.ctx.tr("kinds.hint.agreements"), classes="hint")
        yield from super().compose()
