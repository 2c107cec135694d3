"""The year overview for the appraisal record (PDF and HTML) and the talks due."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from fpdf.enums import XPos, YPos
from pypdf import PdfReader

from coachtui.export.pdf import FONT, RecordPDF
from coachtui.export.year import (
    metric_svg,
    year_overview_chars,
    year_overview_html,
    year_overview_pdf,
)
from coachtui.model import Agent, Note, Relation
from coachtui.services.talks_due import set_yearly_talk_months, talks_due
from coachtui.services.team import overview_rows
from coachtui.services.year import year_overview


def _hostile(journal):
    """An agent whose name, goal, learning point and factor note try to act."""
    agent = journal.add_agent(Agent(name='<b onclick="x()">Bo</b>', email="bo@example.nl"))
    session = journal.start_session(agent.id, "2026-09")
    journal.save_rating(session.id, "initiative", "+", "<script>alert(1)</script>\x1b[31m")
    journal.set_learning_point(session.id, "<img src=x onerror=alert(2)>")
    journal.add_goal(session.id, what="<svg onload=alert(3)>")
    journal.sign(session.id, "Lead", "Bo")
    journal.add_note(Note(agent_id=agent.id, created_at=datetime(2026, 9, 9, tzinfo=UTC),
                          text="call", relation=Relation.KEPT))
    return year_overview(journal, agent.id, "2026-10")


def test_html_fragment_escapes_everything_typed_and_draws_svg(journal):
    overview = _hostile(journal)
    for lang, word in (("en", "Year overview"), ("nl", "Jaaroverzicht")):
        html = year_overview_html(overview, lang)
        assert html.startswith('<section class="year-overview">') and word in html
        for tag in ("<b ", "<script", "<img", "<svg onload"):
            assert tag not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "\x1b" not in html


def test_svg_bars_and_target_steps(demo_journal):
    sanne = demo_journal.find_agent("Sanne")
    overview = year_overview(demo_journal, sanne.id, "2026-10")
    ftr = next(m for m in overview.metrics if m.metric.key == "ftr")
    svg = metric_svg(ftr)
    assert svg.count("<rect") == ftr.months_with_value
    assert svg.count('stroke="#1a237e"') == sum(t is not None for t in ftr.targets)


def test_pdf_draws_the_overview_with_the_records_font(demo_journal, journal):
    sanne = demo_journal.find_agent("Sanne")
    for overview in (year_overview(demo_journal, sanne.id, "2026-10"), _hostile(journal)):
        for lang, words in (("en", ("Year overview", "Figures against each month")),
                            ("nl", ("Jaaroverzicht", "Cijfers tegen het doel"))):
            pdf = RecordPDF(None, "footer", lang, year_overview_chars(overview, lang))
            pdf.add_page()
            pdf.set_font(FONT, "", 10)
            pdf.cell(0, 6, "record above", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            year_overview_pdf(pdf, overview, lang)
            text = "\n".join(p.extract_text() for p in
                             PdfReader(io.BytesIO(bytes(pdf.output()))).pages)
            for word in words:
                assert word in text
            assert "\x1b" not in text


def test_talks_due_by_cadence_and_the_yearly_talks(journal):
    monthly = journal.add_agent(Agent(name="Mo", email="mo@example.nl",
                                      employment_start=date(2020, 1, 1)))
    often = journal.add_agent(Agent(name="Bi", email="bi@example.nl",
                                    employment_start=date(2026, 10, 1)))
    journal.conn.execute("UPDATE agents SET cadence = 'biweekly' WHERE id = ?", [often.id])
    journal.conn.commit()
    talk = journal.start_session(monthly.id, "2026-08")
    journal.sign(talk.id, "Lead", "Mo")
    coaching = journal.start_session(often.id, "2026-11")
    journal.save_session_field(coaching.id, "held_on", "2026-11-02")
    journal.sign(coaching.id, "Lead", "Bi")
    today = date(2026, 11, 22)
    due = talks_due(journal, today)
    assert (due[monthly.id].next_month, due[monthly.id].late) == ("2026-09", True)
    assert (due[often.id].next_day, due[often.id].late) == (date(2026, 11, 16), True)
    # The performance talk of July is late (not held, under half a year ago); the new
    # agent started after it, so theirs is next year's appraisal.
    assert (due[monthly.id].yearly_kind, due[monthly.id].yearly_month,
            due[monthly.id].yearly_late) == ("performance", "2026-07", True)
    assert (due[often.id].yearly_kind, due[often.id].yearly_month,
            due[often.id].yearly_late) == ("appraisal", "2027-01", False)
    set_yearly_talk_months(journal, appraisal=12, performance=6)
    due = talks_due(journal, today)
    assert (due[monthly.id].yearly_kind, due[monthly.id].yearly_month,
            due[monthly.id].yearly_late) == ("performance", "2026-06", True)
    assert (due[often.id].yearly_kind, due[often.id].yearly_month) == ("appraisal", "2026-12")
    rows = {r.agent_id: r for r in overview_rows(journal, "2026-10")}
    assert rows[often.id].due == due[often.id]


def test_an_agent_added_without_a_start_date_is_new_not_late(journal):
    """No start date: the journal counts from the first figures, talks or the day it first
    logged the agent, so someone added today is not shown behind on talks they could not
    have had; someone with two years of figures still is."""
    from coachtui.model import Figure
    from coachtui.services.team import TalkStatus

    new = journal.add_agent(Agent(name="Nieuw", email="nieuw@example.nl"))  # logged 22 Nov
    old = journal.add_agent(Agent(name="Oud", email="oud@example.nl"))
    journal.save_figures([Figure(agent_id=old.id, month="2024-11", metric="ftr", value=0.8)])
    today = date(2026, 11, 22)
    due = talks_due(journal, today)
    assert (due[new.id].yearly_month, due[new.id].yearly_late) == ("2027-01", False)
    assert (due[old.id].yearly_month, due[old.id].yearly_late) == ("2026-07", True)
    rows = {r.agent_id: r for r in overview_rows(journal, "2026-10")}
    assert rows[new.id].status is TalkStatus.DUE
    assert rows[old.id].status is TalkStatus.OVERDUE
