"""Step 7: the whole record on one page, and both signatures."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Label, Static

from coachtui.model import GoalStatus
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext, TalkStep
from coachtui.screens.widgets.fields import AutosaveInput
from coachtui.screens.widgets.plain_text import plain
from coachtui.screens.widgets.sign_action import manager_signature_prefill
from coachtui.screens.widgets.signing_checklist import SigningChecklist
from coachtui.services.goals import team_goal_words as goal_words
from coachtui.services.signing import signed_figures


def record_text(ctx: StepContext) -> Text:
    """The talk as one readable page (shared content; private notes only for the manager)."""
    from coachtui.model import SessionKind
    from coachtui.screens.steps.kind_record import kind_record_text, turn_and_agenda_text

    s, j = ctx.session, ctx.journal
    if s.kind is not SessionKind.MONTHLY:  # each kind its own parts (steps/kind_record.py)
        return kind_record_text(ctx)
    text = Text()

    def add(value: str, style: str = "") -> None:
        # Names, notes and goals as typed, but never a control character that would act.
        text.append(shown(value, multiline=True), style=style)

    def head(key: str) -> None:
        add(f"\n{ctx.tr(key)}\n", style="bold underline")

    head("word.figures")
    # A signed talk shows the figures it was signed with, not today's (re-imports).
    kept = signed_figures(j, s.id) if s.signed and s.id is not None else None
    metrics = {m.key: m for m in j.metrics(active_only=kept is None)}
    rows = ([(f.metric, f.value, f.target) for f in kept] if kept is not None else
            [(r.metric, r.value, r.target) for r in j.figures(ctx.agent.id or 0, s.month)])
    for metric_key, figure, target_value in rows:
        metric = metrics.get(metric_key)
        if metric:
            target = metric.format(target_value, ctx.lang)
            add(f"  {metric.label(ctx.lang)}: {metric.format(figure, ctx.lang)} "
                        f"({ctx.tr('word.target').lower()} {target})\n")
    head("word.factors")
    for factor in j.factors():
        rating = s.rating_for(factor.key)
        mark = rating.rating.value if rating and rating.rating else "·"
        add(f"  {mark:>3}  {factor.label(ctx.lang)}")
        if rating and rating.note:
            add(f" — {rating.note}", style="italic")
        add("\n")
    reviewed = [g for g in j.goals_to_review(s) if g.status is not GoalStatus.OPEN]
    if reviewed:
        head("word.look_back")
        for goal in reviewed:
            add(f"  {goal.what}: {ctx.tr('goal_status.' + goal.status.value)}")
            if goal.review_remark:
                add(f" — {goal.review_remark}", style="italic")
            add("\n")
    head("word.learning_point")
    add(f"  {s.learning_point or ctx.tr('wrap.no_learning_point')}\n")
    head("word.goals")
    for n, goal in enumerate(s.goals, start=1):
        add(f"  {n}. [{ctx.tr('goal_type.' + goal.type.value)}] {goal.what}")
        target = goal_words(goal, metrics, ctx.lang)[1]  # a team goal's: worded here
        details = [x for x in (target, goal.deadline.isoformat() if goal.deadline else "")
                   if x]
        if details:
            add(f" ({', '.join(details)})", style="dim")
        add("\n")
    for key, value in (("word.support", s.support), ("word.agreements", s.agreements),
                       ("word.agent_comments", s.agent_comments)):
        if value:
            head(key)
            add(f"  {value}\n")
    text.append_text(turn_and_agenda_text(ctx))
    return text


class WrapUpStep(TalkStep):
    """The record, what is still missing, then two signature fields; Ctrl+S signs."""

    STEP = 7
    BINDINGS = [Binding("f9", "personal_items", "Personal items", id="talk.personal_items",
                        tooltip="Personal goals and figures: in the HR record or left out")]

    def action_personal_items(self) -> None:
        """The talk's personal goals and figures, each left out of the HR record unless
        included here on purpose (screens/personal_items.py)."""
        from coachtui.screens.personal_items import PersonalItemsScreen

        self.app.push_screen(PersonalItemsScreen(self.ctx.journal, self.ctx.session.id or 0,
                                                 self.ctx.lang, read_only=self.ctx.read_only))

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        s = ctx.session
        yield Static(record_text(ctx), id="record")
        if s.signed:
            at = s.agent_signed_at.strftime("%Y-%m-%d %H:%M") if s.agent_signed_at else ""
            yield Static(plain(ctx.tr("wrap.signed", manager=s.manager_signature,
                                      agent=s.agent_signature, at=at), style="bold green"),
                         id="signed")
            if s.addenda:
                yield Label(ctx.tr("wrap.addenda"), classes="section-title")
                for addendum in s.addenda:
                    yield Static(plain(f"{addendum.created_at:%Y-%m-%d}: {addendum.text}"))
            return
        # What is still missing comes before the signature question (read again on show).
        yield SigningChecklist(ctx.journal, s.id or 0, ctx.lang, id="signing-checklist")
        # The signatures as typed so far (kept in the draft), else the lead's name.
        manager = s.manager_signature or manager_signature_prefill(self.app, ctx.journal)
        yield Label(ctx.tr("wrap.sign_manager"), classes="section-title")
        yield AutosaveInput(manager, name="sign:manager", id="sign-manager")
        yield Label(ctx.tr("wrap.sign_agent"), classes="section-title")
        yield AutosaveInput(s.agent_signature or "", name="sign:agent", id="sign-agent")
