"""The PDF's own machinery: fonts embedded once per process, layout by hand, memory let go."""

from __future__ import annotations

import dataclasses
import gc
import io

import pytest
from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.output import OutputProducer, PDFPage
from pypdf import PdfReader

from coachtui.export import pdf as pdf_module
from coachtui.export import pdf_fonts
from coachtui.export.pdf import FONT, RecordPDF, render_pdf
from coachtui.export.record import build_record
from tests.unit.test_export_record import seed_private

LATIN_KEYS = {FONT.lower(), FONT.lower() + "B"}


def pages_text(data: bytes) -> list[str]:
    """The text of every page, as a reader would copy it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def with_content(record, **changes):
    """The record with some of its content replaced (the hash follows the content)."""
    return dataclasses.replace(record, content={**record.content, **changes})


def stock_bytes(record, lang: str) -> bytes:
    """The same PDF written by fpdf2's own output: the Latin fonts subset and described
    by fpdf2 itself, as if the cached objects did not exist."""
    pdf = pdf_module._laid_out(record, lang)
    assert set(pdf.embedded) == LATIN_KEYS  # the fast path was taken
    for key in pdf.embedded:
        data = pdf_fonts._subset_font(key[len(FONT):], 0)[0]
        pdf.fonts[key].ttfont = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False,
                                             recalcBBoxes=False)
    pdf.embedded = {}
    try:
        return bytes(pdf.output(output_producer_class=OutputProducer))
    finally:
        pdf_fonts.forget_subsets()


def test_fpdf2_still_has_the_hooks_the_font_cache_relies_on():
    # Private to fpdf2 (pinned): if one of these goes, the cached fonts must be looked at.
    assert callable(vars(OutputProducer).get("_add_fonts"))
    assert {"_char_id_per_glyph", "_reserved", "font"} <= set(vars(SubsetMap(_latin_font())))
    assert "ttfont" in TTFFont.__slots__ and "subset" in TTFFont.__slots__


def _latin_font() -> TTFFont:
    template = pdf_fonts._template_font("", 0)
    assert template is not None and template[1] is not None
    return template[0]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_cached_fonts_give_the_bytes_fpdf2_itself_writes(demo_journal, lang):
    """The objects made once per process are exactly what fpdf2 writes for each PDF."""
    record = build_record(demo_journal, seed_private(demo_journal))
    assert render_pdf(record, lang) == stock_bytes(record, lang)
    long = with_content(record, status="draft", agreements="Afspraak met Ayşe: € 250. " * 200)
    assert long.draft and render_pdf(long, lang) == stock_bytes(long, lang)


def test_every_latin_pdf_shares_one_subset_and_a_wider_script_gets_its_own(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    pdf = pdf_module._laid_out(record, "en")
    template = _latin_font()
    assert pdf.fonts[FONT.lower()].subset._char_id_per_glyph == \
        template.subset._char_id_per_glyph
    assert pdf.fonts[FONT.lower()].ttfont is None  # never subset per PDF
    cyrillic = with_content(record, agent_comments="Спасибо, Łukasz")
    pdf = pdf_module._laid_out(cyrillic, "en")
    assert not pdf.embedded and pdf.fonts[FONT.lower()].ttfont is not None
    assert "Спасибо, Łukasz" in "\n".join(pages_text(render_pdf(cyrillic, "en")))


def test_footer_and_hash_on_every_page_and_the_table_header_after_a_break(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    ratings = [{**record.content["ratings"][0],
                "note": f"Start{n:02d} " + "lange toelichting die over regels loopt " * 6
                + f"Einde{n:02d}"} for n in range(40)]
    big = with_content(record, ratings=ratings)
    pages = pages_text(render_pdf(big, "en"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"SHA-256 {big.sha256}" in page
        assert f"{number}" in page and f"{len(pages)}" in page
    for n in range(40):  # a row never splits over two pages
        (page,) = [p for p in pages if f"Start{n:02d}" in p]
        assert f"Einde{n:02d}" in page
    rating_pages = [p for p in pages if "Start" in p]
    assert len(rating_pages) >= 2
    assert all("Factor" in p and "Rating" in p for p in rating_pages)


def test_text_wraps_within_the_room_and_loses_nothing():
    pdf = RecordPDF(None, "", "en")
    pdf.add_page()
    pdf.set_font(FONT, "", 10)
    text = "Zoë en Łukasz spreken af dat de kennisbank elke week wordt bijgewerkt. " * 5
    lines = pdf_module._wrap(pdf, text + "\nNieuwe regel\r\nen nog een", 60)
    assert all(pdf_module._width(pdf, line) <= 60 for line in lines)
    assert len(lines) > 6 and lines[-2:] == ["Nieuwe regel", "en nog een"]
    assert " ".join(lines).split() == (text + " Nieuwe regel en nog een").split()
    word = "Supercalifragilisticexpialidocious" * 3
    cut = pdf_module._wrap(pdf, f"kort {word} kort", 40)
    assert len(cut) > 3 and cut[0] == "kort" and cut[-1].endswith(" kort")
    assert "".join(cut[1:])[: -len(" kort")] == word
    assert all(pdf_module._width(pdf, line) <= 40 for line in cut)


def test_a_pdf_is_freed_as_soon_as_it_is_written(demo_journal):
    """No reference cycles left: memory stays flat over a month export without waiting
    for a full garbage collection."""
    record = build_record(demo_journal, seed_private(demo_journal))
    render_pdf(record, "en")
    gc.collect()
    enabled, flags = gc.isenabled(), gc.get_debug()
    gc.disable()
    try:
        render_pdf(record, "en")
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (FPDF, PDFPage, TTFFont, SubsetMap))]
        assert not left and len(gc.garbage) < 20
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
        if enabled:
            gc.enable()
