"""The talk screen's goal keys: add (Ctrl+O), remove (Ctrl+R), undo (Ctrl+Z) and carry
over (c). Each re-syncs the goal forms without rebuilding the ones that stay, then puts the
cursor in the right field at once, so keys typed right after land there.
"""

from __future__ import annotations

from textual.widget import Widget

from coachtui.errors import NotFoundError, UserError
from coachtui.model import Goal
from coachtui.screens.steps.goals import GoalsStep
from coachtui.screens.talk_fields import TalkFieldSaving
from coachtui.screens.talk_take_in import TakeIn, take_in
from coachtui.services import talks


class TalkGoalActions(TalkFieldSaving):
    """Goal keys of the talk screen."""

    step: int
    _undo: list[Goal]

    def _apply(self, found: TakeIn) -> None:  # pragma: no cover - TalkScreen provides it
        raise NotImplementedError

    def _goals_step(self) -> GoalsStep:
        """The goals step of this talk (its number follows the talk's kind)."""
        return self.query_one(GoalsStep)

    async def _sync_goals(self) -> None:
        for step in self.query(GoalsStep).results(GoalsStep):  # none in some kinds of talk
            await step.sync_goals(self.ctx)

    # -- goals ---------------------------------------------------------------------------
    async def _goals_changed(self, focus: str | None) -> None:
        """Re-read, bring the goal forms in line, then focus `focus` (at once)."""
        try:
            state = talks.load_state(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        self._apply(take_in(self, state, structure_only=True))
        await self._sync_goals()
        target = self.query(f"#{focus}").first() if focus else None
        step = self._goals_step()
        if target is None:
            target = step
        if step.display:
            self.set_focus(target)

    async def action_add_goal(self) -> None:
        """Add a goal form (a sixth goal is refused with the reason)."""
        try:
            goal = talks.add_goal(self.journal, self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", timeout=6, markup=False)
            return
        await self._goals_changed(f"goal-{goal.id}-what")

    async def action_remove_goal(self) -> None:
        """Remove the goal that has the focus; Ctrl+Z puts it back."""
        goal_id = self._focused_goal_id()
        if goal_id is None:
            return
        forms = [f.goal.id for f in self._goals_step().forms()]
        index = forms.index(goal_id)
        try:
            self._undo.append(talks.remove_goal(self.journal, goal_id))
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return
        self.notify(self.tr("goal.removed"), markup=False)
        rest = [g for g in forms if g != goal_id]
        after = rest[min(index, len(rest) - 1)] if rest else None
        await self._goals_changed(f"goal-{after}-what" if after else None)

    async def action_undo(self) -> None:
        """Put back the goal removed last."""
        if not self._undo:
            return
        try:
            goal = talks.restore_goal(self.journal, self._undo.pop())
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return
        self.notify(self.tr("goal.restored"), markup=False)
        await self._goals_changed(f"goal-{goal.id}-what")

    def _focused_goal_id(self) -> int | None:
        node: Widget | None = self.focused
        while node is not None:
            if node.id and node.id.startswith("goal-") and node.id[5:].isdigit():
                return int(node.id[5:])
            node = node.parent if isinstance(node.parent, Widget) else None
        return None

    # -- look back -----------------------------------------------------------------------
    async def action_carry_over(self) -> None:
        """Carry the focused previous goal over into this month's goals."""
        name = self._focused_name() or ""
        if not (name.startswith("review:") or name.startswith("remark:")):
            return
        try:
            talks.carry_over(self.journal, int(name.partition(":")[2]), self.session_id)
        except NotFoundError:
            self.close_gone()
            return
        except UserError as exc:
            self.notify(exc.text(self.lang), severity="warning", markup=False)
            return
        self.notify(self.tr("look.carry_done"), markup=False)
        await self._goals_changed(None)

