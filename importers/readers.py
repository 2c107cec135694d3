"""Streaming CSV and XLSX reading: rows one at a time, never the whole file in memory.

CSV: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and the
separator (`;`, `,` or tab) are sniffed from the first 64 KB. XLSX: openpyxl in read-only
mode; cells formatted as a percentage come back as `PercentCell`.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import contains
from pathlib import Path
from typing import Any

from coachtui.importers.parsing import PercentCell
from coachtui.importers.problems import ImportProblem

# progress(done, total): bytes for CSV, rows for XLSX; total may be None when unknown
Progress = Callable[[int, int | None], None]
SAMPLE_BYTES = 65536
PROGRESS_EVERY = 8192
SEPARATORS = (";", ",", "\t")


class NotUtf8(Exception):
    """A file that looked like UTF-8 in its first 64 KB but is not; read again as cp1252."""


class ReadAgain(Exception):
    """The split fast path met something it leaves to the csv module (a quote, a lone CR,
    a bad byte, a bad cell whose line must be named): read the file again with
    `chunked=False`, which gives the same result or the exact sentence."""


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
    # the same rows as `rows` in blocks, split without the csv module (see `_split_blocks`);
    # only for readers that turn any ImportProblem into ReadAgain, as `line()` does not follow
    split_blocks: Callable[[], Iterator[Block]] | None = None

    def find(self, column: str) -> int | None:
        """The position of `column` (case and spacing ignored), or None."""
        wanted = normalise(column)
        for i, name in enumerate(self.header):
            if normalise(name) == wanted:
                return i
        return None

    def index(self, column: str) -> int:
        """The position of `column` (case and spacing ignored), or a plain refusal."""
        found = self.find(column)
        if found is not None:
            return found
        shown = ", ".join(h for h in self.header if h)[:300]
        raise ImportProblem("imports.no_column", file=self.name, column=column, columns=shown)


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
               encoding: str | None = None, chunked: bool = False) -> Iterator[Table]:
    """Open a CSV or XLSX file as a Table; closes the file when the block ends.

    `chunked=True` offers CSV rows as `Table.split_blocks` too; the caller must then handle
    ReadAgain by opening the file again without it.
    """
    path = Path(path)
    try:
        xlsx = is_xlsx(path)
    except OSError as exc:
        raise ImportProblem("imports.file_unreadable", file=path.name, error=exc.strerror) from exc
    if xlsx:
        with _open_xlsx(path, sheet, progress) as table:
            yield table
    else:
        with _open_csv(path, progress, encoding, chunked) as table:
            yield table


class _CountingReader(io.RawIOBase):
    """A raw file that reports how many bytes were read (for a progress bar)."""

    def __init__(self, raw: Any, progress: Progress, total: int) -> None:
        self.raw, self.progress, self.total, self.done = raw, progress, total, 0

    def readable(self) -> bool:
        """Always: this wrapper only reads."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer` and report the bytes read so far."""
        count = self.raw.readinto(buffer)
        self.done += count or 0
        self.progress(min(self.done, self.total), self.total)
        return count

    def close(self) -> None:
        """Close the file underneath."""
        self.raw.close()
        super().close()


@contextlib.contextmanager
def _open_csv(path: Path, progress: Progress | None, encoding: str | None,
              chunked: bool = False) -> Iterator[Table]:
    total = path.stat().st_size
    with open(path, "rb") as probe:
        sample = probe.read(SAMPLE_BYTES)
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportProblem("imports.not_text", file=path.name)
    chosen = encoding or sniff_encoding(sample)
    separator = sniff_separator(sample.decode(chosen, errors="replace"))
    # closed by the `with` below, together with the text wrapper
    if progress is None:
        binary: Any = open(path, "rb", buffering=1 << 20)  # noqa: SIM115
    else:
        binary = io.BufferedReader(_CountingReader(open(path, "rb", buffering=0),  # noqa: SIM115
                                                   progress, total), 1 << 20)
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
                raise ImportProblem("imports.not_text", file=path.name) from exc
            except csv.Error as exc:
                raise ImportProblem("imports.csv_broken", file=path.name,
                                    line=reader.line_num, error=exc) from exc

        header: list[str] | None = None
        with guard():
            for row in reader:
                if any(cell.strip() for cell in row):
                    header = row
                    break
        if header is None:
            raise ImportProblem("imports.empty_file", file=path.name)
        width = len(header)
        # filter(None, ...) drops blank lines at C speed; the reader is the hot path
        yield Table(path.name, [h.strip() for h in header], filter(None, reader),
                    lambda: reader.line_num, guard, comma_decimal=separator == ";",
                    split_blocks=(lambda: _split_blocks(text, separator, width))
                    if chunked else None)


SPLIT_BLOCK = 1 << 16  # characters read at a time by the split fast path (memory stays small)


class Block:
    """Rows of a CSV file from the split fast path (see `_split_blocks`).

    When every row has exactly the header's number of cells, `width` is that number and
    `column(i)` gives cell i of every row as one list, cut out at C speed without a list
    per row; otherwise `width` is 0 and `rows` holds the rows as csv.reader gives them.
    """

    __slots__ = ("_ends", "newline", "pieces", "rows", "width")

    def __init__(self, pieces: list[str] | None = None, width: int = 0,
                 rows: list[list[str]] | None = None, newline: str = "\n") -> None:
        self.pieces = pieces or []  # the block split at every separator (see `column`)
        self.width, self.newline = width, newline
        self.rows = rows or []
        self._ends: list[str] | None = None

    def __len__(self) -> int:
        """The number of rows in the block."""
        if self.width:
            return (len(self.pieces) - 1) // (self.width - 1)
        return len(self.rows)

    def column(self, i: int) -> list[str]:
        """Cell `i` of every row (only for a block whose rows all have `width` cells)."""
        step = self.width - 1
        # the block split at the separator: row r's cell i (0 < i < step) is at r * step + i;
        # the piece at (r + 1) * step is row r's last cell, a newline, row r+1's first cell
        if 0 < i < step:
            return self.pieces[i::step]
        if self._ends is None:
            self._ends = self.newline.join(self.pieces[step::step]).split(self.newline)
        if i == step:
            return self._ends[0::2]
        first = self._ends[1:-1:2]
        first.insert(0, self.pieces[0])
        return first


def _split_blocks(text: Any, separator: str, width: int) -> Iterator[Block]:
    """The rows csv.reader would give (blank lines left out), in blocks split with `str.split`.

    Without a quote, a CR other than in CRLF, a NUL or a very long line, a CSV line is
    exactly its cells joined by the separator, and splitting a block of lines at C speed
    costs a fraction of the csv module. Anything else raises ReadAgain (the csv module
    then reads the whole file), as does a bad byte, so NotUtf8 stays the csv path's call.
    """
    limit = csv.field_size_limit()
    rest = ""
    while True:
        try:
            chunk = text.read(SPLIT_BLOCK)
        except UnicodeDecodeError as exc:
            raise ReadAgain from exc
        if not chunk:
            break
        block = rest + chunk
        cut = block.rfind("\n") + 1
        block, rest = block[:cut], block[cut:]
        if block:
            yield _split_block(block, separator, width, limit)
    if rest:
        yield _split_block(rest + "\n", separator, width, limit)


def _split_block(block: str, separator: str, width: int, limit: int) -> Block:
    """One block of whole lines (each ending in a newline) as a Block."""
    if '"' in block or "\0" in block:
        raise ReadAgain
    newline = "\r\n" if "\r" in block else "\n"
    if width > 1 and len(block) <= limit:  # no cell can be longer than the csv module allows
        count = block.count("\n")
        pieces = block.split(separator)
        # each line has `width` cells when there are that many in all and every newline is
        # in a piece where one line ends and the next begins (with CRLF: every CR is in one)
        if (len(pieces) == count * (width - 1) + 1
                and (newline == "\n" or block.count("\r") == count)
                and all(map(contains, pieces[width - 1::width - 1], repeat(newline)))):
            return Block(pieces, width, newline=newline)
    if "\r" in block:
        block = block.replace("\r\n", "\n")
        if "\r" in block:
            raise ReadAgain
    lines = block.split("\n")
    if max(map(len, lines)) > limit:
        raise ReadAgain
    return Block(rows=list(map(str.split, filter(None, lines), repeat(separator))))


def _cell(cell: Any) -> Any:
    value = cell.value
    if (isinstance(value, int | float) and not isinstance(value, bool)
            and "%" in (getattr(cell, "number_format", None) or "")):
        return PercentCell(value)
    return value


@contextlib.contextmanager
def _no_guard() -> Iterator[None]:
    yield


@contextlib.contextmanager
def _open_xlsx(path: Path, sheet: str | None, progress: Progress | None) -> Iterator[Table]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip, XML and openpyxl errors alike: not a readable workbook
        raise ImportProblem("imports.xlsx_broken", file=path.name) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportProblem("imports.no_sheet", file=path.name, sheet=sheet,
                                sheets=", ".join(book.sheetnames))
        ws = book[sheet] if sheet else book.worksheets[0]
        position = [0]
        try:
            total = ws.max_row
            rows = ws.iter_rows()
            header: list[str] | None = None
            for cells in rows:
                position[0] += 1
                values = [c.value for c in cells]
                if any(v not in (None, "") for v in values):
                    header = ["" if v is None else str(v).strip() for v in values]
                    break
        except Exception as exc:  # openpyxl raises many kinds on damaged sheets
            raise ImportProblem("imports.xlsx_broken", file=path.name) from exc
        if header is None:
            raise ImportProblem("imports.empty_file", file=path.name)
        yield Table(path.name, header, _xlsx_rows(rows, position, total, progress, path),
                    lambda: position[0], _no_guard)
    finally:
        book.close()


def _xlsx_rows(rows: Iterator[Any], position: list[int], total: int | None,
               progress: Progress | None, path: Path) -> Iterator[Sequence[Any]]:
    try:
        for cells in rows:
            position[0] += 1
            if progress is not None and position[0] % PROGRESS_EVERY == 0:
                progress(position[0], total)
            values = [_cell(c) for c in cells]
            if any(v not in (None, "") for v in values):
                yield values
    except Exception as exc:  # a damaged sheet part: refuse in plain words
        raise ImportProblem("imports.xlsx_broken", file=path.name) from exc
    if progress is not None:
        progress(position[0], total or position[0])
