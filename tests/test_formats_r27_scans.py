"""Stop 27 (`dev_pdf6`): scans read better — a scanned table printed with no rules read a row a line, as a PDF's text
layer's is (Tesseract gives its figures' column as a block of its own, after the page's next heading). Tables and
sentences written for this file, in our own words; the tests that read a page by OCR need Tesseract with its
Vietnamese model (skipped without it outside CI, failed in CI)."""

from __future__ import annotations

import io

import pytest
from conftest import IN_CI, require_tool

from analysis import formats


def _ocr_ready() -> None:
    require_tool("tesseract")
    missing = formats.ocr_available()
    if missing:  # tesseract without its Vietnamese model
        pytest.fail(missing) if IN_CI else pytest.skip(missing)


def _scan(tmp_path, body: str, style: str = "", dpi: int = 200, degrade=None):
    """The HTML `body` printed and scanned in grey at `dpi` into an image-only PDF; its OCR'd lines' texts."""
    _ocr_ready()
    pytest.importorskip("weasyprint")
    from make_pdf_docs4 import _PLAIN, _pdf_bytes, _render, _scanned
    from make_pdf_docs5 import _BARE

    pages = [im.convert("L") for im in _render(_pdf_bytes(body, _PLAIN + _BARE + style), dpi, grey=True)]
    pages = [degrade(im) if degrade else _scanned(im, 5, skew=0.4, noise=4, jpeg=80) for im in pages]
    path = tmp_path / "scan.pdf"
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    path.write_bytes(buf.getvalue())
    lines, _, _ = formats.ocr_page(str(path), 0, dpi)
    return [ln.text for ln in lines]


def test_a_scanned_unruled_tables_rows_are_read_a_row_a_line(tmp_path):
    from make_pdf_docs5 import _bare

    table = _bare(
        ["Nội dung", "Đơn vị", "Năm 2026", "Năm 2027"],
        [
            ["Số điểm cầu truyền hình|tại các xã vùng biên", "điểm", "36", "48"],
            ["Tỷ lệ hồ sơ một cửa được|số hóa khi tiếp nhận", "%", "70", "85"],
        ],
        left=(0,),
    )
    body = (
        "<p>Mục tiêu giao cho từng năm như sau:</p>"
        + table
        + "<p style='font-weight: bold'>III. GIẢI PHÁP</p><p>Các huyện rà soát nhu cầu và đăng ký với Sở.</p>"
    )
    lines = _scan(tmp_path, body)
    assert "Nội dung\tĐơn vị\tNăm 2026\tNăm 2027" in lines
    assert "Số điểm cầu truyền hình tại các xã vùng biên\tđiểm\t36\t48" in lines
    assert "Tỷ lệ hồ sơ một cửa được số hóa khi tiếp nhận\t%\t70\t85" in lines
    # the heading after the table stays after it, a line of its own
    heading = next(k for k, ln in enumerate(lines) if ln.endswith("GIẢI PHÁP"))
    assert heading > lines.index("Tỷ lệ hồ sơ một cửa được số hóa khi tiếp nhận\t%\t70\t85")
    assert "\t" not in lines[heading]


def _ruled_page(width=1400, height=900, ring=None):
    """A grey page (white paper, black rules) with a ruled table of 3 columns and 3 rows; with `ring` (cy, cx, r), a
    stamp's ring drawn over it. Its image, the rules' xs and ys."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [200, 600, 900, 1200], [200, 300, 400, 500]
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=0, width=3)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=3)
    if ring is not None:
        cy, cx, r = ring
        for k in range(width // 150):  # (a stamp's ring: 1-1.5 mm wide)
            draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=0)
    # as printed and scanned: grey ink on off-white paper, its edges soft
    return image.point(lambda v: 30 + v * 205 // 255).filter(ImageFilter.GaussianBlur(0.8)), xs, ys


def test_a_tables_rules_are_found_whole_under_a_stamps_ring():
    # the ring crosses the third vertical rule and the last horizontal one: erased with what it crosses, it left a
    # gap in each, and the rule was read as two (its lower piece too short to be a rule), the last row's cells merged
    image, xs, ys = _ruled_page(ring=(470, 960, 110))
    _, (vertical, horizontal) = formats._prepare_scan(image)
    tall = [(x, top, bottom) for x, top, bottom in vertical if abs(x - 900) <= 3]
    assert tall and min(t for _, t, _ in tall) <= ys[0] + 3 and max(b for _, _, b in tall) >= ys[-1] - 3
    bottom = [(left, right) for y, left, right in horizontal if abs(y - ys[-1]) <= 3]
    assert len(bottom) == 1 and bottom[0][0] <= xs[0] + 3 and bottom[0][1] >= xs[-1] - 3


def test_a_rule_cut_inside_a_row_is_carried_to_the_rows_border():
    horizontal = [(200.0, 200.0, 1200.0), (300.0, 200.0, 1200.0), (400.0, 200.0, 640.0), (400.0, 700.0, 1200.0)]
    vertical = [(200.0, 200.0, 400.0), (650.0, 200.0, 352.0), (1200.0, 200.0, 400.0)]
    mended = formats._mended(vertical, horizontal)
    # (the border under the row, cut where the ring crossed it too, still crosses the rule: its pieces are one)
    assert mended == [(200.0, 200.0, 400.0), (650.0, 200.0, 400.0), (1200.0, 200.0, 400.0)]
    # a rule that ends at a border (a header's cell merged across columns) keeps its ends
    assert formats._mended([(650.0, 300.0, 400.0)], horizontal) == [(650.0, 300.0, 400.0)]


def test_a_ruled_cell_tesseract_left_unread_is_read_alone():
    _ocr_ready()
    from PIL import ImageDraw, ImageFont

    image, _, _ = _ruled_page()
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        pytest.skip("no DejaVu font to draw the figures")
    draw.text((1000, 225), "7.450", fill=30, font=font)
    draw.text((700, 225), "2.180", fill=30, font=font)
    prepared, grid = formats._prepare_scan(image)
    # Tesseract's words of the page with the right column's left out, as a photocopy's layout analysis may leave it
    data = {key: [] for key in ("level", "page_num", "block_num", "par_num", "line_num", "word_num")}
    data.update(left=[700], top=[228], width=[110], height=[36], conf=[95.0], text=["2.180"])
    for key in ("level", "page_num", "block_num", "par_num", "line_num", "word_num"):
        data[key].append(1)
    formats._read_empty_cells(prepared, data, grid)
    assert data["text"] == ["2.180", "7.450"]
    assert 1000 - 10 <= data["left"][1] <= 1000 + 10 and data["block_num"][1] != data["block_num"][0]


def test_figures_misread_on_a_coarse_scan_are_put_right():
    # a 1 half erased with the ring over it, read as a sign; a row's number with a blank read after it
    assert formats.fix_number("¡.250") == "1.250"
    assert formats.fix_number("i.475") == "1.475"
    assert formats.fix_number("|.900") == "1.900"
    assert formats.fix_number("3_") == "3"
    # words stay
    assert formats.fix_number("tin") == "tin" and formats.fix_number("i") == "i"
    # a bar standing alone is a rule's remains, not a word
    assert formats._STRAY_MARK.fullmatch("|") and not formats._STRAY_MARK.fullmatch("l")


def test_a_sections_roman_number_read_as_letters_before_a_heading():
    assert formats.section_number("H.", "TỔ") == "II."
    assert formats.section_number("1H.", "ĐÁNH") == "III."
    assert formats.section_number("HI.", "GIẢI") == "III."
    # not before a word in lower case (`H. Mường Tè`: a district's initial), nor an item's `1I.` (may be 11)
    assert formats.section_number("H.", "Mường") == "H."
    assert formats.section_number("1I.", "NỘI") == "1I."


def _row(text: str):
    return formats.Line(text, 0, 0, 0, 0, 0, cells=True)


def test_a_scanned_tables_rows_are_put_right_from_the_rows_around_them():
    rows = formats._row_repairs(
        [
            _row("Năm\tTổng số\tVốn tỉnh"),
            _row("2021\t3.100\t2.000"),
            _row("202.\t3.600\t— 2.400"),  # a year's digit lost, a stroke of the rule beside a figure
            _row("2023\t4.050 :\t2.650"),
            _row("Cộng\t10.750\t7.050"),
            _row("l\tMáy chủ\t500"),  # row 1 read as a letter, row 2 below it
            _row("2\tĐường truyền\t300"),
        ]
    )
    assert [r.text for r in rows] == [
        "Năm\tTổng số\tVốn tỉnh",
        "2021\t3.100\t2.000",
        "2022\t3.600\t2.400",
        "2023\t4.050\t2.650",
        "Cộng\t10.750\t7.050",
        "1\tMáy chủ\t500",
        "2\tĐường truyền\t300",
    ]
    # a group's roman I over its row 1, a figure between two years that is none of theirs: as read
    kept = [_row("I\tHạ tầng\t800"), _row("1\tMáy chủ\t500"), _row("2020\t1"), _row("150\t2"), _row("2022\t3")]
    assert [r.text for r in formats._row_repairs(kept)] == [r.text for r in kept]


def test_a_scanned_tables_header_with_a_wrapped_cell_and_a_table_of_one_row(tmp_path):
    from make_pdf_docs5 import _bare

    years = ["Chỉ số", "Đơn vị|tính", "Năm 2026", "Năm 2027", "Năm 2028"]
    first = _bare(
        years,
        [
            ["Số máy chủ đặt tại trung tâm|dữ liệu của tỉnh", "máy", "24", "30", "36"],
            ["Tỷ lệ phòng họp trực tuyến|cấp huyện", "%", "60", "80", "100"],
        ],
        left=(0,),
    )
    # the last row of a table alone under its header (as on the page a table runs onto)
    second = _bare(years, [["Số lớp bồi dưỡng kỹ năng|số cho cán bộ xã", "lớp", "12", "15", "18"]], left=(0,))
    body = "<p>Các chỉ số chính như sau:</p>" + first + "<p>Chỉ số về đào tạo:</p>" + second
    lines = _scan(tmp_path, body)
    assert lines.count("Chỉ số\tĐơn vị tính\tNăm 2026\tNăm 2027\tNăm 2028") == 2
    assert "Số máy chủ đặt tại trung tâm dữ liệu của tỉnh\tmáy\t24\t30\t36" in lines
    assert "Số lớp bồi dưỡng kỹ năng số cho cán bộ xã\tlớp\t12\t15\t18" in lines
