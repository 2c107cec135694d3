"""The agenda of a talk: topics either side added before it, each ticked off here or
carried to the next talk (one key each)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Label, Static

from coachtui.outside_text import shown
from coachtui.screens.steps import StepContext
from coachtui.screens.widgets.fields import ChoiceField, ChoiceOption


def agenda_options(ctx: StepContext) -> list[ChoiceOption]:
    """Done or next time, each with the first letter of its word in the talk's language."""
    done, carried = ("b,d", "v,n") if ctx.lang == "nl" else ("d,b", "n,v")
    return [ChoiceOption("done", done, ctx.tr("kinds.agenda.done")),
            ChoiceOption("carried", carried, ctx.tr("kinds.agenda.carried"))]


def agenda_widgets(ctx: StepContext) -> Iterable[Widget]:
    """The agenda title, a hint, and per item who added it, its text and its choice."""
    items = ctx.view.state.agenda
    yield Label(ctx.tr("kinds.agenda.title"), classes="section-title")
    if not items:
        yield Static(ctx.tr("kinds.agenda.none"), classes="empty-state", id="agenda-none")
        return
    yield Static(ctx.tr("kinds.agenda.hint"), classes="hint")
    session_id = ctx.session.id
    for item in items:
        with Horizontal(classes="agenda-row", id=f"agenda-row-{item.id}"):
            value = item.state if item.state_session_id == session_id else None
            yield ChoiceField(agenda_options(ctx), value, name=f"agenda:{item.id}",
                              read_only=ctx.read_only, id=f"agenda-{item.id}",
                              show_keys=True)
            text = Text(f"({ctx.tr('kinds.agenda.by.' + item.added_by)}) ", style="dim")
            text.append(shown(item.text))
            yield Static(text, classes="agenda-text")
