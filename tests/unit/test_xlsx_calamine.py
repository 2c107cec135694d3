"""The XLSX reader (python-calamine plus the workbook's own styles) gives the values
openpyxl gives cell by cell, percent-formatted cells included."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from coachtui.importers.parsing import PercentCell
from coachtui.importers.readers import open_table
from coachtui.importers.xlsx_styles import percent_cells


def _openpyxl_rows(path, sheet=None):
    """What openpyxl reads: the header row, then every row with a value."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = book[sheet] if sheet else book.worksheets[0]
    rows = []
    for cells in ws.iter_rows():
        values = []
        for cell in cells:
            value = cell.value
            if (isinstance(value, int | float) and not isinstance(value, bool)
                    and "%" in (cell.number_format or "")):
                value = ("percent", value)
            values.append(value)
        if any(v not in (None, "") for v in values):
            rows.append(values)
    book.close()
    return rows


def _ours(path, sheet=None):
    with open_table(path, sheet=sheet) as table, table.guard():
        rows = [list(table.header)]
        for row in table.rows:
            rows.append([("percent", float(v)) if isinstance(v, PercentCell) else v
                         for v in row])
    return rows


def _same(a, b):
    if isinstance(a, tuple) and isinstance(b, tuple):
        return a[0] == b[0] and _same(a[1], b[1])
    if isinstance(a, int | float) and isinstance(b, int | float) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a == b
    return a == b or (a in (None, "") and b in (None, ""))


@pytest.fixture
def workbook(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Export"
    ws.append([])  # an empty first row, and the table starts in column B
    ws.append([None, "agent", "ftr", "solved", "when", "share", "big", "flag", "note"])
    for n in range(1, 40):
        ws.append([None, f"agent{n}@example.nl", 0.5 + n / 100, n,
                   dt.datetime(2026, 10, n % 28 + 1, 9, 30), 0.25, 1_000_000 + n,
                   n % 2 == 0, "" if n % 5 else "=not a formula"])
        ws.cell(row=ws.max_row, column=3).number_format = "0.0%" if n % 3 else "General"
        ws.cell(row=ws.max_row, column=6).number_format = "0%"
    ws.append([None, "last@example.nl", 72.5, None, None, None, None, None, "x"])
    other = book.create_sheet("Other")
    other.append(["a", "b"])
    other.append([1, 0.1])
    other["B2"].number_format = "0.00%"
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


def test_every_cell_reads_as_openpyxl_reads_it(workbook):
    theirs = [row[1:] for row in _openpyxl_rows(workbook)]  # calamine drops column A
    ours = _ours(workbook)
    assert len(ours) == len(theirs)
    for mine, reference in zip(ours, theirs, strict=True):
        assert len(mine) == len(reference)
        assert all(_same(a, b) for a, b in zip(mine, reference, strict=True)), (mine, reference)


def test_a_named_sheet_and_its_own_percent_cells(workbook):
    assert _ours(workbook, "Other") == [["a", "b"], [1, ("percent", 0.1)]]


def test_percent_cells_are_found_per_cell_not_per_column(workbook):
    cells = percent_cells(workbook, "Export", first_row=1, first_column=1)
    assert cells[3] == 0b10010  # row 3: agent1, ftr shown as % (column 1), share (4)
    assert cells[5] == 0b10000  # agent3: ftr formatted General, share as %
    assert 42 not in cells  # the last row has no percent cells


def test_cells_with_their_attributes_in_another_order_are_found(workbook, tmp_path):
    import re
    import zipfile

    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(moved, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="([A-Z]+[0-9]+)" s="([0-9]+)"', rb'<c s="\2" r="\1"',
                              data)
            target.writestr(item, data)
    assert percent_cells(moved, "Export", 1, 1) == percent_cells(workbook, "Export", 1, 1)
    assert _ours(moved) == _ours(workbook)


def test_only_the_columns_asked_for_are_scanned(workbook):
    every = percent_cells(workbook, "Export", first_row=1, first_column=1)
    share_only = percent_cells(workbook, "Export", 1, 1, columns={4})
    assert share_only == {row: mask & 0b10000 for row, mask in every.items()
                          if mask & 0b10000}
    assert percent_cells(workbook, "Export", 1, 1, columns={1}) == {
        row: mask & 0b10 for row, mask in every.items() if mask & 0b10}
    assert percent_cells(workbook, "Export", 1, 1, columns=set()) == {}


def test_a_reader_that_looked_up_columns_gets_percent_cells_of_those_only(workbook):
    with open_table(workbook) as table, table.guard():
        share = table.index("share")
        rows = list(table.rows)
    assert table.used == {share}
    assert any(isinstance(row[share], PercentCell) for row in rows)
    assert not any(isinstance(v, PercentCell) for row in rows
                   for i, v in enumerate(row) if i != share)


@pytest.mark.parametrize(("column", "letters"), [(0, b"A"), (25, b"Z"), (26, b"AA"),
                                                 (701, b"ZZ"), (702, b"AAA")])
def test_column_letters_both_ways(column, letters):
    from coachtui.importers.xlsx_styles import _column, _letters

    assert _letters(column) == letters
    assert _column(letters) == column
