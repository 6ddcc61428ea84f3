"""Round 25 (`dev_pdf4`): what reading PDFs and scans got wrong on layouts the earlier PDF sets lack — a page whose
font lost its Unicode map (its text layer glyph codes) read by OCR as a scan is; a line Tesseract gives after a table
though it stands above it (`Đơn vị tính: …` flush right) put back before it; a mark Tesseract reads apart from its
letter (`ˆ` over `Nhiệm`) left out of the line. Strings in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read_corpus_without_tesseract

from analysis import formats
from analysis.formats import Line

PDF4 = Path(__file__).resolve().parent / "fixtures" / "dev_pdf4_plans"


def test_glyph_codes_are_unreadable():
    # glyph numbers given as characters: controls, letters of other scripts, words run together
    assert formats.unreadable_text("7ځOّF¡QE٣F´QJFKٳFFدS[£ÑŲ٭FFدS\x80K٣SWKŲÑLّQ\nFٱDWٓQK ۇٴF´QJ")
    # a map shifted by a few letters, its spaces lost: no odd character, words far longer than Vietnamese has
    assert formats.unreadable_text("WKHRGRLYLHFWKXFKLHQNHKRDFK\nFDFFRTXDQQKDQXRFWKHRGRLYDEDRFDRNHWTXD")


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hồ sơ được tiếp nhận trực tuyến năm nay đạt 45%, cao hơn năm trước.",
        "Tû lÖ v¨n b¶n ®iÖn tö trao ®æi gi÷a c¸c c¬ quan ®¹t 70%.",  # TCVN3 codes: Latin-1, read later
        "Tyû leä vaên baûn ñieän töû trao ñoåi ñaït 70%.",  # VNI codes
        "Ba\u0300i vie\u0302\u0301t ve\u0302\u0300 chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301 • 12 – 15",  # NFD
        "٣٤",  # too short to judge
    ],
)
def test_words_are_readable(text):
    assert not formats.unreadable_text(text)


def test_a_page_without_unicode_map_goes_to_ocr():
    read = formats.pdf_pages(PDF4 / "lang-son-2021-112-kh-ubnd.pdf", "x.pdf")
    assert read.scanned == [1]
    assert "KẾ HOẠCH" in "\n".join(ln.text for ln in read.pages[0])


def _line(text, left, right, top, cells=False):
    return Line(text, left=left, right=right, top=top, bottom=top + 12, first_word=20, cells=cells)


def test_a_line_above_a_table_read_after_it_goes_before_it():
    rows = [_line("Nội dung\tSố tiền", 80, 500, 200, True), _line("Cộng\t900", 80, 500, 220, True)]
    unit = _line("Đơn vị: triệu đồng", 400, 520, 180)
    after = _line("Ghi chú cuối trang", 80, 300, 260)
    out = formats._lines_above_tables([*rows, unit, after])
    assert [ln.text for ln in out] == ["Đơn vị: triệu đồng", "Nội dung\tSố tiền", "Cộng\t900", "Ghi chú cuối trang"]
    # a line of another column beside the table keeps its place
    beside = _line("cột bên phải", 560, 760, 150)
    assert formats._lines_above_tables([*rows, beside])[-1].text == "cột bên phải"


def test_a_mark_read_apart_from_its_letter_is_left_out():
    data = {
        "text": ["ˆ", "Chiều", "2016", "-", "2020", "~", "Lộ", "-", "Mục"],
        "left": [130, 100, 300, 372, 390, 505, 500, 100, 96],
        "top": [96, 100, 100, 106, 100, 92, 100, 152, 180],
        "width": [12, 80, 60, 10, 60, 10, 40, 10, 50],
        "height": [6, 30, 24, 3, 24, 6, 30, 3, 28],
    }
    # the dash between two years lies over no word; a list's dash stands a line above the next line's word
    assert formats._split_marks(data) == {0, 5}


@pytest.mark.skipif(formats.ocr_available() is not None, reason="Tesseract with its Vietnamese model not installed")
def test_scanned_budget_page_reads_its_header_and_unit_first():
    lines, _, _ = formats.ocr_page(str(PDF4 / "vinh-long-2019-2210-kh-ubnd.pdf"), 1)
    texts = [ln.text for ln in lines]
    header = next(t for t in texts if t.startswith("STT"))
    assert header.split("\t")[1:3] == ["Nhiệm vụ", "Tổng kinh phí"]
    assert texts.index("Đơn vị tính: triệu đồng") < texts.index(header)


def test_without_ocr_a_pdf_of_glyph_codes_is_named_for_what_it_is(tmp_path, monkeypatch):
    # (the message had said "a scanned PDF" of a born-digital PDF whose font lost its Unicode map)
    import shutil

    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(PDF4 / "lang-son-2021-112-kh-ubnd.pdf", folder)
    sources, problems = read_corpus_without_tesseract(folder, monkeypatch)
    assert not sources
    (problem,) = problems
    assert problem.reason.startswith("a PDF with pages of no readable text (scanned, or a font with no Unicode map)")
    assert "tesseract-ocr-vie" in problem.reason
