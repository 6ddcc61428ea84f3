"""Kinds of wording that real pages never run before (issue #11, round 20, the `real3` measure) showed the extractor
missed or misread on its first pass. Every text here was written for this file, in our own words (no page's
sentence); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 88/KH-UBND\nHà Nam, ngày 25 tháng 12 năm 2017\n\nKẾ HOẠCH\n"
    "Ứng dụng công nghệ thông tin năm 2018\n\nPhần I\nKẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2017\n"
)
_NEWS = "Hà Nam đẩy mạnh xây dựng chính quyền điện tử\n\nCập nhật: 14/03/2019\n\n"


def _of(rows, indicator):
    return {r for r in rows if r[0] == indicator}


# --- procedures a portal `đăng tải` (posts), the verb before the count, the line broken between ---------------------
def test_procedures_a_portal_posts(tmp_path):
    text = _PLAN + "- Cổng dịch vụ công của tỉnh hiện đăng tải 1.520 thủ tục hành chính, phần lớn ở mức độ 2.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("admin_procedures_count", "baseline", "all", 2017, 1520.0) in rows


def test_procedures_a_portal_posts_with_the_line_broken_before_the_count(tmp_path):
    text = _PLAN + "- Cổng thông tin điện tử tỉnh đang đăng tải\n1.206 thủ tục hành chính (TTHC), chủ yếu ở mức độ 2.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("admin_procedures_count", "baseline", "all", 2017, 1206.0) in rows


# --- services counted as `danh mục` (list items), with their parts by level -------------------------------------
def test_services_counted_as_list_items_with_parts_by_level(tmp_path):
    text = _PLAN + (
        "Toàn tỉnh có 240 danh mục thủ tục dịch vụ công trực tuyến mức độ 3 và 4, trong đó: cấp tỉnh 200 danh mục, "
        "cấp huyện 32 danh mục, cấp xã 08 danh mục.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert _of(rows, "online_services_level3_4_count") == {
        ("online_services_level3_4_count", "baseline", "all", 2017, 240.0),
        ("online_services_level3_4_count", "baseline", "province", 2017, 200.0),
        ("online_services_level3_4_count", "baseline", "district", 2017, 32.0),
        ("online_services_level3_4_count", "baseline", "commune", 2017, 8.0),
    }


# --- a level written with a leading zero (`mức độ 03`) ------------------------------------------------------------
def test_levels_written_with_a_leading_zero(tmp_path):
    text = _PLAN + "Hiện có 07 dịch vụ công trực tuyến mức độ 03 và 02 dịch vụ công trực tuyến mức độ 04.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("online_services_level3_count", "baseline", "all", 2017, 7.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2017, 2.0) in rows


# --- the portals of departments and localities counted (`N cổng thông tin điện tử của các sở, ngành, địa phương`) --
def test_portals_of_departments_and_localities(tmp_path):
    text = _PLAN + (
        "Cổng thông tin điện tử tỉnh cùng 35 cổng thông tin điện tử của các sở, ngành, địa phương hoạt động ổn định.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("component_websites_count", "baseline", "all", 2017, 35.0) in rows


def test_portals_with_their_abbreviation_in_parentheses(tmp_path):
    text = _PLAN + "Duy trì 28 Cổng thông tin điện tử (TTĐT) của ngành, địa phương.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("component_websites_count", "baseline", "all", 2017, 28.0) in rows


# --- the document system named long before the units it was set up for (`… thiết lập cho N cơ quan, đơn vị`) -------
def test_units_the_document_system_was_set_up_for_long_after_its_name(tmp_path):
    text = _NEWS + (
        "Đến nay, phần mềm quản lý văn bản và điều hành của tỉnh đã được nâng cấp, liên thông bốn cấp chính quyền và "
        "kết nối với trục liên thông văn bản quốc gia, hiện đã thiết lập cho 64 cơ quan, đơn vị sử dụng.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert ("document_management_units_count", "baseline", "all", 2019, 64.0) in rows


def test_units_set_up_with_no_document_system_in_the_sentence_are_no_count(tmp_path):
    # must not fire: the accounts are of a mail system
    text = _NEWS + "Hệ thống thư điện tử công vụ đã thiết lập cho 64 cơ quan, đơn vị.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert not _of(rows, "document_management_units_count")


# --- users of the services said to be given something: a share of users, not of citizens using the services --------
def test_users_of_services_given_an_e_identity_are_no_use_share(tmp_path):
    text = _NEWS + (
        "Mục tiêu đến năm 2025: 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác "
        "thực điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert not _of(rows, "citizens_businesses_using_online_services_pct")


def test_the_share_of_citizens_using_the_services_is_still_read(tmp_path):
    text = _NEWS + "Năm 2018, 35% người dân, doanh nghiệp đã sử dụng dịch vụ công trực tuyến mức độ 3, 4.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert ("citizens_businesses_using_online_services_pct", "baseline", "all", 2018, 35.0) in rows


# --- the criteria a ministry grades provinces by: yardsticks, not a province's state or goals -------------------------
def test_criteria_an_evaluation_uses_are_no_facts(tmp_path):
    text = _NEWS + (
        "Bộ đã dùng ba tiêu chí để đánh giá việc sử dụng thư điện tử của các địa phương, gồm: tối thiểu 90% cán bộ, "
        "công chức được cấp hộp thư công vụ; 70% các xã có phần mềm quản lý văn bản và điều hành.\n"
    )
    rows = _rows(_corpus(tmp_path, "national-news.txt", text))
    assert not _of(rows, "staff_with_email_pct")
    assert not _of(rows, "agencies_using_document_management_pct")


def test_a_result_measured_against_criteria_is_still_read(tmp_path):
    text = _NEWS + (
        "Theo tiêu chí đánh giá của Bộ, tỉnh đã đạt yêu cầu. Đến nay, 92% cán bộ, công chức được cấp hộp thư công vụ.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert ("staff_with_email_pct", "baseline", "all", 2019, 92.0) in rows


# --- an undated article whose figures are as of a bare date (`Tính đến 31/12/2019`, no `ngày`) ----------------------
def test_an_undated_article_speaks_as_of_a_bare_date_it_counts_to(tmp_path):
    text = (
        "HÀ NAM ĐẨY MẠNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN\n"
        "Thực hiện Nghị quyết của Chính phủ về phát triển Chính phủ điện tử giai đoạn 2017-2018, định hướng đến năm "
        "2025, tỉnh đã đẩy mạnh ứng dụng công nghệ thông tin trong các cơ quan nhà nước.\n"
        "Đến nay, phần mềm quản lý văn bản và điều hành của tỉnh đã được triển khai tại 64 cơ quan, đơn vị. "
        "Tính đến 31/12/2018, hệ thống đã chuyển gần 500.000 văn bản điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert ("document_management_units_count", "baseline", "all", 2018, 64.0) in rows


def test_a_level_with_a_leading_zero_before_its_count(tmp_path):
    text = _PLAN + "- Dịch vụ công trực tuyến mức độ 03: 12 dịch vụ; mức độ 04: 3 dịch vụ.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("online_services_level3_count", "baseline", "all", 2017, 12.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2017, 3.0) in rows


def test_units_given_accounts_on_the_document_system(tmp_path):
    text = _NEWS + (
        "Phần mềm quản lý văn bản và điều hành được duy trì ổn định, liên thông với trục văn bản quốc gia, đã cấp "
        "tài khoản cho 75 cơ quan, đơn vị.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-news.txt", text))
    assert ("document_management_units_count", "baseline", "all", 2019, 75.0) in rows


def test_units_the_document_system_was_set_up_for_by_level(tmp_path):
    text = _PLAN + "Hệ thống quản lý văn bản và điều hành đã thiết lập cho 20 sở, ngành và 10 UBND cấp huyện.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert _of(rows, "document_management_units_count") == {
        ("document_management_units_count", "baseline", "province", 2017, 20.0),
        ("document_management_units_count", "baseline", "district", 2017, 10.0),
    }


# --- units using the document system that do something more: a share of the users, not of the units using it --------
def test_users_of_the_document_system_that_link_up_are_no_use_share(tmp_path):
    text = _PLAN.replace("Phần I\nKẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2017\n", "I. MỤC TIÊU\n") + (
        "- Phấn đấu 70% đơn vị sử dụng phần mềm quản lý văn bản và điều hành thực hiện liên thông văn bản điện tử với "
        "nhau.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert not _of(rows, "agencies_using_document_management_pct")


def test_the_share_of_units_using_the_document_system_is_still_read(tmp_path):
    text = _PLAN + "- 85% đơn vị cấp xã sử dụng phần mềm quản lý văn bản và điều hành.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2017, 85.0) in rows


def test_component_portals_named_cong_thanh_phan(tmp_path):
    text = _PLAN + "Cổng thông tin điện tử tỉnh có 30 cổng thành phần, hoạt động ổn định.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("component_websites_count", "baseline", "all", 2017, 30.0) in rows


def test_list_items_named_alone_after_the_first_count(tmp_path):
    text = _PLAN + "Tỉnh đã phê duyệt 210 danh mục dịch vụ công trực tuyến mức độ 3 và 95 danh mục mức độ 4.\n"
    rows = _rows(_corpus(tmp_path, "ha-nam-kh.txt", text))
    assert ("online_services_level3_count", "baseline", "all", 2017, 210.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2017, 95.0) in rows
