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
from coachtui.model import Agent, MetricDefinition, TargetStatus
from coachtui.model.chart import trend_chart
from coachtui.model.choices import Cadence
from coachtui.model.number_format import optional_percent, percent_text
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.signed_figures import SignedFigures
from coachtui.screens.widgets.trend import CHART_MONTHS, chart_text, month_header
from coachtui.services.absence import absence_overview, days_text
from coachtui.services.agent_summary import AgentSummary, agent_summary
from coachtui.services.catalogue import catalogue
from coachtui.services.signing import figure_differences

_OTHER_TALKS = Binding.Group("agent.other_talks", compact=True)
STATUS_SYMBOL = {TargetStatus.MET: "✓", TargetStatus.MISSED: "✗",
                 TargetStatus.NO_TARGET: "○", TargetStatus.MISSING: "?"}
STATUS_STYLE = {TargetStatus.MET: "green", TargetStatus.MISSED: "bold red",
                TargetStatus.NO_TARGET: "", TargetStatus.MISSING: "yellow"}
# e, b, L and E (the agent's own record) share one footer label: the footer has no room
# for four; each key keeps its own tooltip and its own palette entry.
_DETAILS = Binding.Group("agent.details", compact=True)
# r and I (between talks, on a goal) and q and m (quality) likewise share a label each
_GOAL_KEYS = Binding.Group("agent.goal_keys", compact=True)
_QUALITY = Binding.Group("agent.quality", compact=True)


class AgentScreen(CoachScreen):
    """One agent: what the talk this month is about, and the history behind it."""

    CSS_PATH = stylesheet("agent.tcss")
    PALETTE_AREA_KEY = "agent.palette"
    BINDINGS = [
        Binding("t", "start_talk", "Start talk", id="agent.start_talk",
                tooltip="Start this month's talk, or continue the draft"),
        # the other kinds of talk share one place in the footer ("capx Other talks")
        Binding("c", "start_kind('coaching')", "Coaching", id="agent.start_coaching",
                group=_OTHER_TALKS),
        Binding("a", "start_kind('appraisal')", "Appraisal", id="agent.start_appraisal",
                group=_OTHER_TALKS),
        Binding("p", "start_kind('performance')", "Performance", id="agent.start_performance",
                group=_OTHER_TALKS),
        Binding("x", "start_kind('exit')", "Exit", id="agent.start_exit", group=_OTHER_TALKS),
        Binding("A", "add_agenda", "Agenda", id="agent.add_agenda"),
        # priority: shown in the footer although the list of talks has the focus.
        Binding("enter", "open_session", "Open talk", id="agent.open_session",
                tooltip="Open the talk under the cursor", priority=True),
        Binding("i", "import_figures", "Import figures", id="agent.import",
                tooltip="Bring the month's figures up to date from the last source"),
        Binding("n", "notes", "Notes", id="agent.notes",
                tooltip="The agent's notes: edit, delete, undo"),
        Binding("e", "edit_agent", "Edit", id="agent.edit",
                tooltip="Change the name, e-mail, team or cadence", group=_DETAILS),
        Binding("b", "record_absence", "Absence", id="agent.absence",
                tooltip="Record an absence by its dates", group=_DETAILS),
        Binding("L", "leave", "Leave", id="agent.leave",
                tooltip="Record the date the agent leaves", group=_DETAILS),
        Binding("E", "erase_agent", "Erase agent", id="agent.erase",
                tooltip="Erase this agent and every trace of them for good", group=_DETAILS),
        Binding("y", "year", "Year", id="agent.year",
                tooltip="The twelve months up to the last full month on one page"),
        Binding("r", "goal_progress", "Progress", id="agent.progress",
                tooltip="A dated progress remark on an open goal", group=_GOAL_KEYS),
        Binding("I", "goal_incident", "Incident", id="agent.incident",
                tooltip="Log an incident against a behaviour goal", group=_GOAL_KEYS),
        Binding("q", "evaluate", "Evaluate contact", id="agent.qm",
                tooltip="Score one of the agent's contacts on the QM form", group=_QUALITY),
        Binding("m", "competence", "Competence", id="agent.competence",
                tooltip="The competence KPI: skills of the agent's phase, points and level",
                group=_QUALITY),
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
                    yield Label(id="agent-absence-title", classes="section-title")
                    yield Static(id="agent-absence")
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
                                         months=CHART_MONTHS,
                                         include_private=not self.coach.agent_view)
        except NotFoundError:
            self.summary = None
            self.query_one("#agent-heading", Label).update(self.tr("agent.unknown"))
            return
        summary = self.summary
        agent = summary.agent
        self.query_one("#agent-heading", Label).update(plain(self._heading(agent)))
        self.query_one("#agent-talk-line", Label).update(self._talk_line(summary))
        self._show_figures(summary)
        self.query_one(SignedFigures).show(  # signed talks keep their figures: show both
            figure_differences(self.journal, self.agent_id),
            {m.key: m for m in self.journal.metrics(active_only=False)}, self.lang)
        self._show_sessions(summary)
        self._show_goals(summary)
        self._show_absence(summary.review_month)
        self._show_notes(summary)

    def _heading(self, agent: Agent) -> str:
        """Name and team; a cadence other than monthly, and the date of leaving, after."""
        parts = [self.tr("agent.heading", name=agent.name, team=agent.team or "–")]
        if agent.cadence is not Cadence.MONTHLY:
            parts.append(self.tr(f"agents.cadence.{agent.cadence.value}"))
        if not agent.active and agent.employment_end is not None:
            parts.append(self.tr("agents.left_on", on=agent.employment_end.isoformat()))
        return " · ".join(parts)

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
                           share=optional_percent(share, 0, self.lang))
        self.query_one("#agent-smileys", Label).update(line)

    def _figure_table(self, summary: AgentSummary) -> Table:
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
        charts = [trend_chart(t.metric, summary.months, t.values,
                              t.targets or [None] * len(t.values), self.lang)
                  for t in summary.trends]
        table.add_column(self.tr("agent.col.metric"))  # wraps only where 80 columns need it
        # the chart's month labels are its column's heading: one row of labels for all
        axis = max((c.axis_width for c in charts), default=0)
        table.add_column(month_header(charts[0], axis) if charts else "", no_wrap=True)
        # each row is two lines high (the chart's): the month's value with its status
        # under it, so the table fits 80 columns
        table.add_column(self.tr("agent.col.value", month=summary.review_month), no_wrap=True)
        table.add_column(self.tr("agent.col.target"), justify="right", no_wrap=True)
        for trend, chart in zip(summary.trends, charts, strict=True):
            metric = trend.metric
            value = Text(metric.format(trend.value, self.lang) + "\n")
            value.append(f"{STATUS_SYMBOL[trend.status]} {self.tr(f'target.{trend.status}')}",
                         style=STATUS_STYLE[trend.status])
            table.add_row(
                self._metric_cell(metric),
                chart_text(chart, labels=False, axis_width=axis),
                value,
                metric.format(trend.target, self.lang),
            )
        legend = Text(self.tr("charts.legend"), style="dim")
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
        from coachtui.screens.agent_goals import goals_text
        from coachtui.services.goals import open_goals

        self.query_one("#agent-goals-title", Label).update(self.tr("agent.goals_title"))
        found = open_goals(self.journal, self.agent_id)
        metrics = {m.key: m for m in self.journal.metrics(active_only=False)}
        self.query_one("#agent-goals", Static).update(
            goals_text(found, metrics, self.lang) if found
            else Text(self.tr("agent.no_goals"), style="dim"))

    def action_goal_progress(self) -> None:
        """A dated progress remark on an open goal."""
        from coachtui.screens.agent_goals import ask_goal_note

        ask_goal_note(self, self.agent_id, incident=False, done=self.refresh_data)

    def action_goal_incident(self) -> None:
        """An incident against a behaviour goal (the page warns at its threshold)."""
        from coachtui.screens.agent_goals import ask_goal_note

        ask_goal_note(self, self.agent_id, incident=True, done=self.refresh_data)

    def _show_absence(self, month: str) -> None:
        """Absence by dates only: the days in the review month and the latest periods."""
        self.query_one("#agent-absence-title", Label).update(self.tr("absence.page_title"))
        seen = absence_overview(self.journal, self.agent_id, month)
        if not seen.periods:
            self.query_one("#agent-absence", Static).update(
                Text(self.tr("absence.page_none"), style="dim"))
            return
        lines = [self.tr("absence.page_days", month=month,
                         days=days_text(seen.days_in_month, self.lang))]
        lines += ["• " + self.tr("absence.period", start=p.start.isoformat(),
                                 end=p.end.isoformat() if p.end else "…",
                                 days=days_text(p.days, self.lang))
                  for p in seen.periods[:3]]
        self.query_one("#agent-absence", Static).update(Text("\n".join(lines)))

    def _show_notes(self, summary: AgentSummary) -> None:
        self.query_one("#agent-notes-title", Label).update(self.tr("agent.notes_title"))
        rq = summary.relation
        self.query_one("#agent-rq", Static).update(
            self.tr("agent.rq_none") if rq is None else self.tr(
                "agent.rq", share=percent_text(rq.share, 0, self.lang),
                good=rq.kept_or_strengthened, observed=rq.observed))
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

    def action_start_kind(self, kind: str) -> None:
        """Start a coaching moment, appraisal, performance or exit talk about this month,
        or continue its draft."""
        from coachtui import clock
        from coachtui.model import SessionKind
        from coachtui.screens.talk import TalkScreen
        from coachtui.services import talks

        session = talks.start_talk(self.journal, self.agent_id, clock.current_month(),
                                   SessionKind(kind))
        if session.id is not None:
            self.coach.current_agent_id = self.agent_id
            self.app.push_screen(TalkScreen(session.id))

    def action_add_agenda(self) -> None:
        """A topic for the next talk (the agent's own while the agent view is on)."""
        from coachtui.screens.widgets.text_prompt import TextPrompt
        from coachtui.services import talks

        def save(text: str | None) -> None:
            if not text or not text.strip():
                return
            talks.add_agenda_item(self.journal, self.agent_id, text,
                                  by_agent=self.coach.agent_view)
            self.notify(self.tr("kinds.agenda.added"), markup=False)
            self.refresh_data()

        self.app.push_screen(TextPrompt(self.tr("kinds.agenda.prompt")), callback=save)

    def action_import_figures(self) -> None:
        """Refresh the month's figures from the source used last (or choose one)."""
        from coachtui.screens.import_screen import refresh_from_last_source

        refresh_from_last_source(self.app, self.coach.review_month, self.agent_id)

    def action_notes(self) -> None:
        """The agent's notes, to correct or delete."""
        from coachtui.screens.notes_screen import NotesScreen

        self.app.push_screen(NotesScreen(self.agent_id))

    def action_edit_agent(self) -> None:
        """Change the agent's name, e-mail, team or cadence (the change log keeps the old)."""
        from coachtui.screens.agent_form import AgentForm

        if self.summary is not None:
            self.app.push_screen(AgentForm(self.journal, self.lang, self.summary.agent),
                                 callback=lambda saved: self._saved(saved, "agents.saved"))

    def action_leave(self) -> None:
        """Record the date the agent leaves (asks to confirm); they leave the overview."""
        from coachtui.screens.agent_form import LeaveForm

        if self.summary is not None:
            self.app.push_screen(LeaveForm(self.journal, self.lang, self.summary.agent),
                                 callback=lambda left: self._saved(left, "agents.left_page"))

    def action_record_absence(self) -> None:
        """Record an absence by its first and last day (no reason, only dates)."""
        from coachtui.screens.agent_form import AbsenceForm

        if self.summary is not None:
            self.app.push_screen(AbsenceForm(self.journal, self.lang, self.summary.agent),
                                 callback=lambda saved: self._saved(saved, "absence.saved"))

    def _saved(self, saved: object, key: str) -> None:
        """After a dialog: re-read the page and say what was saved (nothing on cancel)."""
        if saved is None:
            return
        self.coach.refresh_screens()
        agent = self.summary.agent if self.summary else None
        self.notify(self.tr(key, name=shown(agent.name) if agent else "",
                            on=agent.employment_end if agent else ""), markup=False)
    def action_year(self) -> None:
        """The agent's year overview: the twelve months up to the last full month."""
        from coachtui.screens.year_screen import YearScreen

        self.app.push_screen(YearScreen(self.agent_id))

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

    # what the team lead does about the agent, not with them: hidden while the agent reads
    # along (F2), so the agent page in agent view shows only what the agent may use
    _LEAD_ONLY = frozenset({"start_kind", "edit_agent", "record_absence", "leave",
                            "goal_incident", "evaluate", "erase_agent", "import_figures"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Lead-only keys are switched off (and leave the footer) in agent view."""
        return not (action in self._LEAD_ONLY and self.coach.agent_view)

    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()

    @on(DataTable.RowSelected, "#agent-sessions")
    def _open_session(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key is not None and key.isdigit():
            self.coach.open_session(int(key))
