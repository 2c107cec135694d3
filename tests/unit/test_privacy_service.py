"""The privacy service: what an erasure shows first, retention periods, purge and access."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coachtui.errors import UserError
from coachtui.services import privacy

TODAY = date(2026, 11, 22)


def test_the_preview_reads_in_order_and_writes_nothing(demo_journal):
    sanne = demo_journal.find_agent("Sanne")
    before = len(demo_journal.history())
    preview = privacy.erasure_preview(demo_journal, sanne.id)
    tables = [table for table, _ in preview]
    assert tables[0] == "agents" and tables[-1] == "change_log"
    assert tables.index("sessions") < tables.index("notes") < tables.index("figures")
    assert dict(preview) == demo_journal.erasure_preview([sanne.id])
    assert len(demo_journal.history()) == before


@pytest.mark.parametrize("years", [-1, -0.5, float("nan"), float("inf")])
def test_a_retention_period_is_zero_or_a_positive_number_of_years(years):
    with pytest.raises(UserError) as caught:
        privacy.retention_years(years)
    assert caught.value.key == "privacy.years_positive"
    assert caught.value.text("nl").startswith("--older-than moet 0 of een positief aantal")
    assert privacy.retention_years(0) == 0


def test_purge_erases_only_the_long_gone(demo_journal):
    gone = privacy.purge_candidates(demo_journal, 2, TODAY)
    assert [a.name for a in gone] == ["Peter Smit"]  # left 2024-03-31
    assert privacy.purge_candidates(demo_journal, 5, TODAY) == []
    report = privacy.purge(demo_journal, gone)
    assert [a.name for a in report.agents] == ["Peter Smit"]
    assert all(a.name != "Peter Smit" for a in demo_journal.agents())
    assert len(demo_journal.agents()) == 11


def test_access_export_writes_json_and_markdown(demo_journal, tmp_path):
    files = privacy.access_export(demo_journal, "sanne", tmp_path / "inzage", "nl", TODAY)
    assert files.agent.name == "Sanne de Vries"
    assert files.json_path.name == f"access_{files.agent.email.split('@')[0]}_2026-11-22.json"
    document = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert document["agent"]["email"] == files.agent.email
    assert files.markdown_path.read_text(encoding="utf-8").startswith("#")
