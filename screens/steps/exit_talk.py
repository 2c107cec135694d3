"""The exit talk: the reason for leaving as the agent tells it (never health details),
what went well and what could be better; then the handover and the date of leaving."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from coachtui.screens.steps import TalkStep
from coachtui.screens.steps.answers import answer_inputs
from coachtui.services.kinds import EXIT_HANDOVER, EXIT_STORY
from coachtui.services.notes import health_words


class ExitStoryStep(TalkStep):
    """Step 1: the reason, with the health hint and a warning as soon as it reads medical."""

    STEP = 1
    TITLE = "kinds.step.exit_story"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr("kinds.hint.exit_reason"), classes="hint", id="exit-health-hint")
        yield from answer_inputs(ctx, EXIT_STORY[:1])
        warning = self._warning(ctx.session.answers.get("exit.reason", ""))
        shown = Static(warning, classes="warning", id="exit-health-warning")
        shown.display = bool(warning)
        yield shown
        yield from answer_inputs(ctx, EXIT_STORY[1:])

    def _warning(self, text: str) -> str:
        words = health_words(text)
        return self.ctx.tr("kinds.health_warning", words=", ".join(words)) if words else ""

    @on(Input.Changed, "#answer-exit-reason")
    def _check_health(self, event: Input.Changed) -> None:
        warning = self._warning(event.value)
        shown = self.query_one("#exit-health-warning", Static)
        shown.update(warning)
        shown.display = bool(warning)


class ExitHandoverStep(TalkStep):
    """Step 2: handover agreements and the date of leaving (signing ends the employment)."""

    STEP = 2
    TITLE = "kinds.step.handover"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield from answer_inputs(ctx, EXIT_HANDOVER[:1])
        yield from answer_inputs(ctx, EXIT_HANDOVER[1:],
                                 placeholder=ctx.tr("goal.deadline_placeholder"))
        yield Static(ctx.tr("kinds.hint.leaving"), classes="hint")
