"""The team overview: who needs a talk, how their figures stand, and where a talk is in progress."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Input, Label

from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
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

COLUMNS = ("name", "team", "last_talk", "status", "off_target", "goals", "draft")
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
        Binding("G", "team_goals", "Team goals", id="team.team_goals",
                tooltip="The team goals for the weekly team meeting"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort_key = "name"
        self.filter_text = ""
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
        self._shown = sort_rows(filter_rows(self._rows, self.filter_text), self.sort_key)
        # The cursor stays on the same agent (sorting, filtering, a refresh).
        table.set_rows(headers, [(str(row.agent_id), self._cells(row)) for row in self._shown])
        self._update_summary()
        self._update_message(table)

    def _cells(self, row: TeamRow) -> list[Text]:
        """The row's cells as plain Text: names and teams are shown as typed (a string
        cell would be read as markup, so "[extern]" vanished and "[/b]" crashed), and
        the table skips markup parsing for each cell on every paint."""
        status = plain_cell(f"{STATUS_SYMBOL[row.status]} {self.tr(f'team.status.{row.status}')}")
        if row.status is TalkStatus.OVERDUE:
            status.stylize("bold red")
        elif row.status is TalkStatus.DUE:
            status.stylize("yellow")
        if row.with_target:
            off = self.tr("team.off_target_cell", off=row.off_target, of=row.with_target)
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
                plain_cell(off), goals, plain_cell(draft)]

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
        elif not self._rows:
            text = self.tr("team.empty")
        elif not self._shown:
            text = self.tr("team.no_match", text=self.filter_text)
        message.update(plain(text))  # the filter text is quoted as typed
        message.display = bool(text)
        table.display = bool(self._shown)

    def describe_binding(self, binding_id: str) -> str | None:
        """The footer says what the rows are sorted by ("Sort: status")."""
        if binding_id == "team.sort":
            return self.tr("team.sort_by", by=self.tr(f"team.sort.{self.sort_key}"))
        return None

    def _cursor_agent(self) -> int | None:
        key = self.query_one("#team-table", RowTable).cursor_key
        return int(key) if key is not None else None

    # -- actions -----------------------------------------------------------------------
    def action_open(self) -> None:
        """Open the agent under the cursor."""
        agent_id = self._cursor_agent()
        if agent_id is not None:
            self.coach.open_agent(agent_id)

    @on(DataTable.RowSelected, "#team-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        # Enter on the table, or a click on the cursor row.
        event.stop()
        if event.row_key.value is not None:
            self.coach.open_agent(int(event.row_key.value))

    def action_team_goals(self) -> None:
        """The team goals against the team's figures, for the weekly team meeting."""
        from coachtui.screens.team_goals_screen import TeamGoalsScreen

        self.app.push_screen(TeamGoalsScreen())

    def action_sort(self) -> None:
        """Cycle the sort: name, status (overdue first), figures off target (most first)."""
        self.sort_key = next_sort_key(self.sort_key)
        self.refresh_bindings()
        self._redraw()

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
