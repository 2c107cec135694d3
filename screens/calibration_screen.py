"""Calibration rounds at one screen: the overview (when the last round was held, IRR over
the rounds), blind scoring one participant after another, and the result.

While scoring, only the names of who scored a contact show; every score stays hidden until
the group opens the result (Ctrl+R). Each score is saved as it is typed.
"""

from __future__ import annotations

from datetime import date

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Input, Label, Static

from coachtui.clock import today
from coachtui.errors import UserError
from coachtui.model import qm_scoring
from coachtui.model.number_format import optional_decimal
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.score_sheet import ScoreSheet
from coachtui.screens.widgets.text_prompt import TextPrompt
from coachtui.screens.widgets.trend import level_text
from coachtui.services import calibration

MONTHLY_DAYS = 31  # the whitepaper asks for a round at least once a month


def _num(value: float | None, lang: str) -> str:
    return optional_decimal(qm_scoring.rounded(value), 1, lang)


class CalibrationOverview(CoachScreen):
    """Every round, newest first: date, contacts, scorers, IRR; start or open one."""

    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [
        Binding("n", "new_round", "New round", id="cal.new",
                tooltip="Start a round: name the contacts everyone will score"),
        Binding("enter", "score", "Score", id="cal.score", priority=True,
                tooltip="Score the contacts of the round under the cursor, blind"),
        Binding("r", "result", "Result", id="cal.result",
                tooltip="The result of the round under the cursor: spread, agreement, IRR"),
        Binding("escape", "back", "Back", id="cal.back", tooltip="Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(self.tr("cal.ui.title"), classes="section-title")
        yield Static(id="cal-last")
        yield Static(id="cal-irr", classes="hint")
        yield DataTable(id="cal-rounds", cursor_type="row")
        yield Static(id="cal-empty", classes="empty-state")
        yield Footer(compact=True)

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self.query_one("#cal-rounds", DataTable).focus()

    def refresh_data(self) -> None:
        """Re-read the rounds."""
        super().refresh_data()
        lines = calibration.overview(self.journal)
        self.lines = lines
        table = self.query_one("#cal-rounds", DataTable)
        table.clear(columns=True)
        for column in ("round", "held_on", "contacts", "scorers", "irr"):
            table.add_column(self.tr(f"cal.col.{column}"))
        for line in lines:
            table.add_row(str(line.id), line.held_on, str(line.contacts), str(line.scorers),
                          _num(line.irr, self.lang), key=str(line.id))
        empty = self.query_one("#cal-empty", Static)
        empty.update(self.tr("cal.ui.empty"))
        empty.display = not lines
        last = self.query_one("#cal-last", Static)
        if not lines:
            last.update(self.tr("cal.ui.never"))
        else:
            days = (today() - date.fromisoformat(lines[0].held_on)).days
            text = Text(self.tr("cal.ui.last", date=lines[0].held_on, days=days))
            if days > MONTHLY_DAYS:
                text.append("  " + self.tr("cal.ui.overdue"), style="bold yellow")
            last.update(text)
        irrs = [line.irr for line in reversed(lines)]
        self.query_one("#cal-irr", Static).update(
            Text(self.tr("cal.ui.irr_trend",
                         values=" ".join(_num(v, self.lang) for v in irrs)) + "  ")
            .append(level_text(irrs)) if lines else "")

    def _current(self) -> int | None:
        table = self.query_one("#cal-rounds", DataTable)
        if not self.lines or not 0 <= table.cursor_row < len(self.lines):
            return None
        return self.lines[table.cursor_row].id

    def action_new_round(self) -> None:
        """Ask for the contacts, start the round and begin scoring."""
        def made(answer: str | None) -> None:
            if not answer:
                return
            try:
                round_id = calibration.new_round(self.journal, answer.split(","),
                                                 today().isoformat())
            except UserError as exc:
                self.notify(exc.text(self.lang), severity="warning", markup=False)
                return
            self.app.push_screen(CalibrationScreen(round_id))

        self.app.push_screen(TextPrompt(self.tr("cal.ui.ask_contacts")), callback=made)

    def action_score(self) -> None:
        """Score the round under the cursor."""
        round_id = self._current()
        if round_id is not None:
            self.app.push_screen(CalibrationScreen(round_id))

    def action_result(self) -> None:
        """The result of the round under the cursor."""
        round_id = self._current()
        if round_id is not None:
            self.app.push_screen(CalibrationResult(round_id))

    def action_back(self) -> None:
        """Back."""
        self.app.pop_screen()


class CalibrationScreen(CoachScreen):
    """Blind scoring: the participant types their name, scores the contact, and hands over
    (Ctrl+O): the sheet empties for the next one. Only names of who scored show."""

    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [
        Binding("ctrl+o", "next_scorer", "Next participant", id="cal.next_scorer",
                tooltip="Done: clear the sheet for the next participant (scores stay hidden)"),
        Binding("ctrl+t", "next_contact", "Next contact", id="cal.next_contact",
                tooltip="Go to the next contact of the round"),
        Binding("ctrl+r", "result", "Result", id="cal.show_result",
                tooltip="Everyone scored: show every score, the spread and the IRR"),
        Binding("escape", "back", "Back", id="cal.back", tooltip="Back"),
    ]

    def __init__(self, round_id: int) -> None:
        super().__init__()
        self.round_id = round_id
        self.contact_index = 0
        self.evaluation_id: int | None = None

    def compose(self) -> ComposeResult:
        found = self.journal.calibration_round(self.round_id)
        form = self.journal.qm_form(found.form_version)
        assert form is not None
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="cal-contact", classes="section-title")
        yield Static(id="cal-scored", classes="hint")
        yield Input(id="cal-scorer", placeholder=self.tr("cal.ui.your_name"))
        yield ScoreSheet(form, self.lang, id="cal-sheet")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self._show_contact()
        self.query_one("#cal-scorer", Input).focus()

    @property
    def contacts(self) -> list[str]:
        """The round's contacts in order."""
        found = self.journal.calibration_round(self.round_id)
        return [c.contact_ref for c in found.contacts]

    @property
    def contact(self) -> str:
        """The contact being scored now."""
        return self.contacts[self.contact_index]

    def _show_contact(self) -> None:
        refs = self.contacts
        self.query_one("#cal-contact", Label).update(plain(self.tr(
            "cal.ui.contact", contact=self.contact, i=self.contact_index + 1, n=len(refs))))
        found = self.journal.calibration_round(self.round_id)
        names = calibration.scorers_of(found, self.contact)
        self.query_one("#cal-scored", Static).update(plain(
            self.tr("cal.ui.scored_by", names=", ".join(names)) if names
            else self.tr("cal.ui.scored_by_none")))

    def _ensure(self) -> int | None:
        if self.evaluation_id is not None:
            return self.evaluation_id
        name = self.query_one("#cal-scorer", Input).value
        try:
            created = calibration.start_scoring(self.journal, self.round_id, self.contact, name)
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return None
        self.evaluation_id = created.id
        self.query_one("#cal-scorer", Input).disabled = True
        self._show_contact()
        return created.id

    @on(ScoreSheet.Scored)
    def _scored(self, event: ScoreSheet.Scored) -> None:
        event.stop()
        evaluation_id = self._ensure()
        if evaluation_id is None:
            return
        from coachtui.services import qm as qm_service

        qm_service.set_score(self.journal, evaluation_id, event.key, event.score)
        sheet = self.query_one(ScoreSheet)
        sheet.show_score(event.key, event.score)
        sheet.focus_after(event.key)

    @on(Input.Changed)
    def _note(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        if not field_id.startswith("note-") or not event.value:
            return
        evaluation_id = self._ensure()
        if evaluation_id is not None:
            from coachtui.services import qm as qm_service

            key = field_id.removeprefix("note-")
            qm_service.set_score(self.journal, evaluation_id, key,
                                 self.query_one(ScoreSheet).scores.get(key), event.value)

    @on(Input.Submitted, "#cal-scorer")
    def _named(self, event: Input.Submitted) -> None:
        rows = self.query(".criterion")
        if rows:
            rows.first().focus()

    def action_next_scorer(self) -> None:
        """Hand over: the sheet and the name empty, the scores stay hidden."""
        self.evaluation_id = None
        self.query_one(ScoreSheet).reset()
        scorer = self.query_one("#cal-scorer", Input)
        scorer.disabled = False
        scorer.value = ""
        scorer.focus()
        self._show_contact()

    def action_next_contact(self) -> None:
        """On to the next contact of the round (back to the first after the last)."""
        self.contact_index = (self.contact_index + 1) % len(self.contacts)
        self.action_next_scorer()

    def action_result(self) -> None:
        """Show the result (every score) once everyone has scored."""
        self.app.push_screen(CalibrationResult(self.round_id))

    def action_back(self) -> None:
        """Back to the overview."""
        self.app.pop_screen()


class CalibrationResult(CoachScreen):
    """Per contact the scores and spread (largest first), per criterion the agreement, the
    IRR; the group records the agreed score and how a disputed criterion is read."""

    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [Binding("escape", "back", "Back", id="cal.back", tooltip="Back")]

    DEFAULT_CSS = """
    CalibrationResult #cal-result-body { height: 1fr; }
    CalibrationResult Input { margin: 0 1; }
    CalibrationResult .cal-label { padding: 0 1; }
    """

    def __init__(self, round_id: int) -> None:
        super().__init__()
        self.round_id = round_id

    def compose(self) -> ComposeResult:
        result = calibration.round_result(self.journal, self.round_id)
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(self.tr("cal.ui.result_title", id=result.round.id,
                            date=result.round.held_on), classes="section-title")
        yield Static(Text(self.tr("cal.ui.irr", irr=_num(result.irr, self.lang)), style="bold"),
                     id="cal-irr-line")
        with VerticalScroll(id="cal-result-body"):
            yield Static(self._contacts_table(result), id="cal-contacts")
            for c in result.contacts:
                yield Label(plain(self.tr("cal.ui.agreed_score", contact=c.contact)),
                            classes="cal-label")
                yield Input("" if c.agreed_score is None else f"{c.agreed_score:g}",
                            id=f"agreed-{result.contacts.index(c)}",
                            placeholder=self.tr("cal.ui.agreed_placeholder"))
            yield Static(self._criteria_table(result), id="cal-criteria")
            disputed = result.disputed
            if disputed:
                yield Label(self.tr("cal.ui.readings"), classes="section-title")
            for k in disputed:
                criterion = result.form.criterion(k.criterion)
                label = criterion.label(self.lang) if criterion else k.criterion
                yield Label(plain(self.tr("cal.ui.reading_of", label=label,
                                          agreement=_num(k.agreement, self.lang))),
                            classes="cal-label")
                yield Input(result.round.notes.get(k.criterion, ""), id=f"reading-{k.criterion}",
                            placeholder=self.tr("cal.ui.reading_placeholder"))
        yield Footer(compact=True)

    def _contacts_table(self, result: calibration.RoundResult) -> Table:
        scorers = sorted({s for c in result.contacts for s in c.scores})
        table = Table(box=None, padding=(0, 1), header_style="bold")
        table.add_column(self.tr("cal.col.contact"))
        for scorer in scorers:
            table.add_column(shown(scorer), justify="right")
        table.add_column(self.tr("cal.col.spread"), justify="right")
        table.add_column(self.tr("cal.col.agreed"))
        for c in result.contacts:
            word = Text("✓ " + self.tr("qm.agreed"), style="green") if c.agreed else \
                Text("✗ " + self.tr("qm.not_agreed"), style="bold red")
            table.add_row(shown(c.contact), *(_num(c.scores.get(s), self.lang) for s in scorers),
                          _num(c.spread, self.lang), word)
        if not result.contacts:
            table.add_row(self.tr("cal.ui.nothing_scored"))
        return table

    def _criteria_table(self, result: calibration.RoundResult) -> Table:
        table = Table(box=None, padding=(0, 1), header_style="bold")
        table.add_column(self.tr("cal.col.criterion"))
        table.add_column(self.tr("cal.col.agreement"), justify="right")
        for k in sorted(result.criteria, key=lambda k: (k.agreement is None,
                                                        k.agreement or 0.0)):
            criterion = result.form.criterion(k.criterion)
            table.add_row(plain_cell(criterion.label(self.lang) if criterion else k.criterion),
                          _num(k.agreement, self.lang))
        return table

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        result = calibration.round_result(self.journal, self.round_id)
        if field_id.startswith("agreed-"):
            contact = result.contacts[int(field_id.removeprefix("agreed-"))].contact
            raw = event.value.strip().replace(",", ".")
            try:
                value = None if not raw else float(raw)
            except ValueError:
                return
            if value is not None and not 0 <= value <= 100:
                return
            calibration.set_agreed(self.journal, self.round_id, contact, value)
        elif field_id.startswith("reading-"):
            calibration.set_reading(self.journal, self.round_id,
                                    field_id.removeprefix("reading-"), event.value)

    def action_back(self) -> None:
        """Back."""
        self.app.pop_screen()
