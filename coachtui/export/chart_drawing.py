"""A trend chart on paper: one geometry, drawn as inline SVG (HTML) and with fpdf2's
drawing calls (PDF), from the same `TrendChart` model the TUI paints.

Readable in black and white: a bar on target is filled, a bar off target is open (an
outline), a bar without a target is grey; each month's target is a thick line over its
month (a step where it changed); a month without a figure shows `×` at the baseline, never
a zero bar. The scale's top and bottom are written in the metric's format, every month
under its bar. Colour (green, red) only repeats what the fill already says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from coachtui.model.chart import TrendChart

if TYPE_CHECKING:
    from fpdf import FPDF

GOOD = (46, 125, 50)
BAD = (198, 40, 40)
PLAIN = (150, 150, 150)
TARGET = (26, 35, 126)
AXIS = (120, 120, 120)
MISSING = "×"


@dataclass(frozen=True)
class Bar:
    """One month's bar: its box (y grows downwards) and whether it met its target."""

    x: float
    y: float
    w: float
    h: float
    met: bool | None


@dataclass(frozen=True)
class Line:
    """A straight line from (x1, y1) to (x2, y2)."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Label:
    """A text whose baseline starts (`start`), centres (`middle`) or ends (`end`) at x."""

    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass
class Drawing:
    """Everything one chart draws, in the units of the box it was laid out in."""

    width: float
    height: float
    bars: list[Bar] = field(default_factory=list)
    targets: list[Line] = field(default_factory=list)
    axes: list[Line] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    missing: list[Label] = field(default_factory=list)


def layout_chart(chart: TrendChart, width: float, height: float, font: float) -> Drawing:
    """The chart laid out in a `width` x `height` box; `font` is the labels' size in the
    box's units (room is left for the scale on the left and the months underneath)."""
    left = font * 4.2
    bottom = height - font * 1.6
    top = font * 0.6
    plot_w = width - left - font * 0.3
    slot = plot_w / len(chart.months)
    drawing = Drawing(width, height)

    def y_of(value: float) -> float:
        return bottom - chart.share(value) * (bottom - top)

    drawing.axes += [Line(left, bottom, left + plot_w, bottom), Line(left, top, left, bottom)]
    drawing.labels += [Label(left - font * 0.3, top + font * 0.35, chart.high_label, "end"),
                       Label(left - font * 0.3, bottom, chart.low_label, "end")]
    previous: float | None = None
    for i, month in enumerate(chart.months):
        x = left + i * slot
        if month.value is None:
            drawing.missing.append(Label(x + slot / 2, bottom - font * 0.15, MISSING))
        else:
            top_y = y_of(month.value)
            drawing.bars.append(Bar(x + slot * 0.18, top_y, slot * 0.64,
                                    max(bottom - top_y, 0.4), month.met))
        if month.target is not None:
            ty = y_of(month.target)
            if previous is not None and previous != ty:
                drawing.targets.append(Line(x, previous, x, ty))  # the step where it changed
            drawing.targets.append(Line(x, ty, x + slot, ty))
            previous = ty
        else:
            previous = None
        drawing.labels.append(Label(x + slot / 2, height - font * 0.25, month.label))
    return drawing


# -- SVG (HTML records) ---------------------------------------------------------------------
def _rgb(colour: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{part:02x}" for part in colour)


def chart_svg(chart: TrendChart, title: str, width: int = 520, height: int = 120) -> str:
    """The chart as one inline `<svg>` element: shapes and text only (no script, no link,
    nothing loaded from outside); `title` names it for screen readers."""
    font = 11.0
    d = layout_chart(chart, width, height, font)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'font-family="DejaVu Sans, Arial, sans-serif" font-size="{font:g}">',
           f"<title>{escape(title)}</title>"]
    for line in d.axes:
        out.append(_svg_line(line, _rgb(AXIS), 1))
    for bar in d.bars:
        if bar.met is False:  # open: off target reads without colour
            style = f'fill="#ffffff" stroke="{_rgb(BAD)}" stroke-width="1.6"'
        else:
            style = f'fill="{_rgb(GOOD if bar.met else PLAIN)}"'
        out.append(f'<rect class="bar" x="{bar.x:.1f}" y="{bar.y:.1f}" width="{bar.w:.1f}" '
                   f'height="{bar.h:.1f}" {style}/>')
    for line in d.targets:
        out.append(_svg_line(line, _rgb(TARGET), 2.5, "target"))
    for label in d.missing:
        out.append(_svg_text(label, "missing"))
    for label in d.labels:
        out.append(_svg_text(label, "label"))
    out.append("</svg>")
    return "".join(out)


def _svg_line(line: Line, colour: str, width: float, css: str = "axis") -> str:
    return (f'<line class="{css}" x1="{line.x1:.1f}" y1="{line.y1:.1f}" x2="{line.x2:.1f}" '
            f'y2="{line.y2:.1f}" stroke="{colour}" stroke-width="{width:g}"/>')


def _svg_text(label: Label, css: str) -> str:
    return (f'<text class="{css}" x="{label.x:.1f}" y="{label.y:.1f}" '
            f'text-anchor="{label.anchor}" fill="#333333">{escape(label.text)}</text>')


# -- PDF -------------------------------------------------------------------------------------
def draw_chart_pdf(pdf: FPDF, chart: TrendChart, x: float, y: float, width: float,
                   height: float, font_family: str) -> None:
    """Draw the chart into `pdf` in the box at (x, y), `width` x `height` mm (fpdf2's
    public drawing calls: lines, rectangles, text)."""
    size_pt = 7.0
    d = layout_chart(chart, width, height, size_pt * 0.3528)  # the labels' size in mm
    pdf.set_line_width(0.2)
    pdf.set_draw_color(*AXIS)
    for line in d.axes:
        pdf.line(x + line.x1, y + line.y1, x + line.x2, y + line.y2)
    for bar in d.bars:
        if bar.met is False:
            pdf.set_draw_color(*BAD)
            pdf.set_line_width(0.45)
            pdf.rect(x + bar.x, y + bar.y, bar.w, bar.h, style="D")
        else:
            pdf.set_fill_color(*(GOOD if bar.met else PLAIN))
            pdf.rect(x + bar.x, y + bar.y, bar.w, bar.h, style="F")
    pdf.set_draw_color(*TARGET)
    pdf.set_line_width(0.7)
    for line in d.targets:
        pdf.line(x + line.x1, y + line.y1, x + line.x2, y + line.y2)
    pdf.set_font(font_family, "", size_pt)
    pdf.set_text_color(50, 50, 50)
    for label in [*d.missing, *d.labels]:
        shift = {"start": 0.0, "middle": 0.5, "end": 1.0}[label.anchor]
        pdf.text(x + label.x - shift * pdf.get_string_width(label.text), y + label.y,
                 label.text)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
