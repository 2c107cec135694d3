"""Which cells of a workbook's sheet are formatted as a percentage, read from the file.

python-calamine gives a sheet's values fast but no number formats, and a cell shown as
`87.5%` holds `0.875`. The formats live in the workbook itself: `xl/styles.xml` lists the
cell formats (`cellXfs`) with their number format (built-in 9 `0%` and 10 `0.00%`, or a
custom code with `%`), and each cell of the sheet names its format in its `s` attribute.
Only the small parts are parsed as XML; the sheet part is scanned in chunks for the cells
whose format is a percentage (usually few), so a 100,000-row sheet costs a fraction of a
second and never sits in memory whole.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Collection
from pathlib import Path
from xml.etree import ElementTree

__all__ = ["percent_cells"]

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PERCENT_BUILTIN = frozenset({9, 10})
CHUNK = 1 << 22


def _xml(book: zipfile.ZipFile, part: str) -> ElementTree.Element | None:
    try:
        with book.open(part) as handle:
            return ElementTree.parse(handle).getroot()
    except KeyError:
        return None


def _percent_styles(book: zipfile.ZipFile) -> list[int]:
    """The indexes of the cell formats whose number format is a percentage."""
    root = _xml(book, "xl/styles.xml")
    if root is None:
        return []
    custom = {int(f.get("numFmtId", "-1")): f.get("formatCode", "")
              for f in root.iter(f"{MAIN}numFmt")}
    xfs = root.find(f"{MAIN}cellXfs")
    found = []
    for index, xf in enumerate(xfs if xfs is not None else []):
        fmt = int(xf.get("numFmtId", "0"))
        if fmt in PERCENT_BUILTIN or "%" in custom.get(fmt, ""):
            found.append(index)
    return found


def _sheet_part(book: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the sheet called `sheet`."""
    workbook, rels = _xml(book, "xl/workbook.xml"), _xml(book, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        return None
    rel_id = next((s.get(f"{DOC_REL}id") for s in workbook.iter(f"{MAIN}sheet")
                   if s.get("name") == sheet), None)
    target = next((r.get("Target") for r in rels.iter(f"{RELS}Relationship")
                   if r.get("Id") == rel_id), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else \
        posixpath.normpath(posixpath.join("xl", target))


def _letters(column: int) -> bytes:
    """The letters of 0-based column number `column` (0 -> A, 26 -> AA)."""
    name = b""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        name = bytes([65 + rest]) + name
    return name


def _column(letters: bytes) -> int:
    """0-based column number of `A`, `B`, ..., `AA`, ..."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


def percent_cells(path: Path, sheet: str, first_row: int = 0, first_column: int = 0,
                  columns: Collection[int] | None = None) -> dict[int, int]:
    """Sheet row (1-based) -> the columns in it formatted as a percentage, as a bit mask
    (bit n: column n, numbered from `first_column`, calamine's first column, on); rows up
    to `first_row` do not occur. With `columns` (numbered the same way), only those are
    looked at: the columns a profile maps. A mask keeps 100,000 rows cheap."""
    with zipfile.ZipFile(path) as book:
        styles = _percent_styles(book)
        part = _sheet_part(book, sheet) if styles else None
        if part is None or (columns is not None and not columns):
            return {}
        ids = b"|".join(str(i).encode() for i in styles)
        wanted = rb"[A-Z]{1,3}" if columns is None else b"(?:" + b"|".join(
            _letters(c + first_column) for c in sorted(columns)) + b")"
        # a cell element of a wanted column whose `s` names a percent format, capturing its
        # reference `r`: `r` comes first as Excel, LibreOffice and the Python writers write
        # it (fast: the match is anchored on the column letters); a part where some cell
        # does not start with `r` is searched the slow way, attributes in any order
        usual = re.compile(rb'<c r="(' + wanted + rb')([0-9]+)"[^>]*?\bs="(?:' + ids + rb')"')
        anywhere = re.compile(rb'<c\b(?=[^>]*?\bs="(?:' + ids + rb')")[^>]*?\br="(' + wanted
                              + rb')([0-9]+)"')
        found: dict[int, int] = {}
        numbers: dict[bytes, int] = {}
        with book.open(part) as handle:
            tail = b""
            while True:
                chunk = handle.read(CHUNK)
                data = tail + chunk
                cut = data.rfind(b"<") if chunk else len(data)
                r_first = data.count(b'<c r="', 0, cut) == data.count(b"<c ", 0, cut)
                cells = (usual if r_first else anywhere).findall(data, 0, cut)
                for letters, row in cells:
                    column = numbers.get(letters)
                    if column is None:
                        column = numbers[letters] = _column(letters) - first_column
                    if column >= 0:
                        number = int(row)
                        found[number] = found.get(number, 0) | 1 << column
                if not chunk:
                    break
                tail = data[cut:]
    return {row: mask for row, mask in found.items() if row > first_row}
