"""The team lead's settings: name, language, time zone, export folder and theme.

Each field is saved to the settings file the moment it holds a valid value (the same
checks and writer as `coachtui config set`); a value that is not valid yet says why under
the field and writes nothing. Language and theme take effect at once.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Input, Label, Select, Static, Switch

from coachtui.errors import UserError
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.path_input import PathInput
from coachtui.screens.widgets.plain_text import plain

# field id -> (settings key, label text key), in the order shown
FIELDS = {
    "set-lead-name": ("lead.name", "settings_ui.lead_name"),
    "set-lang": ("lang", "settings_ui.lang"),
    "set-timezone": ("timezone", "settings_ui.timezone"),
    "set-exports": ("exports.folder", "settings_ui.exports"),
    "set-theme": ("theme", "settings_ui.theme"),
    "set-replica-live": ("replica.live", "settings_ui.replica_live"),
}


class SettingsScreen(CoachScreen):
    """Edit the settings by keys; every valid change is written to the file at once."""

    CSS_PATH = stylesheet("settings_screen.tcss")
    PALETTE_AREA_KEY = "settings_ui.title"
    BINDINGS = [
        Binding("escape", "back", "Back", id="settings.back",
                tooltip="Back to where you were (everything is saved already)"),
    ]

    def compose(self) -> ComposeResult:
        settings = self.coach.settings
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="settings-title", classes="section-title")
        yield Label(id="settings-file", classes="hint")
        with VerticalScroll(id="settings-fields"):
            for field_id in FIELDS:
                yield Label(id=f"lbl-{field_id}", classes="field-label")
                if field_id == "set-lang":
                    # each language in its own words: the list reads the same in both
                    yield Select([("Nederlands", "nl"), ("English", "en")], value=self.lang,
                                 allow_blank=False, id=field_id)
                elif field_id == "set-theme":
                    names = sorted(self.app.available_themes)
                    yield Select([(n, n) for n in names], value=self.app.theme,
                                 allow_blank=False, id=field_id)
                elif field_id == "set-exports":
                    yield PathInput(value=str(settings.exports_choice or ""), id=field_id,
                                    placeholder=str(settings.exports_folder))
                elif field_id == "set-replica-live":
                    yield Switch(value=settings.replica_live, id=field_id)
                elif field_id == "set-timezone":
                    yield Input(settings.timezone or "", id=field_id)
                else:
                    yield Input(settings.lead_name or "", id=field_id)
                yield Static(id=f"msg-{field_id}", classes="field-message")
        yield Label(id="settings-keys", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        for field in self.query(Input):
            field.cursor_blink = self.coach.cursor_blink
        self._render_texts()
        self.query_one("#set-lead-name", Input).focus()

    def refresh_data(self) -> None:
        """Labels and choices in the current language."""
        super().refresh_data()
        self._render_texts()

    def _render_texts(self) -> None:
        self.query_one("#settings-title", Label).update(self.tr("settings_ui.title"))
        self.query_one("#settings-file", Label).update(plain(self.tr(
            "settings_ui.file", path=shown(str(self.coach.settings.config_path)))))
        self.query_one("#settings-keys", Label).update(self.tr("settings_ui.keys"))
        for field_id, (_key, label_key) in FIELDS.items():
            self.query_one(f"#lbl-{field_id}", Label).update(self.tr(label_key))
        lang = self.query_one("#set-lang", Select)
        if lang.value != self.lang:  # F3 pressed while the screen is open
            with lang.prevent(Select.Changed):
                lang.value = self.lang

    # -- saving --------------------------------------------------------------------------
    def _save(self, field_id: str, value: str) -> bool:
        """Write one key; say under the field whether it was saved or why not."""
        key = FIELDS[field_id][0]
        message = self.query_one(f"#msg-{field_id}", Static)
        try:
            self.coach.settings = self.coach.settings.remember(key, value,
                                                               self.app.available_themes)
        except UserError as exc:
            message.update(plain(exc.text(self.lang)))
            message.set_classes("field-message -error")
            return False
        message.update(self.tr("settings_ui.saved" if value.strip() else "settings_ui.cleared"))
        message.set_classes("field-message -saved")
        return True

    def _stored(self, field_id: str) -> str:
        """What the settings hold for a text field now ("" when not set)."""
        settings = self.coach.settings
        return {"set-lead-name": settings.lead_name, "set-timezone": settings.timezone,
                "set-exports": str(settings.exports_choice or "")}.get(field_id) or ""

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        # the field filled in on opening (or a value already stored) writes nothing
        if field_id not in FIELDS:
            return
        if event.value != self._stored(field_id):
            self._save(field_id, event.value)
        else:  # back to what is stored: no refusal stands
            self.query_one(f"#msg-{field_id}", Static).update("")
        if field_id == "set-exports":
            event.input.placeholder = str(self.coach.settings.exports_folder)

    @on(Select.Changed, "#set-lang")
    def _lang_chosen(self, event: Select.Changed) -> None:
        # The app remembers the language itself (as with F3): the file is written there.
        if isinstance(event.value, str) and event.value != self.coach.lang:
            self.coach.lang = event.value

    @on(Select.Changed, "#set-theme")
    def _theme_chosen(self, event: Select.Changed) -> None:
        # The app remembers the theme itself (also one chosen from the palette).
        if isinstance(event.value, str) and event.value != self.app.theme:
            self.app.theme = event.value

    @on(Switch.Changed, "#set-replica-live")
    def _replica_live(self, event: Switch.Changed) -> None:
        # the app starts or stops `coachtui replicate` beside it at once
        if event.value != self.coach.settings.replica_live and self._save(
                "set-replica-live", str(event.value).lower()):
            self.coach.replica.apply(self.coach.settings)

    def action_back(self) -> None:
        """Leave: every valid change is in the file already."""
        self.dismiss(None)
