"""Property tests: whatever the file holds, an import either works or refuses in one
sentence (UserError) and then has written nothing at all."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachtui.errors import UserError
from coachtui.services.imports import FileRequest, preview_import, save_import
from coachtui.storage import Journal

PROFILES = ("generic", "generic_tickets", "zendesk_explore", "five9_agent_report")
HEADERS = {
    "generic": "email;name;month;ftr;smileys_green;smileys_red;tickets_per_hour",
    "generic_tickets": "agent;name;status;solved;replies;reopened;rating;seconds worked",
    "zendesk_explore": "Assignee email;Assignee name;Ticket solved - Month;One-touch tickets %;"
                       "Good satisfaction tickets;Bad satisfaction tickets",
    "five9_agent_report": "AGENT;LOGIN TIME;CALLS count;Average HANDLE TIME",
}
CELLS = st.one_of(
    st.sampled_from(["", "anna@example.nl", "bob@example.nl", "okt-2026", "2026-10",
                     "87,5%", "12", "01:02:03", "Ja", "Nee", "solved", "opgelost", "groen",
                     "rood", "-", "Totaal", "2026-10-03 10:00", "1.234,5", "x@y"]),
    st.text(max_size=12),
)


def _check(data: bytes, profile: str, suffix: str = ".csv") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        with Journal.open(Path(tmp) / "j.db") as journal:
            before = (journal.agents(), journal.db.execute(
                "SELECT count(*) FROM figures").fetchone()[0])
            try:
                plan = preview_import(journal, FileRequest(path, profile, "2026-10"))
                save_import(journal, plan)
            except UserError as exc:
                assert str(exc).strip() and "\n" not in str(exc)
                after = (journal.agents(), journal.db.execute(
                    "SELECT count(*) FROM figures").fetchone()[0])
                assert after == before  # refused: nothing half-written


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), profile=st.sampled_from(PROFILES))
def test_arbitrary_bytes_never_crash(data, profile):
    _check(data, profile)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_named_xlsx_never_crash(data):
    _check(b"PK\x03\x04" + data, "generic", ".xlsx")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=st.sampled_from(PROFILES),
       rows=st.lists(st.lists(CELLS, min_size=0, max_size=9), max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_csv_shaped_nonsense_never_crashes_or_half_writes(profile, rows, encoding):
    text = HEADERS[profile] + "\n" + "\n".join(";".join(r) for r in rows) + "\n"
    _check(text.encode(encoding, errors="replace"), profile)
