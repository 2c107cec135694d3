"""Step 2: each qualitative factor rated with one key, a shared note, and the evidence;
the agent's own rating (agent's turn) beside the team lead's, a difference marked as a
topic."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from coachtui.model import FactorRating, Note, Rating, Session
from coachtui.outside_text import shown
from coachtui.screens.steps import TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption
from coachtui.screens.widgets.plain_text import plain
from coachtui.services import qm as qm_service


def rating_options() -> list[ChoiceOption]:
    """`+`, `+/-` (= or ~) and `-`, each picked with one key."""
    return [ChoiceOption(Rating.PLUS.value, "+", "+"),
            ChoiceOption(Rating.MIXED.value, "=,~", "+/-"),
            ChoiceOption(Rating.MINUS.value, "-", "-")]


class FactorsStep(TalkStep):
    """One row per factor: label and description, rating keys, note, evidence."""

    STEP = 2
    HINT = "fac.hint"
    BINDINGS = [Binding("f8", "qm_evidence", "QM evidence", id="talk.qm_evidence",
                        tooltip="The evaluated contacts behind this factor's QM evidence")]

    def qm_evidence(self) -> dict[str, qm_service.FactorEvidence]:
        """The month's evaluations that count as evidence, per factor (read once)."""
        found: dict[str, qm_service.FactorEvidence] | None = getattr(self, "_qm", None)
        if found is None:
            found = qm_service.factor_evidence(self.ctx.journal, self.ctx.session.agent_id,
                                               self.ctx.session.month)
            self._qm = found
        return found

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F8 shows only when some factor has QM evidence this month."""
        if action == "qm_evidence":
            return bool(self.qm_evidence())
        return True

    def action_qm_evidence(self) -> None:
        """The evaluated contacts behind the focused factor's QM evidence (all the
        month's contacts with QM evidence when the focus is on no factor)."""
        from coachtui.screens.qm_drill import QmDrillScreen

        factor = None
        focused = self.screen.focused
        for node in focused.ancestors_with_self if focused is not None else ():
            key = (node.id or "").removeprefix("factor-")
            if node.has_class("factor-row") and key in self.qm_evidence():
                factor = key
                break
        self.app.push_screen(QmDrillScreen(self.ctx.session.agent_id, self.ctx.session.month,
                                           factor=factor))

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr(self.HINT), classes="hint")
        evidence = ctx.view.evidence
        qm = self.qm_evidence()
        for factor in ctx.view.factors:
            current = ctx.session.rating_for(factor.key)
            with Vertical(classes="factor-row", id=f"factor-{factor.key}"):
                with Horizontal(classes="factor-head"):
                    yield Label(plain(factor.label(ctx.lang)), classes="factor-label")
                    yield ChoiceField(rating_options(), current.rating.value
                                      if current and current.rating else None,
                                      name=f"rating:{factor.key}", read_only=ctx.read_only,
                                      id=f"rating-{factor.key}")
                    yield Label(plain(factor.description(ctx.lang)),
                                classes="factor-description")
                side = Static(self._agent_side(current, current.rating if current else None),
                              classes="agent-rating", id=f"agent-side-{factor.key}")
                side.display = _has_agent_side(current)
                yield side
                yield AutosaveInput(current.note if current else "",
                                    name=f"ratingnote:{factor.key}",
                                    placeholder=ctx.tr("fac.note"), disabled=ctx.read_only,
                                    id=f"note-{factor.key}")
                yield Static(self._evidence_text(evidence.get(factor.key, [])),
                             classes="evidence")
                if factor.key in qm:
                    yield Static(qm_text(qm[factor.key], ctx.lang), classes="evidence qm",
                                 id=f"qm-{factor.key}")

    def show_agent_sides(self, session: Session) -> None:
        """Show the agent's own ratings as the journal has them now (typed in the agent's
        turn since this step was built)."""
        for factor in self.ctx.view.factors:
            current = session.rating_for(factor.key)
            for side in self.query(f"#agent-side-{factor.key}").results(Static):
                side.update(self._agent_side(current, current.rating if current else None))
                side.display = _has_agent_side(current)
        self._session = session

    def _agent_side(self, rating: FactorRating | None, lead: Rating | str | None) -> Text:
        """The agent's own rating and note; "differs" when the lead's rating is another."""
        ctx = self.ctx
        if rating is None:
            return Text()
        mine = rating.agent_rating
        text = Text(ctx.tr("kinds.factors.agent", rating=mine.value) if mine
                    else ctx.tr("kinds.factors.agent_none"), style="italic")
        if rating.agent_note:
            text.append(" — " + shown(rating.agent_note), style="italic")
        if mine is not None and lead is not None and str(lead) != mine.value:
            text.append(f"  ⚑ {ctx.tr('kinds.factors.differs')}", style="bold yellow")
        return text

    @on(ChoiceField.Chosen)
    def _lead_rated(self, event: ChoiceField.Chosen) -> None:
        """Redraw the agent's side of the factor just rated (the difference mark)."""
        name = event.field.name or ""
        if not name.startswith("rating:"):
            return
        key = name.partition(":")[2]
        session = getattr(self, "_session", None) or self.ctx.session
        current = session.rating_for(key)
        for side in self.query(f"#agent-side-{key}").results(Static):
            side.update(self._agent_side(current, event.value))


    def _evidence_text(self, notes: list[Note]) -> Text:
        ctx = self.ctx
        text = Text(f"{ctx.tr('fac.evidence')}: ", style="dim")
        if not notes:
            text.append(ctx.tr("fac.no_evidence"), style="dim italic")
            return text
        for note in notes[:3]:
            text.append("\n  ")
            # Spaces end a segment rather than start one: Textual drops a space that
            # opens a new style run.
            text.append(note.created_at.strftime("%d-%m") + " ", style="dim")
            text.append(f"{note.rating.value if note.rating else '·':<3} ", style="bold")
            text.append(shown(note.text, multiline=True) + " ")
            if note.private:
                text.append(f"({ctx.tr('fac.private')})", style="italic yellow")
        if len(notes) > 3:
            text.append(f"\n  … +{len(notes) - 3}", style="dim")
        return text


def qm_text(found: qm_service.FactorEvidence, lang: str) -> Text:
    """One line of QM evidence: "QM: 3 contacts, 2 scored low on 'Listening'"."""
    from coachtui.texts import tr

    text = Text(tr("qm.fac.contacts_one" if found.contacts == 1 else "qm.fac.contacts",
                   lang, n=found.contacts), style="bold")
    low = [c for c in found.criteria if c.low]
    for criterion in low:
        text.append(tr("qm.fac.low", lang, n=criterion.low, label=shown(criterion.label(lang))),
                    style="red")
    if not low:
        text.append(tr("qm.fac.none_low", lang), style="green")
    text.append(f"  ({tr('qm.fac.more', lang)})", style="dim")
    return text


def _has_agent_side(rating: FactorRating | None) -> bool:
    """Whether the agent gave their own rating or note on this factor."""
    return rating is not None and bool(rating.agent_rating or rating.agent_note)
