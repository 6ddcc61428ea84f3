"""Money in real pages (issue #11, round 12): amounts set aside `từ nay đến năm …`, a headline repeating one
project's money, and the money of a national programme.

Every sentence here was written for this file, in our own words after the kinds of wording the round found on
real pages (listed in docs/phrasing.md section 8); the facts each should give were decided before the extractor
was run on it. A text is read as a document issued in 2018 for the plan period 2016-2020 unless a test says
otherwise.
"""

from __future__ import annotations

from test_extract_wording import _read


def money(text: str, **kw) -> set[tuple]:
    """(indicator, kind, year, period_start, period_end, value) of every budget fact read from `text`."""
    _, _, _, kept = _read(text, **kw)
    return {
        (f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value)
        for f in kept
        if f.indicator.startswith("budget_")
    }


def test_money_set_aside_from_now_to_a_year_is_a_target_for_the_years_ahead():
    # `đã dành` says the money is allocated, `từ nay đến năm 2020` that it is for the years still to come.
    text = "Tỉnh đã dành 85 tỷ đồng cho các dự án ứng dụng công nghệ thông tin từ nay đến năm 2020."
    assert money(text, issued=2017, period=(2017, 2020)) == {("budget_total_mvnd", "target", None, 2017, 2020, 85000.0)}


def test_from_now_to_a_year_before_the_amount_too():
    text = "Từ nay đến hết năm 2025, tỉnh sẽ bố trí khoảng 120 tỷ đồng để thực hiện các nhiệm vụ chuyển đổi số."
    assert money(text, issued=2021, period=(2021, 2025)) == {
        ("budget_total_mvnd", "target", None, 2021, 2025, 120000.0)
    }


def test_money_spent_up_to_now_stays_a_baseline():
    # `từ năm 2016 đến nay` looks back: not the years ahead.
    text = "Từ năm 2016 đến nay, tỉnh đã đầu tư 37 tỷ đồng cho các dự án công nghệ thông tin."
    assert money(text, issued=2019, period=(2016, 2020)) == {
        ("budget_total_mvnd", "baseline", None, 2016, 2019, 37000.0)
    }


def test_a_headline_repeating_one_project_s_money_is_no_plan_budget():
    text = (
        "Bình Sơn chi gần 36 tỷ đồng xây dựng chính quyền điện tử\n\n"
        "Tỉnh đang triển khai dự án xây dựng nền tảng tích hợp, chia sẻ dữ liệu dùng chung, với tổng kinh phí "
        "gần 36 tỷ đồng; trong đó ngân sách Trung ương hỗ trợ 20 tỷ đồng.\n"
    )
    assert money(text) == set()


def test_a_headline_amount_that_no_project_claims_is_still_read():
    text = (
        "Bình Sơn chi gần 36 tỷ đồng xây dựng chính quyền điện tử\n\n"
        "Tỉnh đang triển khai dự án xây dựng nền tảng tích hợp dữ liệu với kinh phí 9 tỷ đồng.\n"
    )
    assert ("budget_total_mvnd", "target", None, 2016, 2020, 36000.0) in money(text)


def test_the_money_of_the_national_programme_112_is_no_province_s_budget():
    text = (
        "Theo báo cáo, tổng kinh phí đã sử dụng của Đề án 112 là 980,5 tỷ đồng, trên tổng mức 2.900 tỷ đồng được duyệt."
    )
    assert money(text) == set()


def test_staff_missing_or_weak_at_a_level_is_no_zero():
    # `chưa có hoặc có thì …` says some communes have IT staff: no count of none (round 12, a real page's wording).
    text = "Ở cấp xã, cán bộ tin học phần lớn còn chưa có hoặc có thì chưa được đào tạo bài bản."
    _, _, _, kept = _read(text)
    assert [f for f in kept if f.indicator == "it_staff_count"] == []


def test_staff_missing_at_a_level_is_still_zero():
    text = "Cán bộ chuyên trách CNTT ở các xã, phường đến nay vẫn chưa có."
    _, _, _, kept = _read(text)
    assert {(f.indicator, f.scope, f.value) for f in kept} == {("it_staff_count", "commune", 0.0)}


def test_from_now_to_a_year_belongs_to_its_own_amount_only():
    # Two amounts in one sentence: the first looks back, the second is for the years ahead.
    text = (
        "Từ năm 2016 đến nay, tỉnh đã đầu tư 37 tỷ đồng cho các dự án công nghệ thông tin và "
        "dự kiến bố trí thêm 25 tỷ đồng cho các nhiệm vụ CNTT từ nay đến năm 2020."
    )
    found = money(text, issued=2018, period=(2016, 2020))
    assert ("budget_total_mvnd", "baseline", None, 2016, 2018, 37000.0) in found
    assert ("budget_total_mvnd", "target", None, 2018, 2020, 25000.0) in found
