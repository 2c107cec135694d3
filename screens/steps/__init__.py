"""The seven steps of the monthly talk, one module each, on a shared StepContext."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll

from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.model import Agent, Session
    from coachtui.storage import Journal


@dataclass
class StepContext:
    """What every step needs to render: the session, the agent and how to show them."""

    journal: Journal
    session: Session
    agent: Agent
    lang: str
    agent_view: bool
    today: date

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
