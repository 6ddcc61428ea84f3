"""Kinds of wording around the People's Council (HĐND) and the budget that the development set `dev_wording4` (issue
#11, round 20) showed the extractor missed on its first pass: inspection conclusions, examination reports of a
proposal, minutes of a question session, a decision allotting a year's estimate, a district council's resolution,
adjusted plans. Every text here was written for this file, in our own words (not copied from the set); the facts each
should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"


def _periods(result):
    f = result.facts
    return {
        (r.indicator, r.kind, r.scope, r.period_start, r.period_end, r.value)
        for r in f.itertuples()
        if r.period_start == r.period_start and r.period_start is not None  # not NaN
    }


# --- an inspection conclusion states what the inspectors found (baselines of its year) ----------------------------
def test_an_inspection_conclusion_states_what_was_found_as_of_its_year(tmp_path):
    text = (
        "THANH TRA TỈNH KHÁNH HÒA\n-------\n" + _MOTTO + "Số: 15/KL-TTr\nKhánh Hòa, ngày 12 tháng 4 năm 2019\n\n"
        "KẾT LUẬN THANH TRA\nViệc quản lý kinh phí ứng dụng công nghệ thông tin giai đoạn 2016-2018\n\n"
        "Qua kiểm tra, hệ thống thư điện tử công vụ của tỉnh có 3.150 tài khoản được cấp. "
        "Có 18/18 sở, ngành đã bố trí cán bộ chuyên trách công nghệ thông tin.\n"
    )
    rows = _rows(_corpus(tmp_path, "khanh-hoa-kl.txt", text))
    assert ("email_accounts_count", "baseline", "all", 2019, 3150.0) in rows
    assert ("agencies_with_dedicated_it_staff_pct", "baseline", "province", 2019, 100.0) in rows


# --- a decision allotting next year's estimate: its tasks are goals of that year ----------------------------------
def test_a_decision_allotting_next_years_estimate_sets_goals_of_that_year(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 2210/QĐ-UBND\nHà Nam, ngày 20 tháng 12 năm 2021\n\n"
        "QUYẾT ĐỊNH\nVề việc giao dự toán chi ứng dụng công nghệ thông tin năm 2022\n\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Giao dự toán chi ứng dụng công nghệ thông tin năm 2022 với tổng số tiền 21.600 triệu đồng.\n"
        "Điều 2. Sở Thông tin và Truyền thông triển khai chữ ký số cho 100% UBND cấp huyện.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-qd.txt", text))
    assert ("budget_total_mvnd", "target", "all", 2022, 21600.0) in rows
    assert ("agencies_using_digital_signature_pct", "target", "district", 2022, 100.0) in rows


# --- minutes of a question session: the answer's state now, and the commitments ----------------------------------
def test_minutes_of_a_question_session_give_the_state_then_and_the_commitments(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nKHÓA XIX, KỲ HỌP THỨ TÁM\n\nBIÊN BẢN\n"
        "Phiên chất vấn ngày 6 tháng 12 năm 2022\n\n"
        "Đại biểu hỏi về việc người dân ít dùng dịch vụ công trực tuyến.\n"
        "Giám đốc Sở Thông tin và Truyền thông trả lời: hiện tỉnh có 410 dịch vụ công trực tuyến mức độ 4.\n"
        "Về nhân lực, các sở, ngành có 52 người làm công nghệ thông tin, trong đó 6 thạc sĩ.\n"
        "Sở sẽ tham mưu để đến năm 2025 có 100% xã, phường, thị trấn có điểm cầu truyền hình trực tuyến.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-bb.txt", text))
    assert ("online_services_level4_count", "baseline", "all", 2022, 410.0) in rows
    assert ("it_staff_count", "baseline", "province", 2022, 52.0) in rows
    assert ("it_staff_postgraduate_count", "baseline", "province", 2022, 6.0) in rows
    assert ("communes_with_videoconference_pct", "target", "commune", 2025, 100.0) in rows


# --- an examination report (báo cáo thẩm tra) of a proposal: the plan's money is a target of the plan's period ------
def test_an_examination_report_keeps_the_proposed_plans_money_a_target(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\nBAN KINH TẾ - NGÂN SÁCH\n-------\n" + _MOTTO + "Số: 31/BC-HĐND\n"
        "Hà Nam, ngày 01 tháng 12 năm 2022\n\nBÁO CÁO THẨM TRA\n"
        "Tờ trình của Ủy ban nhân dân tỉnh về Đề án chuyển đổi số tỉnh Hà Nam giai đoạn 2023-2025\n\n"
        "1. Về sự cần thiết\nGiai đoạn 2019-2022, tỉnh đã bố trí 60 tỷ đồng cho ứng dụng công nghệ thông tin.\n"
        "2. Về kinh phí\nTổng kinh phí thực hiện Đề án là 84 tỷ đồng, trong đó ngân sách trung ương 20 tỷ đồng, "
        "ngân sách tỉnh 64 tỷ đồng.\n"
    )
    found = _periods(_corpus(tmp_path, "ha-nam-tt.txt", text))
    assert ("budget_total_mvnd", "target", "all", 2023, 2025, 84000.0) in found
    assert ("budget_local_mvnd", "target", "all", 2023, 2025, 64000.0) in found
    assert ("budget_total_mvnd", "baseline", "all", 2019, 2022, 60000.0) in found


# --- a district council's resolution: the district's offices are the district level ------------------------------
def test_a_district_councils_resolution_reads_the_districts_offices_as_its_level(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN KIM BẢNG\n-------\n"
        + _MOTTO
        + "Số: 11/NQ-HĐND\nKim Bảng, ngày 15 tháng 7 năm 2021\n\n"
        "NGHỊ QUYẾT\nVề chuyển đổi số huyện Kim Bảng giai đoạn 2021-2025\n\nQUYẾT NGHỊ:\n"
        "Điều 1. Đến năm 2025, 100% văn bản giữa các cơ quan, đơn vị của huyện được gửi, nhận dưới dạng điện tử.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-kim-bang-nq.txt", text))
    assert ("edocument_exchange_pct", "target", "district", 2025, 100.0) in rows


# --- a press release dated in words in its lead: the year's results and next year's tasks -------------------------
def test_a_press_release_dated_in_words_gives_results_and_next_years_money(tmp_path):
    text = (
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ NAM\n\nTHÔNG CÁO BÁO CHÍ\nHội nghị tổng kết năm 2022\n\n"
        "Hà Nam, ngày 09 tháng 01 năm 2023 – Sở Thông tin và Truyền thông tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Kết quả năm 2022\nTổng chi ngân sách cho công nghệ thông tin năm 2022 là 75 tỷ đồng.\n\n"
        "Nhiệm vụ năm 2023\nNăm 2023, tỉnh phấn đấu nâng tổng số dịch vụ mức độ 4 lên 600. "
        "Ngân sách tỉnh dự kiến bố trí 80 tỷ đồng cho các nhiệm vụ này.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-tcbc.txt", text))
    assert ("budget_total_mvnd", "baseline", "all", 2022, 75000.0) in rows
    assert ("online_services_level4_count", "target", "all", 2023, 600.0) in rows
    assert ("budget_local_mvnd", "target", "all", 2023, 80000.0) in rows


def test_an_answer_giving_the_state_then_a_promise_in_one_paragraph_keeps_the_state(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n\nBIÊN BẢN\nPhiên chất vấn ngày 6 tháng 12 năm 2022\n\n"
        "Giám đốc Sở trả lời: hiện tỉnh có 410 dịch vụ công trực tuyến mức độ 4.\n"
        "Về nhân lực, các sở, ngành có 52 người làm công nghệ thông tin. Ở cấp xã còn thiếu người, Sở sẽ tham mưu bố trí.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-bb2.txt", text))
    assert ("it_staff_count", "baseline", "province", 2022, 52.0) in rows


# --- a result set against its goal (`mới đạt X% so với mục tiêu Y%`) under a heading of goals hard to reach ---------
def test_a_result_set_against_its_goal_under_a_heading_of_goals_hard_to_reach(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 77/BC-UBND\nHà Nam, ngày 10 tháng 8 năm 2018\n\n"
        "BÁO CÁO\nĐánh giá giữa kỳ Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2016-2020\n\n"
        "I. KẾT QUẢ\nĐến nay, 100% sở, ngành đã dùng phần mềm quản lý văn bản và điều hành.\n"
        "II. NHỮNG CHỈ TIÊU KHÓ ĐẠT VÀO NĂM 2020\n"
        "Tỷ lệ hồ sơ công việc ... chưa cao; tỷ lệ máy tính/cán bộ cấp xã mới đạt 70% so với mục tiêu 100% của Kế hoạch.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-gk.txt", text))
    assert ("computers_per_staff_pct", "baseline", "commune", 2018, 70.0) in rows
    assert ("computers_per_staff_pct", "target", "commune", 2020, 100.0) in rows


# --- a plan adjusting an earlier one: the old and new figures side by side in a table -------------------------------
def test_an_adjusted_plans_table_keeps_the_new_figures_only(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 901/KH-UBND\nHà Nam, ngày 02 tháng 7 năm 2020\n\n"
        "KẾ HOẠCH\nĐiều chỉnh Kế hoạch ứng dụng công nghệ thông tin năm 2020\n\n"
        "I. NỘI DUNG ĐIỀU CHỈNH\n"
        "| Chỉ tiêu | Đơn vị | Trước điều chỉnh | Sau điều chỉnh |\n"
        "| Số dịch vụ công trực tuyến mức độ 4 | dịch vụ | 60 | 95 |\n"
        "| Tỷ lệ hồ sơ công việc cấp huyện xử lý trên mạng | % | 40 | 50 |\n"
        "| Tỷ lệ văn bản điện tử cấp xã | % | 50 | 65 |\n"
        "| Tổng kinh phí | triệu đồng | 12.000 | 15.500 |\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-dc.txt", text))
    assert ("budget_total_mvnd", "target", "all", 2020, 15500.0) in rows
    assert not any(r[4] == 12000.0 for r in rows)
    assert ("online_services_level4_count", "target", "all", 2020, 95.0) in rows
    assert ("edocument_exchange_pct", "target", "commune", 2020, 65.0) in rows
    assert not any(r[4] in (60.0, 50.0) for r in rows)


# --- right after the plan's money, what a year or a part of the period is allotted --------------------------------
def test_the_allotment_of_a_year_or_a_part_of_the_period_after_the_plans_money(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 55/TTr-UBND\nHà Nam, ngày 03 tháng 11 năm 2020\n\n"
        "TỜ TRÌNH\nVề kinh phí Kế hoạch chuyển đổi số tỉnh Hà Nam giai đoạn 2021-2025\n\n"
        "2. Kinh phí\nTổng kinh phí dự kiến 150 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa. "
        "Năm 2021 dự kiến bố trí 22 tỷ đồng; giai đoạn 2022-2025 bố trí 128 tỷ đồng.\n"
    )
    result = _corpus(tmp_path, "ha-nam-tt2.txt", text)
    assert ("budget_total_mvnd", "target", "all", 2021, 22000.0) in _rows(result)
    assert ("budget_total_mvnd", "target", "all", 2022, 2025, 128000.0) in _periods(result)


def test_a_years_allotment_with_no_budget_before_it_is_no_total(tmp_path):
    # must not fire: no plan's money stands before it (a work's own money, `bố trí` alone is no budget)
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 56/KH-UBND\nHà Nam, ngày 03 tháng 11 năm 2020\n\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2021\n\n"
        "Nâng cấp nhà văn hóa xã, năm 2021 bố trí 3 tỷ đồng.\n"
    )
    assert not any(r[0].startswith("budget") for r in _rows(_corpus(tmp_path, "ha-nam-kh.txt", text)))


# --- a supervision report's line whose topic is the money, and the plan's own amount set beside the result -----------
def test_a_line_whose_topic_is_the_money_and_the_plans_amount_beside_it(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 12/BC-HĐND\nHà Nam, ngày 20 tháng 6 năm 2019\n\n"
        "BÁO CÁO\nKết quả giám sát việc thực hiện Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2016-2020\n\n"
        "I. KẾT QUẢ\n1. Hạ tầng: đã có 98 điểm kết nối mạng truyền số liệu chuyên dùng.\n"
        "2. Kinh phí: giai đoạn 2016-2018, tỉnh đã bố trí 38,2 tỷ đồng, mới bằng 35% tổng kinh phí Kế hoạch (109 tỷ đồng).\n"
    )
    found = _periods(_corpus(tmp_path, "ha-nam-gs.txt", text))
    assert ("budget_total_mvnd", "baseline", "all", 2016, 2018, 38200.0) in found
    assert ("budget_total_mvnd", "target", "all", 2016, 2020, 109000.0) in found


def test_a_project_named_after_the_money_topic_is_no_total(tmp_path):
    # must not fire: the line's first amount is one project's
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 13/BC-UBND\nHà Nam, ngày 20 tháng 6 năm 2019\n\n"
        "BÁO CÁO\nKết quả năm 2018\n\nI. KẾT QUẢ\n- Kinh phí: dự án cầu Phủ Lý được bố trí 20 tỷ đồng.\n"
    )
    assert not any(r[0].startswith("budget") for r in _rows(_corpus(tmp_path, "ha-nam-bc.txt", text)))


# --- some communes counted with no link are no share of none ------------------------------------------------------
def test_communes_counted_with_no_link_are_no_zero_share(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 14/BC-UBND\nHà Nam, ngày 20 tháng 6 năm 2019\n\n"
        "BÁO CÁO\nKết quả năm 2018\n\nI. TỒN TẠI\nVẫn còn 17 xã miền núi chưa được kết nối mạng truyền số liệu chuyên dùng; "
        "các xã chưa triển khai hội nghị truyền hình trực tuyến.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-ton-tai.txt", text))
    assert not any(r[0] == "communes_on_specialized_network_pct" for r in rows)
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2018, 0.0) in rows


# --- a figure an agency reported that the inspection found otherwise ---------------------------------------------
def test_a_reported_figure_the_inspection_found_otherwise_is_no_fact(tmp_path):
    text = (
        "THANH TRA TỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 21/KL-TTr\nHà Nam, ngày 12 tháng 4 năm 2019\n\n"
        "KẾT LUẬN THANH TRA\nViệc thực hiện Kế hoạch ứng dụng công nghệ thông tin năm 2018\n\n"
        "Đơn vị báo cáo có 180 dịch vụ công trực tuyến mức độ 4, nhưng thực tế trên Cổng dịch vụ công chỉ có "
        "142 dịch vụ mức độ 4.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-kl2.txt", text))
    assert ("online_services_level4_count", "baseline", "all", 2019, 142.0) in rows
    assert not any(r[4] == 180.0 for r in rows)


# --- the topic of dedicated IT staff, a colon, then the agencies that have one ---------------------------------------
def test_dedicated_staff_as_a_topic_then_the_agencies_that_have_one(tmp_path):
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + _MOTTO + "Số: 15/BC-HĐND\nHà Nam, ngày 20 tháng 6 năm 2019\n\n"
        "BÁO CÁO\nKết quả giám sát năm 2019\n\nI. KẾT QUẢ\n"
        "2. Cán bộ chuyên trách công nghệ thông tin: 16/20 sở, ngành (80%) đã bố trí.\n"
    )
    rows = _rows(_corpus(tmp_path, "ha-nam-gs2.txt", text))
    assert ("agencies_with_dedicated_it_staff_pct", "baseline", "province", 2019, 80.0) in rows
