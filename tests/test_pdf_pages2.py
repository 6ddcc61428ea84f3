"""Reading born-digital PDFs as offices print them (round 23, development set `dev_pdf2`): running headers and
footers and page numbers are no words of the text, a sentence cut across a page break is one sentence, footnotes at
the page foot are read after the paragraph the page ends with, a footnote marker that pdfium puts on a line of its own
is left out, and a ruled table's cell merged down over rows gives its text to each row. Every PDF here is written for
this file (WeasyPrint), in other words than the set's."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from analysis import formats

pytest.importorskip("weasyprint")

STYLE = """
@page { size: A5; margin: 2cm 1.5cm 2cm 2cm;
  @top-center { content: "Chương trình số 7/CTr-UBND - trang " counter(page); font-size: 8pt }
  @bottom-center { content: "- " counter(page) " -"; font-size: 9pt } }
body { font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.3 }
p { margin: 0 0 .3em 0; text-align: justify; orphans: 1; widows: 1 }
.fn { float: footnote; font-size: 8pt }
"""

FILLER = (
    "Các phòng, ban chuyên môn của huyện đã rà soát quy trình nội bộ, sắp xếp lại hồ sơ lưu trữ và cập nhật "
    "danh mục tài liệu cần số hóa theo hướng dẫn của cơ quan cấp trên trong suốt năm qua. "
)


def _pdf(body: str, path: Path, style: str = STYLE) -> Path:
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    weasyprint.HTML(
        string=f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"
    ).write_pdf(path)
    return path


def _text(path: Path) -> str:
    read = formats.pdf_pages(path, path.name)
    return formats.pdf_text(read.pages, read.widths)


def _cut_sentence(path: Path, sentence: str, note: str = "") -> tuple[str, str]:
    """A PDF whose `sentence` runs over the first page break (filler before it, padded until it does), and its text."""
    for n in range(4, 40):
        body = f"<p>{FILLER * n}</p><p>{sentence}{note}</p><p>{FILLER}</p>"
        _pdf(body, path)
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        pages = [re.sub(r"\s+", " ", page.get_textpage().get_text_range()) for page in doc]
        doc.close()
        if len(pages) > 1 and sentence[:30] in pages[0] and sentence[-25:-5] in pages[1]:
            return body, _text(path)
    raise AssertionError("the sentence never ran over the page break")


def test_running_header_footer_and_page_number_are_left_out_and_a_cut_sentence_is_one(tmp_path):
    sentence = (
        "Năm nay huyện đã đưa vào vận hành 64 dịch vụ công trực tuyến một phần và 19 dịch vụ công trực tuyến toàn "
        "trình, phục vụ người dân ở tất cả các xã, thị trấn trên địa bàn huyện."
    )
    _, text = _cut_sentence(tmp_path / "cut.pdf", sentence)
    assert "Chương trình số 7/CTr-UBND" not in text
    assert not re.search(r"^- \d+ -$", text, re.M)
    flat = re.sub(r"\s+", " ", text.replace("\f", " "))
    assert sentence in flat
    assert "\f" in text  # the pages are still told apart


def test_footnotes_are_read_after_the_paragraph_that_runs_over_the_page(tmp_path):
    sentence = (
        "Tổng số cán bộ làm công nghệ thông tin của huyện là 27 người, gồm 9 người ở các phòng chuyên môn và 18 "
        "người ở các xã, thị trấn, phần lớn đã qua đào tạo đại học."
    )
    _, text = _cut_sentence(
        tmp_path / "note.pdf",
        sentence,
        note="<span class='fn'>Chưa tính người làm hợp đồng theo thời vụ.</span>",
    )
    flat = re.sub(r"\s+", " ", text.replace("\f", " "))
    assert sentence in flat
    assert "Chưa tính người làm hợp đồng theo thời vụ." in flat
    assert flat.index("Chưa tính") > flat.index(sentence)


class _Boxes:
    """A text page's character boxes (left, bottom, right, top), as pdfium gives them."""

    def __init__(self, boxes):
        self.boxes = boxes

    def get_charbox(self, k):
        return self.boxes[k]


def test_a_footnote_marker_pdfium_puts_on_a_line_of_its_own_is_left_out():
    # A marker raised with no line height of its own (WeasyPrint's `line-height: 0`) at the end of a wrapped line:
    # pdfium breaks the line before and after it (`viên` / `4` / `,`), as measured on such a page.
    text = "viên\r\n4\r\n,\r\nsau"
    y = 500.0
    boxes = [
        (300.0, y, 304.0, y + 7.5),  # v
        (304.2, y, 306.0, y + 9.8),  # i
        (306.3, y, 312.0, y + 11.0),  # ê (its mark)
        (312.2, y, 318.3, y + 6.2),  # n
        (320.0, y, 320.0, y),
        (320.0, y, 320.0, y),
        (318.9, y + 3.9, 322.2, y + 9.4),  # the raised marker, right after `n`
        (323.0, y + 4.0, 323.0, y + 4.0),
        (323.0, y + 4.0, 323.0, y + 4.0),
        (322.6, y - 2.0, 324.6, y + 1.4),  # the comma, on the baseline
        (326.0, y, 326.0, y),
        (326.0, y, 326.0, y),
        (90.0, y - 20, 94.0, y - 13),  # the next line
        (94.2, y - 20, 100.0, y - 14),
        (100.2, y - 23, 106.0, y - 14),
    ]
    skip, joined = formats._footnote_marks(_Boxes(boxes), text)
    assert skip == {6}
    assert {4, 5, 7, 8} <= joined  # the line goes on to the comma
    assert 10 not in joined and 11 not in joined  # where the line was wrapped


def test_a_cell_merged_down_over_rows_gives_its_text_to_each_row(tmp_path):
    style = (
        "@page { size: A4; margin: 2cm } body { font-family: 'Liberation Serif', serif; font-size: 12pt }"
        " table { border-collapse: collapse; width: 100% } td, th { border: 1px solid black; padding: 3pt }"
    )
    rows = "".join(
        f"<tr>{first}<td>{level}</td><td>{a}</td><td>{b}</td></tr>"
        for first, level, a, b in (
            ("<td rowspan='3'>Số máy tính bình quân trên một cán bộ, công chức (%)</td>", "Khối sở", "81", "88"),
            ("", "Khối huyện", "63", "72"),
            ("", "Khối xã", "35", "47"),
        )
    )
    table = (
        "<table><tr><th rowspan='2'>Nội dung</th><th rowspan='2'>Khối</th><th colspan='2'>Đã đạt</th></tr>"
        f"<tr><th>Năm 2021</th><th>Năm 2022</th></tr>{rows}</table>"
    )
    text = _text(_pdf(table, tmp_path / "merged.pdf", style))
    lines = [ln for ln in text.splitlines() if "\t" in ln]
    label = "Số máy tính bình quân trên một cán bộ, công chức (%)"
    assert f"{label}\tKhối sở\t81\t88" in lines
    assert f"{label}\tKhối huyện\t63\t72" in lines
    assert f"{label}\tKhối xã\t35\t47" in lines
    assert lines.index(f"{label}\tKhối sở\t81\t88") < lines.index(f"{label}\tKhối xã\t35\t47")


def test_a_two_column_page_s_lines_are_joined_by_their_column_and_across_it(tmp_path):
    style = (
        "@page { size: A4; margin: 1.5cm } body { font-family: 'Liberation Serif', serif; font-size: 11pt }"
        " .cols { column-count: 2; column-gap: 1cm; column-rule: 1px solid black }"
        " p { margin: 0 0 .3em 0; text-align: justify; text-indent: .5cm }"
    )
    news = (
        "Huyện miền núi đã hoàn thành việc kéo cáp quang đến trung tâm của tất cả các xã, nhờ đó các cuộc họp trực "
        "tuyến giữa huyện với xã diễn ra thông suốt hơn so với những năm trước, khi nhiều điểm cầu còn phải dùng "
        "đường truyền di động thuê bao."
    )
    body = "<h3>Tin từ cơ sở</h3><div class='cols'>" + "".join(f"<p>{news}</p>" for _ in range(12)) + "</div>"
    text = _text(_pdf(body, tmp_path / "cols.pdf", style))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    assert len(paragraphs) == 13  # the heading, then each paragraph one line (the one cut at the column's foot too)
    assert all(p == news for p in paragraphs[1:])


def test_a_volume_keeps_each_document_s_issuer_at_the_top_of_its_first_page(tmp_path):
    style = (
        "@page { size: A5; margin: .7cm 1.5cm 1.5cm 1.5cm; @bottom-right { content: 'Trang ' counter(page) } }"
        " body { font-family: 'Liberation Serif', serif; font-size: 11pt } .new { page-break-before: always }"
    )
    issuer = "ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH"
    page = f"<p>{FILLER * 2}</p>"
    body = f"<p>{issuer}</p>{page}<div class='new'>{page}</div><div class='new'><p>{issuer}</p>{page}</div>"
    body += f"<div class='new'>{page}</div>"
    text = _text(_pdf(body, tmp_path / "volume.pdf", style))
    assert text.count(issuer) == 2  # on 2 pages of 4: no running header
    assert "Trang" not in text
