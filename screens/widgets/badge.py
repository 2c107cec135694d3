"""The agent-view badge: a bright bar that says private notes are hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.widgets import Static

if TYPE_CHECKING:
    from coachtui.app import CoachApp


class AgentViewBadge(Static):
    """Shown at the top of every screen while the agent reads along (agent view)."""

    DEFAULT_CSS = """
    AgentViewBadge { dock: top; height: 1; width: 100%; display: none;
                     background: $warning; color: $text; text-style: bold;
                     content-align: center middle; }
    AgentViewBadge.-on { display: block; }
    """

    @property
    def coach(self) -> CoachApp:
        """The running CoachApp (agent view and language live there)."""
        return cast("CoachApp", self.app)

    def on_mount(self) -> None:
        self.watch(self.app, "agent_view", self._show, init=True)
        self.watch(self.app, "lang", lambda _: self._show(self.coach.agent_view), init=False)

    def _show(self, on: bool) -> None:
        self.set_class(on, "-on")
        self.update(self.coach.tr("app.badge.agent_view"))
