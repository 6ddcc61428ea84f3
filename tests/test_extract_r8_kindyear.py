"""Kind and year of facts (issue #11, round 8): a paragraph that opens with a year, `năm tới` (the year after the
text's own), `hiện` alone for now, a byline or credit with the date at the bottom of a news page, and the money of a
report's part about next year.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_wording import B, T, facts

from analysis.corpus import SourceText
from analysis.extract import extract_facts, extract_source
from analysis.extract.engine import _NOW_NAMED, Layout, fold
from analysis.extract.facts import DocContext
from analysis.extract.metadata import extract_metadata


def _source(text: str, name: str = "r8.txt") -> SourceText:
    return SourceText(name, Path(name), text, "0" * 64, "utf-8")


# --- a paragraph that opens with a year ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2017, tỉnh đưa vào vận hành 150 dịch vụ công trực tuyến mức độ 3, 4. Toàn tỉnh đã cấp 6.200 hộp thư "
            "điện tử công vụ cho cán bộ, công chức.",
            {B("online_services_level3_4_count", "all", 150, 2017), B("email_accounts_count", "all", 6200, 2017)},
        ),
        (  # the year after a source named first
            "Theo Sở Nội vụ, năm 2016 toàn tỉnh có 48 cán bộ chuyên trách CNTT. Tỷ lệ văn bản điện tử trao đổi giữa "
            "các cơ quan đã đạt 55%.",
            {B("it_staff_count", "all", 48, 2016), B("edocument_exchange_pct", "all", 55, 2016)},
        ),
        (  # a later sentence that says `hiện nay` speaks of the text's own year
            "Năm 2017, tỉnh đã cấp 6.200 hộp thư điện tử công vụ. Hiện nay, tỷ lệ văn bản điện tử trao đổi giữa các "
            "cơ quan đã đạt 70%.",
            {B("email_accounts_count", "all", 6200, 2017), B("edocument_exchange_pct", "all", 70, 2018)},
        ),
    ],
)
def test_a_paragraph_that_opens_with_a_year_carries_it(text, expected):
    assert facts(text) == expected


def test_a_year_opening_another_paragraph_is_not_carried():
    text = (
        "Năm 2017, tỉnh đưa vào vận hành 150 dịch vụ công trực tuyến mức độ 3, 4.\n\n"
        "Toàn tỉnh đã cấp 6.200 hộp thư điện tử công vụ cho cán bộ, công chức."
    )
    assert B("email_accounts_count", "all", 6200, 2018) in facts(text)


def test_a_past_year_opening_a_paragraph_is_no_goal_year():
    text = (
        "Năm 2017, tỉnh đã cấp 6.200 hộp thư điện tử công vụ. Mục tiêu là 100% cán bộ, công chức cấp xã có hộp thư "
        "điện tử."
    )
    assert T("staff_with_email_pct", "commune", 100, 2020) in facts(text)


# --- `năm tới`, `cuối năm nay`: goals of the next year, of this year ----------------------------------------------
def test_next_year_is_the_year_after_the_text():
    text = "Trong năm tới, tỉnh phấn đấu 100% UBND cấp xã sử dụng hệ thống quản lý văn bản và điều hành."
    assert facts(text) == {T("agencies_using_document_management_pct", "commune", 100, 2019)}


def test_the_end_of_this_year_is_a_goal_in_a_review():
    text = (
        "TỔNG KẾT NĂM 2018\n\nĐến nay, toàn tỉnh có 210 dịch vụ công trực tuyến mức độ 3, 4. Cuối năm nay, tỉnh "
        "cung cấp 260 dịch vụ công trực tuyến mức độ 3, 4."
    )
    _, found, _ = extract_source(_source(text, "r8-2018-bc.txt"))
    got = {(f.indicator, f.kind, f.year, f.value) for f in found}
    assert ("online_services_level3_4_count", "target", 2018, 260.0) in got
    assert ("online_services_level3_4_count", "baseline", 2018, 210.0) in got


# --- `hiện` alone: now ------------------------------------------------------------------------------------------
def test_hien_alone_is_now_but_thuc_hien_is_not():
    assert _NOW_NAMED.search(fold("Hiện 18/20 sở, ngành đã bố trí cán bộ")) is not None
    assert _NOW_NAMED.search(fold("Hiện bình quân có 90 máy tính")) is not None
    assert _NOW_NAMED.search(fold("Các sở thực hiện 20 dự án")) is None
    assert _NOW_NAMED.search(fold("Hiện đại hóa nền hành chính")) is None


def test_hien_alone_makes_a_plans_number_a_baseline_of_the_text_year():
    text = "Năm 2017, tỉnh đã cấp 6.200 hộp thư điện tử công vụ. Hiện bình quân có 90 máy tính/100 cán bộ, công chức."
    assert B("computers_per_staff_pct", "all", 90, 2018) in facts(text)


# --- the date of a news page at its bottom --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("last_line", "year"),
    [("Thu Hà (12/03/2017)", 2017), ("(Theo Cổng thông tin điện tử tỉnh, 5/9/2016)", 2016), ("Thu Hà", None)],
)
def test_a_byline_or_credit_with_its_date_dates_the_page(last_line, year):
    text = (
        "Tỉnh đẩy mạnh ứng dụng công nghệ thông tin\n\nThời gian qua, các sở đã dùng chung phần mềm quản lý văn bản."
        f"\n\n{last_line}\n"
    )
    published = extract_metadata(_source(text, "r8-news.txt")).published
    assert (published.year if published else None) == year


def test_a_sentence_ending_with_a_date_in_brackets_is_no_byline():
    text = "Tỉnh đẩy mạnh ứng dụng CNTT\n\nKế hoạch được ban hành, có hiệu lực từ ngày ký (12/03/2017).\n"
    assert extract_metadata(_source(text, "r8-news.txt")).published is None


# --- money of a report's part about next year ---------------------------------------------------------------------
def test_money_under_a_next_year_heading_of_a_report_is_for_that_year():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH MẪU\nSố: 12/BC-UBND\nMẫu, ngày 10 tháng 12 năm 2018\n\nBÁO CÁO\nKết quả ứng dụng "
        "công nghệ thông tin năm 2018\n\nI. KẾT QUẢ THỰC HIỆN\nToàn tỉnh đã cấp 6.200 hộp thư điện tử công vụ.\n\n"
        "II. PHƯƠNG HƯỚNG NĂM 2019\n- Kinh phí dự kiến: 40 tỷ đồng.\n"
    )
    _, found, _ = extract_source(_source(text, "r8-2018-12-bc-ubnd.txt"))
    money = {(f.kind, f.year, f.value) for f in found if f.indicator == "budget_total_mvnd"}
    assert money == {("target", 2019, 40000.0)}


# --- a paragraph about the state today, in news about a plan --------------------------------------------------------
def _news_plan_facts(text: str) -> set[tuple]:
    ctx = DocContext("t", "t.txt", text, issued_year=2018, period_start=2018, period_end=2018, genre="news_plan")
    _, kept = extract_facts(ctx, Layout(ctx))
    return {(f.indicator, f.kind, f.scope, f.year, f.value, f.qualifier) for f in kept}


def test_a_strong_cue_later_in_its_paragraph_sets_the_kind_of_a_sentence_with_none():
    text = (
        "Về nhân lực, toàn tỉnh có 75 cán bộ chuyên trách CNTT. Hiện 18/20 sở, ngành đã bố trí cán bộ chuyên trách."
        "\n\nTỉnh phấn đấu 100% UBND cấp xã sử dụng hệ thống quản lý văn bản và điều hành."
    )
    found = _news_plan_facts(text)
    assert B("it_staff_count", "all", 75) in found
    assert T("agencies_using_document_management_pct", "commune", 100, 2018) in found


def test_a_sentence_with_no_cue_in_a_paragraph_with_none_keeps_the_genre():
    found = _news_plan_facts("Theo kế hoạch, toàn tỉnh có 75 cán bộ chuyên trách CNTT.\n\nHiện 18/20 sở đã có.")
    assert T("it_staff_count", "all", 75, 2018) in found


def test_a_paragraph_telling_a_chronology_does_not_give_its_opening_year_to_a_later_sentence():
    # Seen on a seed read from a PDF, where a sentence starting a line looked like a paragraph's opening.
    text = (
        "Năm 2016, tỉnh đưa phần mềm một cửa điện tử vào sử dụng tại 2 sở; năm 2017, tỉnh mở rộng phần mềm đến "
        "các sở. Tổng số dịch vụ công trực tuyến mức độ 3 và 4 của tỉnh là 95."
    )
    assert B("online_services_level3_4_count", "all", 95, 2018) in facts(text)
