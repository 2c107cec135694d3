"""The PDF record's fonts: the bundled DejaVu Sans, cut down to the scripts a record needs,
parsed once per process, and for the usual (Latin) case embedded from objects made once.

Used by `coachtui.export.pdf`; the hooks on fpdf2 (pinned) are documented where they are.
"""

from __future__ import annotations

import copy
import io
import logging
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.output import OutputProducer
from fpdf.syntax import PDFArray, PDFObject

if TYPE_CHECKING:
    from collections.abc import Set

FONT_DIR = Path(str(resources.files("coachtui.export") / "fonts"))
FONT = "DejaVuSans"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
# The scripts of (nearly) every name in a European contact center: Latin with all its
# extensions, Greek, Cyrillic, punctuation, currency (€) and a few symbols. Text outside
# these falls back to the whole font, so nothing ever prints as a box.
_COMMON_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x0250, 0x02FF), (0x0300, 0x036F),
    (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
    (0x20A0, 0x20C0), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
    (0x25A0, 0x25FF), (0xFFFD, 0xFFFD),
)
# Most records only need Western and Central European Latin, punctuation and the euro
# sign: a font of these ~400 glyphs is embedded whole (~30 kB a style), from objects made
# once per process, instead of being subset for each PDF.
_LATIN_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x017F), (0x0218, 0x021B), (0x2010, 0x2027),
    (0x2030, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122), (0xFFFD, 0xFFFD),
)
_TIERS = (_LATIN_RANGES, _COMMON_RANGES)  # the first that has every character is used


# A font's objects in the file (font, CID font, widths, ToUnicode map, descriptor, font
# file...) in fpdf2's order, and the position of the one the pages refer to.
Embedding = tuple[tuple[PDFObject, ...], int]


def install_fonts(pdf: FPDF, chars: Set[int]) -> dict[str, Embedding]:
    """Give `pdf` the regular and bold font for a record printing `chars`; returns the
    cached objects to embed, by font key, for the fonts that have them."""
    embedded: dict[str, Embedding] = {}
    for style, name in _FONT_FILES.items():
        tier = next((t for t in range(len(_TIERS)) if _covers(style, t, chars)), None)
        if tier is None:
            pdf.add_font(FONT, style, str(FONT_DIR / name))
            continue
        # The same glyphs as the bundled font, cut down and parsed once per process:
        # each PDF gets a cheap copy. The Latin tier has every glyph in its subset
        # already and goes into the file as objects made once per process; a wider
        # tier is subset per PDF. Chosen by content alone: same record, same bytes.
        template = _template_font(style, tier)
        data = _subset_font(style, tier)
        assert template is not None and data is not None  # _covers checked both
        key = f"{FONT.lower()}{style}"
        font, embedding = template
        pdf.fonts[key] = _fresh_copy(font, len(pdf.fonts) + 1,
                                      None if embedding else data[0])
        if embedding:
            embedded[key] = embedding
    return embedded


def forget_subsets() -> None:
    """Let this PDF's fonts go: fpdf2 memoises `SubsetMap.pick` and `get_glyph` with
    `functools.cache`, which keeps every PDF's subset, fonts and tables alive and makes
    memory grow with each record of a month export. Both are idempotent, so a PDF being
    rendered in another thread at the same moment only recomputes a few look-ups."""
    for method in (SubsetMap.pick, SubsetMap.get_glyph):
        clear = getattr(method, "cache_clear", None)
        if clear is not None:
            clear()


def let_go(pdf: FPDF) -> None:
    """Break the reference cycle of each font and its subset (fpdf2 keeps them pointing at
    each other), so a PDF is freed as soon as it is written instead of at the next full
    garbage collection: otherwise memory climbs with each record of a month export."""
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            font.subset.font = None


def _covers(style: str, tier: int, chars: frozenset[int]) -> bool:
    """True when the cut-down font of `tier` exists and has every character in `chars`."""
    data = _subset_font(style, tier)
    return data is not None and chars <= data[1] and _template_font(style, tier) is not None


class RecordOutput(OutputProducer):
    """fpdf2's output, except that a font cut down to a tier is embedded from objects made
    once per process instead of being subset, saved and described again for every PDF (which
    was half the time a PDF took).

    A hook on fpdf2's private `OutputProducer._add_fonts` (fpdf2 2.8.9, pinned): fonts
    without such objects still go through fpdf2's own `_add_fonts`, one at a time, in fpdf2's
    order. The objects are what fpdf2 itself writes for the tier font with all its glyphs
    (see `_embed`); a PDF can reuse them because its subset holds the same glyphs under the
    same codes. tests/unit/test_export_pdf.py checks the bytes against fpdf2's own path.
    """

    def bufferize(self) -> bytearray:
        """fpdf2's output; then the reference cycles it leaves are broken (the xref table
        and this producer, each page and the page tree, each structure element and the
        structure root), so the PDF is freed at once, not at the next full collection."""
        try:
            return super().bufferize()
        finally:
            for obj in self.pdf_objs:
                if getattr(obj, "parent", None) is not None:
                    obj.parent = None
            self.pdf_objs.clear()

    def _add_fonts(self, *resources: Any) -> dict[int, Any]:
        """Each font's objects by font number: copies of the cached ones, or fpdf2's (also
        kept as `fpdf.written`, by font key: how `_embed` gets the objects to cache)."""
        pdf = self.fpdf
        fonts = dict(pdf.fonts)  # fpdf2 walks all of `pdf.fonts`: show it one at a time
        embedded: dict[str, Embedding] = getattr(pdf, "embedded", {})
        objects: dict[int, Any] = {}
        pdf.written = {}
        try:
            for key, font in sorted(fonts.items(), key=lambda item: item[1].i):
                start = len(self.pdf_objs)
                if key in embedded:
                    cached, root = embedded[key]
                    for obj in _copies(cached):
                        self._add_pdf_obj(obj, "fonts")
                else:
                    pdf.fonts.clear()
                    pdf.fonts[key] = font
                    (root_obj,) = super()._add_fonts(*resources).values()
                    root = next(n for n, obj in enumerate(self.pdf_objs[start:])
                                if obj is root_obj)
                    pdf.written[key] = (tuple(self.pdf_objs[start:]), root)
                objects[font.i] = self.pdf_objs[start + root]
        finally:
            pdf.fonts.clear()
            pdf.fonts.update(fonts)
        return objects


def _copies(objects: tuple[PDFObject, ...]) -> list[PDFObject]:
    """Shallow copies of `objects` that refer to each other instead of the originals (so
    each can get its own object number) and share everything else: names, numbers, bytes.
    A tenth of what `copy.deepcopy` takes, and these are copied for every PDF."""
    twins = {id(obj): copy.copy(obj) for obj in objects}
    for twin in twins.values():
        for name, value in vars(twin).items():
            if id(value) in twins:
                setattr(twin, name, twins[id(value)])
            elif isinstance(value, PDFArray):
                setattr(twin, name, PDFArray(twins.get(id(v), v) for v in value))
    return list(twins.values())


@cache
def _template_font(style: str, tier: int) -> tuple[TTFFont, Embedding | None] | None:
    """The cut-down font parsed by fpdf2 once per process (never output itself). The Latin
    tier's comes with every glyph picked into its subset, in code point order, and with
    its objects as fpdf2 embeds them; a wider tier's subset stays empty (too big whole)."""
    data = _subset_font(style, tier)
    if data is None:
        return None
    try:
        template = TTFFont(FPDF(), io.BytesIO(data[0]), f"{FONT.lower()}{style}", style)
        if tier != 0:
            return template, None
        for code in sorted(template.cmap):
            template.subset.pick(code)
        return template, _embed(template, data[0])
    except Exception:  # pragma: no cover - any trouble: fall back to the whole font
        return None
    finally:
        forget_subsets()


def _embed(template: TTFFont, data: bytes) -> Embedding:
    """The objects fpdf2 writes for `template` with all its glyphs: made by fpdf2 itself,
    on an empty one-page PDF, from a copy with its own fontTools font (fpdf2 subsets it in
    place)."""
    pdf = FPDF()
    font = _fresh_copy(template, 1, None)
    font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False)
    pdf.fonts[template.fontkey] = font
    pdf.add_page()
    pdf.output(output_producer_class=RecordOutput)
    return pdf.written[template.fontkey]


def _fresh_copy(template: TTFFont, index: int, data: bytes | None) -> TTFFont:
    """A TTFFont for one PDF that shares the template's read-only tables (widths, cmap,
    glyph ids: what fpdf2 spends most of a font's set-up on) and has its own widths,
    descriptor and subset. Without `data`: a copy of the template's full subset (the same
    codes) and no fontTools font (`RecordOutput` embeds the template's objects). With the
    font's `data`: an empty subset and its own fontTools font, which fpdf2 subsets in place.

    Modelled on fpdf2's own `TTFFont.__deepcopy__`; the fontTools font is loaded lazily
    and keeps the glyphs' stored bounding boxes (`recalcBBoxes=False`), so writing the
    subset copies glyph data instead of recompiling every outline.
    """
    font = copy.copy(template)
    font.i = index
    font.cw = copy.copy(template.cw)  # a defaultdict: reading a missing code adds it
    font.desc = copy.copy(template.desc)  # fpdf2's output numbers it and links the file
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    if data is None:
        subset = copy.copy(template.subset)
        subset.font = font
        subset._reserved = list(template.subset._reserved)
        subset._char_id_per_glyph = dict(template.subset._char_id_per_glyph)
        font.subset = subset
        font.ttfont = None  # never subset nor saved per PDF: fail loudly if fpdf2 tries
    else:
        font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False,
                                   recalcBBoxes=False, lazy=True)
        font.subset = SubsetMap(font)
    return font


@cache
def _subset_font(style: str, tier: int) -> tuple[bytes, frozenset[int]] | None:
    """The bundled font cut down to the scripts of `_TIERS[tier]` (built once per process),
    with the code points it covers; None if fontTools cannot do it (the whole font then)."""
    try:
        from fontTools import subset

        font = ttLib.TTFont(str(FONT_DIR / _FONT_FILES[style]), recalcTimestamp=False)
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.glyph_names = True
        options.layout_features = []
        unicodes = [u for low, high in _TIERS[tier] for u in range(low, high + 1)]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
        subsetter.subset(font)
        covered = frozenset(font.getBestCmap())
        buffer = io.BytesIO()
        font.save(buffer)
        return buffer.getvalue(), covered | {0x0A, 0x0D, 0x09}
    except Exception:  # pragma: no cover - any trouble: fall back to the whole font
        return None
