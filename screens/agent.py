"""The agent page: figures against target over time, smileys, talks, open goals, recent notes."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Header, Label, Static

from coachtui.errors import NotFoundError
from coachtui.model import MetricDefinition, TargetStatus
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.signed_figures import SignedFigures
from coachtui.screens.widgets.trend import trend_text
from coachtui.services.agent_summary import AgentSummary, agent_summary
from coachtui.services.catalogue import catalogue
from coachtui.services.signing import figure_differences

STATUS_SYMBOL = {TargetStatus.MET: "✓", TargetStatus.MISSED: "✗",
                 TargetStatus.NO_TARGET: "○", TargetStatus.MISSING: "?"}
STATUS_STYLE = {TargetStatus.MET: "green", TargetStatus.MISSED: "bold red",
                TargetStatus.NO_TARGET: "", TargetStatus.MISSING: "yellow"}


class AgentScreen(CoachScreen):
    """One agent: what the talk this month is about, and the history behind it."""

    CSS_PATH = stylesheet("agent.tcss")
    PALETTE_AREA_KEY = "agent.palette"
    BINDINGS = [
        Binding("t", "start_talk", "Start talk", id="agent.start_talk",
                tooltip="Start this month's talk, or continue the draft"),
        # priority: shown in the footer although the list of talks has the focus.
        Binding("enter", "open_session", "Open talk", id="agent.open_session",
                tooltip="Open the talk under the cursor", priority=True),
        Binding("i", "import_figures", "Import figures", id="agent.import",
                tooltip="Bring the month's figures up to date from the last source"),
        Binding("n", "notes", "Notes", id="agent.notes",
                tooltip="The agent's notes: edit, delete, undo"),
        Binding("q", "evaluate", "Evaluate contact", id="agent.qm",
                tooltip="Score one of the agent's contacts on the QM form"),
        Binding("m", "competence", "Competence", id="agent.competence",
                tooltip="The competence KPI: skills of the agent's phase, points and level"),
        Binding("E", "erase_agent", "Erase agent", id="agent.erase",
                tooltip="Erase this agent and every trace of them for good"),
        Binding("escape", "back", "Back", id="agent.back", tooltip="Back to the team"),
    ]

    def __init__(self, agent_id: int) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.summary: AgentSummary | None = None
        self._sessions_shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="agent-heading", classes="section-title")
        yield Label(id="agent-talk-line", classes="hint")
        with VerticalScroll(id="agent-body"):
            yield Label(id="agent-figures-title", classes="section-title")
            yield Static(id="agent-figures")
            yield Static(id="agent-missing", classes="hint")
            yield SignedFigures(id="agent-signed-figures")
            yield Label(id="agent-smileys")
            with Horizontal(id="agent-columns"):
                with Vertical(id="agent-left"):
                    yield Label(id="agent-sessions-title", classes="section-title")
                    yield DataTable(id="agent-sessions", cursor_type="row")
                with Vertical(id="agent-right"):
                    yield Label(id="agent-goals-title", classes="section-title")
                    yield Static(id="agent-goals")
                    yield Label(id="agent-notes-title", classes="section-title")
                    yield Static(id="agent-rq", classes="hint")
                    yield Static(id="agent-notes")
        yield Footer(compact=True)  # eleven keys: the roomy footer would cut the last ones

    def on_screen_resume(self) -> None:
        # Read the agent when the page shows and on every return to it (a talk may just
        # have been started or signed).
        self.refresh_data()
        self.query_one("#agent-sessions", DataTable).focus(scroll_visible=False)

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Re-read the agent from the journal; private notes only outside agent view."""
        super().refresh_data()
        try:
            self.summary = agent_summary(self.journal, self.agent_id, self.coach.review_month,
                                         include_private=not self.coach.agent_view)
        except NotFoundError:
            self.summary = None
            self.query_one("#agent-heading", Label).update(self.tr("agent.unknown"))
            return
        summary = self.summary
        agent = summary.agent
        self.query_one("#agent-heading", Label).update(
            plain(self.tr("agent.heading", name=agent.name, team=agent.team or "–")))
        self.query_one("#agent-talk-line", Label).update(self._talk_line(summary))
        self._show_figures(summary)
        self.query_one(SignedFigures).show(  # signed talks keep their figures: show both
            figure_differences(self.journal, self.agent_id),
            {m.key: m for m in self.journal.metrics(active_only=False)}, self.lang)
        self._show_sessions(summary)
        self._show_goals(summary)
        self._show_notes(summary)

    def _talk_line(self, summary: AgentSummary) -> str:
        month = summary.review_month
        signed = next((s for s in summary.sessions
                       if s.month == month and s.signed and s.kind.value == "monthly"), None)
        if summary.draft is not None:
            state = self.tr("agent.talk_state.draft", step=summary.draft.step)
        elif signed is not None:
            day = signed.held_on.isoformat() if signed.held_on else month
            state = self.tr("agent.talk_state.signed", date=day)
        else:
            state = self.tr("agent.talk_state.none")
        return self.tr("agent.review_line", month=month, state=state)

    def describe_binding(self, binding_id: str) -> str | None:
        """The `t` key says whether it starts a new talk or continues the draft."""
        if binding_id == "agent.start_talk" and self.summary is not None and self.summary.draft:
            return self.tr("agent.continue_talk")
        return None

    def _show_figures(self, summary: AgentSummary) -> None:
        self.query_one("#agent-figures-title", Label).update(
            self.tr("agent.figures_title", n=len(summary.months)))
        figures = self.query_one("#agent-figures", Static)
        missing = self.query_one("#agent-missing", Static)
        if not summary.has_figures:
            figures.update(self.tr("agent.no_figures"))
            missing.display = False
        else:
            figures.update(self._figure_table(summary))
            absent = [t.metric.label(self.lang) for t in summary.trends
                      if t.status is TargetStatus.MISSING]
            missing.update(plain(self.tr("agent.missing_month", month=summary.review_month,
                                         metrics=", ".join(absent))))
            missing.display = bool(absent)
        smileys = summary.smileys
        if smileys is None:
            line = self.tr("agent.smileys_missing", month=summary.review_month)
        else:
            share = smileys.green_share
            line = self.tr("agent.smileys", month=summary.review_month, red=smileys.red,
                           yellow=smileys.yellow, green=smileys.green,
                           share="–" if share is None else f"{share:.0f}%")
        self.query_one("#agent-smileys", Label).update(line)

    def _figure_table(self, summary: AgentSummary) -> Table:
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        table.add_column(self.tr("agent.col.metric"), no_wrap=True)
        table.add_column(self.tr("agent.col.trend"), no_wrap=True)
        table.add_column(self.tr("agent.col.value", month=summary.review_month), justify="right")
        table.add_column(self.tr("agent.col.target"), justify="right")
        table.add_column(self.tr("agent.col.status"), no_wrap=True)
        for trend in summary.trends:
            metric = trend.metric
            status = Text(f"{STATUS_SYMBOL[trend.status]} {self.tr(f'target.{trend.status}')}",
                          style=STATUS_STYLE[trend.status])
            table.add_row(
                self._metric_cell(metric),
                trend_text(trend.values, trend.target, good_when_higher=metric.higher_is_better),
                metric.format(trend.value),
                metric.format(trend.target) if trend.target is not None else "–",
                status,
            )
        legend = Text(self.tr("agent.legend"), style="dim")
        out = Table.grid()
        out.add_row(table)
        out.add_row(legend)
        return out

    def _metric_cell(self, metric: MetricDefinition) -> Text:
        cell = Text(metric.label(self.lang))
        if not metric.higher_is_better:
            cell.append("\n" + self.tr("agent.lower_is_better"), style="dim")
        return cell

    def _show_sessions(self, summary: AgentSummary) -> None:
        self.query_one("#agent-sessions-title", Label).update(self.tr("agent.sessions_title"))
        columns = tuple(self.tr(f"agent.col.{c}")
                        for c in ("month", "kind", "held_on", "session_status"))
        rows = tuple(
            (str(s.id), s.month, self.tr(f"kind.{s.kind}"),
             s.held_on.isoformat() if s.held_on else "–", self.tr(f"status.{s.status}"))
            for s in summary.sessions
        ) or (("", self.tr("agent.no_sessions"), "", "", ""),)
        if (columns, rows) == self._sessions_shown:
            return  # unchanged (e.g. agent view toggled): keep the cursor where it is
        self._sessions_shown = (columns, rows)
        table = self.query_one("#agent-sessions", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        for column in columns:
            table.add_column(column)
        for key, *cells in rows:
            table.add_row(*map(plain_cell, cells), key=key or None)
        table.move_cursor(row=min(max(cursor, 0), len(rows) - 1))

    def _show_goals(self, summary: AgentSummary) -> None:
        self.query_one("#agent-goals-title", Label).update(self.tr("agent.goals_title"))
        lines = [
            "• " + self.tr("agent.goal_line", what=shown(goal.what or "–"),
                           deadline=goal.deadline.isoformat() if goal.deadline else "–")
            for goal in summary.open_goals
        ]
        self.query_one("#agent-goals", Static).update(
            Text("\n".join(lines)) if lines else Text(self.tr("agent.no_goals"), style="dim"))

    def _show_notes(self, summary: AgentSummary) -> None:
        self.query_one("#agent-notes-title", Label).update(self.tr("agent.notes_title"))
        rq = summary.relation
        self.query_one("#agent-rq", Static).update(
            self.tr("agent.rq_none") if rq is None else self.tr(
                "agent.rq", share=f"{rq.share:.0f}%", good=rq.kept_or_strengthened,
                observed=rq.observed))
        factors = {f.key: f.label(self.lang) for f in catalogue(self.journal).factors}
        text = Text()
        for note in reversed(summary.notes):  # oldest first: a timeline reads forward
            if text:
                text.append("\n")
            # Spaces end a segment rather than start one: Textual drops a space that
            # opens a new style run.
            text.append(note.created_at.strftime("%Y-%m-%d") + " ", style="bold")
            if note.rating is not None:
                text.append(f"[{note.rating.value}] ")
            if note.factor:
                text.append(f"{shown(factors.get(note.factor, note.factor))}: ", style="italic")
            text.append(shown(note.text, multiline=True) + " ")
            if note.private:
                text.append(f"({self.tr('agent.private')})", style="bold yellow")
        if not summary.notes:
            text = Text(self.tr("agent.no_notes"), style="dim")
        self.query_one("#agent-notes", Static).update(text)

    # -- actions -----------------------------------------------------------------------
    def action_start_talk(self) -> None:
        """Start this month's talk, or continue the draft where it was left.

        When the talk about the review month is already signed, the next one is about the
        current month (a talk held early): that is asked first, so a look does not leave
        a draft behind.
        """
        if self.summary is None:
            return
        month = self.coach.talk_month(self.agent_id)
        review = self.coach.review_month
        if month == review or self.journal.draft_for(self.agent_id, month) is not None:
            self.coach.start_talk(self.agent_id)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.coach.start_talk(self.agent_id)

        from coachtui.screens.widgets.confirm import Confirm

        self.app.push_screen(Confirm(self.tr("agent.early_talk", review=review, month=month),
                                     f"{self.tr('app.confirm.yes')}   "
                                     f"{self.tr('app.confirm.no')}"),
                             callback=answer)

    def action_import_figures(self) -> None:
        """Refresh the month's figures from the source used last (or choose one)."""
        from coachtui.screens.import_screen import refresh_from_last_source

        refresh_from_last_source(self.app, self.coach.review_month, self.agent_id)

    def action_notes(self) -> None:
        """The agent's notes, to correct or delete."""
        from coachtui.screens.notes_screen import NotesScreen

        self.app.push_screen(NotesScreen(self.agent_id))

    def action_evaluate(self) -> None:
        """Score one of the agent's contacts on the QM form."""
        from coachtui.screens.qm_screen import QmScreen

        self.app.push_screen(QmScreen(self.agent_id))

    def action_competence(self) -> None:
        """The agent's competence KPI."""
        from coachtui.screens.competence_screen import CompetenceScreen

        self.app.push_screen(CompetenceScreen(self.agent_id))

    def action_erase_agent(self) -> None:
        """Erase the agent (right to erasure); never while the agent reads along."""
        if self.coach.agent_view:
            self.notify(self.tr("erase.agent_view"), severity="warning", markup=False)
            return
        from coachtui.screens.erase_screen import EraseAgentScreen

        self.app.push_screen(EraseAgentScreen(self.agent_id))

    def action_open_session(self) -> None:
        """Open the talk under the cursor in the list of talks."""
        table = self.query_one("#agent-sessions", DataTable)
        if self.summary and 0 <= table.cursor_row < len(self.summary.sessions):
            session_id = self.summary.sessions[table.cursor_row].id
            if session_id is not None:
                self.coach.open_session(session_id)

    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()

    @on(DataTable.RowSelected, "#agent-sessions")
    def _open_session(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key is not None and key.isdigit():
            self.coach.open_session(int(key))
