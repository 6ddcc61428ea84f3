"""Years and kinds met while writing the development set `dev_years` (issue #11, round 3): datelines, headings
and list openers that carry a year, plans whose title names no period, headlines that state a goal, values in
parentheses after a target, and `tính đến …` / `so với năm …`. Every text is written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.corpus import SourceText
from analysis.extract import extract_source
from analysis.extract.metadata import extract_metadata


def source(text: str) -> SourceText:
    return SourceText("t.txt", Path("t.txt"), text, "0" * 64, "utf-8")


def read(text: str):
    meta, facts, _ = extract_source(source(text))
    return meta, {(f.indicator, f.kind, f.scope, f.year, f.value) for f in facts}


REVIEW_BODY = """Hội nghị sơ kết ứng dụng công nghệ thông tin

(Baoxyz.vn) - Ngày 5/7, Sở Thông tin và Truyền thông tổ chức hội nghị sơ kết 6 tháng đầu năm.

Theo báo cáo, toàn tỉnh đã có 40 dịch vụ công trực tuyến mức độ 4; tỷ lệ văn bản được trao đổi dưới dạng điện tử đạt 70%.

Hội nghị cũng chỉ ra một số hạn chế: số hồ sơ nộp trực tuyến còn ít.

Phát biểu chỉ đạo, lãnh đạo UBND tỉnh đề nghị các sở, ngành tiếp tục đẩy mạnh cải cách hành chính.
"""


@pytest.mark.parametrize(
    ("top", "bottom", "published"),
    [
        ("", "Cập nhật: 12/07/2019\n", date(2019, 7, 12)),
        ("", "Đăng lúc 10:20 ngày 12.07.2019\n", date(2019, 7, 12)),
        ("", "Ngày đăng: 12-07-2019 10:20\n", date(2019, 7, 12)),
        ("", "(12/07/2019)\n", date(2019, 7, 12)),
        ("Thứ Sáu, 12/07/2019 09:12\n\n", "", date(2019, 7, 12)),
        ("15:30 | 12/07/2019\n\n", "", date(2019, 7, 12)),
        # a document's number and date at the bottom is no page date
        ("", "Kế hoạch số 12/KH-UBND ngày 12/07/2019 của UBND tỉnh\n", None),
    ],
)
def test_a_news_page_is_dated_by_its_date_line_at_the_top_or_the_bottom(top, bottom, published):
    text = top + REVIEW_BODY + "\nMinh Anh\n\n" + bottom
    meta, facts = read(text)
    assert meta.published == published
    if published:
        assert ("online_services_level4_count", "baseline", "all", 2019, 40.0) in facts
        assert ("edocument_exchange_pct", "baseline", "all", 2019, 70.0) in facts


def test_a_lead_that_opens_with_a_full_date_dates_a_page_that_shows_none():
    text = REVIEW_BODY.replace("Ngày 5/7,", "Ngày 5/7/2019,")
    meta, facts = read(text)
    assert meta.published == date(2019, 7, 5)
    assert ("online_services_level4_count", "baseline", "all", 2019, 40.0) in facts
    # without the year, the page has no date: the review's baselines have no year
    assert read(REVIEW_BODY)[0].published is None


def test_a_figure_dated_in_a_reviews_body_is_no_period_it_looks_back_on():
    text = REVIEW_BODY + (
        "Tính đến hết năm 2018, 100% cán bộ, công chức cấp tỉnh đã được cấp hộp thư điện tử. Tính đến tháng 6/2019, "
        "toàn tỉnh có 55 cán bộ chuyên trách công nghệ thông tin. So với năm 2015, tỷ lệ cán bộ thường xuyên sử dụng thư điện tử "
        "trong công việc đạt 80%.\n\nCập nhật: 12/07/2019\n"
    )
    meta, facts = read(text)
    assert meta.period_end is None
    assert ("staff_with_email_pct", "baseline", "province", 2018, 100.0) in facts
    assert ("it_staff_count", "baseline", "all", 2019, 55.0) in facts
    assert ("staff_email_usage_pct", "baseline", "all", 2019, 80.0) in facts  # `so với năm 2015` names no year
    assert ("online_services_level4_count", "baseline", "all", 2019, 40.0) in facts


HEADER = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Ninh Bình, ngày 10 tháng 02 năm 2020

KẾ HOẠCH
Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước

Căn cứ Quyết định số 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ về Chương trình quốc gia giai đoạn 2016 - 2020;
"""


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2020 như sau:\n", (2020, 2020)),
        (
            "UBND tỉnh xây dựng Kế hoạch ứng dụng CNTT giai đoạn 2020 - 2022 với các nội dung sau:\n",
            (2020, 2022),
        ),
        # no period in the lead: the goals name it
        ("Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:\n", (2020, 2020)),
    ],
)
def test_a_plan_whose_title_names_no_period_takes_it_from_its_lead_or_its_goals(lead, period):
    text = (
        HEADER
        + lead
        + (
            "\nI. MỤC TIÊU\nĐến hết năm 2020, phấn đấu 90% văn bản đi, đến được trao đổi dưới dạng điện tử "
            "(so với năm 2015 tăng gấp đôi).\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Hòa\n"
        )
    )
    meta = extract_metadata(source(text))
    assert (meta.period_start, meta.period_end) == period


def test_the_national_programme_in_the_basis_lines_is_not_the_plans_period():
    text = HEADER + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. NỘI DUNG\n- Nâng cấp mạng LAN.\n"
    assert extract_metadata(source(text)).period_end is None


def test_a_headline_that_states_a_years_goal_gives_the_plan_its_year():
    text = """Năm 2020: 100% UBND cấp xã có phần mềm quản lý văn bản

(Baoxyz.vn) - UBND tỉnh vừa ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.

Theo đó, tỉnh phấn đấu cung cấp 60 dịch vụ công trực tuyến mức độ 4.

Cập nhật: 06/01/2020
"""
    meta, facts = read(text)
    assert (meta.genre, meta.period_end) == ("news_plan", 2020)
    assert ("agencies_using_document_management_pct", "target", "commune", 2020, 100.0) in facts
    assert ("online_services_level4_count", "target", "all", 2020, 60.0) in facts


REPORT = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 30/BC-UBND
Ninh Bình, ngày 15 tháng 01 năm 2019

BÁO CÁO
Kết quả ứng dụng công nghệ thông tin năm 2018

I. KẾT QUẢ
Toàn tỉnh đã có 25 dịch vụ công trực tuyến mức độ 4; 100% sở, ngành sử dụng phần mềm quản lý văn bản.

II. {heading}
- 100% UBND cấp xã sử dụng phần mềm quản lý văn bản;
- 80% văn bản đi, đến ở cấp huyện được trao đổi dưới dạng điện tử (hiện nay 50%).
"""


@pytest.mark.parametrize("heading", ["NHIỆM VỤ, GIẢI PHÁP NĂM 2019", "KẾ HOẠCH NĂM 2019", "PHƯƠNG HƯỚNG NĂM 2019"])
def test_a_reports_last_part_headed_by_a_year_states_that_years_targets(heading):
    meta, facts = read(REPORT.format(heading=heading))
    assert (meta.genre, meta.period_end) == ("report", 2018)
    assert ("online_services_level4_count", "baseline", "all", 2018, 25.0) in facts
    assert ("agencies_using_document_management_pct", "target", "commune", 2019, 100.0) in facts
    assert ("edocument_exchange_pct", "target", "district", 2019, 80.0) in facts
    # `(hiện nay 50%)`: the state in the year the report was issued
    assert ("edocument_exchange_pct", "baseline", "district", 2019, 50.0) in facts


@pytest.mark.parametrize("opener", ["Phấn đấu năm 2019:", "Chỉ tiêu cụ thể năm 2019:", "Mục tiêu đến hết năm 2019:"])
def test_a_list_opened_by_a_year_gives_its_items_that_year(opener):
    text = (
        REPORT.split("II.")[0]
        + f"Trong thời gian tới, tỉnh tiếp tục triển khai các nhiệm vụ. {opener}\n"
        + ("- 100% UBND cấp xã sử dụng phần mềm quản lý văn bản;\n- Cung cấp 45 dịch vụ công trực tuyến mức độ 4.\n")
    )
    _, facts = read(text)
    assert ("agencies_using_document_management_pct", "target", "commune", 2019, 100.0) in facts
    assert ("online_services_level4_count", "target", "all", 2019, 45.0) in facts


def test_values_in_parentheses_after_targets_are_baselines_one_per_value():
    text = """Năm 2020: nâng băng thông Trung tâm dữ liệu tỉnh

Cập nhật: 06/01/2020

(Baoxyz.vn) - UBND tỉnh vừa ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2020. Theo đó, băng thông kết nối Internet của Trung tâm tích hợp dữ liệu được nâng lên 200 Mbps trong nước và 20 Mbps quốc tế (hiện nay lần lượt là 100 Mbps và 8 Mbps); 70% cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ (năm 2018 đạt 40%).
"""
    _, facts = read(text)
    assert {f for f in facts if f[0].startswith("datacenter")} == {
        ("datacenter_domestic_bandwidth_mbps", "target", "all", 2020, 200.0),
        ("datacenter_international_bandwidth_mbps", "target", "all", 2020, 20.0),
        ("datacenter_domestic_bandwidth_mbps", "baseline", "all", 2020, 100.0),
        ("datacenter_international_bandwidth_mbps", "baseline", "all", 2020, 8.0),
    }
    assert ("staff_with_email_pct", "target", "commune", 2020, 70.0) in facts
    assert ("staff_with_email_pct", "baseline", "commune", 2018, 40.0) in facts


def test_percentages_in_a_respective_parenthesis_follow_their_targets():
    text = (
        HEADER
        + "Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2020 như sau:\n\nI. MỤC TIÊU\n"
        + (
            "- 100% cán bộ, công chức cấp huyện và 80% cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ "
            "(hiện nay lần lượt là 90% và 45%).\n"
        )
    )
    _, facts = read(text)
    assert {f for f in facts if f[0] == "staff_with_email_pct"} == {
        ("staff_with_email_pct", "target", "district", 2020, 100.0),
        ("staff_with_email_pct", "target", "commune", 2020, 80.0),
        ("staff_with_email_pct", "baseline", "district", 2020, 90.0),
        ("staff_with_email_pct", "baseline", "commune", 2020, 45.0),
    }
