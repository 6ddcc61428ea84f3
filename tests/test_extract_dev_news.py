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
