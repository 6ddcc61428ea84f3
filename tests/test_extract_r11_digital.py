"""Digital-transformation texts of 2021-2023 (issue #11, round 11, `dev_digital`): documents signed and exchanged
as the e-document share, `hiện có` naming the text's year, `đại học trở lên` counting no single degree, a news date
after a clause of the lead, and the wording of services, staff and money after 2020.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_extract_wording import B, T, facts

from analysis.corpus import SourceText
from analysis.extract.metadata import extract_metadata


def meta(text: str):
    return extract_metadata(SourceText("t.txt", Path("t.txt"), text, "0" * 64, "utf-8"))


def test_signed_documents_exchanged_between_agencies_are_the_edocument_share_by_level():
    text = "Tỷ lệ văn bản điện tử có ký số gửi, nhận giữa các cơ quan nhà nước ở cấp tỉnh đạt 91%, cấp huyện 75%."
    assert facts(text) == {B("edocument_exchange_pct", "province", 91), B("edocument_exchange_pct", "district", 75)}


def test_signed_documents_exchanged_value_after_with_its_level():
    text = "Mục tiêu: tỷ lệ văn bản điện tử có ký số trao đổi giữa các cơ quan đạt 100% ở cấp tỉnh và 80% ở cấp xã."
    assert facts(text) == {T("edocument_exchange_pct", "province", 100), T("edocument_exchange_pct", "commune", 80)}


def test_signed_and_sent_documents_far_from_their_verb_value_first():
    text = (
        "Gần 97% văn bản đi của các sở, ngành và UBND cấp huyện được ký số và gửi trên môi trường mạng; cấp xã đạt 80%."
    )
    assert facts(text) == {
        B("edocument_exchange_pct", "all", 97, qualifier="nearly"),
        B("edocument_exchange_pct", "commune", 80),
    }


def test_documents_signed_but_not_said_to_be_exchanged_stay_no_fact():
    assert facts("Năm 2018, tỷ lệ văn bản được ký số đạt 90%.") == set()
    assert facts("Năm 2018, 70% văn bản điện tử được ký số.") == set()


def test_hien_co_after_a_word_names_the_texts_year_over_a_paragraphs_opening_year():
    text = "Năm 2016, tỉnh xếp thứ 30/63 về Chỉ số ICT Index. Toàn tỉnh hiện có 45 cán bộ chuyên trách CNTT."
    assert facts(text) == {B("it_staff_count", "all", 45)}
    # `thực hiện có hiệu quả` is no time word: the opening year stays.
    text = "Năm 2016, các sở thực hiện có hiệu quả Kế hoạch. Các sở có 30 cán bộ chuyên trách CNTT."
    assert facts(text) == {B("it_staff_count", "province", 30, year=2016)}


def test_university_or_higher_counts_no_single_degree():
    text = "Các cơ quan có 40 người làm CNTT, trong đó 35 người có trình độ đại học trở lên."
    assert facts(text) == {B("it_staff_count", "all", 40)}
    text = "Các cơ quan có 40 người làm CNTT, trong đó 35 người có trình độ đại học, 5 người cao đẳng."
    assert B("it_staff_university_count", "all", 35) in facts(text)


def test_news_date_after_a_clause_of_the_lead_is_its_publication_date():
    text = (
        "Tỉnh đẩy mạnh chuyển đổi số\n\n(Báo Tỉnh.vn) - Nhân dịp tổng kết một năm chuyển đổi số, ngày 12/9/2022, "
        "phóng viên trao đổi với Giám đốc Sở Thông tin và Truyền thông.\n\nHiện nay tỉnh có 300 dịch vụ toàn trình.\n"
    )
    assert meta(text).published == date(2022, 9, 12)
    # a date in the lead's second sentence is not the lead's date
    text = (
        "Tỉnh đẩy mạnh chuyển đổi số\n\n(Báo Tỉnh.vn) - Tỉnh đẩy mạnh chuyển đổi số. Kế hoạch được ký ngày "
        "3/2/2020.\n\nHiện nay tỉnh có 300 dịch vụ toàn trình.\n"
    )
    assert meta(text).published != date(2020, 2, 3)


def test_end_to_end_and_partly_online_counts_named_before_with_a_minimum():
    assert facts("Đến năm 2020, nâng tổng số dịch vụ công trực tuyến toàn trình lên tối thiểu 700 dịch vụ.") == {
        T("online_services_level4_count", "all", 700, qualifier="at_least")
    }
    assert facts("Đến năm 2020, số dịch vụ công trực tuyến một phần đạt 300 dịch vụ.") == {
        T("online_services_level3_count", "all", 300)
    }
    # applications filed, not services
    assert facts("Năm 2018, số hồ sơ trực tuyến một phần đạt 300 hồ sơ.") == set()


def test_a_staff_total_whose_parts_by_level_follow_a_colon_is_of_all_levels():
    text = (
        "Năm 2018, các cơ quan nhà nước có 70 cán bộ chuyên trách công nghệ thông tin: cấp tỉnh 30 người, "
        "cấp huyện 25 người, cấp xã 15 người."
    )
    assert facts(text) == {
        B("it_staff_count", "all", 70),
        B("it_staff_count", "province", 30),
        B("it_staff_count", "district", 25),
        B("it_staff_count", "commune", 15),
    }
    # a level before the colon stays the total's own
    assert B("it_staff_count", "province", 30) in facts(
        "Năm 2018, có 30 cán bộ chuyên trách CNTT cấp tỉnh: 20 người đại học."
    )


def test_a_level_that_has_so_many_units_continues_the_share_before_it():
    text = "Năm 2018, 100% sở, ngành đã sử dụng chữ ký số chuyên dùng; cấp xã có 40/50 xã sử dụng."
    assert facts(text) == {
        B("agencies_using_digital_signature_pct", "province", 100),
        B("agencies_using_digital_signature_pct", "commune", 80),
    }
    # other words after the value are another indicator's
    text = "Năm 2018, 100% sở, ngành đã sử dụng chữ ký số chuyên dùng; cấp xã có 80% cán bộ được cấp hộp thư điện tử."
    assert facts(text) == {
        B("agencies_using_digital_signature_pct", "province", 100),
        B("staff_with_email_pct", "commune", 80),
    }


def test_one_share_with_two_predicates_joined_by_va_gives_a_fact_for_each():
    text = (
        "Năm 2018, 50/50 xã, phường, thị trấn đã kết nối mạng truyền số liệu chuyên dùng và được trang bị hệ thống "
        "hội nghị truyền hình trực tuyến."
    )
    assert facts(text) == {
        B("communes_on_specialized_network_pct", "commune", 100),
        B("communes_with_videoconference_pct", "commune", 100),
    }
    assert facts("Năm 2018, 100% cán bộ được cấp hộp thư điện tử và được trang bị máy tính.") == {
        B("staff_with_email_pct", "all", 100),
        B("staff_with_computer_pct", "all", 100),
    }
    # `và` joining two objects of one verb is no second predicate: one fact (whichever words it is read by)
    text = "Năm 2018, 100% công chức cấp xã sử dụng hệ thống thư điện tử trong quản lý và trao đổi văn bản điện tử."
    assert len(facts(text)) == 1
