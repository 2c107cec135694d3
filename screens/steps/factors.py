"""Step 2: each qualitative factor rated with one key, a shared note, and the evidence."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from coachtui.model import Note, Rating
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

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        yield Static(ctx.tr("fac.hint"), classes="hint")
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
                yield AutosaveInput(current.note if current else "",
                                    name=f"ratingnote:{factor.key}",
                                    placeholder=ctx.tr("fac.note"), disabled=ctx.read_only,
                                    id=f"note-{factor.key}")
                yield Static(self._evidence_text(evidence.get(factor.key, [])),
                             classes="evidence")

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
