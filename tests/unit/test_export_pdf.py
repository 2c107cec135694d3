"""The PDF's own machinery on fpdf2's public API: the Latin cut of the font, layout by hand,
memory let go."""

from __future__ import annotations

import dataclasses
import gc
import io
import re
import tracemalloc
from pathlib import Path

from fontTools import ttLib
from fpdf import FPDF
from pypdf import PdfReader

from coachtui.export import pdf as pdf_module
from coachtui.export import pdf_fonts
from coachtui.export.font_cut import LATIN_FILES, LATIN_RANGES, WHOLE_FILES
from coachtui.export.pdf import FONT, RecordPDF, render_pdf
from coachtui.export.pdf_fonts import FONT_DIR
from coachtui.export.record import build_record
from tests.unit.test_export_record import seed_private

EXPORT_DIR = Path(pdf_module.__file__).parent


def pages_text(data: bytes) -> list[str]:
    """The text of every page, as a reader would copy it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def with_content(record, **changes):
    """The record with some of its content replaced (the hash follows the content)."""
    return dataclasses.replace(record, content={**record.content, **changes})


def whole_font_files(chars):
    """What `pdf_fonts.font_files` gives for a record beyond the Latin cut."""
    return {style: FONT_DIR / name for style, name in WHOLE_FILES.items()}


def test_the_pdf_code_uses_fpdf2s_public_api_only():
    """No private attributes of fpdf2's objects, no fpdf2 internals imported: the next
    fpdf2 release must not break the export."""
    for path in EXPORT_DIR.parent.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        imports = set(re.findall(r"^\s*(?:from|import) (fpdf[\w.]*)", source, re.M))
        assert imports <= {"fpdf", "fpdf.enums"}, path
        for internal in ("TTFFont", "SubsetMap", "OutputProducer", "PDFObject", "output_producer"):
            assert internal not in source, (path, internal)
    for name in ("pdf.py", "pdf_fonts.py", "font_cut.py"):
        source = (EXPORT_DIR / name).read_text(encoding="utf-8")
        assert not re.search(r"\._(?!_)\w", source), name  # dunders (super().__init__) are public


def test_a_latin_record_prints_with_the_latin_cut_and_gives_the_whole_fonts_bytes(
        demo_journal, monkeypatch):
    """The cut only saves time: the PDF is byte for byte what the whole font gives."""
    record = build_record(demo_journal, seed_private(demo_journal))
    long = with_content(record, status="draft",
                        agreements="Afspraak met Ayşe Yılmaz en Łukasz Nowak: € 250. " * 150)
    assert long.draft
    for lang, rec in (("en", record), ("nl", long)):
        assert set(pdf_module._laid_out(rec, lang).widths) == {"", "B"}
        assert pdf_fonts.font_files(pdf_module._view_chars(pdf_module.build_view(rec, lang))) \
            == {style: FONT_DIR / name for style, name in LATIN_FILES.items()}
    cut = {lang: render_pdf(rec, lang) for lang, rec in (("en", record), ("nl", long))}
    monkeypatch.setattr(pdf_fonts, "font_files", whole_font_files)
    assert cut == {lang: render_pdf(rec, lang) for lang, rec in (("en", record), ("nl", long))}
    assert "Ayşe Yılmaz en Łukasz Nowak: € 250" in "\n".join(pages_text(cut["nl"]))


def test_the_bundled_latin_cut_is_the_whole_font_cut_to_the_latin_ranges():
    """Same glyphs, widths and outlines as the bundled whole font, for exactly the Latin
    characters it has (made again with `python -m coachtui.export.font_cut`)."""
    wanted = {u for low, high in LATIN_RANGES for u in range(low, high + 1)}
    for style in ("", "B"):
        whole = ttLib.TTFont(str(FONT_DIR / WHOLE_FILES[style]), lazy=True)
        cut = ttLib.TTFont(str(FONT_DIR / LATIN_FILES[style]), lazy=True)
        whole_map, cut_map = whole.getBestCmap(), cut.getBestCmap()
        assert set(cut_map) == wanted & set(whole_map)
        assert {ord(c) for c in "ŞşİıŁłŒœŽžȘșȚț€–—„“”‘’…"} <= set(cut_map)
        for code in cut_map:
            name, twin = whole_map[code], cut_map[code]
            assert cut["hmtx"][twin] == whole["hmtx"][name]
            assert cut["glyf"][twin].getCoordinates(cut["glyf"]) == \
                whole["glyf"][name].getCoordinates(whole["glyf"])
        assert cut["head"].unitsPerEm == whole["head"].unitsPerEm
        assert cut["name"].getBestFullName() == whole["name"].getBestFullName()


def test_a_record_beyond_latin_gets_the_whole_font(demo_journal):
    record = build_record(demo_journal, seed_private(demo_journal))
    cyrillic = with_content(record, agent_comments="Спасибо, Łukasz — Ελένη")
    chars = pdf_module._view_chars(pdf_module.build_view(cyrillic, "en"))
    assert pdf_fonts.font_files(chars) == whole_font_files(chars)
    assert "Спасибо, Łukasz — Ελένη" in "\n".join(pages_text(render_pdf(cyrillic, "en")))


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


def test_widths_measured_a_character_at_a_time_are_fpdf2s_own():
    pdf = RecordPDF(None, "", "en")
    pdf.add_page()
    for style, size in (("", 10), ("B", 15), ("", 7.5)):
        pdf.set_font(FONT, style, size)
        for text in ("Ayşe Yılmaz", "Łukasz Nowak: € 250,–", "WWW iii „quoted” …", ""):
            assert abs(pdf_module._width(pdf, text) - pdf.get_string_width(text)) < 1e-9


def test_memory_is_let_go_after_each_pdf(demo_journal):
    """Nothing of a PDF outlives it (fpdf2 clears its own glyph caches when writing): a
    month export's memory stays flat however many records it prints."""
    record = build_record(demo_journal, seed_private(demo_journal))
    render_pdf(record, "en")
    gc.collect()
    tracemalloc.start()
    try:
        render_pdf(record, "en")
        gc.collect()
        after_one = tracemalloc.get_traced_memory()[0]
        for _ in range(15):
            render_pdf(record, "en")
        gc.collect()
        after_many = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert not [o for o in gc.get_objects() if isinstance(o, FPDF)]
    assert after_many - after_one < 64 * 1024
