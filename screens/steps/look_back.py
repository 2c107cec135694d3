"""Step 3: last month's goals, each with its figure, its outcome and a remark.

What is not finished is carried over by itself (the talk was built that way); marking a
goal achieved, settling in (embedding) or dropped takes it out of this month's goals.
Dropping asks for a reason (`DropReasonPrompt`); an outcome that says the opposite of the
goal's figure asks why, in a field right below it.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from coachtui.model import Goal, GoalStatus
from coachtui.model.choices import DropReason
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import goals as goal_service
from coachtui.texts import tr

_KEYS = {GoalStatus.ACHIEVED: "a", GoalStatus.EMBEDDING: "e", GoalStatus.PARTLY: "p",
         GoalStatus.NOT_ACHIEVED: "n", GoalStatus.DROPPED: "d"}


def status_options(ctx: StepContext) -> list[ChoiceOption]:
    """The review outcomes with their keys (a, e, p, n, d)."""
    return [ChoiceOption(s.value, k, ctx.tr(f"goal_status.{s.value}"))
            for s, k in _KEYS.items()]


def figure_line(ctx: StepContext, goal: Goal) -> Text:
    """The goal's figure in the talk's month, its target and what it suggests."""
    metric = next((m for m in ctx.view.metrics if m.key == goal.metric), None)
    if metric is None:
        return Text("")
    figure = goal_service.figure_for(ctx.journal, goal, until=ctx.session.month)
    target = metric.format(goal.target_value, ctx.lang) if goal.target_value is not None else "–"
    if figure.value is None:
        return Text(ctx.tr("goals.look.no_figure", metric=metric.label(ctx.lang),
                           target=target), style="dim")
    suggested = ctx.tr("goal_status." + figure.suggested) if figure.suggested else "–"
    style = "green" if figure.suggested == GoalStatus.ACHIEVED.value else "yellow"
    return Text(ctx.tr("goals.look.figure", metric=metric.label(ctx.lang),
                       value=metric.format(figure.value, ctx.lang), target=target,
                       suggested=suggested), style=style)


def outcome_info(ctx: StepContext, goal: Goal) -> str:
    """Why a goal was dropped, or until when it settles in."""
    if goal.status is GoalStatus.DROPPED and goal.drop_reason:
        reason = ctx.tr(f"goals.drop_reason.{goal.drop_reason}")
        if goal.drop_reason_text:
            reason += f": {shown(goal.drop_reason_text)}"
        return ctx.tr("goals.look.dropped", reason=reason)
    if goal.status is GoalStatus.EMBEDDING and goal.embed_until:
        return ctx.tr("goals.look.embedding", month=goal.embed_until)
    return ""


def contradicts(ctx: StepContext, goal: Goal) -> bool:
    """The outcome chosen says the opposite of the figure."""
    if not goal.metric or goal.status is GoalStatus.OPEN:
        return False
    figure = goal_service.figure_for(ctx.journal, goal, until=ctx.session.month)
    return goal_service.contradicts(goal.status, figure.suggested)


class LookBackStep(TalkStep):
    """The previous talk's goals with their figure, outcome, remark and carry-over."""

    STEP = 3
    DEFAULT_CSS = """
    LookBackStep .outcome-info { height: auto; color: $text-muted; padding-left: 2; }
    LookBackStep .outcome-row { height: auto; }
    LookBackStep .outcome-row .warning { color: $warning; }
    """

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        goals = ctx.view.state.to_review
        if not goals:
            yield Static(ctx.tr("look.none"), classes="empty-state")
            return
        yield Static(ctx.tr("goals.look.hint"), classes="hint")
        carried = {g.carried_over_from for g in ctx.session.goals if g.carried_over_from}
        for goal in goals:
            with Vertical(classes="review-row", id=f"review-row-{goal.id}"):
                head = Text(f"{ctx.tr('goal_type.' + goal.type.value)}: ", style="dim")
                head.append(shown(goal.what or "–"), style="bold")
                if goal.target:
                    head.append(f"  → {shown(goal.target)}")
                if goal.deadline:
                    head.append(f"  ({goal.deadline.isoformat()})", style="dim")
                if goal_service.is_team_kpi(goal):
                    head.append(f"  [{ctx.tr('goals.look.team')}]", style="italic")
                yield Static(head)
                if goal.metric:
                    yield Static(figure_line(ctx, goal), id=f"figure-{goal.id}")
                with Horizontal(classes="review-controls"):
                    status = goal.status.value if goal.status is not GoalStatus.OPEN else None
                    yield ChoiceField(status_options(ctx), status, name=f"review:{goal.id}",
                                      read_only=ctx.read_only, id=f"review-{goal.id}",
                                      show_keys=True)
                    yield Static(f"↪ {ctx.tr('look.carried')}" if goal.id in carried else "",
                                 classes="carried", id=f"carried-{goal.id}")
                info = outcome_info(ctx, goal)
                with Vertical(classes="outcome-info", id=f"outcome-box-{goal.id}") as box:
                    box.display = bool(info)
                    yield Static(info, id=f"outcome-info-{goal.id}")
                yield AutosaveInput(goal.review_remark, name=f"remark:{goal.id}",
                                    placeholder=ctx.tr("look.remark"), disabled=ctx.read_only,
                                    id=f"remark-{goal.id}")
                if goal.metric:
                    with Vertical(classes="outcome-row", id=f"outcome-row-{goal.id}") as row:
                        row.display = contradicts(ctx, goal) or bool(goal.outcome_reason)
                        yield Static(ctx.tr("goals.look.contradicts"), classes="warning")
                        yield AutosaveInput(goal.outcome_reason, name=f"outcome:{goal.id}",
                                            placeholder=ctx.tr("goals.look.reason"),
                                            disabled=ctx.read_only, id=f"outcome-{goal.id}")

    def show_outcome(self, goal: Goal) -> None:
        """After an outcome was chosen: the drop reason or settling line, and the
        question why when it contradicts the figure."""
        info = outcome_info(self.ctx, goal)
        for box in self.query(f"#outcome-box-{goal.id}").results(Vertical):
            box.display = bool(info)
        for line in self.query(f"#outcome-info-{goal.id}").results(Static):
            line.update(info)
        for row in self.query(f"#outcome-row-{goal.id}").results(Vertical):
            row.display = contradicts(self.ctx, goal) or bool(goal.outcome_reason)


class DropReasonPrompt(ModalScreen[str | None]):
    """Why a goal is dropped: 1-4 picks a reason (for `other` a few words are asked
    next); Escape keeps the goal."""

    DEFAULT_CSS = """
    DropReasonPrompt { align: center middle; }
    DropReasonPrompt > Vertical { width: 72; height: auto; border: thick $warning;
                                  padding: 1 2; background: $surface; }
    DropReasonPrompt Label { width: 100%; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.reasons = list(DropReason)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(tr("goals.drop.question", self.lang)))
            for n, reason in enumerate(self.reasons, start=1):
                yield Label(plain(f"{n}  {tr('goals.drop_reason.' + reason.value, self.lang)}"))

    def on_key(self, event: Key) -> None:
        if event.character and event.character.isdigit():
            n = int(event.character)
            if 1 <= n <= len(self.reasons):
                event.stop()
                self.dismiss(self.reasons[n - 1].value)

    def action_cancel(self) -> None:
        """Keep the goal (nothing dropped)."""
        self.dismiss(None)
