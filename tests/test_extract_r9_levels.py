"""Levels of facts (issue #11, round 9): a table with a column per level, lists by level that meet an item of two
levels at once, parts by level after `trong đó` or in parentheses, a level named in one clause and the value in
the next.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

import pytest
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


# --- parts by level after `trong đó` and in parentheses, a city's levels -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a city's levels after `trong đó`
            "Đến nay thành phố đã cấp 31.000 hộp thư điện tử công vụ, trong đó cấp thành phố 12.400, cấp quận, huyện "
            "11.100 và cấp phường, xã 7.500.",
            {
                B("email_accounts_count", "all", 31000),
                B("email_accounts_count", "province", 12400),
                B("email_accounts_count", "district", 11100),
                B("email_accounts_count", "commune", 7500),
            },
        ),
        (  # parts in parentheses: the total is of all levels, not the first part's
            "Mạng truyền số liệu chuyên dùng của thành phố hiện kết nối 415 điểm (cấp thành phố 35, cấp quận, huyện 48, "
            "cấp phường, xã 332).",
            {
                B("specialized_network_points_count", "all", 415),
                B("specialized_network_points_count", "province", 35),
                B("specialized_network_points_count", "district", 48),
                B("specialized_network_points_count", "commune", 332),
            },
        ),
        (  # a city's levels in a list by level that ends in none
            "Về nhân lực chuyên trách CNTT: các sở, ban, ngành có 52 người; UBND các quận, huyện có 17 người; các "
            "phường, xã chưa có cán bộ chuyên trách.",
            {
                B("it_staff_count", "province", 52),
                B("it_staff_count", "district", 17),
                B("it_staff_count", "commune", 0),
            },
        ),
    ],
)
def test_parts_by_level_of_a_city(text, expected):
    assert facts(text) == expected


# --- a list by number first that meets an item of two levels at once ----------------------------------------------
def test_an_item_of_two_levels_is_skipped_and_the_next_items_are_read():
    text = (
        "Mạng diện rộng (WAN) của tỉnh đã kết nối 62 đơn vị, gồm: 29 đơn vị sở, ban, ngành, UBND các huyện, thành "
        "phố; 33 xã, phường, thị trấn."
    )
    assert facts(text) == {
        B("wan_connected_units_count", "all", 62),
        B("wan_connected_units_count", "commune", 33),
    }


def test_a_second_count_names_its_level_after_of():
    text = (
        "Cổng thông tin điện tử tỉnh có 19 trang thông tin điện tử thành phần của các sở, ban, ngành và 9 trang của "
        "UBND các huyện, thành phố."
    )
    assert facts(text) == {
        B("component_websites_count", "province", 19),
        B("component_websites_count", "district", 9),
    }


# --- a level in one clause and the value in the next; a level alone after a value; none in words -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the sentence opens with its level, the share is in the clause after `;`
            "Đối với UBND cấp xã, hạ tầng mạng còn nhiều hạn chế; tỷ lệ văn bản điện tử trao đổi giữa các cơ quan mới "
            "đạt 25%.",
            {B("edocument_exchange_pct", "commune", 25)},
        ),
        (  # `Riêng` opens the sentence with its level
            "Riêng cấp huyện, việc ứng dụng CNTT đã có chuyển biến; tỷ lệ văn bản điện tử trao đổi giữa các cơ quan đạt "
            "60%.",
            {B("edocument_exchange_pct", "district", 60)},
        ),
        (  # a share whose words are a level only, after the clause of the share before it
            "Mục tiêu đến năm 2020, 100% sở, ban, ngành sử dụng chữ ký số trong gửi, nhận văn bản điện tử; tối thiểu "
            "70% UBND phường, xã, thị trấn.",
            {
                T("agencies_using_digital_signature_pct", "province", 100),
                T("agencies_using_digital_signature_pct", "commune", 70, qualifier="at_least"),
            },
        ),
        (  # the same after `và`: not the share of e-documents the words before it end with
            "Mục tiêu đến năm 2020, 100% sở, ban, ngành sử dụng chữ ký số trong gửi, nhận văn bản điện tử và tối "
            "thiểu 65% UBND cấp xã.",
            {
                T("agencies_using_digital_signature_pct", "province", 100),
                T("agencies_using_digital_signature_pct", "commune", 65, qualifier="at_least"),
            },
        ),
        (  # a level after the share that has none of it
            "Phần mềm quản lý văn bản và điều hành đã được triển khai tại 100% các sở, ban, ngành; các xã, phường, thị "
            "trấn chưa triển khai phần mềm này.",
            {
                B("agencies_using_document_management_pct", "province", 100),
                B("agencies_using_document_management_pct", "commune", 0),
            },
        ),
    ],
)
def test_a_level_named_in_another_clause(text, expected):
    assert facts(text) == expected


def test_a_level_lacking_staff_after_a_share_is_no_zero_share():
    # `chưa có cán bộ` says a count is none, not the share of agencies before it (the count rules read it)
    text = "Hiện nay 15/18 sở, ngành đã bố trí cán bộ chuyên trách CNTT; cấp xã chưa có cán bộ chuyên trách CNTT."
    assert not any(f[0] == "agencies_with_dedicated_it_staff_pct" and f[2] == "commune" for f in facts(text))


def test_a_city_block_names_the_province_level():
    text = "Tỷ lệ máy tính trên cán bộ, công chức: khối thành phố 98%, quận, huyện 90%, phường, xã 75%."
    assert facts(text) == {
        B("computers_per_staff_pct", "province", 98),
        B("computers_per_staff_pct", "district", 90),
        B("computers_per_staff_pct", "commune", 75),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # parts in parentheses with colons, after a clause that opens with the whole province
            "Toàn tỉnh hiện có 84 cán bộ chuyên trách CNTT (cấp tỉnh: 41 người; cấp huyện: 27 người; cấp xã: 16 người).",
            {
                B("it_staff_count", "all", 84),
                B("it_staff_count", "province", 41),
                B("it_staff_count", "district", 27),
                B("it_staff_count", "commune", 16),
            },
        ),
        (  # blocks as the parts after `trong đó:`
            "Hệ thống thư điện tử công vụ đã cấp 9.800 tài khoản; trong đó: khối tỉnh 4.200, khối huyện 3.100, khối "
            "xã 2.500.",
            {
                B("email_accounts_count", "all", 9800),
                B("email_accounts_count", "province", 4200),
                B("email_accounts_count", "district", 3100),
                B("email_accounts_count", "commune", 2500),
            },
        ),
        (  # blocks of a city's bodies as the parts
            "Hiện nay đội ngũ cán bộ chuyên trách CNTT gồm 112 người, trong đó khối các sở, ban, ngành 61 người, khối "
            "quận, huyện 33 người, khối phường, xã 18 người.",
            {
                B("it_staff_count", "all", 112),
                B("it_staff_count", "province", 61),
                B("it_staff_count", "district", 33),
                B("it_staff_count", "commune", 18),
            },
        ),
        (  # level names of bodies as the parts, each with its unit
            "Mạng truyền số liệu chuyên dùng đã kết nối đến 190 điểm, trong đó các sở, ban, ngành 25 điểm, UBND các "
            "huyện, thị xã 12 điểm và xã, phường, thị trấn 153 điểm.",
            {
                B("specialized_network_points_count", "all", 190),
                B("specialized_network_points_count", "province", 25),
                B("specialized_network_points_count", "district", 12),
                B("specialized_network_points_count", "commune", 153),
            },
        ),
    ],
)
def test_parts_by_level_in_other_words(text, expected):
    assert facts(text) == expected


def test_a_table_by_level_with_a_unit_column_and_a_column_for_the_whole():
    text = (
        "II. MỤC TIÊU ĐẾN NĂM 2020\n"
        "| STT | Chỉ tiêu | Đơn vị | Toàn tỉnh | Khối tỉnh | Khối huyện | Khối xã |\n"
        "| 1 | Số cán bộ chuyên trách CNTT | người | 130 | 70 | 38 | 22 |\n"
        "| 2 | Tỷ lệ cơ quan sử dụng phần mềm quản lý văn bản | % | 95 | 100 | 100 | 85 |\n"
    )
    assert facts(text) == {
        T("it_staff_count", "all", 130),
        T("it_staff_count", "province", 70),
        T("it_staff_count", "district", 38),
        T("it_staff_count", "commune", 22),
        T("agencies_using_document_management_pct", "all", 95),
        T("agencies_using_document_management_pct", "province", 100),
        T("agencies_using_document_management_pct", "district", 100),
        T("agencies_using_document_management_pct", "commune", 85),
    }


def test_a_level_only_share_after_another_count_is_not_the_earlier_shares():
    # the 40/120 is a share of communes with video conferencing, not of communes on the network read before it
    text = (
        "Mạng truyền số liệu chuyên dùng đã kết nối 120/120 xã, phường, thị trấn; hệ thống hội nghị truyền hình trực "
        "tuyến đã được lắp đặt tại 9 huyện, thị xã và 40/120 xã, phường, thị trấn."
    )
    found = facts(text)
    assert not any(f[0] == "communes_on_specialized_network_pct" and f[4] != 100.0 for f in found)
