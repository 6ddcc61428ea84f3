"""News of plans and reviews (issue #11, round 10): documents sent over the network as the e-document share, IT
staff named `làm CNTT`, counts raised `lên ít nhất N`, a count whose level is followed by the next item's level,
shares of services at a level (no indicator), and money in news that looks back and ahead.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

from test_extract_wording import B, T, _read, facts

from analysis.extract import extract_facts
from analysis.extract.engine import Layout
from analysis.extract.facts import DocContext


def test_documents_sent_over_the_network_are_the_edocument_share_by_level():
    text = "Tỷ lệ văn bản đi được ký số và gửi trên môi trường mạng ở cấp tỉnh đạt 95%, cấp huyện 80%, cấp xã 55%."
    assert facts(text) == {
        B("edocument_exchange_pct", "province", 95),
        B("edocument_exchange_pct", "district", 80),
        B("edocument_exchange_pct", "commune", 55),
    }


def test_documents_issued_over_the_network():
    assert facts("Năm 2018, 88% văn bản đi của các sở, ngành được phát hành qua mạng.") == {
        B("edocument_exchange_pct", "province", 88)
    }


def test_staff_working_in_it_with_their_breakdown():
    text = "Các cơ quan nhà nước của tỉnh có 73 công chức, viên chức làm CNTT, gồm 4 thạc sĩ, 60 đại học và 9 cao đẳng."
    assert facts(text) == {
        B("it_staff_count", "all", 73),
        B("it_staff_postgraduate_count", "all", 4),
        B("it_staff_university_count", "all", 60),
        B("it_staff_college_count", "all", 9),
    }


def test_people_working_at_an_it_centre_are_no_it_staff_count():
    assert facts("Hiện có 120 người làm việc tại Trung tâm CNTT.") == set()


def test_counts_raised_to_a_minimum_or_an_estimate_level_4_then_level_3():
    text = (
        "Giai đoạn 2016-2020, tỉnh sẽ nâng số dịch vụ công trực tuyến mức độ 4 lên ít nhất 320 dịch vụ "
        "và mức độ 3 lên khoảng 700 dịch vụ."
    )
    assert facts(text) == {
        T("online_services_level4_count", "all", 320, qualifier="at_least"),
        T("online_services_level3_count", "all", 700, qualifier="approx"),
    }


def test_a_level_3_count_then_a_level_4_count_keep_their_levels():
    assert facts("Tỉnh có 150 dịch vụ công trực tuyến mức độ 3 và 40 dịch vụ mức độ 4.") == {
        B("online_services_level3_count", "all", 150),
        B("online_services_level4_count", "all", 40),
    }


def test_a_share_of_services_at_level_4_is_no_fact_and_not_the_next_clauses_indicator():
    text = "Năm 2020 phấn đấu 40% dịch vụ công đạt mức độ 4 và 100% xã có chữ ký số."
    assert facts(text) == {T("agencies_using_digital_signature_pct", "commune", 100)}


def test_citizens_using_services_at_levels_3_4_keep_their_indicator():
    text = "Phấn đấu 50% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến ở mức độ 3, 4."
    assert facts(text) == {T("citizens_businesses_using_online_services_pct", "all", 50)}


def _budget_kind(text: str, genre: str) -> set[tuple]:
    ctx = DocContext("t", "t.txt", text, issued_year=2019, doc_type="news_article", genre=genre)
    _, kept = extract_facts(ctx, Layout(ctx))
    return {(f.indicator, f.kind, f.year) for f in kept if f.indicator == "budget_total_mvnd"}


NEWS_BOTH_WAYS = (
    "Quảng Hòa: chính quyền điện tử có nhiều chuyển biến\n\n"
    "Chiều 20/12/2019, Sở TT&TT tổ chức hội nghị tổng kết công tác năm 2019. Toàn tỉnh đã cấp 3.200 hộp thư công vụ. "
    "Kinh phí chi cho ứng dụng CNTT năm 2019 là 9.800 triệu đồng.\n\n"
    'Giám đốc Sở cho biết: "Năm 2020, chúng tôi đặt mục tiêu 100% xã sử dụng chữ ký số".\n'
)


def test_money_of_the_year_in_news_that_looks_back_and_ahead_leans_with_its_paragraph():
    assert _budget_kind(NEWS_BOTH_WAYS, "news_mixed") == {("budget_total_mvnd", "baseline", 2019)}


def test_money_of_the_year_in_a_news_review_read_from_its_lead_is_a_baseline():
    # the headline has no word of a review; the lead's `hội nghị tổng kết` made the article a news review
    assert _budget_kind(NEWS_BOTH_WAYS, "news_review") == {("budget_total_mvnd", "baseline", 2019)}


def test_money_of_the_year_in_news_of_a_plan_stays_a_target():
    text = "Tỉnh Quảng Hòa vừa ban hành kế hoạch năm 2019. Kinh phí thực hiện năm 2019 là 9.800 triệu đồng.\n"
    assert _budget_kind(text, "news_plan") == {("budget_total_mvnd", "target", 2019)}


def test_read_helper_still_reads_documents():  # the shared helper is unchanged
    ctx, _, _, kept = _read("Toàn tỉnh có 45 cán bộ làm công tác CNTT.")
    assert [(f.indicator, f.value) for f in kept] == [("it_staff_count", 45.0)]
    assert ctx.issued_year == 2018


def test_the_mailbox_named_first_then_given_to_a_share_of_staff():
    assert facts("Thư điện tử công vụ được cấp cho 100% cán bộ cấp xã.") == {B("staff_with_email_pct", "commune", 100)}
    assert facts("Hộp thư công vụ đã được cấp cho 95% cán bộ, công chức.") == {B("staff_with_email_pct", "all", 95)}


def test_component_websites_written_in_lower_case_without_dien_tu():
    assert facts("Cổng thông tin điện tử tỉnh có 45 trang thông tin thành phần.") == {
        B("component_websites_count", "all", 45)
    }
