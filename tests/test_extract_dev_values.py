"""How values are written, met while writing the development set `dev_values` (issue #11, round 3).

Every sentence here was written for this file, in our own words, after the kinds of wording catalogued in
docs/phrasing.md sections 4-6 (not copied from the development set). A text is read as a document issued in 2018 for
the plan period 2016-2020 unless it says otherwise: a baseline with no year of its own is 2018, a target 2020.
"""

from __future__ import annotations

import pytest

from analysis.extract import extract_facts
from analysis.extract.facts import DocContext
from analysis.vietnamese import find_money, find_percents


def facts(text: str) -> set[tuple]:
    """(indicator, kind, scope, year or period, value, qualifier) of every fact read from `text`."""
    ctx = DocContext("t", "t.txt", text, issued_year=2018, period_start=2016, period_end=2020)
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its exact quote, and its value span is on the number
        assert ctx.text[f.char_start : f.char_end] == f.quote
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, f.scope, when(f), f.value, f.qualifier) for f in found}


def B(indicator, scope, value, year=2018, qualifier=None):  # a baseline
    return (indicator, "baseline", scope, year, float(value), qualifier)


def T(indicator, scope, value, year=2020, qualifier=None):  # a target
    return (indicator, "target", scope, year, float(value), qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("chỉ tiêu đặt ra là từ 40% trở lên", "at_least", 40),
        ("phấn đấu 65% trở lên", "at_least", 65),
        ("mới đạt trên dưới 30%", "approx", 30),
        ("đã đạt gần như 100%", "nearly", 100),
        ("yêu cầu tối thiểu đạt 85%", "at_least", 85),
        ("không dưới 70%", "at_least", 70),
        ("đạt xấp xỉ 45%", "approx", 45),
        ("đạt trên 60%", "over", 60),
        ("phần lớn (trên 75%) cán bộ", "over", 75),
    ],
)
def test_qualifiers_of_a_percentage(text, qualifier, value):
    (found,) = find_percents(text)
    assert (found.value, found.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bố trí 2.640 trđ", 2640),
        ("tổng cộng 915 tr.đ", 915),
        ("năm 2017 là 6.400 triệu VNĐ", 6400),
        ("dự toán 21 tỷ 3 trăm triệu đồng", 21300),
        ("khoảng 4 tỷ 1 trăm 20 triệu đồng", 4120),
        ("kinh phí 7,25 tỷ đồng", 7250),
        ("15 tỷ 945 triệu đồng", 15945),  # unchanged
    ],
)
def test_money_units_and_forms(text, value):
    (found,) = find_money(text)
    assert found.value == value


def test_money_repeated_in_words_is_read_once():
    text = "Tổng kinh phí dự kiến của Kế hoạch: 31 tỷ đồng (Bằng chữ: Ba mươi mốt tỷ đồng)."
    assert facts(text) == {T("budget_total_mvnd", "all", 31000, year=(2016, 2020))}


def test_a_glued_list_marker_is_no_percentage():
    # `2.100%` on a line of its own is item 2 of a list and 100%: never 2100%; it is read as 100, as a reader does
    # (conventions README, round 3; read since round 5)
    assert [a.value for a in find_percents("II. MỤC TIÊU\n2.100% cán bộ cấp xã có máy tính")] == [100]
    # not at the start of a line: no list marker
    assert all(a.value != 100 for a in find_percents("Năm 2017 đạt 2.100% kế hoạch"))
    assert [a.value for a in find_percents("Mục tiêu:\n- 100% cán bộ cấp xã có máy tính")] == [100]


CASES = [
    # qualifiers next to a level in a list: each level keeps its number
    (
        "Hiện nay tỷ lệ cán bộ, công chức được trang bị máy tính ở cấp huyện gần như 100%, cấp xã trên dưới 60%.",
        {
            B("staff_with_computer_pct", "district", 100, qualifier="nearly"),
            B("staff_with_computer_pct", "commune", 60, qualifier="approx"),
        },
    ),
    # `từ N% trở lên` after another level's value
    (
        "Phấn đấu tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 90% ở cấp huyện và từ 60% trở lên ở cấp xã.",
        {
            T("edocument_exchange_pct", "district", 90),
            T("edocument_exchange_pct", "commune", 60, qualifier="at_least"),
        },
    ),
    # a new subject `tỷ lệ văn bản điện tử` after a semicolon is not the e-mail share before it
    (
        "Hiện nay trên 85% cán bộ cấp huyện đã có hộp thư công vụ; tỷ lệ văn bản điện tử đạt khoảng 55%.",
        {
            B("staff_with_email_pct", "district", 85, qualifier="over"),
            B("edocument_exchange_pct", "all", 55, qualifier="approx"),
        },
    ),
    # a fraction after a level, with its unit and nothing else
    (
        "Đến nay 100% sở, ngành đã dùng chữ ký số; cấp huyện 5/10 đơn vị.",
        {
            B("agencies_using_digital_signature_pct", "province", 100),
            B("agencies_using_digital_signature_pct", "district", 50),
        },
    ),
    # counts listed with the unit before the level
    (
        "Hiện nay mạng diện rộng đã kết nối 31 cơ quan cấp tỉnh và cấp huyện 9 cơ quan.",
        {B("wan_connected_units_count", "province", 31), B("wan_connected_units_count", "district", 9)},
    ),
    # a count for each unit is no count of them
    ("Đến nay mỗi huyện có 02 cán bộ chuyên trách CNTT.", set()),
    ("Hội nghị truyền hình đã lắp đặt cho 100% UBND cấp huyện, mỗi huyện 01 điểm cầu.", set()),
    # a number written with a space between its thousands is never read as its last group: it is one number (round 5)
    ("Hiện nay hệ thống thư công vụ có 4 200 hộp thư.", {B("email_accounts_count", "all", 4200)}),
    # words for all are not read as 100 (the conventions define words for none only)
    ("Đến nay toàn bộ các sở, ngành và tất cả các xã đã dùng phần mềm quản lý văn bản.", set()),
    # the data centre's bandwidth with no split is its domestic bandwidth; agencies' and communes' lines are not
    (
        "Hiện nay Trung tâm dữ liệu tỉnh có đường truyền tốc độ 500 Mbps.",
        {B("datacenter_domestic_bandwidth_mbps", "all", 500)},
    ),
    ("Hiện nay các sở, ngành có đường truyền Internet 40Mbps.", set()),
    ("Phấn đấu UBND cấp xã có kết nối Internet tốc độ 30 Mbps trở lên.", set()),
    # ... and a split is read as before
    (
        "Hiện nay Trung tâm dữ liệu tỉnh có băng thông trong nước 300 Mbps, quốc tế 30 Mbps.",
        {B("datacenter_domestic_bandwidth_mbps", "all", 300), B("datacenter_international_bandwidth_mbps", "all", 30)},
    ),
    # money: a total named with its only source is the total and that part
    (
        "Tổng kinh phí thực hiện Kế hoạch từ ngân sách địa phương là 42 tỷ đồng.",
        {
            T("budget_total_mvnd", "all", 42000, year=(2016, 2020)),
            T("budget_local_mvnd", "all", 42000, year=(2016, 2020)),
        },
    ),
    # ... but with another source named beside it, only that part
    (
        "Tổng kinh phí từ ngân sách tỉnh là 30 tỷ đồng, từ ngân sách Trung ương là 12 tỷ đồng.",
        {
            T("budget_local_mvnd", "all", 30000, year=(2016, 2020)),
            T("budget_central_mvnd", "all", 12000, year=(2016, 2020)),
        },
    ),
    # money by year after `kinh phí phân theo năm`; abbreviations of triệu đồng
    (
        "Kinh phí phân theo năm: năm 2019 là 3.100 trđ, năm 2020 là 2.900 tr.đ.",
        {T("budget_total_mvnd", "all", 3100, year=2019), T("budget_total_mvnd", "all", 2900, year=2020)},
    ),
    # money spent for IT, the amount after the words
    (
        "Giai đoạn 2011 - 2015, tỉnh đã đầu tư cho ứng dụng CNTT 27 tỷ 4 trăm triệu đồng.",
        {B("budget_total_mvnd", "all", 27400, year=(2011, 2015))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_values_are_read(text, expected):
    assert facts(text) == expected
