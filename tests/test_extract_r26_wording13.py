"""Rules of stop 26 (helper `wording13`, the set `dev_wording13`): kinds of wording the extractor was not written for,
each tested on sentences in other words than the set's texts, with fictional figures."""

from __future__ import annotations

from conftest import extracted_facts

from analysis.corpus import read_corpus
from analysis.extract.metadata import extract_metadata

_facts = extracted_facts  # (tests/conftest.py)


def _genre(tmp_path, text: str) -> str:
    (tmp_path / "tin.txt").write_text(text, encoding="utf-8")
    sources, problems = read_corpus(tmp_path)
    assert not problems
    return extract_metadata(sources[0]).genre


# News of the state today that names a goal only in its last paragraph: a look back, then what comes next, not news of
# a new plan (its unmarked counts are results).
_STATE_THEN_GOAL = (
    "Tuyên Quang: công chức xã thạo việc trên máy\n\n"
    "(Tuyên Quang, 14/11/2022) - Ở huyện Chiêm Hóa, đến nay các xã đều đã dùng phần mềm một cửa điện tử.\n\n"
    "Theo Phòng Văn hóa và Thông tin, toàn huyện có 5 người làm công nghệ thông tin trong các cơ quan nhà nước.\n\n"
    "Năm 2023, huyện đặt mục tiêu mỗi xã có một người phụ trách chuyển đổi số.\n"
)


def test_news_of_the_state_with_its_goal_last_is_mixed(tmp_path):
    assert _genre(tmp_path, _STATE_THEN_GOAL) == "news_mixed"
    assert ("it_staff_count", "baseline", "district", 2022, 5.0) in _facts(tmp_path, _STATE_THEN_GOAL)


def test_news_opening_on_a_plan_passed_stays_news_of_a_plan(tmp_path):
    # (a guard of the rule above, passing on the old code too: a plan passed in the first paragraph is news of a plan)
    text = (
        "Lạng Sơn thông qua Đề án chính quyền số\n\n"
        "(Lạng Sơn, 10/12/2021) - Kỳ họp HĐND tỉnh đã thông qua 18 nghị quyết, trong đó có Đề án chính quyền số.\n\n"
        "Theo Đề án, đến năm 2025 tỉnh phấn đấu 100% xã có điểm cầu trực tuyến; kinh phí dự kiến 210 tỷ đồng.\n"
    )
    assert _genre(tmp_path, text) == "news_plan"


def test_an_interview_answer_states_the_state_before_its_promise(tmp_path):
    text = (
        "Chuyển đổi số ở vùng cao\n\n(Hà Giang, 03/8/2023) - Phóng viên trò chuyện với Giám đốc Sở.\n\n"
        "Phóng viên: Đội ngũ làm công nghệ thông tin của tỉnh ra sao, thưa ông?\n\n"
        "Ông Lý Văn Sình: Toàn tỉnh có 64 người làm công nghệ thông tin ở các cơ quan nhà nước. Năm tới, tỉnh phấn "
        "đấu mỗi huyện tuyển thêm một người.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("it_staff_count", "baseline", "all", 2023, 64.0) in facts
    assert not any(f[0] == "it_staff_count" and f[1] == "target" for f in facts)


def test_a_fraction_goes_on_to_its_own_words_after_its_whole(tmp_path):
    # `7/7 phòng … đã có …`: the words after the denominator are the value's (their `đã`), not a goal said later
    text = (
        "Hòa Bình: huyện Mai Châu bố trí người làm công nghệ thông tin\n\n"
        "(Hòa Bình, 20/4/2023) - Đến nay huyện có nhiều chuyển biến trong cải cách hành chính.\n\n"
        "Các phòng chuyên môn và 7/7 UBND cấp huyện lân cận đều đã có cán bộ chuyên trách công nghệ thông tin. "
        "Tỉnh đặt mục tiêu đến năm 2025 mọi xã có công chức chuyên trách.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("agencies_with_dedicated_it_staff_pct", "baseline", "district", 2023, 100.0) in facts


def test_an_amount_in_billions_and_millions_goes_on_to_its_own_words(tmp_path):
    # `6 tỷ 300 triệu đồng …, phấn đấu …`: the goal word after the amount is its own (the `300` ends no words)
    text = (
        "Điện Biên: ứng dụng công nghệ thông tin có nhiều chuyển biến\n\n"
        "(Điện Biên, 08/01/2017) - Nhìn lại năm 2016, tỉnh đã cấp 2.400 hộp thư điện tử công vụ cho cán bộ, công chức.\n\n"
        "Năm 2017, UBND tỉnh bố trí 6 tỷ 300 triệu đồng cho ứng dụng công nghệ thông tin, phấn đấu đưa thêm 30 dịch vụ "
        "công trực tuyến mức độ 3.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2017, 6300.0) in facts


_GOAL_TABLE = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\n\nSố: 12/KH-UBND\nBảo Lâm, ngày 15 tháng 02 năm 2024\n\nKẾ HOẠCH\n"
    "Ứng dụng công nghệ thông tin năm 2024\n\nII. CHỈ TIÊU\n"
    "| STT | Nội dung | Kết quả năm 2023 | Chỉ tiêu năm 2024 |\n"
    "| 1 | Tỷ lệ UBND xã, thị trấn có phần mềm một cửa điện tử | 10/13 | 13/13 |\n"
    "| 2 | Số cán bộ chuyên trách công nghệ thông tin của huyện | 1 người | 2 người |\n"
    "| 3 | Tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan | 80% | 90% |\n"
)


def test_a_goal_column_named_chi_tieu_with_its_year(tmp_path):
    facts = _facts(tmp_path, _GOAL_TABLE)
    assert ("edocument_exchange_pct", "baseline", "district", 2023, 80.0) in facts
    assert ("edocument_exchange_pct", "target", "district", 2024, 90.0) in facts


def test_fraction_and_counted_cells_of_a_table(tmp_path):
    facts = _facts(tmp_path, _GOAL_TABLE)
    assert ("agencies_with_eonestop_pct", "baseline", "commune", 2023, 76.9) in facts
    assert ("agencies_with_eonestop_pct", "target", "commune", 2024, 100.0) in facts
    assert ("it_staff_count", "baseline", "district", 2023, 1.0) in facts
    assert ("it_staff_count", "target", "district", 2024, 2.0) in facts


def test_levels_split_written_bare_after_a_colon(tmp_path):
    text = (
        "Quảng Bình: dịch vụ công trực tuyến tăng nhanh\n\n"
        "(Quảng Bình, 12/9/2023) - Đến nay, tỉnh đã đưa 1.250 thủ tục hành chính lên cổng, trong đó 980 dịch vụ công "
        "trực tuyến: 410 một phần, 570 toàn trình.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2023, 570.0) in facts
    assert ("online_services_level3_count", "baseline", "all", 2023, 410.0) in facts


def test_a_goal_in_a_later_sentence_opening_a_year_ahead_leaves_the_state_before_it(tmp_path):
    text = (
        "Ninh Bình: hạ tầng số vươn tới thôn, xóm\n\n"
        "(Ninh Bình, 20/6/2022) - Đến nay, các xã trong tỉnh đều đã có đường truyền cáp quang.\n\n"
        "Về hạ tầng, tỉnh có 290 điểm kết nối mạng truyền số liệu chuyên dùng. Năm 2023, tỉnh đặt mục tiêu mở rộng "
        "mạng này tới mọi thôn.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("specialized_network_points_count", "baseline", "all", 2022, 290.0) in facts
    assert not any(f[0] == "specialized_network_points_count" and f[1] == "target" for f in facts)


def test_a_share_of_agencies_that_send_signed_documents_at_two_levels(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 45/BC-UBND\nAn Giang, ngày 10 tháng 12 năm 2025\n\nBÁO CÁO\n"
        "Kết quả chuyển đổi số năm 2025\n\n"
        "Đến nay, 100% đơn vị thuộc cả hai cấp chính quyền trao đổi văn bản điện tử bằng chữ ký số chuyên dùng.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "all", 2025, 100.0) in facts
    assert not any(f[0] == "edocument_exchange_pct" for f in facts)


def test_the_kind_of_spending_before_the_only_source_of_a_total(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nSố: 88/KH-UBND\nBến Tre, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2024\n\nIV. KINH PHÍ\n"
        "Tổng kinh phí thực hiện Kế hoạch là 37.800 triệu đồng từ nguồn kinh phí sự nghiệp của ngân sách tỉnh.\n"
    )
    facts = _facts(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2024, 37800.0) in facts
    assert ("budget_local_mvnd", "target", "all", 2024, 37800.0) in facts


def test_a_level_inside_an_aside_with_its_own_figure_is_not_the_next_values(tmp_path):
    facts = _facts(
        tmp_path,
        "Lục Yên đẩy mạnh chính quyền số\n\n"
        "(Yên Bái, 10/11/2021) - Đến nay, 100% phòng chuyên môn của huyện Lục Yên đã dùng phần mềm quản lý văn bản.\n\n"
        "Theo Phó Chủ tịch UBND huyện, năm 2022 huyện phấn đấu 100% xã được lắp hệ thống họp trực tuyến (hiện mới "
        "có 9 xã có điểm cầu) và đưa tỷ lệ cán bộ thường xuyên dùng thư điện tử lên 85%.\n",
    )
    assert ("staff_email_usage_pct", "target", "district", 2022, 85.0) in facts
    assert ("communes_with_videoconference_pct", "target", "commune", 2022, 100.0) in facts


def test_the_whole_district_now_has(tmp_path):
    facts = _facts(
        tmp_path,
        "CHUYÊN MỤC CHUYỂN ĐỔI SỐ\n(Phát ngày 02/3/2022 - Đài Truyền thanh huyện Tam Dương, tỉnh Vĩnh Phúc)\n\n"
        "Triển khai Kế hoạch chuyển đổi số của tỉnh, huyện Tam Dương đạt nhiều kết quả. Toàn huyện hiện có ba công "
        "chức chuyên trách công nghệ thông tin.\n",
    )
    assert ("it_staff_count", "baseline", "district", 2022, 3.0) in facts


_REPORT_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n\nSố: 210/BC-UBND\nThái Bình, ngày 28 tháng 9 năm 2023\n\nBÁO CÁO\n"
    "Kết quả chuyển đổi số 9 tháng đầu năm 2023\n\n"
)


def test_money_disbursed_in_part_of_a_year_is_no_budget(tmp_path):
    facts = _facts(
        tmp_path, _REPORT_HEAD + "Chín tháng đầu năm, các chủ đầu tư đã giải ngân 8,2 tỷ đồng cho chuyển đổi số.\n"
    )
    assert not any(f[0].startswith("budget_") for f in facts)


def test_network_points_joined_after_a_share_are_the_whole(tmp_path):
    facts = _facts(
        tmp_path,
        _REPORT_HEAD
        + "Mạng truyền số liệu chuyên dùng đã phủ tới 100% UBND xã, phường, thị trấn, gồm 286 điểm kết nối.\n",
    )
    assert ("specialized_network_points_count", "baseline", "all", 2023, 286.0) in facts
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2023, 100.0) in facts


def test_mail_opened_every_day_is_regular_use_and_a_fraction_in_words_ends_the_clause(tmp_path):
    facts = _facts(
        tmp_path,
        _REPORT_HEAD + "Cán bộ, công chức cấp xã đều đã có hộp thư, nhưng người truy cập hộp thư công vụ mỗi ngày chỉ "
        "đạt chừng bốn phần năm.\n",
    )
    assert ("staff_email_usage_pct", "baseline", "commune", 2023, 80.0) in facts
