"""Erase an agent for good (right to erasure): what goes, then type their name to confirm.

The erasure runs in a worker thread on the workspace's connection for workers, because it
rewrites the whole file (VACUUM) and the screen must not freeze meanwhile. Afterwards the app goes
back to the team overview, where the agent is no longer listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Input, Label, Static

from coachtui.errors import NotFoundError, UserError
from coachtui.model import Agent
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import agents, privacy
from coachtui.services.privacy import confirms_erasure
from coachtui.services.workspace import Workspace
from coachtui.texts import has_text

if TYPE_CHECKING:
    from coachtui.services.privacy import ErasureReport
    from coachtui.services.workspace import Workspace

class EraseAgentScreen(CoachScreen):
    """Shows what an erasure removes and erases once the agent's first name is typed."""

    CSS_PATH = stylesheet("erase_screen.tcss")
    PALETTE_AREA_KEY = "erase.palette"
    BINDINGS = [
        # priority: Enter must reach the screen although the name field has the focus.
        Binding("enter", "erase", "Erase for good", id="erase.confirm", priority=True,
                tooltip="Erase the agent once their first name is typed"),
        Binding("escape", "cancel", "Cancel", id="erase.cancel", tooltip="Keep the agent"),
    ]

    def __init__(self, agent_id: int) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.agent: Agent | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="erase-title", classes="section-title")
        yield Label(id="erase-what")
        yield Static(id="erase-preview")
        yield Static(id="erase-warning")
        yield Label(id="erase-prompt")
        yield Input(id="erase-input")
        yield Static(id="erase-message")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#erase-input", Input).cursor_blink = self.coach.cursor_blink

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self.query_one("#erase-input", Input).focus()

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Re-read the agent and what would be erased; in agent view, show only a refusal."""
        super().refresh_data()
        message = self.query_one("#erase-message", Static)
        parts = ("#erase-what", "#erase-preview", "#erase-warning", "#erase-prompt",
                 "#erase-input")
        try:
            self.agent = agents.agent(self.journal, self.agent_id)
        except NotFoundError:
            self.agent = None
        refusal = ""
        if self.coach.agent_view:
            refusal = self.tr("erase.agent_view")
        elif self.agent is None:
            refusal = self.tr("erase.unknown")
        for selector in parts:
            self.query_one(selector).display = not refusal
        self.query_one("#erase-title", Label).display = self.agent is not None
        if refusal:
            message.update(refusal)
            return
        agent = self.agent
        assert agent is not None
        self.query_one("#erase-title", Label).update(
            plain(self.tr("erase.title", name=agent.name, email=agent.email)))
        self.query_one("#erase-what", Label).update(self.tr("erase.what"))
        self.query_one("#erase-preview", Static).update(self._preview())
        self.query_one("#erase-warning", Static).update(self.tr("erase.warning"))
        self.query_one("#erase-prompt", Label).update(
            plain(self.tr("erase.type_prompt", first=agent.name.split()[0])))
        self.query_one("#erase-input", Input).placeholder = self.tr("erase.placeholder")
        if not self.busy:
            message.update("")

    def _preview(self) -> Table:
        """Rows per table, named in words, in reading order."""
        table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
        table.add_column(self.tr("erase.col.what"))
        table.add_column(self.tr("erase.col.rows"), justify="right")
        for name, count in privacy.erasure_preview(self.journal, self.agent_id):
            key = f"erase.table.{name}"
            table.add_row(self.tr(key) if has_text(key) else name, str(count))
        return table

    # -- actions -----------------------------------------------------------------------
    def action_erase(self) -> None:
        """Erase when the typed text names the agent; otherwise say so and erase nothing."""
        if self.busy or self.agent is None or self.coach.agent_view:
            return
        field = self.query_one("#erase-input", Input)
        message = self.query_one("#erase-message", Static)
        if not confirms_erasure(self.agent, field.value):
            message.update(plain(self.tr("erase.mismatch", text=field.value.strip(),
                                         name=self.agent.name), style="bold"))
            return
        self.busy = True
        field.disabled = True
        message.update(self.tr("erase.busy"))
        workspace: Workspace = self.coach.workspace
        self.run_worker(lambda: self._erase(workspace), thread=True, exclusive=True,
                        group="erase")

    def _erase(self, workspace: Workspace) -> None:
        """Worker thread: erase through the workspace's own connection for workers (SQLite
        stays per thread; the window knows the change as its own)."""
        replica_url = self.coach.settings.replica_url
        try:
            with workspace.worker_journal() as journal:
                report = privacy.erase_agent(journal, self.agent_id, replica_url)
        except UserError as exc:
            self.app.call_from_thread(self._failed, exc.text(self.lang))
            return
        self.app.call_from_thread(self._erased, report)

    def _failed(self, reason: str) -> None:
        self.busy = False
        self.query_one("#erase-input", Input).disabled = False
        self.query_one("#erase-message", Static).update(
            plain(self.tr("erase.failed", reason=reason), style="bold"))

    def _erased(self, report: ErasureReport) -> None:
        """Back to the team overview, which no longer lists the agent."""
        from coachtui.screens.team import TeamScreen

        coach = self.coach
        if coach.current_agent_id == self.agent_id:
            coach.current_agent_id = None
        name = shown(report.agents[0].name) if report.agents else ""
        while len(coach.screen_stack) > 1 and not isinstance(coach.screen, TeamScreen):
            coach.pop_screen()
        if isinstance(coach.screen, TeamScreen):
            coach.screen.refresh_data()
        coach.notify(coach.tr("erase.done", name=name, rows=report.total), timeout=8,
                     markup=False)
        if not report.file_cleaned:
            coach.notify(coach.tr("privacy.not_scrubbed"), severity="warning", timeout=12,
                         markup=False)
        notice = report.replica
        if notice.key:
            coach.notify(coach.tr(notice.key, **notice.values), timeout=12, markup=False,
                         severity="warning" if notice.warning else "information")

    def action_cancel(self) -> None:
        """Leave without erasing."""
        if not self.busy:
            self.app.pop_screen()
