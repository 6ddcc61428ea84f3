"""Reading PDFs and scans of round 24 (helper `pdfscan3`, development set `tests/fixtures/dev_pdf3_plans/`). Every PDF
and text here is written for this file, in other words than the set's; what each should give was decided before the
change:

- a page turned by `/Rotate 90` (a landscape sheet a printer driver stores portrait, its content drawn up the page):
  its ruled table's rows were read along its rules the wrong way (a column of the unturned page), all run into one line;
- a PDF whose words are stored decomposed (NFD) with two marks over one letter: pdfium puts the upper mark on a line
  of its own, and words were cut (`kê` / `́t nô` / `́i`);
- a `.VnTime` (TCVN3) PDF with no Unicode map gives ư's code as WinAnsi's hyphen (`®-îc`): read `đ-ợc`; its words in
  capitals came out with small marked letters (`THùC` → `THựC`);
- a Unicode header over a body in VNI or TCVN3 (pasted from an old file): the body stayed unread;
- OCR: a syllable glued to its number (`năm2019`) and two glued syllables with a mark misread (`Kếhoach`) were left as
  they were, so a table header's years were lost;
- a `từ … đến …` after a value's own level (`100% xã … từ tỉnh tới xã`) made the level all, and the communes' share was
  lost.
"""

from __future__ import annotations

import io
import logging
import unicodedata
from pathlib import Path

import pytest
from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

from analysis import formats
from analysis.legacy_fonts import from_tcvn3, to_vietnamese
from analysis.ocr_words import split_glued

STYLE = """
@page { size: A4 landscape; margin: 2cm }
body { font-family: 'Liberation Serif', serif; font-size: 12pt }
table { border-collapse: collapse } td { border: 1px solid black; padding: 3pt }
"""


def _pdf_bytes(body: str, style: str = STYLE) -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    html = f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"
    return weasyprint.HTML(string=html).write_pdf()


def _text(path: Path) -> str:
    read = formats.pdf_pages(path, path.name)
    return formats.pdf_text(read.pages, read.widths)


def test_a_page_turned_by_rotate_is_read_as_shown(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    rows = [("Hạng mục", "Năm 2019", "Năm 2020"), ("Phần mềm một cửa", "1.200", "900"), ("Cộng", "1.200", "900")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    land = pypdf.PdfReader(io.BytesIO(_pdf_bytes("<p>Dự toán chi tiết</p>" + table))).pages[0]
    w, h = float(land.mediabox.width), float(land.mediabox.height)
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=h, height=w)
    page.merge_transformed_page(land, pypdf.Transformation().rotate(90).translate(h, 0))
    page.rotation = 90
    path = tmp_path / "turned.pdf"
    with path.open("wb") as out:
        writer.write(out)
    lines = _text(path).splitlines()
    assert "Hạng mục\tNăm 2019\tNăm 2020" in lines
    assert "Phần mềm một cửa\t1.200\t900" in lines
    assert "Cộng\t1.200\t900" in lines
    # a page a viewer turned and saved keeps its content as it was: its words still run across the unturned page
    body = "<p>Số liệu tổng hợp</p><table><tr><td>Hạng mục</td><td>Năm 2021</td></tr><tr><td>Cổng</td><td>35</td></tr></table>"
    reader = pypdf.PdfReader(io.BytesIO(_pdf_bytes(body)))
    writer = pypdf.PdfWriter()
    page = writer.add_page(reader.pages[0])
    page.rotation = 90  # turned for reading, its content as it was: the words still run across the unturned page
    path = tmp_path / "viewer.pdf"
    with path.open("wb") as out:
        writer.write(out)
    lines = _text(path).splitlines()
    assert "Số liệu tổng hợp" in lines
    assert "Hạng mục\tNăm 2021" in lines


def test_marks_stored_apart_from_their_letters_stay_on_their_line(tmp_path):
    sentence = "Các huyện đều kết nối mạng nội bộ; tỷ lệ người dân nộp hồ sơ trực tuyến tiếp tục tăng."
    style = "@page { size: A5; margin: 1.5cm } body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt }"
    path = tmp_path / "nfd.pdf"
    path.write_bytes(_pdf_bytes(f"<p>{unicodedata.normalize('NFD', sentence)}</p>", style))
    text = unicodedata.normalize("NFC", _text(path))
    assert " ".join(text.split()) == sentence


def _winansi_pdf(line: bytes) -> bytes:
    """A one-line PDF in a standard font with WinAnsi encoding and no Unicode map: bytes are read as WinAnsi gives
    them, as a `.VnTime` document's are."""
    content = b"BT /F1 12 Tf 50 780 Td (" + line + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for k, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def test_a_vntime_pdf_gives_u_horn_as_a_hyphen_and_it_is_read_as_u_horn(tmp_path):
    from analysis.corpus import read_source

    # `Trường học được trang bị máy tính; người dân dùng thư điện tử …; Số: 12/QĐ-UBND` typed in .VnTime
    legacy = (
        "Tr\xadêng häc ®\xadîc trang bÞ m¸y tÝnh; ng\xadêi d©n dïng th\xad ®iÖn tö, ®\xadîc h\xadíng dÉn "
        "sö dông dÞch vô c«ng trùc tuyÕn vµ øng dông c«ng nghÖ th«ng tin ë c¬ së. Sè: 12/Q§-UBND"
    )
    path = tmp_path / "vntime.pdf"
    path.write_bytes(_winansi_pdf(legacy.encode("latin-1")))
    text = read_source(path).text
    assert "Trường học được trang bị máy tính; người dân dùng thư điện tử, được hướng dẫn sử dụng dịch vụ" in text
    assert "12/QĐ-UBND" in text


def test_a_hyphen_for_u_horn_and_real_hyphens_in_tcvn3():
    assert from_tcvn3("h-íng dÉn; L-u: VT; th- mêi") == "hướng dẫn; Lưu: VT; thư mời"
    assert from_tcvn3("e-mail; 2021-2025; 15/KH-UBND; - Môc tiªu") == "e-mail; 2021-2025; 15/KH-UBND; - Mục tiêu"


def test_words_in_capitals_of_vntimeh_come_out_in_capitals():
    assert from_tcvn3("I. THùC TR¹NG CHUNG; Tr¸ch nhiÖm") == "I. THỰC TRẠNG CHUNG; Trách nhiệm"


def test_a_unicode_header_over_a_vni_body_reads_the_body():
    header = "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH\n"
    # `Điều 2. Các sở, ngành triển khai thực hiện; 90% cán bộ công chức được cấp hộp thư điện tử.` in VNI
    body = (
        "Ñieàu 2. Caùc sôû, ngaønh trieån khai thöïc hieän; 90% caùn boä coâng chöùc ñöôïc caáp hoäp thö ñieän töû.\n"
        "Ñieàu 3. Giaùm ñoác Sôû Thoâng tin vaø Truyeàn thoâng chòu traùch nhieäm thi haønh.\n"
    )
    text = to_vietnamese(header + body)
    assert text.startswith(header)
    assert "90% cán bộ công chức được cấp hộp thư điện tử." in text
    assert "Giám đốc Sở Thông tin và Truyền thông chịu trách nhiệm thi hành." in text
    # a Unicode text with a few odd signs is left as it is
    odd = "Báo cáo «Chuyển đổi số» ® 2021; ông Müller và bà Søren dự hội thảo về dịch vụ công trực tuyến.\n" * 3
    assert to_vietnamese(odd) == odd


def test_ocr_syllables_glued_to_a_number_or_with_a_mark_misread_are_written_apart():
    assert split_glued("năm2019") == "năm 2019"
    assert split_glued("(năm2020)") == "(năm 2020)"
    assert split_glued("Kếhoach") == "Kế hoạch"
    assert split_glued("ABC2019") == "ABC2019"  # no syllable of the domain
    assert split_glued("online") == "online"


_FROM_TO = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 40/BC-UBND
Hòa Bình, ngày 20 tháng 12 năm 2021
BÁO CÁO
Kết quả ứng dụng công nghệ thông tin năm 2021
Đến nay, 100% UBND các xã đã được kết nối mạng truyền số liệu chuyên dùng để trao đổi văn bản từ tỉnh tới xã.
"""


def test_a_link_from_the_province_down_after_the_communes_keeps_their_level(tmp_path):
    rows = _rows(_corpus(tmp_path, "hoa-binh-2021-40-bc-ubnd.txt", _FROM_TO))
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2021, 100.0) in rows
