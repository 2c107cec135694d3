"""Cell values as real exports write them: decimal commas, percentages, durations, months."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachtui.importers.parsing import (
    PercentCell,
    parse_bool,
    parse_count,
    parse_duration,
    parse_month,
    parse_number,
    parse_percent,
)
from coachtui.importers.problems import CellError


@pytest.mark.parametrize(("cell", "value"), [
    ("87,5", 87.5), ("87.5", 87.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.234.567", 1234567.0), (" 12 ", 12.0), ("-3", -3.0), ("4,20", 4.2),
    ("1 234,5", 1234.5), ("1\u00a0234", 1234.0), (7, 7.0), (2.5, 2.5), (",5", 0.5),
])
def test_numbers_in_dutch_and_english_notation(cell, value):
    assert parse_number(cell) == value


@pytest.mark.parametrize("cell", [None, "", "   ", "-", "n.v.t.", "N/A", "–"])
def test_empty_cells_are_missing_never_zero(cell):
    assert parse_number(cell) is None
    assert parse_percent(cell) is None
    assert parse_duration(cell) is None
    assert parse_count(cell) is None


@pytest.mark.parametrize("cell", ["abc", "12abc", "1,2,3,4.5", "nan", "inf", True, "87,5%"])
def test_nonsense_is_refused_with_a_reason(cell):
    with pytest.raises(CellError):
        parse_number(cell)


@pytest.mark.parametrize(("cell", "fraction", "value"), [
    ("87,5%", False, 87.5), ("87.5 %", False, 87.5), ("87,5", False, 87.5),
    ("0,875", True, 87.5), ("90%", True, 90.0), (PercentCell(0.875), False, 87.5),
])
def test_percentages_become_0_to_100(cell, fraction, value):
    assert parse_percent(cell, fraction=fraction) == pytest.approx(value)


def test_counts_must_be_whole():
    assert parse_count("12") == 12
    assert parse_count("1.000", comma_decimal=True) == 1000  # Dutch thousands
    assert parse_count("1.000") == 1
    for bad in ("2,5", "-1"):
        with pytest.raises(CellError):
            parse_count(bad)


@pytest.mark.parametrize(("cell", "unit", "seconds"), [
    ("01:02:03", "seconds", 3723), ("120:00:00", "seconds", 432000), ("05:15", "seconds", 315),
    ("1.02:00:00", "seconds", 93600), ("00:00:01.500", "seconds", 1.5),
    ("315", "seconds", 315), ("315000", "milliseconds", 315), ("5,25", "minutes", 315),
    ("7,5", "hours", 27000), ("7:30", "hours", 27000),
    (time(0, 5, 15), "seconds", 315), (timedelta(hours=2), "seconds", 7200),
])
def test_durations_in_seconds(cell, unit, seconds):
    assert parse_duration(cell, unit) == pytest.approx(seconds)


@pytest.mark.parametrize("cell", ["1:2:3:4", "12:75", "-5", "soon"])
def test_bad_durations_are_refused(cell):
    with pytest.raises(CellError):
        parse_duration(cell)


@pytest.mark.parametrize(("cell", "value"), [
    ("Ja", True), ("nee", False), ("Yes", True), ("NO", False), ("1", True), ("0", False),
    ("x", True), ("", None), (None, None), (True, True),
])
def test_yes_and_no_in_both_languages(cell, value):
    assert parse_bool(cell) is value


@pytest.mark.parametrize(("cell", "month"), [
    ("2026-10", "2026-10"), ("okt-2026", "2026-10"), ("Okt 2026", "2026-10"),
    ("oktober 2026", "2026-10"), ("October 2026", "2026-10"), ("Oct-26", "2026-10"),
    ("mrt-2026", "2026-03"), ("mei 2026", "2026-05"), ("10/2026", "2026-10"),
    ("2026/10", "2026-10"), ("03-10-2026", "2026-10"), ("2026-10-03T14:22:11Z", "2026-10"),
    ("03-10-2026 14:22", "2026-10"), ("25/10/2026", "2026-10"), ("202610", "2026-10"),
    (date(2026, 10, 3), "2026-10"), (datetime(2026, 10, 3, 9, 0), "2026-10"), ("", None),
])
def test_months_as_dutch_and_english_exports_write_them(cell, month):
    assert parse_month(cell) == month


def test_slash_dates_follow_the_profile_order():
    assert parse_month("10/03/2026") == "2026-03"
    assert parse_month("10/03/2026", day_first=False) == "2026-10"


@pytest.mark.parametrize("cell", ["2026-13", "smarch 2026", "okt", "1-2-3-4", "13/2026", 2026])
def test_bad_months_are_refused(cell):
    with pytest.raises(CellError):
        parse_month(cell)


cells = st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(),
                  st.booleans(), st.dates(), st.times(), st.timedeltas(max_value=timedelta(
                      days=900), min_value=timedelta(0)))


@given(cells)
def test_parsers_never_crash_on_any_cell(cell):
    """Whatever a cell holds, a parser returns a value or raises CellError, nothing else."""
    for parse in (parse_number, parse_percent, parse_count, parse_duration, parse_bool,
                  parse_month):
        with contextlib.suppress(CellError):
            parse(cell)
