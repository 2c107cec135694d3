"""The split fast path (blocks of rows counted column by column) gives exactly what the csv
module path gives: the same figures, notices and row count, or the same refusal."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachtui.errors import UserError
from coachtui.importers import readers
from coachtui.importers.aggregate import aggregate_tickets
from coachtui.importers.mapping import load_profile
from coachtui.importers.readers import Block, open_table
from coachtui.importers.service import FileRequest, harvest_file

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
ROWS = st.lists(st.tuples(*CELLS, st.sampled_from([0] * 30 + [-1, 1])),  # a cell short or extra
                max_size=40)


def _write(path: Path, rows: list[tuple], sep: str, newline: str, blank: bool,
           final_newline: bool) -> None:
    lines = [sep.join(HEADER)]
    for *cells, extra in rows:
        cells = cells[:extra] if extra < 0 else cells + ["x"] * extra
        lines.append(sep.join(cells))
    if blank and len(lines) > 2:
        lines.insert(2, "")
    text = newline.join(lines) + (newline if final_newline else "")
    path.write_bytes(text.encode("utf-8"))


def _by_csv(path: Path, month: str | None):
    """The reference: the csv module path, row by row."""
    with open_table(path) as table:
        return aggregate_tickets(table, load_profile("generic_tickets"), month, "file:x")


def _outcome(read):
    try:
        harvest = read()
    except UserError as exc:
        return ("refused", str(exc))
    return ("read", harvest.rows, harvest.figures, sorted(map(str, harvest.notices)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, sep=st.sampled_from([",", ";", "\t"]), newline=st.sampled_from(["\n", "\r\n"]),
       blank=st.booleans(), final_newline=st.booleans(), block=st.sampled_from([40, 97, 65536]),
       month=st.sampled_from([None, "2026-10"]))
def test_split_path_equals_csv_path(rows, sep, newline, blank, final_newline, block, month):
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as tmp:
        patch.setattr(readers, "SPLIT_BLOCK", block)  # small blocks: many block borders
        path = Path(tmp) / "tickets.csv"
        _write(path, rows, sep, newline, blank, final_newline)
        fast = _outcome(lambda: harvest_file(FileRequest(path, "generic_tickets", month)))
        slow = _outcome(lambda: _by_csv(path, month))
    if slow[0] == "read" and fast[0] == "read":
        assert fast[1] == slow[1]
        assert fast[2] == slow[2]
        assert fast[3] == slow[3]
    else:
        assert fast == slow


def test_a_block_of_equal_rows_gives_its_columns():
    block = readers._split_block("a;b;c\r\nd;e;f\r\n", ";", 3, 1000)
    assert block.width == 3 and len(block) == 2
    assert [block.column(i) for i in range(3)] == [["a", "d"], ["b", "e"], ["c", "f"]]


@pytest.mark.parametrize("text", ["a;b;c\nd;e\n", "a;b;c;d\ne;f\n", "a;b;c\n\nd;e;f\n",
                                  "a;b\rc;d\n", "a;b;c\r\nd;e;f\n"])
def test_uneven_rows_blank_lines_and_odd_line_ends_are_taken_row_by_row(text):
    try:
        block = readers._split_block(text, ";", 3, 1000)
    except readers.ReadAgain:  # a lone CR: the csv module decides what it means
        assert "\r" in text.replace("\r\n", "")
        return
    assert block.width == 0
    assert block.rows == [line.split(";") for line in text.replace("\r\n", "\n").split("\n")
                          if line]


def test_uneven_rows_that_add_up_to_whole_rows_are_not_taken_for_columns():
    # 4 + 2 cells make two rows of 3 by count; the newline is in the wrong place
    block = readers._split_block("a;b;c;d\ne;f\n", ";", 3, 1000)
    assert block.width == 0
    assert isinstance(block, Block)


def test_month_names_in_the_date_column_are_read_whole(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("agent,status,solved,replies,reopened,rating,seconds worked\n"
                    + "anna@example.nl,solved,October 2026,1,Nee,good,60\n" * 3
                    + "anna@example.nl,solved,2026-09-03 10:00,1,Nee,good,60\n")
    harvest = harvest_file(FileRequest(path, "generic_tickets"))
    assert harvest.figures == _by_csv(path, None).figures
    months = {month for (_, month) in harvest.figures}
    assert months == {"2026-10", "2026-09"}


def test_averages_shares_and_empty_hours_add_up_as_on_the_csv_path(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text('kind = "tickets"\n[agent]\ncolumn = "agent"\n[month]\ncolumn = "day"\n'
                       '[tickets]\nhandled = "rows"\nhours = "worked"\n'
                       '[averages]\naht = { column = "handle", unit = "duration" }\n'
                       '[shares]\nservice_level = "in sla"\n')
    path = tmp_path / "contacts.csv"
    lines = ["agent;day;worked;handle;in sla"]
    for n in range(300):
        lines.append(";".join([f"agent{n % 7}@example.nl", f"{1 + n % 28:02d}-{9 + n % 2}-2026",
                               ["", "600", "00:10:00"][n % 3], ["", "00:04:30", "95"][n % 4 % 3],
                               ["Ja", "Nee", ""][n % 5 % 3]]))
    path.write_text("\n".join(lines) + "\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(readers, "SPLIT_BLOCK", 500)
        fast = harvest_file(FileRequest(path, str(profile)))
    with open_table(path) as table:
        slow = aggregate_tickets(table, load_profile(str(profile)), None, fast.source)
    assert fast.figures == slow.figures and fast.rows == slow.rows == 300
    assert {metric for values in fast.figures.values() for metric in values} >= {
        "aht", "service_level", "tickets_per_hour"}
