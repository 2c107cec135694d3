"""Evaluating a contact: the QM form's definitions on screen, one key per criterion.

Saved per keystroke: the evaluation is created by the first score or note (taking the
contact's reference, channel, date and scorer typed so far), and from then on every score,
note and field reaches the journal at once, so nothing is lost if the program is killed.
The agent's own verdict sits beside the scores.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Label, Select, Static

from coachtui.clock import today
from coachtui.errors import UserError
from coachtui.model import qm_scoring
from coachtui.model.number_format import optional_decimal
from coachtui.model.qm_records import CHANNELS
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain
from coachtui.screens.widgets.score_sheet import ScoreSheet
from coachtui.services import agents
from coachtui.services import qm as qm_service

_FIELDS = {"qm-ref": "contact_ref", "qm-date": "scored_on", "qm-scorer": "scorer",
           "qm-verdict": "agent_verdict"}


class QmScreen(CoachScreen):
    """Score one contact of one agent on the current QM form."""

    CSS_PATH = stylesheet("qm_screen.tcss")
    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [
        Binding("ctrl+o", "another", "Next contact", id="qm.another",
                tooltip="Start scoring another contact of this agent"),
        Binding("ctrl+l", "form", "QM form", id="qm.form",
                tooltip="The QM form: criteria and definitions, edit a definition"),
        Binding("ctrl+r", "rounds", "Calibration", id="qm.rounds",
                tooltip="Calibration rounds: score the same contacts blind, compare"),
        Binding("escape", "back", "Back", id="qm.back", tooltip="Back to the agent page"),
    ]

    def __init__(self, agent_id: int) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.evaluation_id: int | None = None

    def default_scorer(self) -> str:
        """The team lead's name: settings first, else the journal's manager name."""
        name = getattr(self.coach.settings, "lead_name", None)
        return str(name or self.journal.meta("manager_name") or "")

    def compose(self) -> ComposeResult:
        form = qm_service.current_form(self.journal)
        agent = agents.agent(self.journal, self.agent_id)
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(plain(self.tr("qm.ui.title", name=agent.name)), id="qm-title",
                    classes="section-title")
        yield Static(self.tr("qm.ui.hint"), classes="hint")
        with Horizontal(id="qm-fields"):
            yield Input(id="qm-ref", placeholder=self.tr("qm.ui.ref"))
            yield Select([(self.tr(f"channel.{c}"), c) for c in CHANNELS], id="qm-channel",
                         prompt=self.tr("qm.ui.channel"))
            yield Input(today().isoformat(), id="qm-date", placeholder="YYYY-MM-DD")
            yield Input(self.default_scorer(), id="qm-scorer",
                        placeholder=self.tr("qm.ui.scorer"))
        yield Static(id="qm-live", classes="hint")
        yield ScoreSheet(form, self.lang, id="qm-sheet")
        with Horizontal(id="qm-verdict-row"):
            yield Label(self.tr("qm.ui.verdict"), id="qm-verdict-label")
            yield Input(id="qm-verdict", placeholder=self.tr("qm.ui.verdict_placeholder"))
        yield Footer(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#qm-ref", Input).focus()
        self._show_live()

    # -- saving -------------------------------------------------------------------------
    def _ensure(self) -> int | None:
        """The evaluation being written (created on the first keystroke)."""
        if self.evaluation_id is not None:
            return self.evaluation_id
        scorer = self.query_one("#qm-scorer", Input).value.strip()
        day = self.query_one("#qm-date", Input).value.strip()
        try:
            on = qm_service.checked_day(day, self.tr("qm.ui.date"))
            created = qm_service.start_evaluation(
                self.journal, self.agent_id, scorer=scorer, on=on,
                contact=self.query_one("#qm-ref", Input).value.strip())
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return None
        self.evaluation_id = created.id
        channel = self.query_one("#qm-channel", Select).value
        if isinstance(channel, str):
            qm_service.set_field(self.journal, created.id, "channel", channel)
        verdict = self.query_one("#qm-verdict", Input).value
        if verdict:
            qm_service.set_field(self.journal, created.id, "agent_verdict", verdict)
        self._show_live()
        return created.id

    @on(ScoreSheet.Scored)
    def _scored(self, event: ScoreSheet.Scored) -> None:
        event.stop()
        evaluation_id = self._ensure()
        if evaluation_id is None:
            return
        try:
            qm_service.set_score(self.journal, evaluation_id, event.key, event.score)
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return
        self.query_one(ScoreSheet).show_score(event.key, event.score)
        self._show_live()
        self.query_one(ScoreSheet).focus_after(event.key)  # on to the next criterion

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        if field_id.startswith("note-"):
            if self.evaluation_id is None and not event.value:
                return
            evaluation_id = self._ensure()
            if evaluation_id is not None:
                key = field_id.removeprefix("note-")
                current = self.query_one(ScoreSheet).scores.get(key)
                qm_service.set_score(self.journal, evaluation_id, key, current, event.value)
            return
        name = _FIELDS.get(field_id)
        if name is None:
            return
        if name == "scored_on":
            try:
                value = qm_service.checked_day(event.value.strip(), self.tr("qm.ui.date"))
            except UserError:
                return  # half typed: the date is saved once it is one
        else:
            value = event.value.strip() if name != "agent_verdict" else event.value
        if self.evaluation_id is None and name == "agent_verdict" and value.strip():
            self._ensure()  # the verdict starts the evaluation, like a score or a note
        elif self.evaluation_id is not None:  # before that, _ensure takes what was typed
            qm_service.set_field(self.journal, self.evaluation_id, name, value)

    @on(Select.Changed, "#qm-channel")
    def _channel(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and self.evaluation_id is not None:
            qm_service.set_field(self.journal, self.evaluation_id, "channel", event.value)

    def _show_live(self) -> None:
        sheet = self.query_one(ScoreSheet)
        score = qm_scoring.contact_score(sheet.form.rules, sheet.scores)
        shown = qm_scoring.rounded(score)
        self.query_one("#qm-live", Static).update(
            self.tr("qm.ui.live", score=optional_decimal(shown, 1, self.lang),
                    n=len(sheet.scores), total=len(sheet.form.criteria))
            + ("" if self.evaluation_id is None else
               "  " + self.tr("qm.ui.saved", id=self.evaluation_id)))

    # -- actions ------------------------------------------------------------------------
    def action_another(self) -> None:
        """Start on another contact: this one is already saved."""
        self.app.switch_screen(QmScreen(self.agent_id))

    def action_form(self) -> None:
        """The QM form, to read or to edit a definition."""
        from coachtui.screens.qm_form_screen import QmFormScreen

        self.app.push_screen(QmFormScreen())

    def action_rounds(self) -> None:
        """The calibration rounds."""
        from coachtui.screens.calibration_screen import CalibrationOverview

        self.app.push_screen(CalibrationOverview())

    def action_back(self) -> None:
        """Back to the agent page."""
        self.app.pop_screen()
