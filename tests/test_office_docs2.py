"""More tables and files researchers download (issue #11, round 19, second part; the set `dev_office2`): a results
table with a two-row header, a list aligned by tab stops with no rules, Word tables with merged cells, a units column
and a notes column.

Every document here is built in the test (WeasyPrint for PDF, python-docx for Word, with the layout helpers of
tests/make_office_docs.py and tests/make_office_docs2.py), in our own words with fictional figures.
"""

from __future__ import annotations

import pytest
from make_office_docs import STYLE, _grid
from make_office_docs2 import _grid2, _tabbed
from test_office_docs import _facts, _head

from analysis.corpus import read_source
from analysis.extract import extract_corpus, extract_facts
from analysis.extract.facts import DocContext


def _pdf(body: str, path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    html = f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)


def _text_facts(text: str, issued: int, doc_type: str = "report", period=(None, None)) -> set:
    ctx = DocContext(
        doc_id="t",
        source_file="t.txt",
        text=text,
        issued_year=issued,
        period_start=period[0],
        period_end=period[1],
        doc_type=doc_type,
    )
    _, kept = extract_facts(ctx)
    return {(f.indicator, f.kind, f.scope, f.year, f.value) for f in kept}


# --- a results table with a two-row header ------------------------------------------------------------------


def test_a_two_row_header_makes_plan_cells_targets_and_result_cells_baselines_of_the_year_above(tmp_path):
    body = _head("BÁO CÁO", "21/BC-UBND", "ngày 10 tháng 01 năm 2021", "Kết quả ứng dụng CNTT năm 2019 và 2020") + (
        "<p>Kết quả thực hiện các chỉ tiêu so với kế hoạch từng năm như sau:</p>"
        + _grid2(
            [("STT", 1, 2), ("Nội dung", 1, 2), ("Đơn vị", 1, 2), ("Năm 2019", 2, 1), ("Năm 2020", 2, 1)],
            ["KH", "TH", "KH", "TH"],
            [
                ["1", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "40", "52", "90", "85"],
                ["2", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "75", "71", "85", "88"],
            ],
        )
    )
    _pdf(body, tmp_path / "ha-giang-2021-21-bc-ubnd.pdf")
    got = set(_facts(extract_corpus(tmp_path)))
    want = set()
    for ind, vals in (("online_services_level4_count", (40, 52, 90, 85)), ("edocument_exchange_pct", (75, 71, 85, 88))):
        for (kind, year), v in zip(
            (("target", 2019), ("baseline", 2019), ("target", 2020), ("baseline", 2020)), vals, strict=True
        ):
            want.add((ind, kind, "all", year, v))
    assert got == want


def test_a_two_row_header_in_a_text_copy_with_the_years_first():
    text = (
        "BÁO CÁO\nKết quả thực hiện kế hoạch ứng dụng CNTT năm 2017 và năm 2018\n"
        "| TT | Chỉ tiêu | Đơn vị | Năm 2017 | Năm 2018 |\n"
        "| Kế hoạch | Thực hiện | Kế hoạch | Thực hiện |\n"
        "| 1 | Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ | % | 80 | 84 | 90 | 87 |\n"
        "Các chỉ tiêu còn lại đạt kế hoạch đề ra.\n"
    )
    got = _text_facts(text, 2019)
    assert {f for f in got if f[0] == "staff_with_email_pct"} == {
        ("staff_with_email_pct", "target", "all", 2017, 80),
        ("staff_with_email_pct", "baseline", "all", 2017, 84),
        ("staff_with_email_pct", "target", "all", 2018, 90),
        ("staff_with_email_pct", "baseline", "all", 2018, 87),
    }


# --- a list aligned by tab stops, no rules ------------------------------------------------------------------


def test_a_pdf_list_aligned_by_tab_stops_is_read_a_row_per_line_with_its_cells(tmp_path):
    body = _head("KẾ HOẠCH", "44/KH-UBND", "ngày 02 tháng 3 năm 2017", "Ứng dụng CNTT giai đoạn 2017 - 2019") + (
        "<p>Đến hết năm 2016, tỉnh có 40 dịch vụ công trực tuyến mức độ 3, được công khai trên Cổng thông tin.</p>"
        + _tabbed(
            [
                ["Chỉ tiêu", "Đơn vị", "2017", "2018", "2019"],
                ["Hộp thư công vụ cấp cho cán bộ", "%", "75", "85", "95"],
                ["Dịch vụ công trực tuyến mức độ 4", "dịch vụ", "6", "18", "40"],
            ]
        )
        + "<p>Các sở, ngành triển khai Kế hoạch theo chức năng, nhiệm vụ được giao và báo cáo kết quả hằng năm.</p>"
    )
    _pdf(body, tmp_path / "ha-giang-2017-44-kh-ubnd.pdf")
    text = read_source(tmp_path / "ha-giang-2017-44-kh-ubnd.pdf").text
    assert "\nChỉ tiêu\tĐơn vị\t2017\t2018\t2019\n" in text
    assert "\nDịch vụ công trực tuyến mức độ 4\tdịch vụ\t6\t18\t40\n" in text
    # justified paragraphs around it keep their spaces
    assert "Đến hết năm 2016, tỉnh có 40 dịch vụ công trực tuyến mức độ 3, được công khai" in text
    assert text.count("\t") == 12
    got = set(_facts(extract_corpus(tmp_path)))
    want = {("online_services_level4_count", "target", "all", y, v) for y, v in ((2017, 6), (2018, 18), (2019, 40))}
    assert want <= got
    assert ("online_services_level3_count", "baseline", "all", 2016, 40) in got


# --- Word tables: one result column, a notes column, a units column with money, a column of merged levels ---------


def _docx(path, paragraphs_before: list[str], rows: list[list[str]], merge: tuple = (), after=()) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for t in paragraphs_before:
        document.add_paragraph(t)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v:
                table.cell(i, j).text = v
    for top, bottom in merge:  # a first-column cell merged down
        table.cell(top, 0).merge(table.cell(bottom, 0))
    for t in after:
        document.add_paragraph(t)
    document.save(path)


_REPORT = ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 77/BC-UBND", "Hà Giang, ngày 12 tháng 12 năm 2019", "BÁO CÁO",
           "Kết quả ứng dụng công nghệ thông tin năm 2019", "Các chỉ tiêu chủ yếu đạt được trong năm như sau:"]  # fmt: skip


def test_one_result_column_of_a_year_with_units_and_a_notes_column_holding_a_second_number(tmp_path):
    _docx(
        tmp_path / "ha-giang-2019-77-bc-ubnd.docx",
        _REPORT,
        [
            ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2019", "Ghi chú"],
            ["1", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "64", "(năm 2018: 30 dịch vụ)"],
            ["2", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "82", ""],
            ["3", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "95", "Riêng cấp xã đạt 81%"],
            [
                "4",
                "Kinh phí chi cho ứng dụng công nghệ thông tin",
                "triệu đồng",
                "6.240",
                "(năm 2018: 5.100 triệu đồng)",
            ],
            ["5", "Số cán bộ chuyên trách công nghệ thông tin", "người", "37", "Tăng 4 người"],
        ],
    )
    got = set(_facts(extract_corpus(tmp_path)))
    assert got == {
        ("online_services_level4_count", "baseline", "all", 2019, 64),
        ("online_services_level4_count", "baseline", "all", 2018, 30),
        ("edocument_exchange_pct", "baseline", "all", 2019, 82),
        ("staff_with_email_pct", "baseline", "all", 2019, 95),
        ("staff_with_email_pct", "baseline", "commune", 2019, 81),
        ("budget_total_mvnd", "baseline", "all", 2019, 6240),
        ("budget_total_mvnd", "baseline", "all", 2018, 5100),
        ("it_staff_count", "baseline", "all", 2019, 37),
    }


def test_a_column_of_levels_merged_over_rows_gives_each_row_its_level_and_an_empty_cell_no_fact(tmp_path):
    _docx(
        tmp_path / "ha-giang-2019-78-bc-ubnd.docx",
        _REPORT,
        [
            ["Cấp", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2019"],
            ["Cấp tỉnh", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", "93,5"],
            ["", "Số cán bộ chuyên trách công nghệ thông tin", "người", "30"],
            ["Cấp huyện", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", ""],
            ["", "Số cán bộ chuyên trách công nghệ thông tin", "người", "12"],
            ["Toàn tỉnh", "Kinh phí chi cho ứng dụng công nghệ thông tin", "triệu đồng", "10.250,5"],
        ],
        merge=((1, 2), (3, 4)),
    )
    got = set(_facts(extract_corpus(tmp_path)))
    assert got == {
        ("edocument_exchange_pct", "baseline", "province", 2019, 93.5),
        ("it_staff_count", "baseline", "province", 2019, 30),
        ("it_staff_count", "baseline", "district", 2019, 12),
        ("budget_total_mvnd", "baseline", "all", 2019, 10250.5),
    }


# --- a newsletter page in two columns with a rule between them ----------------------------------------------


def test_a_ruled_table_in_one_of_two_columns_is_read_apart_from_the_rule_between_the_columns(tmp_path):
    style = "<style>div.cols { column-count: 2; column-gap: .8cm; column-rule: 1px solid #777 }</style>"
    text = (
        "<p>Ngày 05/4/2018, Ủy ban nhân dân tỉnh ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2018 với "
        "nhiều chỉ tiêu cụ thể cho từng cấp chính quyền trên địa bàn tỉnh.</p>"
    )
    table = _grid(
        [["Chỉ tiêu", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]],
        [["Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan (%)", "95", "85", "60"]],
        left=(0,),
    )
    body = f"{style}<p class='h'>BẢN TIN</p><div class='cols'>{text * 5}{table}{text}</div>"
    _pdf(body, tmp_path / "ha-giang-2018-news.pdf")
    lines = read_source(tmp_path / "ha-giang-2018-news.pdf").text.splitlines()
    assert "Chỉ tiêu\tCấp tỉnh\tCấp huyện\tCấp xã" in lines
    assert "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan (%)\t95\t85\t60" in lines


# --- a scanned ruled table: rows rebuilt from its rules -----------------------------------------------------

_SCANNED_REPORT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 90/BC-UBND
Hà Giang, ngày 16 tháng 12 năm 2019
BÁO CÁO
Kết quả ứng dụng công nghệ thông tin năm 2019
Các chỉ tiêu chủ yếu đạt được trong năm như sau:
| TT | Chỉ tiêu | Đơn vị tính | Kết quả năm 2019 | Ghi chú |
| 1 | Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước | % | 84 | (năm 2018: 66%) |
| 2 | Số cán bộ chuyên trách công nghệ thông tin của các cơ quan | người | 52 | |
Năm 2020, tỉnh tiếp tục triển khai các nhiệm vụ ứng dụng công nghệ thông tin theo kế hoạch.
"""


def test_a_scanned_ruled_table_gives_a_row_per_line_its_wrapped_cells_joined(tmp_path):
    from conftest import require_tool
    from make_formats import SCAN_LEVELS, office_scan

    require_tool("tesseract")
    if missing := formats_ocr_missing():
        pytest.skip(missing)
    path = tmp_path / "ha-giang-2019-90-bc-ubnd.pdf"
    office_scan(_SCANNED_REPORT, path, SCAN_LEVELS["clean"])
    lines = read_source(path).text.splitlines()
    # each row one line, its label wrapped over two lines in the cell joined (OCR leaves a rule's remains in it)
    assert any(ln.startswith("1\tTỷ lệ văn bản điện tử") and ln.endswith("cơ quan nhà nước\t%\t84\t(năm 2018: 66%)")
               for ln in lines), lines  # fmt: skip
    assert any(ln.endswith("thông tin của các cơ quan\tngười\t52") for ln in lines), lines
    got = set(_facts(extract_corpus(tmp_path)))
    assert {
        ("edocument_exchange_pct", "baseline", "all", 2019, 84),
        ("edocument_exchange_pct", "baseline", "all", 2018, 66),
        ("it_staff_count", "baseline", "all", 2019, 52),
    } <= got


def formats_ocr_missing() -> str | None:
    from analysis import formats

    return formats.ocr_available()


def test_a_word_table_with_a_two_row_header_of_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for t in ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 15/BC-UBND", "Hà Giang, ngày 20 tháng 01 năm 2020", "BÁO CÁO",
              "Kết quả thực hiện các chỉ tiêu so với kế hoạch của hai năm 2018 và 2019:"]:  # fmt: skip
        document.add_paragraph(t)
    rows = [
        ["TT", "Chỉ tiêu", "Năm 2018", "", "Năm 2019", ""],
        ["", "", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
        ["1", "Số dịch vụ công trực tuyến mức độ 3", "150", "162", "220", "231"],
    ]
    table = document.add_table(rows=3, cols=6)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v:
                table.cell(i, j).text = v
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 4).merge(table.cell(0, 5))
    document.save(tmp_path / "ha-giang-2020-15-bc-ubnd.docx")
    text = read_source(tmp_path / "ha-giang-2020-15-bc-ubnd.docx").text
    assert "TT\tChỉ tiêu\tNăm 2018\tNăm 2019\nKế hoạch\tThực hiện\tKế hoạch\tThực hiện\n" in text
    got = set(_facts(extract_corpus(tmp_path)))
    assert got == {
        ("online_services_level3_count", kind, "all", year, v)
        for (kind, year), v in zip(
            (("target", 2018), ("baseline", 2018), ("target", 2019), ("baseline", 2019)),
            (150, 162, 220, 231),
            strict=True,
        )
    }


def test_a_row_that_lost_its_number_and_value_to_ocr_keeps_its_note_of_a_level(tmp_path):
    """As OCR gives a scanned report's table: a row lost its `TT` and its value (read as a mark); its note is the
    communes' share of the result column's year, not of the year in the note of the row above."""
    (tmp_path / "ha-giang-2019-90-bc-ubnd.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 90/BC-UBND\nHà Giang, ngày 16 tháng 12 năm 2019\nBÁO CÁO\n"
        "Kết quả ứng dụng công nghệ thông tin năm 2019\nI. KẾT QUẢ THỰC HIỆN\n"
        "TT\tChỉ tiêu\tĐơn vị tính\tKết quả năm 2019\tGhi chú\n"
        "1\tSố cán bộ chuyên trách công nghệ thông tin\tngười\t41\t(năm 2018: 36 người)\n"
        "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ\tP °\t`\tRiêng cấp xã đạt 72%\n"
        "Tiếp tục triển khai các nhiệm vụ theo kế hoạch.\n",
        encoding="utf-8",
    )
    got = set(_facts(extract_corpus(tmp_path)))
    assert {f for f in got if f[0] == "staff_with_email_pct"} == {
        ("staff_with_email_pct", "baseline", "commune", 2019, 72)
    }
    assert {("it_staff_count", "baseline", "all", 2019, 41), ("it_staff_count", "baseline", "all", 2018, 36)} <= got
