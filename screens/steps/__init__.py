"""The seven steps of the monthly talk, one module each, on a shared StepContext."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll

from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import Agent, Session
    from coachtui.services.talks import Journal, TalkView


@dataclass
class StepContext:
    """What every step needs to render: the talk as read (`view`) and how to show it.

    `journal` is there for the wrap-up's record (read only); the other steps render from
    `view`, which the talk service reads in one go.
    """

    journal: Journal
    view: TalkView
    lang: str
    agent_view: bool
    today: date

    @property
    def session(self) -> Session:
        """The session as last read."""
        return self.view.session

    @property
    def agent(self) -> Agent:
        """The agent the talk is with."""
        return self.view.agent

    @property
    def read_only(self) -> bool:
        """A signed session cannot change."""
        return self.session.signed

    def tr(self, key: str, **values: object) -> str:
        """A text in the talk's language."""
        return tr(key, self.lang, **values)


class TalkStep(VerticalScroll):
    """One step of the talk; subclasses compose from `self.ctx`."""

    STEP = 0

    def __init__(self, ctx: StepContext) -> None:
        super().__init__(id=f"step-{self.STEP}", classes="talk-step")
        self.ctx = ctx
