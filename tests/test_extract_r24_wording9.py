"""Wording the extractor was not written for, ninth round (issue #11, round 24, the development set `dev_wording9`):
a department's year-end report on digital transformation, council resolutions allocating IT money, an interview and
a council's question time, a mid-term review, plans whose indicators stand in a table. Every text here was written
for this file, in our own words (not copied from the set); the facts each should give were decided before the change.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_ROW = ("indicator", "kind", "scope", "year", "value")


def _read(tmp_path, text: str, name: str = "doc.txt"):
    return _rows(_corpus(tmp_path, name, text), _ROW)


def _report(body: str, year: int = 2022) -> str:
    return (
        f"UBND TỈNH HÀ GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 301/BC-STTTT\nHà Giang, ngày 15 tháng 12 năm {year}\n\n"
        f"BÁO CÁO\nKết quả chuyển đổi số năm {year}\n\n{body}\n"
    )


def _news(body: str, headline: str = "Hà Giang đẩy mạnh chính quyền số", date: str = "14/11/2023") -> str:
    return f"{headline}\n\n(Báo Hà Giang, {date}) – {body}\n"


# --- services by how far they go online, the level named bare before its count -------------------------------------
def test_bare_level_label_then_a_count_of_services(tmp_path):
    text = _report(
        "Cổng dịch vụ công của tỉnh có 1.340 dịch vụ công trực tuyến, chia ra: toàn trình 610 dịch vụ; một phần 730 "
        "dịch vụ. Dịch vụ công trực tuyến toàn trình đến nay đạt 55% tổng số thủ tục."
    )
    rows = _read(tmp_path, text)
    services = {r for r in rows if r[0].startswith("online_services")}
    assert services == {
        ("online_services_level4_count", "baseline", "all", 2022, 610.0),
        ("online_services_level3_count", "baseline", "all", 2022, 730.0),
    }


def test_partly_online_services_with_hien_con(tmp_path):
    text = _report("Số dịch vụ công trực tuyến một phần hiện còn 415 dịch vụ, giảm mạnh so với đầu năm.")
    assert ("online_services_level3_count", "baseline", "all", 2022, 415.0) in _read(tmp_path, text)


def test_an_items_money_after_the_services_it_adds_is_no_count(tmp_path):
    text = _report(
        "II. KINH PHÍ NĂM 2023\n1. Xây dựng thêm 80 dịch vụ công trực tuyến toàn trình: 3.200 triệu đồng.\n"
        "2. Nâng cấp mạng nội bộ: 1.100 triệu đồng."
    )
    rows = _read(tmp_path, text)
    assert not {r for r in rows if r[0].startswith("online_services")}


# --- documents exchanged electronically, signed with the special-purpose signature -----------------------------------
def test_documents_exchanged_electronically_and_signed_are_the_edocument_share(tmp_path):
    text = _report(
        "Văn bản gửi, nhận giữa các cơ quan hành chính dưới dạng điện tử, có chữ ký số chuyên dùng, ở cấp tỉnh đạt 98%, "
        "cấp huyện 95% và cấp xã 88%."
    )
    rows = _read(tmp_path, text)
    assert {r for r in rows if r[0] in ("edocument_exchange_pct", "agencies_using_digital_signature_pct")} == {
        ("edocument_exchange_pct", "baseline", "province", 2022, 98.0),
        ("edocument_exchange_pct", "baseline", "district", 2022, 95.0),
        ("edocument_exchange_pct", "baseline", "commune", 2022, 88.0),
    }


# --- regular computer use, the adverb before the object --------------------------------------------------------------
def test_su_dung_thuong_xuyen_may_tinh_is_regular_use(tmp_path):
    text = _report("Cán bộ, công chức cấp huyện sử dụng thường xuyên máy vi tính trong công việc đạt 96%.")
    assert ("staff_regular_computer_use_pct", "baseline", "district", 2022, 96.0) in _read(tmp_path, text)


# --- a year's IT money named by the tasks it pays for ----------------------------------------------------------------
def test_money_for_carrying_out_the_it_tasks_is_the_total(tmp_path):
    text = _report(
        "Trong năm 2022, kinh phí triển khai các nhiệm vụ chuyển đổi số của tỉnh là 24.600 triệu đồng (ngân sách tỉnh)."
    )
    rows = _read(tmp_path, text)
    assert ("budget_total_mvnd", "baseline", "all", 2022, 24600.0) in rows
    assert ("budget_local_mvnd", "baseline", "all", 2022, 24600.0) in rows


# --- a part after `trong đó` with its level, when the whole names the province -----------------------------------------
def test_part_after_trong_do_keeps_its_own_level(tmp_path):
    text = _report("Toàn tỉnh hiện có 93 cán bộ chuyên trách công nghệ thông tin, trong đó cấp huyện mới có 20 người.")
    rows = _read(tmp_path, text)
    staff = {r for r in rows if r[0] == "it_staff_count"}
    assert staff == {
        ("it_staff_count", "baseline", "all", 2022, 93.0),
        ("it_staff_count", "baseline", "district", 2022, 20.0),
    }


# --- words of none at a level: the staff named as people, all units by their number ----------------------------------
def test_level_without_people_dedicated_after_staff_named_as_people(tmp_path):
    text = _report(
        "Hiện có 57 người làm chuyên trách công nghệ thông tin ở các sở, ngành và huyện; cấp xã chưa có người chuyên "
        "trách, phần việc này do công chức văn phòng kiêm nhiệm."
    )
    assert ("it_staff_count", "baseline", "commune", 2022, 0.0) in _read(tmp_path, text)


def test_all_units_of_a_level_by_their_number_lack_the_staff(tmp_path):
    text = _report("Cả 193 xã, phường, thị trấn của tỉnh chưa có cán bộ chuyên trách công nghệ thông tin.")
    assert ("it_staff_count", "baseline", "commune", 2022, 0.0) in _read(tmp_path, text)
    # some units by their number, not all: still no zero
    text = _report("Còn 41 xã chưa có cán bộ chuyên trách công nghệ thông tin.")
    (other := tmp_path / "other").mkdir()
    assert not {r for r in _read(other, text) if r[0] == "it_staff_count"}


# --- a review quoting the plan's own total for its whole period ------------------------------------------------------
def test_plan_total_for_its_period_quoted_in_a_midterm_review_is_a_target(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 88/BC-UBND\nHà Giang, ngày 10 tháng 7 năm 2023\n\nBÁO CÁO\n"
        "Sơ kết giữa kỳ Đề án chuyển đổi số giai đoạn 2021-2025\n\n"
        "Tổng kinh phí của Đề án giai đoạn 2021-2025 là 310 tỷ đồng. Đến nay đã bố trí được 122 tỷ đồng.\n"
    )
    rows = _read(tmp_path, text)
    totals = {r for r in rows if r[0] == "budget_total_mvnd"}
    assert ("budget_total_mvnd", "target", "all", None, 310000.0) in totals
    assert not any(r[1] == "baseline" and r[4] == 310000.0 for r in totals)


# --- question time: a year in a delegate's question is not the period the article looks back on ----------------------
def test_question_time_year_in_a_delegates_question_does_not_date_the_answers(tmp_path):
    text = _news(
        "Phiên chất vấn tại kỳ họp HĐND tỉnh chiều 13/11 tập trung vào chuyển đổi số.\n\n"
        "Đại biểu Nguyễn Văn An hỏi: năm 2022 tỉnh đã chi nhiều tiền cho phần mềm, vì sao người dân vẫn ít dùng?\n\n"
        "Trả lời, Giám đốc Sở Thông tin và Truyền thông cho biết 100% xã, phường, thị trấn đã có điểm cầu hội nghị "
        "truyền hình trực tuyến.",
        headline="Chất vấn về chuyển đổi số tại kỳ họp HĐND tỉnh",
    )
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2023, 100.0) in _read(tmp_path, text)


# --- a result after the goal just quoted, with only a time word before its verb ----------------------------------------
def test_result_after_the_goal_with_only_hien_keeps_the_goals_level(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 88/BC-UBND\nHà Giang, ngày 10 tháng 7 năm 2023\n\nBÁO CÁO\n"
        "Sơ kết giữa kỳ Kế hoạch chuyển đổi số giai đoạn 2021-2025\n\n"
        "- Kế hoạch đề ra 90% cán bộ, công chức cấp huyện sử dụng thư điện tử công vụ thường xuyên; đến nay mới đạt 71%.\n"
    )
    rows = _read(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2023, 71.0) in rows
    assert ("staff_email_usage_pct", "baseline", "all", 2023, 71.0) not in rows


# --- the year's goal quoted in brackets after `vượt chỉ tiêu cả năm` ------------------------------------------------------
def test_goal_of_the_whole_year_in_brackets_is_a_target(tmp_path):
    text = _news(
        "Sáu tháng đầu năm 2023, tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến của tỉnh đạt 47%, đã vượt "
        "chỉ tiêu cả năm (45%).",
        headline="Hà Giang sơ kết 6 tháng chuyển đổi số",
    )
    rows = _read(tmp_path, text)
    assert ("citizens_businesses_using_online_services_pct", "target", "all", 2023, 45.0) in rows
    assert ("citizens_businesses_using_online_services_pct", "baseline", "all", 2023, 45.0) not in rows


# --- a count named back by `con số này` ----------------------------------------------------------------------------------
def test_a_count_named_back_by_con_so_nay_is_the_same_indicator(tmp_path):
    text = _report(
        "Đầu năm 2021 tỉnh mới có 150 dịch vụ công trực tuyến mức độ 4, đến nay con số này đã lên 420; kinh phí cho "
        "chuyển đổi số năm 2021 là 30 tỷ đồng, năm 2022 con số này là 36 tỷ đồng."
    )
    rows = _read(tmp_path, text)
    assert ("online_services_level4_count", "baseline", "all", 2022, 420.0) in rows
    assert not any(r[0] == "online_services_level4_count" and r[4] == 36.0 for r in rows)
