"""Import figures in the TUI: choose a source, see what changes (old -> new), then save.

The work is `services.imports` (the CLI uses it too): previewing and saving run in worker
threads on a connection of their own from the app's Workspace, so the screen never freezes
and the save is known as this window's own. The last source used is kept in the journal's
meta (never credentials) for `refresh_from_last_source`.

Only the own team: on a helpdesk tab, Ctrl+G fetches the groups (Zendesk, Freshdesk) or
mailboxes (Help Scout) in a worker, and the lead chooses one; the choice is remembered with
the source and in the same meta the CLI reads (`import.team.<kind>`), pre-selected next time.
In the preview, space unticks a person: they are not created and get no figures.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import (
    ContentSwitcher,
    Footer,
    Header,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
    TabbedContent,
    TabPane,
)
from textual.worker import get_current_worker

from coachtui.errors import UserError
from coachtui.outside_text import quoted
from coachtui.screens.base import CoachScreen
from coachtui.screens.import_source import (
    Cancelled,
    PlanProgress,
    base_url_for,
    profile_options,
)
from coachtui.screens.stylesheets import stylesheet
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.import_preview import ImportPreview
from coachtui.screens.widgets.path_input import PathInput
from coachtui.screens.widgets.plain_text import plain
from coachtui.services.imports import (
    TEAM_FIELDS,
    last_source,
    preview_in_worker,
    profile_description,
    profile_names,
    remembered_team,
    request_for,
    save_in_worker,
    team_choices,
    team_filter,
)
from coachtui.services.workspace import Workspace

SOURCE_TABS = {"file": "source-file", "zendesk": "source-zendesk",
               "helpscout": "source-helpscout", "freshdesk": "source-freshdesk"}
HELPDESKS = ("zendesk", "helpscout", "freshdesk")
VENDORS = {"zendesk": "Zendesk", "helpscout": "Help Scout", "freshdesk": "Freshdesk"}
EVERYONE = 0  # the team choice "no filter"
# label id -> text key; re-rendered when the language changes
FIELD_LABELS = {
    "lbl-month": "import_ui.month", "lbl-month-hint": "import_ui.month_file_hint",
    "lbl-path": "import_ui.path", "lbl-profile": "import_ui.profile",
    "lbl-hours": "import_ui.hours", "lbl-subdomain": "import_ui.subdomain",
    "lbl-zendesk-url": "import_ui.base_url", "lbl-zendesk-hint": "import_ui.zendesk_hint",
    "lbl-helpscout-url": "import_ui.base_url", "lbl-helpscout-hint": "import_ui.helpscout_hint",
    "lbl-domain": "import_ui.domain", "lbl-freshdesk-url": "import_ui.base_url",
    "lbl-freshdesk-hint": "import_ui.freshdesk_hint",
    "lbl-zendesk-team": "import_ui.team.group", "lbl-freshdesk-team": "import_ui.team.group",
    "lbl-helpscout-team": "import_ui.team.mailbox",
    "lbl-form-hint": "import_ui.form_hint", "lbl-planning": "import_ui.planning",
}


class ImportScreen(CoachScreen):
    """Choose a file or helpdesk, preview the changes, save them in one transaction."""

    CSS_PATH = stylesheet("import_screen.tcss")
    PALETTE_AREA_KEY = "import_ui.title"
    BINDINGS = [
        Binding("ctrl+s", "plan", "Preview", id="import.plan", priority=True,
                tooltip="Read the source and show what would change"),
        Binding("ctrl+s", "apply", "Save", id="import.apply", priority=True,
                tooltip="Save the figures shown"),
        # priority: the table of changes has the focus and would take Enter itself
        Binding("enter", "apply", "Save", id="import.apply_enter", priority=True, show=False),
        Binding("ctrl+t", "browse", "Browse", id="import.browse",
                tooltip="Pick the file from a folder tree"),
        Binding("ctrl+g", "fetch_teams", "Fetch teams", id="import.teams",
                tooltip="Fetch the helpdesk's groups or mailboxes to choose the own team"),
        Binding("space", "toggle_person", "Tick/untick", id="import.toggle",
                tooltip="Tick or untick the agent on the line: unticked ones are not saved"),
        Binding("escape", "back", "Back", id="import.back",
                tooltip="Back: from the preview to the form, from the form out"),
    ]

    def __init__(self, month: str | None = None, agent_id: int | None = None, *,
                 source: dict[str, Any] | None = None, plan_at_once: bool = False) -> None:
        super().__init__()
        self.month = month
        self.agent_id = agent_id
        self.source = source or {}
        self.plan_at_once = plan_at_once
        self.phase = "form"  # form -> planning -> preview -> saving
        self.plan: Any = None
        self._planned_source: dict[str, Any] | None = None
        self._planned_month: str | None = None
        self._profile_values: list[str] = []
        self._team_names: dict[str, dict[int, str]] = {}  # kind -> id -> name, once fetched

    # -- building ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # a screen opened without a source offers the last one used (without planning)
        src = self.source or last_source(self.journal) or {}
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="import-title", classes="section-title")
        with ContentSwitcher(initial="phase-form", id="import-phases"):
            with VerticalScroll(id="phase-form"):
                yield Label(id="lbl-month", classes="field-label")
                yield Input(self.month or self.coach.review_month, id="import-month")
                yield Label(id="lbl-month-hint", classes="hint")
                with TabbedContent(id="import-source",
                                   initial=SOURCE_TABS.get(src.get("kind", ""), "source-file")):
                    with TabPane("File", id="source-file"):
                        yield Label(id="lbl-path", classes="field-label")
                        yield PathInput(value=src.get("path") or "", id="import-path")
                        yield Label(id="lbl-profile", classes="field-label")
                        options = self._profile_options(src.get("path") or "")
                        values = [value for _label, value in options]
                        self._profile_values = values
                        profile = src.get("profile") if src.get("profile") in values else None
                        yield Select([(plain(label), value) for label, value in options],
                                     id="import-profile",
                                     value=profile or ("generic" if "generic" in values
                                                       else values[0]),
                                     allow_blank=False)
                        yield Label(id="import-profile-hint", classes="hint")
                        yield Label(id="lbl-hours", classes="field-label")
                        yield PathInput(value=src.get("hours_path") or "", id="import-hours")
                    with TabPane("Zendesk", id="source-zendesk"):
                        yield Label(id="lbl-subdomain", classes="field-label")
                        yield Input(src.get("subdomain") or "", id="import-subdomain")
                        yield Label(id="lbl-zendesk-url", classes="field-label")
                        yield Input(base_url_for(src, "zendesk"), id="import-zendesk-url")
                        yield from self._team_fields("zendesk", src)
                        yield Label(id="lbl-zendesk-hint", classes="hint")
                    with TabPane("Help Scout", id="source-helpscout"):
                        yield Label(id="lbl-helpscout-url", classes="field-label")
                        yield Input(base_url_for(src, "helpscout"), id="import-helpscout-url")
                        yield from self._team_fields("helpscout", src)
                        yield Label(id="lbl-helpscout-hint", classes="hint")
                    with TabPane("Freshdesk", id="source-freshdesk"):
                        yield Label(id="lbl-domain", classes="field-label")
                        yield Input(src.get("domain") or "", id="import-domain")
                        yield Label(id="lbl-freshdesk-url", classes="field-label")
                        yield Input(base_url_for(src, "freshdesk"), id="import-freshdesk-url")
                        yield from self._team_fields("freshdesk", src)
                        yield Label(id="lbl-freshdesk-hint", classes="hint")
                yield Static(id="import-error")
                yield Label(id="lbl-form-hint", classes="hint")
            with Vertical(id="phase-planning"):
                yield Label(id="lbl-planning")
                yield ProgressBar(id="import-progress", show_eta=False)
            yield ImportPreview(id="phase-preview")
        yield Footer()

    def _team_fields(self, kind: str, src: dict[str, Any]) -> ComposeResult:
        """The own-team choice of helpdesk `kind`: a list that starts with "everyone" and
        the team remembered (the CLI's meta first, else the last source), filled from the
        helpdesk by Ctrl+G."""
        remembered = remembered_team(self.journal, kind)
        name = None
        if src.get("kind") == kind:
            chosen = src.get(TEAM_FIELDS[kind])
            if remembered is None and isinstance(chosen, int):
                remembered = chosen
            if remembered == chosen:
                name = src.get("team_name")
        options: list[tuple[Any, int]] = [(self.tr("import_ui.team_everyone"), EVERYONE)]
        if remembered:
            shown_name = plain(self.tr("import_ui.team_remembered",
                                       name=quoted(name or f"#{remembered}", 60)))
            options.append((shown_name, remembered))
        yield Label(id=f"lbl-{kind}-team", classes="field-label")
        yield Select(options, id=f"import-{kind}-team", allow_blank=False,
                     value=remembered or EVERYONE)
        yield Label(id=f"import-{kind}-team-status", classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        for field in self.query(Input):
            field.cursor_blink = self.coach.cursor_blink
        self.query_one("#import-error", Static).display = False
        self._render_texts()
        self._focus_form()
        if self.plan_at_once:
            self.action_plan()

    def refresh_data(self) -> None:
        """Texts in the current language; a preview shown is rendered again."""
        super().refresh_data()
        self._render_texts()

    def _render_texts(self) -> None:
        self.query_one("#import-title", Label).update(self.tr("import_ui.title"))
        for label_id, key in FIELD_LABELS.items():
            self.query_one(f"#{label_id}", Label).update(self.tr(key))
        tabs = self.query_one(TabbedContent)
        for kind, pane_id in SOURCE_TABS.items():
            tabs.get_tab(pane_id).label = self.tr(f"import_ui.tab.{kind}")
        self._show_profile_hint()
        if self.plan is not None:
            self.query_one(ImportPreview).show(self.plan, self._planned_source or {},
                                               self._planned_month, self.agent_id)

    def _profile_options(self, typed_path: str) -> list[tuple[str, str]]:
        """Shipped profiles, then the team's own `.toml` files: in the folder remembered in
        the settings (`imports.folder`) and in the folder of the file typed on the form."""
        typed = Path(typed_path.strip()).expanduser().parent if typed_path.strip() else None
        return profile_options(profile_names(), self.coach.settings.imports_folder,
                               typed if typed is not None and typed.is_dir() else None)

    @on(Input.Changed, "#import-path")
    def _path_changed(self, event: Input.Changed) -> None:
        """Profiles beside the file typed join the list (the choice made stays)."""
        select = self.query_one("#import-profile", Select)
        options = self._profile_options(event.value)
        values = [value for _label, value in options]
        if values == self._profile_values:
            return
        self._profile_values = values
        chosen = select.value
        with select.prevent(Select.Changed):
            select.set_options([(plain(label), value) for label, value in options])
            select.value = chosen if chosen in values else values[0]
        self._show_profile_hint()

    def _focus_form(self) -> None:
        pane = self.query_one(TabbedContent).active
        first = {"source-file": "#import-path", "source-zendesk": "#import-subdomain",
                 "source-helpscout": "#import-month",
                 "source-freshdesk": "#import-domain"}.get(pane, "#import-path")
        self.query_one(first).focus()

    @on(Select.Changed, "#import-profile")
    def _show_profile_hint(self) -> None:
        name = self.query_one("#import-profile", Select).value
        try:
            text = profile_description(str(name))
        except UserError as exc:
            text = exc.text(self.lang)
        self.query_one("#import-profile-hint", Label).update(plain(text))

    # -- phases --------------------------------------------------------------------------
    def _show_phase(self, phase: str) -> None:
        self.phase = phase
        shown = "phase-planning" if phase == "saving" else f"phase-{phase}"
        self.query_one(ContentSwitcher).current = shown
        if phase == "form":
            self._focus_form()
        elif phase == "preview":
            self.query_one(ImportPreview).focus_table()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Preview keys work on the form, save keys only on a preview with changes."""
        if action == "plan":
            return self.phase == "form"
        if action == "browse":
            return self.phase == "form" and self.query_one(TabbedContent).active == "source-file"
        if action == "fetch_teams":
            return self.phase == "form" and self._kind() in HELPDESKS
        if action == "toggle_person":
            return self.phase == "preview" and self.plan is not None \
                and not self.plan.is_empty
        if action == "apply":
            return self.phase == "preview" and self.plan is not None \
                and not self._chosen_plan().is_empty
        return True

    def _kind(self) -> str:
        """The source kind of the tab shown."""
        active = self.query_one(TabbedContent).active
        return next((k for k, pane in SOURCE_TABS.items() if pane == active), "file")

    def _chosen_plan(self) -> Any:
        """The plan as it will be saved: without the people unticked in the preview."""
        return self.plan.without(self.query_one(ImportPreview).unticked)

    def _show_error(self, sentence: str) -> None:
        """The refusal in one sentence, on the form; nothing was written."""
        error = self.query_one("#import-error", Static)
        error.update(plain(sentence))  # it may quote a file name or a value read
        error.display = True
        self._show_phase("form")

    def action_browse(self) -> None:
        """Pick the file (or the hours file, when that field has the focus) from a tree."""
        from coachtui.screens.widgets.file_picker import FilePicker, start_folder

        focused = self.focused
        field = focused if isinstance(focused, Input) and focused.id == "import-hours" \
            else self.query_one("#import-path", Input)

        def picked(path: Path | None) -> None:
            if path is not None:
                field.value = str(path)
                field.cursor_position = len(field.value)
            field.focus()

        fallback = self.coach.settings.imports_folder or Path.cwd()
        self.app.push_screen(FilePicker(start_folder(field.value, fallback),
                                        self.tr("import_ui.browse_hint")), callback=picked)

    @on(TabbedContent.TabActivated)
    def _source_changed(self) -> None:
        self.refresh_bindings()  # Browse only on the file tab

    # -- planning ------------------------------------------------------------------------
    def _chosen_source(self) -> dict[str, Any]:
        """The source on the form as stored in meta: no month, no credentials."""
        kind = self._kind()
        value: dict[str, Any] = {"kind": kind}
        if kind == "file":
            hours = self.query_one("#import-hours", Input).value.strip()
            value |= {"path": self.query_one("#import-path", Input).value.strip(),
                      "profile": str(self.query_one("#import-profile", Select).value),
                      "hours_path": hours or None}
            return value
        if kind == "zendesk":
            value["subdomain"] = self.query_one("#import-subdomain", Input).value.strip()
        elif kind == "freshdesk":
            value["domain"] = self.query_one("#import-domain", Input).value.strip()
        value["base_url"] = self.query_one(f"#import-{kind}-url", Input).value.strip() or None
        team = self.query_one(f"#import-{kind}-team", Select).value
        if isinstance(team, int) and team != EVERYONE:  # only a chosen team is kept
            value[TEAM_FIELDS[kind]] = team
            name = self._team_names.get(kind, {}).get(team)
            if name:
                value["team_name"] = name
        return value

    # -- the own team --------------------------------------------------------------------
    def action_fetch_teams(self) -> None:
        """Fetch the groups or mailboxes of the helpdesk on the form, in a worker."""
        source = self._chosen_source()
        kind = source["kind"]
        status = self.query_one(f"#import-{kind}-team-status", Label)
        status.update(self.tr("import_ui.team_loading", vendor=VENDORS[kind]))
        self.query_one(f"#import-{kind}-team", Select).loading = True
        self.query_one("#import-error", Static).display = False
        self.run_worker(lambda: self._teams_in_thread(source), thread=True, exclusive=True,
                        group="teams")

    def _teams_in_thread(self, source: dict[str, Any]) -> None:
        worker = get_current_worker()
        try:
            found: Any = team_choices(source)
        except UserError as exc:
            found = exc
        if not worker.is_cancelled:
            self.app.call_from_thread(self._teams_fetched, source["kind"], found)

    def _teams_fetched(self, kind: str, found: list[tuple[int, str]] | UserError) -> None:
        select = self.query_one(f"#import-{kind}-team", Select)
        select.loading = False
        status = self.query_one(f"#import-{kind}-team-status", Label)
        if isinstance(found, UserError):  # 401, 403, no credentials...: the CLI's sentence
            status.update("")
            error = self.query_one("#import-error", Static)
            error.update(plain(found.text(self.lang)))
            error.display = True
            return
        self._team_names[kind] = dict(found)
        chosen = select.value
        ids = {team_id for team_id, _name in found}
        options: list[tuple[Any, int]] = [(self.tr("import_ui.team_everyone"), EVERYONE)] + [
            (plain(quoted(name, 60)), team_id) for team_id, name in found]
        with select.prevent(Select.Changed):
            select.set_options(options)
            select.value = chosen if chosen in ids else EVERYONE
        status.update(self.tr("import_ui.team_loaded", vendor=VENDORS[kind], count=len(found))
                      if found else self.tr("import_ui.team_none", vendor=VENDORS[kind]))
        select.focus()

    def action_toggle_person(self) -> None:
        """Tick or untick the person on the line in the preview (nothing is written)."""
        preview = self.query_one(ImportPreview)
        if self.focused is not preview.query_one("#import-people"):
            preview.focus_table()
        preview.toggle_person()
        self.refresh_bindings()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        if self.phase == "form":
            self.action_plan()

    def action_plan(self) -> None:
        """Read the source in a worker and show what would change."""
        source = self._chosen_source()
        try:
            request = request_for(source, self.query_one("#import-month", Input).value)
        except UserError as exc:
            self._show_error(exc.text(self.lang))
            return
        self.query_one("#import-error", Static).display = False
        self.query_one("#lbl-planning", Label).update(self.tr("import_ui.planning"))
        self.query_one(ProgressBar).update(total=None, progress=0)
        self._show_phase("planning")
        workspace = self._workspace()
        self.run_worker(lambda: self._plan_in_thread(workspace, request, source), thread=True,
                        exclusive=True, group="import")

    def _workspace(self) -> Workspace:
        """The app's journal and the record of its own writes (for the workers)."""
        return self.coach.workspace

    def _plan_in_thread(self, workspace: Workspace, request: Any,
                        source: dict[str, Any]) -> None:
        worker = get_current_worker()
        last = [0.0, -1]

        def progress(done: int, total: int | None) -> None:
            if worker.is_cancelled:
                raise Cancelled
            # merge: a message per whole percent (or per 0.1 s when the size is unknown)
            now = time.monotonic()
            step = int(done * 100 / total) if total else -2
            if step != last[1] or (step == -2 and now - last[0] > 0.1):
                last[:] = [now, step]
                self.post_message(PlanProgress(done, total))

        outcome: tuple[Any, ...] | None = None
        try:
            # A worker thread gets its own connection: SQLite connections stay in one thread.
            plan = preview_in_worker(workspace, request, progress=progress)
            outcome = (self._planned, plan, source, request.month)
        except Cancelled:
            pass
        except (UserError, OSError) as exc:
            outcome = (self._planning_failed, exc, request)
        if outcome is not None and not worker.is_cancelled:
            self.app.call_from_thread(*outcome)

    def on_plan_progress(self, message: PlanProgress) -> None:
        if self.phase == "planning":
            self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    def _planning_failed(self, exc: Exception, request: Any) -> None:
        if isinstance(exc, UserError):
            sentence = exc.text(self.lang)
        else:  # an OS error outside the importer's own checks (a folder, no permission)
            where = getattr(exc, "filename", None) or getattr(request, "path", "")
            sentence = self.tr("import_ui.unreadable", file=quoted(where, 120),
                               error=quoted(getattr(exc, "strerror", None) or exc))
        self._show_error(sentence)

    def _planned(self, plan: Any, source: dict[str, Any], month: str | None) -> None:
        self.plan = plan
        self._planned_source = source
        self._planned_month = month
        preview = self.query_one(ImportPreview)
        preview.reset()
        preview.show(plan, source, month, self.agent_id)
        self._show_phase("preview")

    # -- saving --------------------------------------------------------------------------
    def action_apply(self) -> None:
        """Ask, then save the plan shown in one transaction (with the source used)."""
        from coachtui.screens.widgets.confirm import Confirm

        plan = self._chosen_plan()
        key = "import_ui.confirm_agents" if plan.new_agents else "import_ui.confirm"
        question = self.tr(key, figures=self._count("figures", len(plan.changes)),
                           agents=self._count("agents", len(plan.new_agents)))

        def answer(yes: bool | None) -> None:
            if yes and self.phase == "preview":
                self._start_saving()

        self.app.push_screen(Confirm(question, f"{self.tr('app.confirm.yes')}   "
                                               f"{self.tr('app.confirm.no')}"),
                             callback=answer)

    def _count(self, what: str, n: int) -> str:
        return self.tr(f"import_ui.{what}.{'one' if n == 1 else 'many'}", n=n)

    def _start_saving(self) -> None:
        self.query_one("#lbl-planning", Label).update(self.tr("import_ui.saving"))
        self.query_one(ProgressBar).update(total=None, progress=0)
        self._show_phase("saving")
        plan, source = self._chosen_plan(), dict(self._planned_source or {})
        workspace = self._workspace()
        self.run_worker(lambda: self._save_in_thread(workspace, plan, source), thread=True,
                        exclusive=True, group="import")

    def _save_in_thread(self, workspace: Workspace, plan: Any,
                        source: dict[str, Any]) -> None:
        team = None
        if source.get("kind") in TEAM_FIELDS:  # remembered where the CLI reads it too
            team = team_filter(request_for(source, self._planned_month or ""))
        try:
            written = save_in_worker(workspace, plan, source, team)
        except UserError as exc:
            self.app.call_from_thread(self._show_error, exc.text(self.lang))
            return
        self.app.call_from_thread(self._saved, written, len(plan.new_agents))

    def _saved(self, written: int, agents: int) -> None:
        source = self._planned_source or {}
        if source.get("kind") == "file" and source.get("path"):
            # its folder: next time its profiles are in the list and the picker starts there
            folder = Path(source["path"]).expanduser().absolute().parent
            if folder != self.coach.settings.imports_folder:
                self.coach.remember_setting("imports.folder", str(folder),
                                            "settings_ui.folder_unsaved")
        key = "import_ui.saved_agents" if agents else "import_ui.saved"
        self.notify(self.tr(key, figures=self._count("figures", written),
                            agents=self._count("agents", agents)), timeout=5, markup=False)
        self.coach.refresh_screens()  # the agent page and the talk show the new figures
        self.dismiss(None)

    # -- leaving -------------------------------------------------------------------------
    def action_back(self) -> None:
        """Preview or planning: back to the form (nothing saved); form: leave the screen."""
        if self.phase in ("preview", "planning"):
            self.workers.cancel_group(self, "import")
            self.plan = None
            self._show_phase("form")
        elif self.phase == "form":
            self.dismiss(None)


def refresh_from_last_source(app: App[Any], month: str | None = None,
                             agent_id: int | None = None) -> None:
    """Import `month` again from the source used last (planning starts at once); without a
    remembered source, open the empty import screen."""
    source = last_source(app.journal)  # type: ignore[attr-defined]
    app.push_screen(ImportScreen(month, agent_id, source=source,
                                 plan_at_once=source is not None))
