"""The record's sections for the talk kinds: each kind's own answers, the agent's turn (with
the agent's own rating per factor), and the agenda; the same words in Markdown, HTML and PDF.

The appraisal and performance records hold the year overview they were signed with
(`year_overview_blocks`, with a chart per metric).
"""

from __future__ import annotations

from typing import Any

from coachtui.export.record import SessionRecord
from coachtui.model.choices import SessionKind
from coachtui.model.talk_kinds import (
    DEFAULT_SCALE,
    OUTCOMES,
    ScaleLevel,
    record_fields,
    turn_fields,
)
from coachtui.texts import tr


def _layout() -> Any:
    from coachtui.export import layout

    return layout


def answer_words(field: str, value: str, lang: str,
                 scale: tuple[ScaleLevel, ...] = DEFAULT_SCALE) -> str:
    """An answer as the record shows it: a level or outcome in words, else as typed."""
    if field == "appraisal.overall":
        level = next((lv for lv in scale if lv.key == value), None)
        return level.label(lang) if level else value
    if field == "appraisal.outcome" and value in OUTCOMES:
        return tr(f"kinds.outcome.{value}", lang)
    return value


def year_overview_blocks(record: SessionRecord, lang: str) -> list[Any]:
    """The year overview an appraisal or performance record was signed with (its content's
    `year_overview`): a chart per metric against each month's target, the months on target,
    average and trend, the factors' pattern, the goals, the learning points and the days
    of absence. A record signed without it has none."""
    from coachtui.export.layout import chart_blocks
    from coachtui.model.choices import GoalStatus, GoalType, Rating
    from coachtui.services.year import (
        RATING_MARK,
        GoalYear,
        absence_words,
        goal_words,
        met,
        trend_of,
    )

    lay = _layout()
    year = record.content.get("year_overview")
    if not year:
        return []
    months = [str(m) for m in year["months"]]
    blocks: list[Any] = [lay.Paragraph(tr("year.period", lang, first=months[0],
                                          until=months[-1]))]
    blocks += chart_blocks(record, year, lang)
    rows = []
    for entry in year["metrics"]:
        key = str(entry["metric"])
        metric = record.metrics.get(key)
        higher = metric.higher_is_better if metric else True
        values = tuple(entry["values"])
        verdicts = [met(higher, v, t) for v, t in zip(values, entry["targets"], strict=True)]
        judged = [ok for ok in verdicts if ok is not None]
        present = [v for v in values if v is not None]
        on = (tr("year.on_target_cell", lang, on=sum(judged), of=len(judged))
              if any(t is not None for t in entry["targets"]) else tr("year.no_target", lang))
        rows.append([record.metric_label(key, lang), on,
                     record.metric_value(key, sum(present) / len(present) if present else None,
                                         lang),
                     tr(f"year.trend.{trend_of(values, higher)}", lang)])
    if rows:
        blocks.append(lay.Table([tr(f"year.col.{k}", lang) for k in
                                 ("metric", "on_target", "average", "trend")], rows,
                                (70, 36, 34, 34)))
    marks = {r.value: RATING_MARK[r] for r in Rating}
    factors = [[record.factor_label(str(f["factor"]), lang),
                "".join(marks.get(r, RATING_MARK[None]) for r in f["ratings"]),
                tr("year.counts_cell", lang, plus=f["ratings"].count(Rating.PLUS.value),
                   mixed=f["ratings"].count(Rating.MIXED.value),
                   minus=f["ratings"].count(Rating.MINUS.value))]
               for f in year["factors"]]
    if factors:
        blocks.append(lay.Table([tr(f"year.col.{k}", lang) for k in
                                 ("factor", "pattern", "counts")], factors, (70, 60, 44)))
        blocks.append(lay.Paragraph(tr("year.pattern_legend", lang)))
    goals = [goal_words(GoalYear(str(g["text"]), GoalType(g["type"]), GoalStatus(g["status"]),
                                 str(g["set_in"]), int(g["months"])), lang)
             for g in year["goals"]]
    blocks.append(lay.Item(tr("year.goals_title", lang),
                           [("", line) for line in goals] or [("", tr("year.no_goals", lang))]))
    points = [f"{p['month']}: {p['text']}" for p in year["learning_points"]]
    blocks.append(lay.Item(tr("year.lp_title", lang),
                           [("", line) for line in points] or [("", tr("year.no_lp", lang))]))
    blocks.append(lay.Paragraph(absence_words(int(year["absence_days"]), lang)))
    return blocks


def _answers_table(lines: list[tuple[str, str]], lang: str) -> Any:
    """Questions and answers as a two-column table (the same in every format)."""
    return _layout().Table([tr("export.col.question", lang), tr("export.col.answer", lang)],
                           [[q, a] for q, a in lines], (70, 104))


def turn_sections(record: SessionRecord, lang: str) -> list[Any]:
    """The agent's turn (answers, own ratings) and the agenda, when the record has them."""
    lay = _layout()
    c = record.content
    kind = SessionKind(c["kind"])
    answers: dict[str, str] = c.get("answers", {})
    sections = []
    lines = [(tr(f"kinds.field.{f}", lang), answers[f]) for f in turn_fields(kind)
             if answers.get(f)]
    own = [r for r in c["ratings"] if "agent_rating" in r]
    if lines or own:
        blocks: list[Any] = []
        if lines:
            blocks.append(_answers_table(lines, lang))
        if own:
            blocks.append(lay.Table(
                [tr("export.col.factor", lang), tr("export.col.agent_rating", lang),
                 tr("export.col.note", lang)],
                [[record.factor_label(r["factor"], lang), r["agent_rating"] or "–",
                  r["agent_note"]] for r in own], (52, 24, 98)))
        sections.append(lay.Section(tr("export.kinds.turn", lang), blocks))
    agenda = c.get("agenda", [])
    if agenda:
        sections.append(lay.Section(tr("export.kinds.agenda", lang), [lay.Table(
            [tr("export.kinds.agenda", lang), tr("export.col.status", lang)],
            [[a["text"], tr(f"export.agenda.{a['state'] or 'open'}", lang)] for a in agenda],
            (120, 54))]))
    return sections


def kind_sections(record: SessionRecord, lang: str) -> list[Any]:
    """The sections of a coaching moment, appraisal, performance or exit talk's record
    (before the signatures)."""
    lay = _layout()
    c = record.content
    scale = tuple(ScaleLevel(str(x["key"]), str(x["nl"]), str(x["en"]))
                  for x in c.get("scale", [])) or DEFAULT_SCALE
    kind = SessionKind(c["kind"])
    none = tr("export.none", lang)
    answers: dict[str, str] = c.get("answers", {})
    sections = []
    if kind in (SessionKind.APPRAISAL, SessionKind.PERFORMANCE):
        blocks = year_overview_blocks(record, lang)
        if blocks:
            sections.append(lay.Section(tr("export.kinds.year_overview", lang), blocks))
    if kind is SessionKind.APPRAISAL:
        sections.append(lay.Section(tr("export.ratings", lang), [lay.Table(
            [tr(f"export.col.{k}", lang) for k in ("factor", "rating", "note")],
            [[record.factor_label(r["factor"], lang),
              r["rating"] or tr("export.not_rated", lang), r["note"]]
             for r in c["ratings"]], (52, 24, 98))] if c["ratings"] else
            [lay.Paragraph(none)]))
    sections += turn_sections(record, lang)
    own = [f for f in record_fields(kind) if f not in turn_fields(kind)]
    sections.append(lay.Section(tr(f"kind.{kind.value}", lang), [_answers_table(
        [(tr(f"kinds.field.{f}", lang), answer_words(f, answers.get(f, ""), lang, scale)
          or none) for f in own], lang)]))
    if kind is SessionKind.PERFORMANCE:
        from coachtui.export.layout import _goal

        sections.append(lay.Section(tr("export.goals", lang), [
            _goal(g, i, lang, record) for i, g in enumerate(c["goals"], 1)]
            or [lay.Paragraph(none)]))
    return sections
