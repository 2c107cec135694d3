"""The coaching year on paper: the agent's preparation sheet (Markdown or printable HTML).
(The appraisal record's year overview is laid out with the record: export/kind_sections.py.)

Every text a person typed (goals, learning points, notes, names) is escaped: in HTML it
never acts, in Markdown it stays text, in the PDF control characters show as `\\x1b`.
"""

from __future__ import annotations

from html import escape

from coachtui.export.markdown_text import md_inline
from coachtui.outside_text import shown
from coachtui.services.prep import PREP_QUESTIONS, PrepSheet
from coachtui.texts import tr


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
