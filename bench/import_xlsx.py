"""Benchmark: import a ticket-level XLSX vs the same rows as CSV, through the same profile.

Writes a ticket export (default 100,000 rows, as bench/import_csv.py writes them) as CSV and
as an XLSX workbook (the `seconds worked` cells formatted as numbers, a `share` column as
percentages so the style scan has cells to find), then times, interleaved and best of N,
the full import of each into a fresh journal (profile `generic_tickets`: read, aggregate,
preview, save). Prints the XLSX/CSV ratio (goal <= 3; openpyxl alone was about 20), and
the floor no design of ours goes below: python-calamine's own parse of the sheet (every row
as Python lists), over the same CSV import.

    .venv/bin/python bench/import_xlsx.py
    .venv/bin/python bench/import_xlsx.py --rows 20000 --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.import_csv import import_into, timed, write_tickets

GOAL = 3.0


def write_workbook(source: Path, target: Path) -> None:
    """The CSV's rows as an XLSX sheet, numbers as numbers, plus a percent-formatted column."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Tickets")
    with open(source, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        sheet.append([*next(rows), "share"])
        for row in rows:
            share = WriteOnlyCell(sheet, value=0.5)
            share.number_format = "0%"
            sheet.append([int(row[0]), row[1], row[2], row[3], row[4], int(row[5]), row[6],
                          row[7], int(row[8]), share])
    book.save(target)


def calamine_parse(book: Path) -> int:
    """Only calamine's part: open the workbook, parse the sheet, hand over every row."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(book))
    try:
        return sum(1 for _ in workbook.get_sheet_by_name("Tickets").iter_rows())
    finally:
        workbook.close()


def main() -> int:
    """Run the benchmark and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N timings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain, book = folder / "tickets.csv", folder / "tickets.xlsx"
        write_tickets(plain, args.rows)
        write_workbook(plain, book)
        best_csv = best_xlsx = best_parse = float("inf")
        written: dict[str, object] = {}
        for n in range(args.repeat):
            seconds, written["csv"] = timed(import_into, plain, folder / f"c{n}.db")
            best_csv = min(best_csv, seconds)
            seconds, written["xlsx"] = timed(import_into, book, folder / f"x{n}.db")
            best_xlsx = min(best_xlsx, seconds)
            seconds, _rows = timed(calamine_parse, book)
            best_parse = min(best_parse, seconds)
        print(f"{args.rows:,} rows: CSV {plain.stat().st_size / 1e6:.1f} MB, "
              f"XLSX {book.stat().st_size / 1e6:.1f} MB; figures written {written}")
        ratio = best_xlsx / best_csv
        print(f"  import CSV: {best_csv:.2f} s   import XLSX: {best_xlsx:.2f} s   "
              f"ratio {ratio:.2f}  (goal <= {GOAL}): {'within' if ratio <= GOAL else 'over'}")
        print(f"  calamine's own parse: {best_parse:.2f} s = {best_parse / best_csv:.2f}x the "
              "whole CSV import (the floor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
