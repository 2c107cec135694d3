"""The QM form on screen: criteria by customer principle with their definitions and the
readings agreed in calibration. Enter edits the definition under the cursor (in the
current language): the edit becomes a new form version, so earlier evaluations keep the
definitions they were scored on. Labels, scales and weights change through a form file
(`coachtui qm form load`)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Label, OptionList
from textual.widgets.option_list import Option

from coachtui.errors import UserError
from coachtui.model.number_format import decimal_text
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.notes_screen import EditNotePrompt
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.services import qm as qm_service


class QmFormScreen(CoachScreen):
    """Read the form; edit a definition."""

    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [
        Binding("e", "edit", "Edit definition", id="qmform.edit",
                tooltip="Change the definition under the cursor (a new form version)"),
        Binding("escape", "back", "Back", id="qmform.back", tooltip="Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="qmform-title", classes="section-title")
        yield Label(self.tr("qmform.ui.hint"), classes="hint")
        yield OptionList(id="qmform-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_data()
        self.query_one(OptionList).focus()

    def refresh_data(self) -> None:
        """Re-read the form."""
        super().refresh_data()
        form = qm_service.current_form(self.journal)
        self.form = form
        version = form.version if form.version is not None else self.tr("qm.default_version")
        self.query_one("#qmform-title", Label).update(
            Text(self.tr("qm.cli.form_head", name=shown(form.name), version=version)))
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for c in form.criteria:
            text = Text()
            text.append(shown(c.principle(self.lang) or self.tr("qm.no_principle")) + " · ",
                        style="dim")
            text.append(shown(c.label(self.lang)), style="bold")
            weight = decimal_text(c.weight, None, self.lang)
            text.append(f"  0..{c.max}  " + self.tr("qm.weight", weight=weight))
            if c.knockout:
                text.append("  " + self.tr("qm.knockout"), style="red")
            if c.rq:
                text.append("  RQ", style="cyan")
            text.append("\n" + shown(c.definition(self.lang)), style="italic")
            for reading in form.notes.get(c.key, []):
                text.append("\n" + self.tr("qm.reading", text=shown(reading)), style="cyan")
            options.add_option(Option(text, id=c.key))
        if highlighted is not None and form.criteria:
            options.highlighted = min(highlighted, len(form.criteria) - 1)

    def action_edit(self) -> None:
        """Edit the definition under the cursor."""
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        criterion = self.form.criteria[options.highlighted]

        def save(text: str | None) -> None:
            if text is None:
                return
            try:
                form = qm_service.edit_definition(self.journal, criterion.key, self.lang, text)
            except UserError as exc:
                self.notify(exc.text(self.lang), severity="warning", markup=False)
                return
            self.notify(self.tr("qmform.ui.saved", version=form.version), markup=False)
            self.refresh_data()

        self.app.push_screen(EditNotePrompt(
            self.tr("qmform.ui.ask", label=criterion.label(self.lang)),
            criterion.definition(self.lang)), callback=save)

    def action_back(self) -> None:
        """Back."""
        self.app.pop_screen()
