"""How plans and decisions give their figures, met while writing the development set `dev_plans` (issue #11, round 4).

Every text here was written for this file, in our own words, after the kinds of wording catalogued in docs/phrasing.md
(not copied from the development set). A text is read as a plan issued in 2017 for the period 2017-2020 unless it
says otherwise: a baseline with no year of its own is 2017, a target 2020.
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
            assert ctx.text[f.value_start : f.value_end].strip(" %") in f.quote
    return found


def facts(text: str) -> set[tuple]:
    """(indicator, kind, scope, year or period, value) of every fact read from `text`."""
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, f.scope, when(f), f.value) for f in read(text)}


def T(indicator, scope, value, year=2020):  # a target
    return (indicator, "target", scope, year, float(value))


def B(indicator, scope, value, year=2017):  # a baseline
    return (indicator, "baseline", scope, year, float(value))


def test_a_table_of_targets_with_bars_and_a_header_of_years():
    text = (
        "II. MỤC TIÊU\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2018 | Năm 2019 | Năm 2020 |\n"
        "| 1 | Tỷ lệ hồ sơ, văn bản gửi nhận dưới dạng điện tử giữa các cơ quan | % | 55 | 70 | 85 |\n"
        "| 2 | Số dịch vụ công trực tuyến mức độ 3 | dịch vụ | 90 | 140 | 200 |\n"
    )
    assert facts(text) == {
        T("edocument_exchange_pct", "all", 55, 2018),
        T("edocument_exchange_pct", "all", 70, 2019),
        T("edocument_exchange_pct", "all", 85, 2020),
        T("online_services_level3_count", "all", 90, 2018),
        T("online_services_level3_count", "all", 140, 2019),
        T("online_services_level3_count", "all", 200, 2020),
    }


def test_a_tab_separated_table_takes_the_level_its_label_names():
    text = (
        "II. CHỈ TIÊU\n"
        "Chỉ tiêu\tĐơn vị\t2018\t2020\n"
        "Tỷ lệ UBND cấp xã có hệ thống hội nghị truyền hình trực tuyến\t%\t35\t80\n"
        "Tỷ lệ cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ\t%\t95\t100\n"
    )
    assert facts(text) == {
        T("communes_with_videoconference_pct", "commune", 35, 2018),
        T("communes_with_videoconference_pct", "commune", 80, 2020),
        T("staff_with_email_pct", "province", 95, 2018),
        T("staff_with_email_pct", "province", 100, 2020),
    }


def test_a_column_of_a_year_before_the_plan_is_a_baseline():
    text = (
        "II. MỤC TIÊU\n"
        "Nội dung   Đơn vị   Năm 2016   Năm 2018   Năm 2020\n"
        "Tỷ lệ cơ quan sử dụng chữ ký số   %   30   60   100\n"
    )
    assert facts(text) == {
        B("agencies_using_digital_signature_pct", "all", 30, 2016),
        T("agencies_using_digital_signature_pct", "all", 60, 2018),
        T("agencies_using_digital_signature_pct", "all", 100, 2020),
    }


def test_rows_of_money_and_rows_about_no_indicator_are_left_alone():
    text = (
        "III. KINH PHÍ (triệu đồng)\n"
        "| TT | Nội dung | 2018 | 2019 | 2020 |\n"
        "| 1 | Nâng cấp hạ tầng mạng | 1.200 | 1.500 | 900 |\n"
        "| 2 | Tổng kinh phí | 2.000 | 2.500 | 1.900 |\n"
        "| 3 | Tỷ lệ dân số sử dụng Internet | % | 40 | 50 |\n"
    )
    # Round 5: a budget table's total row gives one total per year (conventions, round 4); its other rows are
    # parts, and no row of a money table is read as an indicator's.
    table = [f for f in read(text) if f.rule.startswith("table.")]
    assert {(f.indicator, f.year, f.value) for f in table} == {
        ("budget_total_mvnd", 2018, 2000.0),
        ("budget_total_mvnd", 2019, 2500.0),
        ("budget_total_mvnd", 2020, 1900.0),
    }


def test_a_table_ends_at_a_line_that_is_no_row():
    text = (
        "| Chỉ tiêu | Đơn vị | Năm 2019 | Năm 2020 |\n"
        "| Tỷ lệ văn bản trao đổi dưới dạng điện tử | % | 70 | 90 |\n"
        "Ghi chú: số liệu năm 2019 là ước thực hiện.\n"
        "Số dịch vụ công trực tuyến mức độ 4   dịch vụ   12   30\n"
    )
    assert {f for f in facts(text) if f[0] != "edocument_exchange_pct"} == set()


def test_numbers_in_legal_references_are_no_facts():
    text = (
        "Căn cứ Nghị định 64/2007/NĐ-CP và Quyết định 1819/QĐ-TTg ngày 26/10/2015; thực hiện theo Điều 5 Nghị định "
        "43/2011/NĐ-CP.\nII. MỤC TIÊU\na) 100% cơ quan cấp tỉnh, 70% cấp huyện và 40% cấp xã sử dụng phần mềm quản lý "
        "văn bản và điều hành.\n"
    )
    assert facts(text) == {
        T("agencies_using_document_management_pct", "province", 100),
        T("agencies_using_document_management_pct", "district", 70),
        T("agencies_using_document_management_pct", "commune", 40),
    }


def test_two_targets_with_two_years_in_one_item():
    text = (
        "II. MỤC TIÊU\nb) Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan: đến năm 2018 đạt 50%; đến năm 2020 đạt 80%."
    )
    assert facts(text) == {T("edocument_exchange_pct", "all", 50, 2018), T("edocument_exchange_pct", "all", 80, 2020)}


def test_keeping_a_share_is_a_target_of_it_and_a_per_unit_minimum_is_no_fact():
    text = (
        "II. MỤC TIÊU\n- Duy trì 100% cán bộ, công chức cấp tỉnh có máy tính phục vụ công việc.\n"
        "- Tối thiểu mỗi sở, ngành có 01 cán bộ chuyên trách CNTT.\n"
    )
    assert facts(text) == {T("staff_with_computer_pct", "province", 100)}
