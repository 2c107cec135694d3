"""The Textual App: wires the journal, language and agent view to the screens.

Screens are imported when first shown, so the first paint only pays for the team overview.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.screen import Screen

from coachtui import clock
from coachtui.model import add_months
from coachtui.screens.stylesheets import stylesheet
from coachtui.services.workspace import Change, Workspace
from coachtui.settings import Settings
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.storage import Journal


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
    # Only a theme chosen once the app runs is written to the settings file.
    _theme_ready = False

    def __init__(self, journal: Journal, settings: Settings, *,
                 cursor_blink: bool = True, watch_interval: float = 1.0) -> None:
        super().__init__()
        # The journal and the record of this window's own writes: workers use
        # `workspace.worker_journal()`, so the watch never takes them for another window.
        self.workspace = Workspace(journal)
        self.settings = settings
        self.cursor_blink = cursor_blink
        self.watch_interval = watch_interval
        self.current_agent_id: int | None = None
        self.set_reactive(CoachApp.lang, settings.lang)
        from coachtui.screens.widgets.replica_status import ReplicaAlongside

        # `coachtui replicate` beside the app while the setting replica.live is on
        self.replica = ReplicaAlongside(self, journal.path, self.show_sub_title)
        if settings.theme in self.available_themes:  # a theme of another release: ignored
            self.theme = settings.theme

    @property
    def journal(self) -> Journal:
        """The journal: the one door to the data, open before the first paint."""
        return self.workspace.journal

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
    def get_default_screen(self) -> Screen[Any]:
        """The team overview is the app's base screen (no blank screen painted first)."""
        from coachtui.screens.team import TeamScreen

        return TeamScreen()

    def on_mount(self) -> None:
        self._theme_ready = True
        if self.watch_interval:
            self.set_interval(self.watch_interval, self.check_for_changes)
        self.replica.apply(self.settings)

    def on_unmount(self) -> None:
        self.replica.stop()

    def show_sub_title(self) -> None:
        """The header's second part: the agent-view badge and the replica's status."""
        parts = [self.tr("app.badge.agent_view")] if self.agent_view else []
        self.sub_title = "  ·  ".join([*parts, *([self.replica.text] if self.replica.text
                                                  else [])])

    def check_for_changes(self) -> None:
        """The watch (every `watch_interval` s): re-read when the journal changed. A change
        this window's own workers made is taken in silently; another window's or command's
        is also announced."""
        change = self.workspace.check_for_changes()
        if change is Change.NONE:
            return
        self.refresh_screens()
        if change is Change.OTHERS:
            self.notify(self.tr("app.changed_elsewhere"), timeout=3)

    def refresh_screens(self) -> None:
        """Every screen on the stack re-reads and redraws (language, agent view, new data).

        A screen not yet mounted is left alone: it reads its data when it shows, and its
        widgets may not exist yet (Enter right after the first paint, then a watch tick).
        """
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_data", None)
            if callable(refresh) and screen.is_mounted:
                refresh()

    def watch_lang(self, _old: str, new: str) -> None:
        self.replica.check()
        self.refresh_screens()
        self.refresh_bindings()
        if new != self.settings.lang:  # F3 or the settings screen: kept for the next start
            self.remember_setting("lang", new, "settings_ui.lang_unsaved")

    def watch_theme(self, name: str) -> None:
        """A theme chosen here (settings screen or the palette) is kept for the next start."""
        if self._theme_ready and name != self.settings.theme:
            self.remember_setting("theme", name, "settings_ui.theme_unsaved")

    def remember_setting(self, key: str, value: str, failed_key: str) -> bool:
        """Write one key to the settings file; a refusal is said in a notice."""
        from coachtui.errors import UserError

        try:
            self.settings = self.settings.remember(key, value, self.available_themes)
        except UserError as exc:
            self.notify(self.tr(failed_key, reason=exc.text(self.lang)), severity="error",
                        timeout=8, markup=False)
            return False
        return True

    def watch_agent_view(self, on: bool) -> None:
        self.show_sub_title()
        self.screen.set_class(on, "-agent-view")
        self.refresh_screens()

    # -- navigation used by screens ------------------------------------------------------
    def open_agent(self, agent_id: int) -> None:
        """Show the agent page."""
        from coachtui.screens.agent import AgentScreen

        self.current_agent_id = agent_id
        self.push_screen(AgentScreen(agent_id))

    def start_talk(self, agent_id: int) -> None:
        """Start this month's talk with the agent, or continue the draft where it was left."""
        from coachtui.screens.talk import TalkScreen
        from coachtui.services.talks import start_talk

        session = start_talk(self.journal, agent_id, self.talk_month(agent_id))
        assert session.id is not None  # a stored session has its id
        self.current_agent_id = agent_id
        self.push_screen(TalkScreen(session.id))

    def open_session(self, session_id: int) -> None:
        """Open a past session (read-only once signed)."""
        from coachtui.screens.talk import TalkScreen

        self.push_screen(TalkScreen(session_id))

    def open_settings(self) -> None:
        """Show the settings screen."""
        from coachtui.screens.settings_screen import SettingsScreen

        self.push_screen(SettingsScreen(), callback=lambda _none: self.refresh_screens())

    # -- actions -------------------------------------------------------------------------
    def action_quick_note(self) -> None:
        """Open the quick-note popup for the agent the screen is about (on the team
        overview: the highlighted one)."""
        from coachtui.screens.quick_note import QuickNoteScreen

        about = getattr(self.screen, "note_agent_id", None)
        agent_id = about() if callable(about) else self.current_agent_id
        self.push_screen(QuickNoteScreen(self.journal, self.lang, agent_id,
                                         agent_view=self.agent_view),
                         callback=lambda _note: self.refresh_screens())

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

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands, then every key of the app and screen as 'Area: action'."""
        from coachtui.screens.binding_labels import palette_words

        yield from super().get_system_commands(screen)
        from coachtui.screens.settings_screen import SettingsScreen

        # everywhere but where a key opens them already ("Team: Settings") or they are open
        if not isinstance(screen, SettingsScreen) and not hasattr(screen, "action_settings"):
            yield SystemCommand(self.tr("settings_ui.title"), self.tr("tip.team.settings"),
                                self.open_settings)
        seen: set[str] = set()
        sources: list[tuple[DOMNode, str]] = [(self, self.tr("app.palette.app"))]
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
                                    partial(self.run_action, binding.action, node))


def _team_screen_type() -> type:
    from coachtui.screens.team import TeamScreen

    return TeamScreen


def run_tui(args: argparse.Namespace, settings: Settings) -> int:
    """`coachtui` without a command: open the TUI on the journal (created if new).

    The Journal opens first (a journal it refuses ends here with its one sentence); the
    team overview's first paint reads through it.
    """
    from coachtui.storage import Journal

    journal = Journal.open(settings.journal_path, create=True)
    try:
        app = CoachApp(journal, settings)
        try:
            app.run()
        finally:
            app.replica.stop()
    finally:
        journal.close()
    return app.return_code or 0
