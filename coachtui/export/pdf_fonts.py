"""The PDF record's fonts: the bundled DejaVu Sans, or its Latin cut when that has every
character of the record, given to fpdf2 through its public `add_font`; and the widths of
characters, measured once per process with `get_string_width`, for wrapping text.

Used by `coachtui.export.pdf`. fpdf2 reads the font file for every PDF and subsets it when
the PDF is written: the Latin cut (`coachtui.export.font_cut`) makes both cheap.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from coachtui.export.font_cut import LATIN_FILES, WHOLE_FILES

if TYPE_CHECKING:
    from collections.abc import Set

    from fpdf import FPDF

FONT_DIR = Path(str(resources.files("coachtui.export") / "fonts"))
FONT = "DejaVuSans"
STYLES = tuple(WHOLE_FILES)  # regular and bold


def font_files(chars: Set[int]) -> dict[str, Path]:
    """The font file for each style of a record printing `chars`: the Latin cut when it
    has them all (nearly every record), else the whole font. Chosen by content alone, so
    the same record gives the same bytes."""
    files = LATIN_FILES if all(chars <= _latin_chars(style) for style in STYLES) else WHOLE_FILES
    return {style: FONT_DIR / name for style, name in files.items()}


def add_fonts(pdf: FPDF, chars: Set[int]) -> dict[str, Path]:
    """Give `pdf` the regular and bold font for a record printing `chars`; returns the
    files used, by style."""
    files = font_files(chars)
    for style, path in files.items():
        pdf.add_font(FONT, style, fname=path)
    return files


@cache
def _latin_chars(style: str) -> frozenset[int]:
    """The characters the Latin cut of `style` has (read once per process), with the
    white space that the layout turns into line breaks and spaces before printing."""
    from fontTools import ttLib

    with ttLib.TTFont(str(FONT_DIR / LATIN_FILES[style]), lazy=True) as font:
        return frozenset(font.getBestCmap()) | {0x09, 0x0A, 0x0D}


class Widths:
    """Character widths of one font file in its own units (1/1000 of the font size, as
    fpdf2 counts them), measured through fpdf2's public `get_string_width` one character
    at a time and kept for the process: the text of a record is measured word by word,
    and `get_string_width` costs far more per call than a look-up. Without text shaping
    (fpdf2's default) a text is as wide as the sum of its characters."""

    def __init__(self) -> None:
        self.units: dict[int, int] = {}

    def measure(self, pdf: FPDF, text: str) -> int:
        """The width of `text` in `pdf`'s current font (this object's file), in font units."""
        units = self.units
        try:
            return sum(map(units.__getitem__, map(ord, text)))
        except KeyError:
            for char in set(text):
                if ord(char) not in units:
                    # get_string_width gives units * font_size / 1000, rounded by floats.
                    units[ord(char)] = round(pdf.get_string_width(char) * 1000 / pdf.font_size)
            return sum(map(units.__getitem__, map(ord, text)))


@cache
def widths_of(path: Path) -> Widths:
    """The width table of the font file `path` (one per file and process)."""
    return Widths()
