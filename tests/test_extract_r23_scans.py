"""Scans, round 23: what Tesseract reads wrong on a strong photocopy and how the reading is put right.

A figure it doubts and reads with a stray sign (`201?)`) is read again alone; a word read surely but with a mark
wrong between two words of the domain (`kết nổi mạng`) is put right by both phrases. Every line and figure here was
written for this file.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import IN_CI, require_tool

from analysis import formats
from analysis.ocr_words import fix_line


@pytest.fixture(scope="module")
def ocr():
    require_tool("tesseract")
    missing = formats.ocr_available()
    if missing:
        pytest.fail(missing) if IN_CI else pytest.skip(missing)


def _words_image(words: list[str]):
    """A white strip with `words` printed on one line at 200 dpi (Liberation Serif 13 pt), and each word's box."""
    from PIL import Image, ImageDraw, ImageFont

    found = shutil.which("fc-match")
    run = (
        subprocess.run([found, "-f", "%{file}", "Liberation Serif"], capture_output=True, text=True) if found else None
    )
    path = run.stdout if run else ""
    if not path or not path.endswith(".ttf"):
        pytest.skip("Liberation Serif is not installed")
    font = ImageFont.truetype(path, 36)
    image = Image.new("L", (1400, 120), 255)
    draw = ImageDraw.Draw(image)
    boxes, x = [], 40
    for word in words:
        left, top, right, bottom = draw.textbbox((x, 40), word, font=font)
        draw.text((x, 40), word, font=font, fill=0)
        boxes.append((left, top, right - left, bottom - top))
        x = right + 30
    return image, boxes


def _data(read: list[tuple[str, float]], boxes: list[tuple[int, int, int, int]]) -> dict:
    return {
        "text": [w for w, _ in read],
        "conf": [c for _, c in read],
        "left": [b[0] for b in boxes],
        "top": [b[1] for b in boxes],
        "width": [b[2] for b in boxes],
        "height": [b[3] for b in boxes],
    }


def test_a_doubted_figure_with_a_stray_sign_is_read_again_alone(ocr):
    image, boxes = _words_image(["Thực", "trạng", "(năm", "2016)", "và", "3.450"])
    data = _data([("Thực", 95), ("trạng", 95), ("(năm", 93), ("201?)", 37), ("và", 96), ("3.4S?", 40)], boxes)
    formats._reread_doubted_figures(image, data)
    assert data["text"][3] == "2016)"
    assert data["text"][5] == "3.450"
    assert data["text"][:3] == ["Thực", "trạng", "(năm"]


def test_a_sure_figure_a_code_and_a_clean_figure_are_not_read_again(ocr, monkeypatch):
    image, boxes = _words_image(["2016)", "12/KH-UBND", "45"])
    data = _data([("201?)", 93), ("12/KH-UBNĐ", 40), ("45", 30)], boxes)
    monkeypatch.setattr("pytesseract.image_to_data", lambda *a, **k: pytest.fail("read again"))
    formats._reread_doubted_figures(image, data)
    assert data["text"] == ["201?)", "12/KH-UBNĐ", "45"]


@pytest.mark.parametrize(
    ("ocr_line", "meant"),
    [
        ("100% trường học được kết nổi mạng Internet", "100% trường học được kết nối mạng Internet"),
        ("cấp hộp thư điên tử cho cán bộ", "cấp hộp thư điện tử cho cán bộ"),
    ],
)
def test_a_sure_word_with_a_wrong_mark_between_two_domain_phrases_is_put_right(ocr_line, meant):
    words = ocr_line.split()
    assert " ".join(fix_line(words, [False] * len(words))) == meant


@pytest.mark.parametrize(
    "line",
    [
        "nước nổi mạnh lên ở vùng trũng",  # `nổi` (to rise) with no phrase on either side
        "các sở kết nổi bật trong năm",  # one side only (`kết nối`), the other no phrase: as read
    ],
)
def test_a_sure_word_with_a_phrase_on_one_side_only_stays(line):
    words = line.split()
    assert fix_line(words, [False] * len(words)) == words


def _pdf(tmp_path, paragraphs: list[str], style: str):
    import logging

    weasyprint = pytest.importorskip("weasyprint")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Serif'; font-size: 11pt } "
    html = f"<html><head><meta charset='utf-8'><style>{page}{style}</style></head><body>{body}</body></html>"
    path = tmp_path / "plan.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


PARAGRAPHS = [
    "Năm 2019, tỉnh đã cung cấp 212 dịch vụ công trực tuyến mức độ 3 cho người dân và doanh nghiệp trên địa bàn.",
    "Tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan nhà nước đạt 78%.",
    "Đến năm 2021, phấn đấu 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.",
    "Tổng kinh phí thực hiện kế hoạch là 23.400 triệu đồng, từ ngân sách tỉnh.",
]


@pytest.mark.parametrize(
    "style",
    [
        "body { columns: 2; column-gap: 1cm } p { text-align: justify }",  # two columns
        "p { letter-spacing: 0.12em; word-spacing: 0.3em }",  # letters set apart one by one
    ],
)
def test_a_born_digital_pdf_in_two_columns_or_spaced_letters_reads_in_order(tmp_path, style):
    """A check (it held before round 23 too): the text layer of a PDF set in two columns, or with its letters spaced,
    reads column after column, word for word, and its facts are found."""
    from analysis.extract import extract_facts
    from analysis.extract.facts import DocContext
    from analysis.extract.unwrap import unwrap_lines

    pages = formats.pdf_pages(_pdf(tmp_path, PARAGRAPHS, style), "plan.pdf")
    text = unwrap_lines(formats.pdf_text(pages.pages, pages.widths))
    assert " ".join(text.split()) == " ".join(" ".join(PARAGRAPHS).split())
    ctx = DocContext("t", "plan.pdf", text, issued_year=2019, period_start=2019, period_end=2021)
    found = {(f.indicator, f.year, f.value) for f in extract_facts(ctx)[1]}
    assert ("online_services_level3_count", 2019, 212.0) in found
    assert ("edocument_exchange_pct", 2019, 78.0) in found
    assert ("staff_with_email_pct", 2021, 100.0) in found


def test_a_red_round_stamp_over_the_print_of_a_colour_scan_is_read_through(ocr, tmp_path):
    """A colour scan with a red stamp (two rings) across two lines of figures: in plain grey the red is as dark as the
    print and Tesseract read nothing of the page; as light as its lightest channel, the print under it is read."""
    import numpy as np
    from make_formats import office_pages
    from PIL import ImageDraw

    text = (
        "KẾ HOẠCH\n"
        "Năm 2022, tỉnh cung cấp 318 dịch vụ công trực tuyến mức độ 3; kinh phí thực hiện là 19.750 triệu đồng.\n"
        "Tỷ lệ hồ sơ giải quyết trực tuyến giữa các sở, ngành đạt 64%.\n"
    )
    page = office_pages(text, 200)[0].convert("RGB")
    rows = np.flatnonzero(np.asarray(page.convert("L")).min(axis=1) < 128)
    y, w, draw = int(rows[len(rows) // 2]), page.width, ImageDraw.Draw(page)
    for cx in (int(w * 0.3), int(w * 0.62)):
        r = int(0.08 * w)
        for k in range(4):
            draw.ellipse((cx - r + k, y - r + k, cx + r - k, y + r - k), outline=(215, 35, 40))
        draw.ellipse(
            (cx - r * 7 // 10, y - r * 7 // 10, cx + r * 7 // 10, y + r * 7 // 10), outline=(215, 35, 40), width=3
        )
    path = tmp_path / "scan.png"
    page.save(path, dpi=(200, 200))
    lines, _, _ = formats.ocr_page(str(path), 0)
    read = " ".join(ln.text for ln in lines)
    for figure in ("318", "19.750", "64%"):
        assert figure in read
    assert formats.ink_grey(page.convert("L")).mode == "L"  # a grey page as it is


def _stamped(text: str, colour, tmp_path):
    """The text printed at 200 dpi with a round stamp (an outer ring and a thin inner one) in `colour` over the middle
    of its lines, saved as a PNG scan."""
    import numpy as np
    from make_formats import office_pages
    from PIL import ImageDraw

    page = office_pages(text, 200)[0].convert("RGB")
    rows = np.flatnonzero(np.asarray(page.convert("L")).min(axis=1) < 128)
    y, w, draw = int(rows[len(rows) // 2]), page.width, ImageDraw.Draw(page)
    cx, r = int(w * 0.45), int(0.08 * w)
    for k in range(4):
        draw.ellipse((cx - r + k, y - r + k, cx + r - k, y + r - k), outline=colour)
    draw.ellipse((cx - r * 7 // 10, y - r * 7 // 10, cx + r * 7 // 10, y + r * 7 // 10), outline=colour, width=2)
    path = tmp_path / "scan.png"
    page.save(path, dpi=(200, 200))
    return path


def test_a_grey_round_stamp_over_figures_is_found_and_its_rings_erased(ocr, tmp_path):
    """A grey scan keeps a stamp as dark as the print: its rings are found by their shape and made paper, and the
    figures they crossed are read."""
    text = (
        "BÁO CÁO\n"
        "Trong năm, toàn tỉnh tiếp nhận 4.870 hồ sơ trực tuyến và 2.315 hồ sơ qua dịch vụ bưu chính công ích; cấp mới "
        "645 chứng thư số cho cán bộ, công chức.\n"
        "Tỷ lệ cơ quan sử dụng phần mềm quản lý văn bản đạt 96%.\n"
    )
    path = _stamped(text, (105, 105, 105), tmp_path)
    lines, _, _ = formats.ocr_page(str(path), 0)
    read = " ".join(ln.text for ln in lines)
    for figure in ("4.870", "2.315", "645", "96%"):
        assert figure in read


def test_a_page_without_a_stamp_has_no_ring(tmp_path):
    import numpy as np
    from make_formats import office_pages

    page = np.asarray(office_pages("KẾ HOẠCH\n" + "Tỷ lệ hồ sơ được xử lý trực tuyến đạt 85%. " * 40, 200)[0])
    assert formats.round_stamps(page < 128) == []
