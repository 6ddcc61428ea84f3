"""Wording the extractor was not written for, seventh round (issue #11, round 22, the development set `dev_wording7`):
`năm ngoái` dating a result in a news page, `chừng` before a value, a money unit written once in a line above a list
(`Đơn vị tính: triệu đồng`), and a list by year under a heading that names its period. Every text here was written for
this file, in our own words (not copied from the set); the facts each should give were decided before the change.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_ROW = ("indicator", "kind", "scope", "year", "value")


def _read(tmp_path, text: str, name: str = "doc.txt"):
    result = _corpus(tmp_path, name, text)
    return result, _rows(result, _ROW)


def _plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 61/KH-UBND\nNam Định, ngày 05 tháng 01 năm 2022\n\nKẾ HOẠCH\n"
        f"Chuyển đổi số năm 2022\n\n{body}\n"
    )


def _report(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSố: 210/BC-UBND\nVĩnh Phúc, ngày 20 tháng 11 năm 2018\n\nBÁO CÁO\n"
        f"Kết quả ứng dụng công nghệ thông tin năm 2018\n\n{body}\n"
    )


# --- `năm ngoái` in a news page: the year before the page's ----------------------------------------------------------
def test_nam_ngoai_in_a_news_page_dates_a_result_the_year_before(tmp_path):
    text = (
        "Tuyên Quang tăng tốc số hóa\n\n"
        "(Tuyên Quang, 3/3/2020) - Sở Thông tin và Truyền thông cho biết, hết năm ngoái toàn tỉnh đã đưa vào sử dụng "
        "74 dịch vụ công trực tuyến mức độ 4. Hiện tỉnh đã cấp 3.150 hộp thư điện tử công vụ, nhiều hơn so với năm "
        "ngoái.\n"
    )
    _, rows = _read(tmp_path, text, "tuyen-quang-news.txt")
    assert ("online_services_level4_count", "baseline", "all", 2019, 74.0) in rows
    # (a comparison with last year names no result's year)
    assert ("email_accounts_count", "baseline", "all", 2020, 3150.0) in rows


# --- `chừng` before a value -------------------------------------------------------------------------------------------
def test_chung_before_a_count_still_gives_the_count(tmp_path):
    text = _plan("2. Chỉ tiêu cụ thể\n- Số dịch vụ công trực tuyến mức độ 4 đạt chừng 250 dịch vụ.")
    result, rows = _read(tmp_path, text, "nam-dinh-kh.txt")
    assert ("online_services_level4_count", "target", "all", 2022, 250.0) in rows
    assert _rows(result, ("indicator", "qualifier")) >= {("online_services_level4_count", "approx")}


# --- a money unit in a line above a list -----------------------------------------------------------------------------
def test_unit_line_above_a_list_of_money_gives_the_amounts(tmp_path):
    text = _plan(
        "IV. NGUỒN LỰC\nĐVT: triệu đồng\n+ Tổng kinh phí thực hiện: 7.850;\n+ Ngân sách Trung ương hỗ trợ: 2.000;\n"
        "+ Ngân sách tỉnh: 5.850."
    )
    _, rows = _read(tmp_path, text, "nam-dinh-kh.txt")
    assert ("budget_total_mvnd", "target", "all", 2022, 7850.0) in rows
    assert ("budget_central_mvnd", "target", "all", 2022, 2000.0) in rows
    assert ("budget_local_mvnd", "target", "all", 2022, 5850.0) in rows


def test_unit_line_in_billions_scales_the_bare_numbers(tmp_path):
    text = _plan("IV. KINH PHÍ\n(Đơn vị: tỷ đồng)\n- Tổng kinh phí: 6,5")
    _, rows = _read(tmp_path, text, "nam-dinh-kh.txt")
    assert ("budget_total_mvnd", "target", "all", 2022, 6500.0) in rows


# --- a list by year under a heading naming its period ----------------------------------------------------------------
def test_list_by_year_under_a_heading_with_its_period_and_a_unit_line(tmp_path):
    text = _report(
        "3. Kinh phí đã bố trí giai đoạn 2016-2018\nĐơn vị tính: triệu đồng\n- Năm 2016: 4.300\n- Năm 2017: 5.100\n"
        "- Năm 2018: 6.000"
    )
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("budget_total_mvnd", "baseline", "all", 2016, 4300.0) in rows
    assert ("budget_total_mvnd", "baseline", "all", 2017, 5100.0) in rows
    assert ("budget_total_mvnd", "baseline", "all", 2018, 6000.0) in rows


# --- a `%` unit in a line above a list -------------------------------------------------------------------------------
def test_percent_unit_line_above_a_list_of_shares(tmp_path):
    text = _report(
        "2. Ứng dụng trong cơ quan nhà nước\nĐơn vị tính: %\n"
        "- Cơ quan cấp huyện sử dụng phần mềm quản lý văn bản: 88\n"
        "- Cơ quan cấp xã sử dụng phần mềm quản lý văn bản: 54"
    )
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("agencies_using_document_management_pct", "baseline", "district", 2018, 88.0) in rows
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2018, 54.0) in rows


# --- an as-of date closing a long sentence ---------------------------------------------------------------------------
def test_as_of_date_closing_a_sentence_dates_every_result_in_it(tmp_path):
    text = (
        "Lạng Sơn: kết quả chính quyền điện tử\n\n"
        "(Lạng Sơn, 22/2/2021) - Theo Sở Thông tin và Truyền thông, tỷ lệ cơ quan dùng phần mềm quản lý văn bản đạt "
        "97%, số dịch vụ công trực tuyến mức độ 3 là 260 dịch vụ và số hộp thư điện tử công vụ đã cấp là 4.020 hộp "
        "thư, tính đến cuối năm 2020.\n"
    )
    _, rows = _read(tmp_path, text, "lang-son-news.txt")
    assert ("agencies_using_document_management_pct", "baseline", "all", 2020, 97.0) in rows
    assert ("online_services_level3_count", "baseline", "all", 2020, 260.0) in rows
    assert ("email_accounts_count", "baseline", "all", 2020, 4020.0) in rows


# --- a goal denied, and a result set against the goal just named -----------------------------------------------------
def test_value_denied_as_the_plans_goal_is_the_target_and_the_result_keeps_its_level(tmp_path):
    text = _report(
        "Năm 2018, tỷ lệ cán bộ, công chức cấp huyện thường xuyên sử dụng thư điện tử công vụ không phải 95% như kế "
        "hoạch mà chỉ 73%."
    )
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("staff_email_usage_pct", "target", "district", 2018, 95.0) in rows
    assert ("staff_email_usage_pct", "baseline", "district", 2018, 73.0) in rows


def test_result_after_a_missed_goal_keeps_the_goals_level(tmp_path):
    text = _report(
        "Trong năm 2018, tỷ lệ văn bản gửi nhận dưới dạng điện tử của các cơ quan cấp xã chưa đạt mục tiêu 80%, mới "
        "đạt 61%."
    )
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("edocument_exchange_pct", "target", "commune", 2018, 80.0) in rows
    assert ("edocument_exchange_pct", "baseline", "commune", 2018, 61.0) in rows


# --- `còn` opening the next level's item; the adverb between the verb and the mail ------------------------------------
def test_con_opens_the_next_levels_item(tmp_path):
    text = _report("Năm 2018, phần mềm một cửa điện tử được dùng ở cấp huyện là 86%, còn cấp xã con số này mới là 40%.")
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("agencies_with_eonestop_pct", "baseline", "district", 2018, 86.0) in rows
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2018, 40.0) in rows


def test_regular_use_written_between_the_verb_and_the_mailbox(tmp_path):
    text = _plan("2. Chỉ tiêu cụ thể\n- 85% cán bộ, công chức cấp xã dùng thường xuyên thư điện tử công vụ.")
    _, rows = _read(tmp_path, text, "nam-dinh-kh.txt")
    assert ("staff_email_usage_pct", "target", "commune", 2022, 85.0) in rows


# --- `con số này` naming back the share just read --------------------------------------------------------------------
def test_con_so_nay_with_a_qualifier_is_todays_state_beside_the_goal(tmp_path):
    text = (
        "Điện Biên đặt mục tiêu ký số\n\n"
        "(Điện Biên, 14/4/2022) - Năm nay tỉnh phấn đấu 100% cơ quan cấp huyện sử dụng chữ ký số chuyên dùng; hiện "
        "con số này mới khoảng 64%.\n"
    )
    _, rows = _read(tmp_path, text, "dien-bien-news.txt")
    assert ("agencies_using_digital_signature_pct", "target", "district", 2022, 100.0) in rows
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2022, 64.0) in rows


# --- the goal a count is measured against, after a comma ------------------------------------------------------------
def test_goal_a_count_is_measured_against_after_a_comma(tmp_path):
    text = _report(
        "Kết quả năm 2018: số dịch vụ công trực tuyến mức độ 4 là 47, vượt kế hoạch 40 dịch vụ; dịch vụ mức độ 3 "
        "là 118, không đạt mục tiêu 150 dịch vụ."
    )
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert ("online_services_level4_count", "baseline", "all", 2018, 47.0) in rows
    assert ("online_services_level4_count", "target", "all", 2018, 40.0) in rows
    assert ("online_services_level3_count", "baseline", "all", 2018, 118.0) in rows
    assert ("online_services_level3_count", "target", "all", 2018, 150.0) in rows


# --- a share of those who still lack the thing -----------------------------------------------------------------------
def test_share_still_without_the_thing_is_no_fact(tmp_path):
    text = _report("Năm 2018, 35% cán bộ, công chức cấp xã chưa được trang bị máy tính; 12% chưa có hộp thư điện tử.")
    _, rows = _read(tmp_path, text, "vinh-phuc-bc.txt")
    assert not {r for r in rows if r[0] in ("staff_with_computer_pct", "staff_with_email_pct")}
