"""The coaching year on paper: the year overview for the appraisal record (PDF through
fpdf2's public API, HTML with inline SVG charts) and the agent's preparation sheet
(Markdown or printable HTML).

Every text a person typed (goals, learning points, notes, names) is escaped: in HTML it
never acts, in Markdown it stays text, in the PDF control characters show as `\\x1b`.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from coachtui.export.markdown_text import md_inline
from coachtui.model.choices import Rating
from coachtui.model.number_format import optional_percent
from coachtui.outside_text import shown
from coachtui.services.prep import PREP_QUESTIONS, PrepSheet
from coachtui.services.year import (
    RATING_MARK,
    MetricYear,
    YearOverview,
    absence_words,
    goal_words,
)
from coachtui.texts import tr

if TYPE_CHECKING:
    from fpdf import FPDF

_GOOD = "#2e7d32"
_BAD = "#c62828"
_NONE = "#9e9e9e"
_TARGET = "#1a237e"


# -- the year overview in HTML -----------------------------------------------------------
def year_overview_html(overview: YearOverview, lang: str) -> str:
    """The year overview as an HTML fragment (a `<section>`) with an inline SVG chart per
    metric; meant to sit inside the appraisal record's page."""
    e = escape
    out = ['<section class="year-overview">',
           f"<h2>{e(tr('year.title', lang, name=shown(overview.agent.name)))}</h2>",
           f"<p>{e(tr('year.period', lang, first=overview.first, until=overview.until))}</p>"]
    if overview.is_empty:
        out.append(f"<p>{e(tr('year.empty', lang, first=overview.first, until=overview.until))}"
                   "</p></section>")
        return "\n".join(out)
    out.append(f"<h3>{e(tr('year.metrics_title', lang))}</h3>")
    out.append('<table class="year-metrics"><thead><tr>' + "".join(
        f"<th>{e(tr(k, lang))}</th>" for k in ("year.col.metric", "year.col.chart",
                                               "year.col.on_target", "year.col.average",
                                               "year.col.trend")) + "</tr></thead><tbody>")
    for m in overview.metrics:
        on = (tr("year.on_target_cell", lang, on=m.months_on_target, of=m.months_judged)
              if m.has_target else tr("year.no_target", lang))
        label = shown(m.metric.label(lang))
        if not m.metric.higher_is_better:
            label += f" ({tr('year.lower_is_better', lang)})"
        out.append(f"<tr><td>{e(label)}</td><td>{metric_svg(m)}</td><td>{e(on)}</td>"
                   f"<td>{e(m.metric.format(m.average, lang))}</td>"
                   f"<td>{e(tr(f'year.trend.{m.trend}', lang))}</td></tr>")
    out.append("</tbody></table>")
    out.append(f'<p class="legend">{e(tr("year.paper_legend", lang))}</p>')
    out.append(f"<h3>{e(tr('year.factors_title', lang))}</h3>")
    if any(f.rated for f in overview.factors):
        head = "".join(f"<th>{e(month[5:])}</th>" for month in overview.months)
        out.append(f'<table class="year-factors"><thead><tr><th>'
                   f'{e(tr("year.col.factor", lang))}</th>{head}<th>'
                   f'{e(tr("year.col.counts", lang))}</th></tr></thead><tbody>')
        for f in overview.factors:
            cells = "".join(f"<td>{e(RATING_MARK[r])}</td>" for r in f.ratings)
            counts = tr("year.counts_cell", lang, plus=f.count(Rating.PLUS),
                        mixed=f.count(Rating.MIXED), minus=f.count(Rating.MINUS))
            out.append(f"<tr><td>{e(shown(f.factor.label(lang)))}</td>{cells}<td>{e(counts)}</td></tr>")
        out.append("</tbody></table>")
        out.append(f'<p class="legend">{e(tr("year.pattern_legend", lang))}</p>')
        notes = [(shown(f.factor.label(lang)), month, note) for f in overview.factors
                 for month, note in f.notes]
        if notes:
            out.append(f"<h3>{e(tr('year.notes_title', lang))}</h3><ul>")
            out += [f'<li class="text"><strong>{e(label)}, {e(month)}:</strong> '
                    f"{e(shown(note, multiline=True))}</li>" for label, month, note in notes]
            out.append("</ul>")
    else:
        out.append(f"<p>{e(tr('year.no_factors', lang))}</p>")
    out.append(f"<h3>{e(tr('year.goals_title', lang))}</h3>")
    out.append(_html_list([shown(goal_words(g, lang), multiline=True) for g in overview.goals])
               or f"<p>{e(tr('year.no_goals', lang))}</p>")
    out.append(f"<h3>{e(tr('year.lp_title', lang))}</h3>")
    out.append(_html_list([f"{p.month}: {shown(p.text, multiline=True)}"
                           for p in overview.learning_points])
               or f"<p>{e(tr('year.no_lp', lang))}</p>")
    out.append(f"<h3>{e(tr('year.rq_title', lang))}</h3>")
    out.append(_html_list([tr("year.cli.rq_line", lang, month=r.month,
                              share=optional_percent(r.share, 0, lang), observed=r.observed)
                           for r in overview.relation if r.observed])
               or f"<p>{e(tr('year.rq_none', lang))}</p>")
    out.append(f"<p>{e(absence_words(overview.absence_days, lang))}</p>")
    out.append("</section>")
    return "\n".join(out)


def _html_list(items: list[str]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f'<li class="text">{escape(item)}</li>' for item in items) + "</ul>"


def _scale(m: MetricYear) -> tuple[float, float]:
    """(bottom, span) of a chart: from a little under the lowest value or target to the
    highest (never below zero when nothing is), so the months' differences show."""
    present = [v for v in m.values if v is not None] + [t for t in m.targets if t is not None]
    if not present:
        return 0.0, 1.0
    high, low = max(present), min(present)
    bottom = low - 0.25 * (high - low or abs(low) or 1.0)
    if low >= 0:
        bottom = max(bottom, 0.0)
    return bottom, (high - bottom) or 1.0


def metric_svg(m: MetricYear, width: int = 240, height: int = 48) -> str:
    """Twelve bars (green on target, red off, grey without a target) with each month's
    target drawn as a dark step line; a missing month is an empty slot."""
    low, span = _scale(m)
    slot = width / len(m.values)

    def y(value: float) -> float:
        return round(height - 2 - (value - low) / span * (height - 6), 1)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">',
             f'<line x1="0" y1="{height - 1}" x2="{width}" y2="{height - 1}" '
             f'stroke="#bbb" stroke-width="1"/>']
    for i, (value, ok) in enumerate(zip(m.values, m.on_target, strict=True)):
        if value is None:
            continue
        colour = _NONE if ok is None else _GOOD if ok else _BAD
        top_y = y(value)
        parts.append(f'<rect x="{round(i * slot + 2, 1)}" y="{top_y}" '
                     f'width="{round(slot - 4, 1)}" height="{round(height - 1 - top_y, 1)}" '
                     f'fill="{colour}"/>')
    for i, target in enumerate(m.targets):
        if target is not None:
            ty = y(target)
            parts.append(f'<line x1="{round(i * slot, 1)}" y1="{ty}" '
                         f'x2="{round((i + 1) * slot, 1)}" y2="{ty}" stroke="{_TARGET}" '
                         f'stroke-width="2"/>')
    parts.append("</svg>")
    return "".join(parts)


# -- the year overview in a PDF ----------------------------------------------------------
def year_overview_pdf(pdf: FPDF, overview: YearOverview, lang: str) -> None:
    """Draw the year overview into `pdf` from its current position on (fpdf2's public API
    only; the record's font is expected to be registered as `coachtui.export.pdf_fonts.FONT`)."""
    from fpdf.enums import XPos, YPos

    from coachtui.export.pdf_fonts import FONT

    left = pdf.l_margin
    full = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text: str, size: float = 12) -> None:
        if pdf.will_page_break(18):
            pdf.add_page()
        pdf.set_font(FONT, "B", size)
        pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(text: str, size: float = 9.5) -> None:
        pdf.set_font(FONT, "", size)
        pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    heading(tr("year.title", lang, name=shown(overview.agent.name)), 13)
    para(tr("year.period", lang, first=overview.first, until=overview.until))
    if overview.is_empty:
        para(tr("year.empty", lang, first=overview.first, until=overview.until))
        return
    pdf.ln(2)
    heading(tr("year.metrics_title", lang), 11)
    label_w, chart_w, row_h = 42.0, 60.0, 14.0
    for m in overview.metrics:
        if pdf.will_page_break(row_h + 2):
            pdf.add_page()
        top = pdf.y
        pdf.set_font(FONT, "B", 9)
        pdf.set_xy(left, top)
        pdf.multi_cell(label_w, 4.5, shown(m.metric.label(lang)), new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        if not m.metric.higher_is_better:
            pdf.set_font(FONT, "", 7.5)
            pdf.set_x(left)
            pdf.cell(label_w, 4, tr("year.lower_is_better", lang))
        _pdf_chart(pdf, m, left + label_w, top + 1, chart_w, row_h - 3)
        on = (tr("year.on_target_cell", lang, on=m.months_on_target, of=m.months_judged)
              if m.has_target else tr("year.no_target", lang))
        pdf.set_font(FONT, "", 9)
        pdf.set_xy(left + label_w + chart_w + 4, top)
        pdf.multi_cell(full - label_w - chart_w - 4, 4.5,
                       f"{tr('year.col.on_target', lang)}: {on}\n"
                       f"{tr('year.col.average', lang)}: {m.metric.format(m.average, lang)}\n"
                       f"{tr(f'year.trend.{m.trend}', lang)}",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(top + row_h)
    pdf.set_font(FONT, "", 7.5)
    pdf.multi_cell(0, 4, tr("year.paper_legend", lang), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    heading(tr("year.factors_title", lang), 11)
    if any(f.rated for f in overview.factors):
        cell = (full - label_w - 24) / len(overview.months)
        pdf.set_font(FONT, "B", 7.5)
        pdf.cell(label_w, 5, tr("year.col.factor", lang))
        for month in overview.months:
            pdf.cell(cell, 5, month[5:], align="C")
        pdf.cell(24, 5, tr("year.col.counts", lang), align="C",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for f in overview.factors:
            if pdf.will_page_break(5):
                pdf.add_page()
            pdf.set_font(FONT, "", 9)
            pdf.cell(label_w, 5, shown(f.factor.label(lang)))
            for rating in f.ratings:
                pdf.cell(cell, 5, RATING_MARK[rating], align="C")
            pdf.cell(24, 5, tr("year.counts_cell", lang, plus=f.count(Rating.PLUS),
                               mixed=f.count(Rating.MIXED), minus=f.count(Rating.MINUS)),
                     align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 7.5)
        pdf.multi_cell(0, 4, tr("year.pattern_legend", lang), new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        notes = [(shown(f.factor.label(lang)), month, note) for f in overview.factors
                 for month, note in f.notes]
        if notes:
            pdf.ln(1)
            heading(tr("year.notes_title", lang), 10)
            for label, month, note in notes:
                para(f"{label}, {month}: {shown(note, multiline=True)}", 8.5)
    else:
        para(tr("year.no_factors", lang))
    pdf.ln(2)
    heading(tr("year.goals_title", lang), 11)
    for line in [f"• {shown(goal_words(g, lang), multiline=True)}" for g in overview.goals] \
            or [tr("year.no_goals", lang)]:
        para(line)
    pdf.ln(2)
    heading(tr("year.lp_title", lang), 11)
    for line in [f"{p.month}: {shown(p.text, multiline=True)}"
                 for p in overview.learning_points] or [tr("year.no_lp", lang)]:
        para(line)
    pdf.ln(2)
    heading(tr("year.rq_title", lang), 11)
    observed = [tr("year.cli.rq_line", lang, month=r.month,
                   share=optional_percent(r.share, 0, lang), observed=r.observed)
                for r in overview.relation if r.observed]
    para(" · ".join(observed) or tr("year.rq_none", lang))
    pdf.ln(2)
    para(absence_words(overview.absence_days, lang), 10)


def _pdf_chart(pdf: FPDF, m: MetricYear, x: float, y: float, w: float, h: float) -> None:
    """Twelve bars and each month's target as a step line, in a box of w x h mm."""
    low, span = _scale(m)
    slot = w / len(m.values)

    def at(value: float) -> float:
        return y + h - (value - low) / span * h

    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)
    pdf.line(x, y + h, x + w, y + h)
    for i, (value, ok) in enumerate(zip(m.values, m.on_target, strict=True)):
        if value is None:
            continue
        colour = (158, 158, 158) if ok is None else (46, 125, 50) if ok else (198, 40, 40)
        pdf.set_fill_color(*colour)
        bar_top = at(value)
        pdf.rect(x + i * slot + 0.6, bar_top, slot - 1.2, max(y + h - bar_top, 0.3), style="F")
    pdf.set_draw_color(26, 35, 126)
    pdf.set_line_width(0.5)
    for i, target in enumerate(m.targets):
        if target is not None:
            pdf.line(x + i * slot, at(target), x + (i + 1) * slot, at(target))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


# -- the preparation sheet ---------------------------------------------------------------
def _figure_rows(sheet: PrepSheet, lang: str) -> list[tuple[str, str, str, str]]:
    return [(shown(f.metric.label(lang)), f.metric.format(f.value, lang),
             f.metric.format(f.target, lang) if f.target is not None else "–",
             tr(f"target.{f.status}", lang)) for f in sheet.figures]


def _goal_lines(sheet: PrepSheet, lang: str) -> list[str]:
    return [tr("prep.goal_line", lang, what=g.what or "–",
               deadline=g.deadline.isoformat() if g.deadline else "–")
            for g in sheet.open_goals]


_WRITE_LINE = "." * 72  # room to write by hand on the printed sheet


def prep_markdown(sheet: PrepSheet, lang: str) -> str:
    """The preparation sheet as Markdown (typed text stays text)."""
    name = sheet.agent.name
    out = [f"# {md_inline(tr('prep.title', lang, name=name))}", "",
           md_inline(tr("prep.intro", lang, month=sheet.month)), "",
           f"## {tr('prep.figures_title', lang, month=sheet.month)}", ""]
    if sheet.has_figures:
        heads = [tr(f"prep.col.{c}", lang) for c in ("metric", "value", "target", "status")]
        out += ["| " + " | ".join(heads) + " |", "|---|---:|---:|---|"]
        out += ["| " + " | ".join(md_inline(c) for c in row) + " |"
                for row in _figure_rows(sheet, lang)]
    else:
        out.append(tr("prep.no_figures", lang, month=sheet.month))
    out += ["", f"## {tr('prep.goals_title', lang)}", ""]
    out += [f"- {md_inline(line)}" for line in _goal_lines(sheet, lang)] or [
        tr("prep.no_goals", lang)]
    out += ["", f"## {tr('prep.questions_title', lang)}", ""]
    for number, key in enumerate(PREP_QUESTIONS, start=1):
        out += [f"### {number}. {tr(f'prep.q.{key}', lang)}", ""]
        out += [_WRITE_LINE, ""] * 3
    out += ["---", "", tr("prep.footer", lang, date=sheet.made_on.isoformat()), ""]
    return "\n".join(out)


_PREP_CSS = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
       color: #111; max-width: 46em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 1em 0 .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; }
th { background: #eee; } td.num { text-align: right; }
.write { border-bottom: 1px solid #777; height: 1.9em; }
.foot { font-size: 9pt; color: #444; margin-top: 2em; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; } .question { break-inside: avoid; } }
"""


def prep_html(sheet: PrepSheet, lang: str) -> str:
    """The preparation sheet as one printable HTML page with lines to write on (no links,
    no scripts; everything escaped)."""
    e = escape
    title = tr("prep.title", lang, name=shown(sheet.agent.name))
    out = ["<!DOCTYPE html>", f'<html lang="{e(lang)}">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", f"<style>{_PREP_CSS}</style>", "</head>", "<body>",
           f"<h1>{e(title)}</h1>", f"<p>{e(tr('prep.intro', lang, month=sheet.month))}</p>",
           f"<h2>{e(tr('prep.figures_title', lang, month=sheet.month))}</h2>"]
    if sheet.has_figures:
        heads = "".join(f"<th>{e(tr(f'prep.col.{c}', lang))}</th>"
                        for c in ("metric", "value", "target", "status"))
        rows = "".join(f"<tr><td>{e(a)}</td><td class=\"num\">{e(b)}</td>"
                       f"<td class=\"num\">{e(c)}</td><td>{e(d)}</td></tr>"
                       for a, b, c, d in _figure_rows(sheet, lang))
        out.append(f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>")
    else:
        out.append(f"<p>{e(tr('prep.no_figures', lang, month=sheet.month))}</p>")
    out.append(f"<h2>{e(tr('prep.goals_title', lang))}</h2>")
    goals = _goal_lines(sheet, lang)
    out.append("<ul>" + "".join(f"<li>{e(shown(g))}</li>" for g in goals) + "</ul>" if goals
               else f"<p>{e(tr('prep.no_goals', lang))}</p>")
    out.append(f"<h2>{e(tr('prep.questions_title', lang))}</h2>")
    for number, key in enumerate(PREP_QUESTIONS, start=1):
        out.append(f'<div class="question"><h3>{number}. {e(tr(f"prep.q.{key}", lang))}</h3>'
                   + '<div class="write"></div>' * 4 + "</div>")
    out += [f'<p class="foot">{e(tr("prep.footer", lang, date=sheet.made_on.isoformat()))}</p>',
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


def year_overview_chars(overview: YearOverview, lang: str) -> frozenset[int]:
    """Every character the overview prints (a superset), for choosing the record's font
    cut: `RecordPDF(..., chars | year_overview_chars(overview, lang))`."""
    from html import unescape

    return frozenset(ord(ch) for ch in unescape(year_overview_html(overview, lang)))
