"""Numbers as a person reads them in their language: the one place that decides whether a
figure shows as `1,234.5` and `90.9%` or as `1.234,5` and `90,9%`. Every screen, the
command line's text output and the documents (Markdown, HTML, PDF) write numbers through
here. `--json` output keeps machine numbers, and the month CSV keeps its own contract
(raw values, no grouping; a decimal comma only with `--delimiter ";"` for Dutch Excel,
whatever the language): spreadsheets read those cells as numbers.

The notation is Babel's (CLDR data): Dutch as in the Netherlands (`nl_NL`), English as in
the United Kingdom (`en_GB`). The two English locales write numbers alike; en_GB is chosen
because the team leads work in Europe, so a date in English reads day-first
(`2 December 2026`), as the Dutch one does. Rounding is Babel's (half to even on the
decimal value, so `85.55` shows as `85.6`), and a value that rounds to zero never shows a
minus sign (`-0.04` with one decimal is `0.0`, not `-0.0`).

Plain Python apart from Babel (no pydantic): the first screen may use it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Protocol

from babel import Locale
from babel.numbers import format_decimal, format_percent

MISSING = "–"

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
"""The CLDR locale of each language coachtui speaks."""

_MOST_DECIMALS = 6


def locale_name(lang: str) -> str:
    """The CLDR locale of `lang` (`nl_NL`, `en_GB`); an unknown language reads as English."""
    return LOCALES.get(lang, LOCALES["en"])


@cache
def locale_of(lang: str) -> Locale:
    """The Babel `Locale` of `lang` (plural rules, month names)."""
    return Locale.parse(locale_name(lang))


def _pattern(decimals: int | None, suffix: str = "") -> str:
    if decimals is None:
        return "#,##0." + "#" * _MOST_DECIMALS + suffix
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + suffix


def _no_negative_zero(value: float, decimals: int | None) -> float | Decimal:
    """`value` as Babel should see it: zero when it rounds to zero (no `-0,0`)."""
    exact = Decimal(str(value))
    places = _MOST_DECIMALS if decimals is None else decimals
    if exact.quantize(Decimal(1).scaleb(-places)).is_zero():
        return Decimal(0)
    return exact


def decimal_text(value: float, decimals: int | None, lang: str) -> str:
    """`value` with `decimals` places (None: as few as it needs, `2.5`, `3`), grouped by
    thousands: `1,234.5` in English, `1.234,5` in Dutch."""
    return format_decimal(_no_negative_zero(value, decimals), format=_pattern(decimals),
                          locale=locale_name(lang))


def percent_text(share: float, decimals: int | None, lang: str) -> str:
    """A share given in percent points (`90.9` for 90.9 %) with its percent sign as the
    language writes it: `90.9%`, `90,9%`."""
    points = _no_negative_zero(share, decimals)
    return format_percent(Decimal(points) / 100, format=_pattern(decimals, "%"),
                          locale=locale_name(lang))


def editable_text(value: float, lang: str) -> str:
    """A number for a field the person edits: as few decimals as it needs and no grouping
    (`1234,5` in Dutch, `1234.5` in English), so what is read back is what was shown (the
    parsers take a decimal comma or point)."""
    return format_decimal(_no_negative_zero(value, None), format=_pattern(None),
                          locale=locale_name(lang), group_separator=False)


def optional_decimal(value: float | None, decimals: int | None, lang: str) -> str:
    """`decimal_text`, or `–` when there is no value."""
    return MISSING if value is None else decimal_text(value, decimals, lang)


def optional_percent(share: float | None, decimals: int | None, lang: str) -> str:
    """`percent_text`, or `–` when there is no value."""
    return MISSING if share is None else percent_text(share, decimals, lang)


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
