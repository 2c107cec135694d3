"""The session record as PDF (fpdf2), in the bundled DejaVu Sans so every name prints.

The PDF's dates come from the session, never from the clock, so the same journal gives
the same bytes. A draft carries the stamp at the top of every page.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from coachtui.export.layout import Item, Paragraph, RecordView, Table, build_view
from coachtui.export.record import SessionRecord, record_moment
from coachtui.texts import tr

FONT_DIR = Path(__file__).with_name("fonts")
FONT = "DejaVuSans"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


class RecordPDF(FPDF):
    """A4 pages with the draft stamp in the header and page numbers in the footer."""

    def __init__(self, stamp: str | None, footer_text: str, lang: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.stamp = stamp
        self.footer_text = footer_text
        self.lang = lang
        for style, name in _FONT_FILES.items():
            self.add_font(FONT, style, str(FONT_DIR / name))
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
    pdf = RecordPDF(view.stamp, f"SHA-256 {view.hash_value}", lang)
    moment = record_moment(record)
    pdf.set_creation_date(moment)
    pdf.set_title(view.title)
    pdf.set_author(record.content["manager"]["name"] or "")
    pdf.set_subject(tr(f"export.kind.{record.content['kind']}", lang))
    pdf.set_creator("coachtui")
    pdf.set_producer("coachtui")
    pdf.set_lang(lang)
    _body(pdf, view)
    return bytes(pdf.output())


def _body(pdf: RecordPDF, view: RecordView) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.multi_cell(0, 8, view.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for label, value in view.facts:
        pdf.set_font(FONT, "B", 10)
        pdf.cell(38, 6, label)
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for section in view.sections:
        pdf.ln(3)
        if pdf.will_page_break(20):
            pdf.add_page()
        pdf.set_font(FONT, "B", 12)
        pdf.cell(0, 7, section.title, border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        for block in section.blocks:
            _block(pdf, block)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 9)
    pdf.multi_cell(0, 5, f"{view.hash_label}:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(0, 5, view.hash_value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8)
    pdf.multi_cell(0, 4, view.hash_help, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _block(pdf: RecordPDF, block: Table | Paragraph | Item) -> None:
    if isinstance(block, Table):
        pdf.set_font(FONT, "", 9)
        with pdf.table(col_widths=block.widths or None, line_height=5, text_align="LEFT",
                       first_row_as_headings=True, headings_style=_headings()) as table:
            table.row(block.headers)
            for row in block.rows:
                table.row(row)
        pdf.ln(1)
    elif isinstance(block, Item):
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(0, 5.5, block.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for label, value in block.lines:
            pdf.set_x(pdf.l_margin + 5)
            if label:
                pdf.set_font(FONT, "B", 9.5)
                pdf.cell(pdf.get_string_width(label + ": ") + 1, 5, label + ":")
            pdf.set_font(FONT, "", 9.5)
            pdf.multi_cell(0, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    else:
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 5.5, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _headings():  # -> FontFace
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
