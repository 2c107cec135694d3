"""Dialogs for the team by hand: add or edit an agent, record that one leaves, record an
absence (dates only).

Each dialog checks through the agents and absence services, the same rules as the command
line: a refusal is shown in the dialog in the user's language and nothing is saved until
every value is right. Ctrl+S (or Enter in the last field) saves, Escape closes (asking
first when something was typed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from rich.text import Text
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, Static, Switch

from coachtui import clock
from coachtui.errors import UserError
from coachtui.model import Absence, Agent
from coachtui.model.choices import Cadence
from coachtui.screens.binding_labels import LabelledScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.confirm import Confirm
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import absence as absence_service
from coachtui.services import agents as agent_service
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.services import Journal

ResultT = TypeVar("ResultT")


class FormDialog(LabelledScreen[ResultT | None], ModalScreen[ResultT | None],
                 Generic[ResultT]):
    """A small form in a box: labelled fields, a line for refusals, the keys below.

    Subclasses compose their fields in `fields()` and save in `save()`, which returns the
    result, None after asking a question first (its answer saves again), or raises
    UserError (shown in the dialog; the dialog stays open).
    """

    CSS_PATH: ClassVar[str | list[str | PurePath]] = stylesheet("agent_form.tcss")
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="form.save", priority=True,
                tooltip="Save and close"),
        Binding("escape", "cancel", "Cancel", id="form.cancel", priority=True,
                tooltip="Close without saving"),
        Binding("tab", "app.focus_next", "Next field", id="form.next"),
        # Enter as the form's own key (not the Input's Submitted message, which arrives
        # after the keys typed next): focus moves before the next key is dispatched, so a
        # burst of typing lands in the next field
        Binding("enter", "next_field", "Next field", id="form.enter", show=False,
                priority=True),
    ]

    def __init__(self, journal: Journal, lang: str) -> None:
        super().__init__()
        self.journal = journal
        self.lang = lang
        self._initial: tuple[object, ...] = ()

    def tr(self, key: str, **values: object) -> str:
        """A text in the dialog's language."""
        return tr(key, self.lang, **values)

    # -- layout --------------------------------------------------------------------------
    def heading(self) -> str:
        """The dialog's title (plain text, outside text already in it is shown as typed)."""
        raise NotImplementedError

    def fields(self) -> ComposeResult:
        """The form's rows (use `row`)."""
        raise NotImplementedError

    def row(self, label: str, widget: Widget) -> Horizontal:
        """One labelled row."""
        return Horizontal(Label(label, classes="form-label"), widget, classes="form-row")

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Label(plain(self.heading()), id="form-title")
            yield from self.fields()
            yield Static(id="form-help")
            yield Static(id="form-message")
        yield Footer()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = getattr(self.app, "cursor_blink", True)
        self.query_one("#form-help", Static).update(self.tr("form.help"))
        self._initial = self.values()
        first = next(iter(self.query(Input)), None)
        if first is not None:
            first.focus()

    def values(self) -> tuple[object, ...]:
        """What is typed now, to tell whether closing would lose anything."""
        return (tuple(f.value for f in self.query(Input))
                + tuple(s.value for s in self.query(Switch)))

    def say(self, message: str) -> None:
        """Show a refusal (as typed: it may quote a value)."""
        self.query_one("#form-message", Static).update(plain(message, style="bold"))

    def text(self, selector: str) -> str:
        """The text typed in a field."""
        return self.query_one(selector, Input).value

    # -- saving and leaving --------------------------------------------------------------
    def save(self) -> ResultT | None:
        """Save what the form holds (None: a question was asked first); UserError when a
        value is refused."""
        raise NotImplementedError

    def action_save(self) -> None:
        """Save and close, or say in the dialog why not (nothing is saved then)."""
        try:
            result = self.save()
        except UserError as exc:
            self.say(exc.text(self.lang))
            return
        if result is not None:
            self.dismiss(result)

    def action_next_field(self) -> None:
        """Enter in a field moves to the next field; in the last one it saves. Elsewhere
        (a list, a button) Enter does what it does there."""
        inputs = list(self.query(Input))
        if self.focused not in inputs:
            raise SkipAction()
        if self.focused is inputs[-1]:
            self.action_save()
        else:
            self.focus_next()

    def action_cancel(self) -> None:
        """Close without saving; asks first when something was typed."""
        if self.values() == self._initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(Confirm(self.tr("form.discard_question"),
                                     self.tr("form.discard_answers")), callback=answered)

    def confirm(self, question: str, then: Callable[[], None],
                otherwise: Callable[[], None] | None = None) -> None:
        """Ask a yes/no question; on yes call `then()`, on no `otherwise()`."""

        def answered(yes: bool | None) -> None:
            if yes:
                then()
            elif otherwise is not None:
                otherwise()

        self.app.push_screen(Confirm(question, self.tr("form.yes_no")), callback=answered)


class AgentForm(FormDialog[Agent]):
    """Add an agent (name, e-mail, team, first day) or edit one (name, e-mail, team,
    cadence). A team the journal does not know yet is asked about before it is started."""

    def __init__(self, journal: Journal, lang: str, agent: Agent | None = None) -> None:
        super().__init__(journal, lang)
        self.agent = agent
        self.teams = agent_service.known_teams(journal)
        self._new_team: str | None = None  # the new team the user said yes to

    def heading(self) -> str:
        """Add, or edit this agent."""
        if self.agent is None:
            return self.tr("form.add_title")
        return self.tr("form.edit_title", name=self.agent.name)

    def fields(self) -> ComposeResult:
        """Name, e-mail, team; the first day (adding) or the cadence (editing)."""
        agent = self.agent
        yield self.row(self.tr("form.name"), Input(agent.name if agent else "", id="form-name"))
        yield self.row(self.tr("form.email"),
                       Input(agent.email if agent else "", id="form-email",
                             placeholder=self.tr("form.email_placeholder")))
        hint = ", ".join(self.teams) if self.teams else self.tr("form.team_first")
        yield self.row(self.tr("form.team"),
                       Input(agent.team or "" if agent else "", id="form-team",
                             placeholder=hint,
                             suggester=SuggestFromList(self.teams, case_sensitive=False)))
        if agent is None:
            yield self.row(self.tr("form.started"),
                           Input(id="form-started", placeholder=self.tr("form.date_optional")))
        else:
            yield self.row(self.tr("form.biweekly"),
                           Switch(agent.cadence is Cadence.BIWEEKLY, id="form-cadence"))

    def save(self) -> Agent | None:
        """Add or change the agent; an unknown team asks first (nothing saved meanwhile)."""
        team = self.text("#form-team")
        new_team = bool(self._new_team) and self._new_team == " ".join(team.split())
        try:
            if self.agent is None:
                started = agent_service.checked_date(self.text("#form-started"),
                                                     self.tr("form.started"))
                agent = agent_service.new_agent(self.text("#form-name"),
                                                self.text("#form-email"), started=started)
                return agent_service.add_agent(self.journal, agent, team=team,
                                               new_team=new_team)
            biweekly = self.query_one("#form-cadence", Switch).value
            return agent_service.edit_agent(
                self.journal, self.agent.id or 0, name=self.text("#form-name"),
                email=self.text("#form-email"), team=team,
                cadence=Cadence.BIWEEKLY if biweekly else Cadence.MONTHLY, new_team=new_team)
        except agent_service.NewTeamError as exc:
            asked = exc.team
            self.confirm(self.tr("form.new_team_question", team=asked,
                                 known=", ".join(self.teams)),
                         lambda: self._start_team(asked),
                         lambda: self.say(self.tr("form.team_pick",
                                                  known=", ".join(self.teams))))
            return None

    def _start_team(self, team: str) -> None:
        self._new_team = team
        self.action_save()


class LeaveForm(FormDialog[Agent]):
    """The date an agent leaves (today unless changed), then a confirmation."""

    def __init__(self, journal: Journal, lang: str, agent: Agent) -> None:
        super().__init__(journal, lang)
        self.agent = agent
        self._confirmed: date | None = None

    def heading(self) -> str:
        """Whose employment ends."""
        return self.tr("form.leave_title", name=self.agent.name)

    def fields(self) -> ComposeResult:
        """The date of leaving, today by default."""
        day = self.agent.employment_end or clock.today()
        yield self.row(self.tr("form.leave_on"), Input(day.isoformat(), id="form-leave-on"))
        yield Static(self.tr("form.leave_explained"), classes="form-note")

    def save(self) -> Agent | None:
        """Ask first; once confirmed for this date, the agent leaves."""
        on = agent_service.checked_date(self.text("#form-leave-on"), self.tr("form.leave_on"))
        if on is None:
            raise UserError("form.date_needed", field=self.tr("form.leave_on"))
        if self._confirmed == on:
            return agent_service.leave_agent(self.journal, self.agent.id or 0, on)
        agent_service.check_leave(self.agent, on)

        def confirmed() -> None:
            self._confirmed = on
            self.action_save()

        self.confirm(self.tr("form.leave_question", name=self.agent.name, on=on.isoformat()),
                     confirmed)
        return None


class AbsenceForm(FormDialog[Absence]):
    """An absence by its first and last day; no reason, no diagnosis, only dates. Ctrl+R
    removes the absence recorded last (a period typed wrongly), after a question."""

    BINDINGS = [
        Binding("ctrl+r", "remove_last", "Remove last", id="form.absence_remove",
                tooltip="Remove the absence recorded last (after a question)"),
    ]

    def __init__(self, journal: Journal, lang: str, agent: Agent) -> None:
        super().__init__(journal, lang)
        self.agent = agent

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+R only while there is an absence to remove."""
        if action == "remove_last":
            return bool(absence_service.absences(self.journal, self.agent.id or 0))
        return super().check_action(action, parameters)

    def action_remove_last(self) -> None:
        """Ask, then remove the absence recorded last and close the dialog."""
        recorded = absence_service.absences(self.journal, self.agent.id or 0)
        if not recorded:
            return
        last = max(recorded, key=lambda a: a.id or 0)
        end = last.end.isoformat() if last.end else "…"

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                gone = absence_service.remove_last_absence(self.journal, self.agent.id or 0)
            except UserError as refusal:
                self.notify(refusal.text(self.lang), severity="error", markup=False)
                return
            self.notify(self.tr("absence.removed", start=gone.start.isoformat(),
                                end=gone.end.isoformat() if gone.end else "…"), markup=False)
            refresh = getattr(self.app, "refresh_screens", None)
            self.dismiss(None)
            if refresh is not None:
                refresh()

        self.app.push_screen(Confirm(self.tr("absence.remove_question",
                                             start=last.start.isoformat(), end=end),
                                     self.tr("form.yes_no")), callback=answered)

    def heading(self) -> str:
        """Whose absence."""
        return self.tr("form.absence_title", name=self.agent.name)

    def fields(self) -> ComposeResult:
        """From and to, the periods already recorded, and the reminder: dates only."""
        yield self.row(self.tr("form.absence_from"),
                       Input(id="form-from", placeholder=self.tr("form.date_placeholder")))
        yield self.row(self.tr("form.absence_to"),
                       Input(id="form-to", placeholder=self.tr("form.to_placeholder")))
        yield Static(self.tr("form.absence_dates_only"), classes="form-note")
        recent = absence_service.absences(self.journal, self.agent.id or 0)[-3:]
        if recent:
            lines = [self.tr("form.absence_recorded")] + [
                "  " + self.tr("absence.period", start=period.start.isoformat(),
                               end=period.end.isoformat() if period.end else "…",
                               days=absence_service.days_text(period.days, self.lang))
                for period in recent]
            yield Static(Text("\n".join(lines), style="dim"), classes="form-note")

    def save(self) -> Absence:
        """Record the absence (the last day is the first day when left empty)."""
        start = agent_service.checked_date(self.text("#form-from"),
                                           self.tr("form.absence_from"))
        if start is None:
            raise UserError("form.date_needed", field=self.tr("form.absence_from"))
        end = agent_service.checked_date(self.text("#form-to"),
                                         self.tr("form.absence_to")) or start
        return absence_service.record_absence(self.journal, self.agent.id or 0, start, end)
