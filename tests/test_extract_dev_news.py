"""News articles and reviews of results met while writing the development set `dev_news` (issue #11, round 4):
several indicators in one sentence, comparisons, counts by level, counts before the network's name. Every text is
written for these tests."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import SourceText
from analysis.extract import extract_source
from analysis.extract.metadata import extract_metadata

LEAD = "(Baoxyz.vn) - Ngày 20/12/2018, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2018.\n\n"


def source(text: str) -> SourceText:
    return SourceText("t.txt", Path("t.txt"), text, "0" * 64, "utf-8")


def read(text: str):
    _, facts, _ = extract_source(source(text))
    return {(f.indicator, f.kind, f.scope, f.year, f.value) for f in facts}


def test_a_level3_count_then_a_level4_count_is_no_combined_count():
    facts = read(
        LEAD + "Năm qua, tỉnh đã cung cấp 27 dịch vụ công trực tuyến mức độ 3 và 5 dịch vụ công trực tuyến mức độ 4.\n"
    )
    assert ("online_services_level3_count", "baseline", "all", 2018, 27) in facts
    assert ("online_services_level4_count", "baseline", "all", 2018, 5) in facts
    assert not any(f[0] == "online_services_level3_4_count" for f in facts)


def test_a_combined_level_list_is_still_one_count():
    facts = read(LEAD + "Năm qua, tỉnh đã cung cấp 96 dịch vụ công trực tuyến mức độ 3 và 4 trên Cổng dịch vụ công.\n")
    assert ("online_services_level3_4_count", "baseline", "all", 2018, 96) in facts


def test_points_counted_by_level_before_the_networks_name():
    facts = read(LEAD + "Hiện đã có 31 điểm cấp tỉnh và cấp huyện 7 điểm kết nối mạng truyền số liệu chuyên dùng.\n")
    points = {f for f in facts if f[0] == "specialized_network_points_count"}
    assert points == {
        ("specialized_network_points_count", "baseline", "province", 2018, 31),
        ("specialized_network_points_count", "baseline", "district", 2018, 7),
    }


def test_a_year_a_figure_is_compared_with_is_not_the_period_of_a_review():
    text = (
        "Đẩy mạnh ứng dụng công nghệ thông tin\n\n(Baoxyz.vn) - Ngày 12/7/2019, UBND tỉnh tổ chức hội nghị sơ kết 6 "
        "tháng đầu năm.\n\nTheo báo cáo, số hộp thư điện tử công vụ đã cấp là 3.900 hộp thư, nhiều hơn so với cuối "
        "năm 2018.\n"
    )
    meta = extract_metadata(source(text))
    assert meta.period_end != 2018
    assert ("email_accounts_count", "baseline", "all", 2019, 3900) in read(text)


def test_before_and_after_in_one_sentence_are_two_facts_with_their_years():
    facts = read(
        LEAD + "Tỷ lệ văn bản được trao đổi dưới dạng điện tử giữa các cơ quan nhà nước tăng từ 25% năm 2014 lên 76% "
        "năm 2018; số dịch vụ công trực tuyến mức độ 3, 4 tăng từ 18 dịch vụ năm 2015 lên 240 dịch vụ.\n"
    )
    assert ("edocument_exchange_pct", "baseline", "all", 2014, 25) in facts
    assert ("edocument_exchange_pct", "baseline", "all", 2018, 76) in facts
    assert ("online_services_level3_4_count", "baseline", "all", 2015, 18) in facts
    assert ("online_services_level3_4_count", "baseline", "all", 2018, 240) in facts


def test_end_to_end_and_partly_online_services_split_a_total():
    facts = read(
        LEAD + "Năm qua, tỉnh cung cấp 830 dịch vụ công trực tuyến (305 dịch vụ toàn trình, 525 dịch vụ một phần).\n"
    )
    assert ("online_services_level4_count", "baseline", "all", 2018, 305) in facts
    assert ("online_services_level3_count", "baseline", "all", 2018, 525) in facts


def test_end_to_end_total_raised_to():
    facts = read(LEAD + "Năm 2019, tỉnh phấn đấu nâng tổng số dịch vụ công trực tuyến toàn trình lên 450 dịch vụ.\n")
    assert ("online_services_level4_count", "target", "all", 2019, 450) in facts


def test_staff_total_with_its_dedicated_part_and_no_part_time_part():
    facts = read(
        LEAD + "Toàn tỉnh có 132 người làm công tác CNTT, trong đó 51 người chuyên trách, 81 người kiêm nhiệm.\n"
    )
    staff = {f[4] for f in facts if f[0] == "it_staff_count"}
    assert staff == {132, 51}


def test_a_count_does_not_take_the_level_of_an_earlier_percentage():
    facts = read(
        LEAD
        + "Đến nay, 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ; đội ngũ làm công tác CNTT có "
        "58 cán bộ chuyên trách.\n"
    )
    assert ("staff_with_email_pct", "baseline", "province", 2018, 100) in facts
    assert ("it_staff_count", "baseline", "all", 2018, 58) in facts


def test_a_clause_that_names_only_a_level_continues_the_value_before_it():
    facts = read(
        LEAD + "Đến nay 100% sở, ban, ngành đã sử dụng chữ ký số trong gửi, nhận văn bản điện tử, cấp xã đạt 35%.\n"
    )
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2018, 35) in facts
    assert not any(f[0] == "edocument_exchange_pct" for f in facts)


def test_mailboxes_added_are_no_count_of_mailboxes():
    facts = read(LEAD + "Số hộp thư điện tử công vụ đã cấp là 4.120 hộp thư, tăng 520 hộp thư so với năm trước.\n")
    assert {f[4] for f in facts if f[0] == "email_accounts_count"} == {4120}


def test_services_counted_as_so_many_of_all():
    facts = read(LEAD + "Năm qua, toàn tỉnh đã cung cấp 284/1.720 dịch vụ công trực tuyến mức độ 3, 4.\n")
    assert {f for f in facts if f[0].startswith("online_services")} == {
        ("online_services_level3_4_count", "baseline", "all", 2018, 284)
    }


def test_a_total_of_points_keeps_no_level_of_its_parts():
    facts = read(
        LEAD + "Toàn tỉnh có 205 điểm kết nối mạng truyền số liệu chuyên dùng, trong đó cấp tỉnh 41 điểm, cấp huyện "
        "20 điểm, cấp xã 144 điểm.\n"
    )
    # the total keeps no level of its parts; each part is a fact of its own level (conventions README, round 4)
    assert {f for f in facts if f[0] == "specialized_network_points_count"} == {
        ("specialized_network_points_count", "baseline", "all", 2018, 205),
        ("specialized_network_points_count", "baseline", "province", 2018, 41),
        ("specialized_network_points_count", "baseline", "district", 2018, 20),
        ("specialized_network_points_count", "baseline", "commune", 2018, 144),
    }
