"""Each HR format carries what a person needs, never the private text, and is repeatable."""

from __future__ import annotations

import html
import io
import json
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from coachtui.export.html import render_html
from coachtui.export.json_format import render_json
from coachtui.export.markdown import render_markdown
from coachtui.export.pdf import render_pdf
from coachtui.export.record import build_record
from tests.unit.test_export_record import (
    AGREEMENT,
    PRIVATE_NOTE,
    PRIVATE_SESSION,
    SHARED_NOTE,
    seed_private,
)


def pdf_text(data: bytes) -> list[str]:
    """The text of every page, as a reader would copy it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def render_text(fmt: str, record, lang: str) -> str:
    if fmt == "pdf":
        return "\n".join(pdf_text(render_pdf(record, lang)))
    if fmt == "html":  # compare what the reader sees, not the escaped source
        return html.unescape(render_html(record, lang))
    return {"md": render_markdown, "json": render_json}[fmt](record, lang)


FORMATS = ("md", "html", "json", "pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_has_the_content_and_not_the_private_text(demo_journal, fmt):
    session_id = seed_private(demo_journal)
    record = build_record(demo_journal, session_id)
    session = demo_journal.session(session_id)
    agent = demo_journal.agent(session.agent_id)
    text = render_text(fmt, record, "en")
    squashed = " ".join(text.split())
    for needed in (agent.name, "Marieke Jansen", session.month, session.learning_point,
                   session.goals[0].what, AGREEMENT, session.agent_comments, record.sha256):
        assert " ".join(needed.split()) in squashed, f"{needed!r} missing from {fmt}"
    if fmt != "json":
        assert "First Time Right" in text and "Monthly KPI talk" in text
        assert re.search(r"\b(met|missed)\b", text)
    for secret in (PRIVATE_SESSION, PRIVATE_NOTE, SHARED_NOTE, "ZEBRA", "OKAPI"):
        assert secret not in text, f"{secret!r} leaked into {fmt}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_dutch_labels(demo_journal, fmt):
    record = build_record(demo_journal, seed_private(demo_journal))
    text = render_text(fmt, record, "nl")
    if fmt == "json":
        assert json.loads(text)["labels"]["metrics"]["tickets_per_hour"] == "Tickets per uur"
    else:
        assert "Leerpunt" in text and "Afspraken" in text and "Maandelijks KPI-gesprek" in text


def test_pdf_prints_accented_names_and_the_euro_sign(demo_journal):
    ayse = demo_journal.find_agent("ayse")
    session = demo_journal.sessions(agent_id=ayse.id)[0]
    text = "\n".join(pdf_text(render_pdf(build_record(demo_journal, session.id), "en")))
    assert "Ayşe Yılmaz" in text
    record = build_record(demo_journal, seed_private(demo_journal))
    assert "€ 250" in "\n".join(pdf_text(render_pdf(record, "en")))
    lukasz = demo_journal.find_agent("nowak")
    s2 = demo_journal.sessions(agent_id=lukasz.id)[0]
    assert "Łukasz Nowak" in "\n".join(pdf_text(render_pdf(build_record(demo_journal, s2.id),
                                                           "nl")))


def test_same_journal_gives_the_same_bytes(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    for fmt in ("md", "html", "json"):
        assert render_text(fmt, record, "en") == render_text(fmt, record, "en")
    first = render_pdf(record, "en")
    again = render_pdf(build_record(demo_journal, record.content["session_id"]), "en")
    assert first == again


def test_pdf_dates_come_from_the_session_not_the_clock(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    meta = PdfReader(io.BytesIO(render_pdf(record, "en"))).metadata
    signed = datetime.fromisoformat(record.content["signatures"]["manager"]["signed_at"])
    assert meta.creation_date.astimezone(UTC) == signed.astimezone(UTC)
    assert meta.title.startswith("Session record")


def test_a_draft_is_stamped_in_every_format_and_on_every_pdf_page(demo_journal):
    session_id = seed_private(demo_journal, sign=False)
    record = build_record(demo_journal, session_id)
    assert record.draft
    assert "DRAFT" in render_markdown(record, "en")
    assert "CONCEPT" in render_markdown(record, "nl")
    assert "DRAFT" in render_html(record, "en")
    document = json.loads(render_json(record, "en"))
    assert document["draft"] is True and "DRAFT" in document["notice"]
    # Long agreements make the PDF run over several pages; every page is stamped.
    demo_journal.save_session_field(session_id, "agreements", "Afspraak. " * 400)
    pages = pdf_text(render_pdf(build_record(demo_journal, session_id), "nl"))
    assert len(pages) >= 2
    assert all("CONCEPT" in page for page in pages)


def test_a_signed_record_carries_no_stamp(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    assert not record.draft
    assert all("DRAFT" not in page for page in pdf_text(render_pdf(record, "en")))
    assert "DRAFT" not in render_markdown(record, "en")


def test_html_is_self_contained_and_printable(demo_journal):
    page = render_html(build_record(demo_journal, seed_private(demo_journal)), "en")
    assert "<style>" in page and "@media print" in page
    assert "<link" not in page and "<script" not in page and "src=" not in page


def test_user_text_cannot_break_the_markup(demo_journal):
    session_id = seed_private(demo_journal, sign=False)
    demo_journal.save_session_field(session_id, "agent_comments",
                                    "<script>alert(1)</script> | # kop")
    record = build_record(demo_journal, session_id)
    assert "<script>alert" not in render_html(record, "en")
    assert "&lt;script&gt;" in render_html(record, "en")


def test_pdf_prints_scripts_beyond_latin_too(demo_journal):
    session_id = seed_private(demo_journal, sign=False)
    demo_journal.save_session_field(session_id, "agent_comments", "Ευχαριστώ, Միքայել, ≠ ✓")
    text = "\n".join(pdf_text(render_pdf(build_record(demo_journal, session_id), "en")))
    assert "Ευχαριστώ" in text and "Միքայել" in text and "✓" in text
