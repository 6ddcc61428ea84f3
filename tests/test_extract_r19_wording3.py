"""Kinds of wording of the older years (2008–2014) that the development set `dev_wording3` (issue #11, round 19)
showed the extractor missed on its first pass. Every text here was written for this file, in our own words (not
copied from the set); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 40/BC-UBND\nYên Bái, ngày 20 tháng 01 năm 2012\n\nBÁO CÁO\n"
    "Kết quả ứng dụng công nghệ thông tin năm 2011\n\n"
)
_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 41/KH-UBND\nYên Bái, ngày 20 tháng 01 năm 2012\n\nKẾ HOẠCH\n"
    "Ứng dụng công nghệ thông tin năm 2012\n\nI. MỤC TIÊU\n"
)


# --- the share at level 2 written after the procedures it counts (`N thủ tục, trong đó 90% ở mức độ 2`) ---------
def test_a_level_2_share_after_the_procedures_it_counts(tmp_path):
    text = _REPORT + ("Trang thông tin điện tử của tỉnh đã cung cấp 560 thủ tục hành chính, trong đó 90% ở mức độ 2.\n")
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("online_services_level2_pct", "baseline", "all", 2011, 90.0) in rows


def test_a_level_2_share_of_administrative_public_services_and_of_procedures_reaching_it(tmp_path):
    text = _PLAN + (
        "- 100% dịch vụ hành chính công được cung cấp trực tuyến ở mức độ 2.\n"
        "II. KẾT QUẢ NĂM 2011\nCổng thông tin có 300 thủ tục hành chính, 70% thủ tục đạt mức độ 2.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-kh.txt", text))
    assert ("online_services_level2_pct", "target", "all", 2012, 100.0) in rows
    assert ("online_services_level2_pct", "baseline", "all", 2011, 70.0) in rows


def test_a_share_at_level_3_is_still_no_level_2_share(tmp_path):
    # must not fire: level 3 shares have no indicator
    text = _REPORT + "Đã cung cấp 560 thủ tục hành chính, trong đó 20% ở mức độ 3.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert not any(r[0] == "online_services_level2_pct" for r in rows)


# --- computers per staff as a decimal ratio with no `%`, and per ten staff ------------------------------------------
def test_a_ratio_of_computers_to_staff_written_as_a_decimal_per_level(tmp_path):
    text = _REPORT + "Tỷ lệ máy tính/cán bộ, công chức cấp tỉnh là 0,7, cấp huyện 0,4.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert {r for r in rows if r[0] == "computers_per_staff_pct"} == {
        ("computers_per_staff_pct", "baseline", "province", 2011, 70.0),
        ("computers_per_staff_pct", "baseline", "district", 2011, 40.0),
    }


def test_computers_per_ten_staff(tmp_path):
    text = _REPORT + "Các phòng, ban cấp huyện bình quân 8 máy vi tính/10 cán bộ.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("computers_per_staff_pct", "baseline", "district", 2011, 80.0) in rows


# --- the mail system named by its address (`thư điện tử abc.gov.vn`, `@abc.gov.vn`) ------------------------------
def test_mail_named_by_its_domain_keeps_its_accounts_and_its_use(tmp_path):
    text = _REPORT + (
        "Hệ thống thư điện tử yenbai.gov.vn có 980 tài khoản. 60% cán bộ cấp tỉnh sử dụng thư điện tử "
        "@yenbai.gov.vn thường xuyên trong công việc.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("email_accounts_count", "baseline", "all", 2011, 980.0) in rows
    assert ("staff_email_usage_pct", "baseline", "province", 2011, 60.0) in rows


def test_staff_of_a_level_who_use_the_mail_to_send_documents(tmp_path):
    text = _REPORT + "70% cán bộ, công chức cấp huyện đã sử dụng hộp thư điện tử của tỉnh để gửi văn bản.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("staff_email_usage_pct", "baseline", "district", 2011, 70.0) in rows


# --- a share of committees (agencies) given a mailbox or an Internet line: no share of staff ------------------------
def test_committees_given_a_mailbox_are_no_share_of_staff(tmp_path):
    text = _PLAN + (
        "- 100% UBND cấp xã được cấp hộp thư điện tử.\n"
        "- 100% UBND cấp xã kết nối Internet băng thông rộng và 40% cán bộ cấp xã được cấp hộp thư điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-kh.txt", text))
    assert {r for r in rows if r[0] == "staff_with_email_pct"} == {
        ("staff_with_email_pct", "target", "commune", 2012, 40.0)
    }


# --- news of a launch: what the portal offers at its launch is its state then ---------------------------------------
def test_news_of_a_portal_launch_states_its_contents_as_results(tmp_path):
    text = (
        "Yên Bái khai trương Cổng thông tin điện tử tỉnh\n\n"
        "(Báo Yên Bái) - Ngày 2/9/2011, UBND tỉnh Yên Bái khai trương Cổng thông tin điện tử tỉnh. Cổng cung cấp "
        "thông tin về 850 thủ tục hành chính và 4 dịch vụ công trực tuyến mức độ 3.\n\n"
        "Theo kế hoạch, đến năm 2015 Cổng sẽ cung cấp 30 dịch vụ công trực tuyến mức độ 3.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-news.txt", text))
    assert ("admin_procedures_count", "baseline", "all", 2011, 850.0) in rows
    assert ("online_services_level3_count", "baseline", "all", 2011, 4.0) in rows
    assert ("online_services_level3_count", "target", "all", 2015, 30.0) in rows


def test_news_of_a_launch_to_come_stays_a_plan(tmp_path):
    # must not fire: a launch still ahead (`sẽ khai trương`) is no result
    text = (
        "Yên Bái sẽ khai trương Cổng thông tin điện tử tỉnh\n\n"
        "(Báo Yên Bái) - Theo kế hoạch, Cổng sẽ cung cấp 30 dịch vụ công trực tuyến mức độ 3 vào năm 2012.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-news.txt", text))
    assert ("online_services_level3_count", "target", "all", 2012, 30.0) in rows


# --- a start month (`hoạt động từ tháng 5/2008`) is no value's year ------------------------------------------------
def test_a_start_month_is_no_values_year(tmp_path):
    text = _REPORT + "Trang thông tin điện tử của tỉnh hoạt động từ tháng 5/2009, đã cung cấp 420 thủ tục hành chính.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("admin_procedures_count", "baseline", "all", 2011, 420.0) in rows


# --- the older name of IT spending: `tin học hóa` --------------------------------------------------------------------
def test_money_spent_on_computerisation_and_its_central_part(tmp_path):
    text = _REPORT + (
        "Qua 5 năm, tỉnh đã đầu tư 24,5 tỷ đồng cho tin học hóa quản lý hành chính nhà nước, trong đó ngân sách "
        "Trung ương 15 tỷ đồng, còn lại là ngân sách địa phương.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert {(r[0], r[1], r[4]) for r in rows if r[0].startswith("budget")} == {
        ("budget_total_mvnd", "baseline", 24500.0),
        ("budget_central_mvnd", "baseline", 15000.0),
    }


def test_the_national_programme_by_its_name_is_no_budget(tmp_path):
    # must not fire: the programme's own money, named by its title, is no province's budget
    text = _REPORT + ("Đề án tin học hóa quản lý hành chính nhà nước có tổng kinh phí 1.200 tỷ đồng trên cả nước.\n")
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert not any(r[0].startswith("budget") for r in rows)


# --- a report's `Phần II. KẾ HOẠCH NĂM 2014`: its money is the next year's ------------------------------------------
def test_the_money_under_a_part_planning_the_next_year_is_that_years(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n-------\nSố: 40/BC-UBND\nYên Bái, ngày 10 tháng 12 năm 2012\n\nBÁO CÁO\n"
        "Kết quả ứng dụng công nghệ thông tin năm 2012 và kế hoạch năm 2013\n\n"
        "Phần I. KẾT QUẢ NĂM 2012\nKinh phí năm 2012 đã thực hiện 5.000 triệu đồng.\n\n"
        "Phần II. KẾ HOẠCH NĂM 2013\n1. Kinh phí dự kiến: 8.000 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert {r for r in rows if r[0].startswith("budget")} == {
        ("budget_total_mvnd", "baseline", "all", 2012, 5000.0),
        ("budget_total_mvnd", "target", "all", 2013, 8000.0),
        ("budget_local_mvnd", "target", "all", 2013, 3000.0),
    }


# --- parts by kind of spending after a source's words are no source's part ------------------------------------------
def test_parts_by_kind_of_spending_after_the_only_source_are_no_facts(tmp_path):
    text = _PLAN + (
        "Tổng kinh phí năm 2012 là 3.600 triệu đồng (ngân sách tỉnh), trong đó chi đầu tư 2.000 triệu đồng, "
        "chi sự nghiệp 1.600 triệu đồng.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-kh.txt", text))
    assert {r for r in rows if r[0].startswith("budget")} == {
        ("budget_total_mvnd", "target", "all", 2012, 3600.0),
        ("budget_local_mvnd", "target", "all", 2012, 3600.0),
    }


def test_the_provinces_development_investment_stays_its_local_source(tmp_path):
    # must not fire: `vốn đầu tư phát triển của tỉnh` names the local source
    text = _PLAN + (
        "Tổng kinh phí năm 2012 là 3.600 triệu đồng, trong đó ngân sách Trung ương 1.000 triệu đồng, vốn đầu tư "
        "phát triển của tỉnh 2.600 triệu đồng.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-kh.txt", text))
    assert ("budget_local_mvnd", "target", "all", 2012, 2600.0) in rows


# --- none at a level, the IT named once before in the sentence ------------------------------------------------------
def test_a_level_with_no_dedicated_staff_after_it_staff_were_named(tmp_path):
    text = _REPORT + "5/20 sở, ngành đã bố trí cán bộ chuyên trách tin học; ở cấp xã chưa có cán bộ chuyên trách.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("it_staff_count", "baseline", "commune", 2011, 0.0) in rows


def test_no_dedicated_staff_of_another_field_is_no_it_staff(tmp_path):
    # must not fire: no IT staff named in the sentence
    text = _REPORT + "Ở cấp xã chưa có cán bộ chuyên trách.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert not any(r[0] == "it_staff_count" for r in rows)


def test_most_communes_with_no_dedicated_staff_is_no_zero(tmp_path):
    # must not fire: `phần lớn các xã` (most of them) have none, not all
    text = _REPORT + "12/12 huyện đã bố trí cán bộ chuyên trách tin học; phần lớn các xã chưa có cán bộ chuyên trách.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert not any(r[0] == "it_staff_count" and r[2] == "commune" for r in rows)


# --- news of one district: the district as the subject (`Hiện huyện có …`) -----------------------------------------
def test_the_district_as_subject_gives_its_level(tmp_path):
    text = (
        "Văn Chấn đẩy mạnh tin học hóa\n\n(Báo Yên Bái) - Ngày 5/10/2012, UBND huyện Văn Chấn cho biết, đến nay "
        "100% phòng, ban chuyên môn của huyện đã có mạng LAN. Hiện huyện có 3 cán bộ chuyên trách CNTT.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-news.txt", text))
    assert ("it_staff_count", "baseline", "district", 2012, 3.0) in rows


# --- a portal's own cost, from a national programme's money: no plan budget, and `mục tiêu` there is no goal ---------
def test_a_portals_cost_from_the_national_target_programme(tmp_path):
    text = (
        "Yên Bái khai trương Cổng thông tin điện tử tỉnh\n\n(Báo Yên Bái) - Ngày 2/9/2011, UBND tỉnh Yên Bái khai "
        "trương Cổng thông tin điện tử tỉnh. Cổng được xây dựng với kinh phí 2,8 tỷ đồng từ nguồn vốn Chương trình "
        "mục tiêu quốc gia, tích hợp 22 trang thông tin điện tử của các sở, ngành.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-news.txt", text))
    assert rows == {("component_websites_count", "baseline", "province", 2011, 22.0)}


# --- so many staff given a mailbox: the number of mailboxes ----------------------------------------------------------
def test_staff_given_a_mailbox_count_the_mailboxes(tmp_path):
    text = _REPORT + "Toàn tỉnh có 1.450 cán bộ, công chức được cấp hộp thư điện tử, đạt 55%.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert ("email_accounts_count", "baseline", "all", 2011, 1450.0) in rows


# --- more of the era's names: `mạng tin học diện rộng`, documents sent by mail, `máy vi tính trên cán bộ … 0,75` ----
def test_the_older_names_of_the_wan_documents_by_mail_and_a_decimal_ratio(tmp_path):
    text = _REPORT + (
        "Mạng tin học diện rộng của tỉnh kết nối 38 đơn vị. Tỷ lệ văn bản được gửi qua thư điện tử đạt 40%. "
        "Tỷ lệ máy vi tính trên cán bộ đạt 0,75.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert rows == {
        ("wan_connected_units_count", "baseline", "all", 2011, 38.0),
        ("edocument_exchange_pct", "baseline", "all", 2011, 40.0),
        ("computers_per_staff_pct", "baseline", "all", 2011, 75.0),
    }


def test_staff_of_two_degrees_together_are_no_count_of_one(tmp_path):
    text = _REPORT + (
        "Đội ngũ cán bộ chuyên trách tin học gồm 40 người, trong đó 30 người có trình độ đại học, cao đẳng; "
        "10 người trình độ trung cấp.\n"
    )
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert not any(r[0] == "it_staff_university_count" for r in rows)
    assert ("it_staff_vocational_count", "baseline", "all", 2011, 10.0) in rows


def test_a_sources_own_kind_of_spending_keeps_its_amount(tmp_path):
    # must not fire: the kind of spending in parentheses names the source's own money
    text = _PLAN + "Kinh phí thực hiện Kế hoạch:\n- Ngân sách tỉnh (vốn sự nghiệp): 5.000 triệu đồng.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-kh.txt", text))
    assert ("budget_local_mvnd", "target", "all", 2012, 5000.0) in rows


def test_staff_given_computers_linked_to_the_internet_keep_their_share(tmp_path):
    # must not fire: the staff's computer share is nearer the value than the Internet link
    text = _REPORT + "100% cán bộ, công chức cấp tỉnh được trang bị máy vi tính kết nối Internet.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert rows == {("staff_with_computer_pct", "baseline", "province", 2011, 100.0)}


def test_computers_on_average_per_one_staff_as_a_decimal_by_block(tmp_path):
    text = _REPORT + "Số máy vi tính bình quân trên 1 cán bộ, công chức khối tỉnh là 0,85; khối huyện 0,6.\n"
    rows = _rows(_corpus(tmp_path, "yen-bai-bc.txt", text))
    assert rows == {
        ("computers_per_staff_pct", "baseline", "province", 2011, 85.0),
        ("computers_per_staff_pct", "baseline", "district", 2011, 60.0),
    }
