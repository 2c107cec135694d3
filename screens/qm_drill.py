"""The contacts behind a month's `qm_score` and `rq`: each evaluation with its score, the
scores per criterion, the notes and the agent's own verdict (from the figures step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Label, Static

from coachtui.model import qm_scoring
from coachtui.model.number_format import optional_decimal
from coachtui.outside_text import shown
from coachtui.screens.base import CoachScreen
from coachtui.screens.widgets.badge import AgentViewBadge
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import agents
from coachtui.services import qm as qm_service

if TYPE_CHECKING:
    from coachtui.services import Journal


def contacts_text(journal: Journal, agent_id: int, month: str, lang: str,
                  factor: str | None = None) -> Text:
    """The month's evaluated contacts as text (also used where a screen embeds them);
    with `factor`, only the contacts that count as evidence for it, its criteria marked."""
    from coachtui.texts import tr

    found = qm_service.month_contacts(journal, agent_id, month)
    if factor is not None:
        evidence = qm_service.factor_evidence(journal, agent_id, month).get(factor)
        keep = set(evidence.evaluation_ids) if evidence else set()
        found = [s for s in found if s.evaluation.id in keep]
    if not found:
        return Text(tr("qm.ui.no_contacts", lang, month=month), style="dim")
    text = Text()
    for scored in found:
        e = scored.evaluation
        score = qm_scoring.rounded(scored.score)
        channel = tr(f"channel.{e.channel}", lang) if e.channel else ""
        text.append(f"{e.scored_on}  {shown(e.contact_ref)}  {channel}  ", style="bold")
        text.append(f"{optional_decimal(score, 1, lang)}  ", style="bold cyan")
        text.append(tr("qm.ui.by", lang, scorer=shown(e.scorer)) + "\n", style="dim")
        for c in scored.form.criteria:
            if c.key not in e.scores and c.key not in e.notes:
                continue
            value = e.scores.get(c.key)
            mapped = factor is not None and c.factor == factor
            low = mapped and value is not None and qm_service.is_low(value, c.max)
            text.append(f"  {'▸' if mapped else ' '} {shown(c.label(lang))}: "
                        f"{'–' if value is None else value}/{c.max}",
                        style="bold red" if low else "bold" if mapped else "")
            if c.key in e.notes:
                text.append(f"  {shown(e.notes[c.key])}", style="italic")
            text.append("\n")
        if e.agent_verdict:
            text.append("    " + tr("qm.ui.verdict_line", lang, text=shown(e.agent_verdict))
                        + "\n", style="yellow")
    return text


class QmDrillScreen(CoachScreen):
    """One agent's evaluated contacts of one month."""

    PALETTE_AREA_KEY = "qm.palette"
    BINDINGS = [Binding("escape", "back", "Back", id="qmdrill.back", tooltip="Back")]

    def __init__(self, agent_id: int, month: str, *, factor: str | None = None) -> None:
        super().__init__()
        self.agent_id = agent_id
        self.month = month
        self.factor = factor  # only the contacts that are evidence for this factor

    def compose(self) -> ComposeResult:
        agent = agents.agent(self.journal, self.agent_id)
        yield Header(show_clock=False)
        yield AgentViewBadge()
        title = self.tr("qm.ui.drill_title", name=agent.name, month=self.month)
        if self.factor is not None:
            known = {f.key: f for f in self.journal.factors(active_only=False)}
            label = known[self.factor].label(self.lang) if self.factor in known else self.factor
            title = self.tr("qm.ui.drill_factor_title", name=agent.name, month=self.month,
                            factor=label)
        yield Label(plain(title), classes="section-title")
        with VerticalScroll():
            yield Static(contacts_text(self.journal, self.agent_id, self.month, self.lang,
                                       self.factor), id="qm-drill-contacts")
        yield Footer(compact=True)

    def action_back(self) -> None:
        """Back to the talk."""
        self.app.pop_screen()
