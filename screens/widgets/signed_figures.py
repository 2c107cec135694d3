"""On the agent page: figures that a signed talk keeps, where today's figures differ.

A re-import or a new target never changes a signed record; when the two read differently,
both are shown so nobody wonders which one the talk was about.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.widgets import Static

from coachtui.model import MetricDefinition
from coachtui.model.number_format import figure_text
from coachtui.services.signing import FigureDifference
from coachtui.texts import tr


def differences_text(differences: Iterable[FigureDifference],
                     metrics: dict[str, MetricDefinition], lang: str) -> Text:
    """One line per figure: signed value (met/missed), then today's."""

    def value(metric: str, number: float | None) -> str:
        return figure_text(metrics.get(metric), number, lang)

    text = Text()
    text.append(tr("signing.kept.title", lang), style="bold")
    for d in differences:
        definition = metrics.get(d.metric)
        text.append("\n  ")
        text.append(tr("signing.kept.line", lang, month=d.month,
                       metric=definition.label(lang) if definition else d.metric,
                       signed=value(d.metric, d.signed_value),
                       signed_result=tr(f"export.result.{d.signed_result}", lang),
                       now=value(d.metric, d.now_value),
                       now_result=tr(f"export.result.{d.now_result}", lang)))
    return text


class SignedFigures(Static):
    """Hidden unless a signed talk's figures differ from today's."""

    DEFAULT_CSS = """
    SignedFigures { height: auto; margin: 1 0 0 0; color: $text-muted; }
    """

    def show(self, differences: list[FigureDifference],
             metrics: dict[str, MetricDefinition], lang: str) -> None:
        """Show these differences (or hide when there are none)."""
        self.display = bool(differences)
        if differences:
            self.update(differences_text(differences, metrics, lang))
