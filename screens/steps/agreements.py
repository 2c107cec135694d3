"""Step 6: support and agreements, the agent's own words, and the manager's private notes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Label

from coachtui.screens.steps import TalkStep
from coachtui.screens.talk_fields import SentenceField


class AgreementsStep(TalkStep):
    """Shared fields for the record (sentences, several lines each); private notes only
    outside agent view."""

    STEP = 6

    def compose(self) -> ComposeResult:
        ctx = self.ctx
        fields = [("support", "agr.support"), ("agreements", "agr.agreements"),
                  ("agent_comments", "agr.agent_comments")]
        if not ctx.agent_view:
            fields.append(("private_notes", "agr.private"))
        for field, label in fields:
            yield Label(ctx.tr(label), classes="section-title")
            yield SentenceField(getattr(ctx.session, field), name=f"session:{field}",
                                disabled=ctx.read_only, id=f"field-{field}")
