"""The team goals for the weekly team meeting: each team goal against the team's figure
over the months, the share of agents on target and the talks done.

It never shows private data (no notes, no absence, no personal goals); with "safe to show
the team" on (s) it shows no individual figure either, so it can go on the big screen.
While the agent reads along (agent view) it is always safe.
"""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Label, Static

from coachtui.model.chart import chart_of
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.trend import chart_text
from coachtui.services.team_goals import GoalBoard, TeamBoard, team_board


class TeamGoalsScreen(CoachScreen):
    """Team goals against the team's figures; `s` toggles "safe to show the team"."""

    DEFAULT_CSS = """
    TeamGoalsScreen #tg-title, TeamGoalsScreen #tg-mode { padding: 0 1; }
    TeamGoalsScreen #tg-mode.-safe { color: $success; text-style: bold; }
    TeamGoalsScreen #tg-body { padding: 0 1; }
    TeamGoalsScreen .tg-team { margin-bottom: 1; }
    """
    PALETTE_AREA_KEY = "tg.palette"
    BINDINGS = [
        Binding("s", "toggle_safe", "Safe to show", id="tg.safe",
                tooltip="Hide every individual figure (for the team meeting's screen)"),
        Binding("escape", "back", "Back", id="tg.back", tooltip="Back to the team"),
    ]

    def __init__(self, *, safe: bool = False) -> None:
        super().__init__()
        self.safe = safe

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="tg-title", classes="section-title")
        yield Label(id="tg-mode")
        with VerticalScroll(id="tg-body"):
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
        boards = team_board(self.journal, month, safe=self.showing_safe)
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
            return "–" if value is None else f"{value:g}"

        label = metric.label(self.lang) if metric else goal.metric
        higher = metric.higher_is_better if metric else True
        out: list[Text | Table] = []
        out.append(Text(shown(goal.text or label), style="bold underline"))
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
                share=f"{board.share:.0f}%", month=board.latest_month or "–"), style="bold"))
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

    def action_toggle_safe(self) -> None:
        """Hide or show the individual figures."""
        self.safe = not self.safe
        self.refresh_data()

    def action_back(self) -> None:
        """Back to the team overview."""
        self.app.pop_screen()
