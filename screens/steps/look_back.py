"""Step 3: last month's goals, each marked achieved / partly / not achieved / dropped."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from coachtui.model import GoalStatus
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption


def status_options(ctx: StepContext) -> list[ChoiceOption]:
    """The four review outcomes with their keys (a, p, n, d)."""
    keys = {GoalStatus.ACHIEVED: "a", GoalStatus.PARTLY: "p", GoalStatus.NOT_ACHIEVED: "n",
            GoalStatus.DROPPED: "d"}
    return [ChoiceOption(s.value, k, ctx.tr(f"goal_status.{s.value}")) for s, k in keys.items()]


class LookBackStep(TalkStep):
    """The previous talk's goals with their outcome, a remark and carry-over."""

    STEP = 3

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        goals = ctx.view.state.to_review
        if not goals:
            yield Static(ctx.tr("look.none"), classes="empty-state")
            return
        yield Static(ctx.tr("look.hint"), classes="hint")
        carried = {g.carried_over_from for g in ctx.session.goals if g.carried_over_from}
        for goal in goals:
            with Vertical(classes="review-row", id=f"review-row-{goal.id}"):
                head = Text(f"{ctx.tr('goal_type.' + goal.type.value)}: ", style="dim")
                head.append(shown(goal.what or "–"), style="bold")
                if goal.target:
                    head.append(f"  → {shown(goal.target)}")
                if goal.deadline:
                    head.append(f"  ({goal.deadline.isoformat()})", style="dim")
                yield Static(head)
                with Horizontal(classes="review-controls"):
                    status = goal.status.value if goal.status is not GoalStatus.OPEN else None
                    yield ChoiceField(status_options(ctx), status, name=f"review:{goal.id}",
                                      read_only=ctx.read_only, id=f"review-{goal.id}",
                                      show_keys=True)
                    yield Static(f"↪ {ctx.tr('look.carried')}" if goal.id in carried else "",
                                 classes="carried", id=f"carried-{goal.id}")
                yield AutosaveInput(goal.review_remark, name=f"remark:{goal.id}",
                                    placeholder=ctx.tr("look.remark"), disabled=ctx.read_only,
                                    id=f"remark-{goal.id}")
