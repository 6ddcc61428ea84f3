"""Stop 27, the reviewer's findings (191 probes of its own, /tmp/review27), each probed again here in other words with
fictional figures: a rule that read too much is narrowed, one that read too little widened, and a guard in each test
keeps what the rule was written for."""

from __future__ import annotations

from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)

REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 402/BC-UBND\nYên Bái, ngày 12 tháng 12 năm 2023\nBÁO CÁO\n"
    "Kết quả chuyển đổi số năm 2023\nI. KẾT QUẢ ĐẠT ĐƯỢC\n{body}\n"
)
PLAN_2024 = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 31/KH-UBND\nYên Bái, ngày 20 tháng 2 năm 2024\nKẾ HOẠCH\n"
    "Chuyển đổi số năm 2024\n{body}\n"
)
HALF_YEAR = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 205/BC-UBND\nYên Bái, ngày 2 tháng 7 năm 2024\nBÁO CÁO\n"
    "Kết quả chuyển đổi số 6 tháng đầu năm 2024\nI. KẾT QUẢ\n{body}\n"
)


def test_a_will_word_after_the_value_s_comma_is_another_predicate_s(tmp_path):
    body = (
        "90% UBND cấp xã đã dùng phần mềm quản lý văn bản, nhờ vậy sẽ giảm được giấy tờ.\n"
        "Tỷ lệ cán bộ cấp huyện dùng chữ ký số đạt 75%, vượt dự kiến của tỉnh.\n"
        "Có 88% xã kết nối mạng truyền số liệu chuyên dùng, mạng này sẽ được mở rộng trong năm 2025."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2023, 90) in got
    assert ("staff_using_digital_signature_pct", "baseline", "district", 2023, 75) in got or (
        "agencies_using_digital_signature_pct",
        "baseline",
        "district",
        2023,
        75,
    ) in got
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2023, 88) in got
    assert not any(f[1] == "target" for f in got)
    # (guard: a value whose own words say it is to come is still a goal)
    got = _facts(tmp_path, REPORT.format(body="Trong năm 2024, 95% UBND cấp xã sẽ dùng chữ ký số chuyên dùng."))
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2024, 95) in got


def test_a_bare_year_column_beside_a_goal_column_is_that_year_s_state(tmp_path):
    body = (
        "| STT | Chỉ tiêu | Năm 2023 | Mục tiêu năm 2025 |\n"
        "| 1 | Tỷ lệ UBND cấp xã có điểm cầu truyền hình trực tuyến (%) | 72 | 100 |\n"
        "| 2 | Số cán bộ chuyên trách công nghệ thông tin cấp huyện (người) | 34 | 45 |"
    )
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2023, 72) in got
    assert ("communes_with_videoconference_pct", "target", "commune", 2025, 100) in got
    assert ("it_staff_count", "baseline", "district", 2023, 34) in got
    assert ("it_staff_count", "target", "district", 2025, 45) in got


def test_a_column_of_six_months_results_is_the_year_s_state_but_its_money_no_budget(tmp_path):
    body = (
        "| TT | Nội dung | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
        "| 1 | Kinh phí chuyển đổi số | triệu đồng | 9.000 | 3.600 | 40 |\n"
        "| 2 | Tỷ lệ UBND cấp xã dùng phần mềm một cửa điện tử | % | 100 | 91 | 91 |"
    )
    got = _facts(tmp_path, HALF_YEAR.format(body=body))
    assert ("agencies_with_eonestop_pct", "target", "commune", 2024, 100) in got
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2024, 91) in got
    assert ("budget_total_mvnd", "target", "all", 2024, 9000) in got
    assert not any(f[0] == "budget_total_mvnd" and f[1] == "baseline" for f in got)


def test_a_programme_carried_out_named_with_its_horizon_gives_no_kind_or_year(tmp_path):
    body = (
        "Triển khai Kế hoạch chuyển đổi số của tỉnh đến năm 2025, tầm nhìn đến năm 2030, tỷ lệ UBND cấp xã "
        "dùng chữ ký số chuyên dùng đạt 64%."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2023, 64) in got
    # (guard: a goal after the name is still a goal)
    body = "Thực hiện Chương trình chuyển đổi số đến năm 2025, tỉnh phấn đấu năm 2024 có 80% xã dùng chữ ký số."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2024, 80) in got


NEWS = "{head}\n\n{body}\n"


def test_news_of_the_state_then_a_goal_in_a_later_sentence_keeps_the_state(tmp_path):
    body = (
        "(Yên Bái, 14/9/2023) - Toàn tỉnh có 63 cán bộ chuyên trách công nghệ thông tin. Tỉnh phấn đấu đến năm 2025 "
        "mỗi huyện có thêm ít nhất 02 cán bộ chuyên trách."
    )
    got = _facts(tmp_path, NEWS.format(head="Yên Bái: nhân lực cho chuyển đổi số", body=body))
    assert ("it_staff_count", "baseline", "all", 2023, 63) in got


def test_an_interview_whose_first_turn_follows_the_dateline_is_an_interview(tmp_path):
    body = (
        "(Yên Bái, 3/10/2023) - PV: Xin ông cho biết nhân lực công nghệ thông tin của tỉnh?\n\n"
        "Ông Lê Văn Hòa: Toàn tỉnh có 71 cán bộ chuyên trách công nghệ thông tin. Chúng tôi phấn đấu đến năm 2025 mỗi xã có một "
        "cán bộ chuyên trách."
    )
    got = _facts(tmp_path, NEWS.format(head="Nhân lực số: còn mỏng", body=body))
    assert ("it_staff_count", "baseline", "all", 2023, 71) in got


def test_a_year_s_allotment_right_before_its_amount_is_plan_money_unless_said_done(tmp_path):
    body = (
        "(Yên Bái, 5/3/2023) - Đến nay, tỉnh đã có 410 dịch vụ công trực tuyến toàn trình. Năm 2023, tỉnh dành chừng "
        "15 tỷ đồng cho chuyển đổi số."
    )
    got = _facts(tmp_path, NEWS.format(head="Yên Bái đầu tư cho chuyển đổi số", body=body))
    assert ("online_services_level4_count", "baseline", "all", 2023, 410) in got
    assert ("budget_total_mvnd", "target", "all", 2023, 15000) in got
    # (guard: what a report says was done, `đã` before the allotment, is spent)
    body = "Trong năm, Sở đã giúp UBND tỉnh bố trí 4.800 triệu đồng cho 5 dự án công nghệ thông tin."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("budget_total_mvnd", "baseline", "all", 2023, 4800) in got


def test_the_country_s_figure_in_brackets_is_no_share_of_the_province(tmp_path):
    body = (
        "Tỷ lệ hồ sơ trực tuyến của người dân sử dụng dịch vụ công trực tuyến đạt 52% (toàn quốc: 47%).\n"
        "Văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 94%, cao hơn mức trung bình cả nước (90%)."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("edocument_exchange_pct", "baseline", "all", 2023, 94) in got
    assert not any(f[4] in (47, 90) for f in got)


def test_a_change_or_a_share_of_the_plan_done_is_no_share(tmp_path):
    body = (
        "Nhờ dùng phần mềm một cửa điện tử, thời gian giải quyết hồ sơ rút ngắn 25%, chi phí đi lại giảm 35%.\n"
        "Chỉ tiêu UBND cấp xã dùng chữ ký số chuyên dùng đạt 100% kế hoạch."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[0] in ("agencies_with_eonestop_pct", "agencies_using_digital_signature_pct") for f in got)
    # (guard: a share reached after `tăng lên` is read)
    got = _facts(tmp_path, REPORT.format(body="Tỷ lệ UBND cấp xã dùng chữ ký số chuyên dùng tăng lên 86%."))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2023, 86) in got


def test_businesses_digital_signatures_are_no_share_of_agencies(tmp_path):
    body = "Trong kinh tế số, 88% doanh nghiệp trên địa bàn đã dùng chữ ký số để kê khai thuế."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[0] == "agencies_using_digital_signature_pct" for f in got)


def test_none_left_lacking_is_no_zero(tmp_path):
    body = "Đến nay không còn xã nào chưa kết nối hội nghị truyền hình trực tuyến với huyện."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[4] == 0 for f in got)
    # (guard: a level that lacks it is that level's none)
    got = _facts(tmp_path, REPORT.format(body="Hiện các xã chưa có điểm cầu hội nghị truyền hình trực tuyến."))
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2023, 0) in got


def test_a_count_s_parts_by_level_after_gom_colon(tmp_path):
    body = (
        "Tổng số cán bộ chuyên trách công nghệ thông tin của tỉnh là 167 người, gồm: cấp tỉnh 70 người, cấp huyện "
        "41 người, cấp xã 56 người."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "all", 2023, 167) in got
    assert ("it_staff_count", "baseline", "province", 2023, 70) in got
    assert ("it_staff_count", "baseline", "district", 2023, 41) in got
    assert ("it_staff_count", "baseline", "commune", 2023, 56) in got


def test_a_goal_naming_neither_share_nor_level_goes_on_with_the_share_before_it(tmp_path):
    body = "Hiện nay, 64% UBND cấp huyện dùng chữ ký số chuyên dùng; đến cuối năm 2024 phấn đấu nâng lên 90%."
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("agencies_using_digital_signature_pct", "target", "district", 2024, 90) in got
    # (guard: a goal naming its own level keeps it)
    body = "Hiện nay, 64% UBND cấp huyện dùng chữ ký số chuyên dùng; năm 2024 cấp xã phấn đấu đạt 50%."
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2024, 50) in got


def test_users_of_mailboxes_named_back_and_daily_log_ins_are_regular_use(tmp_path):
    body = (
        "Cán bộ, công chức cấp huyện đều được cấp hộp thư công vụ; số người dùng thường xuyên chiếm khoảng 70%.\n"
        "Trung bình mỗi ngày có chừng 2.600 lượt công chức truy cập hộp thư điện tử công vụ, chiếm 45% số tài khoản."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("staff_email_usage_pct", "baseline", "district", 2023, 70) in got
    assert ("staff_email_usage_pct", "baseline", "all", 2023, 45) in got
    assert not any(f[0] == "staff_with_email_pct" for f in got)


REPORT_2024 = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 15/BC-UBND\nYên Bái, ngày 18 tháng 1 năm 2024\nBÁO CÁO\n"
    "Kết quả chuyển đổi số năm 2023\n{body}\n"
)


def test_money_the_it_works_disbursed_by_the_year_s_end_is_spent_that_year(tmp_path):
    body = "Đến hết ngày 31/12/2023, những dự án chuyển đổi số của tỉnh đã giải ngân 17 tỷ đồng."
    got = _facts(tmp_path, REPORT_2024.format(body=body))
    assert ("budget_total_mvnd", "baseline", "all", 2023, 17000) in got
    # (guard: in part of the year it is no budget)
    body = "Chín tháng đầu năm 2023, những dự án chuyển đổi số của tỉnh đã giải ngân 9 tỷ đồng."
    got = _facts(tmp_path, REPORT_2024.format(body=body))
    assert not any(f[0] == "budget_total_mvnd" for f in got)


def test_not_below_is_at_least(tmp_path):
    body = "II. MỤC TIÊU\nKhông thấp hơn 85% cán bộ, công chức cấp huyện dùng thư điện tử công vụ thường xuyên."
    (tmp_path / "doc.txt").write_text(PLAN_2024.format(body=body), encoding="utf-8")
    from analysis.extract import extract_corpus

    facts = extract_corpus(tmp_path).facts
    row = facts[facts["indicator"] == "staff_email_usage_pct"].iloc[0]
    assert (row["value"], row["qualifier"], row["kind"], row["scope"]) == (85, "at_least", "target", "district")


def test_a_goal_not_reached_named_with_its_plan_is_the_goal(tmp_path):
    body = "Tỷ lệ UBND cấp huyện dùng phần mềm một cửa điện tử chưa đạt mức 95% theo kế hoạch, mới đạt 83%."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_with_eonestop_pct", "target", "district", 2023, 95) in got
    assert ("agencies_with_eonestop_pct", "baseline", "district", 2023, 83) in got


def test_fraction_cells_with_their_units_word_are_a_share_s_cells(tmp_path):
    body = (
        "| TT | Chỉ tiêu | Thực hiện năm 2023 | Chỉ tiêu năm 2024 |\n"
        "| 1 | UBND cấp xã có điểm cầu truyền hình trực tuyến | 150/200 xã | 200/200 xã |"
    )
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2023, 75) in got
    assert ("communes_with_videoconference_pct", "target", "commune", 2024, 100) in got


def test_a_count_that_fell_or_is_left(tmp_path):
    body = "Số cán bộ chuyên trách công nghệ thông tin của tỉnh giảm từ 71 người năm 2021 xuống còn 66 người."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "all", 2021, 71) in got
    assert ("it_staff_count", "baseline", "all", 2023, 66) in got
    body = "Vì nhiều người chuyển công tác, đội ngũ cán bộ chuyên trách công nghệ thông tin hiện còn 39 người."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "all", 2023, 39) in got


def test_services_split_after_a_total_or_item_by_item(tmp_path):
    body = (
        "Dịch vụ công trực tuyến: 1.480 dịch vụ, trong đó 610 toàn trình và 870 một phần.\n"
        "Thủ tục hành chính của huyện: 402; trong đó dịch vụ công trực tuyến toàn trình: 95; một phần: 233."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("online_services_level4_count", "baseline", "all", 2023, 610) in got
    assert ("online_services_level3_count", "baseline", "all", 2023, 870) in got
    assert ("online_services_level3_count", "baseline", "all", 2023, 233) in got


def test_no_unit_of_a_level_with_it_staff_is_that_level_s_zero(tmp_path):
    body = (
        "Cả tỉnh có 57 cán bộ chuyên trách công nghệ thông tin, tập trung ở cấp tỉnh; chưa có phường, xã nào bố trí "
        "công chức chuyên trách công nghệ thông tin."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "all", 2023, 57) in got
    assert ("it_staff_count", "baseline", "commune", 2023, 0) in got


def test_a_sentence_of_a_goal_or_a_state_and_its_value_alone_goes_on_with_the_share_before(tmp_path):
    body = (
        "(Yên Bái, 9/8/2023) - PV: Việc ký số ở cơ sở ra sao, thưa bà?\n\n"
        "Bà Hà Thị Lan: Đến nay 58% UBND cấp xã dùng chữ ký số chuyên dùng. Mục tiêu năm 2024 là 85%."
    )
    got = _facts(tmp_path, NEWS.format(head="Ký số ở cơ sở", body=body))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2023, 58) in got
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2024, 85) in got


def test_a_goal_s_horizon_quoted_in_a_later_review_is_no_tense(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 9/BC-UBND\nYên Bái, ngày 11 tháng 1 năm 2022\nBÁO CÁO\n"
        "Kết quả ứng dụng công nghệ thông tin năm 2021\n"
        "Kế hoạch số 77/KH-UBND của tỉnh đặt mục tiêu đến năm 2021 có 90% UBND cấp huyện dùng chữ ký số chuyên dùng; "
        "kết quả đến hết năm 2021 đạt 93%.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "target", "district", 2021, 90) in got
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2021, 93) in got


def test_the_year_an_amount_is_compared_with_is_not_its_year(tmp_path):
    body = "(Yên Bái, 6/1/2024) - Năm 2023, số tài khoản thư công vụ được cấp gấp ba lần năm 2021, đạt 6.300 hộp thư."
    got = _facts(tmp_path, NEWS.format(head="Thư công vụ tăng nhanh", body=body))
    assert ("email_accounts_count", "baseline", "all", 2023, 6300) in got


def test_a_news_item_on_signed_documents_or_official_mailboxes_is_read(tmp_path):
    body = "(Yên Bái, 2/5/2023) - Gần 95% văn bản trao đổi giữa các cơ quan nhà nước của tỉnh đã được ký số."
    (tmp_path / "a.txt").write_text(NEWS.format(head="Ký số thành nếp", body=body), encoding="utf-8")
    from analysis.extract import extract_corpus

    assert not extract_corpus(tmp_path).problems


def test_staff_doing_it_named_back_are_a_share_of_staff_only(tmp_path):
    body = (
        "Cán bộ, công chức cấp huyện đều sử dụng thư điện tử công vụ hằng ngày. Ở cấp xã, mới có 55% cán bộ làm được "
        "việc này.\nCác sở đã dùng phần mềm một cửa điện tử. Nhưng chỉ 30% công chức thành thạo việc này."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("staff_email_usage_pct", "baseline", "commune", 2023, 55) in got
    assert not any(f[4] == 30 for f in got)


def test_and_a_half_after_a_scale_word(tmp_path):
    from analysis.vietnamese import find_money, find_money_words

    assert [a.value for a in find_money("kinh phí 4 tỷ rưỡi đồng")] == [4500]
    assert [a.value for a in find_money_words("kinh phí ba tỷ rưỡi đồng")] == [3500]
    body = "Tổng kinh phí thực hiện kế hoạch là năm tỷ rưỡi đồng từ ngân sách tỉnh."
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("budget_total_mvnd", "target", "all", 2024, 5500) in got


def test_a_count_named_back_in_the_next_sentence(tmp_path):
    body = (
        "(Yên Bái, 12/9/2023) - Hiện tỉnh cung cấp 388 dịch vụ công trực tuyến toàn trình. Theo kế hoạch, đến cuối năm "
        "con số này sẽ tăng lên 540 dịch vụ."
    )
    got = _facts(tmp_path, NEWS.format(head="Dịch vụ công toàn trình", body=body))
    assert ("online_services_level4_count", "baseline", "all", 2023, 388) in got
    assert ("online_services_level4_count", "target", "all", 2023, 540) in got


# --- a second review (review27b), of this stop's own rules -----------------------------------------------------------
def test_a_value_alone_sentence_goes_on_only_with_the_share_right_before_it(tmp_path):
    body = (
        "Tỷ lệ văn bản điện tử giữa các cơ quan đạt 93%. Tỷ lệ hồ sơ xử lý đúng hạn đạt 97%. Mục tiêu năm 2024 là 99%.\n"
        "Tỷ lệ UBND cấp xã dùng chữ ký số chuyên dùng đạt 82%.\n\nII. CẢI CÁCH HÀNH CHÍNH\nHiện nay, cấp xã mới đạt 60%."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("edocument_exchange_pct", "baseline", "all", 2023, 93) in got
    assert not any(f[4] in (97, 99, 60) for f in got)


def test_a_rate_of_its_own_after_a_semicolon_continues_no_share(tmp_path):
    body = (
        "Tỷ lệ cán bộ dùng thư điện tử công vụ thường xuyên đạt 87%; mức độ hài lòng của người dân đạt 91%; "
        "tỷ lệ giải ngân vốn đầu tư công đạt 94%."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("staff_email_usage_pct", "baseline", "all", 2023, 87) in got
    assert not any(f[4] in (91, 94) for f in got)
    # (guard: a level's own value after `;` still continues it)
    got = _facts(tmp_path, REPORT.format(body="Tỷ lệ văn bản điện tử cấp tỉnh đạt 97%; cấp huyện đạt 88%."))
    assert ("edocument_exchange_pct", "baseline", "district", 2023, 88) in got


def test_signing_by_banks_schools_or_hospitals_is_no_e_government_text(tmp_path):
    body = "(Yên Bái, 3/3/2024) - 100% trường trung học cơ sở trên địa bàn đã ký số sổ điểm điện tử cho học sinh."
    (tmp_path / "a.txt").write_text(NEWS.format(head="Trường học ký số", body=body), encoding="utf-8")
    from analysis.extract import extract_corpus

    result = extract_corpus(tmp_path)
    assert result.facts.empty and result.problems


def test_news_with_no_word_of_a_goal_or_a_result_states_how_things_stand(tmp_path):
    body = "(Yên Bái, 4/4/2024) - Có 86% cán bộ cấp huyện dùng hộp thư công vụ, tuy mạng còn chập chờn."
    got = _facts(tmp_path, NEWS.format(head="Hộp thư công vụ ở huyện", body=body))
    assert ("staff_email_usage_pct", "baseline", "district", 2024, 86) in got


def test_an_allotment_over_a_period_gone_by_looks_back_and_part_of_a_year_s_disbursement_is_none(tmp_path):
    body = "(Yên Bái, 15/1/2024) - Giai đoạn 2020-2023, tỉnh bố trí 51 tỷ đồng cho chuyển đổi số."
    (tmp_path / "n.txt").write_text(NEWS.format(head="Bốn năm chuyển đổi số", body=body), encoding="utf-8")
    from analysis.extract import extract_corpus

    facts = extract_corpus(tmp_path).facts
    row = facts[facts["indicator"] == "budget_total_mvnd"].iloc[0]
    assert (row["kind"], row["period_start"], row["period_end"], row["value"]) == ("baseline", 2020, 2023, 51000)
    half = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 210/BC-UBND\nYên Bái, ngày 3 tháng 7 năm 2023\nBÁO CÁO\n"
        "Kết quả 6 tháng đầu năm 2023\nĐến ngày 30/6/2023, những dự án chuyển đổi số đã giải ngân 6 tỷ đồng.\n"
    )
    folder = tmp_path / "half"
    folder.mkdir()
    got = _facts(folder, half)
    assert not any(f[0] == "budget_total_mvnd" for f in got)


def test_a_programme_carried_out_gives_no_year_to_a_plan_s_goal(tmp_path):
    body = (
        "I. MỤC TIÊU\nTriển khai Chiến lược chuyển đổi số đến năm 2025, định hướng đến năm 2030, phấn đấu 97% văn bản "
        "trao đổi giữa các cơ quan nhà nước dưới dạng điện tử."
    )
    got = _facts(tmp_path, PLAN_2024.format(body=body))
    assert ("edocument_exchange_pct", "target", "all", 2024, 97) in got


def test_a_goal_sentence_of_the_common_wording_goes_on_with_the_share_before(tmp_path):
    body = (
        "(Yên Bái, 3/4/2024) - Hiện nay, tỷ lệ UBND cấp huyện dùng phần mềm một cửa điện tử đạt 88%. Năm 2025, tỉnh "
        "phấn đấu nâng lên 100%."
    )
    got = _facts(tmp_path, NEWS.format(head="Một cửa điện tử", body=body))
    assert ("agencies_with_eonestop_pct", "baseline", "district", 2024, 88) in got
    assert ("agencies_with_eonestop_pct", "target", "district", 2025, 100) in got


def test_businesses_certificates_are_no_share_of_agencies(tmp_path):
    body = "Về kinh tế số, 93% doanh nghiệp trên địa bàn đã có chứng thư số để kê khai thuế điện tử."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[0] == "agencies_using_digital_signature_pct" for f in got)


def test_services_split_after_gom_with_bare_numbers(tmp_path):
    body = "Toàn tỉnh cung cấp 830 dịch vụ công trực tuyến, gồm: 310 toàn trình, 520 một phần."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("online_services_level4_count", "baseline", "all", 2023, 310) in got
    assert ("online_services_level3_count", "baseline", "all", 2023, 520) in got


def test_news_of_the_state_after_some_months_then_its_goal(tmp_path):
    body = (
        "(Yên Bái, 12/9/2024) - Sau 9 tháng, tỷ lệ UBND cấp xã dùng chữ ký số chuyên dùng đạt 76%.\n\n"
        "Tỉnh phấn đấu đến năm 2025 đạt 100% UBND cấp xã dùng chữ ký số chuyên dùng."
    )
    got = _facts(tmp_path, NEWS.format(head="Chín tháng ký số", body=body))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2024, 76) in got
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2025, 100) in got


def test_a_goal_of_a_time_ahead_no_year_names_has_no_year(tmp_path):
    body = "Tỷ lệ UBND cấp xã dùng phần mềm một cửa điện tử đạt 91%, thời gian tới sẽ phấn đấu đạt 100%."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2023, 91) in got
    targets = {f for f in got if f[1] == "target"}
    assert len(targets) == 1 and ("agencies_with_eonestop_pct", "target", "commune", 2023, 100) not in targets


def test_agencies_share_after_a_businesses_one_is_still_read(tmp_path):
    body = "Tỷ lệ doanh nghiệp dùng chữ ký số đạt 84%, các cơ quan cấp tỉnh đạt 100%."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert got == {("agencies_using_digital_signature_pct", "baseline", "province", 2023, 100)}


def test_short_news_of_an_aim_in_other_words_stays_news_of_a_plan(tmp_path):
    for body in (
        "(Yên Bái, 2/4/2024) - Tỉnh hướng tới 100% UBND cấp xã dùng chữ ký số chuyên dùng.",
        "(Yên Bái, 2/4/2024) - UBND tỉnh bảo đảm 100% UBND cấp xã dùng chữ ký số chuyên dùng trong quý III.",
        "(Yên Bái, 2/4/2024) - Trong thời gian tới, 100% UBND cấp xã dùng chữ ký số chuyên dùng.",
    ):
        folder = tmp_path / str(abs(hash(body)))
        folder.mkdir()
        got = _facts(folder, NEWS.format(head="Ký số ở xã", body=body))
        assert {f[1] for f in got} == {"target"}, body


def test_an_aim_said_with_huong_toi_in_an_interview_s_answer_is_a_goal(tmp_path):
    body = (
        "(Yên Bái, 8/5/2024) - PV: Thư công vụ ở cơ sở thì sao, thưa ông?\n\n"
        "Ông Trần Minh: Toàn bộ UBND cấp xã đã dùng phần mềm quản lý văn bản. Chúng tôi hướng tới 85% cán bộ cấp xã "
        "dùng hộp thư công vụ."
    )
    got = _facts(tmp_path, NEWS.format(head="Thư công vụ ở cơ sở", body=body))
    assert {f[1] for f in got if f[0] == "staff_email_usage_pct"} == {"target"}
