"""Money: budgets, their sources, projects and periods (issue #11, kind 8 and the multi-year rule).

The texts below are written for these tests (wording patterns from docs/phrasing.md §2 and §5, sentences our
own); the expected facts were decided by reading them before the rules were run. A fact is written
(indicator, kind, year, period_start, period_end, value): a multi-year amount has no year and its period.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import SourceText
from analysis.extract import extract_source_numbers
from analysis.vietnamese import find_money, nfc

TOTAL, CENTRAL, LOCAL = "budget_total_mvnd", "budget_central_mvnd", "budget_local_mvnd"


def read(name: str, text: str):
    source = SourceText(name, Path(name), nfc(text), "0" * 64, "utf-8")
    return extract_source_numbers(source)


def budget(name: str, text: str) -> set[tuple]:
    _, facts, _, _ = read(name, text)
    return {
        (f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value)
        for f in facts
        if f.indicator.startswith("budget_")
    }


# A 2016-2020 plan: a review of 2011-2015 (money spent, a multi-year baseline), the plan's budget by source
# (`vốn Trung ương (kể cả trái phiếu Chính phủ)`, `vốn đối ứng`, `X tỷ Y triệu`), the same budget year by
# year (one fact per year, not summed), and two amounts that are no plan budget (a province's GRDP, a single
# project's investment and its central part).
PLAN_2016_2020 = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 118/KH-UBND
Hà Nam, ngày 15 tháng 3 năm 2016

KẾ HOẠCH
ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC TỈNH HÀ NAM GIAI ĐOẠN 2016-2020

I. ĐÁNH GIÁ HIỆN TRẠNG

Giai đoạn 2011-2015, tổng kinh phí đã bố trí cho các nhiệm vụ, dự án ứng dụng CNTT của tỉnh là 25 tỷ đồng, trong đó ngân sách Trung ương 6 tỷ đồng. Năm 2015, tổng sản phẩm trên địa bàn tỉnh (GRDP) đạt 30.000 tỷ đồng.

II. MỤC TIÊU

Đến năm 2020, 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.

III. KINH PHÍ THỰC HIỆN

Tổng nhu cầu vốn thực hiện Kế hoạch giai đoạn 2016-2020 là 45 tỷ 500 triệu đồng, trong đó:
- Vốn Trung ương (kể cả trái phiếu Chính phủ): 9 tỷ đồng;
- Vốn đối ứng của tỉnh: 36 tỷ 500 triệu đồng.
Nhu cầu vốn từng năm như sau:
- Năm 2016: 5.000 triệu đồng;
- Năm 2017: 8.000 triệu đồng;
- Năm 2018: 10.000 triệu đồng;
- Năm 2019: 11.000 triệu đồng;
- Năm 2020: 11.500 triệu đồng.
Riêng dự án Xây dựng Trung tâm tích hợp dữ liệu có tổng mức đầu tư 12 tỷ đồng, trong đó vốn Trung ương 4 tỷ đồng.
"""


def test_plan_with_a_review_sources_and_a_budget_year_by_year():
    assert budget("ha-nam-2016-118-kh-ubnd.txt", PLAN_2016_2020) == {
        (TOTAL, "baseline", None, 2011, 2015, 25000),
        (CENTRAL, "baseline", None, 2011, 2015, 6000),
        (TOTAL, "target", None, 2016, 2020, 45500),
        (CENTRAL, "target", None, 2016, 2020, 9000),
        (LOCAL, "target", None, 2016, 2020, 36500),
        (TOTAL, "target", 2016, None, None, 5000),
        (TOTAL, "target", 2017, None, None, 8000),
        (TOTAL, "target", 2018, None, None, 10000),
        (TOTAL, "target", 2019, None, None, 11000),
        (TOTAL, "target", 2020, None, None, 11500),
    }


# A one-year plan issued in December that opens with last year's results: money for several projects
# (`bố trí 3.200 triệu đồng để thực hiện 8 dự án`) is last year's total; the projects' own amounts are parts,
# not totals; a fine is no budget. Next year's estimate (`dự toán`) by source, one of them the national IT
# target programme (central money).
PLAN_2018 = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 205/KH-UBND
Nam Định, ngày 20 tháng 12 năm 2017

KẾ HOẠCH
Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Nam Định năm 2018

I. KẾT QUẢ THỰC HIỆN NĂM 2017

Năm 2017, UBND tỉnh bố trí 3.200 triệu đồng để thực hiện 8 dự án ứng dụng CNTT, trong đó dự án nâng cấp Cổng thông tin điện tử tỉnh 1.200 triệu đồng, dự án phần mềm một cửa điện tử 800 triệu đồng.
Thanh tra Sở Thông tin và Truyền thông đã xử phạt 4 doanh nghiệp với tổng số tiền 60 triệu đồng.

II. KẾ HOẠCH NĂM 2018

1. Mục tiêu

Phấn đấu 80% văn bản được trao đổi dưới dạng điện tử.

2. Kinh phí

Dự toán kinh phí năm 2018: 9 tỷ 300 triệu đồng, trong đó ngân sách tỉnh 7 tỷ đồng, nguồn Chương trình mục tiêu công nghệ thông tin 2 tỷ 300 triệu đồng.
"""


def test_money_for_several_projects_and_next_years_estimate_by_source():
    assert budget("nam-dinh-2017-205-kh-ubnd.txt", PLAN_2018) == {
        (TOTAL, "baseline", 2017, None, None, 3200),
        (TOTAL, "target", 2018, None, None, 9300),
        (LOCAL, "target", 2018, None, None, 7000),
        (CENTRAL, "target", 2018, None, None, 2300),
    }


# News about a review: money spent over a five-year period, its central part in the next sentence (the same
# period), the same amount in the headline (one fact); savings and a tender's value are no budget.
NEWS_REVIEW = """Thái Nguyên: hơn 40 tỷ đồng cho ứng dụng công nghệ thông tin sau 5 năm

Thứ Hai, 21/12/2015 - 09:15

(TN) - Sau 5 năm triển khai Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2011-2015, toàn tỉnh đã đầu tư hơn 40 tỷ đồng cho ứng dụng CNTT trong các cơ quan nhà nước. Trong đó, ngân sách Trung ương 12 tỷ đồng, còn lại là ngân sách của tỉnh.

Nhờ sử dụng văn bản điện tử, mỗi năm các cơ quan tiết kiệm khoảng 5 tỷ đồng chi phí in ấn, gửi văn bản. Gói thầu mua sắm máy chủ cho Trung tâm tích hợp dữ liệu có giá trị 8 tỷ đồng đã hoàn thành.
"""


def test_money_spent_over_a_period_in_a_news_review():
    assert budget("thai-nguyen-2015-news-review.txt", NEWS_REVIEW) == {
        (TOTAL, "baseline", None, 2011, 2015, 40000),
        (CENTRAL, "baseline", None, 2011, 2015, 12000),
    }


# News about a new one-year plan: `tổng nhu cầu vốn năm 2017`, sources written after the amounts, and last
# year's disbursement for several projects (a baseline of that year).
NEWS_PLAN_2017 = """Bình Phước phê duyệt Kế hoạch ứng dụng CNTT năm 2017

Thứ Năm, 29/12/2016 - 10:00

(BP) - UBND tỉnh vừa ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh năm 2017. Theo Kế hoạch, tổng nhu cầu vốn năm 2017 là 11.500 triệu đồng, gồm 8.000 triệu đồng vốn ngân sách tỉnh và 3.500 triệu đồng vốn Trung ương hỗ trợ.

Năm 2016, tỉnh đã giải ngân 7 tỷ 250 triệu đồng cho các dự án CNTT.
"""


def test_news_about_a_one_year_plan_and_last_years_disbursement():
    assert budget("binh-phuoc-2016-news.txt", NEWS_PLAN_2017) == {
        (TOTAL, "target", 2017, None, None, 11500),
        (LOCAL, "target", 2017, None, None, 8000),
        (CENTRAL, "target", 2017, None, None, 3500),
        (TOTAL, "baseline", 2016, None, None, 7250),
    }


# A decision approving a 2018-2020 plan: `khái toán kinh phí` in thousands of đồng (a multi-year total) and
# its allocation by year written inline (`năm 2018 là …, năm 2019 là …`).
DECISION_2018_2020 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1502/QĐ-UBND
Phú Thọ, ngày 10 tháng 7 năm 2018

QUYẾT ĐỊNH
Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Phú Thọ giai đoạn 2018-2020

Điều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Phú Thọ giai đoạn 2018-2020 với các nội dung chủ yếu sau:

1. Mục tiêu: đến năm 2020, 100% sở, ban, ngành sử dụng phần mềm quản lý văn bản và điều hành.

2. Khái toán kinh phí: 21.000.000 nghìn đồng. Kinh phí dự kiến phân bổ: năm 2018 là 6 tỷ đồng, năm 2019 là 7 tỷ đồng và năm 2020 là 8 tỷ đồng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_estimate_in_thousands_and_an_inline_allocation_by_year():
    assert budget("phu-tho-2018-1502-qd-ubnd.txt", DECISION_2018_2020) == {
        (TOTAL, "target", None, 2018, 2020, 21000),
        (TOTAL, "target", 2018, None, None, 6000),
        (TOTAL, "target", 2019, None, None, 7000),
        (TOTAL, "target", 2020, None, None, 8000),
    }


# A report of results of 2016-2020 (BC): the period's money is spent money even under a `Kinh phí`
# sub-heading; one year's allocation is that year's; next year's estimate is a target, and so is money under
# the heading of next year's tasks (for the year that heading names).
REPORT_2016_2020 = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 150/BC-UBND
Ninh Bình, ngày 25 tháng 11 năm 2020

BÁO CÁO
Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Ninh Bình giai đoạn 2016-2020

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng kỹ thuật

Mạng truyền số liệu chuyên dùng kết nối 150 điểm.

2. Kinh phí

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2016-2020 là 52 tỷ đồng; trong đó ngân sách Trung ương 10 tỷ đồng, ngân sách tỉnh 42 tỷ đồng.
Năm 2020, kinh phí bố trí cho ứng dụng CNTT là 14 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2021

Dự kiến tổng kinh phí năm 2021 khoảng 15 tỷ đồng.

1. Nhiệm vụ trọng tâm

Nâng cấp Trung tâm tích hợp dữ liệu, mở rộng hệ thống một cửa điện tử đến cấp xã. Tổng kinh phí thực hiện các nhiệm vụ trọng tâm khoảng 16 tỷ đồng.
"""


def test_report_of_results_spent_money_and_next_years_estimate():
    assert budget("ninh-binh-2020-150-bc-ubnd.txt", REPORT_2016_2020) == {
        (TOTAL, "baseline", None, 2016, 2020, 52000),
        (CENTRAL, "baseline", None, 2016, 2020, 10000),
        (LOCAL, "baseline", None, 2016, 2020, 42000),
        (TOTAL, "baseline", 2020, None, None, 14000),
        (TOTAL, "target", 2021, None, None, 15000),
        (TOTAL, "target", 2021, None, None, 16000),
    }


# News at the end of a period: the money of the period just ended is money spent (no `đã` needed), and
# the central part after a semicolon belongs to the same period.
NEWS_PERIOD_END = """Gia Lai: trên 22 tỷ đồng cho công nghệ thông tin trong 5 năm

Thứ Ba, 15/12/2020 - 08:00

(GL) - Trong 5 năm 2016-2020, kinh phí dành cho các nhiệm vụ và dự án CNTT của các cơ quan nhà nước tỉnh đạt trên 22 tỷ đồng; phần ngân sách Trung ương hỗ trợ chỉ 290 triệu đồng, phần lớn do tỉnh tự cân đối.
"""


def test_money_of_a_period_just_ended_is_spent_money():
    assert budget("gia-lai-2020-news.txt", NEWS_PERIOD_END) == {
        (TOTAL, "baseline", None, 2016, 2020, 22000),
        (CENTRAL, "baseline", None, 2016, 2020, 290),
    }


# Money that is no IT plan's budget, in an IT news item: a single project's investment and its central part,
# society-wide investment, millions of visits, and a contract in US dollars.
NEWS_NOT_BUDGETS = """Nam Định khởi công Trung tâm tích hợp dữ liệu

Thứ Sáu, 15/03/2019 - 15:00

(ND) - Dự án Trung tâm tích hợp dữ liệu tỉnh có tổng mức đầu tư 30 tỷ đồng, trong đó vốn Trung ương 20 tỷ đồng, thực hiện trong năm 2019. Tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh năm 2018 đạt 25.000 tỷ đồng. Năm 2018, Cổng thông tin điện tử tỉnh đón 1,5 triệu lượt truy cập. Hợp đồng thiết bị được ký với giá trị 2,8 triệu USD.
"""


def test_money_that_is_no_plan_budget():
    assert budget("nam-dinh-2019-news.txt", NEWS_NOT_BUDGETS) == set()


def test_every_budget_fact_keeps_its_quote_and_its_number_is_read():
    for name, text in [
        ("a.txt", PLAN_2016_2020),
        ("b.txt", PLAN_2018),
        ("c.txt", NEWS_REVIEW),
        ("d.txt", DECISION_2018_2020),
    ]:
        _, facts, _, numbers = read(name, text)
        read_as = {(a, r) for a, r in zip(numbers["char_start"], numbers["read_as"], strict=True) if r}
        for f in facts:
            if not f.indicator.startswith("budget_"):
                continue
            assert nfc(text)[f.char_start : f.char_end] == f.quote
            assert f.char_start <= f.value_start < f.value_end <= f.char_end
            assert any(f.value_start <= a < f.value_end and f.indicator in r for a, r in read_as), f.quote


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Khái toán: 21.000.000 nghìn đồng", 21000),
        ("tổng cộng 4.500.000 ngàn đồng", 4500),
        ("45 tỷ 500 triệu đồng", 45500),
        ("2,5 tỉ đồng", 2500),
    ],
)
def test_money_in_thousands_and_scale_words(text, value):
    (amount,) = find_money(text)
    assert amount.value == value


def test_millions_of_dollars_are_not_million_dong():
    assert find_money("giá trị 2,8 triệu USD và 32 tỷ đồng")[-1].value == 32000
    assert [a.value for a in find_money("giá trị 2,8 triệu USD")] == []


# A news review published in January: the headline's `chi gần X tỷ đồng ứng dụng CNTT năm 2018` (no `cho`)
# repeats the lead (one fact); `kinh phí chi cho ứng dụng công nghệ thông tin`; this year's estimate.
NEWS_YEAR_REVIEW = """Bắc Kạn chi gần 15 tỷ đồng ứng dụng CNTT năm 2018

Thứ Hai, 14/01/2019 - 10:30

(BK) - Năm 2018, kinh phí chi cho ứng dụng công nghệ thông tin của các cơ quan nhà nước tỉnh đạt gần 15 tỷ đồng. Kinh phí thực hiện năm 2019 dự kiến 18 tỷ đồng.
"""


def test_one_years_spending_in_a_headline_and_its_lead_and_next_years_estimate():
    assert budget("bac-kan-2019-news.txt", NEWS_YEAR_REVIEW) == {
        (TOTAL, "baseline", 2018, None, None, 15000),
        (TOTAL, "target", 2019, None, None, 18000),
    }


# A 2021-2025 plan: its total, and that total's parts by year after `trong đó:` (one fact per year); money
# for one pilot project is no budget.
PLAN_2021_2025 = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 77/KH-UBND
Hậu Giang, ngày 5 tháng 4 năm 2021

KẾ HOẠCH
Ứng dụng công nghệ thông tin, phát triển chính quyền số tỉnh Hậu Giang giai đoạn 2021-2025

IV. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021-2025 là 120 tỷ đồng, trong đó: năm 2021 là 20 tỷ đồng; năm 2022 là 25 tỷ đồng; năm 2023 là 25 tỷ đồng; năm 2024 là 25 tỷ đồng; năm 2025 là 25 tỷ đồng.
Mỗi sở, ngành được bố trí 300 triệu đồng cho 1 dự án thí điểm.
"""


def test_a_totals_parts_by_year():
    assert budget("hau-giang-2021-77-kh-ubnd.txt", PLAN_2021_2025) == {
        (TOTAL, "target", None, 2021, 2025, 120000),
        (TOTAL, "target", 2021, None, None, 20000),
        (TOTAL, "target", 2022, None, None, 25000),
        (TOTAL, "target", 2023, None, None, 25000),
        (TOTAL, "target", 2024, None, None, 25000),
        (TOTAL, "target", 2025, None, None, 25000),
    }


def test_resources_of_a_scheme_by_source():
    from analysis.extract.budget import extract_budget_facts
    from analysis.extract.facts import DocContext

    text = nfc(
        "Đề án chuyển đổi số giai đoạn 2021-2025 cần nguồn lực đầu tư khoảng 600 tỷ đồng, gồm: nguồn hỗ trợ của "
        "Trung ương 250 tỷ đồng; nguồn xã hội hóa 100 tỷ đồng; nguồn đầu tư và sự nghiệp của tỉnh 250 tỷ đồng."
    )
    ctx = DocContext("d", "d.txt", text, issued_year=2021, period_start=2021, period_end=2025, doc_type="plan")
    got = {(f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value) for f in extract_budget_facts(ctx)}
    assert got == {
        (TOTAL, "target", None, 2021, 2025, 600000),
        (CENTRAL, "target", None, 2021, 2025, 250000),
        (LOCAL, "target", None, 2021, 2025, 250000),
    }


@pytest.mark.parametrize(
    ("sentence", "period", "issued", "expected"),
    [
        # A plan for 2016-2020 looking back on the five years before it.
        (
            "Sau 5 năm thực hiện Kế hoạch giai đoạn trước, toàn tỉnh đã đầu tư 30 tỷ đồng cho ứng dụng CNTT.",
            (2016, 2020),
            2016,
            (TOTAL, "baseline", None, 2011, 2015, 30000),
        ),
        # Five years up to the time of writing, in a text with no plan period.
        (
            "Trong 5 năm qua, tỉnh đã bố trí 12 tỷ đồng cho các dự án CNTT.",
            (None, None),
            2019,
            (TOTAL, "baseline", None, 2015, 2019, 12000),
        ),
        # The next years are planned money.
        (
            "Trong 3 năm tới, tỉnh bố trí 9 tỷ đồng cho các dự án CNTT.",
            (2018, 2020),
            2018,
            (TOTAL, "target", None, 2018, 2020, 9000),
        ),
        # Money approved for the plan (`đã phê duyệt`) is planned money.
        (
            "UBND tỉnh đã phê duyệt nguồn vốn thực hiện Kế hoạch là 20 tỷ đồng.",
            (2016, 2020),
            2016,
            (TOTAL, "target", None, 2016, 2020, 20000),
        ),
        # Money spent since a year, up to the time of writing.
        (
            "Từ năm 2013 đến nay, tỉnh đã giải ngân 4.500 triệu đồng cho 6 dự án.",
            (None, None),
            2015,
            (TOTAL, "baseline", None, 2013, 2015, 4500),
        ),
    ],
)
def test_periods_looked_back_on_and_ahead(sentence, period, issued, expected):
    from analysis.extract.budget import extract_budget_facts
    from analysis.extract.facts import DocContext

    ctx = DocContext("d", "d.txt", nfc(sentence), issued_year=issued, period_start=period[0], period_end=period[1])
    got = [(f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value) for f in extract_budget_facts(ctx)]
    assert got == [expected]


# A list of projects, each with its own `Tổng kinh phí` line: parts, not the plan's total, which follows.
PLAN_WITH_PROJECT_LIST = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 40/KH-UBND
Hà Nam, ngày 10 tháng 1 năm 2019

KẾ HOẠCH
Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Nam năm 2019

III. DANH MỤC DỰ ÁN

1. Dự án nâng cấp Cổng thông tin điện tử tỉnh
- Tổng kinh phí: 1.200 triệu đồng
- Nguồn vốn: ngân sách tỉnh
2. Triển khai phần mềm một cửa điện tử tại các xã
- Tổng kinh phí: 800 triệu đồng

IV. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch: 2.000 triệu đồng.
"""


def test_a_projects_own_total_is_no_plan_total():
    assert budget("ha-nam-2019-40-kh-ubnd.txt", PLAN_WITH_PROJECT_LIST) == {(TOTAL, "target", 2019, None, None, 2000)}


def test_a_new_sentence_is_no_part_of_the_amount_before():
    from analysis.extract.budget import extract_budget_facts
    from analysis.extract.facts import DocContext

    text = nfc(
        "Giai đoạn 2011-2015, tỉnh đã chi 20 tỷ đồng cho ứng dụng CNTT. Tổng kinh phí dự kiến: 50 tỷ đồng. "
        "Hằng năm, tỉnh bố trí khoảng 10 tỷ đồng cho các dự án CNTT."  # recurring: no total
    )
    ctx = DocContext("d", "d.txt", text, issued_year=2016, period_start=2016, period_end=2020, doc_type="plan")
    got = {(f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value) for f in extract_budget_facts(ctx)}
    assert got == {(TOTAL, "baseline", None, 2011, 2015, 20000), (TOTAL, "target", None, 2016, 2020, 50000)}
