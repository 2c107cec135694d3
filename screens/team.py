"""The team overview: who needs a talk, how their figures stand, and where a talk is in progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.widgets import DataTable, Footer, Header, Input, Label

from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.first_run import first_run_text
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.row_table import RowTable
from coachtui.services.team import (
    STATUS_SYMBOL,
    TalkStatus,
    TeamRow,
    filter_rows,
    next_sort_key,
    overview_rows,
    sort_rows,
)

if TYPE_CHECKING:
    from coachtui.model import Agent

COLUMNS = ("name", "team", "last_talk", "status", "off_target", "goals", "draft")
# The talks due (coachtui.services.year), after the columns above.
DUE_COLUMNS = ("next_talk", "big_talk")
# Which column carries the sort arrow for each sort key.
SORT_COLUMN = {"name": "name", "status": "status", "off_target": "off_target"}


class TeamTable(RowTable):
    """The team's rows. Enter selects the agent under the cursor: the table handles it in
    turn with the arrow keys typed before it (a screen-level priority binding would act
    before the table had moved its cursor, and open the wrong agent)."""

    BINDINGS = [Binding("enter", "select_cursor", "Open", id="team.open",
                        tooltip="Open the agent's page")]


class TeamScreen(CoachScreen):
    """Every active agent with last talk, due/overdue, figures off target, goals and drafts."""

    CSS_PATH = stylesheet("team.tcss")
    PALETTE_AREA_KEY = "team.palette"
    BINDINGS = [
        # Not a priority binding: the table's own Enter (TeamTable) opens the agent, in turn
        # with the arrow keys typed before it; this one is the palette's "Team: Open".
        Binding("enter", "open", "Open", id="team.open", tooltip="Open the agent's page"),
        Binding("s", "sort", "Sort", id="team.sort",
                tooltip="Sort by name, status or figures off target"),
        Binding("slash", "filter", "Filter", id="team.filter",
                tooltip="Filter the team by name or team"),
        Binding("escape", "clear_filter", "Clear filter", id="team.clear_filter", show=False),
        Binding("i", "import_figures", "Import", id="team.import",
                tooltip="Bring in agents and figures from a file or a helpdesk"),
        Binding("comma", "settings", "Settings", id="team.settings",
                tooltip="Your name, language, time zone, export folder and theme"),
        Binding("a", "add_agent", "Add agent", id="team.add_agent", tooltip="Add an agent"),
        Binding("l", "toggle_left", "Left", id="team.show_left",
                tooltip="Show or hide the agents who left"),
        Binding("T", "targets", "Targets", id="team.targets",
                tooltip="Team defaults and each agent's own targets, per month"),
        Binding("G", "team_goals", "Team goals", id="team.team_goals",
                tooltip="The team goals for the weekly team meeting"),
        Binding("S", "site", "Site", id="team.site",
                tooltip="The overview over several team leads' journals (read-only)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort_key = "name"
        self.filter_text = ""
        self.show_left = False  # `l`: the agents who left, marked with their date
        self._rows: list[TeamRow] = []
        self._shown: list[TeamRow] = []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="team-title", classes="section-title")
        yield Label(id="team-summary", classes="hint")
        yield TeamTable(id="team-table")
        yield Label(id="team-message", classes="empty-state")
        yield Footer()

    def on_screen_resume(self) -> None:
        # Read the team when the screen shows, and again on every return to it (a talk may
        # just have been signed).
        self.refresh_data()
        self.query_one("#team-table", RowTable).focus()

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Re-read the team from the journal and redraw in the current language."""
        super().refresh_data()
        self._rows = overview_rows(self.journal, self.coach.review_month)
        if self.show_left:
            self._rows += overview_rows(self.journal, self.coach.review_month, left=True)
        if self.coach.agent_view:
            # The agent reads along: never show anyone else's row.
            self._rows = [r for r in self._rows if r.agent_id == self.coach.current_agent_id]
        self.query_one("#team-title", Label).update(self.tr("team.title"))
        for field in self.query("#team-filter").results(Input):
            field.placeholder = self.tr("team.filter_placeholder")
        self._redraw()

    def _redraw(self) -> None:
        table = self.query_one("#team-table", RowTable)
        headers = []
        for column in COLUMNS:
            title = self.tr(f"team.col.{column}")
            if SORT_COLUMN.get(self.sort_key) == column:
                title += " ▼"
            headers.append(plain_cell(title))
        headers += [plain_cell(self.tr(f"year.team.col.{column}")) for column in DUE_COLUMNS]
        self._shown = sort_rows(filter_rows(self._rows, self.filter_text), self.sort_key)
        # The cursor stays on the same agent (sorting, filtering, a refresh).
        table.set_rows(headers, [(str(row.agent_id), self._cells(row)) for row in self._shown])
        self._update_summary()
        self._update_message(table)

    def _cells(self, row: TeamRow) -> list[Text]:
        """The row's cells as plain Text: names and teams are shown as typed (a string
        cell would be read as markup, so "[extern]" vanished and "[/b]" crashed), and
        the table skips markup parsing for each cell on every paint."""
        word = (self.tr("team.left_on", on=row.left_on.isoformat()) if row.left_on
                else self.tr(f"team.status.{row.status}"))
        status = plain_cell(f"{STATUS_SYMBOL[row.status]} {word}")
        if row.status is TalkStatus.OVERDUE:
            status.stylize("bold red")
        elif row.status is TalkStatus.DUE:
            status.stylize("yellow")
        elif row.status is TalkStatus.LEFT:
            status.stylize("dim")
        if row.with_target:
            off = self.tr("team.off_target_cell", off=row.off_target, of=row.with_target)
        elif row.without_target:  # figures came in, but no target was agreed for them
            off = self.tr("target.no_target")
        else:
            off = self.tr("team.no_figures")
        draft = ""
        if row.draft_month == self.coach.review_month:
            draft = self.tr("team.draft_step", step=row.draft_step)
        elif row.has_draft:  # an older talk left unfinished: say which month
            draft = self.tr("team.draft_cell", month=row.draft_month, step=row.draft_step)
        last = row.last_talk.isoformat() if row.last_talk else self.tr("team.never")
        goals = plain_cell(row.open_goals)
        if row.past_deadline:  # goals past their deadline: marked, in words
            goals.append(" " + self.tr("team.past_deadline", n=row.past_deadline),
                         style="yellow")
        return [plain_cell(row.name), plain_cell(row.team), plain_cell(last), status,
                plain_cell(off), goals, plain_cell(draft),
                *self._due_cells(row)]

    def _due_cells(self, row: TeamRow) -> list[Text]:
        """The next talk by the agent's cadence, and the next yearly talk (▲ when late)."""
        due = row.due
        if due is None:
            return [plain_cell(""), plain_cell("")]
        if due.next_day is not None:
            when = self.tr("year.team.next_day", day=due.next_day.isoformat())
        else:
            when = self.tr("year.team.next_month", month=due.next_month)
        yearly = self.tr(f"year.team.{due.yearly_kind}", month=due.yearly_month)
        cells = []
        for text, late in ((when, due.late), (yearly, due.yearly_late)):
            cells.append(plain_cell(self.tr("year.team.late", when=text) if late else text,
                                    "bold red" if late else ""))
        return cells

    def _update_summary(self) -> None:
        counts = {s: sum(r.status is s for r in self._rows) for s in TalkStatus}
        summary = self.query_one("#team-summary", Label)
        summary.display = bool(self._rows)  # "0 done, 0 due" says nothing on an empty team
        summary.update(self.tr(
            "team.summary", month=self.coach.review_month, done=counts[TalkStatus.DONE],
            due=counts[TalkStatus.DUE], overdue=counts[TalkStatus.OVERDUE]))

    def _update_message(self, table: RowTable) -> None:
        message = self.query_one("#team-message", Label)
        text = ""
        if self.coach.agent_view:
            text = self.tr("team.agent_view_only" if self._rows else "team.agent_view_none")
        elif not self._rows:  # the first run: how to begin (TODO lead: `a` once add_agent exists)
            text = first_run_text(self.lang, can_add_agent=hasattr(self, "action_add_agent"))
        elif not self._shown:
            text = self.tr("team.no_match", text=self.filter_text)
        message.update(plain(text))  # the filter text is quoted as typed
        message.display = bool(text)
        table.display = bool(self._shown)

    def describe_binding(self, binding_id: str) -> str | None:
        """The footer says what the rows are sorted by ("Sort: status")."""
        if binding_id == "team.sort":
            return self.tr("team.sort_by", by=self.tr(f"team.sort.{self.sort_key}"))
        if binding_id == "team.show_left":
            return self.tr("team.hide_left" if self.show_left else "team.show_left")
        return None

    def _cursor_agent(self) -> int | None:
        key = self.query_one("#team-table", RowTable).cursor_key
        return int(key) if key is not None else None

    def note_agent_id(self) -> int | None:
        """Ctrl+N here notes about the highlighted agent (none shown: the popup asks)."""
        if not self._shown:
            return None
        return self._cursor_agent()

    # -- actions -----------------------------------------------------------------------
    def action_open(self) -> None:
        """Open the agent under the cursor."""
        agent_id = self._cursor_agent()
        if agent_id is not None:
            self.coach.open_agent(agent_id)

    def action_import_figures(self) -> None:
        """Import a team and figures from a file or a helpdesk (no agent chosen)."""
        from coachtui.screens.import_screen import ImportScreen

        self.app.push_screen(ImportScreen())

    def action_settings(self) -> None:
        """Open the settings screen."""
        self.coach.open_settings()

    @on(DataTable.RowSelected, "#team-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # Enter on the table, or a click on the cursor row.
        event.stop()
        if event.row_key.value is not None:
            self.coach.open_agent(int(event.row_key.value))

    def action_targets(self) -> None:
        """The targets grid of the team (never while an agent reads along)."""
        from coachtui.screens.targets_screen import TargetsScreen

        if self.coach.agent_view:  # other agents' targets are not for the agent's eyes
            self.notify(self.tr("targets.not_in_agent_view"), markup=False)
            return
        agent_id = self._cursor_agent()  # opens on the team of the agent under the cursor
        row = next((r for r in self._shown if r.agent_id == agent_id), None)
        self.app.push_screen(TargetsScreen(team=(row.team or "") if row else None))
    def action_team_goals(self) -> None:
        """The team goals against the team's figures, for the weekly team meeting."""
        from coachtui.screens.team_goals_screen import TeamGoalsScreen

        self.app.push_screen(TeamGoalsScreen())

    def labelled_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys; `S` (the site overview) only for whoever set `site.journals`
        (the key works for everyone, and the palette always has it: it says how to)."""
        found = super().labelled_bindings()
        if not self.coach.settings.site_journals:
            found.pop("S", None)
        return found

    def action_site(self) -> None:
        """The site overview over the journals of the setting `site.journals`."""
        from coachtui.screens.site_screen import SiteScreen

        self.app.push_screen(SiteScreen())

    def action_sort(self) -> None:
        """Cycle the sort: name, status (overdue first), figures off target (most first)."""
        self.sort_key = next_sort_key(self.sort_key)
        self.refresh_bindings()
        self._redraw()

    def action_add_agent(self) -> None:
        """Add an agent by hand (name, e-mail, team, first day); the cursor goes to them."""
        if self.coach.agent_view:
            self.notify(self.tr("team.add_agent_view"), severity="warning", markup=False)
            return
        from coachtui.screens.agent_form import AgentForm

        def added(agent: Agent | None) -> None:
            if agent is None or agent.id is None:
                return
            self.refresh_data()
            table = self.query_one("#team-table", RowTable)
            table.move_cursor(row=table.row_index(str(agent.id)) or 0)
            self.notify(self.tr("team.agent_added", name=shown(agent.name)), markup=False)

        self.app.push_screen(AgentForm(self.journal, self.lang), callback=added)

    def action_toggle_left(self) -> None:
        """Show or hide the agents who left (marked with their date; never counted)."""
        self.show_left = not self.show_left
        self.refresh_data()

    def action_filter(self) -> None:
        """Show the filter field and type into it (made on first use: the first paint
        does not pay for it)."""
        fields = list(self.query("#team-filter").results(Input))
        if fields:
            field = fields[0]
        else:
            field = Input(id="team-filter", placeholder=self.tr("team.filter_placeholder"))
            field.cursor_blink = self.coach.cursor_blink
            self.mount(field, before=self.query_one("#team-table", RowTable))
        field.remove_class("-hidden")
        field.focus()

    def action_clear_filter(self) -> None:
        """Empty and hide the filter; back to the full team."""
        for field in self.query("#team-filter").results(Input):
            field.value = ""
            field.add_class("-hidden")
        self.filter_text = ""
        self._redraw()
        self.query_one("#team-table", RowTable).focus()

    @on(Input.Changed, "#team-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._redraw()

    @on(Input.Submitted, "#team-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        """Enter in the filter field opens the (first) match."""
        self.query_one("#team-table", RowTable).focus()
        self.action_open()
