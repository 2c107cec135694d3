"""The team goals for the weekly team meeting: each team goal against the team's figure
over the months, the share of agents on target and the talks done.

It never shows private data (no notes, no absence, no personal goals); with "safe to show
the team" on (s) it shows no individual figure either, so it can go on the big screen.
While the agent reads along (agent view) it is always safe.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Label, Static

from coachtui.errors import UserError
from coachtui.model.chart import chart_of
from coachtui.model.number_format import optional_decimal, percent_text
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.confirm import Confirm
from coachtui.screens.widgets.trend import chart_text
from coachtui.services import team_goals as team_goal_service
from coachtui.services.team_goals import GoalBoard, TeamBoard, TeamGoal, team_board


class TeamGoalsScreen(CoachScreen):
    """Team goals against the team's figures; `s` toggles "safe to show the team"."""

    DEFAULT_CSS = """
    TeamGoalsScreen #tg-title, TeamGoalsScreen #tg-mode { padding: 0 1; }
    TeamGoalsScreen #tg-hint { padding: 0 1; color: $text-muted; }
    TeamGoalsScreen #tg-mode.-safe { color: $success; text-style: bold; }
    TeamGoalsScreen #tg-body { padding: 0 1; }
    TeamGoalsScreen .tg-team { margin-bottom: 1; }
    """
    PALETTE_AREA_KEY = "tg.palette"
    BINDINGS = [
        Binding("s", "toggle_safe", "Safe to show", id="tg.safe",
                tooltip="Hide every individual figure (for the team meeting's screen)"),
        Binding("n", "add_goal", "New team goal", id="tg.add",
                tooltip="Set a team goal: metric, target and period"),
        Binding("e", "end_goal", "End", id="tg.end",
                tooltip="End the chosen team goal with this review month"),
        Binding("x", "remove_goal", "Remove", id="tg.remove",
                tooltip="Remove the chosen team goal (set by mistake)"),
        Binding("down,j", "choose(1)", "Next goal", id="tg.next", show=False),
        Binding("up,k", "choose(-1)", "Previous goal", id="tg.previous", show=False),
        Binding("escape", "back", "Back", id="tg.back", tooltip="Back to the team"),
    ]

    def __init__(self, *, safe: bool = False) -> None:
        super().__init__()
        self.safe = safe
        self.goals: list[TeamGoal] = []  # as shown, in order; `chosen` indexes it
        self.chosen = 0

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="tg-title", classes="section-title")
        yield Label(id="tg-mode")
        yield Label(id="tg-hint", classes="hint")
        with VerticalScroll(id="tg-body", can_focus=False):
            yield Static(id="tg-content")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    @property
    def showing_safe(self) -> bool:
        """Safe when asked, and always while the agent reads along."""
        return self.safe or self.coach.agent_view

    def refresh_data(self) -> None:
        """Read the boards again and draw them in the current language."""
        super().refresh_data()
        month = self.coach.review_month
        self.query_one("#tg-title", Label).update(self.tr("tg.title", month=month))
        mode = self.query_one("#tg-mode", Label)
        mode.update(self.tr("tg.safe_on" if self.showing_safe else "tg.safe_off"))
        mode.set_class(self.showing_safe, "-safe")
        hint = self.query_one("#tg-hint", Label)
        hint.update(self.tr("tg.choose_hint"))
        hint.display = not self.coach.agent_view
        boards = team_board(self.journal, month, safe=self.showing_safe)
        self.goals = [g.goal for b in boards for g in b.goals]
        self.chosen = max(0, min(self.chosen, len(self.goals) - 1))
        self.refresh_bindings()
        content = self.query_one("#tg-content", Static)
        if not boards:
            content.update(Text(self.tr("tg.none"), style="dim"))
            return
        content.update(Group(*[self._team(b, month) for b in boards]))

    def _team(self, board: TeamBoard, month: str) -> Group:
        parts: list[Text | Padding] = [Text(self.tr(
            "tg.team", team=shown(board.team or "–"), done=board.talks_done,
            agents=board.agents, month=month), style="bold")]
        for goal in board.goals:
            parts.append(Padding(Group(*self._goal(goal)), (1, 0, 0, 2), style="none"))
        parts.append(Text(""))
        return Group(*parts)

    def _goal(self, board: GoalBoard) -> list[Text | Table]:
        goal, metric = board.goal, board.metric
        lang = self.lang

        def fmt(value: float | None) -> str:
            if metric is not None:
                return metric.format(value, lang)
            return optional_decimal(value, None, lang)

        label = metric.label(self.lang) if metric else goal.metric
        higher = metric.higher_is_better if metric else True
        out: list[Text | Table] = []
        chosen = bool(self.goals) and self.goals[self.chosen].id == goal.id
        title = Text("▶ " if chosen and not self.coach.agent_view else "  ",
                     style="bold yellow")
        title.append(shown(goal.text or label), style="bold underline")
        if goal.serves:
            title.append("  → " + shown(goal.serves), style="italic")
        out.append(title)
        out.append(Text(self.tr("tg.goal", metric=label,
                                       target=("≥ " if higher else "≤ ") + fmt(goal.target),
                                       start=goal.from_month, end=goal.until_month),
                        style="dim"))
        # the team's figure per month against the team goal's target (the one chart
        # renderer), then each month's figure in words
        chart = chart_of(board.months, board.team_values, [goal.target] * len(board.months),
                         lang, higher_is_better=higher, fmt=fmt)
        out.append(chart_text(chart, 4))
        out.append(Text("  ".join(f"{m.label} {fmt(m.value) if m.value is not None else '·'}"
                                  for m in chart.months), style="bold"))
        if board.share is None:
            out.append(Text(self.tr("tg.no_share"), style="dim"))
        else:
            out.append(Text(self.tr(
                "tg.share", on=board.on_target, of=board.with_figure,
                share=percent_text(board.share, 0, lang), month=board.latest_month or "–"),
                style="bold"))
        if board.agents:
            people = Table.grid(padding=(0, 2))
            for column in range(3):
                people.add_column(no_wrap=True, justify="right" if column == 1 else "left")
            for person in board.agents:
                mark = Text("–" if person.on_target is None else
                            "✓" if person.on_target else "✗",
                            style="" if person.on_target is None else
                            "green" if person.on_target else "red")
                people.add_row(Text(shown(person.name), style="italic"),
                               Text(fmt(person.value), style="italic"), mark)
            out.append(people)
        return out

    # -- setting, ending and removing team goals (not while the agent reads along) -----
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n/e/x are the team lead's: hidden in agent view; e and x need a goal shown."""
        if action in ("add_goal", "end_goal", "remove_goal", "choose"):
            if self.coach.agent_view:
                return False
            if action != "add_goal" and not self.goals:
                return False
        return super().check_action(action, parameters)

    def action_choose(self, step: int) -> None:
        """Choose the next or previous team goal shown."""
        if self.goals:
            self.chosen = (self.chosen + step) % len(self.goals)
            self.refresh_data()

    def action_add_goal(self) -> None:
        """Open the form that sets a team goal (the same rules as `team-goal add`)."""
        from coachtui.screens.team_goal_form import TeamGoalForm

        team = self.goals[self.chosen].team if self.goals else ""

        def saved(goal: TeamGoal | None) -> None:
            if goal is None:
                return
            self.notify(self.tr("tg.added", id=goal.id, team=goal.team or "–",
                                start=goal.from_month, end=goal.until_month), markup=False)
            self.refresh_data()
            self.chosen = next((n for n, g in enumerate(self.goals) if g.id == goal.id),
                               self.chosen)
            self.refresh_data()

        self.app.push_screen(TeamGoalForm(self.journal, self.lang, self.coach.review_month,
                                          team), callback=saved)

    def _ask(self, key: str, then: Callable[[TeamGoal], object]) -> None:
        goal = self.goals[self.chosen] if self.goals else None
        if goal is None:
            return
        month = self.coach.review_month

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                then(goal)
            except UserError as exc:
                self.notify(exc.text(self.lang), severity="error", markup=False)
                return
            self.notify(self.tr(f"{key}_done", id=goal.id, month=month), markup=False)
            self.refresh_data()

        self.app.push_screen(Confirm(self.tr(key, what=goal.text or goal.metric, id=goal.id,
                                             month=month),
                                     f"{self.tr('app.confirm.yes')}   "
                                     f"{self.tr('app.confirm.no')}"), callback=answered)

    def action_end_goal(self) -> None:
        """End the chosen team goal with the review month (asks first)."""
        month = self.coach.review_month
        self._ask("tg.end_question",
                  lambda g: team_goal_service.end_team_goal(self.journal, g.id, month))

    def action_remove_goal(self) -> None:
        """Remove the chosen team goal and its copies in drafts (asks first; refused when
        a signed talk holds it)."""
        self._ask("tg.remove_question",
                  lambda g: team_goal_service.remove_team_goal(self.journal, g.id))

    def action_toggle_safe(self) -> None:
        """Hide or show the individual figures."""
        self.safe = not self.safe
        self.refresh_data()

    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()
