"""Answer fields of the talk kinds: a label and a field per `talk_answers` row, saved per
keystroke through the talk service like every other talk field."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Label

from coachtui.screens.steps import StepContext
from coachtui.screens.widgets.fields import AutosaveInput


def field_id(field: str) -> str:
    """The widget id of an answer field (`answer-coaching-topic`)."""
    return "answer-" + field.replace(".", "-").replace("_", "-")


def answer_inputs(ctx: StepContext, fields: Iterable[str], *,
                  placeholder: str = "") -> Iterable[Widget]:
    """For each field: its label and a text field holding the stored answer."""
    for field in fields:
        yield Label(ctx.tr(f"kinds.field.{field}"), classes="section-title")
        yield AutosaveInput(ctx.session.answers.get(field, ""), name=f"answer:{field}",
                            disabled=ctx.read_only, placeholder=placeholder,
                            id=field_id(field))
