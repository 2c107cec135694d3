"""The appraisal (beoordelingsgesprek): the year overview, a judgement per factor over the
period, the overall judgement on the team's scale with its outcome, the agent's reaction."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Label, Static

from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.steps.agenda import agenda_widgets
from coachtui.screens.steps.answers import answer_inputs, field_id
from coachtui.screens.steps.factors import FactorsStep
from coachtui.screens.widgets.fields import ChoiceField, ChoiceOption
from coachtui.services.kinds import APPRAISAL_REACTION, OUTCOMES, appraisal_scale

_OUTCOME_KEYS = {"none": "n,0", "salary_step": "s", "promotion": "p",
                 "improvement_plan": "i,v"}


def year_overview_widget(ctx: StepContext) -> Widget:
    """The agent's year overview as the appraisal and the performance talk show it: the
    twelve months up to the talk's month, or up to the last full month when the talk is
    about the month now running."""
    from coachtui import clock
    from coachtui.model import add_months
    from coachtui.screens.widgets.year_overview import YearOverviewView
    from coachtui.services.year import year_overview

    until = min(ctx.session.month, add_months(clock.current_month(), -1))
    overview = year_overview(ctx.journal, ctx.agent.id or 0, until)
    return YearOverviewView(overview, ctx.lang, id="year-overview")


def scale_options(ctx: StepContext) -> list[ChoiceOption]:
    """The team's overall scale, low to high, picked with 1, 2, 3..."""
    return [ChoiceOption(level.key, str(n), level.label(ctx.lang))
            for n, level in enumerate(appraisal_scale(ctx.journal), start=1)]


def outcome_options(ctx: StepContext) -> list[ChoiceOption]:
    """None, salary step, promotion, improvement plan."""
    return [ChoiceOption(o, _OUTCOME_KEYS[o], ctx.tr(f"kinds.outcome.{o}")) for o in OUTCOMES]


class AppraisalOverviewStep(TalkStep):
    """Step 1: the year overview (and the agenda)."""

    STEP = 1
    TITLE = "kinds.step.overview"

    def compose(self) -> ComposeResult:
        yield year_overview_widget(self.ctx)
        yield from agenda_widgets(self.ctx)


class PeriodFactorsStep(FactorsStep):
    """Step 2: each factor judged over the whole period, with its explanation."""

    STEP = 2
    TITLE = "kinds.step.period_factors"
    HINT = "kinds.hint.period_factors"


class AppraisalJudgementStep(TalkStep):
    """Step 3: the overall judgement and why, the outcome and a remark."""

    STEP = 3
    TITLE = "kinds.step.judgement"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        answers = ctx.session.answers
        yield Static(ctx.tr("kinds.hint.judgement"), classes="hint")
        yield Label(ctx.tr("kinds.field.appraisal.overall"), classes="section-title")
        yield ChoiceField(scale_options(ctx), answers.get("appraisal.overall") or None,
                          name="answer:appraisal.overall", read_only=ctx.read_only,
                          id=field_id("appraisal.overall"), show_keys=True)
        yield from answer_inputs(ctx, ("appraisal.overall_why",))
        yield Label(ctx.tr("kinds.field.appraisal.outcome"), classes="section-title")
        yield ChoiceField(outcome_options(ctx), answers.get("appraisal.outcome") or None,
                          name="answer:appraisal.outcome", read_only=ctx.read_only,
                          id=field_id("appraisal.outcome"), show_keys=True)
        yield from answer_inputs(ctx, ("appraisal.outcome_remark",))


class AppraisalReactionStep(TalkStep):
    """Step 4: the agent's reaction, in their own words."""

    STEP = 4
    TITLE = "kinds.step.reaction"

    def compose(self) -> ComposeResult:
        yield Static(self.ctx.tr("kinds.hint.reaction"), classes="hint")
        yield from answer_inputs(self.ctx, APPRAISAL_REACTION)
