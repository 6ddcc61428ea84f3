"""Budget tables in columns (issue #11, round 5): a header of years, a `Tổng cộng` row and rows by source.

Every text here was written for this file, in our own words, after the kinds of wording catalogued in docs/phrasing.md.
A text is read as a plan issued in 2017 for the period 2017-2020 unless it says otherwise.
"""

from __future__ import annotations

from analysis.extract import extract_facts
from analysis.extract.facts import DocContext


def read(text: str) -> list:
    ctx = DocContext("t", "t.txt", text, issued_year=2017, period_start=2017, period_end=2020)
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its exact quote, and its value span is on the number
        assert ctx.text[f.char_start : f.char_end] == f.quote
        if f.value_start is not None:
            assert ctx.text[f.value_start : f.value_end] in f.quote
    return found


def facts(text: str) -> set[tuple]:
    """(indicator, kind, year or period, value) of every fact read from `text` (all facts here are of scope all)."""
    found = read(text)
    assert all(f.scope == "all" for f in found)
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, when(f), f.value) for f in found}


TOTAL, LOCAL, CENTRAL = "budget_total_mvnd", "budget_local_mvnd", "budget_central_mvnd"


def test_a_table_in_runs_of_spaces_gives_the_period_total_and_one_total_per_year():
    text = (
        "V. KINH PHÍ THỰC HIỆN\n"
        "Dự kiến kinh phí (Đơn vị tính: tỷ đồng)\n"
        "STT   Nội dung                 Tổng số    2018    2019    2020\n"
        "1     Nâng cấp hạ tầng mạng    6,5        2       2,5     2\n"
        "2     Đào tạo cán bộ           1,5        0,5     0,5     0,5\n"
        "      Tổng cộng                8          2,5     3       2,5\n"
    )
    assert facts(text) == {
        (TOTAL, "target", (2018, 2020), 8000.0),
        (TOTAL, "target", 2018, 2500.0),
        (TOTAL, "target", 2019, 3000.0),
        (TOTAL, "target", 2020, 2500.0),
    }


def test_a_tab_table_by_source_gives_each_source_its_part():
    text = (
        "IV. KINH PHÍ\n"
        "Nguồn vốn\tTổng (triệu đồng)\tNăm 2019\tNăm 2020\n"
        "Ngân sách Trung ương\t4.000\t1.500\t2.500\n"
        "Ngân sách tỉnh\t6.000\t2.000\t4.000\n"
        "Tổng cộng\t10.000\t3.500\t6.500\n"
    )
    assert facts(text) == {
        (CENTRAL, "target", (2019, 2020), 4000.0),
        (CENTRAL, "target", 2019, 1500.0),
        (CENTRAL, "target", 2020, 2500.0),
        (LOCAL, "target", (2019, 2020), 6000.0),
        (LOCAL, "target", 2019, 2000.0),
        (LOCAL, "target", 2020, 4000.0),
        (TOTAL, "target", (2019, 2020), 10000.0),
        (TOTAL, "target", 2019, 3500.0),
        (TOTAL, "target", 2020, 6500.0),
    }


def test_rows_of_items_without_a_total_are_parts_not_facts():
    text = (
        "III. KINH PHÍ (đơn vị: triệu đồng)\n"
        "TT    Hạng mục                      2018      2019\n"
        "1     Mua sắm máy tính              1.200     900\n"
        "2     Phần mềm quản lý văn bản      800       600\n"
    )
    assert facts(text) == set()


def test_columns_of_years_before_the_document_are_money_spent():
    text = (
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Kinh phí đã bố trí cho ứng dụng CNTT (ĐVT: triệu đồng)\n"
        "Nội dung        2015       2016\n"
        "Tổng cộng       3.000      4.200\n"
    )
    assert facts(text) == {(TOTAL, "baseline", 2015, 3000.0), (TOTAL, "baseline", 2016, 4200.0)}


def test_a_table_of_indicators_under_a_sentence_about_money_stays_a_table_of_indicators():
    text = (
        "II. MỤC TIÊU\n"
        "Kế hoạch dành 2 tỷ đồng cho các nhiệm vụ sau.\n"
        "Chỉ tiêu                               Đơn vị      2019     2020\n"
        "Số dịch vụ công trực tuyến mức độ 3    dịch vụ     120      180\n"
    )
    found = facts(text)
    assert ("online_services_level3_count", "target", 2019, 120.0) in found
    assert ("online_services_level3_count", "target", 2020, 180.0) in found


def test_the_total_from_one_source_in_other_words():
    text = "Tổng kinh phí được bố trí từ nguồn ngân sách tỉnh khoảng 9.800 triệu đồng."
    assert facts(text) == {(TOTAL, "target", (2017, 2020), 9800.0), (LOCAL, "target", (2017, 2020), 9800.0)}


def test_tr_dong_is_million_dong():
    assert facts("Tổng kinh phí thực hiện Kế hoạch là 640 tr đồng.") == {(TOTAL, "target", (2017, 2020), 640.0)}


def test_hundreds_of_millions_in_words_after_the_billions():
    text = "Tổng kinh phí thực hiện Kế hoạch là 5 tỷ sáu trăm triệu đồng."
    assert facts(text) == {(TOTAL, "target", (2017, 2020), 5600.0)}


def test_a_period_column_after_the_years_and_a_source_row_with_a_dash():
    text = (
        "VI. KINH PHÍ (đơn vị: triệu đồng)\n"
        "| TT | Nguồn | Năm 2018 | Năm 2019 | Năm 2020 | Cộng |\n"
        "| 1 | - Vốn TW | 300 | 400 | 300 | 1.000 |\n"
        "| 2 | - Vốn đối ứng của tỉnh | 200 | 200 | 100 | 500 |\n"
        "| | Tổng cộng | 500 | 600 | 400 | 1.500 |\n"
    )
    assert facts(text) == {
        (CENTRAL, "target", (2018, 2020), 1000.0),
        (CENTRAL, "target", 2018, 300.0),
        (CENTRAL, "target", 2019, 400.0),
        (CENTRAL, "target", 2020, 300.0),
        (LOCAL, "target", (2018, 2020), 500.0),
        (LOCAL, "target", 2018, 200.0),
        (LOCAL, "target", 2019, 200.0),
        (LOCAL, "target", 2020, 100.0),
        (TOTAL, "target", (2018, 2020), 1500.0),
        (TOTAL, "target", 2018, 500.0),
        (TOTAL, "target", 2019, 600.0),
        (TOTAL, "target", 2020, 400.0),
    }
