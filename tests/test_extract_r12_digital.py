"""Real pages of 2020-2023 (chuyển đổi số, DVCTT, IOC, tổ công nghệ số cộng đồng, DTI) through the extractor
(issue #11, round 15): kinds of wording those pages showed and the rules did not yet read.

Every text here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md §8 (round 15 block); the facts each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

# --- a nationwide article names provinces only in passing ---------------------------------------------------


def test_a_nationwide_ranking_of_online_files_is_about_no_province(tmp_path):
    # Figures of the whole country, and five provinces in a ranking, each named once (one twice).
    text = (
        "Hơn một nửa dịch vụ công trực tuyến đã phát sinh hồ sơ\n\n"
        "Theo Bộ Thông tin và Truyền thông, đến giữa năm 2023 cả nước đã có 58% dịch vụ công trực tuyến phát sinh "
        "hồ sơ. Dẫn đầu về tỷ lệ hồ sơ xử lý trực tuyến là Bắc Giang (81%), Đồng Tháp (77%), Lạng Sơn (70%) và "
        "Hà Nam (66%); Bắc Giang cũng có tỷ lệ thanh toán trực tuyến cao nhất.\n"
    )
    result = _corpus(tmp_path, "ca-nuoc-2023-news.txt", text)
    assert result.documents["province"].isna().all()


def test_a_nationwide_count_naming_two_provinces_in_passing_is_about_no_province(tmp_path):
    text = (
        "Đài truyền thanh cấp xã ứng dụng công nghệ thông tin\n\n"
        "Trên phạm vi cả nước hiện có 8.100 đài truyền thanh cấp xã; các xã chưa có đài tập trung ở miền núi và "
        "một số huyện của tỉnh Sơn La và thành phố Cần Thơ.\n"
    )
    result = _corpus(tmp_path, "truyen-thanh-2022-news.txt", text)
    assert result.documents["province"].isna().all()


def test_a_province_ranked_against_the_country_keeps_its_province(tmp_path):
    # The province of the article is named in the title and again and again; others only in the ranking.
    text = (
        "Chỉ số chuyển đổi số năm 2022: Sóc Trăng tăng 6 bậc\n\n"
        "Theo công bố của Bộ Thông tin và Truyền thông, chỉ số DTI năm 2022 của tỉnh Sóc Trăng xếp thứ 30 cả nước. "
        "Đà Nẵng dẫn đầu, tiếp đến là Quảng Ninh. Năm 2022, Sóc Trăng đã cung cấp 1.050 dịch vụ công trực tuyến "
        "mức độ 4; chính quyền số của Sóc Trăng xếp thứ 28.\n"
    )
    result = _corpus(tmp_path, "soc-trang-2022-news.txt", text)
    assert result.documents["province"].tolist() == ["Sóc Trăng"]
    assert _rows(result) == {("online_services_level4_count", "baseline", "all", 2022, 1050.0)}


def test_a_provincial_news_item_saying_ca_nuoc_keeps_its_province(tmp_path):
    text = (
        "UBND tỉnh Yên Bái vừa ban hành kế hoạch chuyển đổi số năm 2023. Theo đó, đến cuối năm 90% hồ sơ công việc "
        "cấp tỉnh được xử lý trên môi trường mạng, ngang mức chung của cả nước.\n"
    )
    result = _corpus(tmp_path, "yen-bai-2023-news.txt", text)
    assert result.documents["province"].tolist() == ["Yên Bái"]


# --- `chỉ tiêu biên chế` is a staff roll, no goal --------------------------------------------------------------


def test_posts_cut_from_the_staff_roll_make_no_goal_of_a_review(tmp_path):
    text = (
        "Cải cách hành chính tỉnh Cà Mau giai đoạn 2016-2020\n\n"
        "Giai đoạn 2016-2020, UBND tỉnh đã ban hành 180 quyết định công bố 4.900 thủ tục hành chính ở cả 3 cấp. "
        "Tỉnh đã cung cấp 760 dịch vụ công trực tuyến mức độ 3; đã giảm 150 chỉ tiêu biên chế công chức "
        "và 1.200 chỉ tiêu biên chế viên chức.\n"
    )
    result = _corpus(tmp_path, "ca-mau-2020-news.txt", text)
    assert _rows(result) == {
        ("admin_procedures_count", "baseline", "all", 2020, 4900.0),
        ("online_services_level3_count", "baseline", "all", 2020, 760.0),
    }


def test_chi_tieu_alone_still_names_a_goal(tmp_path):
    text = (
        "Kế hoạch chuyển đổi số tỉnh Cà Mau năm 2023\n\n"
        "Kết quả năm 2022: tỉnh đã cung cấp 700 dịch vụ công trực tuyến mức độ 4. Chỉ tiêu năm 2023 là cung cấp "
        "900 dịch vụ công trực tuyến mức độ 4.\n"
    )
    rows = _rows(_corpus(tmp_path, "ca-mau-2023-plan.txt", text))
    assert ("online_services_level4_count", "target", "all", 2023, 900.0) in rows


# --- a count broken down by level, then its parts by service level --------------------------------------------


def test_services_by_level_after_a_breakdown_by_administrative_level_are_of_every_level(tmp_path):
    text = (
        "Tỉnh Phú Thọ: kết quả cải cách hành chính năm 2021\n\n"
        "Năm 2021, tỉnh đã cung cấp dịch vụ công trực tuyến cho 1.950 thủ tục gồm 1.500 thủ tục cấp tỉnh, 320 thủ "
        "tục cấp huyện và 130 thủ tục cấp xã; trong đó mức độ 3 là 820 thủ tục và mức độ 4 là 275 thủ tục.\n"
    )
    assert _rows(_corpus(tmp_path, "phu-tho-2021-news.txt", text)) == {
        ("online_services_level3_count", "baseline", "all", 2021, 820.0),
        ("online_services_level4_count", "baseline", "all", 2021, 275.0),
    }


def test_a_level_named_as_the_subject_of_the_sentence_still_counts(tmp_path):
    text = (
        "Tỉnh Phú Thọ: kết quả cải cách hành chính năm 2021\n\n"
        "Năm 2021, các xã của tỉnh đã tiếp nhận hồ sơ trực tuyến; cấp xã đã cung cấp 95 dịch vụ công trực tuyến "
        "mức độ 3.\n"
    )
    assert _rows(_corpus(tmp_path, "phu-tho-2021-news.txt", text)) == {
        ("online_services_level3_count", "baseline", "commune", 2021, 95.0),
    }


# --- a central body's document cited as the basis: its date is neither the page's nor the plan's -------------


def test_the_date_of_a_central_decision_cited_first_is_not_the_date_of_the_news(tmp_path):
    text = (
        "Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển "
        "Chính phủ điện tử, UBND tỉnh Bến Tre đã ban hành Kế hoạch số 1450/KH-UBND ngày 20/3/2022 về phát triển "
        "chính quyền số năm 2022.\n\n"
        "Theo đó, 95% văn bản trao đổi giữa các cơ quan nhà nước của tỉnh được gửi, nhận dưới dạng điện tử.\n"
    )
    result = _corpus(tmp_path, "ben-tre-2022-news.txt", text)
    doc = result.documents.iloc[0]
    assert str(doc["issued"])[:10] == "2022-03-20"
    assert str(doc["published"])[:10] in ("None", "NaT", "nan")


def test_a_resolution_of_the_party_centre_cited_in_the_lead_gives_no_page_date(tmp_path):
    text = (
        "Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị, tỉnh Bến Tre đẩy mạnh chuyển đổi số. "
        "Đến nay, tỉnh đã cung cấp 640 dịch vụ công trực tuyến mức độ 4.\n"
    )
    result = _corpus(tmp_path, "ben-tre-news.txt", text)
    doc = result.documents.iloc[0]
    assert str(doc["published"])[:10] in ("None", "NaT", "nan")
    assert str(doc["issued"])[:10] in ("None", "NaT", "nan")


def test_a_provincial_decision_dated_in_the_lead_keeps_its_date(tmp_path):
    text = (
        "Ngày 14/6/2022, UBND tỉnh Quảng Trị ban hành Quyết định số 1290/QĐ-UBND phân bổ 4 tỷ đồng cho dự án "
        "xây dựng chính quyền số năm 2022.\n"
    )
    result = _corpus(tmp_path, "quang-tri-2022-news.txt", text)
    assert str(result.documents.iloc[0]["issued"])[:10] == "2022-06-14"
