"""Levels written as blocks, a city's levels and several levels named together (issue #11, round 8).

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. A test text is read
as a document issued in 2018 for the plan period 2016-2020, so a baseline with no year of its own is 2018 and a
target with none is 2020.
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, facts

CASES = [
    # Levels as blocks: `khối tỉnh` is the province, as `khối huyện`, `khối xã` are their levels.
    (
        "Hiện nay tỷ lệ cán bộ được trang bị máy tính: khối tỉnh đạt 88%, khối huyện 64%, khối xã 35%.",
        {
            B("staff_with_computer_pct", "province", 88),
            B("staff_with_computer_pct", "district", 64),
            B("staff_with_computer_pct", "commune", 35),
        },
    ),
    # Two blocks with one value are several levels (all); the next block has its own value.
    (
        "Phấn đấu 100% cán bộ, công chức khối tỉnh và khối huyện được cấp hộp thư điện tử; khối xã đạt 60%.",
        {T("staff_with_email_pct", "all", 100), T("staff_with_email_pct", "commune", 60)},
    ),
    # A city's communes (`phường, xã`) after a value that ends a list.
    (
        "Đến năm 2020, 100% UBND quận, huyện và 85% UBND phường, xã, thị trấn triển khai một cửa điện tử.",
        {T("agencies_with_eonestop_pct", "district", 100), T("agencies_with_eonestop_pct", "commune", 85)},
    ),
    # A city's departments and districts with one value are two levels (all).
    (
        "Đến năm 2020, 100% cơ quan chuyên môn thuộc UBND thành phố, UBND các quận, huyện sử dụng chữ ký số.",
        {T("agencies_using_digital_signature_pct", "all", 100)},
    ),
    # Three levels in words (`ở cả ba cấp`) are all, beside the parts that follow.
    (
        "Năm 2018, tỷ lệ cán bộ thường xuyên sử dụng thư điện tử ở cả ba cấp đạt 61%; riêng cấp xã mới đạt 25%.",
        {B("staff_email_usage_pct", "all", 61), B("staff_email_usage_pct", "commune", 25)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_levels(text, expected):
    assert facts(text) == expected
