"""Levels of facts (issue #11, round 9): a table with a column per level, lists by level that meet an item of two
levels at once, parts by level after `trong đó` or in parentheses, a level named in one clause and the value in
the next.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

from test_extract_wording import B, T, facts


# --- a table with a column per level -------------------------------------------------------------------------------
def test_a_table_with_a_column_per_level_gives_each_cell_its_level():
    text = (
        "II. MỤC TIÊU ĐẾN NĂM 2020\n"
        "| TT | Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã |\n"
        "| 1 | Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước | 90% | 75% | 45% |\n"
        "| 2 | Tỷ lệ cán bộ, công chức thường xuyên sử dụng thư điện tử công vụ | 100% | 85% | 60% |\n"
    )
    assert facts(text) == {
        T("edocument_exchange_pct", "province", 90),
        T("edocument_exchange_pct", "district", 75),
        T("edocument_exchange_pct", "commune", 45),
        T("staff_email_usage_pct", "province", 100),
        T("staff_email_usage_pct", "district", 85),
        T("staff_email_usage_pct", "commune", 60),
    }


def test_a_city_table_by_level_in_a_review_gives_baselines():
    text = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2017\n"
        "| Nội dung | Cấp thành phố | Cấp quận, huyện | Cấp phường, xã |\n"
        "| Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan | 95% | 80% | 52% |\n"
    )
    assert facts(text) == {
        B("edocument_exchange_pct", "province", 95, 2017),
        B("edocument_exchange_pct", "district", 80, 2017),
        B("edocument_exchange_pct", "commune", 52, 2017),
    }


def test_a_header_naming_two_levels_in_one_cell_is_no_table_by_level():
    text = (
        "II. MỤC TIÊU ĐẾN NĂM 2020\n"
        "| Chỉ tiêu | Cấp tỉnh, huyện | Cấp xã |\n"
        "| Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước | 90% | 45% |\n"
    )
    found = facts(text)
    assert not any(f[2] == "province" for f in found)
