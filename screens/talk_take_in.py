"""Taking another window's changes into an open talk, field by field.

Only fields whose journal value differs from what this window last saw are updated, and
never the field that has the focus or one with unsaved text: the next save of such a field
carries the old value, is refused as a conflict, and the user chooses. Nothing here writes
to the journal or moves the focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.widgets import Static

from coachtui.screens.steps.goals import smart_text
from coachtui.screens.widgets.fields import TalkField
from coachtui.services.talks import TalkState

if TYPE_CHECKING:
    from coachtui.screens.talk_fields import TalkFieldSaving


@dataclass(frozen=True)
class TakeIn:
    """What changed beyond single values: the caller rebuilds or re-syncs for these."""

    state: TalkState
    signed_now: bool = False
    goals_changed: bool = False
    review_changed: bool = False


def take_in(screen: TalkFieldSaving, state: TalkState, *, structure_only: bool = False) -> TakeIn:
    """Update the screen's fields to `state`; report structural changes."""
    old = screen.ctx.view.state
    found = TakeIn(
        state=state,
        signed_now=state.session.signed != old.session.signed,
        goals_changed=[g.id for g in state.session.goals] != [g.id for g in old.session.goals],
        review_changed=[g.id for g in state.to_review] != [g.id for g in old.to_review],
    )
    if found.signed_now or structure_only:
        return found
    focused = screen.focused
    for widget in screen.query("*"):
        if not isinstance(widget, TalkField) or not widget.name:
            continue
        new = state.value(widget.name)
        if new is None and not widget.name.startswith(("rating:", "review:")):
            continue  # its goal is gone: the structural re-sync removes the field
        if widget.conflict:
            widget.theirs = new  # the choice offered is the newest other value
            continue
        if new == widget.saved_value:
            continue
        if widget is focused or widget.current != widget.saved_value:
            continue  # being typed in: its next save settles it (conflict, user chooses)
        widget.take_in(new)
    ctx = screen.ctx
    for goal in state.session.goals:
        try:
            verdict = screen.query_one(f"#smart-{goal.id}", Static)
        except NoMatches:
            continue
        text = smart_text(ctx, goal)
        if getattr(verdict, "verdict", None) != text.plain:
            verdict.verdict = text.plain  # type: ignore[attr-defined]
            verdict.update(text)
    carried = {g.carried_over_from for g in state.session.goals if g.carried_over_from}
    for goal in state.to_review:
        try:
            label = screen.query_one(f"#carried-{goal.id}", Static)
        except NoMatches:
            continue
        label.update(f"↪ {ctx.tr('look.carried')}" if goal.id in carried else "")
    return found
