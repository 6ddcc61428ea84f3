"""Round 26 (`dev_pdf5`): a PDF's table printed with no rules, whose text layer gives each cell's line apart (a wrapped
label's lines one under the other, the row's figures on a line of their own, a header's wrapped cells), read a row a
line; a thin red stamp ring in a colour scan, its red smeared by JPEG, made light; a table's row opening with its
number no heading of a section. Tables and sentences written for this file, in our own words."""

from __future__ import annotations

import numpy as np
import pytest

from analysis import formats

_TIGHT = "table.bare td, table.bare th { padding: 0 5pt }"


def _table_pdf(tmp_path, header, rows, before="", after="", style="", cls=""):
    pytest.importorskip("weasyprint")
    from make_office_docs import _sign
    from make_pdf_docs4 import _PLAIN, _pdf_bytes
    from make_pdf_docs5 import _BARE, _bare

    sign = _sign(["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    body = f"<p>{before}</p>" + _bare(header, rows, cls=cls) + f"<p>{after}</p>" + sign
    path = tmp_path / "t.pdf"
    path.write_bytes(_pdf_bytes(body, _PLAIN + _BARE + style))
    read = formats.pdf_pages(path, "t.pdf")
    return formats.pdf_text(read.pages, read.widths).split("\n")


def test_an_unruled_tables_wrapped_cells_are_read_a_row_a_line(tmp_path):
    lines = _table_pdf(
        tmp_path,
        ["STT", "Hạng mục", "Dự toán|(triệu đồng)", "Vốn trung|ương", "Vốn|địa phương"],
        [
            ["1", "Mở rộng mạng nội bộ|các sở, ban, ngành", "1.450", "600", "850"],
            ["2", "Phần mềm một cửa|điện tử dùng chung|của tỉnh", "2.300", "", "2.300"],
            ["", "Cộng", "3.750", "600", "3.150"],
        ],
        before="Dự toán các hạng mục năm 2024 như sau:",
        after="Các đơn vị lập hồ sơ trước ngày 30 tháng 6.",
    )
    assert "STT\tHạng mục\tDự toán (triệu đồng)\tVốn trung ương\tVốn địa phương" in lines
    assert "1\tMở rộng mạng nội bộ các sở, ban, ngành\t1.450\t600\t850" in lines
    assert "2\tPhần mềm một cửa điện tử dùng chung của tỉnh\t2.300\t\t2.300" in lines
    assert "Cộng\t3.750\t600\t3.150" in lines
    # the lines around it are no rows of it, nor is the signature block (two columns side by side)
    assert "Các đơn vị lập hồ sơ trước ngày 30 tháng 6." in lines
    assert not any("\t" in ln for ln in lines if "Nơi nhận" in ln or "CHỦ TỊCH" in ln or "Lưu" in ln)


def test_figures_centred_beside_a_long_label_join_its_row(tmp_path):
    lines = _table_pdf(
        tmp_path,
        ["TT", "Việc cần làm", "Năm 2024", "Năm 2025"],
        [
            ["1", "Số hóa hồ sơ lưu trữ|của các phòng chuyên môn|thuộc huyện", "410", "520"],
            ["2", "Lắp camera giám sát|tại bộ phận một cửa", "95", "120"],
        ],
        cls="mid",
    )
    assert "1\tSố hóa hồ sơ lưu trữ của các phòng chuyên môn thuộc huyện\t410\t520" in lines
    assert "2\tLắp camera giám sát tại bộ phận một cửa\t95\t120" in lines


def test_an_office_tables_rows_with_no_room_between_them_stay_apart(tmp_path):
    # a tight table (no padding): the header's cells wrap in lower case, a row's label goes on with a capital right
    # under its line; the rows themselves, each a line of cells, are never one another's lines
    lines = _table_pdf(
        tmp_path,
        ["Giai đoạn", "Tổng vốn", "Vốn sự nghiệp|khoa học", "Vốn đầu tư|công"],
        [
            ["Năm 2024", "3.200", "1.100", "2.100"],
            ["Năm 2025", "3.900", "1.400", "2.500"],
            ["Cộng", "7.100", "2.500", "4.600"],
        ],
        style=_TIGHT,
    )
    assert "Giai đoạn\tTổng vốn\tVốn sự nghiệp khoa học\tVốn đầu tư công" in lines
    assert "Năm 2024\t3.200\t1.100\t2.100" in lines
    assert "Năm 2025\t3.900\t1.400\t2.500" in lines
    assert "Cộng\t7.100\t2.500\t4.600" in lines


def test_a_label_going_on_with_a_capital_stays_in_its_row(tmp_path):
    lines = _table_pdf(
        tmp_path,
        ["STT", "Nội dung", "Chỉ tiêu", "Đạt được"],
        [["1", "Số xã có trang thông tin|Điện tử riêng", "60", "64"], ["2", "Số điểm Internet công cộng", "25", "31"]],
        after="III. KIẾN NGHỊ",
    )
    assert "1\tSố xã có trang thông tin Điện tử riêng\t60\t64" in lines
    assert "2\tSố điểm Internet công cộng\t25\t31" in lines
    assert "III. KIẾN NGHỊ" in lines  # a heading under the table, flush with no column: no row of it


def test_a_thin_red_ring_smeared_by_jpeg_is_made_light():
    from PIL import Image

    # a red ring's core and edges as a 150 dpi colour scan keeps them (JPEG halves the colour: the red channel is
    # barely lighter than print), its grey outline with no colour, black print and print's faint colour fringe beside
    # it, paper, and the same grey as the outline far from any colour
    ring = [(122, 63, 69), (161, 54, 65), (203, 136, 141)]
    outline, black, fringe, paper = (176, 171, 171), (40, 38, 41), (120, 112, 104), (236, 236, 236)
    pixels = [*ring, outline, black, fringe, *[paper] * 5, outline]
    image = Image.fromarray(np.array([pixels], dtype=np.uint8), "RGB")
    grey = np.asarray(formats.ink_grey(image))[0]
    assert all(grey[:4] >= 180)  # the ring and its outline: lighter than a page's threshold between ink and paper
    assert grey[4] < 60 and abs(int(grey[5]) - 113) <= 3  # print as it was
    assert abs(int(grey[-1]) - 172) <= 3  # grey with no colour beside it: as it was


def test_a_tables_numbered_row_is_no_heading(extracted_facts_text):
    text = (
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2024 của tỉnh Yên Bái\n\n"
        "II. KINH PHÍ\nKinh phí thực hiện năm 2024 (đơn vị: triệu đồng):\n"
        "TT\tHạng mục\tTổng số\tNgân sách trung ương\tNgân sách tỉnh\n"
        "1\tNâng cấp mạng nội bộ\t900\t400\t500\n"
        "2\tĐánh giá, kiểm tra an toàn hệ thống\t300\t\t300\n"
        "3\tKết quả số hóa hồ sơ lưu trữ\t600\t\t600\n"
        "\tTổng cộng\t1.800\t400\t1.400\n"
    )
    facts = extracted_facts_text(text)
    assert ("budget_total_mvnd", "target", "all", 2024, 1800.0) in facts
    assert ("budget_central_mvnd", "target", "all", 2024, 400.0) in facts
    assert ("budget_local_mvnd", "target", "all", 2024, 1400.0) in facts


@pytest.fixture
def extracted_facts_text(tmp_path):
    from conftest import extracted_facts

    return lambda text: extracted_facts(tmp_path, text)
