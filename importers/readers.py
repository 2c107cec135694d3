"""Streaming CSV and XLSX reading: rows one at a time, never the whole file in memory.

CSV: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and the
separator (`;`, `,` or tab) are sniffed from the first 64 KB. XLSX: the values stream
through python-calamine (a Rust reader, many times faster than openpyxl), which knows no
number formats; `importers.xlsx_styles` finds the cells formatted as a percentage in the
workbook's own styles, and those come back as `PercentCell`.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from coachtui.errors import Phrase
from coachtui.importers.parsing import PercentCell
from coachtui.importers.problems import ImportProblem, os_reason
from coachtui.importers.xlsx_styles import percent_cells
from coachtui.outside_text import quoted

# progress(done, total): bytes for CSV, rows for XLSX; total may be None when unknown
Progress = Callable[[int, int | None], None]
SAMPLE_BYTES = 65536
PROGRESS_EVERY = 8192
SEPARATORS = (";", ",", "\t")


class NotUtf8(Exception):
    """A file that looked like UTF-8 in its first 64 KB but is not; read again as cp1252."""


@dataclass
class Table:
    """A header and a stream of rows (lists of cells) from one file.

    Iterate `rows` inside `with table.guard():` so that a damaged file is refused in plain
    words; `line()` is the line (or sheet row) of the row last read.
    """

    name: str
    header: list[str]
    rows: Iterator[Sequence[Any]]
    line: Callable[[], int]
    guard: Callable[[], contextlib.AbstractContextManager[None]]
    comma_decimal: bool = False  # `;`-separated files come from Dutch Excel: 1.000,5
    # the columns a reader looked up (the profile's mapped ones), before reading rows: a
    # sheet looks for percent formats only there
    used: set[int] = field(default_factory=set)

    def find(self, column: str) -> int | None:
        """The position of `column` (case and spacing ignored), or None."""
        wanted = normalise(column)
        for i, name in enumerate(self.header):
            if normalise(name) == wanted:
                self.used.add(i)
                return i
        return None

    def index(self, column: str) -> int:
        """The position of `column` (case and spacing ignored), or a plain refusal."""
        found = self.find(column)
        if found is not None:
            return found
        shown = ", ".join(quoted(h, 40) for h in self.header if h)
        raise ImportProblem("imports.no_column", file=quoted(self.name), column=quoted(column),
                            columns=quoted(shown, 300))


def normalise(header: str) -> str:
    """A header for comparison: no BOM, spacing collapsed, case folded."""
    return " ".join(str(header or "").replace("\ufeff", "").split()).casefold()


def is_xlsx(path: Path) -> bool:
    """True for an Excel workbook (by its zip signature, whatever the extension says)."""
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def sniff_encoding(sample: bytes) -> str:
    """The encoding a sample of a CSV file is written in."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def sniff_separator(text: str) -> str:
    """`;`, `,` or tab: the one that splits the first lines into the same number of fields."""
    lines = text.splitlines()[:20]
    if len(lines) > 1 and len(text) >= SAMPLE_BYTES // 2:
        lines = lines[:-1]  # the last line of a cut sample may be incomplete
    best, best_fields = ",", 1
    for sep in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=sep) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        fields = counts[0]
        consistent = sum(1 for c in counts if c == fields) >= max(1, len(counts) * 0.8)
        if consistent and fields > best_fields:
            best, best_fields = sep, fields
    return best


@contextlib.contextmanager
def open_table(path: Path, *, sheet: str | None = None, progress: Progress | None = None,
               encoding: str | None = None) -> Iterator[Table]:
    """Open a CSV or XLSX file as a Table; closes the file when the block ends."""
    path = Path(path)
    try:
        xlsx = is_xlsx(path)
    except OSError as exc:
        raise ImportProblem("imports.file_unreadable", file=quoted(path.name),
                            error=os_reason(exc)) from exc
    if xlsx:
        with _open_xlsx(path, sheet, progress) as table:
            yield table
    else:
        with _open_csv(path, progress, encoding) as table:
            yield table


class _CountingReader(io.RawIOBase):
    """A raw file that reports how many bytes were read (for a progress bar)."""

    def __init__(self, raw: io.FileIO, progress: Progress, total: int) -> None:
        self.raw, self.progress, self.total, self.done = raw, progress, total, 0

    def readable(self) -> bool:
        """Always: this wrapper only reads."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer` and report the bytes read so far."""
        count = self.raw.readinto(buffer) or 0
        self.done += count
        self.progress(min(self.done, self.total), self.total)
        return count

    def close(self) -> None:
        """Close the file underneath."""
        self.raw.close()
        super().close()


# csv.Error messages (English, from C) as reasons in the user's language
_CSV_REASONS = (("field larger than field limit", "imports.csv.field_too_long"),
                ("line contains nul", "imports.csv.nul"),
                ("new-line character seen in unquoted field", "imports.csv.newline"),
                ("unexpected end of data", "imports.csv.unfinished_quote"))


def csv_reason(exc: csv.Error) -> Phrase:
    """Why the csv module gave up on a line, as a text key."""
    message = str(exc).casefold()
    for words, key in _CSV_REASONS:
        if words in message:
            return Phrase(key)
    return Phrase("imports.csv.other")


def _binary(path: Path, progress: Progress | None, total: int) -> BinaryIO:
    """The file opened for reading in large buffers, reporting progress when asked."""
    if progress is None:
        return open(path, "rb", buffering=1 << 20)  # closed by the caller
    raw = open(path, "rb", buffering=0)  # noqa: SIM115 - closed with the reader around it
    return io.BufferedReader(_CountingReader(raw, progress, total), 1 << 20)


@contextlib.contextmanager
def _open_csv(path: Path, progress: Progress | None, encoding: str | None) -> Iterator[Table]:
    """A CSV file read by the csv module, the one way CSV is read here."""
    name = quoted(path.name)
    try:
        total = path.stat().st_size
        with open(path, "rb") as probe:
            sample = probe.read(SAMPLE_BYTES)
        binary = _binary(path, progress, total)
    except OSError as exc:
        raise ImportProblem("imports.file_unreadable", file=name,
                            error=os_reason(exc)) from exc
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        binary.close()
        raise ImportProblem("imports.not_text", file=name)
    chosen = encoding or sniff_encoding(sample)
    separator = sniff_separator(sample.decode(chosen, errors="replace"))
    with binary, io.TextIOWrapper(binary, encoding=chosen, newline="") as text:
        reader = csv.reader(text, delimiter=separator)

        @contextlib.contextmanager
        def guard() -> Iterator[None]:
            """Refuse a damaged or wrongly encoded file in plain words."""
            try:
                yield
            except UnicodeDecodeError as exc:
                if chosen == "utf-8":
                    raise NotUtf8 from exc
                raise ImportProblem("imports.not_text", file=name) from exc
            except csv.Error as exc:
                raise ImportProblem("imports.csv_broken", file=name, line=reader.line_num,
                                    reason=csv_reason(exc)) from exc

        header: list[str] | None = None
        with guard():
            for row in reader:
                if any(cell.strip() for cell in row):
                    header = row
                    break
        if header is None:
            raise ImportProblem("imports.empty_file", file=name)
        # filter(None, ...) drops blank lines at C speed; the reader is the hot path
        yield Table(path.name, [h.strip() for h in header], filter(None, reader),
                    lambda: reader.line_num, guard, comma_decimal=separator == ";")


@contextlib.contextmanager
def _no_guard() -> Iterator[None]:
    """A sheet's rows refuse damage themselves (see `_xlsx_rows`)."""
    yield


@contextlib.contextmanager
def _open_xlsx(path: Path, sheet: str | None, progress: Progress | None) -> Iterator[Table]:
    """A workbook's sheet as a Table: values from python-calamine, and the cells formatted
    as a percentage (which calamine cannot tell) from the workbook's own styles."""
    from python_calamine import CalamineWorkbook

    name = quoted(path.name)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's zip and XML errors: not a readable workbook
        raise ImportProblem("imports.xlsx_broken", file=name) from exc
    try:
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportProblem("imports.no_sheet", file=name, sheet=quoted(sheet),
                                sheets=quoted(", ".join(names), 300))
        if not names:
            raise ImportProblem("imports.empty_file", file=name)
        chosen = sheet or names[0]
        try:
            ws = book.get_sheet_by_name(chosen)
            first_row, first_column = ws.start or (0, 0)
            total: int | None = first_row + ws.height
            rows: Iterator[Any] = iter(ws.iter_rows())
        except ImportProblem:
            raise
        except Exception as exc:
            raise ImportProblem("imports.xlsx_broken", file=name) from exc
        # calamine yields every row from the sheet's first (empty ones as empty cells), but
        # leaves out the empty columns before `first_column`
        position = [0]
        header: list[str] | None = None
        try:
            for cells in rows:
                position[0] += 1
                if any(v not in (None, "") for v in cells):
                    header = ["" if v is None else str(v).strip() for v in cells]
                    break
        except Exception as exc:
            raise ImportProblem("imports.xlsx_broken", file=name) from exc
        if header is None:
            raise ImportProblem("imports.empty_file", file=name)
        table = Table(path.name, header, iter(()), lambda: position[0], _no_guard)

        def percent() -> dict[int, int]:
            """Percent-formatted cells of the columns looked up by the time rows are read
            (every column when none was)."""
            return percent_cells(path, chosen, first_row, first_column, table.used or None)

        table.rows = _xlsx_rows(rows, position, total, progress, name, percent)
        yield table
    finally:
        book.close()


def _xlsx_rows(rows: Iterator[Any], position: list[int], total: int | None,
               progress: Progress | None, name: str,
               find_percent: Callable[[], dict[int, int]]) -> Iterator[Sequence[Any]]:
    """The sheet's rows with a value (empty cells as "", as a CSV gives them; numbers in
    cells formatted as a percentage as PercentCell), counting sheet rows for `line()` and
    the progress. `find_percent()`, called when the first row is asked for, maps a sheet row
    (1-based) to a bit mask of its percent columns (bit n: column n as calamine numbers
    them). calamine's own row lists are passed on: no per-cell work in Python."""
    try:
        percent = find_percent()
        for values in rows:
            position[0] += 1
            if progress is not None and position[0] % PROGRESS_EVERY == 0:
                progress(position[0], total)
            if values.count("") == len(values):
                continue  # an empty row (counted in C, not cell by cell)
            mask = percent.get(position[0], 0)
            while mask:
                low = mask & -mask
                mask ^= low
                i = low.bit_length() - 1
                v = values[i] if i < len(values) else None
                if isinstance(v, int | float) and not isinstance(v, bool):
                    values[i] = PercentCell(v)
            yield values
    except Exception as exc:  # a damaged sheet part: refuse in plain words
        raise ImportProblem("imports.xlsx_broken", file=name) from exc
    if progress is not None:
        progress(position[0], total or position[0])
