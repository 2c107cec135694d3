"""Step 4: exactly one learning point; typing replaces it, there is never a second."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Label, Static

from coachtui.screens.steps import TalkStep
from coachtui.screens.widgets.fields import AutosaveInput
from coachtui.screens.widgets.plain_text import plain


class LearningPointStep(TalkStep):
    """The single learning point, with last month's for reference."""

    STEP = 4

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Label(ctx.tr("lp.label"), classes="section-title")
        yield AutosaveInput(ctx.session.learning_point, name="session:learning_point",
                            placeholder=ctx.tr("lp.placeholder"), disabled=ctx.read_only,
                            id="learning-point")
        yield Static(ctx.tr("lp.hint"), classes="hint")
        from coachtui.screens.competence_screen import competence_line

        line = competence_line(ctx.journal, ctx.session.agent_id, ctx.lang)
        if line:
            yield Static(plain(line), id="lp-competence", classes="hint")
        if ctx.view.previous_learning_point:
            yield Static(plain(ctx.tr("lp.previous", text=ctx.view.previous_learning_point)),
                         classes="hint")
