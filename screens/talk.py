"""A talk on one screen, step by step, every keystroke saved to the journal. The steps
follow the talk's kind (`steps.steps_for`): the monthly talk's seven, or a coaching moment,
appraisal, performance or exit talk's own.

Three promises shape this screen:

- Keys go where the user saw the cursor. Everything that moves the focus or adds a field
  (step keys, Tab, digits, new goal, remove, undo) is a priority binding: it runs before
  the next key is routed, and it focuses with `Screen.set_focus` (at once) rather than
  `Widget.focus` (later), so a burst typed after it lands in the new field.
- What is on screen is in the journal: fields save in the same call that changes them
  (see `widgets/fields.py`), carrying the value this window saw.
- Taking in another window's change never writes, never moves the focus and never
  rebuilds a field being typed in: only fields whose journal value changed are updated.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import DescendantFocus
from textual.widgets import ContentSwitcher, Footer, Header, Input, Static, TextArea

from coachtui import clock
from coachtui.errors import NotFoundError, UserError
from coachtui.model import Goal, SessionKind
from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext, StepPlan, TalkStep, steps_for
from coachtui.screens.steps.factors import FactorsStep
from coachtui.screens.steps.figures import FiguresStep
from coachtui.screens.steps.goals import GoalsStep
from coachtui.screens.steps.look_back import LookBackStep
from coachtui.screens.steps.wrap_up import WrapUpStep, record_text
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.talk_goals import TalkGoalActions
from coachtui.screens.talk_take_in import TakeIn, take_in
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.fields import ChoiceField, TalkField
from coachtui.screens.widgets.step_bar import StepBar
from coachtui.services import talks

# digits jump to a step; a talk has at most ten (0 is the monthly talk's agent's turn)
_JUMPS = [Binding(str(n), f"jump({n})", f"Step {n}", id=f"talk.jump_{n}", show=False,
                  priority=True) for n in range(10)]


def plan_for(ctx: StepContext) -> StepPlan:
    """The steps of this talk: its kind's; the monthly talk shows the agent's turn (step 0)
    in agent view, or when the agent prepared answers or there is an agenda."""
    session = ctx.session
    turn = session.kind is SessionKind.MONTHLY and (
        ctx.agent_view or any(k.startswith("turn.") and v for k, v in session.answers.items())
        or any(r.agent_rating or r.agent_note for r in session.ratings)
        or any(i.state_session_id == session.id or not session.signed
               for i in ctx.view.state.agenda))
    return steps_for(session.kind, with_turn=turn)


class TalkScreen(TalkGoalActions):
    """Runs a talk step by step; a signed talk opens read-only."""

    CSS_PATH = stylesheet("talk.tcss")
    PALETTE_AREA_KEY = "talk.palette"
    BINDINGS = [
        Binding("pagedown", "step(1)", "Next step", id="talk.next", key_display="PgDn",
                priority=True),
        Binding("pageup", "step(-1)", "Previous step", id="talk.previous", key_display="PgUp",
                priority=True),
        Binding("tab", "move_focus(1)", "Next field", id="talk.focus_next", show=False,
                priority=True),
        Binding("shift+tab", "move_focus(-1)", "Previous field", id="talk.focus_previous",
                show=False, priority=True),
        *_JUMPS,
        Binding("ctrl+g", "goto", "Go to step", id="talk.goto", priority=True),
        Binding("f5", "import_figures", "Refresh figures", id="talk.import"),
        Binding("ctrl+o", "add_goal", "New goal", id="talk.add_goal", priority=True),
        Binding("ctrl+r", "remove_goal", "Remove goal", id="talk.remove_goal", priority=True),
        Binding("ctrl+z", "undo", "Undo", id="talk.undo", priority=True),
        # not a priority: in a text field the letter c is typed
        Binding("c", "carry_over", "Carry over", id="talk.carry_over"),
        Binding("f6", "keep_mine", "Keep mine", id="talk.keep_mine", priority=True),
        Binding("f7", "take_theirs", "Take theirs", id="talk.take_theirs", priority=True),
        Binding("ctrl+s", "sign", "Sign", id="talk.sign"),
        Binding("ctrl+e", "export", "Export", id="talk.export"),
        Binding("ctrl+a", "addendum", "Addendum", id="talk.addendum"),
        Binding("escape", "leave", "Leave talk", id="talk.back"),
    ]

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.step = 1
        self._undo: list[Goal] = []
        self._conflicts: dict[str, TalkField] = {}
        self._stale: set[int] = set()  # steps to rebuild once the focus is elsewhere
        self._gone = False

    # -- building ------------------------------------------------------------------------
    def _load_context(self) -> StepContext:
        view = talks.load_talk(self.journal, self.session_id, agent_view=self.coach.agent_view)
        return StepContext(journal=self.journal, view=view, lang=self.lang,
                           agent_view=self.coach.agent_view, today=clock.today())

    def compose(self) -> ComposeResult:
        try:
            self.ctx = self._load_context()
        except NotFoundError:
            self.call_later(self.close_gone)
            return
        yield Header(show_clock=False)
        yield AgentViewBadge()
        self.plan = plan_for(self.ctx)
        yield Static(self._title(self.ctx), id="talk-title")
        yield Static(self._step_bar(), id="step-bar")
        with ContentSwitcher(initial=f"step-{self.step}", id="steps"):
            for n, step_class in self.plan.numbered():
                yield step_class(self.ctx, n)
        yield Footer(compact=True)

    def _title(self, ctx: StepContext) -> Text:
        s = ctx.session
        text = Text(ctx.tr("talk.title", kind=ctx.tr("kind." + s.kind.value),
                           name=shown(ctx.agent.name), month=s.month), style="bold")
        text.append("   ")
        state = ctx.tr("talk.read_only") if s.signed else ctx.tr("talk.draft")
        text.append(f"[{state}]", style="green" if s.signed else "dim")
        return text

    def step_bar_line(self, width: int = 200) -> str:
        """The step bar as plain text in `width` columns (what the bar shows)."""
        return self._step_bar().line(width).plain

    def _step_bar(self) -> StepBar:
        labels = [self.tr(step_class.title_key()) for _, step_class in self.plan.numbered()]
        return StepBar(labels, self.step,
                       self.tr("talk.step_of", n=self.step, total=self.plan.last),
                       first=self.plan.first)

    def on_mount(self) -> None:
        super().on_mount()
        if not hasattr(self, "ctx"):
            return
        session = self.ctx.session
        if not session.signed:
            self.step = max(self.plan.first, min(session.step, self.plan.last))
            self._adopt_fields()
        self._show_step(focus_name=session.cursor_field if not session.signed else None)

    # -- another window changed the journal ----------------------------------------------
    def refresh_data(self) -> None:
        """Take in what changed in the journal: no write, no focus move, no field rebuilt
        while it is typed in; language or agent view changes rebuild the steps."""
        super().refresh_data()
        if self._gone or not hasattr(self, "ctx") or not self.is_mounted:
            return
        if (self.lang, self.coach.agent_view) != (self.ctx.lang, self.ctx.agent_view):
            self.call_later(self._rebuild_all, self._focused_name())
            return
        try:
            state = talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        self._apply(take_in(self, state))

    def _apply(self, found: TakeIn) -> None:
        """Act on what a take-in found: a signed talk rebuilds, changed goals re-sync."""
        self.ctx = replace(self.ctx, view=self.ctx.view.with_state(found.state))
        if found.signed_now:
            self.call_later(self._rebuild_all, None)
            return
        if found.goals_changed:
            self.call_later(self._sync_goals)
        look_back = self.plan.number_of(LookBackStep)
        if found.review_changed and look_back is not None:
            self._stale.add(look_back)
            self._rebuild_stale()
        if self.step == self.plan.last:
            self._refresh_record()

    def _rebuild_stale(self) -> None:
        """Rebuild steps whose structure changed, unless the focus is inside them."""
        focused = self.focused
        for n in sorted(self._stale):
            step = self.query_one(f"#step-{n}")
            if focused is not None and step in focused.ancestors_with_self:
                continue
            self._stale.discard(n)
            self.call_later(self._rebuild_step, n)

    async def _rebuild_step(self, n: int) -> None:
        switcher = self.query_one("#steps", ContentSwitcher)
        old = self.query_one(f"#step-{n}")
        index = list(switcher.children).index(old)
        await old.remove()  # first: the new step has the same id
        new = self.plan.at(n)(self.ctx, n)
        new.display = n == self.step
        if index < len(switcher.children):
            await switcher.mount(new, before=index)
        else:
            await switcher.mount(new)

    # -- moving between steps ------------------------------------------------------------
    def _show_step(self, focus_name: str | None = None) -> None:
        current = f"step-{self.step}"
        switcher = self.query_one("#steps", ContentSwitcher)
        for child in switcher.children:
            child.display = child.id == current
        switcher.current = current
        self.query_one("#step-bar", Static).update(self._step_bar())
        step = self.query_one(f"#{current}")
        focusable = [w for w in step.query("*") if w.focusable]
        target = next((w for w in focusable if focus_name and w.name == focus_name), None)
        # set_focus at once: a key already typed goes to the field shown, not the old one.
        # A step entered afresh starts at its top (its hint and the first field's label in
        # view); a remembered field is scrolled to.
        self.set_focus(target or (focusable[0] if focusable else step), scroll_visible=False)
        if target is None or (focusable and target is focusable[0]):
            step.scroll_home(animate=False)
        else:  # after the layout: the step was hidden until now, its geometry is stale
            self.call_after_refresh(step.scroll_to_center, target, animate=False)
        if self.step == self.plan.last and not self.ctx.session.signed:
            self._refresh_record()
        if isinstance(step, FactorsStep) and not self.ctx.session.signed:
            self._refresh_agent_sides(step)
        self.refresh_bindings()
        self._save_progress()
        self._rebuild_stale()

    def _refresh_record(self) -> None:
        """The wrap-up shows the record as it is now, with everything typed since."""
        try:
            state = talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        # a copy: self.ctx stays what the fields were built from, so a take-in still
        # sees which goals came or went
        now = replace(self.ctx, view=self.ctx.view.with_state(state))
        self.query_one("#record", Static).update(record_text(now))

    def _refresh_agent_sides(self, step: FactorsStep) -> None:
        """The factors show the agent's own ratings as typed in the agent's turn since."""
        try:
            state = talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        step.show_agent_sides(state.session)

    def _save_progress(self) -> None:
        if self.ctx.session.signed or self._gone:
            return
        try:
            talks.save_progress(self.journal, self.session_id, self.step, self._focused_name())
        except NotFoundError:
            self.close_gone()

    def action_step(self, delta: int) -> None:
        """Next or previous step."""
        self.action_jump(self.step + delta)

    def action_jump(self, n: int) -> None:
        """Show step n (a digit outside a text or choice field)."""
        n = max(self.plan.first, min(self.plan.last, n))
        if n != self.step:
            self.step = n
            self._show_step()

    def action_move_focus(self, delta: int) -> None:
        """Tab / Shift+Tab, at once (so the keys after it land in the next field)."""
        if delta > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def action_goto(self) -> None:
        """Ask for a step number, then jump there."""
        from coachtui.screens.widgets.step_prompt import StepPrompt

        def jump(n: int | None) -> None:
            if n:
                self.action_jump(n)

        self.app.push_screen(StepPrompt(self.tr("goto.question"), self.plan.last), callback=jump)

    def on_descendant_focus(self, _event: DescendantFocus) -> None:
        self._save_progress()

    def current_step(self) -> type[TalkStep] | None:
        """The class of the step shown now (None before the screen is built)."""
        plan: StepPlan | None = getattr(self, "plan", None)
        if plan is None or not plan.first <= self.step <= plan.last:
            return None
        return plan.at(self.step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        signed = self.ctx.session.signed if hasattr(self, "ctx") else False
        shown_step = self.current_step()
        on_goals = shown_step is not None and issubclass(shown_step, GoalsStep)
        if action == "jump":
            plan: StepPlan | None = getattr(self, "plan", None)
            in_plan = plan is not None and bool(parameters) and isinstance(
                parameters[0], int) and plan.first <= parameters[0] <= plan.last
            return in_plan and not isinstance(self.focused, Input | TextArea | ChoiceField)
        if action == "import_figures":
            return shown_step is FiguresStep and not signed
        if action in ("add_goal", "remove_goal"):
            return on_goals and not signed
        if action == "undo":
            return bool(self._undo) and on_goals and not signed
        if action == "carry_over":
            return shown_step is LookBackStep and not signed
        if action in ("keep_mine", "take_theirs"):
            return bool(self._conflicts)
        if action == "sign":
            return shown_step is WrapUpStep and not signed
        if action == "addendum":
            return signed
        if action == "export":
            return shown_step is WrapUpStep or signed
        return True

    def action_leave(self) -> None:
        """Back to the agent page; the draft stays where it is."""
        self._save_progress()
        self.app.pop_screen()

    def action_import_figures(self) -> None:
        """Bring the talk month's figures up to date from the source used last."""
        from coachtui.screens.import_screen import refresh_from_last_source

        refresh_from_last_source(self.app, self.ctx.session.month, self.ctx.agent.id)

    async def _rebuild_all(self, name: str | None) -> None:
        """Re-read the talk and rebuild the steps (language, agent view, signed)."""
        try:
            self.ctx = self._load_context()
        except NotFoundError:
            self.close_gone()
            return
        self._conflicts.clear()
        self.plan = plan_for(self.ctx)
        self.step = max(self.plan.first, min(self.step, self.plan.last))
        switcher = self.query_one("#steps", ContentSwitcher)
        await switcher.remove_children()
        await switcher.mount_all([step_class(self.ctx, n)
                                  for n, step_class in self.plan.numbered()])
        self.query_one("#talk-title", Static).update(self._title(self.ctx))
        self._show_step(focus_name=name)

    # -- signing, export, addenda --------------------------------------------------------
    def action_sign(self) -> None:
        """Check what is missing, ask once, then sign: the session becomes read-only."""
        from coachtui.screens.widgets.sign_action import sign_talk

        sign_talk(self, after=lambda: self._rebuild_all(None))

    def action_export(self) -> None:
        """Write the HR record (PDF) next to the journal and say where."""
        from coachtui.screens.widgets.export_action import export_session

        export_session(self)

    def action_addendum(self) -> None:
        """Add a dated correction to a signed session."""
        from coachtui.screens.widgets.text_prompt import TextPrompt

        async def save(text: str | None) -> None:
            if not text:
                return
            try:
                talks.add_addendum(self.journal, self.session_id, text)
            except UserError as exc:
                self.notify(exc.text(self.lang), severity="error", markup=False)
                return
            self.notify(self.tr("wrap.addendum_saved"), markup=False)
            await self._rebuild_all(None)

        self.app.push_screen(TextPrompt(self.tr("wrap.addendum_prompt")), callback=save)
