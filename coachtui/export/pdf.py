"""The session record as PDF (fpdf2), in the bundled DejaVu Sans so every name prints.

The PDF's dates come from the session, never from the clock, so the same journal gives
the same bytes. A draft carries the stamp at the top of every page. Speed matters (a month
export renders every session): the text is wrapped and placed here, a line per `text()`,
and a record in Latin script gets the Latin cut of the font (see `coachtui.export.pdf_fonts`).
Only fpdf2's public API is used.
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from coachtui.export.chart_drawing import MISSING, draw_chart_pdf
from coachtui.export.layout import Block, Chart, Item, RecordView, Table, build_view
from coachtui.export.pdf_fonts import FONT, Widths, add_fonts, widths_of
from coachtui.export.record import SessionRecord, record_moment
from coachtui.texts import tr


class RecordPDF(FPDF):
    """A4 pages with the draft stamp in the header and page numbers in the footer."""

    def __init__(self, stamp: str | None, footer_text: str, lang: str,
                 chars: frozenset[int] = frozenset()) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.stamp = stamp
        self.footer_text = footer_text
        self.lang = lang
        # The width table of each style's font file, for wrapping text by hand.
        self.widths: dict[str, Widths] = {
            style: widths_of(path) for style, path in add_fonts(self, chars).items()}
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
    return bytes(_laid_out(record, lang).output())


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


def _body(pdf: RecordPDF, view: RecordView) -> None:
    """The record laid out by hand: text measured with the font's widths (`Widths`), wrapped
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


CHART_HEIGHT = 30.0  # mm: a chart's box, its title above it


def _block(pdf: RecordPDF, block: Block) -> None:
    if isinstance(block, Chart):
        _room(pdf, CHART_HEIGHT + 7)
        pdf.set_font(FONT, "B", 9.5)
        _lines(pdf, 5, block.title)
        draw_chart_pdf(pdf, block.chart, pdf.l_margin, pdf.y, min(pdf.epw, 150.0),
                       CHART_HEIGHT, FONT)
        pdf.set_xy(pdf.l_margin, pdf.y + CHART_HEIGHT + 2)
    elif isinstance(block, Table):
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
    return pdf.widths[pdf.font_style].measure(pdf, text) * pdf.font_size / 1000


def _wrap(pdf: RecordPDF, text: str, room: float) -> list[str]:
    """`text` in lines no wider than `room` (mm) in the current font: its own line breaks,
    then breaks at spaces, and inside a word only when the word alone is wider."""
    table = pdf.widths[pdf.font_style]
    limit = room * 1000 / pdf.font_size  # in the font's units, as its width table

    def measure(part: str) -> float:
        return table.measure(pdf, part)

    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = paragraph.replace("\t", " ")
        if measure(paragraph) <= limit:
            lines.append(paragraph)
            continue
        space = measure(" ")
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
                taken = measure(word[0])
                while cut < len(word) and taken + measure(word[cut]) <= limit:
                    taken += measure(word[cut])
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
            if isinstance(block, Chart):  # what its drawing writes: scale, months, marks
                texts += [block.title, block.chart.low_label, block.chart.high_label, MISSING]
                texts += [m.label for m in block.chart.months]
            elif isinstance(block, Table):
                texts += block.headers + [c for row in block.rows for c in row]
            elif isinstance(block, Item):
                texts += [block.title] + [t for pair in block.lines for t in pair]
            else:
                texts.append(block.text)
    return frozenset(map(ord, set("".join(texts))))
