"""The session record laid out in words for one language: what Markdown, HTML and PDF show.

Every renderer walks the same `RecordView`, so the three formats say the same things.
Every text in the view is `escaped()`: a control or bidi character in a name or a note is
a visible escape ("\\x1b") in the Markdown, HTML and PDF alike (the JSON keeps the value).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from coachtui.export.record import SessionRecord
from coachtui.model.chart import TrendChart, chart_of
from coachtui.outside_text import escaped
from coachtui.texts import tr


@dataclass(frozen=True)
class Table:
    """A small table: headers and rows of text."""

    headers: list[str]
    rows: list[list[str]]
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """Running text (may hold line breaks)."""

    text: str


@dataclass(frozen=True)
class Item:
    """A titled item with labelled lines (a goal with its SMART fields)."""

    title: str
    lines: list[tuple[str, str]]


@dataclass(frozen=True)
class Chart:
    """A metric's months against their targets: drawn in the PDF and the HTML, and the
    same months in words (`table`) in Markdown."""

    title: str
    chart: TrendChart
    table: Table


Block = Table | Paragraph | Item | Chart


@dataclass(frozen=True)
class Section:
    """A heading with its blocks."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class RecordView:
    """The whole record in one language, ready to render."""

    title: str
    stamp: str | None
    facts: list[tuple[str, str]]
    sections: list[Section]
    hash_label: str
    hash_value: str
    hash_help: str
    lang: str


def when(value: str | None, lang: str) -> str:
    """An ISO date or time as people write it (22-11-2026 10:00 / 2026-11-22 10:00 UTC)."""
    if not value:
        return "–"
    if len(value) == 10:
        y, m, d = value.split("-")
        return f"{d}-{m}-{y}" if lang == "nl" else value
    moment = datetime.fromisoformat(value)
    pattern = "%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M"
    if moment.tzinfo is None:
        return moment.strftime(pattern)
    return moment.astimezone(UTC).strftime(pattern) + " UTC"


def build_view(record: SessionRecord, lang: str) -> RecordView:
    """Lay the record out in `lang` (nl or en)."""
    c = record.content
    none = tr("export.none", lang)
    facts = [
        (tr("export.agent", lang), f"{c['agent']['name']} <{c['agent']['email']}>"),
        (tr("export.manager", lang), c["manager"]["name"] or "–"),
        (tr("export.month", lang), c["month"]),
        (tr("export.kind", lang), tr(f"export.kind.{c['kind']}", lang)),
        (tr("export.held_on", lang), when(c["held_on"], lang)),
        (tr("export.status", lang), tr(f"export.status.{c['status']}", lang)),
    ]
    if c["kind"] != "monthly":  # each kind its own sections (export/kind_sections.py)
        from coachtui.export.kind_sections import kind_sections

        return _view(record, lang, facts, [
            *kind_sections(record, lang),
            Section(tr("export.signatures", lang), [Paragraph(_signatures(record, lang))])])
    from coachtui.export.kind_sections import turn_sections

    sections = [
        Section(tr("export.figures", lang), [_figures(record, lang)] if c["figures"]
                else [Paragraph(none)]),
        *([Section(tr("charts.trend_section", lang), chart_blocks(record, c["trend"], lang))]
          if c.get("trend", {}).get("metrics") else []),
        Section(tr("export.ratings", lang), [_ratings(record, lang)] if c["ratings"]
                else [Paragraph(none)]),
        Section(tr("export.review", lang), [_review(record, lang)] if c["goals_reviewed"]
                else [Paragraph(none)]),
        Section(tr("export.learning_point", lang), [Paragraph(c["learning_point"] or none)]),
        Section(tr("export.goals", lang), [_goal(g, i, lang, record) for i, g in
                                           enumerate(c["goals"], 1)] or [Paragraph(none)]),
        Section(tr("export.support", lang), [Paragraph(c["support"] or none)]),
        Section(tr("export.agreements", lang), [Paragraph(c["agreements"] or none)]),
        Section(tr("export.agent_comments", lang), [Paragraph(c["agent_comments"] or none)]),
        *turn_sections(record, lang),
        Section(tr("export.signatures", lang), [Paragraph(_signatures(record, lang))]),
    ]
    return _view(record, lang, facts, sections)


def _view(record: SessionRecord, lang: str, facts: list[tuple[str, str]],
          sections: list[Section]) -> RecordView:
    """The view of `sections` with the addenda, title, stamp and hash."""
    c = record.content
    if c["addenda"]:
        sections.append(Section(tr("export.addenda", lang), [
            Item(when(a["created_at"], lang), [("", a["text"])]) for a in c["addenda"]
        ]))
    return _safe(RecordView(
        title=f"{tr('export.title', lang)}: {c['agent']['name']}, {c['month']}",
        stamp=tr("export.draft_stamp", lang) if record.draft else None,
        facts=facts,
        sections=sections,
        hash_label=tr("export.hash", lang),
        hash_value=record.sha256,
        hash_help=tr("export.hash_help", lang),
        lang=lang,
    ))


def _safe(view: RecordView) -> RecordView:
    """The view with every text made safe to show (line breaks kept in running text)."""
    def s(text: str) -> str:
        return escaped(text, multiline=True)

    def table(b: Table) -> Table:
        return replace(b, headers=[s(h) for h in b.headers],
                       rows=[[s(cell) for cell in row] for row in b.rows])

    def block(b: Block) -> Block:
        if isinstance(b, Chart):  # its own labels are ours; the title names a metric
            return replace(b, title=escaped(b.title), table=table(b.table))
        if isinstance(b, Table):
            return table(b)
        if isinstance(b, Item):
            return replace(b, title=escaped(b.title), lines=[(s(k), s(v)) for k, v in b.lines])
        return replace(b, text=s(b.text))

    return replace(
        view, title=escaped(view.title), facts=[(escaped(k), escaped(v)) for k, v in view.facts],
        sections=[replace(sec, title=escaped(sec.title), blocks=[block(b) for b in sec.blocks])
                  for sec in view.sections])


def chart_blocks(record: SessionRecord, series: dict[str, Any], lang: str) -> list[Block]:
    """A chart per metric of a record's stored `trend` or `year_overview` (months, and per
    metric its values and each month's target), then the legend."""
    months = [str(m) for m in series["months"]]
    blocks: list[Block] = []
    for entry in series["metrics"]:
        key = str(entry["metric"])
        metric = record.metrics.get(key)
        chart = chart_of(months, entry["values"], entry["targets"], lang,
                         higher_is_better=metric.higher_is_better if metric else True,
                         fmt=partial(record.metric_value, key, lang=lang))
        title = record.metric_label(key, lang)
        if metric is not None and not metric.higher_is_better:
            title += f" ({tr('charts.lower_is_better', lang)})"
        verdict = {True: "charts.verdict.met", False: "charts.verdict.missed",
                   None: "charts.verdict.none"}
        table = Table([tr("charts.col.month", lang), *[m.label for m in chart.months]], [
            [tr("charts.col.value", lang),
             *[record.metric_value(key, m.value, lang) for m in chart.months]],
            [tr("charts.col.target", lang),
             *[record.metric_value(key, m.target, lang) for m in chart.months]],
            [tr("charts.col.verdict", lang), *[tr(verdict[m.met], lang) for m in chart.months]],
        ])
        blocks.append(Chart(title, chart, table))
    if blocks:
        blocks.append(Paragraph(tr("charts.paper_legend", lang)))
    return blocks


def _figures(record: SessionRecord, lang: str) -> Table:
    rows = [
        [record.metric_label(f["metric"], lang), record.metric_value(f["metric"], f["value"], lang),
         record.metric_value(f["metric"], f["target"], lang) if f["target"] is not None
         else "–",
         tr(f"export.result.{f['result']}", lang)]
        for f in record.content["figures"]
    ]
    return Table([tr(f"export.col.{k}", lang) for k in ("metric", "value", "target", "result")],
                 rows, (64, 30, 30, 50))


def _ratings(record: SessionRecord, lang: str) -> Table:
    rows = [
        [record.factor_label(r["factor"], lang), r["rating"] or tr("export.not_rated", lang),
         r["note"]]
        for r in record.content["ratings"]
    ]
    return Table([tr(f"export.col.{k}", lang) for k in ("factor", "rating", "note")], rows,
                 (52, 24, 98))


def _review(record: SessionRecord, lang: str) -> Table:
    rows = [
        [g["what"], tr(f"export.goal_status.{g['status']}", lang), g["remark"]]
        for g in record.content["goals_reviewed"]
    ]
    return Table([tr(f"export.col.{k}", lang) for k in ("goal", "status", "remark")], rows,
                 (80, 30, 64))


def _goal(goal: dict[str, Any], number: int, lang: str,
          record: SessionRecord | None = None) -> Item:
    title = f"{number}. {goal['what']} ({tr('export.goal_type.' + goal['type'], lang)})"
    if goal["carried_over"]:
        title += f" – {tr('export.goal.carried_over', lang)}"
    measure, target = goal["measure"], goal["target"]
    if record is not None and goal.get("metric"):  # a team goal: data, worded here
        measure = measure or record.metric_label(goal["metric"], lang)
        if not target and goal.get("target_value") is not None:
            target = record.metric_value(goal["metric"], goal["target_value"], lang)
    lines = [
        (tr("export.goal.measure", lang), measure),
        (tr("export.goal.target", lang), target),
        (tr("export.goal.deadline", lang), when(goal["deadline"], lang)),
        (tr("export.goal.why", lang), goal["why"]),
        (tr("export.goal.support", lang), goal["support"]),
    ]
    return Item(title, [(label, value) for label, value in lines if value and value != "–"])


def _signatures(record: SessionRecord, lang: str) -> str:
    lines = []
    signatures = record.content["signatures"]
    for role_key, who in (("export.manager", "manager"), ("export.agent", "agent")):
        role = tr(role_key, lang)
        sig = signatures[who]
        if sig["name"]:
            lines.append(tr("export.signed_by", lang, role=role, name=sig["name"],
                            at=when(sig["signed_at"], lang)))
        else:
            lines.append(tr("export.not_signed", lang, role=role))
    return "\n".join(lines)
