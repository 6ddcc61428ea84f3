"""Real pages, round 13 of issue #11: a list of fractions sharing a predicate after its last item, a level named
by a heading line, a share of agencies with a portal, and work in progress with an expected completion.

Every sentence here was written for this file, in our own words after the kinds of wording real pages showed
(listed in docs/phrasing.md section 8); the facts each should give were decided before the extractor was run on
it. A text is read as a document issued in 2018 for the plan period 2016-2020 unless a test says otherwise.
"""

from __future__ import annotations

from test_extract_wording import B, T, facts


def _of(found: set[tuple], *indicators: str) -> set[tuple]:
    return {f for f in found if f[0] in indicators}


# --- work in progress, with its expected completion: a goal of that year ----------------------------------


def test_work_in_progress_due_at_a_year_gives_a_target_of_that_year():
    text = (
        "Hiện nay, tỉnh đang triển khai xây dựng Cổng dịch vụ công, bảo đảm cung cấp khoảng 300 dịch vụ công trực "
        "tuyến mức độ 3, 4, dự kiến hoàn thành vào cuối năm 2019."
    )
    assert _of(facts(text), "online_services_level3_4_count") == {
        T("online_services_level3_4_count", "all", 300, year=2019, qualifier="approx")
    }


def test_the_completion_may_be_said_in_the_next_sentence():
    text = (
        "Sở Thông tin và Truyền thông đang xây dựng hệ thống một cửa điện tử để cung cấp 250 dịch vụ công trực "
        "tuyến mức độ 3. Hệ thống dự kiến đưa vào sử dụng trong quý II năm 2019."
    )
    assert _of(facts(text), "online_services_level3_count") == {
        T("online_services_level3_count", "all", 250, year=2019)
    }


def test_work_in_progress_with_no_completion_and_a_result_stay_baselines():
    text = (
        "Hiện nay, tỉnh đã cung cấp 200 dịch vụ công trực tuyến mức độ 3, 4 và đang triển khai thêm các dịch vụ khác."
    )
    assert _of(facts(text), "online_services_level3_4_count") == {B("online_services_level3_4_count", "all", 200)}


def test_a_result_after_the_work_in_progress_stays_a_baseline():
    text = (
        "Tỉnh đang nâng cấp Cổng thông tin điện tử; đến nay đã cung cấp 120 dịch vụ công trực tuyến mức độ 3. "
        "Cổng mới dự kiến hoàn thành năm 2019."
    )
    assert _of(facts(text), "online_services_level3_count") == {B("online_services_level3_count", "all", 120)}


# --- a share of agencies with a portal is no share of directives put on it -------------------------------


def test_agencies_with_a_portal_for_directives_are_no_directive_share():
    text = (
        "Đến nay, 100% các sở, ban, ngành có xây dựng cổng, trang thông tin điện tử nhằm đưa thông tin chỉ đạo, "
        "điều hành tới người dân."
    )
    assert _of(facts(text), "directive_info_on_portal_pct") == set()


def test_districts_with_a_website_to_publish_directives_neither():
    text = (
        "Đến nay, 100% các huyện đã có trang thông tin điện tử để cung cấp thông tin chỉ đạo, điều hành của lãnh đạo."
    )
    assert _of(facts(text), "directive_info_on_portal_pct") == set()


def test_directives_themselves_put_on_the_portal_are_the_share():
    text = "Đến nay, 100% thông tin chỉ đạo, điều hành của UBND tỉnh được đưa lên cổng thông tin điện tử."
    assert _of(facts(text), "directive_info_on_portal_pct") == {B("directive_info_on_portal_pct", "all", 100)}


# --- a list of fractions whose shared words follow the last item, items apart by `;` ---------------------


def test_fractions_listed_by_level_share_the_words_after_the_last_item():
    text = (
        "Đến nay, mới có 20/40 sở, ngành với 35 cán bộ, 6/9 huyện, thành phố (8 cán bộ); 15/150 xã, phường, thị "
        "trấn (15 cán bộ) có cán bộ chuyên trách CNTT."
    )
    assert _of(facts(text), "agencies_with_dedicated_it_staff_pct", "it_staff_count") == {
        B("agencies_with_dedicated_it_staff_pct", "province", 50),
        B("agencies_with_dedicated_it_staff_pct", "district", 66.7),
        B("agencies_with_dedicated_it_staff_pct", "commune", 10),
        B("it_staff_count", "province", 35),
        B("it_staff_count", "district", 8),
        B("it_staff_count", "commune", 15),
    }


def test_a_bracketed_staff_count_is_its_item_s_not_the_next_item_s_level():
    text = "Hiện nay, 10/20 sở, ngành (12 cán bộ), 3/9 huyện (3 cán bộ) có cán bộ chuyên trách về CNTT."
    assert _of(facts(text), "agencies_with_dedicated_it_staff_pct", "it_staff_count") == {
        B("agencies_with_dedicated_it_staff_pct", "province", 50),
        B("agencies_with_dedicated_it_staff_pct", "district", 33.3),
        B("it_staff_count", "province", 12),
        B("it_staff_count", "district", 3),
    }


def test_an_item_with_its_own_predicate_does_not_share_the_last_item_s():
    # The agencies with a website are no agencies with dedicated IT staff.
    text = "Đến nay, 18/40 sở, ngành đã có trang thông tin điện tử; 15/150 xã có cán bộ chuyên trách CNTT."
    assert _of(facts(text), "agencies_with_dedicated_it_staff_pct", "it_staff_count") == {
        B("agencies_with_dedicated_it_staff_pct", "commune", 10)
    }


def test_staff_assigned_by_the_agencies_stay_one_count():
    text = "Hiện nay, 25/30 cơ quan cấp tỉnh đã bố trí 41 cán bộ chuyên trách CNTT."
    assert _of(facts(text), "agencies_with_dedicated_it_staff_pct", "it_staff_count") == {
        B("agencies_with_dedicated_it_staff_pct", "province", 83.3),
        B("it_staff_count", "province", 41),
    }


# --- a heading line naming a level carries it to the lines under it ----------------------------------------


def test_a_heading_line_naming_a_level_gives_it_to_the_lines_below():
    text = (
        "Kết quả hạ tầng kỹ thuật năm 2018.\nCấp tỉnh và cấp huyện:\n100% các cơ quan, đơn vị được trang bị máy tính "
        "cho cán bộ.\nCấp xã:\n70% cán bộ được trang bị máy tính."
    )
    assert _of(facts(text), "staff_with_computer_pct") == {
        B("staff_with_computer_pct", "all", 100),
        B("staff_with_computer_pct", "commune", 70),
    }


def test_a_heading_with_other_words_before_its_level():
    text = "Kết quả năm 2018.\nVề hạ tầng ở cấp huyện:\n95% cán bộ được trang bị máy tính làm việc."
    assert _of(facts(text), "staff_with_computer_pct") == {B("staff_with_computer_pct", "district", 95)}


def test_an_ordinary_sentence_naming_a_level_carries_none():
    text = "Đến nay, 100% cơ quan cấp tỉnh đã có mạng LAN. Tỷ lệ cán bộ được trang bị máy tính đạt 100%."
    assert _of(facts(text), "staff_with_computer_pct") == {B("staff_with_computer_pct", "all", 100)}


def test_a_long_lead_in_ending_with_a_colon_carries_none():
    text = (
        "Trong năm qua, tỉnh đã tập trung đầu tư hạ tầng cho các cơ quan cấp huyện và cấp xã với các kết quả sau:\n"
        "90% cán bộ được trang bị máy tính làm việc."
    )
    assert _of(facts(text), "staff_with_computer_pct") == {B("staff_with_computer_pct", "all", 90)}
