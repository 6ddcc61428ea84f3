"""Tables as OCR gives them (issue #11, round 18): rows split by tabs, blank lines and page breaks between rows, a
header wrapped over two lines, a row label wrapped onto lines of its own, a row that lost a cell.

Every table here was written for this file, in our own words and figures, in the shape Tesseract returns a printed,
ruled table (see formats.py and benchmarks/bench_scans.py). A text is read as a plan issued in 2018 for 2018-2020,
after the wrapped lines were joined as `extract_corpus` joins them (unwrap.py).
"""

from __future__ import annotations

from analysis.extract import extract_facts
from analysis.extract.facts import DocContext
from analysis.extract.unwrap import unwrap_lines


def read(text: str, table_only: bool = False) -> set[tuple]:
    """(indicator, kind, scope, year or period, value) of the facts read (with table_only, of the table rules')."""
    ctx = DocContext("t", "t.txt", unwrap_lines(text), issued_year=2018, period_start=2018, period_end=2020)
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its exact quote, and its value span is on the number
        assert text[f.char_start : f.char_end].replace("\n", " ") == f.quote.replace("\n", " ")
        if f.value_start is not None:
            assert f.char_start <= f.value_start < f.value_end <= f.char_end
            assert text[f.value_start : f.value_end].rstrip("%").replace(".", "").replace(",", "").isdigit()
    if table_only:
        found = [f for f in found if f.rule.startswith("table.")]
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, f.scope, when(f), f.value) for f in found}


TOTAL, LOCAL, CENTRAL = "budget_total_mvnd", "budget_local_mvnd", "budget_central_mvnd"


def test_a_by_year_budget_table_goes_on_over_blank_lines_and_a_page_break():
    text = (
        "Phụ lục 2\n"
        "DỰ KIẾN KINH PHÍ THEO NĂM\n"
        "(Đơn vị: triệu đồng)\n"
        "\n"
        "Năm\tTổng kinh phí\tNgân sách Trung ương\tNgân sách tỉnh\n"
        "\n"
        "2018\t7.300\t2.100\t5.200\n"
        "\f\n"
        "2019\t8.800\t2.600\t6.200\n"
        "  \n"
        "2020\t9.100\t2.900\t6.200\n"
        "\n"
        "Tổng cộng\t25.200\t7.600\t17.600\n"
    )
    got = read(text)
    for year, total, central, local in ((2019, 8800.0, 2600.0, 6200.0), (2020, 9100.0, 2900.0, 6200.0)):
        assert (TOTAL, "target", "all", year, total) in got
        assert (CENTRAL, "target", "all", year, central) in got
        assert (LOCAL, "target", "all", year, local) in got
    assert (TOTAL, "target", "all", (2018, 2020), 25200.0) in got
    assert (LOCAL, "target", "all", (2018, 2020), 17600.0) in got


OCR_TABLE = (
    "II. CHỈ TIÊU\n"
    "\n"
    "Đơn\tMục tiêu\tMục tiêu\n"
    "TT\tChỉ tiêu\tvị\t2019\t2020\n"
    "\n"
    "1\tTỷ lệ cán bộ, công chức dùng thư điện tử công vụ\t%\t70\t90\n"
    "\n"
    "Tỷ lệ cơ quan cấp huyện gửi, nhận văn bản điện tử —\t65\t95\n"
    "qua trục liên thông của tỉnh\n"
    "\n"
    "Số thủ tục hành chính cung cấp trực tuyến\n"
    "3\tMức độ 4\tthủ tục\t150\t320\n"
    "\n"
    "III. NHIỆM VỤ\n"
    "Triển khai các nhiệm vụ đã nêu.\n"
)


def test_a_row_that_lost_its_code_and_unit_cells_is_read_aligned_on_the_right():
    got = read(OCR_TABLE)
    assert ("edocument_exchange_pct", "target", "district", 2019, 65.0) in got
    assert ("edocument_exchange_pct", "target", "district", 2020, 95.0) in got


def test_a_label_on_a_line_of_its_own_lends_its_words_to_the_numbers_below():
    got = read(OCR_TABLE)
    assert ("online_services_level4_count", "target", "all", 2019, 150.0) in got
    assert ("online_services_level4_count", "target", "all", 2020, 320.0) in got


def test_a_wrapped_label_line_does_not_end_the_table_nor_join_the_row_above():
    text = (
        "II. CHỈ TIÊU\n"
        "Chỉ tiêu\tĐơn vị\t2019\t2020\n"
        "Tỷ lệ văn bản trao đổi dưới dạng điện tử\t%\t55\t85\n"
        "giữa các sở, ban, ngành\n"
        "Tỷ lệ cán bộ, công chức dùng thư điện tử công vụ\t%\t60\t95\n"
    )
    got = read(text)
    assert ("edocument_exchange_pct", "target", "all", 2020, 85.0) in got
    assert ("staff_email_usage_pct", "target", "all", 2019, 60.0) in got
    assert ("staff_email_usage_pct", "target", "all", 2020, 95.0) in got


def test_a_row_short_of_cells_with_words_among_its_figures_is_not_read():
    text = "II. CHỈ TIÊU\nChỉ tiêu\tĐơn vị\t2019\t2020\nTỷ lệ văn bản trao đổi dưới dạng điện tử\tkhoảng\t60\n"
    assert not {f for f in read(text, table_only=True) if f[0] == "edocument_exchange_pct"}


def test_numbers_in_tab_separated_lines_with_no_header_of_years_give_no_table_fact():
    text = "Danh sách mã số\nTỷ lệ\t12\t40\n\nSố dịch vụ công trực tuyến mức độ 4\t17\t25\n"
    assert read(text, table_only=True) == set()


def test_a_note_under_a_table_ends_it():
    text = (
        "II. CHỈ TIÊU\n"
        "Chỉ tiêu\tĐơn vị\t2019\t2020\n"
        "Tỷ lệ văn bản trao đổi dưới dạng điện tử\t%\t55\t85\n"
        "Ghi chú: số liệu do Sở tổng hợp.\n"
        "Tỷ lệ cán bộ, công chức dùng thư điện tử công vụ\t%\t60\t95\n"
    )
    assert not {f for f in read(text, table_only=True) if f[0] == "staff_email_usage_pct"}


def test_a_header_of_years_and_the_first_row_on_one_line_are_read_apart():
    text = (
        "II. CHỈ TIÊU\n"
        "Đơn\tNăm\tNăm\tNăm TT\tChỉ tiêu\tvị\t2018\t2019\t2020 1\tTỷ lệ cán bộ, công chức dùng thư điện tử công vụ"
        "\t%\t65\t80\t95\n"
        "\n"
        "2\tSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t30\t60\t110\n"
    )
    got = read(text, table_only=True)
    assert ("staff_email_usage_pct", "target", "all", 2019, 80.0) in got
    assert ("online_services_level4_count", "target", "all", 2020, 110.0) in got


def test_a_label_whose_last_words_come_on_the_line_below_its_numbers_is_read_whole():
    text = (
        "II. CHỈ TIÊU\n"
        "TT\tChỉ tiêu\tĐơn vị\t2019\t2020\n"
        "1\tTỷ lệ cán bộ, công chức thường xuyên\t%\t75\t90\n"
        "dùng thư điện tử công vụ\n"
        "\n"
        "2\tTỷ lệ UBND cấp xã có phòng họp\t%\t40\t80\n"
        "trực tuyến kết nối với tỉnh\n"
    )
    got = read(text, table_only=True)
    assert ("staff_email_usage_pct", "target", "all", 2019, 75.0) in got
    assert ("staff_email_usage_pct", "target", "all", 2020, 90.0) in got


def test_a_garbled_line_of_tab_cells_between_rows_does_not_end_the_table():
    text = (
        "II. CHỈ TIÊU\n"
        "TT\tChỉ tiêu\tĐơn vị\t2019\t2020\n"
        "1\tTỷ lệ cán bộ, công chức dùng thư điện tử công vụ\t%\t80\t95\n"
        "Y7\t4\tdịch\n"
        "2\tSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t45\t90\n"
    )
    got = read(text, table_only=True)
    assert ("online_services_level4_count", "target", "all", 2019, 45.0) in got
    assert ("online_services_level4_count", "target", "all", 2020, 90.0) in got


def test_a_by_year_header_with_the_first_year_glued_to_its_last_cell_is_read_apart():
    text = (
        "Phụ lục 2. DỰ KIẾN KINH PHÍ\n"
        "(Đơn vị: triệu đồng)\n"
        "Năm\tTổng kinh phí\tNgân sách Trung ương\tNgân sách tỉnh 2019\t6.500\t2.000\t4.500\n"
        "2020\t7.500\t2.500\t5.000\n"
        "Tổng cộng\t14.000\t4.500\t9.500\n"
    )
    got = {(ind, when, value) for ind, _, _, when, value in read(text, table_only=True)}  # any kind: no section
    assert (TOTAL, 2019, 6500.0) in got
    assert (LOCAL, 2019, 4500.0) in got
    assert (CENTRAL, 2020, 2500.0) in got
    assert (TOTAL, (2019, 2020), 14000.0) in got


def test_a_header_cell_that_ends_in_a_year_with_no_figures_after_it_is_not_cut():
    text = (
        "Phụ lục 2. DỰ KIẾN KINH PHÍ\n"
        "(Đơn vị: triệu đồng)\n"
        "Năm\tTổng kinh phí\tNgân sách Trung ương\tGhi chú năm 2019\n"
        "2020\t7.500\t2.500\t\n"
    )
    assert not {f for f in read(text, table_only=True) if f[3] == 2019}


def test_a_state_and_goal_header_wrapped_over_two_lines_gives_each_its_year():
    text = (
        "Phụ lục 1. CÁC CHỈ TIÊU\n"
        "Đơn vị\tHiện trạng\tMục tiêu đến\n"
        "TT\tChỉ tiêu\ttính\t(năm 2018)\tnăm 2021\n"
        "\n"
        "1 Số dịch vụ công trực tuyến mức độ 4\tdịch vụ\t35\t240\n"
    )
    got = read(text, table_only=True)
    assert ("online_services_level4_count", "baseline", "all", 2018, 35.0) in got
    assert ("online_services_level4_count", "target", "all", 2021, 240.0) in got


def test_a_sentence_naming_a_state_a_goal_and_two_years_is_no_header():
    text = (
        "So với hiện trạng năm 2015, mục tiêu năm 2020\tđã rõ.\nSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t35\t240\n"
    )
    assert read(text, table_only=True) == set()
