"""The competence KPI of one agent: phase, each skill's latest judgement, points and level
with its trend, and the proposed learning point. A key judges the skill under the cursor
today (saved at once); `n` adds a note to that judgement; `p` changes the phase."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Label, Static

from coachtui.clock import today
from coachtui.model.choices import Judgement
from coachtui.screens.base import CoachScreen
from coachtui.screens.notes_screen import EditNotePrompt
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain, plain_cell
from coachtui.screens.widgets.trend import level_text
from coachtui.services import agents, competence
from coachtui.texts import has_text

if TYPE_CHECKING:
    from coachtui.services import Journal

_STYLE = {Judgement.SUFFICIENT: "green", Judgement.INSUFFICIENT: "yellow",
          Judgement.INSUFFICIENT_IMPACT: "bold red"}


def phase_word(phase: str | None, tr_: Callable[[str], str]) -> str:
    """A phase as a person reads it."""
    if phase is None:
        return "–"
    key = f"comp.set.{phase}"
    return tr_(key) if has_text(key) else phase


def competence_line(journal: Journal, agent_id: int, lang: str) -> str:
    """One line for the talk: phase, points and level, and the proposed learning point
    ('' for an agent in no phase)."""
    from coachtui.texts import tr

    summary = competence.competence_summary(journal, agent_id)
    if summary.phase is None:
        return ""
    line = tr("comp.talk_line", lang, phase=phase_word(summary.phase, lambda k: tr(k, lang)),
              points=summary.points, max=summary.max_points, level=summary.level)
    if summary.proposal is not None:
        line += " " + tr("comp.proposal", lang, skill=summary.proposal.label(lang))
    return line


class CompetenceScreen(CoachScreen):
    """Judge an agent's skills of their phase."""

    PALETTE_AREA_KEY = "comp.palette"
    BINDINGS = [
        Binding("1", "judge('sufficient')", "Sufficient", id="comp.sufficient",
                tooltip="Judge the skill under the cursor sufficient (today)"),
        Binding("2", "judge('insufficient')", "Insufficient", id="comp.insufficient",
                tooltip="Insufficient, without impact on the customer"),
        Binding("3", "judge('insufficient_impact')", "With impact", id="comp.impact",
                tooltip="Insufficient, with impact on the customer"),
        Binding("n", "note", "Note", id="comp.note",
                tooltip="A note with the latest judgement of the skill under the cursor"),
        Binding("p", "phase", "Phase", id="comp.phase",
                tooltip="Move the agent to the next competence phase (or none)"),
        Binding("escape", "back", "Back", id="comp.back", tooltip="Back to the agent page"),
    ]

    def __init__(self, agent_id: int) -> None:
        super().__init__()
        self.agent_id = agent_id

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield AgentViewBadge()
        yield Label(id="comp-title", classes="section-title")
        yield Static(id="comp-level")
        yield DataTable(id="comp-skills", cursor_type="row")
        yield Static(id="comp-proposal", classes="hint")
        yield Static(id="comp-empty", classes="empty-state")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_data()
        self.query_one(DataTable).focus()

    def refresh_data(self) -> None:
        """Re-read the agent's competence."""
        super().refresh_data()
        agent = agents.agent(self.journal, self.agent_id)
        summary = competence.competence_summary(self.journal, self.agent_id)
        self.summary = summary
        self.query_one("#comp-title", Label).update(plain(self.tr(
            "comp.ui.title", name=agent.name, phase=phase_word(summary.phase, self.tr))))
        level = Text(self.tr("comp.ui.level", points=summary.points, max=summary.max_points,
                             level=summary.level) + "  ")
        level.append(level_text([float(p) for _, p, _ in summary.trend]))
        self.query_one("#comp-level", Static).update(level if summary.phase else "")
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        for column in ("skill", "phase", "judgement", "date", "note"):
            table.add_column(self.tr(f"comp.col.{column}"))
        for state in summary.skills:
            latest = state.latest
            word = Text(self.tr(f"comp.judgement.{latest.judgement.value}"),
                        style=_STYLE[latest.judgement]) if latest else Text(
                self.tr("comp.not_judged"), style="dim")
            table.add_row(plain_cell(state.skill.label(self.lang)),
                          self._short(state.skill.factor_set), word,
                          latest.judged_on if latest else "",
                          plain_cell(latest.note if latest else ""))
        if summary.skills:
            table.move_cursor(row=min(max(cursor, 0), len(summary.skills) - 1))
        self.query_one("#comp-proposal", Static).update(
            plain(self.tr("comp.proposal", skill=summary.proposal.label(self.lang)))
            if summary.proposal else "")
        empty = self.query_one("#comp-empty", Static)
        empty.update(self.tr("comp.ui.no_phase"))
        empty.display = summary.phase is None

    def _short(self, factor_set: str) -> str:
        key = f"comp.short.{factor_set}"
        return self.tr(key) if has_text(key) else factor_set

    def _skill(self) -> str | None:
        table = self.query_one(DataTable)
        skills = self.summary.skills
        if not skills or not 0 <= table.cursor_row < len(skills):
            return None
        return skills[table.cursor_row].skill.key

    def action_judge(self, judgement: str) -> None:
        """Judge the skill under the cursor today."""
        key = self._skill()
        if key is None:
            return
        competence.judge(self.journal, self.agent_id, key, judgement, today().isoformat())
        self.refresh_data()

    def action_note(self) -> None:
        """Add or change the note of the latest judgement under the cursor."""
        table = self.query_one(DataTable)
        skills = self.summary.skills
        if not skills or not 0 <= table.cursor_row < len(skills):
            return
        latest = skills[table.cursor_row].latest
        if latest is None:
            self.notify(self.tr("comp.ui.judge_first"), severity="warning", markup=False)
            return

        def save(text: str | None) -> None:
            if text is not None:
                competence.set_note(self.journal, latest.id, text)
                self.refresh_data()

        self.app.push_screen(EditNotePrompt(self.tr("comp.ui.ask_note"), latest.note),
                             callback=save)

    def action_phase(self) -> None:
        """Next phase: none -> phase 1 -> 2 -> 3 -> none."""
        order: list[str | None] = [None, *competence.PHASES]
        current = self.summary.phase
        following = order[(order.index(current) + 1) % len(order)] if current in order \
            else None
        competence.set_phase(self.journal, self.agent_id, following)
        self.refresh_data()

    def action_back(self) -> None:
        """Back to the agent page."""
        self.app.pop_screen()
