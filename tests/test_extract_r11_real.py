"""What real pages showed when run through the extractor (issue #11, November 2026; docs/phrasing.md §8): the
document system named after its verb, with the units after `cho`/`đến`; digital signatures of services and
applications (no share of agencies); `email`; staff needed or to be trained (no staff count); related news at a
page's foot; a district's or a commune's own plan.

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. Unless a test says
otherwise a text is read as a document issued in 2018 for the plan period 2016-2020.
"""

from __future__ import annotations

import pandas as pd
import pytest
from test_extract_wording import B, facts


def test_the_document_system_applied_for_so_many_units():
    text = "Năm 2017, tỉnh đã áp dụng phần mềm quản lý văn bản và điều hành eOffice cho 25 đơn vị thuộc tỉnh."
    assert facts(text) == {B("document_management_units_count", "all", 25, year=2017)}
    assert facts("Hiện nay hệ thống quản lý văn bản đã được triển khai đến 40 cơ quan, đơn vị.") == {
        B("document_management_units_count", "all", 40)
    }


def test_people_trained_or_money_given_for_the_document_system_are_no_units():
    assert facts("Sở đã tập huấn sử dụng phần mềm quản lý văn bản cho 120 cán bộ.") == set()
    assert facts("Phần mềm quản lý văn bản và điều hành được cấp kinh phí cho 3 đơn vị và 2 huyện.") == set()


def test_signatures_of_services_or_applications_are_no_share_of_agencies():
    text = "Mục tiêu năm 2020: 40% tỷ lệ dịch vụ công trực tuyến tích hợp chữ ký số trên thiết bị di động."
    assert facts(text) == set()
    assert facts("Đến năm 2020, 70% hồ sơ trực tuyến được ký số.") == set()
    # the agencies' own share stays read
    assert facts("Đến năm 2020, 100% sở, ngành sử dụng chữ ký số.") == {
        ("agencies_using_digital_signature_pct", "target", "province", 2020, 100.0, None)
    }


def test_email_is_the_official_mailbox():
    text = "Hiện nay, trên 90% cán bộ, công chức cấp tỉnh thường xuyên sử dụng email để trao đổi công việc."
    assert facts(text) == {B("staff_email_usage_pct", "province", 90, qualifier="over")}


def test_staff_needed_or_to_be_trained_are_no_staff_count():
    text = "Dự báo nhu cầu đào tạo đến năm 2020 là 900 cán bộ, trong đó 95 cán bộ chuyên trách CNTT."
    assert facts(text) == set()
    assert facts("Đến năm 2020, các cơ quan của tỉnh cần thêm 60 cán bộ chuyên trách CNTT.") == set()
    # the staff there are, in the same paragraph, stay read
    assert facts("Hiện toàn tỉnh có 84 cán bộ chuyên trách CNTT. Nhu cầu đào tạo thêm 30 cán bộ.") == {
        B("it_staff_count", "all", 84)
    }


def test_related_news_after_a_page_s_article_states_nothing_of_it(tmp_path):
    from analysis.extract import extract_corpus

    page = (
        "Sơn La: đẩy mạnh ứng dụng công nghệ thông tin\n\nNgày 12/3/2019 - 09:15\n\n"
        "Theo Sở Thông tin và Truyền thông tỉnh Sơn La, đến nay 92% cán bộ, công chức cấp tỉnh đã được cấp hộp "
        "thư điện tử công vụ; toàn tỉnh có 64 cán bộ chuyên trách CNTT.\n\nMinh Anh\n\n"
        "Tin liên quan:\n"
        "- Điện Biên: 100% cán bộ cấp tỉnh dùng thư điện tử; Điện Biên có 71 cán bộ chuyên trách CNTT\n"
        "- Điện Biên triển khai 45 dịch vụ công trực tuyến mức độ 3\n"
    )
    (tmp_path / "son-la-2019-news.txt").write_text(page, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert result.documents["province"].tolist() == ["Sơn La"]
    assert sorted(zip(result.facts["indicator"], result.facts["value"], strict=True)) == [
        ("it_staff_count", 64.0),
        ("staff_with_email_pct", 92.0),
    ]
    numbers = result.numbers
    after = numbers[numbers["char_start"] > page.index("Tin liên quan")]
    # 100, 71 and 45 are other articles' figures; the 3 of `mức độ 3` names a level, wherever it stands
    assert after["why_not"].value_counts().to_dict() == {"after the article": 3, "names a level": 1}


DISTRICT_PLAN = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 87/KH-UBND\nĐức Thọ, ngày 2 tháng 3 năm 2019\n\nKẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2019\n\n"
    "Căn cứ Kế hoạch số 30/KH-UBND ngày 15/01/2019 của UBND tỉnh Hà Tĩnh;\nI. MỤC TIÊU\n"
    "- 95% văn bản trao đổi giữa các cơ quan được gửi dưới dạng điện tử.\n"
    "- 70% UBND cấp xã sử dụng chữ ký số.\n"
)


def test_a_district_s_own_plan_speaks_of_the_district(tmp_path):
    from analysis.extract import extract_corpus

    (tmp_path / "duc-tho.txt").write_text(DISTRICT_PLAN, encoding="utf-8")
    result = extract_corpus(tmp_path)
    doc = result.documents.iloc[0]
    assert (doc["province"], doc["issuer"], doc["issuer_level"]) == ("Hà Tĩnh", "UBND huyện Đức Thọ", "district")
    assert doc["doc_id"] == "ha-tinh-duc-tho-2019-87-kh-ubnd"
    # no level named: the district's own; a level named: as named. Never the province's `all`.
    assert sorted(zip(result.facts["indicator"], result.facts["scope"], result.facts["value"], strict=True)) == [
        ("agencies_using_digital_signature_pct", "commune", 70.0),
        ("edocument_exchange_pct", "district", 95.0),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ỦY BAN NHÂN DÂN\nXÃ KỲ ANH\nSố: 5/KH-UBND", ("commune", "UBND xã Kỳ Anh", "Kỳ Anh")),
        (
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ SƠN TÂY | Độc lập",
            ("district", "UBND thị xã Sơn Tây", "Sơn Tây"),
        ),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VINH\nSố: 9/KH-UBND", ("district", "UBND thành phố Vinh", "Vinh")),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 9/KH-UBND", None),  # a centrally-run city is a province
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NGHỆ AN | Độc lập", None),
        ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nCăn cứ … của UBND huyện Đức Thọ", None),
    ],
)
def test_the_issuing_committee_s_level_is_read_from_the_header(header, expected):
    from analysis.extract.metadata import local_issuer

    assert local_issuer(header) == expected


def test_a_teaser_of_another_article_above_the_comments_is_outside_the_article(tmp_path):
    from analysis.extract import extract_corpus

    page = (
        "Bổ sung 52 tỷ đồng cho chương trình mục tiêu công nghệ thông tin năm 2019\n\n"
        "Thủ tướng vừa quyết định bổ sung 52 tỷ đồng từ ngân sách trung ương cho các bộ, ngành và địa phương để thực "
        "hiện chương trình mục tiêu công nghệ thông tin năm 2019. Bộ Tài chính giao dự toán theo quy định.\n\n"
        "Sơn La: 1.200 tỷ đồng cho chính quyền điện tử đến năm 2025\n"
        "HĐND tỉnh vừa thông qua nghị quyết về chương trình ứng dụng công nghệ thông tin trong hoạt động của các cơ...\n"
        "Bình luận bài viết này\n"
    )
    (tmp_path / "news.txt").write_text(page, encoding="utf-8")
    result = extract_corpus(tmp_path)
    # the teaser's 1.200 tỷ, its province and its `đến năm 2025` are another article's, not this page's
    assert "1.200" not in set(result.facts["quote"].str.extract(r"(1\.200)")[0].dropna())
    teaser = result.numbers[result.numbers["text"] == "1.200"]
    assert teaser["why_not"].tolist() == ["after the article"]
    doc = result.documents.iloc[0]
    # (the period is the article's own one-year programme, named in its lead, never the teaser's `đến năm 2025`)
    assert pd.isna(doc["province"]) and doc["period_end"] == 2019
    # an article whose own last lines end with a full stop keeps them
    own = page.replace("của các cơ...\n", "của các cơ quan nhà nước.\n")
    (tmp_path / "news.txt").write_text(own, encoding="utf-8")
    assert "after the article" not in set(extract_corpus(tmp_path).numbers["why_not"])
