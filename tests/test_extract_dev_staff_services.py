"""Staffing and service-level wording met while reading the development set `dev_staff_services` (issue #11).

Every sentence here was written for this file, in our own words, after the kinds of wording catalogued in
docs/phrasing.md (sections 3-6 and the pages listed under the development set in section 8); none is a sentence
of the development set. A text is read as a document issued in 2018 for the plan period 2016-2020, so a baseline
with no year of its own is 2018 and a target with none is 2020 (see tests/test_extract_wording.py).
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, _read, facts


def _values(text: str, indicator: str) -> set[tuple]:
    return {f for f in facts(text) if f[0] == indicator}


# --- service levels -----------------------------------------------------------------------------------------
def test_a_level_2_share_said_of_procedures():
    text = "Đến nay, 100% thủ tục hành chính của tỉnh được cung cấp trực tuyến ở mức độ 2."
    assert facts(text) == {B("online_services_level2_pct", "all", 100)}
    target = "Phấn đấu đến năm 2020, 100% thủ tục được cung cấp trực tuyến mức độ 2."
    assert facts(target) == {T("online_services_level2_pct", "all", 100)}


def test_a_part_after_trong_do_is_not_the_combined_count():
    text = "Tỉnh đã cung cấp 210 dịch vụ công trực tuyến mức độ 3, 4, trong đó có 25 dịch vụ mức độ 4."
    assert facts(text) == {
        B("online_services_level3_4_count", "all", 210),
        B("online_services_level4_count", "all", 25),
    }


def test_a_total_of_procedures_then_one_count_per_level():
    text = (
        "Tổng số thủ tục hành chính của tỉnh là 1.540 thủ tục; trong đó cấp tỉnh: 1.120, cấp huyện: 260, cấp xã: 160."
    )
    assert facts(text) == {
        B("admin_procedures_count", "all", 1540),
        B("admin_procedures_count", "province", 1120),
        B("admin_procedures_count", "district", 260),
        B("admin_procedures_count", "commune", 160),
    }


# --- staffing -----------------------------------------------------------------------------------------------
def test_a_total_of_staff_with_its_levels_in_parentheses():
    text = (
        "Tổng số cán bộ làm công tác CNTT trong các cơ quan nhà nước: 95 người (cấp tỉnh: 50 người; "
        "cấp huyện: 25 người; cấp xã: 20 người)."
    )
    assert facts(text) == {
        B("it_staff_count", "all", 95),
        B("it_staff_count", "province", 50),
        B("it_staff_count", "district", 25),
        B("it_staff_count", "commune", 20),
    }


def test_two_qualifications_counted_together_are_neither():
    text = (
        "Toàn tỉnh có 87 cán bộ chuyên trách CNTT, trong đó 5 người có trình độ thạc sĩ, 70 người có trình độ "
        "đại học, 12 người có trình độ cao đẳng, trung cấp."
    )
    assert facts(text) == {
        B("it_staff_count", "all", 87),
        B("it_staff_postgraduate_count", "all", 5),
        B("it_staff_university_count", "all", 70),
    }
    alone = "Trình độ của cán bộ chuyên trách gồm 30 đại học, 6 cao đẳng và 2 trung cấp."
    assert _values(alone, "it_staff_college_count") == {B("it_staff_college_count", "all", 6)}
    assert _values(alone, "it_staff_vocational_count") == {B("it_staff_vocational_count", "all", 2)}


def test_a_share_at_a_lower_qualification_is_no_fact():
    text = (
        "Phấn đấu đến năm 2020, 100% cán bộ chuyên trách có trình độ trung cấp trở lên, trong đó 75% có trình "
        "độ đại học trở lên."
    )
    assert facts(text) == {T("it_staff_university_or_higher_pct", "all", 75)}


def test_the_numerator_of_a_fraction_of_agencies_is_no_staff_count():
    text = "Số sở, ngành có cán bộ chuyên trách CNTT: 14/18 sở, ngành."
    assert facts(text) == {B("agencies_with_dedicated_it_staff_pct", "province", 77.8)}


def test_agencies_that_managed_to_assign_an_officer():
    text = "Mới có 9/15 sở, ngành bố trí được cán bộ chuyên trách."
    assert facts(text) == {B("agencies_with_dedicated_it_staff_pct", "province", 60)}


@pytest.mark.parametrize(
    "text",
    [
        "Đội ngũ cán bộ chuyên trách CNTT của tỉnh được củng cố với 64 người.",
        "Toàn tỉnh có 64 cán bộ, công chức, viên chức chuyên trách CNTT.",
    ],
)
def test_staff_counted_with_voi_or_named_in_a_list(text):
    assert facts(text) == {B("it_staff_count", "all", 64)}


def test_none_said_of_a_number_of_communes_is_no_zero():
    assert facts("Hiện vẫn còn 14 xã, phường chưa có cán bộ chuyên trách CNTT.") == set()
    assert facts("Cấp xã chưa có cán bộ chuyên trách CNTT.") == {B("it_staff_count", "commune", 0)}


def test_new_readings_keep_their_quotes_at_their_offsets():
    text = (
        "Tổng số cán bộ làm công tác CNTT: 95 người (cấp tỉnh: 50 người; cấp huyện: 25 người; cấp xã: 20 người). "
        "Tổng số thủ tục hành chính là 1.540 thủ tục; trong đó cấp tỉnh: 1.120, cấp huyện: 260, cấp xã: 160."
    )
    ctx, _, found, _ = _read(text)
    assert len(found) == 8
    for f in found:
        assert ctx.text[f.char_start : f.char_end] == f.quote
        assert f.value_start is not None and ctx.text[f.value_start : f.value_end] in f.quote


# --- more kinds of wording from docs/phrasing.md, probed with sentences of our own ---------------------------
def test_the_abbreviation_dvctt_before_a_combined_count():
    assert facts("Hiện nay DVCTT mức độ 3, 4 là 412 dịch vụ.") == {B("online_services_level3_4_count", "all", 412)}


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có 1.650 thủ tục hành chính thuộc thẩm quyền giải quyết của 3 cấp.",
        "Tỉnh có 1.650 thủ tục hành chính, nhưng mới cung cấp trực tuyến một phần nhỏ.",
    ],
)
def test_the_procedures_a_province_has(text):
    assert facts(text) == {B("admin_procedures_count", "all", 1650)}


def test_dedicated_staff_trained_in_security_without_the_word_chuyen_sau():
    text = "Có 60% cán bộ chuyên trách CNTT được đào tạo, bồi dưỡng về an toàn thông tin."
    assert facts(text) == {B("it_staff_advanced_trained_pct", "all", 60)}
    # training of all officials is not training of the dedicated IT staff
    assert facts("100% cán bộ, công chức được tập huấn về an toàn thông tin.") == set()


@pytest.mark.parametrize(
    "text",
    ["Các xã đều chưa bố trí được cán bộ chuyên trách CNTT.", "Cấp xã không có cán bộ chuyên trách CNTT."],
)
def test_none_in_other_words(text):
    assert facts(text) == {B("it_staff_count", "commune", 0)}


def test_a_dedicated_officer_called_cong_chuc():
    text = "Đến năm 2020, 100% sở, ban, ngành và UBND cấp huyện bố trí ít nhất 01 công chức chuyên trách CNTT."
    assert facts(text) == {T("agencies_with_dedicated_it_staff_pct", "all", 100)}


def test_a_total_then_its_levels_after_a_comma_and_trong_do():
    text = "Tổng số cán bộ chuyên trách CNTT là 120 người, trong đó cấp tỉnh 70 người, cấp huyện 35 người, cấp xã 15 người."
    assert facts(text) == {
        B("it_staff_count", "all", 120),
        B("it_staff_count", "province", 70),
        B("it_staff_count", "district", 35),
        B("it_staff_count", "commune", 15),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi cơ quan bình quân có 1,5 cán bộ chuyên trách CNTT.",
        "Các sở chỉ có trung bình 1 cán bộ CNTT, trong khi nhu cầu là 2 - 3 người.",
    ],
)
def test_an_average_per_agency_is_no_staff_count(text):
    assert facts(text) == set()


def test_citizens_called_ca_nhan_to_chuc():
    text = "Tỷ lệ cá nhân, tổ chức sử dụng dịch vụ công trực tuyến mức độ 3, 4 đạt 25%."
    assert facts(text) == {B("citizens_businesses_using_online_services_pct", "all", 25)}


def test_the_procedures_in_trong_tong_so():
    text = "Trong tổng số 1.702 thủ tục hành chính, có 180 thủ tục được cung cấp trực tuyến mức độ 3."
    assert facts(text) == {B("admin_procedures_count", "all", 1702), B("online_services_level3_count", "all", 180)}


def test_a_university_degree_written_bang_dai_hoc():
    text = "Có 78% cán bộ chuyên trách có bằng đại học chuyên ngành CNTT."
    assert facts(text) == {B("it_staff_university_or_higher_pct", "all", 78)}


def test_a_share_of_applications_through_the_one_stop_is_no_share_of_agencies():
    assert facts("Năm nay 100% hồ sơ được tiếp nhận và giải quyết qua hệ thống một cửa điện tử.") == set()
    agencies = "Hiện 100% sở, ban, ngành tiếp nhận, giải quyết hồ sơ qua phần mềm một cửa điện tử."
    assert facts(agencies) == {B("agencies_with_eonestop_pct", "province", 100)}


def test_staff_counted_per_level_on_bulleted_lines():
    text = "Số cán bộ chuyên trách CNTT:\n- Cấp tỉnh: 62 người;\n- Cấp huyện: 27 người;\n- Cấp xã: 42 người."
    assert facts(text) == {
        B("it_staff_count", "province", 62),
        B("it_staff_count", "district", 27),
        B("it_staff_count", "commune", 42),
    }


def test_levels_3_and_4_respectively():
    text = "Số dịch vụ công trực tuyến mức độ 3 và 4 lần lượt là 320 và 57."
    assert facts(text) == {B("online_services_level3_count", "all", 320), B("online_services_level4_count", "all", 57)}


def test_each_level_with_its_count_in_parentheses():
    text = "Tỉnh đã cung cấp dịch vụ công trực tuyến ở mức độ 3 (215 dịch vụ) và mức độ 4 (42 dịch vụ)."
    assert facts(text) == {B("online_services_level3_count", "all", 215), B("online_services_level4_count", "all", 42)}


def test_a_fraction_of_districts_named_by_the_bare_word():
    text = "Có 25/28 sở, ngành và 10/10 huyện có cán bộ chuyên trách CNTT."
    assert facts(text) == {
        B("agencies_with_dedicated_it_staff_pct", "province", 89.3),
        B("agencies_with_dedicated_it_staff_pct", "district", 100),
    }


def test_none_as_khong_co_ending_the_clause():
    assert facts("Cán bộ chuyên trách CNTT ở cấp xã: không có.") == {B("it_staff_count", "commune", 0)}
    assert facts("Nhiều cán bộ CNTT ở cấp xã không có chuyên môn phù hợp.") == set()


def test_citizens_use_named_after_the_services():
    text = "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp đạt 18%."
    assert facts(text) == {B("citizens_businesses_using_online_services_pct", "all", 18)}


def test_staff_at_a_qualification_are_no_total():
    text = "Số lượng cán bộ CNTT có trình độ đại học trở lên là 75 người, chiếm 83%."
    assert facts(text) == {B("it_staff_university_or_higher_pct", "all", 83)}


def test_applications_through_the_services_are_no_service_count():
    assert facts("Số lượng hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 12.500 hồ sơ.") == set()


def test_procedures_offered_at_levels_3_and_4_counted_after():
    text = "Tổng số thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 là 367 thủ tục."
    assert facts(text) == {B("online_services_level3_4_count", "all", 367)}


def test_dedicated_staff_split_from_part_time_staff():
    text = "Hiện nay, toàn tỉnh có 98 cán bộ chuyên trách, 210 cán bộ kiêm nhiệm về CNTT."
    assert facts(text) == {B("it_staff_count", "all", 98)}
