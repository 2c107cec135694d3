"""The one counting loop of ticket-level files: the figures depend on the rows, never on how
the file quotes them, the order they come in, or which shortcut a row's cells allow (the
11-character date key, whole date cells, a short row filled with empty cells)."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coachtui.errors import UserError
from coachtui.services.imports import FileRequest, harvest

HEADER = ["agent", "name", "status", "solved", "replies", "reopened", "rating",
          "seconds worked"]
# per column: usual cells, then rarer ones that stop the import or take a slower way
COLUMNS = [
    (["anna@example.nl", "bob@example.nl", "Cleo@Example.nl", "", "Totaal"], ["x@y"]),
    (["Anna", "Bob B", "", "Agent 07"], []),
    (["solved", "Opgelost", "open", "closed", " pending ", ""], []),
    (["2026-10-03 14:22", "2026-09-30T08:00:00", "2026-10-01", "03-10-2026 09:00",
      "okt-2026", "2026-10", "", "-", "2026-10-03 morning"], ["October 2026", "nonsense"]),
    (["0", "1", "2", "", "1,0"], ["een"]),
    (["Ja", "Nee", "0", "1", ""], ["misschien"]),
    (["", "good", "Bad", "okay", "offered", "meh", "groen"], []),
    (["60", "", "01:02:03", "1,5", "90.5", "-", "1.800"], ["abc"]),
]
CELLS = [st.sampled_from(good * 20 + bad) for good, bad in COLUMNS]
ROWS = st.lists(st.tuples(*CELLS, st.sampled_from([0] * 30 + [-1, -3, 1])),  # short or long
                max_size=40)


def _write(path: Path, rows: list[tuple], sep: str, newline: str, quote_all: bool) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter=sep, lineterminator=newline,
                         quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        out.writerow(HEADER)
        for *cells, extra in rows:
            out.writerow(cells[:extra] if extra < 0 else cells + ["x"] * extra)


def _outcome(path: Path, month: str | None, *, lines: bool = True):
    try:
        result = harvest(FileRequest(path, "generic_tickets", month))
    except UserError as exc:  # the same refusal; its line only where the order is the same
        return ("refused", str(exc) if lines else exc.key)
    return ("read", result.rows, result.figures, sorted(map(str, result.notices)))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, sep=st.sampled_from([",", ";", "\t"]), newline=st.sampled_from(["\n", "\r\n"]),
       month=st.sampled_from([None, "2026-10"]))
def test_quoting_and_order_do_not_change_the_figures(rows, sep, newline, month):
    # the separator is sniffed from lines of one width: keep most of the first ones whole
    ragged = sum(1 for *_, extra in rows[:19] if extra)
    assume(ragged == 0 or ragged * 5 < len(rows[:19]))
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("plain", "quoted", "backwards"):
            (Path(tmp) / name).mkdir()
        plain, quoted, backwards = (Path(tmp) / name / "t.csv"
                                    for name in ("plain", "quoted", "backwards"))
        _write(plain, rows, sep, newline, quote_all=False)
        _write(quoted, rows, sep, newline, quote_all=True)
        _write(backwards, rows[::-1], sep, newline, quote_all=False)
        first = _outcome(plain, month)
        assert _outcome(quoted, month) == first
        if first[0] == "read":
            assert _outcome(backwards, month) == first
        else:  # the first bad cell may be another one backwards; still a refusal
            assert _outcome(backwards, month, lines=False)[0] == "refused"


def test_month_names_in_the_date_column_are_read_whole(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("agent,status,solved,replies,reopened,rating,seconds worked\n"
                    + "anna@example.nl,solved,2026-09-03 10:00,1,Nee,good,60\n"
                    + "anna@example.nl,solved,October 2026,1,Nee,good,60\n" * 3
                    + "anna@example.nl,solved,2026-09-04 10:00,0,Nee,good,60\n")
    result = harvest(FileRequest(path, "generic_tickets"))
    months = {month: values for (_, month), values in result.figures.items()}
    assert set(months) == {"2026-10", "2026-09"}
    assert months["2026-10"]["smileys_green"] == 3.0
    assert months["2026-09"]["smileys_green"] == 2.0


def test_short_rows_count_with_empty_cells(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("agent,status,solved,replies,reopened,rating,seconds worked\n"
                    "anna@example.nl,solved,2026-10-03,1,Nee,good,3600\n"
                    "anna@example.nl,solved,2026-10-04,1\n"  # no reopen, rating or hours
                    "anna@example.nl,solved\n")  # no date: not counted for a month
    result = harvest(FileRequest(path, "generic_tickets"))
    (values,) = result.figures.values()
    assert values["smileys_green"] == 1.0
    assert values["ftr"] == 100.0  # the second ticket, without a reopen cell, is not judged
    assert values["tickets_per_hour"] == 2.0  # 2 solved in the one hour given
    assert "1 solved ticket without a date skipped." in map(str, result.notices)


def test_averages_shares_and_empty_hours(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text('kind = "tickets"\n[agent]\ncolumn = "agent"\n[month]\ncolumn = "day"\n'
                       '[tickets]\nhandled = "rows"\nhours = "worked"\n'
                       '[averages]\naht = { column = "handle", unit = "duration" }\n'
                       '[shares]\nservice_level = "in sla"\n')
    path = tmp_path / "contacts.csv"
    path.write_text("agent;day;worked;handle;in sla\n"
                    "a@example.nl;01-10-2026;600;00:04:00;Ja\n"
                    "a@example.nl;02-10-2026;;00:02:00;Nee\n"
                    "a@example.nl;03-10-2026;00:10:00;;\n"
                    "a@example.nl;04-10-2026;-;90;Ja\n")
    result = harvest(FileRequest(path, str(profile)))
    (values,) = result.figures.values()
    assert values["aht"] == 150.0  # (240 + 120 + 90) / 3 cells with a value
    assert round(values["service_level"], 2) == 66.67  # 2 of the 3 asked
    assert values["tickets_per_hour"] == 12.0  # 4 contacts in 20 minutes worked
