"""Charts in the HR records: the months a chart draws are signed with the record; the PDF
and the HTML draw them, Markdown and JSON carry them as data; older records keep working."""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader

from coachtui.export.html import render_html
from coachtui.export.json_format import render_json
from coachtui.export.layout import Chart, chart_blocks
from coachtui.export.markdown import render_markdown
from coachtui.export.pdf import render_pdf
from coachtui.export.record import build_record
from coachtui.model import Figure, SessionKind, SessionStatus, Target
from coachtui.services import signing
from coachtui.storage import signed_records

EN_MONTHS = ["Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
NL_MONTHS = ["nov", "dec", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt"]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _signed_monthly(journal) -> int:
    draft = next(s for s in journal.sessions() if s.status is SessionStatus.DRAFT
                 and s.kind is SessionKind.MONTHLY)
    signing.sign(journal, draft.id, manager="M. Jansen", agent="Sanne", confirmed_soft=True)
    return draft.id


def _signed_appraisal(journal) -> int:
    return next(s.id for s in journal.sessions() if s.kind is SessionKind.APPRAISAL
                and s.signed)


def test_a_monthly_record_signs_its_twelve_months_and_keeps_them(demo_journal):
    session_id = _signed_monthly(demo_journal)
    session = demo_journal.session(session_id)
    record = build_record(demo_journal, session_id)
    trend = record.content["trend"]
    assert len(trend["months"]) == 12 and trend["months"][-1] == session.month
    ftr = next(m for m in trend["metrics"] if m["metric"] == "ftr")
    assert len(ftr["values"]) == len(ftr["targets"]) == 12
    assert ftr["values"][-1] == next(f["value"] for f in record.content["figures"]
                                     if f["metric"] == "ftr")
    # A later re-import and target change reach neither the chart's months nor the hash.
    demo_journal.save_figures([Figure(agent_id=session.agent_id, month=session.month,
                                      metric="ftr", value=12.0, source="import")])
    demo_journal.set_target(Target(agent_id=session.agent_id, metric="ftr",
                                   from_month="2026-01", value=99.0))
    again = build_record(demo_journal, session_id)
    assert again.content["trend"] == trend and again.sha256 == record.sha256


def test_monthly_html_draws_a_chart_per_metric_with_its_months_and_target(demo_journal):
    session_id = _signed_monthly(demo_journal)
    record = build_record(demo_journal, session_id)
    metrics = record.content["trend"]["metrics"]
    for lang, months, title in (("en", EN_MONTHS, "The last 12 months"),
                                ("nl", NL_MONTHS, "Verloop over 12 maanden")):
        html = render_html(record, lang)
        assert title in html
        svgs = re.findall(r"<svg.*?</svg>", html, re.S)
        assert len(svgs) == len(metrics)
        ftr = svgs[[m["metric"] for m in metrics].index("ftr")]
        labels = re.findall(r'<text class="label"[^>]*>([^<]*)</text>', ftr)
        assert labels[2:] == months  # the scale's two labels, then every month
        assert ftr.count('class="target"') >= 12
        assert ftr.count('class="bar"') == sum(v is not None for v in metrics[0]["values"])
        for forbidden in ("<script", "onload", "href", "<image", "<foreignObject"):
            assert forbidden not in html


def test_monthly_pdf_writes_the_month_labels_in_the_records_language(demo_journal):
    session_id = _signed_monthly(demo_journal)
    record = build_record(demo_journal, session_id)
    for lang, months, title in (("en", EN_MONTHS, "The last 12 months"),
                                ("nl", NL_MONTHS, "Verloop over 12 maanden")):
        text = _pdf_text(render_pdf(record, lang))
        assert title in text
        for month in months:
            assert month in text
        charts = [b for b in chart_blocks(record, record.content["trend"], lang)
                  if isinstance(b, Chart)]
        for chart in charts:  # each scale in the metric's format and the language
            assert chart.chart.high_label in text and chart.chart.low_label in text
        assert any("," in c.chart.high_label for c in charts) == (lang == "nl")


def test_markdown_and_json_carry_the_same_months_as_data(demo_journal):
    session_id = _signed_monthly(demo_journal)
    record = build_record(demo_journal, session_id)
    md = render_markdown(record, "nl")
    assert "## Verloop over 12 maanden" in md
    assert "| Maand | " + " | ".join(NL_MONTHS) + " |" in md
    assert "<svg" not in md
    document = json.loads(render_json(record, "en"))
    assert document["record"]["trend"] == record.content["trend"]


def test_the_appraisal_record_holds_the_year_overview_with_charts(demo_journal):
    session_id = _signed_appraisal(demo_journal)
    record = build_record(demo_journal, session_id)
    year = record.content["year_overview"]
    assert len(year["months"]) == 12 and year["metrics"]
    for lang, heading in (("en", "Year overview"), ("nl", "Jaaroverzicht")):
        html = render_html(record, lang)
        section = html[html.index(f"<h2>{heading}</h2>"):]
        assert len(re.findall(r"<svg", section)) >= len(year["metrics"])
        text = _pdf_text(render_pdf(record, lang))
        assert heading in text
        months = [m[5:] for m in year["months"]]
        names = EN_MONTHS if lang == "en" else NL_MONTHS
        for month in months:
            assert names[(int(month) - 11) % 12] in text
    md = render_markdown(record, "en")
    assert "## Year overview" in md and "| Month |" in md


def test_a_record_signed_before_the_charts_exports_as_before(demo_journal):
    """A record stored without the chart keys (signed by an earlier version) keeps its
    hash and exports in every format, without a chart."""
    draft = next(s for s in demo_journal.sessions() if s.status is SessionStatus.DRAFT
                 and s.kind is SessionKind.MONTHLY)
    with demo_journal.transaction():
        demo_journal.sign(draft.id, "M. Jansen", "Sanne")
        stored = signed_records.store_signed_record(demo_journal, draft.id)
    record = build_record(demo_journal, draft.id)
    assert "trend" not in record.content and record.sha256 == stored.sha256
    html = render_html(record, "en")
    assert "<svg" not in html and stored.sha256 in html
    assert "The last 12 months" not in _pdf_text(render_pdf(record, "en"))
    assert "The last 12 months" not in render_markdown(record, "en")
    assert json.loads(render_json(record, "en"))["sha256"] == stored.sha256


def test_a_draft_shows_the_chart_it_would_be_signed_with(demo_journal):
    draft = next(s for s in demo_journal.sessions() if s.status is SessionStatus.DRAFT
                 and s.kind is SessionKind.MONTHLY)
    record = build_record(demo_journal, draft.id)
    assert record.draft and record.content["trend"]["months"][-1] == draft.month
    assert "<svg" in render_html(record, "en")


def test_a_metric_label_that_tries_to_act_stays_text_in_the_svg(demo_journal):
    session_id = _signed_monthly(demo_journal)
    demo_journal.conn.execute("UPDATE metrics SET label_en = ? WHERE key = 'ftr'",
                              ['<script>alert(1)</script>'])
    demo_journal.conn.commit()
    html = render_html(build_record(demo_journal, session_id), "en")
    assert "<script>" not in html and "&lt;script&gt;" in html
