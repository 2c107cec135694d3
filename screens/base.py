"""What every coachtui screen shares: the app's journal and language, labels, refresh."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from coachtui.screens.binding_labels import LabelledScreen

if TYPE_CHECKING:
    from coachtui.app import CoachApp
    from coachtui.services import Journal


class CoachScreen(LabelledScreen[None]):
    """A screen of coachtui: reads through `self.journal`, speaks `self.lang`; its footer
    keys are labelled in that language (see `LabelledScreen`)."""

    PALETTE_AREA_KEY = "app.palette.app"

    @property
    def coach(self) -> CoachApp:
        """The running CoachApp."""
        return self.app  # type: ignore[return-value]

    @property
    def journal(self) -> Journal:
        """The journal (the only door to the data)."""
        return self.coach.journal

    @property
    def lang(self) -> str:
        """The current language, nl or en."""
        return self.coach.lang

    def tr(self, key: str, **values: object) -> str:
        """A text in the current language."""
        return self.coach.tr(key, **values)

    def footer_essentials(self) -> Collection[str]:
        """While the agent reads along, the way out of agent view (F2) stays labelled."""
        return ("app.agent_view",) if self.coach.agent_view else ()

    def note_agent_id(self) -> int | None:
        """The agent a quick note (Ctrl+N) on this screen is about, or None to ask."""
        return self.coach.current_agent_id

    def on_mount(self) -> None:
        self.set_class(self.coach.agent_view, "-agent-view")

    def refresh_data(self) -> None:
        """Re-read from the journal and re-render (language, agent view, other window).

        The app calls it only on screens that are mounted (a screen just pushed reads its
        data when it shows); a subclass reads and redraws after calling this.
        """
        self.set_class(self.coach.agent_view, "-agent-view")
        self.refresh_bindings()
