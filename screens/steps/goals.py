"""Step 5: next month's goals, a form each, with a live SMART check (3 to 5 goals)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Label, Static

from coachtui.model import MAX_GOALS, MIN_GOALS_HINT, Goal, GoalType
from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption
from coachtui.services.talks import goal_text
from coachtui.smart_check import smart_problems

TEXT_FIELDS = ("what", "measure", "target", "deadline", "why", "support")
_FIELD_LABEL = {"what": "word.what", "measure": "word.measure", "target": "word.target",
                "deadline": "word.deadline", "why": "word.why", "support": "word.needs"}


def type_options(ctx: StepContext) -> list[ChoiceOption]:
    """Goal types picked with k (KPI), d or o (development), g (growth)."""
    return [ChoiceOption(GoalType.KPI.value, "k", ctx.tr("goal_type.kpi")),
            ChoiceOption(GoalType.DEVELOPMENT.value, "d,o", ctx.tr("goal_type.development")),
            ChoiceOption(GoalType.GROWTH.value, "g", ctx.tr("goal_type.growth"))]


def smart_text(ctx: StepContext, goal: Goal) -> Text:
    """The SMART verdict for a goal: what is missing, in plain words."""
    problems = smart_problems(goal, ctx.lang, ctx.today)
    if not problems:
        return Text(ctx.tr("goal.smart_ok"), style="green")
    return Text(ctx.tr("goal.smart_missing", problems="; ".join(problems)), style="yellow")


def count_text(ctx: StepContext, n: int) -> Text:
    """How many goals there are, and the hint below three."""
    text = Text(ctx.tr("goal.count", n=n, max=MAX_GOALS), style="bold")
    if n < MIN_GOALS_HINT:
        text.append(" · " + ctx.tr("goal.below_three", n=n), style="yellow")
    return text


class GoalForm(Vertical):
    """One goal: its type, the six text fields and the live SMART verdict."""

    def __init__(self, ctx: StepContext, goal: Goal, n: int) -> None:
        super().__init__(classes="goal-form", id=f"goal-{goal.id}")
        self.ctx = ctx
        self.goal = goal
        self.n = n

    def compose(self) -> ComposeResult:
        ctx, goal = self.ctx, self.goal
        yield Label(heading(ctx, goal, self.n), classes="section-title",
                    id=f"goal-{goal.id}-heading")
        yield ChoiceField(type_options(ctx), goal.type.value,
                          name=f"goal:{goal.id}:type", read_only=ctx.read_only,
                          id=f"goal-{goal.id}-type", show_keys=True)
        with Grid(classes="goal-grid"):
            for field in TEXT_FIELDS:
                yield Label(ctx.tr(_FIELD_LABEL[field]), classes="field-label")
                yield AutosaveInput(
                    goal_text(goal, field), name=f"goal:{goal.id}:{field}",
                    disabled=ctx.read_only,
                    placeholder=ctx.tr("goal.deadline_placeholder")
                    if field == "deadline" else "",
                    id=f"goal-{goal.id}-{field}")
        yield Static(smart_text(ctx, goal), id=f"smart-{goal.id}", classes="smart")


def heading(ctx: StepContext, goal: Goal, n: int) -> str:
    """"Goal n", and where it was carried over from."""
    title = ctx.tr("goal.heading", n=n)
    if goal.carried_over_from:
        title += f"  ↪ {ctx.tr('goal.carried_from')}"
    return title


class GoalsStep(TalkStep):
    """One form per goal; Ctrl+O adds, Ctrl+R removes (undo with Ctrl+Z)."""

    STEP = 5

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        goals = ctx.session.goals
        yield Static(count_text(ctx, len(goals)), id="goal-count")
        yield Static(ctx.tr("goal.none"), classes="empty-state", id="goal-none")
        for n, goal in enumerate(goals, start=1):
            yield GoalForm(ctx, goal, n)

    def on_mount(self) -> None:
        self.query_one("#goal-none").display = not self.ctx.session.goals

    def forms(self) -> list[GoalForm]:
        """The goal forms, in order."""
        return list(self.query(GoalForm))

    async def sync_goals(self, ctx: StepContext) -> None:
        """Make the forms match `ctx`'s goals: remove the gone, add the new, renumber.

        Forms of goals that stay are left as they are (a field being typed in is never
        rebuilt); their values are taken in by the screen field by field.
        """
        self.ctx = ctx
        goals = ctx.session.goals
        wanted = {g.id for g in goals}
        for form in self.forms():
            if form.goal.id not in wanted:
                await form.remove()
        have = {form.goal.id for form in self.forms()}
        self.renumber(ctx)
        new = [GoalForm(ctx, g, n) for n, g in enumerate(goals, start=1) if g.id not in have]
        if new:
            await self.mount_all(new)

    def renumber(self, ctx: StepContext) -> None:
        """Headings, count and the empty hint after goals came or went."""
        goals = ctx.session.goals
        order = {g.id: (n, g) for n, g in enumerate(goals, start=1)}
        for form in self.forms():
            if form.goal.id in order and order[form.goal.id][0] != form.n:
                form.n, form.goal = order[form.goal.id]
                for label in form.query(f"#goal-{form.goal.id}-heading").results(Label):
                    label.update(heading(ctx, form.goal, form.n))
        self.query_one("#goal-count", Static).update(count_text(ctx, len(goals)))
        self.query_one("#goal-none").display = not goals
