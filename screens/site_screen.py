"""The site overview: several team leads' journals (or replicas) read side by side.

It reads the journals named in the setting `site.journals` (a replica is restored into the
cache folder first) in a worker thread, every one read-only, and shows per team the agents,
the talks done and due, how many agents meet each target and the team goals against the
team's figure; above them the totals and the calibration IRR across the journals. A
journal that cannot be read is one sentence; the others are still shown. Counts, team
averages and agreement rates only: never a note, never an individual figure.
"""

from __future__ import annotations

import dataclasses

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Label, Static
from textual.worker import get_current_worker

from coachtui.model import qm_scoring
from coachtui.model.number_format import decimal_text
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.services.site import (
    SiteView,
    TeamGoalLine,
    TeamSummary,
    add_team_goals,
    default_cache,
    site_view,
)
from coachtui.settings import site_sources


class SiteScreen(CoachScreen):
    """Every team of the configured journals, read-only; `r` reads them again."""

    CSS_PATH = stylesheet("site_screen.tcss")
    PALETTE_AREA_KEY = "site.palette"
    BINDINGS = [
        Binding("r", "refresh", "Refresh", id="site.refresh",
                tooltip="Read the journals (and replicas) again"),
        Binding("escape", "back", "Back", id="site.back", tooltip="Back to the team"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view: SiteView | None = None  # the last reading, redrawn on F3
        self.reading = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="site-title", classes="section-title")
        yield Static(id="site-summary")
        with VerticalScroll(id="site-body"):
            yield Static(id="site-content")
        yield Footer()

    def on_mount(self) -> None:
        # (CoachScreen's own on_mount runs too: Textual calls each class's handler)
        self.query_one("#site-body", VerticalScroll).focus()  # arrows and PgDn scroll it
        self.action_refresh()

    @property
    def sources(self) -> list[str]:
        """The journals and replicas the setting `site.journals` names."""
        return site_sources(self.coach.settings.site_journals)

    # -- reading ---------------------------------------------------------------------------
    def action_refresh(self) -> None:
        """Read every configured journal again (in a worker: replicas may take a while)."""
        sources = self.sources
        if not sources:
            self.view = None
            self.refresh_data()
            return
        self.reading = True
        self.view = None
        self.query_one("#site-body", VerticalScroll).loading = True
        self.refresh_data()
        self._read(sources, self.coach.review_month)

    @work(thread=True, exclusive=True, group="site")
    def _read(self, sources: list[str], month: str) -> None:
        # First the counts and the IRR (quick), shown at once; then the team goals (each
        # member's figures: the heavier part) into a copy, shown when read.
        # A reading replaced by a newer one (r again) is dropped, never shown.
        worker = get_current_worker()
        view = site_view(sources, month, default_cache(), keep_going=True, team_goals=False)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, view)
        complete = dataclasses.replace(view)
        add_team_goals(complete, month, keep_going=True)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, complete)

    def _loaded(self, view: SiteView) -> None:
        if not self.is_mounted:
            return
        self.view = view
        self.reading = not view.team_goals_read
        self.query_one("#site-body", VerticalScroll).loading = False
        self.refresh_data()

    # -- drawing ---------------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Draw the last reading in the current language (nothing is read again here)."""
        super().refresh_data()
        self.query_one("#site-title", Label).update(
            self.tr("site.screen.title", month=self.coach.review_month))
        summary = self.query_one("#site-summary", Static)
        content = self.query_one("#site-content", Static)
        sources = self.sources
        if self.coach.agent_view:  # the agent reads along: other teams are not for them
            summary.update("")
            content.update(Text(self.tr("site.screen.agent_view"), style="bold"))
            return
        if not sources:
            summary.update("")
            content.update(Text(self.tr("site.screen.empty"), style="dim"))
            return
        if self.view is None:
            summary.update(Text(self.tr("site.screen.loading", count=len(sources))))
            content.update("")
            return
        summary.update(self._summary(self.view))
        content.update(Group(*[self._team(self.view, self.view.teams[name])
                               for name in sorted(self.view.teams)]))

    def _percent(self, value: float | None) -> str:
        rounded = qm_scoring.rounded(value)
        return "–" if rounded is None else decimal_text(rounded, 1, self.lang) + "%"

    def _summary(self, view: SiteView) -> Group:
        lines: list[RenderableType] = []
        for problem in view.unreadable:
            lines.append(Text("✗ " + problem.error.text(self.lang), style="bold red"))
        if not view.journals:
            lines.append(Text(self.tr("site.screen.none_read"), style="bold"))
            return Group(*lines)
        lines.append(Text(self.tr(
            "site.screen.totals", journals=view.journals, teams=len(view.teams),
            agents=view.agents, done=view.talks_done, due=view.talks_due), style="bold"))
        if not view.team_goals_read:
            lines.append(Text(self.tr("site.screen.goals_reading"), style="dim"))
        elif view.team_goals:
            lines.append(Text(self.tr("site.screen.goals", count=len(view.team_goals),
                                      met=sum(bool(g.met) for g in view.team_goals))))
        else:
            lines.append(Text(self.tr("site.screen.goals_none"), style="dim"))
        latest = view.irr.latest
        if latest is None:
            lines.append(Text(self.tr("site.screen.irr_none"), style="dim"))
        else:
            owner, found = latest
            who = shown(owner.lead) if owner.lead else ", ".join(
                shown(t) or self.tr("site.no_team") for t in owner.teams)
            lines.append(Text(self.tr(
                "site.screen.irr", latest=self._percent(found.irr), date=found.held_on,
                lead=who, rounds=view.irr.rounds, overall=self._percent(view.irr.overall))))
        return Group(*lines)

    def _team(self, view: SiteView, team: TeamSummary) -> Group:
        who = shown(team.lead) if team.lead else ", ".join(shown(j) for j in team.journals)
        heading = Text(self.tr(
            "site.screen.team", team=shown(team.team) or self.tr("site.no_team"), lead=who,
            agents=team.agents, done=team.talks_done, due=team.talks_due), style="bold")
        table = Table(box=None, padding=(0, 1), show_edge=False, header_style="dim",
                      pad_edge=False)
        table.add_column(self.tr("site.screen.col.metric"), ratio=1, overflow="fold")
        table.add_column(self.tr("site.screen.col.on_target"), no_wrap=True, justify="right")
        goals = [g for g in view.team_goals if g.team == team.team]
        if goals:  # the team goal columns only for a team with team goals
            table.add_column(self.tr("site.screen.col.goal"), no_wrap=True)
            table.add_column(self.tr("site.screen.col.figure"), no_wrap=True)
        for key, count in team.on_target.items():
            with_target = team.with_target.get(key, 0)
            on = (self.tr("site.screen.of", count=count, agents=with_target)
                  if with_target else "–")
            mine: list[TeamGoalLine | None] = [g for g in goals if g.metric == key]
            for goal in mine or [None]:
                cells = self._goal_cells(view, goal) if goals else ()
                table.add_row(self._label(view, key), on, *cells)
        for goal in goals:  # a team goal on a metric no longer in use
            if goal.metric not in team.on_target:
                table.add_row(self._label(view, goal.metric), "–",
                              *self._goal_cells(view, goal))
        return Group(heading, table, Text(""))

    def _label(self, view: SiteView, key: str) -> Text:
        metric = view.metrics.get(key)
        return Text(shown(metric.label(self.lang)) if metric else key)

    def _value(self, view: SiteView, key: str, value: float | None) -> str:
        metric = view.metrics.get(key)
        if metric is None:
            return "–" if value is None else f"{value:g}"
        return metric.format(value, self.lang)

    def _goal_cells(self, view: SiteView, goal: TeamGoalLine | None) -> tuple[Text, ...]:
        if goal is None:
            return Text(""), Text("")
        metric = view.metrics.get(goal.metric)
        higher = metric.higher_is_better if metric else True
        target = Text(("≥ " if higher else "≤ ") + self._value(view, goal.metric, goal.target))
        target.append(f" {goal.from_month[2:]}–{goal.until_month[2:]}", style="dim")
        if goal.figure is None or goal.month is None:
            return target, Text("–", style="dim")
        figure = Text(self._value(view, goal.metric, goal.figure) + " ")
        figure.append("✓" if goal.met else "✗", style="green" if goal.met else "red")
        figure.append(f" ({goal.month[2:]})", style="dim")
        return target, figure

    # -- leaving ---------------------------------------------------------------------------
    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()
