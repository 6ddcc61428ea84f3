"""Round 9 of issue #11: computers of staff named with their level, staff totals raised, a city's own block
(`khối thành phố`), money tables whose unit stands above them, and amounts of IT money with no `cho` after the
budget word.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020 (a baseline with no year of
its own is 2018, a target 2020).
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, _read, facts


# --- computers of staff, the level named between the staff and what they have ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay, tỷ lệ cán bộ, công chức cấp xã có máy tính đạt 87%.",
            {B("staff_with_computer_pct", "commune", 87)},
        ),
        (
            "Tỷ lệ công chức cấp huyện có máy tính phục vụ công việc là 94%.",
            {B("staff_with_computer_pct", "district", 94)},
        ),
        (
            "Phấn đấu đến năm 2020, 100% cán bộ, công chức ở các sở, ngành có máy tính để làm việc.",
            {T("staff_with_computer_pct", "province", 100)},
        ),
        (
            "Tỷ lệ cán bộ, công chức cấp xã được trang bị máy tính đạt 81%.",
            {B("staff_with_computer_pct", "commune", 81)},
        ),
        (
            "Đến nay, 97% cán bộ, công chức cấp huyện được cấp máy tính để làm việc.",
            {B("staff_with_computer_pct", "district", 97)},
        ),
    ],
)
def test_computers_of_staff_with_their_level(text, expected):
    assert facts(text) == expected


def test_computers_connected_to_the_internet_are_not_computers_of_staff():
    assert facts("Tỷ lệ cán bộ, công chức cấp xã có máy tính kết nối Internet đạt 70%.") == set()
    assert facts("Hiện nay 75% cán bộ cấp xã được cấp máy tính có kết nối mạng.") == set()


# --- staff totals raised: the total is the count, the staff added is not --------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So với năm trước, số cán bộ chuyên trách CNTT của tỉnh tăng thêm 18 người, nâng tổng số lên 142 người.",
            {B("it_staff_count", "all", 142)},
        ),
        (
            "Năm 2017, tỉnh đã bổ sung 12 cán bộ chuyên trách CNTT, nâng tổng số lên 96 người.",
            {B("it_staff_count", "all", 96, 2017)},
        ),
        (
            "Trong năm 2019, tỉnh sẽ nâng tổng số cán bộ chuyên trách CNTT lên 210 người.",
            {T("it_staff_count", "all", 210, 2019)},
        ),
    ],
)
def test_staff_total_raised(text, expected):
    assert facts(text) == expected


def test_a_total_raised_of_other_people_is_no_staff_count():
    assert facts("Cổng thông tin có thêm 900 người dùng, nâng tổng số lên 4.500 người.") == set()


def test_a_total_raised_after_a_comma_keeps_the_tense_of_its_clause():
    got = facts("Tỉnh đã đưa thêm 20 dịch vụ công trực tuyến mức độ 4, nâng tổng số lên 64.")
    assert got == {B("online_services_level4_count", "all", 64)}


# --- a city's own block -------------------------------------------------------------------------------------------
def test_a_citys_own_block_is_its_province_level():
    got = facts("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan: khối thành phố đạt 85%, quận, huyện 60%.")
    assert got == {B("edocument_exchange_pct", "province", 85), B("edocument_exchange_pct", "district", 60)}


# --- IT money as the subject, with no `cho` after the budget word ---------------------------------------------------
def _money(text: str, issued: int = 2018) -> set[tuple]:
    return {f for f in facts(text, issued=issued) if f[0].startswith("budget_")}


def test_it_money_named_without_cho():
    assert _money("Kinh phí phát triển công nghệ thông tin năm 2017 là 26 tỷ đồng.") == {
        ("budget_total_mvnd", "baseline", "all", 2017, 26000.0, None)
    }
    got = _money("Trong giai đoạn 2016-2020, vốn đầu tư cho các dự án ứng dụng CNTT của tỉnh là 318 tỷ đồng.")
    assert {(f[0], f[4]) for f in got} == {("budget_total_mvnd", 318000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Vốn đầu tư phát triển toàn xã hội giai đoạn 2016-2020 đạt 52.000 tỷ đồng.",
        "Vốn đầu tư cho các dự án giao thông năm 2017 là 640 tỷ đồng.",
        "Chi đầu tư phát triển của tỉnh năm 2017 là 4.100 tỷ đồng.",
    ],
)
def test_money_that_is_not_for_it_is_no_budget(text):
    assert _money(text) == set()


# --- a budget table with one amount column, its unit above it --------------------------------------------------------
def _table_facts(text: str) -> set[tuple]:
    _, _, _, kept = _read(text)
    return {(f.indicator, f.year, f.period_start, f.period_end, f.value) for f in kept}


def test_a_one_column_budget_table_with_its_unit_and_year_in_the_caption():
    text = (
        "III. KINH PHÍ\n"
        "Bảng 2. Dự toán kinh phí thực hiện năm 2019 (đơn vị: triệu đồng)\n\n"
        "| TT | Nội dung | Kinh phí |\n"
        "| 1 | Nâng cấp hạ tầng | 7.300 |\n"
        "| 2 | Phần mềm dùng chung | 5.150 |\n"
        "| | Tổng cộng | 12.450 |\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
    )
    assert _table_facts(text) == {("budget_total_mvnd", 2019, None, None, 12450.0)}


def test_a_one_column_budget_table_with_its_unit_on_a_line_above_and_a_source_row():
    text = (
        "Đơn vị tính: tỷ đồng\n"
        "| STT | Hạng mục | Thành tiền |\n"
        "| 1 | Trung tâm dữ liệu | 14 |\n"
        "| 2 | Đào tạo | 2,5 |\n"
        "| | Ngân sách tỉnh | 16,5 |\n"
        "| | Tổng cộng | 16,5 |\n"
    )
    # no time in the caption: the document's period (2016-2020), multi-year
    assert _table_facts(text) == {
        ("budget_total_mvnd", None, 2016, 2020, 16500.0),
        ("budget_local_mvnd", None, 2016, 2020, 16500.0),
    }


def test_a_one_column_table_with_no_unit_of_money_is_no_budget():
    text = "| TT | Nội dung | Tổng số |\n| 1 | Máy chủ | 12 |\n| | Tổng cộng | 40 |\n"
    assert not {f for f in _table_facts(text) if f[0].startswith("budget_")}
