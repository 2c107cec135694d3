"""Step 2: each qualitative factor rated with one key, a shared note, and the evidence;
the agent's own rating (agent's turn) beside the team lead's, a difference marked as a
topic."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from coachtui.model import FactorRating, Note, Rating, Session
from coachtui.outside_text import shown
from coachtui.screens.steps import TalkStep
from coachtui.screens.widgets.fields import AutosaveInput, ChoiceField, ChoiceOption
from coachtui.screens.widgets.plain_text import plain


def rating_options() -> list[ChoiceOption]:
    """`+`, `+/-` (= or ~) and `-`, each picked with one key."""
    return [ChoiceOption(Rating.PLUS.value, "+", "+"),
            ChoiceOption(Rating.MIXED.value, "=,~", "+/-"),
            ChoiceOption(Rating.MINUS.value, "-", "-")]


class FactorsStep(TalkStep):
    """One row per factor: label and description, rating keys, note, evidence."""

    STEP = 2
    HINT = "fac.hint"

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr(self.HINT), classes="hint")
        evidence = ctx.view.evidence
        for factor in ctx.view.factors:
            current = ctx.session.rating_for(factor.key)
            with Vertical(classes="factor-row"):
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


def _has_agent_side(rating: FactorRating | None) -> bool:
    """Whether the agent gave their own rating or note on this factor."""
    return rating is not None and bool(rating.agent_rating or rating.agent_note)
