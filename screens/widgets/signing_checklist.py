"""The checklist above the signatures: what the talk still lacks, hard gaps first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from coachtui.services.signing import Checklist, checklist
from coachtui.texts import tr

if TYPE_CHECKING:
    from coachtui.services import Journal


def checklist_text(found: Checklist, lang: str) -> Text:
    """The checklist as lines: ✗ blocks signing, ! needs both to confirm, each with its step."""
    text = Text()
    text.append(tr("signing.checklist.title", lang), style="bold underline")
    text.append("\n")
    if found.leaving:
        text.append(f"  {tr('signing.checklist.leaving', lang)}\n", style="italic")
    if found.complete:
        text.append(f"  ✓ {tr('signing.checklist.complete', lang)}", style="green")
        return text
    for gap in found.gaps:
        mark, style = ("✗", "bold red") if gap.hard else ("!", "yellow")
        text.append(f"  {mark} ", style=style)
        text.append(gap.text(lang))
        text.append(f"  ({tr('signing.checklist.step', lang, step=gap.step)})\n", style="dim")
    hint = "signing.checklist.hard_hint" if found.hard else "signing.checklist.soft_hint"
    text.append(f"  {tr(hint, lang)}", style="dim italic")
    return text


class SigningChecklist(Static):
    """Shows the talk's checklist; reads it again each time the wrap-up comes into view,
    so what was typed on the other steps since is taken into account."""

    DEFAULT_CSS = """
    SigningChecklist { height: auto; margin-bottom: 1; border-left: tall $warning;
                       padding-left: 1; }
    SigningChecklist.-complete { border-left: tall $success; }
    SigningChecklist.-blocked { border-left: tall $error; }
    """

    def __init__(self, journal: Journal, session_id: int, lang: str, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.journal = journal
        self.session_id = session_id
        self.lang = lang
        self.found: Checklist | None = None

    def on_mount(self) -> None:
        self.reload()

    def on_show(self) -> None:
        self.reload()

    def reload(self) -> Checklist:
        """Read the checklist from the journal and show it; returns it."""
        found = checklist(self.journal, self.session_id)
        self.found = found
        self.set_class(found.complete, "-complete")
        self.set_class(bool(found.hard), "-blocked")
        self.update(checklist_text(found, self.lang))
        return found
