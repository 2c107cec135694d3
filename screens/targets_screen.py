"""The targets of a team for one month: metrics down, the team default then each agent
across; every cell the target that applies that month, the agent's own targets marked.

Keys: Enter (or typing a number) edits the cell under the cursor from the month shown on;
`x` ends it from that month (after a question); `[` and `]` move the month; `g` shows the
next team; `a` adds a metric of the team's own. Every change goes through the catalogue
service, so it lands in the change log; a signed talk keeps the targets it was signed with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, Input, Label, Select

from coachtui.errors import UserError
from coachtui.model import add_months
from coachtui.model.number_format import decimal_text, editable_text
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.confirm import Confirm
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.services import catalogue as catalogue_service
from coachtui.services.catalogue import TargetGrid

if TYPE_CHECKING:
    from coachtui.model import MetricDefinition

DEFAULT_COLUMN = "default"  # the column key of the team default; agents' columns are ids


class TargetsTable(DataTable[Text]):
    """The grid; Enter on a cell edits it (the screen handles `CellSelected`)."""

    BINDINGS = [Binding("enter", "select_cursor", "Edit", id="targets.edit",
                        tooltip="Edit the target in this cell")]


class ValuePrompt(ModalScreen[str | None]):
    """Ask for a target value, the field prefilled; Enter answers, Escape cancels."""

    DEFAULT_CSS = """
    ValuePrompt { align: center middle; }
    ValuePrompt Label { width: 100%; }
    ValuePrompt > Vertical { width: 70; height: auto; border: thick $accent; padding: 1 2;
                             background: $surface; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "", *, replace: bool = True) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.replace = replace  # the value shown is the old one: typing replaces it

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question))
            yield Input(self.value, id="value-input")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()
        if self.replace:
            field.select_all()  # typing replaces the value shown; an arrow key keeps it
        else:
            field.cursor_position = len(field.value)

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)


def ask_target(screen: CoachScreen, question: str, metric: MetricDefinition, start: str,
               save: Callable[[float], object], *, typed: bool = False) -> None:
    """Ask for a target of `metric` (the field prefilled with `start`: the old value, which
    typing replaces, or with `typed` what was typed so far), then `save` the number.
    `0.85` for a percent asks "did you mean 85%?" (yes saves 85, no asks again); a text
    that is no number is refused in a notice and nothing is saved."""

    def typed_answer(text: str | None) -> None:
        if text is None:
            return
        try:
            number = catalogue_service.target_value(text)
        except UserError as exc:
            screen.notify(exc.text(screen.lang), severity="error", markup=False)
            return
        if not catalogue_service.is_fraction_of_percent(metric, number):
            save(number)
            return
        percent = number * 100

        def answer(yes: bool | None) -> None:
            if yes:
                save(percent)
            else:  # back to the question, with what was typed
                ask_target(screen, question, metric, text or "", save, typed=True)

        screen.app.push_screen(
            Confirm(screen.tr("targets.ask_percent", value=decimal_text(number, None, screen.lang),
                              percent=decimal_text(percent, None, screen.lang)),
                    f"{screen.tr('app.confirm.yes')}   {screen.tr('app.confirm.no')}"),
            callback=answer)

    screen.app.push_screen(ValuePrompt(question, start, replace=not typed),
                           callback=typed_answer)


class CatalogueForm(ModalScreen[bool]):
    """Add a metric (key, names in both languages, unit, direction) or a factor (key,
    names and descriptions in both languages, an optional named set) of the team's own.
    Ctrl+S saves (a refusal is shown and the form stays), Escape closes without saving."""

    DEFAULT_CSS = """
    CatalogueForm { align: center middle; }
    CatalogueForm > Vertical { width: 72; height: auto; max-height: 100%;
                               border: thick $accent; padding: 1 2; background: $surface;
                               overflow-y: auto; }
    CatalogueForm Label { width: 100%; margin-top: 1; }
    CatalogueForm.-factor Label { margin-top: 0; }
    CatalogueForm .form-title { text-style: bold; margin-top: 0; }
    CatalogueForm .hint { color: $text-muted; margin-top: 0; margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="metric_form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="metric_form.cancel"),
        # at once, so keys typed right after Tab land in the next field
        Binding("tab", "move_focus(1)", "Next field", show=False, priority=True),
        Binding("shift+tab", "move_focus(-1)", "Previous field", show=False, priority=True),
    ]
    FIELDS = {"metric": ("key", "label_en", "label_nl"),
              "factor": ("key", "label_en", "label_nl", "describe_en", "describe_nl", "set")}

    def __init__(self, kind: str, lang: str,
                 save: Callable[[dict[str, str]], str | None]) -> None:
        super().__init__(classes=f"-{kind}")
        self.kind = kind
        self.lang = lang
        self.save = save  # returns a refusal to show, or None when saved

    def _tr(self, key: str) -> str:
        from coachtui.texts import tr

        return tr(key, self.lang)

    def compose(self) -> ComposeResult:
        from coachtui.model import Unit

        with Vertical():
            yield Label(self._tr(f"{self.kind}_form.title"), classes="form-title")
            yield Label(self._tr("metric_form.hint"), classes="hint")
            for name in self.FIELDS[self.kind]:
                yield Label(self._tr(f"{self.kind}_form.{name}"))
                yield Input(id=f"form-{name}", compact=True)
            if self.kind != "metric":
                return
            yield Label(self._tr("metric_form.unit"))
            yield Select([(self._tr(f"unit.{u.value}"), u.value) for u in Unit],
                         value=Unit.PERCENT.value, allow_blank=False, id="form-unit",
                         compact=True)
            yield Label(self._tr("metric_form.direction"))
            yield Select([(self._tr("cat.higher"), "higher"), (self._tr("cat.lower"), "lower")],
                         value="higher", allow_blank=False, id="form-direction",
                         compact=True)

    def on_mount(self) -> None:
        for field in self.query(Input).results(Input):
            field.cursor_blink = getattr(self.app, "cursor_blink", True)
        self.query_one("#form-key", Input).focus()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    def action_move_focus(self, delta: int) -> None:
        """Tab / Shift+Tab between the fields."""
        if delta > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def action_save(self) -> None:
        """Add the entry; stay open with the refusal when it is refused."""
        values = {name: self.query_one(f"#form-{name}", Input).value
                  for name in self.FIELDS[self.kind]}
        for name in ("unit", "direction"):
            for select in self.query(f"#form-{name}").results(Select):
                values[name] = str(select.value)
        refusal = self.save(values)
        if refusal is None:
            self.dismiss(True)
        else:
            self.notify(refusal, severity="error", markup=False)

    def action_cancel(self) -> None:
        """Close without adding anything."""
        self.dismiss(False)


class TargetsScreen(CoachScreen):
    """A team's targets for a month, edited by keys."""

    CSS_PATH = stylesheet("targets_screen.tcss")
    PALETTE_AREA_KEY = "app.palette.targets"
    BINDINGS = [
        Binding("enter", "edit", "Edit", id="targets.edit",
                tooltip="Edit the target in this cell"),
        Binding("x,delete", "end", "End", id="targets.end", key_display="x",
                tooltip="End the target in this cell from this month"),
        Binding("escape", "back", "Back", id="targets.back", tooltip="Back to the team"),
        Binding("left_square_bracket", "month(-1)", "Prev month", key_display="[",
                id="targets.previous_month", tooltip="The month before"),
        Binding("right_square_bracket", "month(1)", "Next month", key_display="]",
                id="targets.next_month", tooltip="The month after"),
        Binding("g", "next_team", "Team", id="targets.team", tooltip="Show the next team"),
        Binding("a", "add_metric", "Add metric", id="targets.add_metric",
                tooltip="Add a metric of the team's own"),
        Binding("f", "add_factor", "Add factor", id="targets.add_factor",
                tooltip="Add a qualitative factor of the team's own"),
    ]

    def __init__(self, team: str | None = None, month: str | None = None) -> None:
        super().__init__()
        self.team = team
        self.month = month or ""
        self.grid: TargetGrid | None = None
        self.teams: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Label(id="targets-title", classes="section-title")
        yield Label(id="targets-legend", classes="hint")
        yield TargetsTable(id="targets-table", cursor_type="cell", zebra_stripes=True)
        yield Label(id="targets-message", classes="empty-state")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        if not self.month:
            self.month = self.coach.review_month
        self.query_one("#targets-table", TargetsTable).fixed_columns = 2

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self.query_one("#targets-table", TargetsTable).focus()

    # -- data ----------------------------------------------------------------------------
    def _team_name(self, team: str) -> str:
        return team or self.tr("cat.no_team")

    def refresh_data(self) -> None:
        """Re-read the grid of the team and month shown, in the current language."""
        super().refresh_data()
        self.teams = teams = catalogue_service.teams(self.journal)
        if self.team not in teams:
            self.team = teams[0] if teams else None
        self.grid = (catalogue_service.target_grid(self.journal, self.team, self.month)
                     if self.team is not None else None)
        self._redraw()

    def _redraw(self) -> None:
        table = self.query_one("#targets-table", TargetsTable)
        title = self.query_one("#targets-title", Label)
        legend = self.query_one("#targets-legend", Label)
        message = self.query_one("#targets-message", Label)
        grid = self.grid
        keep = table.cursor_coordinate
        table.clear(columns=True)
        if grid is None:
            title.update(plain(self.tr("targets.title", team="–", month=self.month)))
            message.update(self.tr("targets.empty"))
            message.display, table.display, legend.display = True, False, False
            return
        title.update(plain(self.tr("targets.title", team=self._team_name(grid.team),
                                   month=self.month)))
        legend.update(self.tr("targets.legend", count=grid.overrides))
        legend.display = True
        if not grid.metrics:
            message.update(self.tr("targets.no_metrics"))
            message.display, table.display = True, False
            return
        message.display, table.display = False, True
        # the metric column as wide as its longest label (a cleared table may keep an old,
        # narrower automatic width after an edit)
        widest = max(len(m.label(self.lang)) for m in grid.metrics)
        table.add_column(plain_cell(self.tr("targets.col.metric")), key="metric",
                         width=max(widest, len(self.tr("targets.col.metric"))))
        table.add_column(plain_cell(self.tr("targets.col.team")), key=DEFAULT_COLUMN)
        for agent in grid.agents:
            table.add_column(plain_cell(agent.name), key=str(agent.id))
        for metric in grid.metrics:
            cells = [plain_cell(metric.label(self.lang)), self._cell(grid, None, metric.key)]
            cells += [self._cell(grid, agent.id, metric.key) for agent in grid.agents]
            table.add_row(*cells, key=metric.key)
        row = min(keep.row, table.row_count - 1)
        column = max(1, min(keep.column, len(table.columns) - 1))
        table.move_cursor(row=row, column=column, animate=False)

    def _cell(self, grid: TargetGrid, agent_id: int | None, metric_key: str) -> Text:
        metric = next(m for m in grid.metrics if m.key == metric_key)
        cell = grid.cell(agent_id, metric_key)
        if cell.value is None:
            return Text("–", style="dim")
        shown = metric.format(cell.value, self.lang)
        if agent_id is None:
            return Text(shown)
        if cell.own:
            return Text(f"{shown} *", style="bold")
        return Text(shown, style="dim")

    # -- the cell under the cursor -------------------------------------------------------
    def _cursor(self) -> tuple[str, int | None] | None:
        """(metric key, agent id or None for the team default) under the cursor."""
        table = self.query_one("#targets-table", TargetsTable)
        if self.grid is None or not table.row_count:
            return None
        keys = table.coordinate_to_cell_key(table.cursor_coordinate)
        metric, column = keys.row_key.value, keys.column_key.value
        if metric is None or column in (None, "metric"):
            return None
        return metric, None if column == DEFAULT_COLUMN else int(column or 0)

    def _who(self, agent_id: int | None) -> str:
        grid = self.grid
        assert grid is not None
        if agent_id is None:
            return self._team_name(grid.team)
        return next((a.name for a in grid.agents if a.id == agent_id), "?")

    # -- actions -------------------------------------------------------------------------
    def action_edit(self, typed: str = "") -> None:
        """Edit the target under the cursor from the month shown on."""
        where = self._cursor()
        if where is None or self.grid is None:
            return
        metric_key, agent_id = where
        metric = next(m for m in self.grid.metrics if m.key == metric_key)
        cell = self.grid.cell(agent_id, metric_key)
        label = metric.label(self.lang)
        if agent_id is None:
            question = self.tr("targets.ask_team", team=self._team_name(self.grid.team),
                               metric=label, month=self.month)
        else:
            question = self.tr("targets.ask_agent", name=self._who(agent_id), metric=label,
                               month=self.month)
        start = typed or ("" if cell.value is None else editable_text(cell.value, self.lang))
        ask_target(self, question, metric, start,
                   lambda number: self._save(metric_key, agent_id, number),
                   typed=bool(typed))

    def _save(self, metric_key: str, agent_id: int | None, value: float | None) -> None:
        grid = self.grid
        if grid is None:
            return
        metric = next(m for m in grid.metrics if m.key == metric_key)
        try:
            if agent_id is None:
                catalogue_service.set_team_default(self.journal, grid.team, metric_key, value,
                                                   self.month)
            else:
                catalogue_service.set_agent_target(self.journal, agent_id, metric_key, value,
                                                   self.month)
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="error", markup=False)
            return
        label = metric.label(self.lang)
        if value is None:
            self.notify(self.tr("targets.ended", metric=label, month=self.month), markup=False)
        else:
            shown_value = metric.format(value, self.lang)
            self.notify(self.tr("targets.saved", metric=label, value=shown_value,
                                month=self.month), markup=False)
        self.refresh_data()

    def action_end(self) -> None:
        """End the target under the cursor from the month shown (after a question)."""
        where = self._cursor()
        if where is None or self.grid is None:
            return
        metric_key, agent_id = where
        cell = self.grid.cell(agent_id, metric_key)
        if cell.value is None or (agent_id is not None and not cell.own):
            self.notify(self.tr("targets.nothing_to_end"), markup=False)
            return
        metric = next(m for m in self.grid.metrics if m.key == metric_key)
        if agent_id is None:
            question = self.tr("targets.confirm_end_team", team=self._team_name(self.grid.team),
                               metric=metric.label(self.lang), month=self.month)
        else:
            question = self.tr("targets.confirm_end_agent", name=self._who(agent_id),
                               metric=metric.label(self.lang), month=self.month)

        def answer(yes: bool | None) -> None:
            if yes:
                self._save(metric_key, agent_id, None)

        self.app.push_screen(
            Confirm(question, f"{self.tr('app.confirm.yes')}   {self.tr('app.confirm.no')}"),
            callback=answer)

    def action_month(self, delta: int) -> None:
        """Show the month before or after."""
        self.month = add_months(self.month, delta)
        self.refresh_data()

    def action_next_team(self) -> None:
        """Show the next team (round)."""
        teams = self.teams
        if not teams:
            return
        index = teams.index(self.team) if self.team in teams else -1
        self.team = teams[(index + 1) % len(teams)]
        self.refresh_data()

    def action_add_metric(self) -> None:
        """Add a metric of the team's own (it appears in the grid at once)."""
        def save(values: dict[str, str]) -> str | None:
            try:
                catalogue_service.add_metric(
                    self.journal, values["key"].strip(), label_en=values["label_en"],
                    label_nl=values["label_nl"], unit=values["unit"],
                    direction=values["direction"])
            except UserError as exc:
                return exc.text(self.lang)
            return None

        self.app.push_screen(CatalogueForm("metric", self.lang, save), callback=self._added)

    def action_add_factor(self) -> None:
        """Add a qualitative factor of the team's own (in a named set: a competence skill,
        never in the monthly talk)."""
        def save(values: dict[str, str]) -> str | None:
            try:
                factor = catalogue_service.add_factor(
                    self.journal, values["key"].strip(), label_en=values["label_en"],
                    label_nl=values["label_nl"], describe_en=values["describe_en"],
                    describe_nl=values["describe_nl"],
                    factor_set=values["set"].strip() or None)
            except UserError as exc:
                return exc.text(self.lang)
            self.notify(self.tr("cat.factor_added", name=factor.key,
                                label=factor.label(self.lang)), markup=False)
            return None

        self.app.push_screen(CatalogueForm("factor", self.lang, save), callback=self._added)

    def _added(self, added: bool | None) -> None:
        if added:
            self.refresh_data()

    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "end"):
            return self.grid is not None and bool(self.grid.metrics)
        if action == "next_team":
            return len(self.teams) > 1
        return True

    @on(DataTable.CellSelected, "#targets-table")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_edit()

    def on_key(self, event: Key) -> None:
        """A digit typed on the grid starts editing the cell with that digit."""
        if event.character and event.character in "0123456789" and isinstance(
                self.focused, TargetsTable):
            event.stop()
            event.prevent_default()
            self.action_edit(typed=event.character)
