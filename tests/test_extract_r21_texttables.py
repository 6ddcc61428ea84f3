"""Tables laid out as plain text (issue #11, round 21): a Word or web table pasted one cell per line, pdftotext's
column layout with labels wrapped over lines, Markdown tables with empty cells, a transposed table (a row per year),
a state-and-goal table, and what is no table (a list of short lines with a number each, a unit alone on a line).

Every table here was written for this file, in our own words and figures. A text is read as `extract_corpus` reads
it: tables pasted one cell per line put back into rows, then wrapped lines joined (unwrap.py), offsets kept.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.corpus import SourceText
from analysis.extract import extract_facts, extract_source_numbers
from analysis.extract.facts import DocContext
from analysis.extract.unwrap import rebuild_cell_rows, unwrap_lines


def read(
    text: str, issued: int = 2019, period: tuple[int, int] = (2019, 2021), table_only: bool = False, genre: str = "plan"
) -> set:
    """(indicator, kind, scope, year or period, value) of the facts read (with table_only, of the table rules'), in a
    text of the genre given (a plan: its goals are targets, its state baselines)."""
    read_as = unwrap_lines(rebuild_cell_rows(text))
    assert len(read_as) == len(text)  # one character for one: offsets are the source's
    ctx = DocContext(
        "t", "t.txt", read_as, issued_year=issued, period_start=period[0], period_end=period[1], genre=genre
    )
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its quote (the source's words, its breaks read as tabs or spaces)
        assert re.sub(r"\s", " ", text[f.char_start : f.char_end]) == re.sub(r"\s", " ", f.quote)
        if f.value_start is not None:
            assert f.char_start <= f.value_start < f.value_end <= f.char_end
            assert text[f.value_start : f.value_end].rstrip("%").replace(".", "").replace(",", "").isdigit()
    if table_only:
        found = [f for f in found if f.rule.startswith("table.")]
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, f.scope, when(f), f.value) for f in found}


TOTAL, LOCAL, CENTRAL = "budget_total_mvnd", "budget_local_mvnd", "budget_central_mvnd"

ONE_CELL_PER_LINE = (
    "Bảng 2. Kết quả một số chỉ tiêu\n"
    "TT\n"
    "Chỉ tiêu\n"
    "Đơn vị\n"
    "Năm 2017\n"
    "Năm 2018\n"
    "1\n"
    "Số dịch vụ công trực tuyến mức độ 4\n"
    "dịch vụ\n"
    "31\n"
    "57\n"
    "2\n"
    "Tỷ lệ cơ quan nhà nước sử dụng chữ ký số\n"
    "%\n"
    "64\n"
    "81\n"
    "\n"
    "Sở tiếp tục theo dõi kết quả thực hiện.\n"
)


def test_a_table_pasted_one_cell_per_line_is_put_back_into_rows():
    rows = rebuild_cell_rows(ONE_CELL_PER_LINE).split("\n")
    assert rows[1] == "TT\tChỉ tiêu\tĐơn vị\tNăm 2017\tNăm 2018"
    assert rows[2] == "1\tSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t31\t57"
    assert rows[-2] == "Sở tiếp tục theo dõi kết quả thực hiện."  # the sentence after it stays a line
    got = read(ONE_CELL_PER_LINE)
    assert got == {
        ("online_services_level4_count", "baseline", "all", 2017, 31.0),
        ("online_services_level4_count", "baseline", "all", 2018, 57.0),
        ("agencies_using_digital_signature_pct", "baseline", "all", 2017, 64.0),
        ("agencies_using_digital_signature_pct", "baseline", "all", 2018, 81.0),
    }


def test_one_cell_per_line_with_no_stt_blank_lines_between_rows_and_columns_by_level():
    text = (
        "Mục tiêu đến năm 2021 theo từng cấp:\n"
        "Chỉ tiêu\n"
        "Cấp tỉnh\n"
        "Cấp huyện\n"
        "Cấp xã\n"
        "\n"
        "Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ thường xuyên (%)\n"
        "96\n"
        "88\n"
        "61\n"
        "\n"
    )
    got = read(text)
    assert got == {
        ("staff_email_usage_pct", "target", "province", 2021, 96.0),
        ("staff_email_usage_pct", "target", "district", 2021, 88.0),
        ("staff_email_usage_pct", "target", "commune", 2021, 61.0),
    }


def test_a_budget_table_one_cell_per_line_whose_total_row_has_no_stt():
    text = (
        "Kinh phí (đơn vị: triệu đồng):\n"
        "STT\n"
        "Nguồn vốn\n"
        "Năm 2020\n"
        "Năm 2021\n"
        "Tổng cộng\n"
        "1\n"
        "Ngân sách tỉnh\n"
        "4.000\n"
        "6.000\n"
        "10.000\n"
        "\n"
        "Tổng cộng\n"
        "4.000\n"
        "6.000\n"
        "10.000\n"
    )
    got = read(text, issued=2019, period=(2020, 2021))
    assert (TOTAL, "target", "all", (2020, 2021), 10000.0) in got
    assert (TOTAL, "target", "all", 2020, 4000.0) in got
    assert (LOCAL, "target", "all", 2021, 6000.0) in got
    assert (LOCAL, "target", "all", (2020, 2021), 10000.0) in got


def test_a_list_of_short_lines_with_one_number_each_is_no_table():
    text = (
        "Kết quả chính trong năm:\n"
        "Năm 2018\n"
        "Cấp 320 chứng thư số cho cán bộ.\n"
        "Năm 2019\n"
        "Mở 6 lớp bồi dưỡng kỹ năng số.\n"
        "Chỉ tiêu\n"
        "Số lớp tập huấn\n"
        "Số học viên\n"
        "6\n"
        "180\n"
        "Có 44 dịch vụ công trực tuyến mức độ 4\n"
        "90% văn bản được gửi, nhận dưới dạng điện tử\n"
    )
    assert rebuild_cell_rows(text) == text  # no header of columns of values: the lines stay lines
    got = read(text, issued=2019, genre="report")
    assert got == {
        ("online_services_level4_count", "baseline", "all", 2019, 44.0),
        ("edocument_exchange_pct", "baseline", "all", 2019, 90.0),
    }


def test_a_unit_alone_on_its_line_is_not_joined_to_the_label_above():
    text = "Số dịch vụ công trực tuyến mức độ 3\ndịch vụ\n142\n"
    assert unwrap_lines(text) == text
    # a unit after a number still goes on with its sentence (`… dự kiến là` / `68.400` / `triệu đồng`)
    wrapped = "Tổng kinh phí thực hiện Kế hoạch giai đoạn này dự kiến là\n6.400\ntriệu đồng, từ ngân sách tỉnh.\n"
    assert "\n" not in unwrap_lines(wrapped).rstrip("\n")


PDFTOTEXT = (
    "Kết quả các năm như sau:\n"
    " TT   Chỉ tiêu                                   Đơn vị    Năm 2017    Năm 2018\n"
    " 1    Tỷ lệ cán bộ, công chức được cấp hộp thư     %          71          84\n"
    "      điện tử công vụ\n"
    " 2    Tỷ lệ xã, phường, thị trấn được kết nối\n"
    "      mạng truyền số liệu chuyên dùng              %          52          69\n"
    " 3    Số cán bộ chuyên trách công nghệ             người      27          33\n"
    "      thông tin\n"
)


def test_pdftotext_rows_with_labels_wrapped_above_or_below_their_numbers():
    assert unwrap_lines(PDFTOTEXT) == PDFTOTEXT  # no line of the column layout is joined to another
    got = read(PDFTOTEXT, issued=2019)
    assert got == {
        ("staff_with_email_pct", "baseline", "all", 2017, 71.0),
        ("staff_with_email_pct", "baseline", "all", 2018, 84.0),
        ("communes_on_specialized_network_pct", "baseline", "commune", 2017, 52.0),
        ("communes_on_specialized_network_pct", "baseline", "commune", 2018, 69.0),
        ("it_staff_count", "baseline", "all", 2017, 27.0),
        ("it_staff_count", "baseline", "all", 2018, 33.0),
    }


def test_a_justified_line_with_one_wide_gap_still_wraps():
    text = "Phần mềm quản lý văn bản và điều hành được triển khai tại\n96   đơn vị của tỉnh.\n"
    assert "\n" not in unwrap_lines(text).rstrip("\n")


def test_a_transposed_table_gives_each_cell_for_its_rows_year():
    text = (
        "| Năm | Số dịch vụ công trực tuyến mức độ 3 | Tỷ lệ cơ quan nhà nước sử dụng chữ ký số (%) |\n"
        "|:---:|---|---|\n"
        "| 2016 | 88 | 40 |\n"
        "| 2017 | 126 | 55% |\n"
        "\n"
        "Tỷ lệ trên tiếp tục tăng.\n"
    )
    got = read(text, issued=2018)
    assert got == {
        ("online_services_level3_count", "baseline", "all", 2016, 88.0),
        ("online_services_level3_count", "baseline", "all", 2017, 126.0),
        ("agencies_using_digital_signature_pct", "baseline", "all", 2016, 40.0),
        ("agencies_using_digital_signature_pct", "baseline", "all", 2017, 55.0),
    }


def test_a_state_and_goal_row_gives_the_baseline_and_the_target_across_a_page_break():
    text = (
        " TT   Chỉ tiêu                              Đơn vị    Hiện trạng    Mục tiêu\n"
        "                                                      năm 2018      năm 2023\n"
        " 1    Số dịch vụ công trực tuyến            dịch vụ   95            400\n"
        "      mức độ 4\n"
        "                                                                         2\n"
        "\f 2    Tỷ lệ văn bản trao đổi dưới dạng      %         58            95\n"
        "      điện tử giữa các cơ quan nhà nước\n"
    )
    got = read(text, issued=2019, period=(2019, 2023), table_only=True)
    assert got == {
        ("online_services_level4_count", "baseline", "all", 2018, 95.0),
        ("online_services_level4_count", "target", "all", 2023, 400.0),
        ("edocument_exchange_pct", "baseline", "all", 2018, 58.0),
        ("edocument_exchange_pct", "target", "all", 2023, 95.0),
    }


def test_a_markdown_budget_table_with_a_period_column_notes_and_empty_cells():
    text = (
        "Đơn vị tính: triệu đồng\n"
        "| STT | Hạng mục | Năm 2020 | Năm 2021 | Giai đoạn 2020-2021 | Ghi chú |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Phần mềm dùng chung | 1.200 | 1.800 | 3.000 | |\n"
        "| | Tổng cộng | 2.000 | 2.600 | 4.600 | |\n"
        "| | Ngân sách Trung ương | 500 | 500 | 1.000 | Hỗ trợ |\n"
    )
    got = read(text, issued=2019, period=(2020, 2021), table_only=True)
    assert got == {
        (TOTAL, "target", "all", (2020, 2021), 4600.0),
        (TOTAL, "target", "all", 2020, 2000.0),
        (TOTAL, "target", "all", 2021, 2600.0),
        (CENTRAL, "target", "all", (2020, 2021), 1000.0),
        (CENTRAL, "target", "all", 2020, 500.0),
        (CENTRAL, "target", "all", 2021, 500.0),
    }


def test_a_pdftotext_budget_table_with_a_wrapped_period_header_a_footer_and_sources_under_trong_do():
    text = (
        "                                              Đơn vị tính: triệu đồng\n"
        " TT   Nội dung                  Năm 2020    Năm 2021    Giai đoạn    Ghi chú\n"
        "                                                        2020-2021\n"
        " 1    Hạ tầng                     900         700         1.600      Mua sắm\n"
        "                                                                   Trang 4\n"
        "\f      Tổng cộng                 1.500       1.300       2.800\n"
        "      Trong đó:\n"
        "      - Ngân sách tỉnh            1.500       1.300       2.800\n"
    )
    got = read(text, issued=2019, period=(2020, 2021), table_only=True)
    assert got == {
        (TOTAL, "target", "all", (2020, 2021), 2800.0),
        (TOTAL, "target", "all", 2020, 1500.0),
        (TOTAL, "target", "all", 2021, 1300.0),
        (LOCAL, "target", "all", (2020, 2021), 2800.0),
        (LOCAL, "target", "all", 2020, 1500.0),
        (LOCAL, "target", "all", 2021, 1300.0),
    }


def test_a_rebuilt_tables_facts_quote_the_source_between_their_offsets():
    text = "KẾ HOẠCH năm 2019\n" + ONE_CELL_PER_LINE
    source = SourceText("t.txt", Path("t.txt"), text, "0" * 64, "utf-8")
    _, facts, _, _ = extract_source_numbers(source)
    table = [f for f in facts if f.rule.startswith("table.")]
    assert len(table) == 4
    for f in table:
        assert f.quote == text[f.char_start : f.char_end]
        assert "\n" in f.quote  # the row as the source writes it: a cell per line
