"""Kinds of wording earlier rounds saw on real pages and left, second pass (issue #11, round 18): a share written
with a decimal point in a table or list (`67.70%`), sentences glued at a full stop without a space, a level named in
one sentence and carried by the next (`ở khối này`), `cấp độ 4` for `mức độ 4`, and others listed in
docs/phrasing.md §8 (round 18 leftovers, second pass).

Every text here was written for this file, in our own words; the facts each should give were decided before the
extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

from analysis.vietnamese import find_percents


def test_a_point_before_one_or_two_digits_then_percent_is_a_decimal():
    assert [a.value for a in find_percents("tỷ lệ hồ sơ đạt 67.70% và")] == [67.7]
    assert [a.value for a in find_percents("chỉ đạt 12.5 % cán bộ")] == [12.5]
    # a thousands group keeps three digits, and `3.4` with no `%` stays unread as a decimal
    assert [a.value for a in find_percents("tăng 1.250% so với")] == [1250.0]
    # an item number glued to a share at the start of a line is neither 2,8% nor 80%
    assert find_percents("Kết quả:\n2.80% cán bộ có máy tính") == []


def test_decimal_point_share_in_a_review_is_read_with_its_number(tmp_path):
    text = (
        "Ninh Thuận nhìn lại một năm ứng dụng công nghệ thông tin\n\n"
        "Năm 2019, tỷ lệ văn bản được trao đổi dưới dạng điện tử giữa các cơ quan nhà nước của tỉnh đạt 67.70%.\n"
    )
    result = _corpus(tmp_path, "ninh-thuan-2019-news.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("edocument_exchange_pct", "baseline", 2019, 67.7) in got
    n = result.numbers
    row = n[n["text"] == "67.70"]
    assert len(row) == 1 and row.iloc[0]["read_as"] != ""


def test_a_full_stop_with_no_space_after_it_still_ends_the_sentence(tmp_path):
    text = (
        "Quảng Trị: kết quả xây dựng chính quyền điện tử\n\n"
        "Đến nay, 100% xã, phường, thị trấn dùng phần mềm một cửa điện tử.Hiện tỉnh đã cung cấp 320 dịch vụ công "
        "trực tuyến mức độ 3. Đoàn công tác của TP.HCM và ThS.Nguyễn Văn Bình đến thăm.\n"
    )
    result = _corpus(tmp_path, "quang-tri-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert ("agencies_with_eonestop_pct", "commune", 100.0) in got
    # the communes of the sentence before do not carry over the glued full stop
    assert ("online_services_level3_count", "all", 320.0) in got
    assert ("online_services_level3_count", "commune", 320.0) not in got


def test_a_sentence_that_goes_on_takes_the_level_the_one_before_opens_with(tmp_path):
    text = (
        "Lai Châu: kết quả ứng dụng công nghệ thông tin năm 2020\n\n"
        "Đối với cấp xã, các văn phòng UBND đã được trang bị máy tính và máy in. Cùng với đó, 70% cán bộ, công chức "
        "được cấp hộp thư điện tử công vụ.\n\n"
        "Ở khối huyện, các phòng chuyên môn đều dùng phần mềm quản lý văn bản. Tỷ lệ cán bộ ở khối này thường "
        "xuyên dùng thư điện tử đạt 85%.\n\n"
        "Ở khối sở, ngành, việc ứng dụng được duy trì. Toàn tỉnh có 64% cán bộ sử dụng chữ ký số cá nhân.\n"
    )
    result = _corpus(tmp_path, "lai-chau-2020-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert ("staff_with_email_pct", "commune", 70.0) in got
    assert ("staff_email_usage_pct", "district", 85.0) in got
    # a sentence that neither goes on nor points back keeps no level of the one before
    assert not any(v == 64.0 and s == "province" for _, s, v in got)


def test_a_january_review_of_the_year_before_speaks_of_that_year(tmp_path):
    text = (
        "Bình Định nhìn lại ứng dụng công nghệ thông tin năm 2018\n\n"
        "Thứ Năm, 10/01/2019 - 08:30\n\n"
        "Năm 2018, tỉnh tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong các cơ quan nhà nước. Đến nay, 100% sở, "
        "ngành sử dụng phần mềm quản lý văn bản. Toàn tỉnh hiện có 3.150 hộp thư điện tử công vụ đã cấp.\n\n"
        "Đến cuối năm 2018, 76% cán bộ cấp xã được trang bị máy tính. Tính đến tháng 1/2019, đã có 215 dịch vụ công "
        "trực tuyến mức độ 3.\n"
    )
    result = _corpus(tmp_path, "binh-dinh-2019-news.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("agencies_using_document_management_pct", "baseline", 2018, 100.0) in got
    assert ("email_accounts_count", "baseline", 2018, 3150.0) in got
    assert ("staff_with_computer_pct", "baseline", 2018, 76.0) in got
    # a year the text names itself is kept, even the page's own
    assert ("online_services_level3_count", "baseline", 2019, 215.0) in got


def test_a_review_published_later_in_the_next_year_speaks_from_its_date(tmp_path):
    text = (
        "Bình Định nhìn lại ứng dụng công nghệ thông tin năm 2018\n\n"
        "Thứ Năm, 10/06/2019 - 08:30\n\n"
        "Đến nay, 100% sở, ngành sử dụng phần mềm quản lý văn bản.\n"
    )
    result = _corpus(tmp_path, "binh-dinh-2019b-news.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("agencies_using_document_management_pct", "baseline", 2019, 100.0) in got


def test_money_in_a_phrase_opening_the_sentence_is_read_by_its_main_clause(tmp_path):
    text = (
        "Bến Tre nhìn lại một năm ứng dụng công nghệ thông tin\n\n"
        "Với tổng vốn gần 60 tỷ đồng, dự án xây dựng cầu Rạch Miễu 2 đặt mục tiêu thông xe vào năm 2021.\n\n"
        "Từ nguồn kinh phí 8 tỷ đồng, năm 2019 tỉnh đã triển khai nhiều nhiệm vụ ứng dụng công nghệ thông tin trong cơ "
        "quan nhà nước.\n\n"
        "Với tổng kinh phí hơn 12 tỷ đồng, dự án nâng cấp Trung tâm dữ liệu tỉnh đã hoàn thành.\n"
    )
    result = _corpus(tmp_path, "ben-tre-2019-news.txt", text)
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("budget_total_mvnd", "baseline", 2019, 8000.0) in got
    # a bridge, and one IT project: the main clause says the money is no IT budget
    assert not any(v in (60000.0, 12000.0) for *_, v in got)


def test_one_share_with_predicates_joined_by_commas_gives_a_fact_for_each(tmp_path):
    text = (
        "Sơn La nhìn lại ứng dụng công nghệ thông tin năm 2020\n\n"
        "Đến nay, 100% sở, ngành đã sử dụng phần mềm quản lý văn bản, triển khai ứng dụng chữ ký số, có cán bộ "
        "chuyên trách CNTT.\n\n"
        "Tại cấp xã, 90% UBND xã đã triển khai phần mềm một cửa điện tử, sử dụng phần mềm quản lý văn bản và được kết "
        "nối mạng truyền số liệu chuyên dùng.\n"
    )
    result = _corpus(tmp_path, "son-la-2020-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert {
        ("agencies_using_document_management_pct", "province", 100.0),
        ("agencies_using_digital_signature_pct", "province", 100.0),
        ("agencies_with_dedicated_it_staff_pct", "province", 100.0),
        ("agencies_with_eonestop_pct", "commune", 90.0),
        ("agencies_using_document_management_pct", "commune", 90.0),
        ("communes_on_specialized_network_pct", "commune", 90.0),
    } <= got


def test_news_of_a_one_year_programme_gives_its_year_as_the_period(tmp_path):
    text = (
        "Hà Giang triển khai chương trình ứng dụng công nghệ thông tin năm 2015\n\n"
        "UBND tỉnh Hà Giang vừa ban hành chương trình ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà "
        "nước năm 2015. Theo đó, phấn đấu 90% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.\n"
    )
    result = _corpus(tmp_path, "ha-giang-2015-news.txt", text)
    doc = result.documents.iloc[0]
    assert (doc["period_start"], doc["period_end"]) == (2015, 2015)
    got = {(i, k, s, y, v) for i, k, s, y, v in _rows(result)}
    assert ("staff_with_email_pct", "target", "province", 2015, 90.0) in got


def test_a_headline_on_the_results_of_a_year_is_a_review(tmp_path):
    text = (
        "Kết quả ứng dụng công nghệ thông tin năm 2019 của tỉnh Ninh Thuận\n\n"
        "Năm 2019, tỷ lệ văn bản được trao đổi dưới dạng điện tử giữa các cơ quan nhà nước của tỉnh đạt 64%.\n"
    )
    result = _corpus(tmp_path, "ninh-thuan-2019b-news.txt", text)
    assert result.documents.iloc[0]["genre"] == "news_review"
    got = {(i, k, y, v) for i, k, _, y, v in _rows(result)}
    assert ("edocument_exchange_pct", "baseline", 2019, 64.0) in got


def test_cap_do_after_a_count_of_procedures_is_the_service_level(tmp_path):
    text = (
        "Huyện Bảo Lâm đẩy mạnh dịch vụ công trực tuyến\n\n"
        "Đối với cấp xã trong huyện, đến nay đã có 3 TTHC giải quyết ở cấp độ 4; 7 TTHC giải quyết ở cấp độ 3.\n\n"
        "Hệ thống thông tin của huyện được phê duyệt cấp độ 3 là 2 hệ thống.\n"
    )
    result = _corpus(tmp_path, "bao-lam-news.txt", text)
    got = {(i, s, v) for i, _, s, _, v in _rows(result)}
    assert ("online_services_level4_count", "commune", 3.0) in got
    assert ("online_services_level3_count", "commune", 7.0) in got
    # a security grade of information systems is no service level
    assert not any(v == 2.0 for *_, v in got)


def test_shares_of_documents_and_applications_through_software_are_not_shares_of_agencies(tmp_path):
    text = (
        "Xã Tân Phú đạt tiêu chí thông tin và truyền thông năm 2021\n\n"
        "Tỷ lệ tiếp nhận văn bản điện tử qua hệ thống phần mềm quản lý văn bản của xã đạt 93,4%. Tỷ lệ hồ sơ thủ tục "
        "hành chính tiếp nhận và xử lý trên phần mềm một cửa điện tử đạt 87,2%.\n\n"
        "Trong năm, 100% sở, ngành tiếp nhận, giải quyết hồ sơ qua phần mềm một cửa điện tử.\n"
    )
    result = _corpus(tmp_path, "tan-phu-2021-news.txt", text)
    got = {(i, v) for i, _, _, _, v in _rows(result)}
    assert ("edocument_exchange_pct", 93.4) in got
    assert not any(v in (93.4, 87.2) for i, v in got if i != "edocument_exchange_pct")
    # agencies that take applications through the software: the one-stop share
    assert ("agencies_with_eonestop_pct", 100.0) in got
