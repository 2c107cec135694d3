"""The Latin cut of the bundled DejaVu Sans: the glyphs nearly every record prints.

fpdf2 reads the whole font file given to `FPDF.add_font` for every PDF and subsets it when
the PDF is written; for DejaVu Sans (6,000 glyphs, 750 kB) that is most of a PDF's time.
The cut keeps Western and Central European Latin (Ayşe Yılmaz, Łukasz Nowak, Zoë, Ştefan),
punctuation and the euro sign: about 400 glyphs, the same outlines and widths. It is
bundled beside the whole font (`fonts/DejaVuSans-Latin.ttf`, `fonts/DejaVuSans-Bold-Latin.ttf`)
and made again, after a font update, with

    .venv/bin/python -m coachtui.export.font_cut

DejaVu's changes are in the public domain and Bitstream Vera's licence allows modified
copies under a name without "Bitstream" or "Vera" (fonts/LICENSE.txt); a cut is what every
PDF embeds anyway.
"""

from __future__ import annotations

import logging
from pathlib import Path

# Western and Central European Latin, the Romanian comma letters, general punctuation,
# the euro sign, the trade mark sign and the replacement character.
LATIN_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x017F), (0x0218, 0x021B), (0x2010, 0x2027),
    (0x2030, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122), (0xFFFD, 0xFFFD),
)
# The whole font and its Latin cut, by fpdf2 style.
WHOLE_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
LATIN_FILES = {"": "DejaVuSans-Latin.ttf", "B": "DejaVuSans-Bold-Latin.ttf"}


def cut_latin(source: Path, target: Path) -> None:
    """Write the glyphs of `LATIN_RANGES` in the font `source` to `target`: outlines,
    hinting, metrics and glyph names as they are; the names and tables fpdf2 leaves out of
    a PDF's subset are left out here too, so a PDF embeds the same font either way."""
    from fontTools import subset, ttLib

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    # The font's bounding box stays the whole font's: fpdf2 writes it into the PDF.
    font = ttLib.TTFont(str(source), recalcTimestamp=False, recalcBBoxes=False)
    options = subset.Options()
    options.notdef_outline = True
    options.recommended_glyphs = True  # .notdef, .null, CR, space: as fpdf2 subsets
    options.glyph_names = True
    options.layout_features = []
    options.drop_tables += ["FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[u for low, high in LATIN_RANGES for u in range(low, high + 1)])
    subsetter.subset(font)
    font.save(str(target))


def main() -> int:
    """Make both Latin cuts from the bundled fonts."""
    from coachtui.export.pdf_fonts import FONT_DIR

    for style, name in WHOLE_FILES.items():
        cut_latin(FONT_DIR / name, FONT_DIR / LATIN_FILES[style])
        print(FONT_DIR / LATIN_FILES[style])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
