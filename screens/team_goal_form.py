"""The small form that sets a team goal from the team goals screen: team, metric from the
catalogue, target, first and last month, an optional text and the contact center's KPI it
serves. It saves through the same service as `coachtui team-goal add`, with the same
refusals (1-2 team goals at a time, the period's order, an unknown metric), shown in the
form in one sentence; nothing is saved until every value is right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.suggester import SuggestFromList
from textual.widgets import Input

from coachtui.model import add_months
from coachtui.screens.agent_form import FormDialog
from coachtui.screens.stylesheets import stylesheet
from coachtui.services import team_goals as team_goal_service
from coachtui.services.agents import known_teams
from coachtui.services.team_goals import TeamGoal

if TYPE_CHECKING:
    from coachtui.services import Journal


class TeamGoalForm(FormDialog[TeamGoal]):
    """Set a team goal for a period (Ctrl+S saves, Escape closes)."""

    # seven fields of one line each, so the form and its refusal line fit 80x24
    CSS_PATH = [stylesheet("agent_form.tcss"), stylesheet("team_goal_form.tcss")]

    def __init__(self, journal: Journal, lang: str, month: str, team: str = "") -> None:
        super().__init__(journal, lang)
        self.month = month
        self.teams = known_teams(journal)
        self.team = team or (self.teams[0] if len(self.teams) == 1 else "")
        self.metrics = team_goal_service.metric_choices(journal)

    def heading(self) -> str:
        """The form's title."""
        return self.tr("tgf.title")

    def fields(self) -> ComposeResult:
        """Team, metric, target, from, until, text, serves."""
        words = [m.label(self.lang) for m in self.metrics] + [m.key for m in self.metrics]
        yield self.row(self.tr("tgf.team"), Input(
            self.team, id="tgf-team", placeholder=", ".join(self.teams),
            suggester=SuggestFromList(self.teams, case_sensitive=False)))
        yield self.row(self.tr("tgf.metric"), Input(
            id="tgf-metric", placeholder=", ".join(m.key for m in self.metrics[:6]) + ", …",
            suggester=SuggestFromList(words, case_sensitive=False)))
        yield self.row(self.tr("tgf.target"), Input(id="tgf-target",
                                                    placeholder=self.tr("tgf.target_hint")))
        yield self.row(self.tr("tgf.from"), Input(self.month, id="tgf-from",
                                                  placeholder="YYYY-MM"))
        yield self.row(self.tr("tgf.until"), Input(add_months(self.month, 2), id="tgf-until",
                                                   placeholder="YYYY-MM"))
        yield self.row(self.tr("tgf.text"), Input(id="tgf-text",
                                                  placeholder=self.tr("tgf.optional")))
        yield self.row(self.tr("tgf.serves"), Input(id="tgf-serves",
                                                    placeholder=self.tr("tgf.serves_hint")))

    def on_mount(self) -> None:
        """Start in the first empty field (the metric when the team is known)."""
        super().on_mount()
        if self.team:
            self.call_after_refresh(self.query_one("#tgf-metric", Input).focus)

    def save(self) -> TeamGoal | None:
        """Set the team goal through the service (refusals raise UserError)."""
        return team_goal_service.add_team_goal(
            self.journal, self.text("#tgf-team"),
            team_goal_service.metric_key(self.journal, self.text("#tgf-metric")),
            self.text("#tgf-target"), self.text("#tgf-from").strip(),
            self.text("#tgf-until").strip(), self.text("#tgf-text"), self.text("#tgf-serves"))
