"""The wrap-up's record for the talk kinds: each kind's own answers, the agent's turn, the
factors judged (appraisal), the agreements as goals (performance) and the agenda."""

from __future__ import annotations

from rich.text import Text

from coachtui.model import SessionKind
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext
from coachtui.services.kinds import OUTCOMES, appraisal_scale, record_fields, turn_fields


def answer_shown(ctx: StepContext, field: str, value: str) -> str:
    """An answer as a person reads it: a scale level or outcome in words, else the text."""
    if field == "appraisal.overall":
        level = next((lv for lv in appraisal_scale(ctx.journal) if lv.key == value), None)
        return level.label(ctx.lang) if level else value
    if field == "appraisal.outcome" and value in OUTCOMES:
        return ctx.tr(f"kinds.outcome.{value}")
    return value


def turn_and_agenda_text(ctx: StepContext) -> Text:
    """The agent's turn and the agenda, as the record shows them (empty when neither)."""
    s = ctx.session
    text = Text()
    turn = [(f, s.answers.get(f, "")) for f in turn_fields(s.kind)]
    own = [r for r in s.ratings if r.agent_rating or r.agent_note]
    if any(v for _, v in turn) or own:
        text.append(f"\n{ctx.tr('export.kinds.turn')}\n", style="bold underline")
        for field, value in turn:
            if value:
                text.append(f"  {ctx.tr('kinds.field.' + field)}\n", style="dim")
                text.append(f"    {shown(value, multiline=True)}\n")
        labels = {f.key: f.label(ctx.lang) for f in ctx.view.factors}
        for r in own:
            mark = r.agent_rating.value if r.agent_rating else "·"
            text.append(f"  {mark:>3}  {shown(labels.get(r.factor, r.factor))}")
            if r.agent_note:
                text.append(f" — {shown(r.agent_note)}", style="italic")
            text.append("\n")
    agenda = [i for i in ctx.view.state.agenda if i.state_session_id == s.id and i.state]
    if agenda:
        text.append(f"\n{ctx.tr('export.kinds.agenda')}\n", style="bold underline")
        for item in agenda:
            text.append(f"  {shown(item.text)}: ")
            text.append(ctx.tr(f"kinds.agenda.{item.state}") + "\n", style="dim")
    return text


def kind_record_text(ctx: StepContext) -> Text:
    """The record of a coaching moment, appraisal, performance or exit talk."""
    s = ctx.session
    text = Text()
    if s.kind is SessionKind.APPRAISAL:
        text.append(f"\n{ctx.tr('word.factors')}\n", style="bold underline")
        for factor in ctx.view.factors:
            rating = s.rating_for(factor.key)
            mark = rating.rating.value if rating and rating.rating else "·"
            text.append(f"  {mark:>3}  {shown(factor.label(ctx.lang))}")
            if rating and rating.note:
                text.append(f" — {shown(rating.note, multiline=True)}", style="italic")
            text.append("\n")
    own = [f for f in record_fields(s.kind) if f not in turn_fields(s.kind)]
    text.append(f"\n{ctx.tr('kind.' + s.kind.value)}\n", style="bold underline")
    for field in own:
        value = s.answers.get(field, "")
        text.append(f"  {ctx.tr('kinds.field.' + field)}\n", style="dim")
        text.append(f"    {shown(answer_shown(ctx, field, value), multiline=True) or '–'}\n")
    if s.kind is SessionKind.PERFORMANCE:
        text.append(f"\n{ctx.tr('word.goals')}\n", style="bold underline")
        for n, goal in enumerate(s.goals, start=1):
            text.append(f"  {n}. {shown(goal.what)}")
            if goal.deadline:
                text.append(f" ({goal.deadline.isoformat()})", style="dim")
            text.append("\n")
    text.append_text(turn_and_agenda_text(ctx))
    return text
