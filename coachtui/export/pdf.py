"""The session record as PDF (fpdf2), in the bundled DejaVu Sans so every name prints.

The PDF's dates come from the session, never from the clock, so the same journal gives
the same bytes. A draft carries the stamp at the top of every page. Speed matters (a month
export renders every session): the text is wrapped and placed here, a line per `text()`,
and the usual fonts go in as objects made once per process (see `_RecordOutput`).
"""

from __future__ import annotations

import copy
import io
import logging
from functools import cache
from pathlib import Path
from typing import Any

from fontTools import ttLib
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.output import OutputProducer
from fpdf.syntax import PDFArray, PDFObject

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
# sign: a font of these ~400 glyphs is embedded whole (~30 kB a style), from objects made
# once per process, instead of being subset for each PDF.
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
        # The embedded font objects of the fonts made from a cut-down tier, by font key.
        self.embedded: dict[str, _Embedding] = {}
        for style, name in _FONT_FILES.items():
            tier = next((t for t in range(len(_TIERS)) if _covers(style, t, chars)), None)
            if tier is None:
                self.add_font(FONT, style, str(FONT_DIR / name))
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
            self.fonts[key] = _fresh_copy(font, len(self.fonts) + 1,
                                          None if embedding else data[0])
            if embedding:
                self.embedded[key] = embedding
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
    try:
        pdf = _laid_out(record, lang)
        data = bytes(pdf.output(output_producer_class=_RecordOutput))
        _let_go(pdf)
        return data
    finally:
        _forget_subsets()


def _laid_out(record: SessionRecord, lang: str) -> RecordPDF:
    """The record in `lang` on its pages, ready to be written."""
    view = build_view(record, lang)
    pdf = RecordPDF(view.stamp, f"SHA-256 {view.hash_value}", lang, _view_chars(view))
    pdf.set_creation_date(record_moment(record))
    pdf.set_title(view.title)
    pdf.set_author(record.content["manager"]["name"] or "")
    pdf.set_subject(tr(f"export.kind.{record.content['kind']}", lang))
    pdf.set_creator("coachtui")
    pdf.set_producer("coachtui")
    pdf.set_lang(lang)
    _body(pdf, view)
    return pdf


def _forget_subsets() -> None:
    """Let this PDF's fonts go: fpdf2 memoises `SubsetMap.pick` and `get_glyph` with
    `functools.cache`, which keeps every PDF's subset, fonts and tables alive and makes
    memory grow with each record of a month export. Both are idempotent, so a PDF being
    rendered in another thread at the same moment only recomputes a few look-ups."""
    for method in (SubsetMap.pick, SubsetMap.get_glyph):
        clear = getattr(method, "cache_clear", None)
        if clear is not None:
            clear()


def _let_go(pdf: FPDF) -> None:
    """Break the reference cycle of each font and its subset (fpdf2 keeps them pointing at
    each other), so a PDF is freed as soon as it is written instead of at the next full
    garbage collection: otherwise memory climbs with each record of a month export."""
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            font.subset.font = None


def _body(pdf: RecordPDF, view: RecordView) -> None:
    """The record laid out by hand: text measured with the font's own width table, wrapped
    here, and printed a line at a time with `text()`. fpdf2's `cell()` and `multi_cell()`
    cost ten times as much per line; they stay for the stamp and footer of each page."""
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    _lines(pdf, 8, view.title)
    pdf.ln(2)
    for label, value in view.facts:
        _room(pdf, 6)
        pdf.set_font(FONT, "B", 10)
        _print(pdf, pdf.l_margin, 6, label)
        pdf.set_font(FONT, "", 10)
        _lines(pdf, 6, value, pdf.l_margin + 38)
    for section in view.sections:
        pdf.ln(3)
        _room(pdf, 20)
        pdf.set_font(FONT, "B", 12)
        _print(pdf, pdf.l_margin, 7, section.title)
        pdf.line(pdf.l_margin, pdf.y + 7, pdf.w - pdf.r_margin, pdf.y + 7)
        pdf.ln(8.5)
        for block in section.blocks:
            _block(pdf, block)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 9)
    _lines(pdf, 5, f"{view.hash_label}:")
    pdf.set_font(FONT, "", 9)
    _lines(pdf, 5, view.hash_value)
    pdf.set_font(FONT, "", 8)
    _lines(pdf, 4, view.hash_help)


def _block(pdf: RecordPDF, block: Table | Paragraph | Item) -> None:
    if isinstance(block, Table):
        _table(pdf, block)
    elif isinstance(block, Item):
        pdf.set_font(FONT, "B", 10)
        _lines(pdf, 5.5, block.title)
        for label, value in block.lines:
            x = pdf.l_margin + 5
            _room(pdf, 5)
            if label:
                pdf.set_font(FONT, "B", 9.5)
                _print(pdf, x, 5, label + ":")
                x += _width(pdf, label + ": ") + 1
            pdf.set_font(FONT, "", 9.5)
            _lines(pdf, 5, value, x)
        pdf.ln(1.5)
    else:
        pdf.set_font(FONT, "", 10)
        _lines(pdf, 5.5, block.text)


def _room(pdf: RecordPDF, height: float) -> None:
    """A new page unless `height` more fits on this one."""
    if pdf.will_page_break(height):
        pdf.add_page()


def _print(pdf: RecordPDF, x: float, height: float, text: str) -> None:
    """One line of text where `cell(w, height, text)` at (x, y) would put it."""
    if text:
        pdf.text(x + pdf.c_margin, pdf.y + 0.5 * height + 0.3 * pdf.font_size, text)


def _lines(pdf: RecordPDF, height: float, text: str, x: float | None = None) -> None:
    """Running text from `x` (the left margin by default) to the right margin, a page break
    wherever a line does not fit; then on to the next line at the left margin."""
    x = pdf.l_margin if x is None else x
    for line in _wrap(pdf, text, pdf.w - pdf.r_margin - x - 2 * pdf.c_margin):
        _room(pdf, height)
        _print(pdf, x, height, line)
        pdf.ln(height)


def _width(pdf: RecordPDF, text: str) -> float:
    """The width of `text` in mm in the current font (no kerning, as fpdf2 without text
    shaping measures it)."""
    widths = pdf.current_font.cw
    return sum(map(widths.__getitem__, map(ord, text))) * pdf.font_size / 1000


def _wrap(pdf: RecordPDF, text: str, room: float) -> list[str]:
    """`text` in lines no wider than `room` (mm) in the current font: its own line breaks,
    then breaks at spaces, and inside a word only when the word alone is wider."""
    widths = pdf.current_font.cw
    limit = room * 1000 / pdf.font_size  # in the font's units, as its width table

    def measure(part: str) -> float:
        return sum(map(widths.__getitem__, map(ord, part)))

    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = paragraph.replace("\t", " ")
        if measure(paragraph) <= limit:
            lines.append(paragraph)
            continue
        space = widths[0x20]
        words: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            size = measure(word)
            if words and used + space + size <= limit:
                words.append(word)
                used += space + size
                continue
            if words:
                lines.append(" ".join(words))
            while size > limit:  # wider than a line on its own: cut where it must
                cut = 1
                taken = widths[ord(word[0])]
                while cut < len(word) and taken + widths[ord(word[cut])] <= limit:
                    taken += widths[ord(word[cut])]
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
                size = measure(word)
            words, used = [word], size
        lines.append(" ".join(words))
    return lines


def _table(pdf: RecordPDF, table: Table) -> None:
    """A bordered table; rows never split over pages and the header repeats after a break.

    Each cell's text is wrapped here; the borders are a line per row and a line per column
    for each page's part of the table (what a rectangle per cell would draw, for far fewer
    calls), the header a filled rectangle.
    """
    total = sum(table.widths) if table.widths else len(table.headers)
    widths = [pdf.epw * (w / total) for w in (table.widths or [1] * len(table.headers))]
    edges = [pdf.l_margin]
    for width in widths:
        edges.append(edges[-1] + width)
    line = 5.0

    def wrapped(row: list[str]) -> list[list[str]]:
        return [_wrap(pdf, text, width - 2 * pdf.c_margin)
                for text, width in zip(row, widths, strict=True)]

    def draw(cells: list[list[str]]) -> None:
        y = pdf.y
        for x, lines in zip(edges, cells, strict=False):
            for n, text in enumerate(lines):
                pdf.set_y(y + n * line)
                _print(pdf, x, line, text)
        pdf.set_y(y + max(len(lines) for lines in cells) * line)
        pdf.line(edges[0], pdf.y, edges[-1], pdf.y)

    def header() -> float:
        """Draws the header row; returns where this page's part of the table starts."""
        pdf.set_font(FONT, "B", 9)
        cells = wrapped(table.headers)
        top = pdf.y
        pdf.rect(edges[0], top, edges[-1] - edges[0],
                 max(len(lines) for lines in cells) * line, style="DF")
        draw(cells)
        pdf.set_font(FONT, "", 9)
        return top

    def columns(top: float) -> None:
        for x in edges:
            pdf.line(x, top, x, pdf.y)

    pdf.set_draw_color(150, 150, 150)
    pdf.set_fill_color(235, 235, 235)
    _room(pdf, 2 * line)
    top = header()
    for row in table.rows:
        cells = wrapped(row)
        if pdf.will_page_break(max(len(lines) for lines in cells) * line):
            columns(top)
            pdf.add_page()
            top = header()
        draw(cells)
    columns(top)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, pdf.y)
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
    return frozenset(map(ord, set("".join(texts))))


def _covers(style: str, tier: int, chars: frozenset[int]) -> bool:
    """True when the cut-down font of `tier` exists and has every character in `chars`."""
    data = _subset_font(style, tier)
    return data is not None and chars <= data[1] and _template_font(style, tier) is not None


# A font's objects in the file (font, CID font, widths, ToUnicode map, descriptor, font
# file...) in fpdf2's order, and the position of the one the pages refer to.
_Embedding = tuple[tuple[PDFObject, ...], int]


class _RecordOutput(OutputProducer):
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
        embedded: dict[str, _Embedding] = getattr(pdf, "embedded", {})
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
def _template_font(style: str, tier: int) -> tuple[TTFFont, _Embedding | None] | None:
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
        _forget_subsets()


def _embed(template: TTFFont, data: bytes) -> _Embedding:
    """The objects fpdf2 writes for `template` with all its glyphs: made by fpdf2 itself,
    on an empty one-page PDF, from a copy with its own fontTools font (fpdf2 subsets it in
    place)."""
    pdf = FPDF()
    font = _fresh_copy(template, 1, None)
    font.ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False)
    pdf.fonts[template.fontkey] = font
    pdf.add_page()
    pdf.output(output_producer_class=_RecordOutput)
    return pdf.written[template.fontkey]


def _fresh_copy(template: TTFFont, index: int, data: bytes | None) -> TTFFont:
    """A TTFFont for one PDF that shares the template's read-only tables (widths, cmap,
    glyph ids: what fpdf2 spends most of a font's set-up on) and has its own widths,
    descriptor and subset. Without `data`: a copy of the template's full subset (the same
    codes) and no fontTools font (`_RecordOutput` embeds the template's objects). With the
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
