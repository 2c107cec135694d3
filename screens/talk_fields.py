"""The talk screen's field saving: every field writes itself through `save_field`, with
the value this window saw; a refused value stays on screen until the user keeps it (F6)
or takes the other window's (F7). A talk that is gone closes the screen with a sentence.

`SentenceField` is the talk's field for sentences (several lines), for every step that
asks for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import ScreenResume
from textual.widget import Widget
from textual.widgets import Static, TextArea

from coachtui.errors import ConflictError, NotFoundError, ReadOnlyError, UserError
from coachtui.model import GoalStatus
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.steps import StepContext
from coachtui.screens.steps.goals import smart_text
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, TalkField
from coachtui.services import goals as goal_service
from coachtui.services import talks
from coachtui.services.goals import HealthWordsInField

if TYPE_CHECKING:
    from textual.widgets.text_area import Edit, EditResult


class SentenceField(TalkField, TextArea):
    """A talk field for sentences: support, agreements, the agent's own words, notes.

    Several lines (Enter starts a new one, long lines wrap), saved like `AutosaveInput`:
    every change is written through the screen (a `FieldSaver`) in the same call that
    makes it, with the value this window saw, so a conflict with another window is marked
    (class `-conflict`) and settled with F6/F7. Tab and Shift+Tab move to the next or
    previous field (`tab_behavior="focus"`); Ctrl+Z and Ctrl+Y undo and redo the typing,
    and what they bring back is saved too. Stored text is shown safely (`shown()`, lines
    and tabs kept); until the user edits it, the field's value *is* the stored text.

    Usage, in a step's `compose`::

        yield SentenceField(ctx.session.support, name="session:support",
                            disabled=ctx.read_only, id="field-support")
    """

    DEFAULT_CSS = """
    SentenceField { height: auto; min-height: 2; max-height: 8; background: $boost; }
    SentenceField:focus { background: $primary 30%; }
    SentenceField.-conflict { background: $warning 35%; }
    SentenceField.-conflict:focus { background: $warning 55%; }
    """

    def __init__(self, value: str | None, *, name: str, placeholder: str = "",
                 disabled: bool = False, id: str | None = None) -> None:
        self.saved_value = value or ""
        super().__init__(shown(value or "", multiline=True), name=name, id=id,
                         disabled=disabled, placeholder=placeholder, soft_wrap=True,
                         tab_behavior="focus", compact=True, highlight_cursor_line=False)

    @property
    def current(self) -> str:
        """The text as the journal should hold it: the stored text while it is shown
        unedited, else the text on screen."""
        saved = self.saved_value or ""
        return saved if self.text == shown(saved, multiline=True) else self.text

    def take_in(self, value: str | None) -> None:
        """Show the journal's text (cursor at its end); nothing is saved again."""
        self.saved_value = value or ""
        self.load_text(shown(value or "", multiline=True))
        self.move_cursor(self.document.end)

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "cursor_blink", True)
        self.move_cursor(self.document.end)  # like a one-line field: typing continues

    # Every change to the text goes through `edit` (typing, paste, cut, delete) or
    # `undo`/`redo`: saving there commits before the changed text can be painted.
    def edit(self, edit: Edit) -> EditResult:
        """Make the change, then save it."""
        result = super().edit(edit)
        self._save_now()
        return result

    def undo(self) -> None:
        """Undo the last batch of typing, then save what it brought back."""
        super().undo()
        self._save_now()

    def redo(self) -> None:
        """Redo what was undone, then save it."""
        super().redo()
        self._save_now()


class TalkFieldSaving(CoachScreen):
    """Saving, conflicts and a talk that disappeared (the base of the talk screen)."""

    session_id: int
    ctx: StepContext
    _conflicts: dict[str, TalkField]
    _gone: bool

    def _focused_name(self) -> str | None:
        focused = self.focused
        return focused.name if focused is not None else None

    def _adopt_fields(self) -> None:
        """Make every field agree with the journal before the first key.

        A field built with something other than the journal's value (a signature field
        pre-filled with the team lead's name, or built empty while a draft signature is
        stored) would otherwise show what is not saved, or have its first save refused:
        a stored value is shown; a shown value that is not stored is saved now.
        """
        state = self.ctx.view.state
        for widget in self.query("*"):
            if not isinstance(widget, TalkField) or not widget.name:
                continue
            stored = state.value(widget.name)
            if widget.saved_value == stored or widget.conflict:
                continue
            if stored:
                widget.take_in(stored)
            else:
                widget.saved_value = stored if isinstance(widget, ChoiceField) else ""
                self.save_field(widget)

    # -- saving fields (called by the fields themselves, see widgets/fields.py) ----------
    def save_field(self, field: TalkField, *, allow_health: bool = False) -> None:
        """Write one field with the value this window saw; a conflict keeps the user's
        value on screen and offers to keep it (F6) or take the other window's (F7).

        Free text that gets a health word for the first time is asked about before it is
        saved; dropping a previous goal asks for the reason first."""
        if self._gone or not isinstance(field, Widget) or not field.name:
            return
        name, value = field.name, field.current
        if name.startswith("review:") and value == GoalStatus.DROPPED.value \
                and field.saved_value != value:
            self._ask_drop_reason(field)
            return
        try:
            talks.save_field(self.journal, self.session_id, name, value, field.saved_value,
                             allow_health=allow_health)
        except HealthWordsInField as exc:
            self._ask_health(field, exc)
            return
        except ConflictError as exc:
            self._mark_conflict(field, exc)
            return
        except NotFoundError:
            # A goal removed (Ctrl+R) while keys typed before it were still on their way
            # to its field: the talk is there, only that goal is gone (Ctrl+Z brings it
            # back as it was removed).
            if not (name.startswith("goal:") and self._talk_exists()):
                self.close_gone()
            return
        except ReadOnlyError as exc:  # signed in another window meanwhile
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            self.refresh_data()
            return
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="error", markup=False)
            return
        field.saved_value = value
        if name.startswith("goal:"):
            self._update_smart(int(name.split(":")[1]))
        if name.startswith("review:"):
            self._after_review(int(name.split(":")[1]))

    # -- asked before saving: health words, a dropped goal's reason ------------------------
    def _ask_health(self, field: TalkField, exc: HealthWordsInField) -> None:
        """Ask once whether text that looks like health information may be saved; no puts
        the field back as it was saved."""
        from coachtui.screens.widgets.confirm import Confirm

        def answer(yes: bool | None) -> None:
            if yes:
                self.save_field(field, allow_health=True)
            elif isinstance(field, AutosaveInput):  # saved without the health words
                field.value = goal_service.without_health_words(field.value)
                field.cursor_position = len(field.value)
                self.notify(self.tr("goals.health.kept_out"), markup=False)
            elif isinstance(field, SentenceField):
                field.load_text(goal_service.without_health_words(field.current))
                field.move_cursor(field.document.end)
                self.save_field(field)
                self.notify(self.tr("goals.health.kept_out"), markup=False)

        self.app.push_screen(Confirm(exc.text(self.lang), f"{self.tr('app.confirm.yes')}   "
                                     f"{self.tr('app.confirm.no')}"), callback=answer)

    def _ask_drop_reason(self, field: TalkField) -> None:
        """Dropping a previous goal needs its reason; Escape keeps the goal."""
        from coachtui.model.choices import DropReason
        from coachtui.screens.steps.look_back import DropReasonPrompt
        from coachtui.screens.widgets.text_prompt import TextPrompt

        goal_id = int((field.name or "").split(":")[1])

        def answer(reason: str | None) -> None:
            if reason == DropReason.OTHER.value:
                self.app.push_screen(TextPrompt(self.tr("goals.drop.other_text")),
                                     callback=lambda text: save(reason, text))
            else:
                save(reason, "")

        def save(reason: str | None, text: str | None) -> None:
            if reason is None or (reason == DropReason.OTHER.value and not text):
                field.take_in(field.saved_value)
                self.notify(self.tr("goals.drop.cancelled"), markup=False)
                return
            try:
                goal_service.drop(self.journal, goal_id, self.session_id, reason, text or "",
                                  seen=field.saved_value)
            except NotFoundError:
                self.close_gone()
                return
            except UserError as exc:
                field.take_in(field.saved_value)
                self.notify(exc.text(self.lang), severity="error", markup=False)
                return
            field.saved_value = GoalStatus.DROPPED.value
            self._after_review(goal_id)

        self.app.push_screen(DropReasonPrompt(self.lang), callback=answer)

    def _after_review(self, goal_id: int) -> None:
        """An outcome changed: show its details and bring this month's goals in line
        (a finished goal's copy left them, an unfinished one came back)."""
        from coachtui.screens.steps.look_back import LookBackStep

        try:
            goal = talks.goal(self.journal, goal_id)
        except NotFoundError:
            return
        for step in self.query("#step-3").results(LookBackStep):
            step.show_outcome(goal)
        self.refresh_data()

    def _talk_exists(self) -> bool:
        try:
            talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            return False
        return True

    def _update_smart(self, goal_id: int) -> None:
        """Redraw the SMART verdict only when it changed (a redraw costs a layout pass)."""
        try:
            goal = talks.goal(self.journal, goal_id)
        except NotFoundError:
            return
        verdict = smart_text(self.ctx, goal)
        widget = self.query_one(f"#smart-{goal_id}", Static)
        if getattr(widget, "verdict", None) != verdict.plain:
            widget.verdict = verdict.plain  # type: ignore[attr-defined]
            widget.update(verdict)

    def _mark_conflict(self, field: TalkField, exc: ConflictError) -> None:
        try:
            state = talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        field.conflict = True
        field.theirs = state.value(field.name or "")
        if isinstance(field, Widget):
            field.add_class("-conflict")
        self._conflicts[field.name or ""] = field
        self.notify(self.tr("talk.conflict.choose", reason=exc.text(self.lang)),
                    severity="warning", timeout=10, markup=False)
        self.refresh_bindings()

    def _conflict_field(self) -> TalkField | None:
        focused = self.focused
        if isinstance(focused, TalkField) and focused.conflict:
            return focused
        return next(reversed(self._conflicts.values()), None)

    def _settle(self, field: TalkField) -> None:
        field.conflict = False
        field.theirs = None
        if isinstance(field, Widget):
            field.remove_class("-conflict")
        self._conflicts.pop(field.name or "", None)
        self.refresh_bindings()

    def action_keep_mine(self) -> None:
        """Save the value typed here over the other window's (after seeing it)."""
        field = self._conflict_field()
        if field is None:
            return
        field.saved_value = field.theirs
        self._settle(field)
        self.save_field(field)
        if not field.conflict:
            self.notify(self.tr("talk.conflict.kept"), markup=False)

    def action_take_theirs(self) -> None:
        """Show the other window's value instead of the one typed here."""
        field = self._conflict_field()
        if field is None:
            return
        theirs = field.theirs
        self._settle(field)
        field.take_in(theirs)
        self.notify(self.tr("talk.conflict.taken"), markup=False)

    def close_gone(self) -> None:
        """The talk was erased or deleted underneath this screen: say so and close."""
        if self._gone:
            return
        self._gone = True
        self.app.notify(self.tr("talk.gone"), severity="warning", timeout=8, markup=False)
        if self.app.screen is self:
            self.app.pop_screen()

    def on_screen_resume(self, _event: ScreenResume) -> None:
        if self._gone:  # it went while a question was open on top of it
            self.app.pop_screen()

