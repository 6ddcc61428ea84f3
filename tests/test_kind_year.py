"""Kind (baseline/target) and year from a document's genre, its sections and the cues of a value's clause.

Each text below is written for these tests, in our own words, after the kinds of wording catalogued in
docs/phrasing.md §1-2 (one text per genre). Each test lists what a reader says of its numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import SourceText
from analysis.extract import extract_source
from analysis.extract.engine import Layout
from analysis.extract.facts import DocContext
from analysis.extract.metadata import GENRES, extract_metadata
from analysis.schemas import _GENRES


def read(text: str, name: str = "dev.txt"):
    source = SourceText(name, Path(name), text, "0" * 64, "utf-8")
    meta, facts, _ = extract_source(source)
    return meta, {(f.indicator, f.value, f.scope): (f.kind, f.year) for f in facts}


# --- news about a new plan: unmarked numbers are targets ------------------------------------------------
NEWS_OF_A_PLAN = """Năm 2019: 100% sở, ngành có một cửa điện tử

Thứ Hai, 21/01/2019 - 09:15

(Sở TT&TT) - Chủ tịch UBND tỉnh Hà Nam vừa ký ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2019 ngày 15/01/2019.

Theo đó, đến cuối năm 95% cán bộ, công chức được cấp hộp thư điện tử công vụ; 70% văn bản đi, đến giữa các cơ quan được trao đổi dưới dạng điện tử.

Theo báo cáo của Sở Thông tin và Truyền thông, tỷ lệ cán bộ, công chức thường xuyên sử dụng thư điện tử trong công việc đạt 62%; toàn tỉnh mới có 14 dịch vụ công trực tuyến mức độ 3.

Mục tiêu của năm:
- 100% UBND cấp xã được kết nối mạng truyền số liệu chuyên dùng;
- 30 dịch vụ công trực tuyến mức độ 3.
"""


def test_news_about_a_plan_states_targets_of_its_year_and_its_baselines_by_cue():
    meta, facts = read(NEWS_OF_A_PLAN)
    assert meta.genre == "news_plan"
    assert meta.published.year == 2019
    # The headline has no cue of its own: the genre's default (target), and its year.
    assert facts[("agencies_with_eonestop_pct", 100.0, "province")] == ("target", 2019)
    # `Theo đó, đến cuối năm …` in news of a plan for 2019.
    assert facts[("staff_with_email_pct", 95.0, "all")] == ("target", 2019)
    # The second clause has no cue: the sentence's (`Theo đó`).
    assert facts[("edocument_exchange_pct", 70.0, "all")] == ("target", 2019)
    # `Theo báo cáo …`, `mới có`: the state today.
    assert facts[("staff_email_usage_pct", 62.0, "all")] == ("baseline", 2019)
    assert facts[("online_services_level3_count", 14.0, "all")] == ("baseline", 2019)
    # A bulleted list under `Mục tiêu của năm:`.
    assert facts[("communes_on_specialized_network_pct", 100.0, "commune")] == ("target", 2019)
    assert facts[("online_services_level3_count", 30.0, "all")] == ("target", 2019)


# --- a report of results: unmarked numbers are baselines; its plan for next year is a target ------------
REPORT = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 21/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Ninh Bình, ngày 18 tháng 01 năm 2019

BÁO CÁO
Kết quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2018

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Việc triển khai các nhiệm vụ của Kế hoạch

Tỷ lệ văn bản đi, đến được trao đổi dưới dạng điện tử năm 2017 đạt 60%, năm 2018 đạt 75%.

Có 88% cán bộ, công chức được cấp hộp thư điện tử công vụ.

2. Nhân lực

Các sở, ngành bố trí 41 cán bộ chuyên trách CNTT.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019

Tỉnh tiếp tục nâng tỷ lệ văn bản được trao đổi dưới dạng điện tử lên 90%.
"""


def test_report_of_a_year_gives_baselines_of_that_year_and_a_target_section_for_the_next():
    meta, facts = read(REPORT)
    assert meta.genre == "report"
    assert (meta.period_start, meta.period_end) == (2018, 2018)
    # The nearest year in the clause, not the first or last of the sentence.
    assert facts[("edocument_exchange_pct", 60.0, "all")] == ("baseline", 2017)
    assert facts[("edocument_exchange_pct", 75.0, "all")] == ("baseline", 2018)
    # `Việc triển khai các nhiệm vụ của Kế hoạch` is what was done (a report's heading), not a target section;
    # no year named: the year the report looks back on, not the year it was written.
    assert facts[("staff_with_email_pct", 88.0, "all")] == ("baseline", 2018)
    assert facts[("it_staff_count", 41.0, "province")] == ("baseline", 2018)
    # `PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019`: a target section, of the year its heading names.
    assert facts[("edocument_exchange_pct", 90.0, "all")] == ("target", 2019)


# --- a news review of a period ------------------------------------------------------------------------
NEWS_REVIEW = """Thái Nguyên: 5 năm thực hiện ứng dụng công nghệ thông tin giai đoạn 2011-2015

12/01/2016 | 10:20

Tại hội nghị tổng kết, Sở Thông tin và Truyền thông cho biết sau 5 năm triển khai, 100% sở, ngành và UBND cấp huyện có mạng nội bộ.

Tỷ lệ cán bộ, công chức cấp tỉnh được trang bị máy tính đạt 95%, cấp huyện 80%.

Cổng dịch vụ công của tỉnh cung cấp 45 dịch vụ công trực tuyến mức độ 3.

Năm 2016, tỉnh phấn đấu 100% văn bản đi, đến giữa các cơ quan được trao đổi dưới dạng điện tử.
"""


def test_news_review_of_a_period_gives_baselines_of_its_end_and_a_target_by_cue():
    meta, facts = read(NEWS_REVIEW)
    assert meta.genre == "news_review"
    assert (meta.period_start, meta.period_end) == (2011, 2015)
    # Unmarked results of a period review: baseline, the period's end year.
    assert facts[("staff_with_computer_pct", 95.0, "province")] == ("baseline", 2015)
    assert facts[("staff_with_computer_pct", 80.0, "district")] == ("baseline", 2015)
    assert facts[("online_services_level3_count", 45.0, "all")] == ("baseline", 2015)
    # A goal at the end of the review: its cue and its year.
    assert facts[("edocument_exchange_pct", 100.0, "all")] == ("target", 2016)


# --- a plan for a year that opens with a review of the year before --------------------------------------
PLAN_WITH_REVIEW = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 05/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Kạn, ngày 08 tháng 01 năm 2020

KẾ HOẠCH
Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2020

PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2019

Hệ thống quản lý văn bản và điều hành được dùng ở 85% cơ quan cấp tỉnh.

PHẦN II. KẾ HOẠCH NĂM 2020

1. Ứng dụng trong nội bộ

Hiện nay mới có 40% cán bộ, công chức cấp xã được cấp hộp thư điện tử; đến hết năm 2020 có 80% cán bộ, công chức cấp xã được cấp hộp thư điện tử.

Cung cấp 25 dịch vụ công trực tuyến mức độ 3.
"""


def test_plan_opening_with_a_review_reads_each_part_by_its_heading_and_a_strong_cue_by_itself():
    meta, facts = read(PLAN_WITH_REVIEW)
    assert meta.genre == "plan"
    # Part I names the year it reviews.
    assert facts[("agencies_using_document_management_pct", 85.0, "province")] == ("baseline", 2019)
    # In Part II, `Hiện nay mới có` is the state today (a strong cue beats the section), then the goal.
    assert facts[("staff_with_email_pct", 40.0, "commune")] == ("baseline", 2020)
    assert facts[("staff_with_email_pct", 80.0, "commune")] == ("target", 2020)
    assert facts[("online_services_level3_count", 25.0, "all")] == ("target", 2020)


# --- units of the rules ---------------------------------------------------------------------------------
def layout(text: str, **ctx) -> Layout:
    return Layout(DocContext("d", "d.txt", text, **ctx))


@pytest.mark.parametrize(
    ("genre", "kind"),
    [("news_plan", "target"), ("plan", "target"), ("decision", "target"), ("report", "baseline"),
     ("news_review", "baseline"), ("news_mixed", "baseline")],
)  # fmt: skip
def test_a_value_with_no_cue_and_no_section_takes_its_genre_default(genre, kind):
    text = "Tỷ lệ cán bộ được cấp hộp thư điện tử là 90%."
    assert layout(text, genre=genre, issued_year=2018).kind(text.index("90")) == kind


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("Hiện nay tỷ lệ đạt 60%, phấn đấu đến năm 2020 đạt 90%.", "60", "baseline"),
        ("Hiện nay tỷ lệ đạt 60%, phấn đấu đến năm 2020 đạt 90%.", "90", "target"),
        ("Đến nay đã có 70% xã kết nối; dự kiến 100% xã vào cuối kỳ.", "70", "baseline"),
        ("Đến nay đã có 70% xã kết nối; dự kiến 100% xã vào cuối kỳ.", "100", "target"),
        ("Năm 2016 có 45 dịch vụ; năm 2019 có 120 dịch vụ.", "45", "baseline"),  # a past year
        ("Năm 2016 có 45 dịch vụ; năm 2019 có 120 dịch vụ.", "120", "target"),  # a future year
        ("Chủ tịch đã ký ban hành Kế hoạch, với 100% xã có điểm cầu.", "100", "target"),  # signing is no result
        ("Cấp tỉnh đạt 60% (năm 2015 là 40%); cấp huyện 30%.", "30", "target"),  # the parenthesis is another's
    ],
)
def test_the_nearest_cue_in_the_clause_wins(sentence, number, kind):
    lay = layout(sentence, genre="news_plan", issued_year=2017, period_start=2017, period_end=2020)
    assert lay.kind(sentence.index(number + "%" if number + "%" in sentence else number + " ")) == kind


@pytest.mark.parametrize(
    ("sentence", "number", "kind", "year"),
    [
        ("Năm 2015 đạt 60%, năm 2016 đạt 75%.", "60%", "baseline", 2015),
        ("Năm 2015 đạt 60%, năm 2016 đạt 75%.", "75%", "baseline", 2016),
        ("Tỷ lệ đạt 60% vào năm 2016.", "60%", "baseline", 2016),  # a year right after the value
        ("So với năm 2014, tỷ lệ đạt 60%.", "60%", "baseline", 2017),  # a comparison's year is not the value's
        ("Ngày 5 tháng 3 năm 2016, tỷ lệ đạt 60%.", "60%", "baseline", 2017),  # nor a date's
        ("Giai đoạn 2011-2015 đã đạt 60%.", "60%", "baseline", 2015),  # a period: its end
        ("Hiện nay tỷ lệ đạt 60%.", "60%", "baseline", 2017),
        ("Đến năm 2018 đạt 80%.", "80%", "target", 2018),
        ("Phấn đấu đạt 80%.", "80%", "target", 2020),  # no year: the plan period's end
        ("Phấn đấu đạt 80% (năm 2016 là 50%).", "80%", "target", 2020),  # the parenthesis is the baseline's
    ],
)
def test_year_is_the_nearest_named_in_the_clause_else_the_default(sentence, number, kind, year):
    lay = layout(sentence, genre="plan", issued_year=2017, period_start=2017, period_end=2020)
    assert lay.year(kind, sentence.index(number)) == year


def test_a_one_year_text_with_no_period_reads_end_of_year_as_its_year():
    text = "Theo đó, đến cuối năm có 95% cán bộ được cấp hộp thư."
    lay = layout(text, genre="news_plan", issued_year=2019)
    assert lay.year("target", text.index("95")) == 2019


def test_genres_listed_in_the_schema_are_the_extractors():
    assert list(GENRES) == _GENRES


@pytest.mark.parametrize(
    ("head", "genre"),
    [
        ("Quảng Bình phê duyệt Kế hoạch ứng dụng CNTT năm 2018\n\nNội dung.", "news_plan"),
        ("Đến năm 2020, 100% xã có điểm cầu trực tuyến\n\nNội dung.", "news_plan"),
        ("Nhìn lại một năm ứng dụng CNTT của tỉnh\n\nNội dung.", "news_review"),
        ("Hội nghị sơ kết 3 năm thực hiện Kế hoạch\n\nNội dung.", "news_review"),
        ("Ứng dụng CNTT ở tỉnh\n\nNăm qua, tỉnh đã làm được nhiều việc; năm tới sẽ tiếp tục.", "news_review"),
    ],
)
def test_genre_of_news_from_headline_then_lead(head, genre):
    source = SourceText("n.txt", Path("n.txt"), head, "0" * 64, "utf-8")
    assert extract_metadata(source).genre == genre


# --- a mixed article: a look back, then next year's goals ------------------------------------------------
MIXED = """Tổng kết ứng dụng CNTT năm 2018 và triển khai kế hoạch năm 2019

Thứ Sáu, 11/01/2019 - 16:00

Ngày 10/01/2019, tại hội nghị tổng kết, UBND tỉnh Phú Thọ đã ban hành Kế hoạch ứng dụng CNTT năm 2019.

Năm qua, toàn tỉnh đã cung cấp 120 dịch vụ công trực tuyến mức độ 3.

Tỷ lệ văn bản đi, đến được trao đổi dưới dạng điện tử là 70%.

Theo Kế hoạch năm 2019, tỉnh phấn đấu đạt 90% văn bản được trao đổi dưới dạng điện tử.

Toàn tỉnh cung cấp 200 dịch vụ công trực tuyến mức độ 3.
"""


def test_mixed_article_reads_an_unmarked_value_by_the_last_strong_cue_before_it():
    meta, facts = read(MIXED)
    assert meta.genre == "news_mixed"
    assert facts[("online_services_level3_count", 120.0, "all")] == ("baseline", 2018)
    assert facts[("edocument_exchange_pct", 70.0, "all")] == ("baseline", 2018)
    assert facts[("edocument_exchange_pct", 90.0, "all")] == ("target", 2019)
    assert facts[("online_services_level3_count", 200.0, "all")] == ("target", 2019)


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("Tỷ lệ hồ sơ đạt 95%, vượt chỉ tiêu kế hoạch.", "95%", "baseline"),  # a goal named only as a yardstick
        ("Tính đến năm 2016, có 45 dịch vụ công trực tuyến mức độ 3.", "45 ", "baseline"),
        ("Đến hết năm 2015, toàn tỉnh có 30 điểm cầu.", "30 ", "baseline"),  # a past year, whatever the verb
        ("Đến năm 2017, 100% xã có điểm cầu.", "100%", "target"),  # `đến năm` of the text's own year
    ],
)
def test_cues_around_years_and_yardsticks(sentence, number, kind):
    lay = layout(sentence, genre="report", issued_year=2017, period_start=2016, period_end=2016)
    assert lay.kind(sentence.index(number)) == kind


def test_a_month_and_year_names_the_year():
    text = "Tính đến tháng 6/2016, toàn tỉnh có 40 dịch vụ công trực tuyến mức độ 3."
    assert layout(text, genre="report", issued_year=2017).year("baseline", text.index("40")) == 2016


@pytest.mark.parametrize(
    ("header", "genre"),
    [
        ("Số: 15/BC-UBND\n\nBÁO CÁO\nTình hình ứng dụng CNTT năm 2016\n", "report"),
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO KẾT QUẢ ỨNG DỤNG CNTT NĂM 2016\n", "report"),
        ("Số: 15/KH-UBND\n\nKẾ HOẠCH\nỨng dụng CNTT năm 2017\n\nCăn cứ báo cáo số 3/BC-UBND;\n", "plan"),
        ("Số: 15/QĐ-UBND\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch ứng dụng CNTT năm 2017\n", "decision"),
    ],
)
def test_genre_of_official_texts_from_number_and_title(header, genre):
    source = SourceText("o.txt", Path("o.txt"), header + "\nNội dung.\n", "0" * 64, "utf-8")
    assert extract_metadata(source).genre == genre


def test_a_bare_year_after_den_names_the_year_but_a_quantity_does_not():
    text = "Phấn đấu đến 2019 đạt 90%. Nâng băng thông lên đến 1000 Mbps."
    lay = layout(text, genre="plan", issued_year=2017, period_start=2017, period_end=2020)
    assert lay.year("target", text.index("90")) == 2019
    assert lay.year("target", text.index("1000")) == 2020


@pytest.mark.parametrize(
    ("heading", "kind", "year"),
    [
        ("Phần thứ nhất: KẾT QUẢ THỰC HIỆN NĂM 2016", "baseline", 2016),
        ("PHẦN THỨ HAI: KẾ HOẠCH NĂM 2017", "target", 2017),
        ("A. MỤC TIÊU ĐẾN HẾT NĂM 2018", "target", 2018),
        ("B. THỰC TRẠNG", "baseline", 2017),
    ],
)
def test_parts_and_lettered_sections_open_a_section_with_their_year(heading, kind, year):
    text = f"Mở đầu.\n{heading}\nTỷ lệ cán bộ được cấp hộp thư điện tử là 90%.\n"
    lay = layout(text, genre="plan", issued_year=2017, period_start=2017, period_end=2020)
    at = text.index("90")
    assert (lay.kind(at), lay.year(lay.kind(at), at)) == (kind, year)


def test_the_first_strong_cue_of_a_paragraph_sets_its_topic():
    text = "Mục tiêu đến năm 2020 là nâng cấp trang tin hiện nay lên cổng. Cung cấp 30 dịch vụ mức độ 3."
    lay = layout(text, genre="news_review", issued_year=2017, period_start=2017, period_end=2020)
    assert lay.kind(text.index("30")) == "target"


def test_a_strong_cue_of_the_sentence_beats_a_verb_tense_after_the_value():
    text = "Phấn đấu đến năm 2020: 100% xã có điểm cầu, 80% cán bộ đã được đào tạo."
    lay = layout(text, genre="news_plan", issued_year=2017, period_start=2017, period_end=2020)
    assert lay.kind(text.index("80")) == "target"
    text = "Theo báo cáo: 100% xã có điểm cầu, 80% cán bộ đã được đào tạo."
    assert layout(text, genre="news_plan", issued_year=2017).kind(text.index("80")) == "baseline"


def test_cues_found_through_their_opening_words_are_those_a_plain_scan_finds():
    from conftest import FIXTURES, RAW

    from analysis.extract.engine import _KIND_CUES, _NOW_NAMED, _YEAR_NAMED

    paths = [
        *RAW.glob("*.txt"),
        *(FIXTURES / "synthetic_plans").glob("*.txt"),
        *(FIXTURES / "heldout_plans").glob("*.txt"),
    ]
    texts = [p.read_text(encoding="utf-8") for p in paths] + [
        NEWS_OF_A_PLAN,
        REPORT,
        NEWS_REVIEW,
        PLAN_WITH_REVIEW,
        MIXED,
    ]
    for text in texts:
        lay = layout(text, genre="plan", issued_year=2017)
        for pattern in (_KIND_CUES, _NOW_NAMED, _YEAR_NAMED):
            plain = [m.span() for m in pattern.finditer(lay.folded)]
            assert [m.span() for m in lay._matches(pattern, 0, len(text))] == plain
