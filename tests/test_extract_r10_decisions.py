"""Decisions and plans with annexes (issue #11, round 10): a plan's own table of its state and goals (`Hiện trạng
2015 | Mục tiêu 2020`), money tables by year and source, amendments (`điều chỉnh … từ X lên Y`), a year's plan.

Every text here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, facts


# --- a table of the state and the goals --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "goal", "sep"),
    [
        ("Hiện trạng 2016", "Mục tiêu 2020", " | "),
        ("Hiện trạng (năm 2016)", "Mục tiêu đến năm 2020", "\t"),
        ("Hiện trạng năm 2016", "Mục tiêu đến hết năm 2020", " | "),
    ],
)
def test_a_table_of_the_state_and_the_goals_gives_a_baseline_and_a_target_of_the_years_named(state, goal, sep):
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị", state, goal],
        ["1", "Tỷ lệ cơ quan nhà nước dùng chữ ký số", "%", "35", "100"],
        ["2", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "12", "90"],
    ]
    text = "PHỤ LỤC I\n" + "".join(sep.join(r) + "\n" for r in rows)
    assert facts(text) == {
        B("agencies_using_digital_signature_pct", "all", 35, year=2016),
        T("agencies_using_digital_signature_pct", "all", 100),
        B("online_services_level4_count", "all", 12, year=2016),
        T("online_services_level4_count", "all", 90),
    }


def test_a_goal_column_keeps_a_level_the_row_names():
    text = (
        "| STT | Chỉ tiêu | Đơn vị tính | Hiện trạng 2017 | Mục tiêu 2020 |\n"
        "| 1 | Tỷ lệ UBND cấp xã dùng phần mềm quản lý văn bản | % | 55 | 100 |\n"
    )
    assert facts(text) == {
        B("agencies_using_document_management_pct", "commune", 55, year=2017),
        T("agencies_using_document_management_pct", "commune", 100),
    }


# --- staff who use official email --------------------------------------------------------------------------------
def test_staff_who_use_official_email_are_the_usage_share_not_accounts_given():
    text = (
        "Mục tiêu đến năm 2020: 90% cán bộ, công chức dùng hộp thư công vụ; 100% cán bộ được cấp thư điện tử công vụ."
    )
    assert facts(text) == {
        T("staff_email_usage_pct", "all", 90),
        T("staff_with_email_pct", "all", 100),
    }


def test_accounts_given_and_used_stay_accounts_given():
    text = "Mục tiêu đến năm 2020: 95% công chức được cấp và sử dụng thư điện tử công vụ."
    assert facts(text) == {T("staff_with_email_pct", "all", 95)}


# --- items headed by a level ---------------------------------------------------------------------------------------
def test_an_item_headed_by_a_level_gives_it_to_every_clause():
    text = (
        "II. MỤC TIÊU NĂM 2020\n"
        "a) Cấp huyện: 75% văn bản trao đổi dưới dạng điện tử; 90% cán bộ, công chức sử dụng thư điện tử công vụ.\n"
        "b) Cấp xã: 40% văn bản trao đổi dưới dạng điện tử; 65% cán bộ, công chức sử dụng thư điện tử công vụ.\n"
    )
    assert facts(text) == {
        T("edocument_exchange_pct", "district", 75),
        T("staff_email_usage_pct", "district", 90),
        T("edocument_exchange_pct", "commune", 40),
        T("staff_email_usage_pct", "commune", 65),
    }


# --- a budget table with a row per year and a column per source ---------------------------------------------------
@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_budget_table_by_year_gives_each_year_and_the_period_by_source(sep):
    rows = [
        ["Năm", "Tổng kinh phí", "Ngân sách Trung ương", "Ngân sách tỉnh"],
        ["2019", "8.000", "2.000", "6.000"],
        ["2020", "10.500", "2.500", "8.000"],
        ["Tổng cộng", "18.500", "4.500", "14.000"],
    ]
    text = "PHỤ LỤC 2. KINH PHÍ (Đơn vị tính: triệu đồng)\n" + "".join(sep.join(r) + "\n" for r in rows)
    got = facts(text, issued=2019, period=(2019, 2020))
    assert {f for f in got if f[3] is not None} == {
        T("budget_total_mvnd", "all", 8000, year=2019),
        T("budget_central_mvnd", "all", 2000, year=2019),
        T("budget_local_mvnd", "all", 6000, year=2019),
        T("budget_total_mvnd", "all", 10500),
        T("budget_central_mvnd", "all", 2500),
        T("budget_local_mvnd", "all", 8000),
    }
    assert {(f[0], f[4]) for f in got if f[3] is None} == {
        ("budget_total_mvnd", 18500.0),
        ("budget_central_mvnd", 4500.0),
        ("budget_local_mvnd", 14000.0),
    }


def test_a_table_by_year_with_no_unit_of_money_gives_no_amounts():
    text = "Năm | Tổng kinh phí | Ngân sách tỉnh\n2019 | 8.000 | 6.000\n2020 | 9.000 | 7.000\n"
    assert not {f for f in facts(text) if f[0].startswith("budget_")}


# --- a goal changed from one figure to another ----------------------------------------------------------------------
def test_a_service_goal_changed_gives_the_new_figure_only():
    text = "Điều chỉnh chỉ tiêu đến năm 2020: số dịch vụ công trực tuyến mức độ 4 từ 30 lên 75 dịch vụ."
    assert facts(text) == {T("online_services_level4_count", "all", 75)}


def test_a_budget_changed_gives_the_new_amount_only():
    text = (
        "Điều chỉnh tổng kinh phí thực hiện Kế hoạch năm 2019 từ 12.000 triệu đồng lên 15.500 triệu đồng, "
        "trong đó ngân sách tỉnh 15.500 triệu đồng."
    )
    got = facts(text, issued=2019, period=(2019, 2019))
    assert got == {T("budget_total_mvnd", "all", 15500, year=2019), T("budget_local_mvnd", "all", 15500, year=2019)}


def test_a_rise_with_a_year_between_keeps_its_first_amount():
    # a year stands between the two amounts: a rise over time, not a figure replaced (the first is still read)
    text = "Kinh phí ứng dụng CNTT tăng từ 8 tỷ đồng năm 2016 lên 14 tỷ đồng năm 2018."
    assert ("budget_total_mvnd", 8000.0) in {(f[0], f[4]) for f in facts(text)}


def test_the_total_row_of_a_table_by_year_keeps_the_kind_of_its_years():
    text = (
        "Đơn vị: triệu đồng\n"
        "Năm | Tổng kinh phí | Ngân sách Trung ương | Ngân sách tỉnh\n"
        "Năm 2019 | 7.000 | 1.000 | 6.000\n"
        "Năm 2020 | 9.000 | 2.000 | 7.000\n"
        "Tổng cộng | 16.000 | 3.000 | 13.000\n"
    )
    got = facts(text)
    assert {f[1] for f in got} == {"target"}
    assert {(f[0], f[4]) for f in got if f[3] is None} == {
        ("budget_total_mvnd", 16000.0),
        ("budget_central_mvnd", 3000.0),
        ("budget_local_mvnd", 13000.0),
    }
