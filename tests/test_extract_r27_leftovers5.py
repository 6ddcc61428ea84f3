"""Stop 27 (helper leftovers5): kinds of wording earlier stops left, tested on sentences in our own words with fictional
figures (none copied from a set's text or a real page): a goal in an interview's answer dated by its question (or by
nothing), not by an earlier answer's year; shares of units that struggle, complain or lack; a news body's earlier period
in brackets (`giai đoạn trước (…)`); money spent on the IT infrastructure as a whole."""

from __future__ import annotations

import pandas as pd
from conftest import extracted_facts

_facts = extracted_facts  # (tests/conftest.py)

NA = pd.NA

INTERVIEW = (
    "Bắc Giang: đưa chính quyền số về tận thôn\n\n"
    "(Bắc Giang, 21/7/2024) - Phóng viên đã trò chuyện với Giám đốc Sở Thông tin và Truyền thông.\n\n"
    "Phóng viên: Ông điểm lại giúp những việc tỉnh đã làm được?\n\n"
    "Ông Lê Hùng: Năm 2023, 93% UBND cấp xã đã dùng phần mềm quản lý văn bản và điều hành.\n\n"
    "Phóng viên: {question}\n\n"
    "Ông Lê Hùng: Tỉnh phấn đấu 100% UBND cấp xã dùng chữ ký số khi gửi văn bản.\n\n"
    "Thu Trang\n"
)


def test_a_goal_in_an_answer_takes_the_year_its_question_asks_about(tmp_path):
    got = _facts(tmp_path, INTERVIEW.format(question="Trong năm nay, Sở hướng tới điều gì?"))
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2024, 100) in got
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2023, 93) in got


def test_a_goal_in_an_answer_to_a_question_on_next_year_is_of_next_year(tmp_path):
    got = _facts(tmp_path, INTERVIEW.format(question="Sang năm, Sở đặt ra chỉ tiêu gì?"))
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2025, 100) in got


def test_a_goal_in_an_answer_with_no_year_anywhere_is_not_of_an_earlier_answers_year(tmp_path):
    got = _facts(tmp_path, INTERVIEW.format(question="Sắp tới, Sở sẽ ưu tiên việc gì?"))
    assert ("agencies_using_digital_signature_pct", "target", "commune", NA, 100) in got
    assert not any(f[0] == "agencies_using_digital_signature_pct" and f[3] is not NA and f[3] == 2023 for f in got)


REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố: 77/BC-UBND\n\nBắc Kạn, ngày 10 tháng 12 năm 2022\n\n"
    "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2022\n\n{body}\n"
)


def test_shares_of_units_that_struggle_or_complain_are_no_adoption_share(tmp_path):
    body = (
        "1. Gần 25% UBND cấp xã vẫn còn lúng túng khi dùng chữ ký số.\n"
        "2. Có 12% cơ quan cấp huyện gặp không ít khó khăn với phần mềm quản lý văn bản.\n"
        "3. Khoảng 30% phòng, ban cấp huyện than phiền hộp thư công vụ chậm.\n"
        "4. Chừng 20% UBND xã còn hạn chế trong việc gửi văn bản điện tử."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not {f for f in got if f[4] in (25, 12, 30, 20)}


def test_a_share_after_a_topic_that_has_not_yet_done_the_thing_is_no_fact(tmp_path):
    body = "Về chữ ký số, còn 35% UBND cấp xã chưa triển khai; cấp tỉnh đã đạt 100%."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert not any(f[4] == 35 for f in got)


def test_a_share_that_does_the_thing_despite_difficulties_is_still_read(tmp_path):
    # (a guard of the rule above: it passes on the old code too)
    body = "Đã có 85% UBND cấp xã dùng chữ ký số, dù nhiều nơi còn lúng túng."
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2022, 85) in got


DISTRICT_NEWS = (
    "Huyện Yên Lạc đẩy mạnh ứng dụng công nghệ thông tin\n\n"
    "(Vĩnh Phúc, 09/5/2022) - Huyện Yên Lạc tiếp tục đầu tư cho chính quyền điện tử.\n\n"
    "Tỷ lệ văn bản trao đổi giữa các cơ quan của huyện ở dạng điện tử đạt 96%.\n\n"
    "Giai đoạn trước (2016 - 2020), huyện đã chi 4,5 tỷ đồng cho hạ tầng công nghệ thông tin.\n"
)


def test_an_earlier_period_in_brackets_is_its_own_figures_not_the_news_period(tmp_path):
    got = _facts(tmp_path, DISTRICT_NEWS)
    assert ("edocument_exchange_pct", "baseline", "district", 2022, 96) in got


def test_money_spent_on_the_it_infrastructure_as_a_whole_is_spending(tmp_path):
    from analysis.extract import extract_corpus

    (tmp_path / "doc.txt").write_text(DISTRICT_NEWS, encoding="utf-8")
    f = extract_corpus(tmp_path).facts
    money = f[f["indicator"] == "budget_total_mvnd"]
    assert len(money) == 1
    row = money.iloc[0]
    assert (row["kind"], row["scope"], row["value"]) == ("baseline", "district", 4500)
    assert (row["period_start"], row["period_end"]) == (2016, 2020)


def test_a_result_before_a_sentence_that_opens_with_next_years_goal_stays_a_result(tmp_path):
    text = (
        "Thị xã Phú Mỹ: văn bản điện tử thành nếp\n\n"
        "15/10/2021\n\n"
        "Thị xã Phú Mỹ (Bà Rịa - Vũng Tàu) vừa tổng kết 9 tháng ứng dụng công nghệ thông tin.\n\n"
        "Tỷ lệ cán bộ, công chức thị xã dùng hộp thư công vụ thường xuyên đạt 92%. Năm 2022, thị xã dự kiến dành "
        "2,4 tỷ đồng cho chuyển đổi số.\n\n"
        "P.V\n"
    )
    got = _facts(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2021, 92) in got
    assert ("budget_total_mvnd", "target", "district", 2022, 2400) in got


def test_an_item_headed_by_a_levels_units_gives_that_level_to_each_of_its_clauses(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n\nSố: 31/KH-UBND\n\nNam Định, ngày 08 tháng 02 năm 2022\n\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin tỉnh Nam Định năm 2022\n\n"
        "II. MỤC TIÊU\n"
        "- UBND các xã, thị trấn: ít nhất 90% dùng chữ ký số chuyên dùng; 100% có hệ thống hội nghị truyền hình "
        "trực tuyến.\n"
    )
    got = _facts(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2022, 90) in got
    assert ("communes_with_videoconference_pct", "target", "commune", 2022, 100) in got


def test_staff_of_committees_named_right_after_them_given_a_mailbox_are_a_staff_share(tmp_path):
    body = (
        "1. Có 88% cán bộ, công chức UBND cấp xã được cấp hộp thư công vụ.\n"
        "2. 96% cán bộ, công chức của UBND các huyện đã được cấp hộp thư điện tử.\n"
        "3. 100% UBND cấp xã được cấp hộp thư công vụ."
    )
    got = _facts(tmp_path, REPORT.format(body=body))
    assert ("staff_with_email_pct", "baseline", "commune", 2022, 88) in got
    assert ("staff_with_email_pct", "baseline", "district", 2022, 96) in got
    assert not any(f[4] == 100 for f in got)  # (a share of committees given one: no indicator)
