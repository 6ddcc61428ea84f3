"""Kinds of wording earlier rounds saw on real pages and left (issue #11, round 17): the count of procedures a level
of online service is offered for (`mức độ 3 cho 27 thủ tục`), a date with a stray space (`17/10/ 2014`), a share of
staff using regularly right after a clause that names the mailbox, and `tất cả` (all) that stays unread.

Every text here was written for this file, in our own words after the kinds catalogued in docs/phrasing.md §8
(round 17 leftovers block); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows


def test_level_offered_for_a_number_of_procedures_counts_them(tmp_path):
    text = (
        "Hà Nam: kết quả ứng dụng công nghệ thông tin năm 2017\n\n"
        "Năm 2017, Sở Xây dựng tỉnh Hà Nam đã cung cấp dịch vụ công trực tuyến mức độ 3 cho 14 thủ tục hành chính "
        "và mức độ 4 đối với 5 thủ tục.\n\n"
        "Sở Công Thương triển khai dịch vụ công trực tuyến mức độ 3 cho 100% thủ tục thuộc thẩm quyền.\n"
    )
    result = _corpus(tmp_path, "ha-nam-2017-news.txt", text)
    got = {(i, k, v) for i, k, _, _, v in _rows(result)}
    assert ("online_services_level3_count", "baseline", 14.0) in got
    assert ("online_services_level4_count", "baseline", 5.0) in got
    # `cho 100% thủ tục` is a share, not a count of 100
    assert not any(i.endswith("_count") and v == 100.0 for i, _, v in got)


def test_both_levels_offered_for_a_number_of_procedures(tmp_path):
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin năm 2019 của tỉnh Phú Thọ\n\n"
        "Phấn đấu đến cuối năm 2019 cung cấp dịch vụ công trực tuyến mức độ 3 và 4 cho ít nhất 210 thủ tục.\n"
    )
    result = _corpus(tmp_path, "phu-tho-2019-news.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("online_services_level3_4_count", "target", 2019, 210.0) in got


def test_date_line_with_a_space_after_the_second_slash_is_the_page_date(tmp_path):
    text = (
        "Yên Bái nâng cao hiệu quả ứng dụng công nghệ thông tin\n\n"
        "Thứ Năm, 05/03/ 2016 - 09:15\n\n"
        "Đến nay, 88% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.\n"
    )
    result = _corpus(tmp_path, "yen-bai-2016-news.txt", text)
    doc = result.documents.iloc[0]
    assert str(doc["published"]) == "2016-03-05"
    n = result.numbers
    assert set(n[n["text"].isin(["05", "03"])]["why_not"]) == {"part of a date"}


def test_regular_use_after_the_clause_naming_the_mailbox_is_email_use(tmp_path):
    text = (
        "Kết quả ứng dụng công nghệ thông tin tỉnh Sơn La năm 2014\n\n"
        "Hiện nay, 96% công chức cấp huyện được cấp hộp thư điện tử công vụ; 48% công chức cấp xã sử dụng "
        "thường xuyên.\n"
    )
    result = _corpus(tmp_path, "son-la-2014-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert got == {("staff_with_email_pct", "district", 96.0), ("staff_email_usage_pct", "commune", 48.0)}


def test_regular_use_of_computers_after_the_mailbox_clause_stays_computer_use(tmp_path):
    text = (
        "Kết quả ứng dụng công nghệ thông tin tỉnh Sơn La năm 2014\n\n"
        "Hiện nay, 96% công chức cấp huyện được cấp hộp thư điện tử công vụ; 71% công chức cấp xã thường xuyên "
        "sử dụng máy tính.\n"
    )
    result = _corpus(tmp_path, "son-la-2014-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert got == {("staff_with_email_pct", "district", 96.0), ("staff_regular_computer_use_pct", "commune", 71.0)}


def test_all_agencies_in_words_gives_no_share(tmp_path):
    # `Tất cả các sở, ngành đã …` means 100% in words; the conventions read words for none only, so nothing is read
    # (and nothing else is read in its place).
    text = (
        "Bình Phước: ứng dụng công nghệ thông tin năm 2016\n\n"
        "Tất cả các sở, ngành đã triển khai phần mềm quản lý văn bản và điều hành; toàn bộ UBND cấp huyện đã dùng "
        "chữ ký số trong gửi, nhận văn bản.\n"
        "Năm 2016, 75% cán bộ, công chức cấp tỉnh được cấp hộp thư công vụ.\n"
    )
    result = _corpus(tmp_path, "binh-phuoc-2016-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert got == {("staff_with_email_pct", "province", 75.0)}


def test_staff_of_agencies_using_the_document_software_is_no_share_of_agencies(tmp_path):
    # The staff's agencies and a bracket stand between the staff and `sử dụng`: still a share of staff, which no
    # indicator is about; the share of agencies before it stays read.
    text = (
        "Tiền Giang: ứng dụng công nghệ thông tin năm 2018\n\n"
        "Đến nay, 100% cơ quan hành chính của tỉnh Tiền Giang triển khai phần mềm quản lý văn bản và điều hành. "
        "Khoảng 78% cán bộ, công chức các sở, huyện (kể cả lãnh đạo) sử dụng phần mềm quản lý văn bản để xử lý "
        "công việc trên mạng.\n"
    )
    result = _corpus(tmp_path, "tien-giang-2018-news.txt", text)
    got = {(i, v) for i, _, _, _, v in _rows(result)}
    assert got == {("agencies_using_document_management_pct", 100.0)}


def test_agencies_deploying_for_their_staff_stay_a_share_of_agencies(tmp_path):
    text = (
        "Tiền Giang: ứng dụng công nghệ thông tin năm 2018\n\n"
        "Năm 2018, 90% cơ quan, đơn vị đã triển khai phần mềm quản lý văn bản và điều hành.\n"
    )
    result = _corpus(tmp_path, "tien-giang-2018-news.txt", text)
    assert {(i, v) for i, _, _, _, v in _rows(result)} == {("agencies_using_document_management_pct", 90.0)}


def test_a_level_with_its_other_nouns_before_the_next_value_is_that_value_s(tmp_path):
    # `ở cấp tỉnh là 85%, cấp huyện, thị xã là 65%`: `cấp huyện, thị xã` is the next value's level, not the first's.
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin tỉnh Thanh Hóa năm 2012\n\n"
        "Mục tiêu đến cuối năm 2012, tỷ lệ cán bộ, công chức dùng thư điện tử trong công việc ở cấp tỉnh là 85%, "
        "cấp huyện, thị xã là 65%.\n"
    )
    result = _corpus(tmp_path, "thanh-hoa-2012-kh.txt", text)
    got = {(i, k, s, v) for i, k, s, _, v in _rows(result)}
    assert got == {
        ("staff_email_usage_pct", "target", "province", 85.0),
        ("staff_email_usage_pct", "target", "district", 65.0),
    }


def test_documents_exchanged_between_province_and_districts_through_email(tmp_path):
    # Many words name who exchanges the documents before the channel, email; between the province and the districts
    # is all levels.
    text = (
        "Kế hoạch ứng dụng công nghệ thông tin tỉnh Thanh Hóa năm 2012\n\n"
        "Mục tiêu đến cuối năm 2012, 45% văn bản trao đổi giữa UBND tỉnh với UBND các huyện, thị xã và các sở, "
        "ban, ngành (gồm giấy mời, báo cáo, lịch làm việc) được gửi qua thư điện tử.\n"
    )
    result = _corpus(tmp_path, "thanh-hoa-2012-kh.txt", text)
    got = {(i, k, s, v) for i, k, s, _, v in _rows(result)}
    assert got == {("edocument_exchange_pct", "target", "all", 45.0)}
