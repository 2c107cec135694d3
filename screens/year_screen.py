"""One agent's coaching year on one screen (`y` on the agent page): the year overview of
the twelve months up to the last full month; `[` and `]` move the period a month."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Label

from coachtui.errors import NotFoundError
from coachtui.model import add_months
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain
from coachtui.screens.widgets.year_overview import YearOverviewView
from coachtui.services.year import YearOverview, year_overview


class YearScreen(CoachScreen):
    """The year overview of one agent, readable together with the agent."""

    CSS_PATH = stylesheet("year_screen.tcss")
    PALETTE_AREA_KEY = "year.palette"
    BINDINGS = [
        Binding("n", "toggle_notes", "Notes", id="year.notes",
                tooltip="Show or hide the notes on the factors, month by month"),
        Binding("left_square_bracket", "earlier", "Earlier", id="year.earlier",
                tooltip="Move the period one month back"),
        Binding("right_square_bracket", "later", "Later", id="year.later",
                tooltip="Move the period one month forward"),
        Binding("escape", "back", "Back", id="year.back", tooltip="Back to the agent page"),
    ]

    def __init__(self, agent_id: int, until: str | None = None) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.until = until
        self.overview: YearOverview | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="year-heading", classes="section-title")
        yield VerticalScroll(id="year-body")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Re-read the year from the journal and redraw it in the current language."""
        super().refresh_data()
        if self.until is None:
            self.until = self.coach.review_month
        try:
            self.overview = year_overview(self.journal, self.agent_id, self.until)
        except NotFoundError:
            self.overview = None
            self.query_one("#year-heading", Label).update(self.tr("agent.unknown"))
            return
        self.query_one("#year-heading", Label).update(
            plain(self.tr("year.title", name=self.overview.agent.name)))
        views = list(self.query(YearOverviewView).results())
        if views:
            views[0].update_overview(self.overview, self.lang)
        else:
            view = YearOverviewView(self.overview, self.lang, id="year-view")
            self.query_one("#year-body", VerticalScroll).mount(view)
            view.focus()

    # -- actions -----------------------------------------------------------------------
    def action_toggle_notes(self) -> None:
        """Show or hide the notes on the factors."""
        for view in self.query(YearOverviewView).results():
            view.action_toggle_notes()

    def action_earlier(self) -> None:
        """The twelve months ending a month earlier."""
        if self.until is not None:
            self.until = add_months(self.until, -1)
            self.refresh_data()

    def action_later(self) -> None:
        """The twelve months ending a month later (never beyond the last full month)."""
        if self.until is not None and self.until < self.coach.review_month:
            self.until = add_months(self.until, 1)
            self.refresh_data()

    def action_back(self) -> None:
        """Back to the agent page."""
        self.app.pop_screen()
