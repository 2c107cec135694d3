"""The one trend renderer of the TUI: paints a `TrendChart` (coachtui/model/chart.py).

The model decides everything (scale, rows, month labels, which month met its target);
this module only gives each cell its style. The shapes carry the meaning, so the chart
reads in monochrome: bars (`▁`..`█`) two columns apart, each month's target as a `─` line
that a bar above target rises through, `·` for a month without a figure, the scale's top
and bottom in the metric's own format on the left, short month names underneath. Colour
only repeats it: bars on target green, off target red.

Used in Rich tables (the agent page, the year overview, team goals) through `chart_text`,
and as a widget (`TrendChartView`) where one chart stands alone (the talk's figures step).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from coachtui.model.chart import Cell, CellKind, TrendChart, level_marks

STYLE = {CellKind.MET: "bold green", CellKind.MISSED: "bold red", CellKind.PLAIN: "bold",
         CellKind.TARGET: "", CellKind.MISSING: "dim", CellKind.AXIS: "dim",
         CellKind.LABEL: "dim", CellKind.BLANK: ""}
CHART_HEIGHT = 2  # rows of bars in a table row (agent page, year overview)
CHART_MONTHS = 12  # months in a chart: two columns each fit 80 columns with the scale
VIEW_HEIGHT = 5  # rows of bars where the chart stands alone


def chart_text(chart: TrendChart, height: int = CHART_HEIGHT, *, labels: bool = True,
               axis_width: int = 0) -> Text:
    """The chart as Rich Text: `height` rows of bars, then the month labels (left out
    where a table's heading carries them: `month_header`); the scale takes at least
    `axis_width` columns, so the charts of one table line up."""
    rows = chart.text_rows(height, axis_width)
    return _painted(rows if labels else rows[:-1])


def month_header(chart: TrendChart, axis_width: int = 0) -> Text:
    """The chart's row of month labels alone, for the heading of a column of charts (the
    charts of one table share their months and `axis_width`)."""
    return _painted(chart.text_rows(1, axis_width)[-1:])


def _painted(rows: list[list[Cell]]) -> Text:
    text = Text(no_wrap=True)
    for n, row in enumerate(rows):
        if n:
            text.append("\n")
        for cell in row:
            text.append(cell.char, style=STYLE[cell.kind] or None)
    return text


def level_text(values: Sequence[float | None]) -> Text:
    """A short series without months or target (competence points, calibration rounds) as
    one row of bars, on the chart model's scale."""
    return Text(level_marks(values), style="cyan", no_wrap=True)


class TrendChartView(Static):
    """One chart standing alone (the figures step's metric under the cursor)."""

    DEFAULT_CSS = """
    TrendChartView { height: auto; width: auto; padding: 0 1; }
    """

    def __init__(self, chart: TrendChart | None = None, *, height: int = VIEW_HEIGHT,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.chart = chart
        self.chart_height = height

    def on_mount(self) -> None:
        self.show(self.chart)

    def show(self, chart: TrendChart | None) -> None:
        """Paint `chart` (None: nothing)."""
        self.chart = chart
        self.update(chart_text(chart, self.chart_height) if chart is not None else "")
