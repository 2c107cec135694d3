"""What an import would change: a table old -> new, new agents marked, and its warnings."""

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


class ImportPreview(Vertical):
    """Shows an `ImportPlan`; the screen decides what Enter and Escape do."""

    def compose(self) -> ComposeResult:
        yield Label(id="import-source-line", classes="section-title")
        yield Label(id="import-summary")
        yield DataTable(id="import-changes", cursor_type="row", zebra_stripes=True)
        yield Static(id="import-nothing", classes="empty-state")
        yield Static(id="import-notices")
        yield Label(id="import-preview-hint", classes="hint")

    def focus_table(self) -> None:
        """Put the focus on the list of changes (arrow keys scroll it)."""
        self.query_one(DataTable).focus()

    def show(self, plan: Any, source: dict[str, Any], month: str | None,
             agent_id: int | None) -> None:
        """Render `plan` in the app's language; the agent the screen was opened for first."""
        app: Any = self.app
        lang = app.lang
        self.query_one("#import-source-line", Label).update(
            plain(_source_line(plan, source, month, lang)))
        self.query_one("#import-summary", Label).update(tr(
            "import_ui.summary", lang, changes=len(plan.changes),
            agents=len(plan.new_agents), unchanged=plan.unchanged))
        table = self.query_one(DataTable)
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
            # names come from the source: control characters show as visible marks
            if change.agent_email in new_emails:
                agent = Text(tr("import_ui.new_agent", lang, name=shown(change.agent_name)),
                             style="bold green")
            else:
                agent = Text(shown(change.agent_name))
            old = Text(tr("imports.new_value", lang), style="italic", justify="right") \
                if change.is_new else Text(figure_text(metric, change.old, lang), style="dim",
                                           justify="right")
            new = figure_text(metric, change.new, lang)
            table.add_row(agent, plain_cell(change.month), plain_cell(shown(label)), old,
                          Text(new, style="bold", justify="right"))
        table.display = not plan.is_empty
        nothing = self.query_one("#import-nothing", Static)
        nothing.update(tr("imports.nothing", lang))
        nothing.display = plan.is_empty
        notices = self.query_one("#import-notices", Static)
        if plan.notices:
            notices.update(plain("\n".join([tr("imports.warnings", lang)]
                                           + [f"  • {n.text(lang)}" for n in plan.notices])))
        notices.display = bool(plan.notices)
        self.query_one("#import-preview-hint", Label).update(
            tr("import_ui.nothing_hint" if plan.is_empty else "import_ui.preview_hint", lang))


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
