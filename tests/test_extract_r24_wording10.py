"""Round 24 of issue #11 (`dev_wording10`): how texts date and tense their figures, tested on sentences in our own
words with fictional figures (none copied from the set's texts)."""

from __future__ import annotations

from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)


def test_an_earlier_year_of_a_figure_named_back_is_no_period_looked_back_on(tmp_path):
    text = (
        "Lào Cai: hộp thư công vụ đã về tới cấp xã\n\n"
        "Qua hơn hai năm triển khai hệ thống thư điện tử công vụ, đến nay tỉnh đã cấp 4.120 hộp thư cho cán bộ, công "
        "chức các cấp. Tỷ lệ cán bộ, công chức cấp huyện được cấp hộp thư đạt 96%, cấp xã đạt 61%. Năm 2013, tỷ lệ này "
        "ở cấp xã mới là 27%.\n\n"
        "Hoàng Minh - 14/03/2014\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_email_pct", "baseline", "district", 2014, 96) in got
    assert ("staff_with_email_pct", "baseline", "commune", 2014, 61) in got
    assert ("staff_with_email_pct", "baseline", "commune", 2013, 27) in got


def test_a_line_opening_with_a_figure_is_no_heading(tmp_path):
    text = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019\n\n"
        "I. KẾT QUẢ THỰC HIỆN\n"
        "85,5% cán bộ, công chức cấp huyện được cấp hộp thư điện tử; mục tiêu cả năm là 95%.\n"
        "Tỷ lệ UBND cấp xã sử dụng phần mềm quản lý văn bản đạt 70%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2019, 70) in got


def test_last_year_opening_a_clause_and_this_year_in_the_next(tmp_path):
    text = (
        "Dịch vụ công trực tuyến tăng nhanh\n\n"
        "(Vĩnh Long, 10/12/2018) - Năm ngoái, tỉnh mới cung cấp 15 dịch vụ công trực tuyến mức độ 4; năm nay con số "
        "này đã là 64 dịch vụ. Năm tới, tỉnh phấn đấu có 120 dịch vụ mức độ 4.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2017, 15) in got
    assert ("online_services_level4_count", "baseline", "all", 2018, 64) in got
    assert ("online_services_level4_count", "target", "all", 2019, 120) in got


def test_a_change_in_points_does_not_hide_the_goal_after_it(tmp_path):
    text = (
        "(Phú Yên, 20/12/2017) - Năm nay, 88% cán bộ, công chức cấp huyện thường xuyên sử dụng thư điện tử trong công "
        "việc, tăng 6 điểm phần trăm so với năm trước và vượt chỉ tiêu 80% đề ra.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2017, 88) in got
    assert ("staff_email_usage_pct", "target", "district", 2017, 80) in got


def test_the_same_period_last_year_is_a_comparison_not_a_year(tmp_path):
    text = (
        "Mạng chuyên dùng mở rộng\n\n"
        "(Tây Ninh, 02/11/2019) - Đến cuối tháng 10, mạng truyền số liệu chuyên dùng của tỉnh đã có 210 điểm kết nối, "
        "gấp rưỡi cùng kỳ năm ngoái.\n"
    )
    got = _facts(tmp_path, text)
    assert ("specialized_network_points_count", "baseline", "all", 2019, 210) in got


def test_money_in_a_list_under_a_line_naming_last_year(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 05/KH-UBND\nHậu Giang, ngày 08 tháng 01 năm 2021\n\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2021\n\n"
        "I. ĐÁNH GIÁ TÌNH HÌNH\n"
        "Trong năm 2020, công tác ứng dụng công nghệ thông tin của tỉnh đạt được những kết quả chính sau:\n"
        "- 96% UBND cấp xã đã dùng phần mềm quản lý văn bản.\n"
        "- Kinh phí chi cho ứng dụng công nghệ thông tin là 9.300 triệu đồng.\n"
    )
    got = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "baseline", "all", 2020, 9300) in got


def test_a_share_named_back_with_no_level_keeps_the_level_of_the_share_it_names(tmp_path):
    text = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2019\n\n"
        "Tỷ lệ cán bộ, công chức cấp huyện thường xuyên sử dụng thư điện tử đạt 81%, vượt mục tiêu 75%; cuối năm 2018 "
        "tỷ lệ này là 66%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2018, 66) in got


def test_a_count_grown_many_times_from_the_year_compared_with(tmp_path):
    text = (
        "Hội nghị tổng kết ứng dụng công nghệ thông tin giai đoạn 2016 - 2020\n\n"
        "(BN) - Ngày 25/11/2020, UBND tỉnh tổ chức tổng kết giai đoạn 2016 - 2020.\n\n"
        "So với năm 2015, số dịch vụ công trực tuyến mức độ 3, 4 tăng hơn gấp 3 lần, từ 150 dịch vụ lên 470 dịch vụ.\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level3_4_count", "baseline", "all", 2015, 150) in got
    assert ("online_services_level3_4_count", "baseline", "all", 2020, 470) in got


def test_the_mailbox_total_raised_to_after_an_increment(tmp_path):
    text = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2017\n\n"
        "Trong năm, Sở đã cấp mới 650 hộp thư, nâng tổng số hộp thư công vụ của tỉnh lên 3.870.\n"
    )
    got = _facts(tmp_path, text)
    assert ("email_accounts_count", "baseline", "all", 2017, 3870) in got
    assert not any(f[0] == "email_accounts_count" and f[4] == 650 for f in got)


def test_the_years_plan_in_brackets_after_a_completion_share(tmp_path):
    text = (
        "BÁO CÁO\nSơ kết 6 tháng đầu năm 2024\n\n"
        "Tỉnh đang cung cấp 845 dịch vụ công trực tuyến toàn trình, đạt 65% kế hoạch năm (kế hoạch năm 2024 là 1.300 "
        "dịch vụ).\n"
    )
    got = _facts(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2024, 845) in got
    assert ("online_services_level4_count", "target", "all", 2024, 1300) in got


def test_a_mailbox_goal_then_a_usage_goal_of_its_own(tmp_path):
    text = (
        "(Lạng Sơn, 15/10/2013) - Năm tới, tỉnh phấn đấu 95% cán bộ, công chức cấp huyện có hộp thư công vụ và nâng tỷ lệ "
        "thường xuyên sử dụng thư điện tử ở cấp tỉnh lên 85%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_email_pct", "target", "district", 2014, 95) in got
    assert ("staff_email_usage_pct", "target", "province", 2014, 85) in got
    assert ("staff_email_usage_pct", "target", "district", 2014, 95) not in got
