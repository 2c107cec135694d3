"""The talks due (the appraisal record's year overview: tests/unit/test_record_charts.py)."""

from __future__ import annotations

from datetime import date

from coachtui.model import Agent
from coachtui.services.talks_due import set_yearly_talk_months, talks_due
from coachtui.services.team import overview_rows


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
