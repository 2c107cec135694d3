"""The monthly talk: seven steps on one screen, every keystroke saved to the journal."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import DescendantFocus, Key
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input, Static

from coachtui import clock
from coachtui.errors import ConflictError, UserError
from coachtui.model import Goal, GoalStatus
from coachtui.screens.base import CoachScreen
from coachtui.screens.steps import StepContext
from coachtui.screens.steps.agreements import AgreementsStep
from coachtui.screens.steps.factors import FactorsStep
from coachtui.screens.steps.figures import FiguresStep
from coachtui.screens.steps.goals import GoalsStep, smart_text
from coachtui.screens.steps.learning_point import LearningPointStep
from coachtui.screens.steps.look_back import LookBackStep
from coachtui.screens.steps.wrap_up import WrapUpStep, record_text
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField

STEPS = (FiguresStep, FactorsStep, LookBackStep, LearningPointStep, GoalsStep,
         AgreementsStep, WrapUpStep)


class TalkScreen(CoachScreen):
    """Runs a talk step by step; a signed talk opens read-only."""

    CSS_PATH = stylesheet("talk.tcss")
    PALETTE_AREA_KEY = "talk.palette"
    BINDINGS = [
        Binding("pagedown", "step(1)", "Next step", id="talk.next", key_display="PgDn",
                priority=True),
        Binding("pageup", "step(-1)", "Previous step", id="talk.previous", key_display="PgUp",
                priority=True),
        Binding("ctrl+g", "goto", "Go to step", id="talk.goto"),
        Binding("f5", "import_figures", "Refresh figures", id="talk.import"),
        Binding("ctrl+o", "add_goal", "New goal", id="talk.add_goal"),
        Binding("ctrl+r", "remove_goal", "Remove goal", id="talk.remove_goal"),
        Binding("ctrl+z", "undo", "Undo", id="talk.undo"),
        Binding("c", "carry_over", "Carry over", id="talk.carry_over"),
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

    # -- building ------------------------------------------------------------------------
    def _load_context(self) -> StepContext:
        session = self.journal.session(self.session_id)
        return StepContext(journal=self.journal, session=session,
                           agent=self.journal.agent(session.agent_id), lang=self.lang,
                           agent_view=self.coach.agent_view, today=clock.today())

    def compose(self) -> ComposeResult:
        ctx = self._load_context()
        self.ctx = ctx
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Static(self._title(ctx), id="talk-title")
        yield Static(self._step_bar(), id="step-bar")
        with ContentSwitcher(initial=f"step-{self.step}", id="steps"):
            for step_class in STEPS:
                yield step_class(ctx)
        yield Footer(compact=True)

    def _title(self, ctx: StepContext) -> Text:
        s = ctx.session
        text = Text(ctx.tr("talk.title", kind=ctx.tr("kind." + s.kind.value),
                           name=ctx.agent.name, month=s.month), style="bold")
        text.append("   ")
        state = ctx.tr("talk.read_only") if s.signed else ctx.tr("talk.draft")
        text.append(f"[{state}]", style="green" if s.signed else "dim")
        return text

    def _step_bar(self) -> Text:
        text = Text()
        for n in range(1, len(STEPS) + 1):
            label = f" {n} {self.tr(f'talk.step.{n}')} "
            text.append(label, style="reverse bold" if n == self.step else "dim")
            text.append(" ")
        text.append("  " + self.tr("talk.step_of", n=self.step, total=len(STEPS)),
                    style="italic")
        return text

    def on_mount(self) -> None:
        super().on_mount()
        session = self.ctx.session
        if not session.signed:
            self.step = max(1, min(session.step, len(STEPS)))
        self._show_step(focus_name=session.cursor_field if not session.signed else None)

    def refresh_data(self) -> None:
        """Rebuild from the journal, keeping the step and the focused field."""
        self.call_later(self._recompose_and_restore)

    async def _recompose_and_restore(self) -> None:
        focused = self.focused
        await self._rebuild_focus(focused.name if focused is not None else None)

    # -- moving between steps ------------------------------------------------------------
    def _show_step(self, focus_name: str | None = None) -> None:
        current = f"step-{self.step}"
        if self.step == len(STEPS) and not self.ctx.session.signed:
            self._refresh_record()
        switcher = self.query_one("#steps", ContentSwitcher)
        for child in switcher.children:
            child.display = child.id == current
        switcher.current = current
        self.query_one("#step-bar", Static).update(self._step_bar())
        step = self.query_one(f"#step-{self.step}")
        target = None
        if focus_name:
            target = next((w for w in step.query("*") if w.name == focus_name
                           and w.focusable), None)
        if target is None:
            target = next((w for w in step.query("*") if w.focusable), None)
        if target is not None:
            target.focus()
        else:
            step.focus()
        self.refresh_bindings()
        self._save_progress()

    def _refresh_record(self) -> None:
        """The wrap-up shows the record as it is now, with everything typed since."""
        self.ctx = self._load_context()
        self.query_one("#record", Static).update(record_text(self.ctx))

    def _save_progress(self) -> None:
        if self.ctx.session.signed:
            return
        focused = self.focused
        self.journal.save_progress(self.session_id, self.step,
                                   focused.name if focused is not None else None)

    def action_step(self, delta: int) -> None:
        """Next or previous step."""
        new = max(1, min(len(STEPS), self.step + delta))
        if new != self.step:
            self.step = new
            self._show_step()

    def action_goto(self) -> None:
        """Ask for a step number, then jump there."""
        from coachtui.screens.widgets.step_prompt import StepPrompt

        def jump(n: int | None) -> None:
            if n:
                self.step = n
                self._show_step()

        self.app.push_screen(StepPrompt(self.tr("goto.question"), len(STEPS)), callback=jump)

    def on_key(self, event: Key) -> None:
        if event.character and event.character.isdigit() and not isinstance(self.focused, Input):
            n = int(event.character)
            if 1 <= n <= len(STEPS) and not isinstance(self.focused, ChoiceField):
                event.stop()
                self.step = n
                self._show_step()

    def on_descendant_focus(self, _event: DescendantFocus) -> None:
        self._save_progress()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        signed = self.ctx.session.signed if hasattr(self, "ctx") else False
        if action == "import_figures":
            return self.step == 1 and not signed
        if action in ("add_goal", "remove_goal"):
            return self.step == 5 and not signed
        if action == "undo":
            return bool(self._undo) and self.step == 5 and not signed
        if action == "carry_over":
            return self.step == 3 and not signed
        if action == "sign":
            return self.step == 7 and not signed
        if action == "addendum":
            return signed
        if action == "export":
            return self.step == 7 or signed
        return True

    def action_leave(self) -> None:
        """Back to the agent page; the draft stays where it is."""
        self._save_progress()
        self.app.pop_screen()

    # -- autosave ------------------------------------------------------------------------
    @on(Input.Changed)
    def _text_changed(self, event: Input.Changed) -> None:
        field = event.input
        if not isinstance(field, AutosaveInput) or field.value == field.saved_value:
            return
        name = field.name or ""
        if name.startswith("sign:"):
            return
        try:
            saved = self._save_text(name, field.value, field.saved_value)
        except ConflictError:
            self.notify(self.tr("talk.conflict"), severity="warning", markup=False)
            self._reload_field(field)
            return
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if saved:
            field.saved_value = field.value

    def _save_text(self, name: str, value: str, expected: str) -> bool:
        """Write one text field; False when the value is not complete yet (a half date)."""
        kind, _, rest = name.partition(":")
        j = self.journal
        if kind == "session":
            j.save_session_field(self.session_id, rest, value, expected=expected)
        elif kind == "ratingnote":
            j.save_rating(self.session_id, rest, note=value)
        elif kind == "remark":
            goal = j.goal(int(rest))
            j.review_goal(goal.id, self.session_id, goal.status, value)
        elif kind == "goal":
            goal_id, _, field = rest.partition(":")
            return self._save_goal_text(int(goal_id), field, value, expected)
        return True

    def _save_goal_text(self, goal_id: int, field: str, value: str, expected: str) -> bool:
        if field == "deadline":
            value = value.strip()
            if value and not _is_date(value):
                return False  # keep typing; saved once it is a whole date
            self.journal.save_goal_field(goal_id, field, value or None,
                                         expected=expected or None)
        else:
            self.journal.save_goal_field(goal_id, field, value, expected=expected)
        self._update_smart(goal_id)
        return True

    def _update_smart(self, goal_id: int) -> None:
        """Redraw the SMART verdict only when it changed (a redraw costs a layout pass)."""
        verdict = smart_text(self.ctx, self.journal.goal(goal_id))
        widget = self.query_one(f"#smart-{goal_id}", Static)
        if getattr(widget, "verdict", None) != verdict.plain:
            widget.verdict = verdict.plain  # type: ignore[attr-defined]
            widget.update(verdict)

    def _reload_field(self, field: AutosaveInput) -> None:
        session = self.journal.session(self.session_id)
        kind, _, rest = (field.name or "").partition(":")
        value = ""
        if kind == "session":
            value = getattr(session, rest) or ""
        elif kind == "goal":
            goal_id, _, name = rest.partition(":")
            raw = getattr(self.journal.goal(int(goal_id)), name)
            value = raw.isoformat() if hasattr(raw, "isoformat") else raw or ""
        field.saved_value = value
        field.value = value

    @on(ChoiceField.Chosen)
    def _choice(self, event: ChoiceField.Chosen) -> None:
        kind, _, rest = (event.field.name or "").partition(":")
        j = self.journal
        try:
            if kind == "rating":
                j.save_rating(self.session_id, rest, event.value)
            elif kind == "review":
                status = GoalStatus(event.value) if event.value else GoalStatus.OPEN
                j.review_goal(int(rest), self.session_id, status)
            elif kind == "goal":
                goal_id, _, field = rest.partition(":")
                j.save_goal_field(int(goal_id), field, event.value)
                self._update_smart(int(goal_id))
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)

    def action_import_figures(self) -> None:
        """Bring the talk month's figures up to date from the source used last."""
        from coachtui.screens.import_screen import refresh_from_last_source

        refresh_from_last_source(self.app, self.ctx.session.month, self.ctx.agent.id)

    # -- goals ---------------------------------------------------------------------------
    async def action_add_goal(self) -> None:
        """Add a goal form (a sixth goal is refused with the reason)."""
        try:
            goal = self.journal.add_goal(self.session_id)
        except UserError as exc:
            self.notify(str(exc), severity="warning", timeout=6, markup=False)
            return
        await self._rebuild_focus(f"goal:{goal.id}:what")

    async def action_remove_goal(self) -> None:
        """Remove the goal that has the focus; Ctrl+Z puts it back."""
        goal_id = self._focused_goal_id()
        if goal_id is None:
            return
        self._undo.append(self.journal.delete_goal(goal_id))
        self.notify(self.tr("goal.removed"), markup=False)
        await self._rebuild_focus(None)

    async def action_undo(self) -> None:
        """Put back the goal removed last."""
        if not self._undo:
            return
        goal = self.journal.restore_goal(self._undo.pop())
        self.notify(self.tr("goal.restored"), markup=False)
        await self._rebuild_focus(f"goal:{goal.id}:what")

    def _focused_goal_id(self) -> int | None:
        node: Widget | None = self.focused
        while node is not None:
            if node.id and node.id.startswith("goal-") and node.id[5:].isdigit():
                return int(node.id[5:])
            node = node.parent if isinstance(node.parent, Widget) else None
        return None

    async def _rebuild_focus(self, name: str | None) -> None:
        """Re-read the session and rebuild the steps (not the whole screen), then refocus."""
        self.ctx = self._load_context()
        switcher = self.query_one("#steps", ContentSwitcher)
        await switcher.remove_children()
        await switcher.mount_all([step_class(self.ctx) for step_class in STEPS])
        self.query_one("#talk-title", Static).update(self._title(self.ctx))
        super().refresh_data()
        self._show_step(focus_name=name)

    # -- look back -----------------------------------------------------------------------
    async def action_carry_over(self) -> None:
        """Carry the focused previous goal over into this month's goals."""
        focused = self.focused
        name = focused.name if focused is not None else ""
        if not name or not (name.startswith("review:") or name.startswith("remark:")):
            return
        goal_id = int(name.partition(":")[2])
        self.journal.carry_over_goal(goal_id, self.session_id)
        self.notify(self.tr("look.carry_done"), markup=False)
        await self._rebuild_focus(name)

    # -- signing, export, addenda --------------------------------------------------------
    def action_sign(self) -> None:
        """Both names typed -> confirm -> the session is signed and read-only."""
        from coachtui.screens.widgets.confirm import Confirm

        manager = self.query_one("#sign-manager", Input).value.strip()
        agent = self.query_one("#sign-agent", Input).value.strip()
        if not manager or not agent:
            self.notify(self.tr("wrap.need_names"), severity="warning", markup=False)
            return

        async def sign(yes: bool | None) -> None:
            if yes:
                self.journal.sign(self.session_id, manager, agent)
                self.notify(self.tr("wrap.signed_now"), markup=False)
                await self._rebuild_focus(None)

        self.app.push_screen(Confirm(self.tr("wrap.confirm_sign"),
                                     f"{self.tr('app.confirm.yes')}   "
                                     f"{self.tr('app.confirm.no')}"), callback=sign)

    def action_export(self) -> None:
        """Write the HR record (PDF) next to the journal and say where."""
        from coachtui.screens.widgets.export_action import export_session

        export_session(self)

    def action_addendum(self) -> None:
        """Add a dated correction to a signed session."""
        from coachtui.screens.widgets.text_prompt import TextPrompt

        async def save(text: str | None) -> None:
            if text:
                self.journal.add_addendum(self.session_id, text)
                self.notify(self.tr("wrap.addendum_saved"), markup=False)
                await self._rebuild_focus(None)

        self.app.push_screen(TextPrompt(self.tr("wrap.addendum_prompt")), callback=save)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
