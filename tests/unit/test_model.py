"""The domain model refuses bad input with sentences a team lead understands."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from coachtui.model import (
    Absence,
    Agent,
    FactorRating,
    Figure,
    Goal,
    MetricDefinition,
    Note,
    Rating,
    Session,
    Target,
    TargetStatus,
    Unit,
    add_months,
    explain,
    month_range,
    target_status,
)


def _explained(build) -> str:
    with pytest.raises(ValidationError) as caught:
        build()
    return explain(caught.value)


def test_bad_email_names_the_field_and_value():
    text = _explained(lambda: Agent(name="Sanne", email="sanne-at-example"))
    assert text == "The e-mail 'sanne-at-example' is not an e-mail address."


def test_email_is_stored_lower_case_and_trimmed():
    assert Agent(name="Sanne", email="  Sanne@Example.NL ").email == "sanne@example.nl"


def test_empty_name_is_refused():
    text = _explained(lambda: Agent(name="   ", email="a@example.nl"))
    assert text.startswith("The name ")
    assert "needs a name" in text


def test_missing_name_says_it_is_missing():
    assert _explained(lambda: Agent(email="a@example.nl")) == "The name is missing."


def test_employment_end_before_start_gives_both_dates():
    text = _explained(lambda: Agent(name="A", email="a@example.nl",
                                    employment_start=date(2024, 5, 1),
                                    employment_end=date(2024, 1, 31)))
    assert text == "Employment cannot end (2024-01-31) before it starts (2024-05-01)."


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "26-01", "2026/01", "", "2026-00"])
def test_bad_month_is_refused_with_the_expected_shape(month):
    text = _explained(lambda: Session(agent_id=1, month=month))
    assert text == f"The month '{month}' is not a month; write it as YYYY-MM, for example 2026-10."


def test_bad_target_month_is_called_first_month():
    text = _explained(lambda: Target(agent_id=1, metric="ftr", value=85, from_month="2026-13"))
    assert text.startswith("The first month '2026-13' is not a month")


@pytest.mark.parametrize("deadline", ["2026-02-30", "next week", "31-12-2026"])
def test_bad_goal_deadline(deadline):
    text = _explained(lambda: Goal(session_id=1, agent_id=1, deadline=deadline))
    assert text == f"The deadline '{deadline}' is not a date; write it as YYYY-MM-DD."


def test_goal_deadline_accepts_iso_date():
    assert Goal(session_id=1, agent_id=1, deadline="2026-12-31").deadline == date(2026, 12, 31)


def test_bad_rating_lists_the_three_ratings():
    text = _explained(lambda: FactorRating(session_id=1, factor="initiative", rating="++"))
    assert text == "The rating '++' is not one of '+', '+/-' or '-'."


def test_rating_keys():
    assert Rating.from_key("+") is Rating.PLUS
    assert Rating.from_key("~") is Rating.MIXED
    assert Rating.from_key("=") is Rating.MIXED
    assert Rating.from_key("-") is Rating.MINUS
    assert Rating.from_key("x") is None


def test_empty_note_is_refused():
    text = _explained(lambda: Note(agent_id=1, created_at="2026-11-01T10:00:00", text="  "))
    assert "needs some text" in text


def test_figure_value_must_be_a_number_and_none_means_missing():
    assert Figure(agent_id=1, month="2026-10", metric="ftr", value=None).value is None
    text = _explained(lambda: Figure(agent_id=1, month="2026-10", metric="ftr", value="abc"))
    assert text == "The value 'abc' is not a number."


def test_several_problems_give_several_sentences():
    text = _explained(lambda: Figure(agent_id=1, month="2026-13", metric="ftr", value="x"))
    assert text.count(".") >= 2 and "month" in text and "value" in text


def test_metric_key_shape():
    text = _explained(lambda: MetricDefinition(key="First Time", label_nl="a", label_en="a",
                                               unit=Unit.PERCENT))
    assert "not a metric key" in text


def test_metric_format_reads_like_a_person_writes():
    pct = MetricDefinition(key="ftr", label_nl="FTR", label_en="FTR", unit=Unit.PERCENT)
    aht = MetricDefinition(key="aht", label_nl="AHT", label_en="AHT", unit=Unit.SECONDS,
                           higher_is_better=False)
    assert pct.format(87.46, "en") == "87.5%"
    assert pct.format(87.46, "nl") == "87,5%"
    assert pct.format(None, "nl") == "–"
    assert aht.format(185, "nl") == "3:05"
    assert target_status(pct, 86, 85) is TargetStatus.MET
    assert target_status(aht, 200, 180) is TargetStatus.MISSED
    assert target_status(pct, None, 85) is TargetStatus.MISSING
    assert target_status(pct, 80, None) is TargetStatus.NO_TARGET


def test_months_helpers():
    assert add_months("2026-01", -1) == "2025-12"
    assert add_months("2025-12", 13) == "2027-01"
    assert month_range("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_absence_days_counts_both_ends():
    assert Absence(agent_id=1, start=date(2026, 3, 2), end=date(2026, 3, 4)).days == 3
    assert Absence(agent_id=1, start=date(2026, 3, 2)).days is None
