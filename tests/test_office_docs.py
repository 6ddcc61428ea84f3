"""Plans as offices publish them (issue #11, round 19): ruled tables in a PDF's text layer, Word tables, landscape
appendices, tables over a page break with their header repeated, page headers and numbers.

Every document here is built in the test (WeasyPrint for PDF, python-docx for Word, with the layout helpers of
tests/make_office_docs.py), in our own words with fictional figures.
"""

from __future__ import annotations

import collections

import pytest
from make_office_docs import STYLE, _grid, _sign

from analysis import formats
from analysis.corpus import read_source
from analysis.extract import extract_corpus, extract_facts
from analysis.extract.budget import extract_budget_table
from analysis.extract.facts import DocContext

TOTAL, LOCAL, CENTRAL = "budget_total_mvnd", "budget_local_mvnd", "budget_central_mvnd"


def _pdf(body: str, path, docno: str = "Kế hoạch số 12/KH-UBND") -> None:
    weasyprint = pytest.importorskip("weasyprint")
    html = (
        f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<div class='docno'>{docno}</div>{body}</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)


def _head(kind: str, number: str, date: str, title: str) -> str:
    return (
        "<p class='h'>ỦY BAN NHÂN DÂN TỈNH HÀ GIANG</p>"
        f"<p>Số: {number}</p><p>Hà Giang, {date}</p><p class='h'>{kind}</p><p class='h'>{title}</p>"
    )


def _facts(result) -> collections.Counter:
    f = result.facts
    when = [
        y if p is None or p != p else (int(p), int(e))
        for y, p, e in zip(f["year"], f["period_start"], f["period_end"], strict=True)
    ]
    return collections.Counter(zip(f["indicator"], f["kind"], f["scope"], when, f["value"], strict=True))


# --- ruled tables in a PDF ---------------------------------------------------------------------------------


def test_a_ruled_pdf_table_gives_a_row_per_line_with_its_wrapped_label_whole(tmp_path):
    body = _head("KẾ HOẠCH", "12/KH-UBND", "ngày 10 tháng 2 năm 2017", "Ứng dụng CNTT giai đoạn 2017 - 2020") + _grid(
        [["STT", "Chỉ tiêu", "ĐVT", "2017", "2018", "2019", "2020"]],
        [
            [
                "1",
                "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử",
                "%",
                "55",
                "65",
                "75",
                "85",
            ],
            ["2", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "8", "20", "35", "50"],
        ],
    )
    _pdf(body, tmp_path / "ha-giang-2017-12-kh-ubnd.pdf")
    text = read_source(tmp_path / "ha-giang-2017-12-kh-ubnd.pdf").text
    assert "STT\tChỉ tiêu\tĐVT\t2017\t2018\t2019\t2020\n" in text
    assert (
        "\n1\tTỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử\t%\t55\t65\t75\t85\n"
        in text
    )
    got = _facts(extract_corpus(tmp_path))
    want = {
        ("edocument_exchange_pct", "target", "all", y, v)
        for y, v in zip(range(2017, 2021), (55, 65, 75, 85), strict=True)
    }
    want |= {
        ("online_services_level4_count", "target", "all", y, v)
        for y, v in zip(range(2017, 2021), (8, 20, 35, 50), strict=True)
    }
    assert set(got) == want


def test_a_ruled_pdf_table_by_level_gives_a_fact_per_level(tmp_path):
    body = _head("BÁO CÁO", "30/BC-UBND", "ngày 15 tháng 12 năm 2018", "Kết quả ứng dụng CNTT năm 2018") + (
        "<p>1. Kết quả ứng dụng trong nội bộ các cơ quan</p>"
        + _grid(
            [["TT", "Nội dung", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]],
            [["1", "Tỷ lệ cán bộ, công chức được trang bị máy tính (%)", "98", "90", "65"]],
        )
    )
    _pdf(body, tmp_path / "ha-giang-2018-30-bc-ubnd.pdf")
    got = _facts(extract_corpus(tmp_path))
    assert set(got) == {
        ("staff_with_computer_pct", "baseline", scope, 2018, v)
        for scope, v in (("province", 98), ("district", 90), ("commune", 65))
    }


def test_text_outside_tables_and_a_signature_block_are_left_as_lines(tmp_path):
    body = (
        "<p class='h'>KẾ HOẠCH</p><p>Các cơ quan triển khai đồng bộ phần mềm quản lý văn bản, ứng dụng công nghệ thông tin.</p>"
        + _grid([["STT", "Nội dung", "Ghi chú"]], [["1", "Nâng cấp mạng", "Năm 2019"]])
        + _sign(["Nơi nhận:", "- Như trên;"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    )
    _pdf(body, tmp_path / "t.pdf")
    text = read_source(tmp_path / "t.pdf").text
    assert "Các cơ quan triển khai đồng bộ phần mềm quản lý văn bản, ứng dụng công nghệ thông tin.\n" in text
    assert "1\tNâng cấp mạng\tNăm 2019" in text
    # no rules around the signature block: no tabs there
    assert all("\t" not in ln for ln in text.splitlines() if "CHỦ TỊCH" in ln or "Nơi nhận" in ln)


_BUDGET_ROWS = [
    ["I", "Hạ tầng kỹ thuật", "", "6.000", "2.000", "4.000"],
    *[
        [str(k), f"Trang bị thiết bị cho đơn vị số {k}", "Sở Thông tin và Truyền thông", "1.000", "", "1.000"]
        for k in range(1, 3)
    ],
    ["3", "Nâng cấp mạng truyền số liệu chuyên dùng", "Sở Thông tin và Truyền thông", "4.000", "2.000", "2.000"],
    ["II", "Ứng dụng công nghệ thông tin", "", "15.500", "5.500", "10.000"],
    *[
        [
            str(k),
            f"Xây dựng phần mềm dùng chung thứ {k} của tỉnh, kết nối liên thông với hệ thống của các bộ, ngành và địa phương",
            "Văn phòng UBND tỉnh",
            "1.000",
            "",
            "1.000",
        ]
        for k in range(1, 11)
    ],
    ["11", "Cổng dịch vụ công và một cửa điện tử", "Văn phòng UBND tỉnh", "5.500", "5.500", ""],
    ["", "Tổng cộng", "", "21.500", "7.500", "14.000"],
]


@pytest.fixture(scope="module")
def landscape_budget(tmp_path_factory):
    folder = tmp_path_factory.mktemp("landscape")
    body = (
        _head(
            "QUYẾT ĐỊNH",
            "95/QĐ-UBND",
            "ngày 20 tháng 1 năm 2019",
            "Phê duyệt Kế hoạch ứng dụng CNTT giai đoạn 2019 - 2020",
        )
        + "<p>Điều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của các cơ quan nhà nước của tỉnh "
        "giai đoạn 2019 - 2020, với danh mục dự án và kinh phí chi tiết tại Phụ lục kèm theo Quyết định này, bảo đảm "
        "tiết kiệm và hiệu quả trong việc sử dụng ngân sách nhà nước.</p>"
        + "<div class='land'><p class='h'>PHỤ LỤC</p><p class='h'>DANH MỤC DỰ ÁN VÀ KINH PHÍ THỰC HIỆN</p>"
        "<p class='c'>(Kèm theo Quyết định số 95/QĐ-UBND ngày 20/01/2019)</p><p class='c'>Đơn vị tính: triệu đồng</p>"
        + _grid(
            [["TT", "Tên dự án", "Cơ quan chủ trì", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"]],
            _BUDGET_ROWS,
            left=(1, 2),
        )
        + "</div>"
    )
    _pdf(body, folder / "ha-giang-2019-95-qd-ubnd.pdf", docno="Quyết định số 95/QĐ-UBND ngày 20/01/2019")
    return folder


def test_a_budget_table_over_a_page_break_with_its_header_repeated_gives_the_total_and_its_sources(landscape_budget):
    source = read_source(landscape_budget / "ha-giang-2019-95-qd-ubnd.pdf")
    assert source.text.count("\f") >= 2  # the appendix runs onto a second landscape page
    assert source.text.count("TT\tTên dự án\tCơ quan chủ trì\tTổng kinh phí") == 2  # the header, repeated
    result = extract_corpus(landscape_budget)
    budget = {k for k in _facts(result) if k[0].startswith("budget_")}
    assert budget == {
        (TOTAL, "target", "all", (2019, 2020), 21500),
        (CENTRAL, "target", "all", (2019, 2020), 7500),
        (LOCAL, "target", "all", (2019, 2020), 14000),
    }
    lines = result.budget_lines
    assert lines["reconciled"].all() and len(lines) == 17
    total = lines[lines["row_type"] == "total"].iloc[0]
    assert (total["item"], total["total_mvnd"], total["central_mvnd"], total["local_mvnd"]) == (
        "Tổng cộng",
        21500,
        7500,
        14000,
    )
    # the running header and the page number between the pages are no part of a row
    assert not lines["item"].str.contains(r"Trang \d|Quyết định số|Tên dự án").any()
    assert list(lines[lines["row_type"] == "category"]["code"]) == ["I", "II"]
    assert set(lines[lines["parent_code"] == "II"]["code"]) == {f"II.{k}" for k in range(1, 12)}


def test_a_portrait_page_keeps_its_own_right_edge_beside_a_landscape_appendix(landscape_budget):
    text = read_source(landscape_budget / "ha-giang-2019-95-qd-ubnd.pdf").text
    # the article wraps over lines on its portrait page: joined again, not cut at each line end
    assert "Điều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của các cơ quan nhà nước của tỉnh " \
           "giai đoạn 2019 - 2020, với danh mục" in text  # fmt: skip


def test_a_page_number_is_not_glued_to_a_table_row_on_the_next_page(landscape_budget):
    text = read_source(landscape_budget / "ha-giang-2019-95-qd-ubnd.pdf").text
    assert not any(ln.startswith("Trang") and "\t" in ln for ln in text.splitlines())


# --- Word tables -----------------------------------------------------------------------------------------------


def _docx(path, paragraphs_before: list[str], rows: list[list[str]], paragraphs_after: list[str] = ()) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for t in paragraphs_before:
        document.add_paragraph(t)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for r in rows:
        for cell, value in zip(table.add_row().cells, r, strict=True):
            cell.text = value
    for t in paragraphs_after:
        document.add_paragraph(t)
    document.save(path)


def test_a_word_table_by_level_gives_a_row_per_line_and_a_fact_per_level(tmp_path):
    _docx(
        tmp_path / "ha-giang-2020-40-kh-ubnd.docx",
        ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 40/KH-UBND", "Hà Giang, ngày 05 tháng 3 năm 2020",
         "KẾ HOẠCH", "Ứng dụng công nghệ thông tin năm 2020", "I. MỤC TIÊU", "Phấn đấu đến hết năm 2020:"],
        [["TT", "Chỉ tiêu", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
         ["1", "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)", "95", "85", "70"]],
    )  # fmt: skip
    text = formats.read_docx(tmp_path / "ha-giang-2020-40-kh-ubnd.docx", "t.docx")
    assert "\n1\tTỷ lệ văn bản trao đổi dưới dạng điện tử (%)\t95\t85\t70" in text
    got = _facts(extract_corpus(tmp_path))
    assert set(got) == {
        ("edocument_exchange_pct", "target", scope, 2020, v)
        for scope, v in (("province", 95), ("district", 85), ("commune", 70))
    }


def test_a_two_column_word_table_stays_one_cell_per_line():
    pytest.importorskip("docx")
    rows = [[["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]], [["Số: 40/KH-UBND"], []]]
    assert formats._docx_rows(rows, 2) == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÀ GIANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 40/KH-UBND",
    ]


def test_a_word_budget_appendix_gives_its_total_sources_and_reconciled_lines(tmp_path):
    _docx(
        tmp_path / "ha-giang-2021-300-qd-ubnd.docx",
        ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 300/QĐ-UBND", "Hà Giang, ngày 10 tháng 3 năm 2021", "QUYẾT ĐỊNH",
         "Phê duyệt Kế hoạch chuyển đổi số giai đoạn 2021 - 2025", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ VÀ KINH PHÍ",
         "(Kèm theo Quyết định số 300/QĐ-UBND ngày 10/3/2021)", "Đơn vị tính: triệu đồng"],
        [["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"],
         ["I", "Hạ tầng số", "", "9.000", "4.000", "5.000"],
         ["1", "Trung tâm dữ liệu", "Sở TT&TT", "6.000", "4.000", "2.000"],
         ["2", "Mạng chuyên dùng cấp xã", "Sở TT&TT", "3.000", "", "3.000"],
         ["II", "Dữ liệu số", "", "2.000", "", "2.000"],
         ["1", "Cơ sở dữ liệu dùng chung", "Văn phòng UBND tỉnh", "2.000", "", "2.000"],
         ["", "Tổng cộng", "", "11.000", "4.000", "7.000"]],
    )  # fmt: skip
    result = extract_corpus(tmp_path)
    assert {k for k in _facts(result) if k[0].startswith("budget_")} == {
        (TOTAL, "target", "all", (2021, 2025), 11000),
        (CENTRAL, "target", "all", (2021, 2025), 4000),
        (LOCAL, "target", "all", (2021, 2025), 7000),
    }
    lines = result.budget_lines
    assert len(lines) == 6 and lines["reconciled"].all()
    row = lines[lines["code"] == "I.2"].iloc[0]
    assert (row["parent_code"], row["lead_agency"], row["local_mvnd"], row["central_mvnd"]) == (
        "I",
        "Sở TT&TT",
        3000,
        0,
    )


# --- the same tables as text (a Word table's rows, a ruled PDF table's rows) -----------------------------------


def _read(text: str) -> set[tuple]:
    ctx = DocContext("t", "t.txt", text, 2018, 2018, 2020, doc_type="decision", genre="decision")
    _, found = extract_facts(ctx)
    for f in found:
        assert ctx.text[f.char_start : f.char_end] == f.quote
        assert ctx.text[f.value_start : f.value_end] in f.quote
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, when(f), f.value) for f in found}


_HEAD = "Đơn vị tính: triệu đồng\nTT\tTên dự án\tCơ quan chủ trì\tTổng kinh phí\tNgân sách trung ương\tNgân sách tỉnh\n"


def test_the_source_columns_of_a_total_row_give_each_source_s_part():
    text = _HEAD + "1\tPhần mềm một cửa\tVăn phòng\t3.000\t1.000\t2.000\n\tTổng cộng\t\t3.000\t1.000\t2.000\n"
    assert _read(text) == {
        (TOTAL, "target", (2018, 2020), 3000),
        (CENTRAL, "target", (2018, 2020), 1000),
        (LOCAL, "target", (2018, 2020), 2000),
    }


def test_a_total_row_whose_sources_do_not_add_up_gives_the_total_only():
    # a misprint, or a row read aligned on the right after it lost an empty cell: its parts are not trusted
    text = _HEAD + "1\tPhần mềm một cửa\tVăn phòng\t3.000\t1.000\t2.000\n\tTổng cộng\t\t3.000\t1.000\t1.500\n"
    assert _read(text) == {(TOTAL, "target", (2018, 2020), 3000)}


def test_a_header_repeated_after_a_page_break_resumes_the_budget_table():
    text = (
        _HEAD
        + "1\tPhần mềm một cửa\tVăn phòng\t3.000\t1.000\t2.000\n"
        + "Quyết định số 5/QĐ-UBND\n\nTrang 2/3\n\f\n"
        + _HEAD.split("\n", 1)[1]
        + "2\tĐào tạo\tSở Nội vụ\t1.000\t\t1.000\n"
        + "\tTổng cộng\t\t4.000\t1.000\t3.000\n"
    )
    assert (TOTAL, "target", (2018, 2020), 4000) in _read(text)
    ctx = DocContext("t", "t.txt", "DỰ TOÁN KINH PHÍ\n" + text, issued_year=2018, period_start=2018, period_end=2020)
    rows = extract_budget_table(ctx)
    assert [r.code for r in rows] == ["1", "2", "total"] and all(r.reconciled for r in rows)
    assert rows[0].item == "Phần mềm một cửa" and rows[-1].item == "Tổng cộng"
