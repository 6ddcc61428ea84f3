"""Stop 27, helper wording14: kinds of wording met in real pages of 2022-2025 (docs/phrasing.md section 8, pages 564-582)
and imitated in `dev_wording14`, each tested here in other words than the set's texts (fictional figures and places)."""

from __future__ import annotations

from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)

REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 21/BC-UBND\nHà Giang, ngày 20 tháng 01 năm 2024\nBÁO CÁO\n"
    "Kết quả chuyển đổi số năm 2023\n{body}\n"
)
PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 95/KH-UBND\nHà Giang, ngày 28 tháng 12 năm 2023\nKẾ HOẠCH\n"
    "Chuyển đổi số năm 2024\nI. MỤC TIÊU\n{body}\n"
)
NEWS = "Hà Giang đẩy mạnh chính quyền số\n\n(Hà Giang, 14/8/2024) - {body}\n\nThu Hà\n"
DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 802/QĐ-UBND\nHà Giang, ngày 12 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc giao kinh phí thực hiện nhiệm vụ chuyển đổi số năm 2024\nQUYẾT ĐỊNH:\n{body}\n"
)


def test_the_end_of_the_year_in_a_report_on_that_year_issued_after_it_dates_results(tmp_path):
    body = "II. PHẦN MỀM DÙNG CHUNG\nTrục liên thông của tỉnh vận hành ổn định; tới hết năm, 97% UBND cấp xã dùng phần mềm quản lý văn bản."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2023, 97) in got
    # (guard: in a plan, the end of the year is a deadline ahead)
    got = _facts(tmp_path, PLAN.format(body="Đến cuối năm, 100% UBND cấp xã dùng phần mềm quản lý văn bản."))
    assert ("agencies_using_document_management_pct", "target", "commune", 2024, 100) in got


def test_procedures_said_to_be_online_and_split_by_level_are_no_count_of_procedures(tmp_path):
    body = "Cổng dịch vụ công của tỉnh cung cấp 1.402 thủ tục trực tuyến, chia ra 530 dịch vụ toàn trình và 872 dịch vụ một phần."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[0] == "admin_procedures_count" for f in got)
    assert ("online_services_level4_count", "baseline", "all", 2023, 530) in got


def test_a_count_of_services_with_their_verb_before_how_far_online_they_go(tmp_path):
    body = "Trong tổng số thủ tục của tỉnh, có 377 thủ tục được giải quyết toàn trình và 905 thủ tục được cung cấp một phần."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("online_services_level4_count", "baseline", "all", 2023, 377) in got
    assert ("online_services_level3_count", "baseline", "all", 2023, 905) in got


def test_a_share_of_applications_online_is_no_value_of_the_goal_listed_before_it(tmp_path):
    body = (
        "Từ nay đến năm 2025, tỉnh cần làm hai việc: bảo đảm 100% UBND cấp huyện dùng chữ ký số chuyên dùng khi phát hành"
        " văn bản; và nâng tỷ lệ hồ sơ trực tuyến lên trên 60%."
    )
    got = _facts(tmp_path, NEWS.format(body=body))
    assert not any(f[4] == 60 for f in got)
    assert ("agencies_using_digital_signature_pct", "target", "district", 2025, 100) in got  # (guard)


def test_documents_exchanged_then_said_to_carry_a_signature_are_the_exchange_share(tmp_path):
    body = "Tỷ lệ văn bản trao đổi giữa các sở, ngành và UBND các huyện được kèm theo chữ ký số đạt 95,1%."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("edocument_exchange_pct", "baseline", "all", 2023, 95.1) in got
    assert not any(f[0] == "agencies_using_digital_signature_pct" for f in got)


def test_abbreviated_e_documents_said_signed_only_are_no_share_of_agencies(tmp_path):
    got = _facts(tmp_path, PLAN.format(body="- Bảo đảm 98% VBĐT được ký số trước khi phát hành."))
    assert not any(f[0] == "agencies_using_digital_signature_pct" for f in got)


def test_a_slide_line_of_services_with_a_colon_and_a_sign_for_at_least(tmp_path):
    body = "• DVCTT một phần: 455 DV\n• DVCTT toàn trình: ≥ 720 DV"
    got = _facts(tmp_path, PLAN.format(body=body))
    assert ("online_services_level3_count", "target", "all", 2024, 455) in got
    assert ("online_services_level4_count", "target", "all", 2024, 720) in got


def test_a_years_it_money_by_its_abbreviation_with_its_sources_indented_under_it(tmp_path):
    body = (
        "- Kinh phí CNTT năm 2023: 40,2 tỷ đồng\n    + Vốn Trung ương: 9,5 tỷ đồng\n    + Ngân sách tỉnh: 30,7 tỷ đồng"
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("budget_total_mvnd", "baseline", "all", 2023, 40200) in got
    assert ("budget_central_mvnd", "baseline", "all", 2023, 9500) in got
    assert ("budget_local_mvnd", "baseline", "all", 2023, 30700) in got


def test_levels_written_bare_between_spaced_dashes_in_brackets(tmp_path):
    got = _facts(tmp_path, REPORT.format(body="- Cán bộ chuyên trách CNTT: 93 người (tỉnh 50 - huyện 30 - xã 13)."))
    assert ("it_staff_count", "baseline", "province", 2023, 50) in got
    assert ("it_staff_count", "baseline", "district", 2023, 30) in got
    assert ("it_staff_count", "baseline", "commune", 2023, 13) in got


def test_no_post_or_no_payroll_place_for_dedicated_staff_at_a_level_is_its_zero(tmp_path):
    body = "Toàn tỉnh có 70 cán bộ chuyên trách công nghệ thông tin; ở cấp xã không có chức danh công chức chuyên trách CNTT."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "commune", 2023, 0) in got
    body = (
        "Sở, ngành có 44 cán bộ chuyên trách công nghệ thông tin, còn cấp huyện chưa bố trí được biên chế chuyên trách."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("it_staff_count", "baseline", "district", 2023, 0) in got


def test_a_year_an_amount_is_measured_against_is_no_period_of_news(tmp_path):
    text = (
        "Quản Bạ đưa dịch vụ công về thôn bản\n\n(Hà Giang, 14/8/2024) - Huyện Quản Bạ đã cấp hộp thư công vụ cho 91% cán bộ,"
        " công chức cấp xã; kinh phí dành cho việc này gấp ba lần năm 2022.\n\nThu Hà\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_with_email_pct", "baseline", "commune", 2024, 91) in got


def test_the_levels_a_facility_links_are_not_the_level_of_the_share(tmp_path):
    got = _facts(
        tmp_path, PLAN.format(body="- 100% UBND cấp xã có phòng họp trực tuyến kết nối ba cấp tỉnh, huyện, xã.")
    )
    assert ("communes_with_videoconference_pct", "target", "commune", 2024, 100) in got


def test_a_decisions_article_allotting_money_from_one_source(tmp_path):
    body = (
        "Điều 1. Giao 9.320 triệu đồng (Chín tỷ, ba trăm hai mươi triệu đồng) từ nguồn sự nghiệp kinh tế ngân sách tỉnh"
        " cho các sở để thực hiện các nhiệm vụ chuyển đổi số.\nĐiều 2. Sở Tài chính hướng dẫn thanh quyết toán."
    )
    got = _facts(tmp_path, DECISION.format(body=body.replace("Giao 9.320", "Phân bổ 9.320")))
    assert ("budget_total_mvnd", "target", "all", 2024, 9320) in got
    assert ("budget_local_mvnd", "target", "all", 2024, 9320) in got


def test_money_allotted_whose_disbursement_is_then_measured_is_the_years_plan(tmp_path):
    body = "Năm 2023, tỉnh bố trí 27 tỷ đồng cho các nhiệm vụ ứng dụng CNTT; đến nay đã giải ngân 82% dự toán."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("budget_total_mvnd", "target", "all", 2023, 27000) in got
    # (guard: money said to be allotted already is what was spent)
    body = "Năm 2023, tỉnh đã bố trí 27 tỷ đồng cho các nhiệm vụ ứng dụng CNTT."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("budget_total_mvnd", "baseline", "all", 2023, 27000) in got
