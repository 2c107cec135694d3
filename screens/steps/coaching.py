"""The coaching moment: one topic with its evidence, then one agreement and a follow-up."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from coachtui.screens.steps import TalkStep
from coachtui.screens.steps.agenda import agenda_widgets
from coachtui.screens.steps.answers import answer_inputs
from coachtui.services.kinds import COACHING_AGREEMENT, COACHING_TOPIC


class CoachingTopicStep(TalkStep):
    """Step 1: the one point, and what shows it; the agenda above it."""

    STEP = 1
    TITLE = "kinds.step.coaching_topic"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr("kinds.hint.coaching"), classes="hint")
        yield from answer_inputs(ctx, COACHING_TOPIC)
        yield from agenda_widgets(ctx)


class CoachingAgreementStep(TalkStep):
    """Step 2: the one agreement and when to look back on it."""

    STEP = 2
    TITLE = "kinds.step.coaching_agreement"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr("kinds.hint.coaching_agreement"), classes="hint")
        yield from answer_inputs(ctx, COACHING_AGREEMENT[:1])
        yield from answer_inputs(ctx, COACHING_AGREEMENT[1:],
                                 placeholder=ctx.tr("goal.deadline_placeholder"))
