"""Real pages on IT staff and infrastructure through the extractor (issue #11, round 14): kinds of wording that
provincial news of 2009-2021 showed and the rules did not yet read.

Every text here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md §8 (round 14 staffing/infrastructure block); the facts each should give were decided before the
extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows


def _rows(result) -> set[tuple]:
    return fact_rows(result, ("indicator", "kind", "scope", "value"))


def _why_not(result, text: str) -> set[str]:
    n = result.numbers
    return set(n[n["text"] == text]["why_not"])


def test_a_fraction_of_agencies_with_their_levels_and_place_before_having_a_website(tmp_path):
    # The levels (`sở, ban, ngành, UBND các huyện, thị xã`) and the place stand between the fraction and `có trang …`.
    text = (
        "Ứng dụng CNTT ở Gia Lai: nhiều chuyển biến\n\n"
        "Hiện nay, có 27/27 sở, ban, ngành, UBND các huyện, thị xã trên địa bàn Gia Lai có trang thông tin điện tử "
        "thành phần.\n"
    )
    result = _corpus(tmp_path, "gia-lai-2018-news.txt", text)
    assert _rows(result) == {("component_websites_count", "baseline", "all", 27.0)}


def test_a_fraction_far_from_a_website_in_another_clause_stays_unread(tmp_path):
    # The website belongs to another clause (after `;`): the fraction of agencies is no count of websites.
    text = (
        "Ứng dụng CNTT ở Gia Lai: nhiều chuyển biến\n\n"
        "Hiện nay, có 19/27 sở, ban, ngành dùng phần mềm quản lý văn bản; Sở Nội vụ có trang thông tin điện tử riêng.\n"
    )
    result = _corpus(tmp_path, "gia-lai-2018-news.txt", text)
    assert "component_websites_count" not in set(result.facts["indicator"])


def test_computers_per_number_of_staff_is_the_computer_ratio(tmp_path):
    # `máy vi tính trên số lượng cán bộ, công chức` (the staff named by their number) as `máy tính/cán bộ`.
    text = (
        "Hạ tầng CNTT ở Ninh Thuận được đầu tư đồng bộ\n\n"
        "Đến nay, tỷ lệ bình quân máy vi tính trên số lượng cán bộ, công chức của tỉnh Ninh Thuận đạt trên 87%.\n"
    )
    result = _corpus(tmp_path, "ninh-thuan-2019-news.txt", text)
    assert _rows(result) == {("computers_per_staff_pct", "baseline", "all", 87.0)}
    assert set(result.facts["qualifier"]) == {"over"}


def test_degrees_of_people_trained_are_no_degrees_of_the_it_staff(tmp_path):
    # A count trained (`đã đào tạo được 930 học viên …, trong đó: 14 cử nhân tin học`) breaks down trainees; the staff
    # sentence after it still gives the staff by degree.
    text = (
        "Đào tạo nguồn nhân lực CNTT ở Bình Định\n\n"
        "Từ năm 2012 đến năm 2015, tỉnh Bình Định đã đào tạo được 930 học viên là cán bộ, công chức, trong đó: "
        "14 cử nhân tin học; 320 chứng chỉ A; 18 quản trị mạng. Hiện toàn tỉnh có 75 cán bộ chuyên trách CNTT, "
        "trong đó 6 thạc sĩ, 52 đại học và 17 cao đẳng.\n"
    )
    result = _corpus(tmp_path, "binh-dinh-2016-news.txt", text)
    got = {(i, v) for i, _, _, v in _rows(result)}
    assert got == {
        ("it_staff_count", 75.0),
        ("it_staff_postgraduate_count", 6.0),
        ("it_staff_university_count", 52.0),
        ("it_staff_college_count", 17.0),
    }
    assert _why_not(result, "14") == {"no rule read it"}


def test_degrees_after_classes_of_trainees_stay_unread(tmp_path):
    # `mở 4 lớp … cho 95 học viên, gồm 12 kỹ sư …`: trainees by degree, in a sentence that names no staff count.
    text = (
        "Bồi dưỡng kỹ năng số cho công chức tỉnh Hòa Bình\n\n"
        "Năm 2019, Sở TT&TT tỉnh Hòa Bình đã mở 4 lớp quản trị mạng cho 95 học viên, gồm 12 kỹ sư và 8 cao đẳng "
        "chuyên ngành CNTT.\n"
    )
    result = _corpus(tmp_path, "hoa-binh-2019-news.txt", text)
    assert not {"it_staff_university_count", "it_staff_college_count"} & set(result.facts["indicator"])


def test_the_national_average_a_share_is_measured_against_is_no_share_of_the_province(tmp_path):
    # `…, cao hơn so với trung bình cả nước là 88,5%`, `trong khi bình quân cả nước chỉ khoảng 80%`: the country's.
    text = (
        "Nhân lực CNTT của tỉnh Yên Bái đáp ứng yêu cầu\n\n"
        "Hiện nay, tỷ lệ cán bộ chuyên trách có trình độ đại học CNTT trở lên của tỉnh Yên Bái đạt 96%, trong khi "
        "bình quân cả nước chỉ khoảng 81%. Tỷ lệ máy tính/cán bộ, công chức đạt 97%, cao hơn so với trung bình cả "
        "nước là 90,5%.\n"
    )
    result = _corpus(tmp_path, "yen-bai-2020-news.txt", text)
    assert _rows(result) == {
        ("it_staff_university_or_higher_pct", "baseline", "all", 96.0),
        ("computers_per_staff_pct", "baseline", "all", 97.0),
    }
    assert _why_not(result, "81") == {"no rule read it"}
    assert _why_not(result, "90,5") == {"no rule read it"}


def test_a_fraction_in_brackets_after_a_stated_share_restates_it(tmp_path):
    # `45,45% UBND cấp xã (70/154 xã)`: the source's share is read once; the bracketed fraction (45.5) is not a second
    # share of communes.
    text = (
        "Kết quả hạ tầng CNTT tỉnh Quảng Bình năm 2019\n\n"
        "Đến nay, mạng truyền số liệu chuyên dùng đã kết nối đến 100% sở, ngành và 45,45% UBND cấp xã (70/154 xã). "
        "Hệ thống hội nghị truyền hình trực tuyến đã triển khai tới 62% xã (95/154 xã).\n"
    )
    result = _corpus(tmp_path, "quang-binh-2019-news.txt", text)
    assert _rows(result) == {
        ("communes_on_specialized_network_pct", "baseline", "commune", 45.45),
        ("communes_with_videoconference_pct", "baseline", "commune", 62.0),
    }


def test_a_fraction_with_no_share_before_it_is_still_the_share(tmp_path):
    text = (
        "Kết quả hạ tầng CNTT tỉnh Quảng Bình năm 2019\n\n"
        "Đến nay, hệ thống hội nghị truyền hình trực tuyến đã triển khai tới 95/154 xã (tăng 30 xã so với năm 2018).\n"
    )
    result = _corpus(tmp_path, "quang-binh-2019-news.txt", text)
    assert _rows(result) == {("communes_with_videoconference_pct", "baseline", "commune", 61.7)}
