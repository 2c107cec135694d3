"""The agent's turn: the agent's own answers and own rating per factor, typed before the
team lead's (first step of the performance talk; step 0 of the monthly talk)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from coachtui.screens.steps import TalkStep
from coachtui.screens.steps.agenda import agenda_widgets
from coachtui.screens.steps.answers import answer_inputs
from coachtui.screens.steps.factors import rating_options
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField
from coachtui.screens.widgets.plain_text import plain
from coachtui.services.kinds import turn_fields


class AgentTurnStep(TalkStep):
    """The agenda, the turn's questions, then the agent's own rating per factor."""

    STEP = 0
    TITLE = "kinds.step.turn"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr("kinds.hint.turn"), classes="hint")
        yield from agenda_widgets(ctx)
        yield from answer_inputs(ctx, turn_fields(ctx.session.kind))
        yield Label(ctx.tr("kinds.turn.own_ratings"), classes="section-title")
        for factor in ctx.view.factors:
            current = ctx.session.rating_for(factor.key)
            with Vertical(classes="factor-row"):
                with Horizontal(classes="factor-head"):
                    yield Label(plain(factor.label(ctx.lang)), classes="factor-label")
                    yield ChoiceField(rating_options(), current.agent_rating.value
                                      if current and current.agent_rating else None,
                                      name=f"agentrating:{factor.key}",
                                      read_only=ctx.read_only,
                                      id=f"agent-rating-{factor.key}")
                    yield Label(plain(factor.description(ctx.lang)),
                                classes="factor-description")
                yield AutosaveInput(current.agent_note if current else "",
                                    name=f"agentnote:{factor.key}",
                                    placeholder=ctx.tr("kinds.turn.own_note"),
                                    disabled=ctx.read_only, id=f"agent-note-{factor.key}")
