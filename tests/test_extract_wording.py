"""Counts, percents and levels in wording the rules were not first written for (issue #11, kinds 2-7 and 9).

Every sentence here was written for this file (in our own words, after the patterns catalogued in
docs/phrasing.md sections 3-6), and the facts each should give were decided before the extractor was run on it.
A test text is read as a document issued in 2018 for the plan period 2016-2020 unless it says otherwise, so a
baseline with no year of its own is 2018 and a target with none is 2020.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import ExtractResult, extract_corpus, extract_facts
from analysis.extract.engine import Layout
from analysis.extract.facts import DocContext
from analysis.extract.numbers import list_numbers


def _read(text: str, issued: int = 2018, period: tuple[int, int] = (2016, 2020)):
    ctx = DocContext("t", "t.txt", text, issued_year=issued, period_start=period[0], period_end=period[1])
    layout = Layout(ctx)
    found, kept = extract_facts(ctx, layout)
    return ctx, layout, found, kept


def facts(text: str, **kw) -> set[tuple]:
    """(indicator, kind, scope, year, value, qualifier) of every fact read from `text`."""
    _, _, _, kept = _read(text, **kw)
    return {(f.indicator, f.kind, f.scope, f.year, f.value, f.qualifier) for f in kept}


def extract_file(tmp_path: Path, name: str, text: str) -> ExtractResult:
    """What `extract_corpus` reads from one text saved as `name` (metadata included: genre, dates, province)."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return extract_corpus(tmp_path)


FACT_ROW = ("indicator", "kind", "scope", "year", "value")


def fact_rows(result: ExtractResult, columns: tuple[str, ...] = FACT_ROW) -> set[tuple]:
    """The facts of `result` as tuples of `columns`; an empty year is None (NaN would equal nothing)."""
    f = result.facts
    cols = [[None if pd.isna(v) else v for v in f[c]] if c == "year" else list(f[c]) for c in columns]
    return set(zip(*cols, strict=True))


def B(indicator, scope, value, year=2018, qualifier=None):  # a baseline
    return (indicator, "baseline", scope, year, float(value), qualifier)


def T(indicator, scope, value, year=2020, qualifier=None):  # a target
    return (indicator, "target", scope, year, float(value), qualifier)


# --- kind 2: one indicator, one value per level -----------------------------------------------------------
LEVEL_LISTS = [
    (
        "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước: cấp tỉnh đạt 90%, cấp huyện 70%, cấp xã 40%.",
        {
            B("edocument_exchange_pct", "province", 90),
            B("edocument_exchange_pct", "district", 70),
            B("edocument_exchange_pct", "commune", 40),
        },
    ),
    (
        "Mục tiêu đến năm 2020, tỷ lệ cán bộ được cấp hộp thư công vụ tại các sở, ngành đạt 100%, "
        "UBND cấp huyện trên 85%, UBND cấp xã 50%.",
        {
            T("staff_with_email_pct", "province", 100),
            T("staff_with_email_pct", "district", 85, qualifier="over"),
            T("staff_with_email_pct", "commune", 50),
        },
    ),
    (
        "Tỷ lệ cán bộ, công chức thường xuyên sử dụng máy tính ở cấp tỉnh, cấp huyện và cấp xã lần lượt là "
        "95%, 80% và 55%.",
        {
            B("staff_regular_computer_use_pct", "province", 95),
            B("staff_regular_computer_use_pct", "district", 80),
            B("staff_regular_computer_use_pct", "commune", 55),
        },
    ),
    (
        "Tỷ lệ cán bộ cấp tỉnh và cấp huyện được cấp hộp thư công vụ lần lượt đạt 98% và 75%.",
        {B("staff_with_email_pct", "province", 98), B("staff_with_email_pct", "district", 75)},
    ),
    (
        "Phấn đấu đến năm 2020 có 100% sở, ngành và 70% UBND cấp xã triển khai phần mềm một cửa điện tử.",
        {T("agencies_with_eonestop_pct", "province", 100), T("agencies_with_eonestop_pct", "commune", 70)},
    ),
]


@pytest.mark.parametrize(("text", "want"), LEVEL_LISTS)
def test_a_value_per_level(text, want):
    assert facts(text) == want


# --- kind 3: fractions of agencies ------------------------------------------------------------------------
def test_a_fraction_of_the_agencies_at_a_level_is_their_share():
    # 25/30 = 83.3% of provincial agencies have dedicated IT staff; the 41 officers are a count.
    got = facts("Hiện nay, 25/30 cơ quan cấp tỉnh đã bố trí 41 cán bộ chuyên trách CNTT.")
    assert got == {
        B("agencies_with_dedicated_it_staff_pct", "province", 83.3),
        B("it_staff_count", "province", 41),
    }
    got = facts("Đến nay phần mềm một cửa điện tử đã được triển khai tại 12/12 huyện, thành phố.")
    assert got == {B("agencies_with_eonestop_pct", "district", 100)}
    got = facts("Các xã vùng sâu mới có 18/45 UBND xã sử dụng hệ thống hội nghị truyền hình trực tuyến.")
    assert got == {B("communes_with_videoconference_pct", "commune", 40)}


def test_a_share_stated_after_the_fraction_is_the_one_read():
    text = "Đến nay mới có 52/141 xã, phường, thị trấn được kết nối mạng truyền số liệu chuyên dùng (đạt 36,9%)."
    assert facts(text) == {B("communes_on_specialized_network_pct", "commune", 36.9)}


def test_a_fraction_that_counts_websites_or_units_gives_the_count():
    got = facts("Đến nay 28/28 sở, ban, ngành đã có trang thông tin điện tử thành phần.")
    assert got == {B("component_websites_count", "province", 28)}


FRACTION_DISTRACTORS = [
    "Năm 2017, chỉ số ICT Index của tỉnh xếp thứ 23/63 tỉnh, thành phố.",
    "Sở đã hoàn thành 9/33 nhiệm vụ của kế hoạch năm 2017.",
    "Có 20/20 sở, ngành đã áp dụng hệ thống quản lý chất lượng ISO 9001:2008.",
    "Cả nước có 9.690 đài truyền thanh/10.599 xã, phường, thị trấn.",
]


@pytest.mark.parametrize("text", FRACTION_DISTRACTORS)
def test_fractions_of_no_codebook_indicator_are_no_facts(text):
    assert facts(text) == set()


# --- kind 4: breakdowns by qualification ------------------------------------------------------------------
def test_a_breakdown_by_qualification_in_a_list():
    got = facts("Toàn tỉnh có 91 cán bộ chuyên trách CNTT, gồm 4 thạc sĩ, 60 đại học, 18 cao đẳng và 9 trung cấp.")
    assert got == {
        B("it_staff_count", "all", 91),
        B("it_staff_postgraduate_count", "all", 4),
        B("it_staff_university_count", "all", 60),
        B("it_staff_college_count", "all", 18),
        B("it_staff_vocational_count", "all", 9),
    }


def test_a_breakdown_with_colons_and_another_spelling():
    got = facts("Cán bộ chuyên trách CNTT ở cấp tỉnh là 34 người, trong đó thạc sỹ: 02, đại học: 27, cao đẳng: 5.")
    assert got == {
        B("it_staff_count", "province", 34),
        B("it_staff_postgraduate_count", "province", 2),
        B("it_staff_university_count", "province", 27),
        B("it_staff_college_count", "province", 5),
    }


# --- kind 5: ratios ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hiện nay bình quân 85 máy tính/100 cán bộ, công chức.", 85),
        ("Hiện nay các cơ quan được trang bị trung bình 0,95 máy tính/cán bộ.", 95),
        ("Đến nay bình quân 0,9 máy/người.", 90),
    ],
)
def test_computers_per_staff_as_a_ratio(text, value):
    assert facts(text) == {B("computers_per_staff_pct", "all", value)}


# --- kind 6: totals raised, not increments ----------------------------------------------------------------
def test_the_raised_total_is_the_fact_not_the_increment():
    got = facts("Trong năm 2019, tỉnh sẽ nâng tổng số dịch vụ công trực tuyến mức độ 3 lên 150 dịch vụ.")
    assert got == {T("online_services_level3_count", "all", 150, year=2019)}
    got = facts("Dự kiến xây dựng thêm 30 dịch vụ công trực tuyến mức độ 4, nâng tổng số lên 45 dịch vụ.")
    assert got == {T("online_services_level4_count", "all", 45)}
    assert facts("Sẽ bổ sung 12 dịch vụ công trực tuyến mức độ 3 trong năm tới.") == set()


# --- kind 7: none, in words -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hiện nay các xã chưa có cán bộ chuyên trách CNTT.", B("it_staff_count", "commune", 0)),
        ("Đến nay tỉnh chưa có dịch vụ công trực tuyến nào đạt mức độ 4.", B("online_services_level4_count", "all", 0)),
        (
            "Đến nay các xã chưa triển khai hệ thống hội nghị truyền hình trực tuyến.",
            B("communes_with_videoconference_pct", "commune", 0),
        ),
        (
            "Hiện tại UBND cấp xã chưa được kết nối mạng truyền số liệu chuyên dùng.",
            B("communes_on_specialized_network_pct", "commune", 0),
        ),
    ],
)
def test_none_in_words_is_zero(text, want):
    assert facts(text) == {want}


# --- kind 9: other words for the same indicator -----------------------------------------------------------
SYNONYMS = [
    (
        "Đến năm 2020, 90% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.",
        T("staff_with_email_pct", "province", 90),
    ),
    (
        "Hiện nay 70% cơ quan nhà nước đã sử dụng chứng thư số chuyên dùng trong xử lý văn bản.",
        B("agencies_using_digital_signature_pct", "all", 70),
    ),
    ("Tỷ lệ văn bản được gửi, nhận qua hệ thống thư điện tử đạt 65%.", B("edocument_exchange_pct", "all", 65)),
    (
        "Đến nay 100% sở, ngành đã sử dụng hệ thống quản lý văn bản và điều hành.",
        B("agencies_using_document_management_pct", "province", 100),
    ),
    (
        "Đến nay 95% UBND cấp huyện đã triển khai văn phòng điện tử.",
        B("agencies_using_document_management_pct", "district", 95),
    ),
    (
        "Đến năm 2020, nâng băng thông Internet trong nước của Trung tâm dữ liệu tỉnh lên 1 Gbps.",
        T("datacenter_domestic_bandwidth_mbps", "all", 1000),
    ),
]


@pytest.mark.parametrize(("text", "want"), SYNONYMS)
def test_other_words_for_the_same_indicator(text, want):
    assert facts(text) == {want}


def test_bandwidth_of_the_data_centre_in_a_list():
    got = facts(
        "Hiện nay băng thông kết nối Internet của Trung tâm tích hợp dữ liệu: trong nước 200 Mbps, quốc tế 20 Mbps."
    )
    assert got == {
        B("datacenter_domestic_bandwidth_mbps", "all", 200),
        B("datacenter_international_bandwidth_mbps", "all", 20),
    }
    got = facts(
        "Đến năm 2020, Trung tâm tích hợp dữ liệu có đường truyền tối thiểu 100 Mbps trong nước, 10 Mbps quốc tế."
    )
    assert got == {
        T("datacenter_domestic_bandwidth_mbps", "all", 100, qualifier="at_least"),
        T("datacenter_international_bandwidth_mbps", "all", 10),
    }


# --- distractors (docs/phrasing.md section 6) -------------------------------------------------------------
DISTRACTORS = [
    "Tỷ lệ dân số trưởng thành có chữ ký số đạt 50%.",
    "Hiện nay 70% văn bản điện tử được ký số trước khi phát hành.",
    "Việc chi trả lương qua tài khoản ngân hàng mới đạt 75%.",
    "Toàn tỉnh có 2.418 trạm BTS, phủ sóng 98,5% dân số.",
    "Thực hiện Kế hoạch số 167/KH-UBND ngày 26/10/2015 của UBND tỉnh.",
    "Năm 2018 đã ban hành 60 văn bản, trong đó 39 Quyết định.",
    "Tốc độ tải xuống trung bình của Internet cố định đạt 224 Mbps.",
]


@pytest.mark.parametrize("text", DISTRACTORS)
def test_distractors_give_no_fact(text):
    assert facts(text) == set()


# --- every fact's number is read as it in numbers.csv ----------------------------------------------------
ALL_TEXTS = (
    [t for t, _ in LEVEL_LISTS]
    + [t for t, _ in SYNONYMS]
    + [
        "Hiện nay, 25/30 cơ quan cấp tỉnh đã bố trí 41 cán bộ chuyên trách CNTT.",
        "Toàn tỉnh có 91 cán bộ chuyên trách CNTT, gồm 4 thạc sĩ, 60 đại học, 18 cao đẳng và 9 trung cấp.",
        "Dự kiến xây dựng thêm 30 dịch vụ công trực tuyến mức độ 4, nâng tổng số lên 45 dịch vụ.",
        "Hiện nay bình quân 85 máy tính/100 cán bộ, công chức.",
    ]
)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_every_value_is_a_number_read_as_its_indicator(text):
    ctx, layout, found, kept = _read(text)
    assert kept
    dropped = [f for f in found if all(f is not k for k in kept)]
    rows = list_numbers(layout, kept, dropped, [])
    for f in kept:
        assert ctx.text[f.char_start : f.char_end] == f.quote
        assert f.value_start is not None and f.char_start <= f.value_start < f.value_end <= f.char_end
        read = [
            rows["read_as"][i]
            for i in range(len(rows["char_start"]))
            if f.value_start <= rows["char_start"][i] < f.value_end
        ]
        assert any(f.indicator in (r or "").split(";") for r in read), (f.indicator, f.quote, read)


# --- second batch: levels after the number, more names of the same indicators, more distractors ------------
MORE = [
    (
        "Hiện nay tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 88% ở cấp tỉnh, 64% ở cấp huyện và 30% ở cấp xã.",
        {
            B("edocument_exchange_pct", "province", 88),
            B("edocument_exchange_pct", "district", 64),
            B("edocument_exchange_pct", "commune", 30),
        },
    ),
    (
        "Đến nay đã cấp chữ ký số chuyên dùng cho 100% các sở, ngành, UBND cấp huyện và trên 80% các xã, phường, "
        "thị trấn.",
        {
            B("agencies_using_digital_signature_pct", "all", 100),
            B("agencies_using_digital_signature_pct", "commune", 80, qualifier="over"),
        },
    ),
    (
        "Phấn đấu đến năm 2020 kết nối mạng chuyên dùng đến 100% đơn vị cấp tỉnh, huyện và 60% xã.",
        {T("communes_on_specialized_network_pct", "commune", 60)},
    ),
    (
        "Hiện nay 97% cán bộ, công chức có máy tính sử dụng trong công việc.",
        {B("staff_with_computer_pct", "all", 97)},
    ),
    (
        "Tỷ lệ cán bộ, công chức thường xuyên ứng dụng công nghệ thông tin phục vụ giải quyết công việc đạt 91,5%.",
        {B("staff_regular_computer_use_pct", "all", 91.5)},
    ),
    (
        "Đến nay 93% cán bộ, công chức cấp huyện đã được cung cấp hộp thư điện tử công vụ.",
        {B("staff_with_email_pct", "district", 93)},
    ),
    (
        "Mạng đô thị (MAN) của thành phố đã kết nối 60 cơ quan, đơn vị.",
        {B("wan_connected_units_count", "all", 60)},
    ),
    (
        "Hiện nay Cổng thông tin điện tử của tỉnh đã liên kết 35 trang thông tin điện tử thành phần.",
        {B("component_websites_count", "all", 35)},
    ),
    (
        "Năm 2021 tỉnh cung cấp 310 dịch vụ công trực tuyến toàn trình và 420 dịch vụ công trực tuyến một phần.",
        {
            B("online_services_level4_count", "all", 310, year=2021),
            B("online_services_level3_count", "all", 420, year=2021),
        },
    ),
    (
        "Tổng số công chức làm nhiệm vụ chuyên trách, kiêm nhiệm về CNTT của tỉnh là 180 người; trong đó lực lượng "
        "chuyên trách là 42 người.",
        {B("it_staff_count", "all", 180), B("it_staff_count", "all", 42)},
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE)
def test_more_wordings(text, want):
    kw = {"issued": 2022, "period": (2021, 2025)} if "Năm 2021" in text else {}
    assert facts(text, **kw) == want


MORE_DISTRACTORS = [
    "Đến nay 100% các cơ quan, đơn vị đã được cấp hộp thư điện tử công vụ.",  # a share of agencies: no indicator
    "Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng đạt 70%.",  # work files: a proposal
    "Tỷ lệ cán bộ kiêm nhiệm đã tham gia các chương trình đào tạo về quản trị công nghệ thông tin đạt 80%.",
    "Mạng di động đã phủ sóng 98,5% dân số; 87% hộ gia đình có kết nối Internet cáp quang.",
    "Năm 2016, tỉnh xếp thứ 23/63 về chỉ số ICT Index với 0,606 điểm.",
]


@pytest.mark.parametrize("text", MORE_DISTRACTORS)
def test_more_distractors_give_no_fact(text):
    assert facts(text) == set()


def test_none_said_of_communes_after_the_indicator_in_an_earlier_clause():
    text = "Hệ thống giao ban trực tuyến mới đến các huyện, thị xã; chưa có xã nào được đầu tư điểm cầu."
    assert facts(text) == {B("communes_with_videoconference_pct", "commune", 0)}


def test_a_stated_share_of_a_fraction_in_a_later_clause_keeps_the_sentence_subject():
    text = (
        "Mạng truyền số liệu chuyên dùng đã đến các sở và các huyện; riêng cấp xã mới có 30/120 xã, phường, thị "
        "trấn được kết nối (đạt 25%)."
    )
    assert facts(text) == {B("communes_on_specialized_network_pct", "commune", 25)}


# --- the catalogue of docs/phrasing.md section 5, one sentence of our own per name --------------------------
CATALOGUE = [
    ("Tỷ lệ cán bộ, công chức có hộp thư công vụ đạt 85%.", {B("staff_with_email_pct", "all", 85)}),
    (
        "Hệ thống thư điện tử công vụ của tỉnh hiện có 6.880 hộp thư đang hoạt động.",
        {B("email_accounts_count", "all", 6880)},
    ),
    (
        "Đến nay đã cấp hơn 5.200 tài khoản thư điện tử cho cán bộ, công chức.",
        {B("email_accounts_count", "all", 5200, qualifier="over")},
    ),
    (
        "Tỷ lệ cán bộ thường xuyên sử dụng thư điện tử để trao đổi công việc đạt 75%.",
        {B("staff_email_usage_pct", "all", 75)},
    ),
    (
        "Hiện nay 100% cán bộ, công chức cấp tỉnh, cấp huyện có máy tính để làm việc.",
        {B("staff_with_computer_pct", "all", 100)},
    ),
    ("Tỷ lệ trung bình máy tính/cán bộ, công chức đạt 92%.", {B("computers_per_staff_pct", "all", 92)}),
    (
        "Phần mềm quản lý văn bản và điều hành đã được triển khai tại 150 cơ quan, đơn vị.",
        {B("document_management_units_count", "all", 150)},
    ),
    ("Hiện nay 90% văn bản đi, đến được trao đổi qua môi trường mạng.", {B("edocument_exchange_pct", "all", 90)}),
    (
        "Hiện nay 85% văn bản được gửi, nhận dưới dạng điện tử (trừ văn bản mật).",
        {B("edocument_exchange_pct", "all", 85)},
    ),
    (
        "Tỷ lệ thông tin chỉ đạo, điều hành của UBND tỉnh được đưa lên cổng thông tin điện tử đạt 100%.",
        {B("directive_info_on_portal_pct", "all", 100)},
    ),
    ("Đến nay đã cấp 1.350 chứng thư số cho các cơ quan.", set()),
    ("Mạng diện rộng (WAN) của tỉnh hiện kết nối 38 đơn vị.", {B("wan_connected_units_count", "all", 38)}),
    (
        "Mạng truyền số liệu chuyên dùng hiện có quy mô 215 điểm, trong đó 35 điểm là sở, ban, ngành, 180 điểm cấp xã.",
        {B("specialized_network_points_count", "all", 215)},
    ),
    ("Hiện nay 100% UBND cấp xã có điểm cầu trực tuyến.", {B("communes_with_videoconference_pct", "commune", 100)}),
    (
        "Băng thông kết nối Internet trong nước của Trung tâm tích hợp dữ liệu đạt 1.000 Mbps.",
        {B("datacenter_domestic_bandwidth_mbps", "all", 1000)},
    ),
    (
        "Đến năm 2020 nâng băng thông kênh trong nước của Trung tâm tích hợp dữ liệu lên 500 Mbps (hiện nay 200 Mbps).",
        {T("datacenter_domestic_bandwidth_mbps", "all", 500), B("datacenter_domestic_bandwidth_mbps", "all", 200)},
    ),
    ("Hiện nay 100% cơ quan đã có mạng LAN.", set()),
    ("Tỉnh đã công bố 1.850 thủ tục hành chính trên Cổng dịch vụ công.", {B("admin_procedures_count", "all", 1850)}),
    ("Hiện nay tỉnh cung cấp 320 DVCTT mức độ 3, 4.", {B("online_services_level3_4_count", "all", 320)}),
    (
        "Hiện nay có 230 dịch vụ công trực tuyến đạt mức độ 3 và 45 dịch vụ mức độ 4.",
        {B("online_services_level3_count", "all", 230), B("online_services_level4_count", "all", 45)},
    ),
    ("Tỷ lệ hồ sơ nộp trực tuyến đạt 35%.", set()),
    ("Đến năm 2020, 100% dịch vụ công trực tuyến đảm bảo mức độ 4.", set()),
    ("Đội ngũ cán bộ phụ trách CNTT tại các sở, ngành là 45 người.", {B("it_staff_count", "province", 45)}),
    (
        "Hiện có 16/33 đơn vị sở, ban ngành và UBND cấp huyện có cán bộ chuyên trách.",
        {B("agencies_with_dedicated_it_staff_pct", "all", 48.5)},
    ),
    (
        "Hiện nay 85% cán bộ chuyên trách được đào tạo chuyên sâu về quản trị mạng, an toàn thông tin.",
        {B("it_staff_advanced_trained_pct", "all", 85)},
    ),
    (
        "Đến năm 2020, 100% cơ quan nhà nước sử dụng chữ ký số trong gửi, nhận văn bản điện tử.",
        {T("agencies_using_digital_signature_pct", "all", 100)},
    ),
    (
        "Mục tiêu đến năm 2020: 70% UBND cấp xã sử dụng phần mềm quản lý văn bản; 40% văn bản trao đổi dưới dạng điện tử ở cấp xã.",
        {T("agencies_using_document_management_pct", "commune", 70), T("edocument_exchange_pct", "commune", 40)},
    ),
    (
        "Trên 60% cán bộ, công chức cấp xã được trang bị máy tính.",
        {B("staff_with_computer_pct", "commune", 60, qualifier="over")},
    ),
    ("Lực lượng cán bộ chuyên trách CNTT ở cấp huyện có 24 người.", {B("it_staff_count", "district", 24)}),
    ("Các huyện đã bố trí được 20 cán bộ phụ trách công nghệ thông tin.", {B("it_staff_count", "district", 20)}),
    ("Tỷ lệ máy tính có kết nối Internet đạt 100%.", set()),
    ("Tổng số máy tính trong các cơ quan nhà nước là 4.500 chiếc.", set()),
]


@pytest.mark.parametrize(("text", "want"), CATALOGUE)
def test_the_names_each_indicator_goes_by(text, want):
    assert facts(text) == want


# --- lists by level: counts in a sentence, percentages on lines of their own ----------------------------
def test_a_count_listed_by_level():
    got = facts("Số cán bộ chuyên trách CNTT: cấp tỉnh 40 người, cấp huyện 22 người, cấp xã chưa có.")
    assert got == {
        B("it_staff_count", "province", 40),
        B("it_staff_count", "district", 22),
        B("it_staff_count", "commune", 0),
    }
    got = facts("Cán bộ chuyên trách CNTT ở cấp tỉnh, cấp huyện lần lượt là 46 và 30 người.")
    assert got == {B("it_staff_count", "province", 46), B("it_staff_count", "district", 30)}


def test_part_time_staff_and_another_subject_after_a_comma_are_not_the_count():
    got = facts("Toàn tỉnh có 150 cán bộ chuyên trách CNTT, các xã có 400 cán bộ kiêm nhiệm.")
    assert got == {B("it_staff_count", "all", 150)}


def test_a_list_of_levels_on_lines_of_their_own_under_its_lead():
    text = (
        "II. MỤC TIÊU\n"
        "Tỷ lệ cán bộ được cấp hộp thư điện tử công vụ:\n- Cấp tỉnh: 100%;\n- Cấp huyện: 90%;\n- Cấp xã: 50%.\n"
        "Tỷ lệ văn bản trao đổi dưới dạng điện tử:\n+ Giữa các cơ quan cấp tỉnh đạt 80%;\n+ Ở cấp huyện đạt 60%."
    )
    assert facts(text) == {
        T("staff_with_email_pct", "province", 100),
        T("staff_with_email_pct", "district", 90),
        T("staff_with_email_pct", "commune", 50),
        T("edocument_exchange_pct", "province", 80),
        T("edocument_exchange_pct", "district", 60),
    }
    # A bullet line that names its own indicator keeps it; a lead that ends in no colon lends nothing.
    text = "Kết quả đạt được\n- Cấp tỉnh: 100%;\n- 70% cán bộ cấp huyện được trang bị máy tính."
    assert facts(text) == {B("staff_with_computer_pct", "district", 70)}


def test_a_level_noun_followed_by_words_of_its_own_is_no_continuation():
    text = "Tỷ lệ cán bộ được cấp hộp thư điện tử đạt 90%; 100% xã có đài truyền thanh."
    assert facts(text) == {B("staff_with_email_pct", "all", 90)}


def test_the_same_words_after_two_numbers_give_the_same_indicator():
    text = (
        "Đến nay, tỉnh đã cấp hộp thư điện tử (tên miền .gov.vn) cho 100% số cán bộ, công chức tại các sở, ban, "
        "ngành, UBND cấp huyện và trên 75% số cán bộ, công chức ở các xã, phường, thị trấn."
    )
    assert facts(text) == {
        B("staff_with_email_pct", "all", 100),
        B("staff_with_email_pct", "commune", 75, qualifier="over"),
    }
    # Different words after the second number: no reading borrowed from the first.
    assert facts("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan đạt 80%, 30% hồ sơ được xử lý trực tuyến.") == {
        B("edocument_exchange_pct", "all", 80)
    }


# --- the cue words a researcher can extend (src/analysis/cue_words.yaml) ------------------------------------
def test_every_cue_word_names_a_codebook_indicator_and_opens_with_a_plain_word():
    from analysis import codebook
    from analysis.extract.engine import cue
    from analysis.extract.lexicon import lexicon
    from analysis.extract.prefilter import opening_words

    assert lexicon()
    for indicator, words in lexicon().items():
        assert codebook.indicator(indicator).name == indicator
        assert words
        for word in words:
            assert opening_words(cue(word)), f"{indicator}: '{word}' must begin with a plain word"


# --- abbreviations and shorter names (TSLCD, QLVB&ĐH, TTHC, `trang thành phần`, `N mức độ 3`) ---------------
SHORT_NAMES = [
    (
        "Toàn tỉnh hiện có 215 điểm kết nối mạng truyền số liệu chuyên dùng.",
        {B("specialized_network_points_count", "all", 215)},
    ),
    ("Hiện nay mạng TSLCD đã kết nối 180 điểm.", {B("specialized_network_points_count", "all", 180)}),
    ("Hiện nay 100% UBND cấp xã đã kết nối mạng TSLCD.", {B("communes_on_specialized_network_pct", "commune", 100)}),
    ("Cổng thông tin điện tử tỉnh hiện có 42 trang thành phần.", {B("component_websites_count", "all", 42)}),
    (
        "Hiện nay phần mềm QLVB&ĐH được triển khai tại 100% các sở, ngành.",
        {B("agencies_using_document_management_pct", "province", 100)},
    ),
    (
        "Cổng dịch vụ công của tỉnh hiện cung cấp 1.500 dịch vụ công trực tuyến, trong đó 120 mức độ 3 và 45 mức độ 4.",
        {B("online_services_level3_count", "all", 120), B("online_services_level4_count", "all", 45)},
    ),
    ("Hiện nay có 86 TTHC được cung cấp trực tuyến ở mức độ 3.", {B("online_services_level3_count", "all", 86)}),
    ("Tỉnh đã công bố 1.650 TTHC trên Cổng dịch vụ công.", {B("admin_procedures_count", "all", 1650)}),
    ("Các sở, ngành hiện có 38 cán bộ có chuyên môn về CNTT.", {B("it_staff_count", "province", 38)}),
    ("Năm 2017 đã đào tạo 500 cán bộ về kỹ năng ứng dụng CNTT.", set()),
    (
        "Hiện nay tỉnh có 3.200 cán bộ, công chức, trong đó 95% có máy tính để làm việc.",
        {B("staff_with_computer_pct", "all", 95)},
    ),
    ("Năm 2016 mức độ 3 có 20 dịch vụ.", {B("online_services_level3_count", "all", 20, year=2016)}),
]


@pytest.mark.parametrize(("text", "want"), SHORT_NAMES)
def test_abbreviations_and_shorter_names(text, want):
    assert facts(text) == want


# --- breakdowns by qualification without colons ---------------------------------------------------------
BREAKDOWNS = [
    (
        "Toàn tỉnh có 66 cán bộ chuyên trách CNTT, trong đó: thạc sĩ 3, đại học 45, cao đẳng 12, trung cấp 6.",
        {
            B("it_staff_count", "all", 66),
            B("it_staff_postgraduate_count", "all", 3),
            B("it_staff_university_count", "all", 45),
            B("it_staff_college_count", "all", 12),
            B("it_staff_vocational_count", "all", 6),
        },
    ),
    (
        "Cán bộ chuyên trách CNTT cấp huyện có 24 người; trình độ: Thạc sỹ 02 người; Đại học 17 người; Cao đẳng 05 người.",
        {
            B("it_staff_count", "district", 24),
            B("it_staff_postgraduate_count", "district", 2),
            B("it_staff_university_count", "district", 17),
            B("it_staff_college_count", "district", 5),
        },
    ),
    (
        "Số cán bộ chuyên trách có trình độ đại học trở lên chiếm 85%.",
        {B("it_staff_university_or_higher_pct", "all", 85)},
    ),
    ("Trường Đại học 2 của tỉnh có 300 sinh viên.", set()),
]


@pytest.mark.parametrize(("text", "want"), BREAKDOWNS)
def test_breakdowns_without_colons(text, want):
    assert facts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/12 huyện đã khai trương hệ thống một cửa điện tử.",
        "Về chỉ số ứng dụng CNTT, huyện xếp thứ 5/11 huyện, thành phố có một cửa điện tử.",
    ],
)
def test_a_date_or_a_rank_written_as_a_fraction_is_no_share(text):
    assert facts(text) == set()


def test_levels_in_coordinated_clauses():
    text = "Tỷ lệ cán bộ được cấp hộp thư công vụ ở cấp tỉnh là 95%, còn cấp huyện mới đạt 60%."
    assert facts(text) == {B("staff_with_email_pct", "province", 95), B("staff_with_email_pct", "district", 60)}
    text = "Cấp tỉnh có 90% cán bộ được trang bị máy tính, cấp huyện có 70%."
    assert facts(text) == {B("staff_with_computer_pct", "province", 90), B("staff_with_computer_pct", "district", 70)}
