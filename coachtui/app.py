"""The Textual App: wires the journal, language and agent view to the screens.

Screens are imported when first shown, so the first paint only pays for the team overview.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from coachtui import clock
from coachtui.model import add_months
from coachtui.screens.stylesheets import stylesheet
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.storage import Journal
    from coachtui.storage.quick_look import QuickLook


class CoachApp(App[None]):
    """coachtui: team overview -> agent page -> the monthly talk."""

    TITLE = "coachtui"
    # Absolute paths: subclasses live elsewhere. The team screen is the default screen,
    # whose own CSS_PATH Textual does not load, so its styles come with the app's.
    CSS_PATH = [stylesheet("app.tcss", "coachtui"), stylesheet("team.tcss")]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+n", "quick_note", "Quick note", id="app.quick_note", priority=True,
                tooltip="Jot down a remark about an agent"),
        Binding("f2", "toggle_agent_view", "Agent view", id="app.agent_view",
                tooltip="Hide private notes and other agents while the agent reads along"),
        Binding("f3", "toggle_language", "Nederlands", id="app.language",
                tooltip="Switch between Dutch and English"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    lang: reactive[str] = reactive("en")
    # init=False: starting outside agent view needs no watcher run (it would refresh
    # every screen once more before the first paint).
    agent_view: reactive[bool] = reactive(False, init=False)

    def __init__(self, journal: Journal | None, settings: Settings, *,
                 cursor_blink: bool = True, watch_interval: float = 1.0,
                 quick: QuickLook | None = None) -> None:
        super().__init__()
        self._journal = journal
        self.quick = quick
        self.open_error: str | None = None
        self.settings = settings
        self.cursor_blink = cursor_blink
        self.watch_interval = watch_interval
        self.current_agent_id: int | None = None
        # Workers of this window that have their own connection open (an import); while
        # there are any, their commits are not announced as another window's.
        self.own_connections = 0
        self.set_reactive(CoachApp.lang, settings.lang)

    @property
    def journal(self) -> Journal:
        """The journal, opened on first use when the app started from a quick look."""
        if self._journal is None:
            from coachtui.storage import Journal

            self._journal = Journal.open(self.settings.journal_path, create=True)
        return self._journal

    @property
    def overview_source(self) -> Journal | QuickLook:
        """What the team overview reads: the journal, or the quick look before it is open."""
        if self._journal is None and self.quick is not None:
            return self.quick
        return self.journal

    def _open_journal(self) -> None:
        """After the first paint: open the real journal and let it take over."""
        from coachtui.errors import JournalError

        try:
            self.journal  # noqa: B018 - opening is the point
        except JournalError as exc:
            self.open_error = str(exc)
            self.exit(return_code=1)
            return
        if self.quick is not None:
            self.quick.close()
            self.quick = None
        self._refresh_screens()

    # -- helpers for screens -------------------------------------------------------------
    def tr(self, key: str, **values: object) -> str:
        """A text in the current language."""
        return tr(key, self.lang, **values)

    @property
    def review_month(self) -> str:
        """The month a talk held today looks back on: the previous calendar month."""
        return add_months(clock.current_month(), -1)

    def talk_month(self, agent_id: int) -> str:
        """The month the next talk with the agent is about.

        Normally the previous month; once that talk is signed, the current month (a talk
        held early, e.g. before a holiday), so a signed month never gets a second talk.
        """
        signed = {s.month for s in self.journal.sessions(agent_id=agent_id)
                  if s.signed and s.kind.value == "monthly"}
        return self.review_month if self.review_month not in signed else clock.current_month()

    # -- lifecycle -----------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        """The team overview is the app's base screen (no blank screen painted first)."""
        from coachtui.screens.team import TeamScreen

        return TeamScreen()

    def on_mount(self) -> None:
        self._relabel()
        if self._journal is None:
            # Let the first frame reach the terminal before the heavier imports run.
            self.call_after_refresh(self.set_timer, 0.05, self._open_journal)
        if self.watch_interval:
            self.set_interval(self.watch_interval, self._check_other_windows)

    def _check_other_windows(self) -> None:
        if self.own_connections:
            return  # this window's own worker is writing; it takes the change in itself
        if self.journal.changed_elsewhere():
            self._refresh_screens()
            self.notify(self.tr("app.changed_elsewhere"), timeout=3)

    def _refresh_screens(self) -> None:
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_data", None)
            if callable(refresh):
                refresh()

    def _relabel(self) -> None:
        """Footer labels follow the language."""
        from coachtui.screens.binding_labels import relabel

        relabel(self, self.lang)

    def watch_lang(self, _old: str, _new: str) -> None:
        self._relabel()
        self._refresh_screens()
        self.refresh_bindings()

    def watch_agent_view(self, on: bool) -> None:
        self.sub_title = self.tr("app.badge.agent_view") if on else ""
        self.screen.set_class(on, "-agent-view")
        self._refresh_screens()

    # -- navigation used by screens ------------------------------------------------------
    def open_agent(self, agent_id: int) -> None:
        """Show the agent page."""
        from coachtui.screens.agent import AgentScreen

        self.current_agent_id = agent_id
        self.push_screen(AgentScreen(agent_id))

    def start_talk(self, agent_id: int) -> None:
        """Start this month's talk with the agent, or continue the draft where it was left."""
        from coachtui.screens.talk import TalkScreen

        session = self.journal.start_session(agent_id, self.talk_month(agent_id))
        self.current_agent_id = agent_id
        self.push_screen(TalkScreen(session.id))

    def open_session(self, session_id: int) -> None:
        """Open a past session (read-only once signed)."""
        from coachtui.screens.talk import TalkScreen

        self.push_screen(TalkScreen(session_id))

    # -- actions -------------------------------------------------------------------------
    def action_quick_note(self) -> None:
        """Open the quick-note popup for the current agent."""
        from coachtui.screens.quick_note import QuickNoteScreen

        self.push_screen(QuickNoteScreen(self.journal, self.lang, self.current_agent_id,
                                         agent_view=self.agent_view),
                         callback=lambda _note: self._refresh_screens())

    def action_toggle_language(self) -> None:
        """Switch between Dutch and English."""
        self.lang = "en" if self.lang == "nl" else "nl"

    def action_toggle_agent_view(self) -> None:
        """Enter agent view at once; leaving it asks first (private notes reappear)."""
        if not self.agent_view:
            if self.current_agent_id is None or isinstance(self.screen, _team_screen_type()):
                self.notify(self.tr("app.agent_view_needs_agent"), severity="warning")
                return
            self.agent_view = True
            return
        from coachtui.screens.widgets.confirm import Confirm

        def leave(yes: bool | None) -> None:
            if yes:
                self.agent_view = False

        self.push_screen(Confirm(self.tr("app.confirm.leave_agent_view"),
                                 f"{self.tr('app.confirm.yes')}   {self.tr('app.confirm.no')}"),
                         callback=leave)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every key of the app and screen as 'Area: action'."""
        from coachtui.screens.binding_labels import palette_words

        yield from super().get_system_commands(screen)
        seen: set[str] = set()
        sources = [(self, self.tr("app.palette.app"))]
        area_key = getattr(screen, "PALETTE_AREA_KEY", "app.palette.app")
        sources.append((screen, self.tr(area_key)))
        for node, area in sources:
            for binding in node.BINDINGS:
                if not isinstance(binding, Binding) or not binding.show:
                    continue
                if binding.action in seen:
                    continue
                seen.add(binding.action)
                title, tip = palette_words(binding.id or "", self.lang, binding.description)
                yield SystemCommand(f"{area}: {title}", tip,
                                    partial(node.run_action, binding.action))


def _team_screen_type() -> type:
    from coachtui.screens.team import TeamScreen

    return TeamScreen


def run_tui(args: argparse.Namespace, settings: Settings) -> int:
    """`coachtui` without a command: open the TUI on the journal (created if new).

    An existing journal is first read through a read-only quick look, so the team overview
    paints before sqlite-utils and pydantic are loaded; the journal opens right after.
    """
    from coachtui.errors import JournalError
    from coachtui.storage.quick_look import quick_look

    quick = quick_look(settings.journal_path)
    journal = None
    if quick is None:
        from coachtui.storage import Journal

        journal = Journal.open(settings.journal_path, create=True)
    app = CoachApp(journal, settings, quick=quick)
    try:
        app.run()
    finally:
        if app.quick is not None:
            app.quick.close()
        if app._journal is not None:
            app._journal.close()
    if app.open_error:
        raise JournalError(app.open_error)
    return app.return_code or 0
