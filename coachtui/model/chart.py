"""The trend chart of one metric: the computation every drawing of it shares (no Textual).

One model, three painters: the TUI (screens/widgets/trend.py) paints `text_rows`, the PDF
and the HTML record (export/chart_drawing.py) draw bars at `share()` heights. The model
decides the scale (from a little under the lowest value or target to the highest, so the
months' differences show), the scale's labels in the metric's own format, the month labels
(short names in the language), which month met the target that applied *that* month, and
which months have no figure (a gap, never a zero).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachtui.model.catalogue import MetricDefinition

# Eighths of a character cell, bottom up: the finest step a text bar can show.
BLOCKS = " ▁▂▃▄▅▆▇█"
TARGET_LINE = "─"
MISSING_MARK = "·"
MONTH_STEP = 3  # a label every third month (counted back from the last) fits two columns
# The scale starts this share of the range under the lowest value or target.
FLOOR_SHARE = 0.25


class CellKind(StrEnum):
    """What one character of the text chart shows (the painter picks the style)."""

    MET = "met"  # part of a bar whose month met its target
    MISSED = "missed"  # part of a bar whose month missed its target
    PLAIN = "plain"  # part of a bar of a month without a target
    TARGET = "target"  # the target line
    MISSING = "missing"  # the mark of a month without a figure
    AXIS = "axis"  # the scale and its labels
    LABEL = "label"  # a month label
    BLANK = "blank"


@dataclass(frozen=True)
class Cell:
    """One character of the text chart and what it means."""

    char: str
    kind: CellKind


@dataclass(frozen=True)
class ChartMonth:
    """One month of the chart: its figure, the target then in force and the verdict."""

    month: str  # YYYY-MM
    label: str  # the short month name in the chart's language
    value: float | None
    target: float | None
    met: bool | None  # None: no figure, or no target that month

    @property
    def missing(self) -> bool:
        """True when the month has no figure."""
        return self.value is None


@dataclass(frozen=True)
class TrendChart:
    """A metric's months against their targets, with the scale every drawing uses."""

    months: tuple[ChartMonth, ...]
    low: float
    high: float
    low_label: str
    high_label: str
    higher_is_better: bool

    @property
    def has_value(self) -> bool:
        """True when any month has a figure."""
        return any(not m.missing for m in self.months)

    @property
    def has_target(self) -> bool:
        """True when a target applied in any month."""
        return any(m.target is not None for m in self.months)

    def share(self, value: float) -> float:
        """Where `value` stands on the scale: 0 at the bottom, 1 at the top."""
        return max(0.0, min(1.0, (value - self.low) / (self.high - self.low)))

    def labelled(self) -> list[int]:
        """The indexes of the months that carry a label: every third, the last always."""
        last = len(self.months) - 1
        return sorted(i for i in range(last, -1, -MONTH_STEP))

    # -- the text painting (TUI) ----------------------------------------------------------
    @property
    def axis_width(self) -> int:
        """The columns the scale's labels take (charts in one table share the widest)."""
        return max(len(self.low_label), len(self.high_label))

    def text_rows(self, height: int, axis_width: int = 0) -> list[list[Cell]]:
        """The chart as `height` rows of bars plus a row of month labels, the scale's
        labels on the left: two columns per month (the bar, then a gap the target line
        runs through), so a bar rising through the line is above target. The scale takes
        `axis_width` columns, or as many as its labels need."""
        axis_width = max(axis_width, self.axis_width)
        levels = height * 8
        bars = [None if m.value is None else max(1, round(self.share(m.value) * levels))
                for m in self.months]
        lines = [None if m.target is None else
                 min(height - 1, max(0, -(-round(self.share(m.target) * levels) // 8) - 1))
                 for m in self.months]
        rows: list[list[Cell]] = []
        for row in range(height - 1, -1, -1):  # top row first
            if row == height - 1:
                tick, edge = self.high_label, "┤"
            elif row == 0:
                tick, edge = self.low_label, "┤"
            else:
                tick, edge = "", "│"
            cells = [Cell(ch, CellKind.AXIS) for ch in tick.rjust(axis_width)]
            cells.append(Cell(edge, CellKind.AXIS))
            for month, bar, line in zip(self.months, bars, lines, strict=True):
                on_line = line == row
                cells.append(self._bar_cell(month, bar, row, on_line))
                cells.append(Cell(TARGET_LINE, CellKind.TARGET) if on_line
                              else Cell(" ", CellKind.BLANK))
            rows.append(cells)
        rows.append(self._label_row(axis_width + 1))
        return rows

    def _bar_cell(self, month: ChartMonth, bar: int | None, row: int, on_line: bool) -> Cell:
        if bar is None:
            if row == 0:
                return Cell(MISSING_MARK, CellKind.MISSING)
            return Cell(TARGET_LINE, CellKind.TARGET) if on_line else Cell(" ", CellKind.BLANK)
        filled = bar - row * 8
        if filled <= 0:
            return Cell(TARGET_LINE, CellKind.TARGET) if on_line else Cell(" ", CellKind.BLANK)
        kind = (CellKind.PLAIN if month.met is None
                else CellKind.MET if month.met else CellKind.MISSED)
        return Cell(BLOCKS[min(filled, 8)], kind)

    def _label_row(self, indent: int) -> list[Cell]:
        width = indent + 2 * len(self.months) + 1
        chars = [" "] * width
        for i in self.labelled():
            for n, ch in enumerate(self.months[i].label):
                if indent + 2 * i + n < width:
                    chars[indent + 2 * i + n] = ch
        return [Cell(ch, CellKind.LABEL if ch != " " else CellKind.BLANK) for ch in chars]


def month_label(month: str, lang: str) -> str:
    """The short name of a YYYY-MM month in `lang` (three letters)."""
    from coachtui.texts import tr

    return tr(f"charts.month.{int(month[5:7])}", lang)


def met_target(higher_is_better: bool, value: float | None, target: float | None) -> bool | None:
    """Whether `value` meets `target` in the metric's direction; None without either."""
    if value is None or target is None:
        return None
    return value >= target if higher_is_better else value <= target


def scale_of(values: Sequence[float | None], targets: Sequence[float | None]
             ) -> tuple[float, float]:
    """(low, high) of a chart: from a little under the lowest value or target (never below
    zero when nothing is) to the highest; a flat series gets room around it."""
    present = [v for v in (*values, *targets) if v is not None]
    if not present:
        return 0.0, 1.0
    low, high = min(present), max(present)
    # a flat series stands at the top of a scale a tenth of its size deep
    bottom = low - FLOOR_SHARE * (high - low) if high > low else low - (abs(low) * 0.1 or 1.0)
    if low >= 0:
        bottom = max(bottom, 0.0)
    return _rounded(bottom, max(high, bottom + 1.0) if high <= bottom else high)


def _rounded(low: float, high: float) -> tuple[float, float]:
    """`low` down and `high` up to a round step (1, 2 or 5 times a power of ten), so the
    scale's labels read as round numbers (75% to 95%, not 75.5% to 93%)."""
    span = high - low
    unit = 10.0 ** math.floor(math.log10(span))
    for step in (unit / 5, unit / 2, unit):
        if span / step <= 8:
            break
    return (round(math.floor(low / step) * step, 9), round(math.ceil(high / step) * step, 9))


def trend_chart(metric: MetricDefinition, months: Sequence[str],
                values: Sequence[float | None], targets: Sequence[float | None],
                lang: str) -> TrendChart:
    """The chart of `metric` over `months` (oldest first), each with its own target."""
    return chart_of(months, values, targets, lang, higher_is_better=metric.higher_is_better,
                    fmt=lambda value: metric.format(value, lang))


def chart_of(months: Sequence[str], values: Sequence[float | None],
             targets: Sequence[float | None], lang: str, *, higher_is_better: bool,
             fmt: Callable[[float], str]) -> TrendChart:
    """The chart of a series without a catalogue metric: `fmt` writes the scale's values."""
    if not len(months) == len(values) == len(targets):
        raise ValueError("months, values and targets differ in length")
    low, high = scale_of(values, targets)
    return TrendChart(
        months=tuple(ChartMonth(m, month_label(m, lang), v, t,
                                met_target(higher_is_better, v, t))
                     for m, v, t in zip(months, values, targets, strict=True)),
        low=low, high=high, low_label=fmt(low), high_label=fmt(high),
        higher_is_better=higher_is_better)


def level_marks(values: Sequence[float | None]) -> str:
    """A series without months or target (competence points, calibration agreement) as
    one row of eighth blocks on `scale_of`'s scale; a missing value is a gap."""
    low, high = scale_of(values, ())
    return "".join(" " if v is None else BLOCKS[max(1, round((v - low) / (high - low) * 8))]
                   for v in values)
