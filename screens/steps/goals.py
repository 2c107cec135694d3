"""Step 5: next month's goals, a form each, with a live SMART check (3 to 5 goals)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Label, Static

from coachtui.model import MAX_GOALS, MIN_GOALS_HINT, Goal, GoalType
from coachtui.model.number_format import decimal_text, editable_text, optional_decimal
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption
from coachtui.services import goals as goal_service
from coachtui.services.talks import goal_text
from coachtui.smart_check import smart_problems

TEXT_FIELDS = ("what", "measure", "target", "deadline", "why", "support")
_FIELD_LABEL = {"what": "word.what", "measure": "word.measure", "target": "word.target",
                "deadline": "word.deadline", "why": "word.why", "support": "word.needs"}


BEHAVIOUR_FIELDS = ("unwanted", "wanted", "registered_by", "threshold", "consequence",
                    "follow_up")


def type_options(ctx: StepContext) -> list[ChoiceOption]:
    """Goal types picked with k (KPI), d or o (development), g (growth), b (behaviour)."""
    return [ChoiceOption(GoalType.KPI.value, "k", ctx.tr("goal_type.kpi")),
            ChoiceOption(GoalType.DEVELOPMENT.value, "d,o", ctx.tr("goal_type.development")),
            ChoiceOption(GoalType.GROWTH.value, "g", ctx.tr("goal_type.growth")),
            ChoiceOption(GoalType.BEHAVIOUR.value, "b", ctx.tr("goal_type.behaviour"))]


def metric_options(ctx: StepContext) -> list[ChoiceOption]:
    """The metrics a goal can point at, picked with 1-9."""
    return [ChoiceOption(m.key, str(n), m.label(ctx.lang))
            for n, m in enumerate(ctx.view.metrics[:9], start=1)]


def personal_options(ctx: StepContext) -> list[ChoiceOption]:
    """Shared with HR (s) or private (p): a private goal stays out of the HR record."""
    return [ChoiceOption("0", "s", ctx.tr("goals.form.shared")),
            ChoiceOption("1", "p,v", ctx.tr("goals.form.personal_on"))]


def team_goal_options(ctx: StepContext) -> list[ChoiceOption]:
    """The team goals in force that a development goal can serve, picked with 1-9."""
    rows = goal_service.team_goals_in_force(ctx.journal, ctx.agent.team, ctx.session.month)
    return [ChoiceOption(str(r["id"]), str(n), shown(r["text"] or r["metric"]))
            for n, r in enumerate(rows[:9], start=1)]


def mix_text(ctx: StepContext) -> Text:
    """The mix of goal types against 1-2 KPI, 1-2 development, at most 1 growth."""
    advice = goal_service.mix_advice_for(ctx.journal, ctx.session.id or 0)
    text = Text()
    for key, values in advice.notes:
        if "type" in values:
            values = {**values, "type": ctx.tr(f"goal_type.{values['type']}")}
        if text:
            text.append("\n")
        text.append("⚠ " + ctx.tr(key, **values), style="yellow")
    return text


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

    DEFAULT_CSS = """
    GoalForm .team-goal { padding-left: 1; height: auto; }
    GoalForm .goal-grid { grid-rows: auto; }
    GoalForm .metric-choice { height: auto; width: 1fr; }
    GoalForm .behaviour-grid { margin-top: 1; }
    """

    def __init__(self, ctx: StepContext, goal: Goal, n: int) -> None:
        super().__init__(classes="goal-form", id=f"goal-{goal.id}")
        self.ctx = ctx
        self.goal = goal
        self.n = n

    def compose(self) -> ComposeResult:
        ctx, goal = self.ctx, self.goal
        yield Label(heading(ctx, goal, self.n), classes="section-title",
                    id=f"goal-{goal.id}-heading")
        if goal_service.is_team_kpi(goal):
            yield Static(team_goal_text(ctx, goal), classes="team-goal",
                         id=f"goal-{goal.id}-team")
            return
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
            yield Label(ctx.tr("goals.form.metric"), classes="field-label")
            yield ChoiceField(metric_options(ctx), goal.metric, name=f"goal:{goal.id}:metric",
                              read_only=ctx.read_only, id=f"goal-{goal.id}-metric",
                              show_keys=True, classes="metric-choice")
            yield Label(ctx.tr("goals.form.target_value"), classes="field-label")
            yield AutosaveInput(goal_text(goal, "target_value"),
                                name=f"goal:{goal.id}:target_value", disabled=ctx.read_only,
                                placeholder=agreed_hint(ctx, goal),
                                id=f"goal-{goal.id}-target_value")
            teams = team_goal_options(ctx)
            if teams:
                yield Label(ctx.tr("goals.form.serves"), classes="field-label")
                yield ChoiceField(teams, str(goal.team_goal_id) if goal.team_goal_id else None,
                                  name=f"goal:{goal.id}:team_goal_id", read_only=ctx.read_only,
                                  id=f"goal-{goal.id}-team_goal_id", show_keys=True)
            yield Label(ctx.tr("goals.form.personal"), classes="field-label")
            yield ChoiceField(personal_options(ctx), "1" if goal.personal else "0",
                              name=f"goal:{goal.id}:personal", read_only=ctx.read_only,
                              id=f"goal-{goal.id}-personal", show_keys=True)
        with Grid(classes="goal-grid behaviour-grid", id=f"goal-{goal.id}-behaviour") as grid:
            grid.display = goal.type is GoalType.BEHAVIOUR
            for field in BEHAVIOUR_FIELDS:
                yield Label(ctx.tr(f"goals.form.{field}"), classes="field-label")
                yield AutosaveInput(
                    goal_text(goal, field), name=f"goal:{goal.id}:{field}",
                    disabled=ctx.read_only,
                    placeholder=ctx.tr("goal.deadline_placeholder")
                    if field == "follow_up" else "",
                    id=f"goal-{goal.id}-{field}")
        yield Static(smart_text(ctx, goal), id=f"smart-{goal.id}", classes="smart")

    @on(ChoiceField.Chosen)
    def _chosen(self, event: ChoiceField.Chosen) -> None:
        name = event.field.name or ""
        if name.endswith(":type"):
            for grid in self.query(f"#goal-{self.goal.id}-behaviour").results(Grid):
                grid.display = event.value == GoalType.BEHAVIOUR.value
            for step in self.ancestors:
                if isinstance(step, GoalsStep):
                    step.query_one("#goal-mix", Static).update(mix_text(self.ctx))
        elif name.endswith(":metric") and event.value:
            self._offer_agreed_target(event.value)

    def _offer_agreed_target(self, metric: str) -> None:
        """The target agreed with the agent for that metric, as a start (never over a
        value already typed)."""
        ctx = self.ctx
        agreed = goal_service.agreed_target(ctx.journal, ctx.agent.id or 0, metric,
                                            ctx.session.month)
        field = self.query_one(f"#goal-{self.goal.id}-target_value", AutosaveInput)
        if agreed is not None and not field.value.strip():
            field.value = editable_text(agreed, ctx.lang)
            field.cursor_position = len(field.value)


def agreed_hint(ctx: StepContext, goal: Goal) -> str:
    """"agreed: 85" beside an empty target value, when the goal's metric has a target."""
    if not goal.metric:
        return ""
    agreed = goal_service.agreed_target(ctx.journal, ctx.agent.id or 0, goal.metric,
                                        ctx.session.month)
    if agreed is None:
        return ""
    return ctx.tr("goals.form.agreed", value=decimal_text(agreed, None, ctx.lang))


def team_goal_text(ctx: StepContext, goal: Goal) -> Text:
    """A team goal in a talk: what it is, read-only."""
    metric = next((m for m in ctx.view.metrics if m.key == goal.metric), None)
    rows = goal_service.team_goals_in_force(ctx.journal, ctx.agent.team, ctx.session.month)
    row = next((r for r in rows if r["id"] == goal.team_goal_id), None)
    text = Text(shown(goal.what or "–") + "\n", style="bold")
    text.append(ctx.tr(
        "goals.form.team_read_only",
        metric=metric.label(ctx.lang) if metric else str(goal.metric),
        target=metric.format(goal.target_value, ctx.lang) if metric
        else optional_decimal(goal.target_value, None, ctx.lang),
        start=row["from_month"] if row else "–", end=row["until_month"] if row else "–"),
        style="dim")
    return text


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
        yield Static(mix_text(ctx), id="goal-mix")
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
        self.query_one("#goal-mix", Static).update(mix_text(ctx))
        self.query_one("#goal-none").display = not goals
