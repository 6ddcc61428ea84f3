"""Files researchers could not feed before round 23: PowerPoint `.pptx` slides (python-pptx: a slide a page, its
title first, its shapes top to bottom, a table a row per line, its speaker notes after it), web pages saved as one
`.mht`/`.mhtml` file (the stdlib's `email` parser, then the HTML reader), and a Word file's footnotes and endnotes
(read right after the paragraph, or the table, that cites them). Broken ones are named as a broken `.docx` is.

Every file here is built in the test, in our own words with fictional figures (the helpers that write the notes parts
and the slides are tests/make_office_docs5.py's, the generator of `dev_office5`).
"""

from __future__ import annotations

import base64
import quopri
import subprocess
import sys

import pytest
from make_office_docs5 import _cite, _cited, _deck, _notes_part, _table
from test_corpus import to_cp1258
from test_office_docs import _facts

from analysis import formats
from analysis.corpus import ReadProblem, read_source
from analysis.extract import extract_corpus

pptx = pytest.importorskip("pptx")


# --- PowerPoint ------------------------------------------------------------------------------------------------


def _slides(path, hidden: bool = False) -> None:
    """Four slides of a district's review: a title slide, a slide whose body and a text box stand side by side, a
    slide with a table under a header merged over two years and speaker notes, and (hidden or not) a draft slide."""
    from pptx.util import Inches

    deck = _deck()
    s1 = deck.slides.add_slide(deck.slide_layouts[0])
    s1.shapes.title.text = "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2022"
    s1.placeholders[1].text = "Ủy ban nhân dân tỉnh Bình Phước\nBình Phước, ngày 06 tháng 01 năm 2023"
    s2 = deck.slides.add_slide(deck.slide_layouts[5])
    s2.shapes.title.text = "Kết quả năm 2022"
    right = s2.shapes.add_textbox(Inches(5.2), Inches(1.8), Inches(4), Inches(1))
    right.text_frame.text = "Cấp huyện: 96% văn bản trao đổi dưới dạng điện tử."
    left = s2.shapes.add_textbox(Inches(0.5), Inches(1.8), Inches(4.5), Inches(1))
    left.text_frame.text = "Cấp tỉnh: 99% văn bản trao đổi dưới dạng điện tử."
    left.text_frame.add_paragraph().text = "Dòng thứ hai\vxuống dòng trong đoạn"
    s3 = deck.slides.add_slide(deck.slide_layouts[5])
    s3.shapes.title.text = "Dịch vụ công trực tuyến"
    table = _table(
        s3,
        [
            ["Chỉ tiêu", "Kết quả", ""],
            ["", "Năm 2021", "Năm 2022"],
            ["Số dịch vụ công trực tuyến mức độ 4", "180", "265"],
        ],
        widths=[5.0, 2.0, 2.0],
    )
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    s3.notes_slide.notes_text_frame.text = "Riêng cấp xã, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%."
    s4 = deck.slides.add_slide(deck.slide_layouts[1])
    s4.shapes.title.text = "Ghi chú nội bộ"
    s4.placeholders[1].text = "Số liệu chưa rà soát: 999 dịch vụ công trực tuyến mức độ 4."
    if hidden:
        s4._element.set("show", "0")
    deck.save(str(path))


def test_a_pptx_is_read_a_slide_a_page_in_reading_order_with_tables_and_notes(tmp_path):
    path = tmp_path / "binh-phuoc-2023-slides.pptx"
    _slides(path)
    source = read_source(path)
    assert source.source_format == "pptx" and source.pages == 4
    pages = source.text.split("\f")
    assert len(pages) == 4
    lines = [ln for ln in pages[1].splitlines() if ln]
    # the title first, then the left box (with its line break) before the right one, though added after it
    assert lines == [
        "Kết quả năm 2022",
        "Cấp tỉnh: 99% văn bản trao đổi dưới dạng điện tử.",
        "Dòng thứ hai",
        "xuống dòng trong đoạn",
        "Cấp huyện: 96% văn bản trao đổi dưới dạng điện tử.",
    ]
    lines = [ln for ln in pages[2].splitlines() if ln]
    assert lines == [
        "Dịch vụ công trực tuyến",
        "Chỉ tiêu\tKết quả Năm 2021\tKết quả Năm 2022",  # the merged header made one, a row per line
        "Số dịch vụ công trực tuyến mức độ 4\t180\t265",
        "Riêng cấp xã, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%.",  # the speaker's notes after the slide
    ]
    assert "999" in pages[3]


def test_a_hidden_slide_is_an_empty_page_and_a_fact_s_page_is_its_slide(tmp_path):
    path = tmp_path / "binh-phuoc-2023-slides.pptx"
    _slides(path, hidden=True)
    source = read_source(path)
    assert source.text.count("\f") == 3 and "999" not in source.text
    result = extract_corpus(tmp_path)
    assert not result.problems
    facts = result.facts
    level4 = facts[facts["indicator"] == "online_services_level4_count"]
    assert sorted(level4["value"]) == [180, 265] and set(level4["page"]) == {3}
    assert set(facts.loc[facts["indicator"] == "edocument_exchange_pct", "page"]) == {2}


def test_broken_presentations_are_named_and_the_others_still_read(tmp_path):
    _slides(tmp_path / "binh-phuoc-2023-slides.pptx")
    (tmp_path / "broken.pptx").write_bytes(b"PK\x03\x04 half of a PowerPoint file")
    (tmp_path / "locked.pptx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (tmp_path / "old.ppt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    deck = _deck()
    deck.slides.add_slide(deck.slide_layouts[6])  # a blank slide: pictures only
    deck.save(str(tmp_path / "pictures.pptx"))
    result = extract_corpus(tmp_path)
    reasons = {p.source_file: p.reason for p in result.problems}
    assert "not a readable .pptx" in reasons["broken.pptx"]
    assert "encrypted .pptx, or a PowerPoint 97-2003 .ppt" in reasons["locked.pptx"]
    assert reasons["old.ppt"].startswith("a presentation (.ppt)") and "save it as .pptx" in reasons["old.ppt"]
    assert "no text in the presentation" in reasons["pictures.pptx"]
    assert list(result.documents["source_file"]) == ["binh-phuoc-2023-slides.pptx"]


# --- Web pages saved as one file -----------------------------------------------------------------------------

PAGE = (
    "<html><head><meta charset='{charset}'><title>Vĩnh Long: 310 dịch vụ công trực tuyến mức độ 4</title></head>"
    "<body><div class='menu'><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></div><div class='content'>"
    "<h1>Vĩnh Long: 310 dịch vụ công trực tuyến mức độ 4</h1><p>Thứ Hai, 14/03/2022</p>"
    "<p>Sở Thông tin và Truyền thông tỉnh Vĩnh Long cho biết, năm 2021 tỉnh đã cung cấp 310 dịch vụ công trực tuyến"
    " mức độ 4 trên Cổng dịch vụ công của tỉnh. Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 93%.</p>"
    "<p>Trong năm 2022, tỉnh tiếp tục rà soát thủ tục hành chính để đưa thêm dịch vụ lên môi trường mạng, hướng dẫn"
    " người dân sử dụng tài khoản định danh điện tử khi nộp hồ sơ.</p></div></body></html>"
)
EXPECTED_MHT = {
    ("online_services_level4_count", "baseline", "all", 2021, 310),
    ("edocument_exchange_pct", "baseline", "all", 2021, 93),
}


def _mht(page: bytes, part_headers: list[str], encoding: str = "quoted-printable") -> bytes:
    """A MIME web archive: the page's part (encoded as `encoding`), then a picture."""
    boundary = "----=_Part_3141_5926.5358"
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    head = "\r\n".join(
        [
            "MIME-Version: 1.0",
            f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"',
            "",
            f"--{boundary}",
            *part_headers,
            f"Content-Transfer-Encoding: {encoding}",
            "Content-Location: https://vinhlong.example.vn/tin/310-dich-vu",
            "",
            "",
        ]
    ).encode("ascii")
    picture = "\r\n".join(
        [
            "",
            f"--{boundary}",
            "Content-Type: image/gif",
            "Content-Transfer-Encoding: base64",
            "",
            "R0lGODlhAQABAAAAACw=",
            f"--{boundary}--",
            "",
        ]
    ).encode("ascii")
    return head + body + picture


@pytest.mark.parametrize(
    "how, page, headers, encoding",
    [
        (
            "utf-8, charset only in <meta>",
            PAGE.format(charset="utf-8").encode(),
            ["Content-Type: text/html"],
            "quoted-printable",
        ),
        (
            "Windows-1258 named by the part",
            to_cp1258(PAGE.format(charset="windows-1258")),
            ['Content-Type: text/html; charset="windows-1258"'],
            "quoted-printable",
        ),
        (
            "utf-8 in base64",
            PAGE.format(charset="utf-8").encode(),
            ["Content-Type: text/html; charset=utf-8"],
            "base64",
        ),
    ],
)
def test_a_saved_web_page_in_one_file_is_read_as_its_page(tmp_path, how, page, headers, encoding):
    path = tmp_path / "vinh-long-2022-news.mht"
    path.write_bytes(_mht(page, headers, encoding))
    source = read_source(path)
    assert source.source_format == "mht", how
    assert "Trang chủ" not in source.text  # the portal's menu is left out, as a saved .html's is
    assert "đã cung cấp 310 dịch vụ công trực tuyến mức độ 4" in source.text, how
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert EXPECTED_MHT <= set(_facts(result)), how


def test_an_html_page_named_mhtml_is_read_as_the_page_it_is(tmp_path):
    (tmp_path / "vinh-long-2022-news.mhtml").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems and list(result.documents["source_format"]) == ["mht"]
    assert EXPECTED_MHT <= set(_facts(result))


def test_broken_mht_files_are_named_as_a_broken_docx_is_and_strict_fails(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "vinh-long-2022-news.mht").write_bytes(
        _mht(PAGE.format(charset="utf-8").encode(), ["Content-Type: text/html"])
    )
    (folder / "notes.mht").write_bytes(b"Just some notes, never saved from a browser.\n")
    (folder / "pictures.mht").write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/gif\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n--b--\r\n"
    )
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "broken.pptx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadProblem, match=r"not a readable \.mht"):
        read_source(folder / "notes.mht")
    cmd = [sys.executable, "-m", "analysis", "extract", "--raw-dir", str(folder), "--out-dir", str(tmp_path / "out")]
    proc = subprocess.run([*cmd, "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    said = {ln.split(":", 1)[0]: ln for ln in proc.stderr.splitlines() if ln.startswith("skipped ")}
    assert "not a readable .docx" in said["skipped broken.docx"]  # the same kind of line for each
    assert "not a readable .pptx" in said["skipped broken.pptx"]
    assert "not a readable .mht" in said["skipped notes.mht"]
    assert "no web page among its parts" in said["skipped pictures.mht"]
    assert "extracted 1 document" in proc.stderr
    strict = subprocess.run([*cmd, "--strict", "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert strict.returncode == 1


def test_unsupported_reason_names_the_new_formats():
    reason = formats.unsupported_reason(".key")
    assert ".pptx" in reason and ".mht" in reason


# --- Word footnotes and endnotes -----------------------------------------------------------------------------


def _word_with_notes(path) -> None:
    """A review whose footnotes give a share's year before (cited mid-sentence), qualify a count cited in a table
    cell, and whose endnote (cited twice) dates a count."""
    import docx

    document = docx.Document()
    for t in (
        "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        "Số: 301/BC-UBND",
        "Kon Tum, ngày 15 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả xây dựng chính quyền điện tử năm 2022",
    ):
        document.add_paragraph(t)
    _cited(
        document,
        "Tỷ lệ cơ quan nhà nước sử dụng chữ ký số đạt 92%, cao hơn năm trước.",
        "footnote",
        1,
        before="đạt 92%",
    )
    table = document.add_table(rows=2, cols=3)
    for i, row in enumerate(
        [["STT", "Chỉ tiêu", "Kết quả năm 2022"], ["1", "Số dịch vụ công trực tuyến mức độ 4", "140"]]
    ):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    _cite(table.cell(1, 1).paragraphs[0], "footnote", 2)
    _cited(document, "Toàn tỉnh có 61 cán bộ chuyên trách công nghệ thông tin.", "endnote", 1)
    _cited(document, "Số cán bộ này được bồi dưỡng hằng năm.", "endnote", 1)  # the same note cited again
    document.add_paragraph("Nơi nhận: như trên.")
    _notes_part(
        document,
        "footnote",
        {1: "Năm 2021 tỷ lệ này mới đạt 74%.", 2: "Gồm cả các dịch vụ do cấp huyện cung cấp."},
    )
    _notes_part(document, "endnote", {1: "Số liệu tổng hợp đến ngày 31/10/2022."})
    document.save(str(path))


def test_word_footnotes_and_endnotes_follow_what_cites_them_and_never_break_it(tmp_path):
    path = tmp_path / "kon-tum-2022-301-bc-ubnd.docx"
    _word_with_notes(path)
    lines = read_source(path).text.splitlines()
    at = lines.index("Tỷ lệ cơ quan nhà nước sử dụng chữ ký số đạt 92%, cao hơn năm trước.")  # the sentence whole
    assert lines[at + 1] == "Năm 2021 tỷ lệ này mới đạt 74%."  # the footnote right after its paragraph
    assert lines[at + 2 : at + 5] == [
        "STT\tChỉ tiêu\tKết quả năm 2022",
        "1\tSố dịch vụ công trực tuyến mức độ 4\t140",  # a note cited in a cell is no part of the row...
        "Gồm cả các dịch vụ do cấp huyện cung cấp.",  # ... it follows the table
    ]
    assert lines[at + 5 : at + 8] == [
        "Toàn tỉnh có 61 cán bộ chuyên trách công nghệ thông tin.",
        "Số liệu tổng hợp đến ngày 31/10/2022.",  # an endnote after what cites it, not at the end
        "Số cán bộ này được bồi dưỡng hằng năm.",  # cited again: given once
    ]
    assert lines[-1] == "Nơi nhận: như trên."
    assert sum("Số liệu tổng hợp" in ln for ln in lines) == 1


def test_a_footnote_s_tỷ_lệ_này_is_the_share_it_is_cited_after(tmp_path):
    _word_with_notes(tmp_path / "kon-tum-2022-301-bc-ubnd.docx")
    result = extract_corpus(tmp_path)
    assert not result.problems
    facts = set(_facts(result))
    assert {
        ("agencies_using_digital_signature_pct", "baseline", "all", 2022, 92),
        ("agencies_using_digital_signature_pct", "baseline", "all", 2021, 74),
        ("online_services_level4_count", "baseline", "all", 2022, 140),
        ("it_staff_count", "baseline", "all", 2022, 61),
    } <= facts


def test_a_word_file_without_notes_reads_as_before(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 80%.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    assert formats.read_docx(path, "plain.docx") == "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 80%."
