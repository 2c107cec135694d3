"""What an import would change: the people it creates or updates (each can be unticked),
a table old -> new, new agents marked, and its warnings."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from coachtui.errors import NotFoundError
from coachtui.model.number_format import figure_text
from coachtui.outside_text import quoted, shown
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.texts import tr

TICKED, UNTICKED = "[x]", "[ ]"


class ImportPreview(Vertical):
    """Shows an `ImportPlan`; the screen decides what Enter and Escape do. The lead unticks
    people (`toggle_person`); `unticked` holds their e-mails, and the screen saves
    `plan.without(unticked)`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unticked: set[str] = set()
        self._shown: tuple[Any, dict[str, Any], str | None, int | None] | None = None
        self._people: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Label(id="import-source-line", classes="section-title")
        yield Label(id="import-summary")
        yield DataTable(id="import-people", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="import-changes", cursor_type="row", zebra_stripes=True)
        yield Static(id="import-nothing", classes="empty-state")
        yield Static(id="import-notices")
        yield Label(id="import-preview-hint", classes="hint")

    def focus_table(self) -> None:
        """Put the focus on the people (space unticks), or on the changes when no one is
        listed (arrow keys scroll them)."""
        people = self.query_one("#import-people", DataTable)
        (people if people.row_count else self.query_one("#import-changes", DataTable)).focus()

    def reset(self) -> None:
        """Forget the people unticked (a new preview starts with everyone ticked)."""
        self.unticked = set()

    def toggle_person(self) -> str | None:
        """Tick or untick the person on the people table's cursor row; their e-mail, or None
        when the list is empty."""
        people = self.query_one("#import-people", DataTable)
        if not self._people or self._shown is None:
            return None
        row = min(people.cursor_row, len(self._people) - 1)
        email = self._people[row].email
        self.unticked ^= {email}
        self.show(*self._shown)
        people.move_cursor(row=row)
        return str(email)

    def show(self, plan: Any, source: dict[str, Any], month: str | None,
             agent_id: int | None) -> None:
        """Render `plan` in the app's language; the agent the screen was opened for first."""
        self._shown = (plan, source, month, agent_id)
        app: Any = self.app
        lang = app.lang
        self._people = plan.people()
        self.unticked &= {p.email for p in self._people}
        chosen = plan.without(self.unticked)
        self.query_one("#import-source-line", Label).update(
            plain(_source_line(plan, source, month, lang)))
        summary = tr("import_ui.summary", lang, changes=len(chosen.changes),
                     agents=len(chosen.new_agents), unchanged=plan.unchanged)
        if self._people:
            summary += " · " + tr("import_ui.people_summary", lang,
                                  ticked=len(self._people) - len(self.unticked),
                                  total=len(self._people))
        self.query_one("#import-summary", Label).update(plain(summary))
        self._show_people(lang)
        self._show_changes(plan, app, agent_id, lang)
        nothing = self.query_one("#import-nothing", Static)
        nothing.update(tr("imports.nothing", lang))
        nothing.display = plan.is_empty
        notices = self.query_one("#import-notices", Static)
        if plan.notices:
            notices.update(plain("\n".join([tr("imports.warnings", lang)]
                                           + [f"  • {n.text(lang)}" for n in plan.notices])))
        notices.display = bool(plan.notices)
        if plan.is_empty:
            hint = tr("import_ui.nothing_hint", lang)
        elif chosen.is_empty:
            hint = tr("import_ui.nothing_ticked", lang) + " " + tr("import_ui.people_hint",
                                                                   lang)
        else:
            hint = tr("import_ui.people_hint", lang) + " " + tr("import_ui.preview_hint", lang)
        self.query_one("#import-preview-hint", Label).update(hint)

    def _show_people(self, lang: str) -> None:
        table = self.query_one("#import-people", DataTable)
        table.clear(columns=True)
        for key, width in (("tick", 4), ("agent", 22), ("email", 24), ("kind", 9),
                           ("figures", 7)):
            table.add_column(tr(f"import_ui.col.{key}", lang), key=key, width=width)
        for person in self._people:
            off = person.email in self.unticked
            style = "dim strike" if off else ""
            kind = tr("import_ui.person.new" if person.is_new else "import_ui.person.update",
                      lang)
            table.add_row(Text(UNTICKED if off else TICKED, style="dim" if off else "bold"),
                          Text(shown(person.name), style=style),
                          Text(shown(person.email), style=style),
                          Text(kind, style=style or ("green" if person.is_new else "")),
                          Text(str(person.figures), style=style, justify="right"))
        table.display = bool(self._people)

    def _show_changes(self, plan: Any, app: Any, agent_id: int | None, lang: str) -> None:
        table = self.query_one("#import-changes", DataTable)
        table.clear(columns=True)
        for key, width in (("agent", 30), ("month", 9), ("metric", 28), ("old", 10),
                           ("new", 10)):
            table.add_column(tr(f"import_ui.col.{key}", lang), key=key, width=width)
        metrics = {m.key: m for m in app.journal.metrics(active_only=False)}
        first = _agent_email(app.journal, agent_id)
        changes = sorted(plan.changes, key=lambda c: c.agent_email != first)
        new_emails = {a.email for a in plan.new_agents}
        for change in changes:
            metric = metrics.get(change.metric)
            label = metric.label(lang) if metric else change.metric
            off = change.agent_email in self.unticked
            # names come from the source: control characters show as visible marks
            name = shown(change.agent_name)
            if off:
                agent = Text(tr("import_ui.unticked", lang, name=name), style="dim strike")
            elif change.agent_email in new_emails:
                agent = Text(tr("import_ui.new_agent", lang, name=name), style="bold green")
            else:
                agent = Text(name)
            old = Text(tr("imports.new_value", lang), style="italic", justify="right") \
                if change.is_new else Text(figure_text(metric, change.old, lang), style="dim",
                                           justify="right")
            new = figure_text(metric, change.new, lang)
            table.add_row(agent, plain_cell(change.month), plain_cell(shown(label)), old,
                          Text(new, style="dim strike" if off else "bold", justify="right"))
        table.display = bool(plan.changes)


def _source_line(plan: Any, source: dict[str, Any], month: str | None, lang: str) -> str:
    """Where the figures come from: the file and profile, or the helpdesk and month."""
    if source.get("kind") == "file":
        name = str(source.get("path", "")).rstrip("/").rsplit("/", 1)[-1]
        return tr("imports.header", lang, rows=plan.rows,
                  source=f"{quoted(name)} ({quoted(source.get('profile'))})")
    return tr("imports.header_api", lang, source=plan.source, month=month or "–")


def _agent_email(journal: Any, agent_id: int | None) -> str | None:
    """The e-mail of the agent the screen was opened for, listed first (None: no one)."""
    if agent_id is None:
        return None
    try:
        return str(journal.agent(agent_id).email)
    except NotFoundError:  # an agent removed meanwhile: no one goes first
        return None
