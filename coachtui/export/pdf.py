"""The session record as PDF (fpdf2), in the bundled DejaVu Sans so every name prints.

The PDF's dates come from the session, never from the clock, so the same journal gives
the same bytes. A draft carries the stamp at the top of every page.
"""

from __future__ import annotations

import copy
import io
import logging
from functools import cache
from pathlib import Path

from fontTools import ttLib
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import SubsetMap, TTFFont

from coachtui.export.layout import Item, Paragraph, RecordView, Table, build_view
from coachtui.export.record import SessionRecord, record_moment
from coachtui.texts import tr

FONT_DIR = Path(__file__).with_name("fonts")
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
# sign: a font of these ~400 glyphs is set up and subset per PDF in a fraction of the time.
_LATIN_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x017F), (0x0218, 0x021B), (0x2010, 0x2027),
    (0x2030, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122), (0xFFFD, 0xFFFD),
)
_TIERS = (_LATIN_RANGES, _COMMON_RANGES)  # the first that has every character is used


class RecordPDF(FPDF):
    """A4 pages with the draft stamp in the header and page numbers in the footer."""

    def __init__(self, stamp: str | None, footer_text: str, lang: str,
                 chars: frozenset[int] = frozenset()) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.stamp = stamp
        self.footer_text = footer_text
        self.lang = lang
        for style, name in _FONT_FILES.items():
            tier = next((t for t in range(len(_TIERS)) if _covers(style, t, chars)), None)
            if tier is None:
                self.add_font(FONT, style, str(FONT_DIR / name))
                continue
            # The same glyphs as the bundled font, cut down and parsed once per process:
            # each PDF gets its own copy of the parsed font with an empty subset. Chosen
            # by content alone, so the same record always gives the same bytes.
            data = _subset_font(style, tier)
            template = _template_font(style, tier)
            assert data is not None and template is not None  # _covers checked both
            self.fonts[f"{FONT.lower()}{style}"] = _fresh_copy(
                template, len(self.fonts) + 1, data[0])
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        """Draft stamp on every page (nothing for a signed record)."""
        if not self.stamp:
            return
        self.set_font(FONT, "B", 12)
        self.set_text_color(180, 0, 0)
        self.set_draw_color(180, 0, 0)
        self.cell(0, 8, self.stamp, border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.ln(3)

    def footer(self) -> None:
        """Page x of n, and the record's hash, on every page."""
        self.set_y(-13)
        self.set_font(FONT, "", 7)
        self.set_text_color(90, 90, 90)
        page = tr("export.page", self.lang, page=self.page_no(), pages="{nb}")
        self.cell(0, 4, f"{self.footer_text}   ·   {page}", align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(record: SessionRecord, lang: str) -> bytes:
    """The record in `lang` as PDF bytes."""
    view = build_view(record, lang)
    pdf = RecordPDF(view.stamp, f"SHA-256 {view.hash_value}", lang, _view_chars(view))
    moment = record_moment(record)
    pdf.set_creation_date(moment)
    pdf.set_title(view.title)
    pdf.set_author(record.content["manager"]["name"] or "")
    pdf.set_subject(tr(f"export.kind.{record.content['kind']}", lang))
    pdf.set_creator("coachtui")
    pdf.set_producer("coachtui")
    pdf.set_lang(lang)
    try:
        _body(pdf, view)
        return bytes(pdf.output())
    finally:
        _forget_subsets()


def _forget_subsets() -> None:
    """Let this PDF's fonts go: fpdf2 memoises `SubsetMap.pick` and `get_glyph` with
    `functools.cache`, which keeps every PDF's subset, fonts and tables alive and makes
    memory grow with each record of a month export. Both are idempotent, so a PDF being
    rendered in another thread at the same moment only recomputes a few look-ups."""
    for method in (SubsetMap.pick, SubsetMap.get_glyph):
        clear = getattr(method, "cache_clear", None)
        if clear is not None:
            clear()


def _body(pdf: RecordPDF, view: RecordView) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    _line(pdf, 8, view.title)
    pdf.ln(2)
    for label, value in view.facts:
        pdf.set_font(FONT, "B", 10)
        pdf.cell(38, 6, label)
        pdf.set_font(FONT, "", 10)
        _line(pdf, 6, value)
    for section in view.sections:
        pdf.ln(3)
        if pdf.will_page_break(20):
            pdf.add_page()
        pdf.set_font(FONT, "B", 12)
        pdf.cell(0, 7, section.title, border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        pdf.ln(1.5)
        for block in section.blocks:
            _block(pdf, block)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 9)
    _line(pdf, 5, f"{view.hash_label}:")
    pdf.set_font(FONT, "", 9)
    _line(pdf, 5, view.hash_value)
    pdf.set_font(FONT, "", 8)
    _line(pdf, 4, view.hash_help)


def _block(pdf: RecordPDF, block: Table | Paragraph | Item) -> None:
    if isinstance(block, Table):
        _table(pdf, block)
    elif isinstance(block, Item):
        pdf.set_font(FONT, "B", 10)
        _line(pdf, 5.5, block.title)
        for label, value in block.lines:
            pdf.set_x(pdf.l_margin + 5)
            if label:
                pdf.set_font(FONT, "B", 9.5)
                pdf.cell(pdf.get_string_width(label + ": ") + 1, 5, label + ":")
            pdf.set_font(FONT, "", 9.5)
            _line(pdf, 5, value)
        pdf.ln(1.5)
    else:
        pdf.set_font(FONT, "", 10)
        _line(pdf, 5.5, block.text)


def _line(pdf: RecordPDF, height: float, text: str) -> None:
    """Left-aligned running text to the right margin, then on to the next line (a plain
    cell when it fits on one line: far cheaper than line breaking)."""
    room = pdf.w - pdf.r_margin - pdf.get_x() - 2 * pdf.c_margin
    if "\n" not in text and pdf.get_string_width(text) <= room:
        pdf.cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")


def _table(pdf: RecordPDF, table: Table) -> None:
    """A bordered table; rows never split over pages and the header repeats after a break.

    Drawn with plain cells: a cell whose text fits on one line skips line breaking
    altogether, which is most of them and most of the time a PDF takes.
    """
    total = sum(table.widths) if table.widths else len(table.headers)
    widths = [pdf.epw * (w / total) for w in (table.widths or [1] * len(table.headers))]
    line = 5.0

    def height(row: list[str]) -> float:
        lines = 1
        for text, width in zip(row, widths, strict=True):
            if pdf.get_string_width(text) + 2 * pdf.c_margin > width:
                lines = max(lines, len(pdf.multi_cell(
                    width, line, text, dry_run=True, align="L",
                    output=MethodReturnValue.LINES)))
        return lines * line

    def draw(row: list[str], header: bool) -> None:
        pdf.set_font(FONT, "B" if header else "", 9)
        row_height = height(row)
        if not header and pdf.will_page_break(row_height):
            pdf.add_page()
            draw(table.headers, True)
            pdf.set_font(FONT, "", 9)
        x, y = pdf.l_margin, pdf.get_y()
        for text, width in zip(row, widths, strict=True):
            pdf.rect(x, y, width, row_height, style="DF" if header else "D")
            pdf.set_xy(x, y)
            if row_height == line:
                pdf.cell(width, line, text)
            else:
                pdf.multi_cell(width, line, text, align="L")
            x += width
        pdf.set_xy(pdf.l_margin, y + row_height)

    pdf.set_draw_color(150, 150, 150)
    pdf.set_fill_color(235, 235, 235)
    if pdf.will_page_break(2 * line):
        pdf.add_page()
    draw(table.headers, True)
    for row in table.rows:
        draw(row, False)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(1)


def _view_chars(view: RecordView) -> frozenset[int]:
    """Every character the PDF will print (to pick the font that has them all)."""
    texts = [view.title, view.stamp or "", view.hash_label, view.hash_value, view.hash_help,
             tr("export.page", view.lang, page=0, pages=0), "·: "]
    texts += [t for pair in view.facts for t in pair]
    for section in view.sections:
        texts.append(section.title)
        for block in section.blocks:
            if isinstance(block, Table):
                texts += block.headers + [c for row in block.rows for c in row]
            elif isinstance(block, Item):
                texts += [block.title] + [t for pair in block.lines for t in pair]
            else:
                texts.append(block.text)
    return frozenset(ord(ch) for text in texts for ch in text)


def _covers(style: str, tier: int, chars: frozenset[int]) -> bool:
    """True when the cut-down font of `tier` exists and has every character in `chars`."""
    data = _subset_font(style, tier)
    return data is not None and chars <= data[1] and _template_font(style, tier) is not None


@cache
def _template_font(style: str, tier: int) -> TTFFont | None:
    """The cut-down font parsed by fpdf2 once per process (never output itself)."""
    data = _subset_font(style, tier)
    if data is None:
        return None
    try:
        return TTFFont(FPDF(), io.BytesIO(data[0]), f"{FONT.lower()}{style}", style)
    except Exception:  # pragma: no cover - any trouble: fall back to the whole font
        return None


def _fresh_copy(template: TTFFont, index: int, data: bytes) -> TTFFont:
    """A TTFFont for one PDF that shares the template's read-only tables (widths, cmap,
    descriptor: what fpdf2 spends most of a font's set-up on) and has its own subset,
    its own fontTools font (fpdf2 subsets that one in place at output) and its own widths.

    Modelled on fpdf2's own `TTFFont.__deepcopy__`; the fontTools font is loaded lazily
    and keeps the glyphs' stored bounding boxes (`recalcBBoxes=False`), so writing the
    subset copies glyph data instead of recompiling every outline.
    """
    font = copy.copy(template)
    font.i = index
    font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False,
                               lazy=True)
    font.cw = copy.copy(template.cw)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
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
