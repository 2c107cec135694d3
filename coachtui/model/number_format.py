"""Numbers as a person reads them in their language: the one place that decides whether a
figure shows as `90.9%` or `90,9%`. Every screen, the command line's text output and the
documents write numbers through here; JSON and CSV files for machines keep their own
notation. Plain Python (no pydantic): the first screen may use it.
"""

from __future__ import annotations

from typing import Protocol

MISSING = "–"


def decimal_text(value: float, decimals: int | None, lang: str) -> str:
    """`value` with `decimals` places (None: as few as it needs, `2.5`, `3`), with a
    decimal comma in Dutch (`2,5`) and a decimal point in English."""
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


class Formats(Protocol):
    """A metric definition: it knows how its values read (`MetricDefinition`)."""

    def format(self, value: float | None, lang: str) -> str:
        """The value as a person reads it in `lang`."""


def figure_text(metric: Formats | None, value: float | None, lang: str) -> str:
    """A figure as its metric writes it in `lang`; a metric the catalogue no longer has
    shows the bare number (`–` when missing)."""
    if metric is not None:
        return metric.format(value, lang)
    return MISSING if value is None else decimal_text(value, None, lang)
