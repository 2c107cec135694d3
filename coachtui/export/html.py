"""The session record as one self-contained, printable HTML page (inline CSS, no links)."""

from __future__ import annotations

from html import escape

from coachtui.export.chart_drawing import chart_svg
from coachtui.export.layout import Block, Chart, Item, RecordView, Table, build_view
from coachtui.export.record import SessionRecord

_CSS = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
       color: #111; max-width: 48em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 16pt; margin-bottom: .4em; }
h2 { font-size: 12.5pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
h3 { font-size: 11pt; margin: .8em 0 .2em; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
ul.goal { margin: .2em 0 .6em; }
figure.chart { margin: .6em 0 1em; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; font-size: 10pt; }
p.text { white-space: pre-wrap; margin: .3em 0; }
.stamp { border: 3px solid #b00; color: #b00; font-weight: bold; font-size: 14pt;
         text-align: center; padding: .3em; margin-bottom: 1em; }
.hash { font-size: 9pt; color: #333; margin-top: 2em; border-top: 1px solid #999; }
.hash code { word-break: break-all; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  tr, ul.goal { page-break-inside: avoid; break-inside: avoid; }
  .stamp-fixed { display: block; position: fixed; top: 0; left: 0; right: 0;
                 text-align: center; color: #b00; font-weight: bold; }
  .stamp-foot { display: block; position: fixed; bottom: 0; left: 0; right: 0;
                text-align: center; color: #b00; font-weight: bold; }
}
@media screen { .stamp-fixed, .stamp-foot { display: none; } }
"""


def render_html(record: SessionRecord, lang: str) -> str:
    """The record in `lang` as a complete HTML document."""
    return view_html(build_view(record, lang))


def view_html(view: RecordView) -> str:
    """A laid-out record as HTML (a draft is stamped on screen and on every printed page)."""
    e = escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(view.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
    ]
    if view.stamp:
        out += [f'<div class="stamp-fixed">{e(view.stamp)}</div>',
                f'<div class="stamp-foot">{e(view.stamp)}</div>',
                f'<div class="stamp">{e(view.stamp)}</div>']
    out += [f"<h1>{e(view.title)}</h1>", '<dl class="facts">']
    out += [f"<dt>{e(label)}</dt><dd>{e(value)}</dd>" for label, value in view.facts]
    out.append("</dl>")
    for section in view.sections:
        out.append(f"<h2>{e(section.title)}</h2>")
        for block in section.blocks:
            out.append(_block(block))
    out += [
        '<div class="hash">',
        f"<p><strong>{e(view.hash_label)}:</strong> <code>{e(view.hash_value)}</code></p>",
        f"<p>{e(view.hash_help)}</p>",
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _block(block: Block) -> str:
    e = escape
    if isinstance(block, Chart):
        return (f'<figure class="chart"><figcaption>{e(block.title)}</figcaption>'
                f"{chart_svg(block.chart, block.title)}</figure>")
    if isinstance(block, Table):
        head = "".join(f"<th>{e(h)}</th>" for h in block.headers)
        rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                       for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Item):
        lines = "".join(
            f"<li><strong>{e(label)}:</strong> {e(value)}</li>" if label
            else f'<li class="text">{e(value)}</li>'
            for label, value in block.lines
        )
        return f'<h3>{e(block.title)}</h3><ul class="goal">{lines}</ul>'
    return f'<p class="text">{e(block.text)}</p>'
