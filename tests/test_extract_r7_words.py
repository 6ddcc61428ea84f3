"""Money written only in words, bandwidth split in brackets, totals raised, a cue in the value's own clause, parts by
level named `cấp thành phố` / `quận, huyện`, and email or staff wording left unsaid (issue #11, round 7).

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. A test text is read
as a document issued in 2018 for the plan period 2016-2020, so a baseline with no year of its own is 2018 and a
target with none is 2020.
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, _read, facts

from analysis.extract.numbers import list_numbers
from analysis.vietnamese import find_money_words, parse_number_words


# --- numbers and money in words -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai mươi mốt", 21),
        ("mười lăm", 15),
        ("bảy mươi nhăm", 75),
        ("một trăm linh năm", 105),
        ("hai trăm lẻ tám", 208),
        ("một nghìn hai trăm triệu", 1_200_000_000),
        ("bốn tỷ hai trăm năm mươi triệu", 4_250_000_000),
    ],
)
def test_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ngân sách tỉnh: sáu tỷ ba trăm năm mươi triệu đồng.", [(6350.0, "sáu tỷ ba trăm năm mươi triệu đồng")]),
        ("bố trí ba trăm triệu đồng", [(300.0, "ba trăm triệu đồng")]),
        ("vốn Trung ương mười lăm tỷ cho dự án", [(15000.0, "mười lăm tỷ")]),
        ("khoảng một trăm linh năm triệu đồng", [(105.0, "khoảng một trăm linh năm triệu đồng")]),
        # `tư` of `đầu tư` and the `năm` of a year before a number are no part of it
        ("đầu tư hai tỷ đồng", [(2000.0, "hai tỷ đồng")]),
        ("trong năm hai tỷ đồng", [(2000.0, "hai tỷ đồng")]),
        # millions of people are no money; an amount opened with digits is read with them
        ("có hai triệu người dùng", []),
        ("Tổng kinh phí: 3 tỷ bảy trăm triệu đồng", []),
        # the words that restate an amount in digits are no amount of their own
        ("48.600 triệu đồng (Bằng chữ: Bốn mươi tám tỷ, sáu trăm triệu đồng)", []),
        ("250.000.000 đồng (hai trăm năm mươi triệu đồng chẵn)", []),
        ("Tổng kinh phí: 7 tỷ 300 triệu đồng (Bảy tỷ, ba trăm triệu đồng), trong đó", []),
    ],
)
def test_find_money_words(text, found):
    assert [(a.value, text[a.start : a.end]) for a in find_money_words(text)] == found


def _budget(text: str) -> set[tuple]:
    return {(f[0], f[4], f[5]) for f in facts(text) if f[0].startswith("budget_")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kinh phí thực hiện năm 2019: hai tỷ đồng từ nguồn ngân sách tỉnh.",
            {("budget_total_mvnd", 2000.0, None), ("budget_local_mvnd", 2000.0, None)},
        ),
        ("Ngân sách Trung ương hỗ trợ: mười lăm tỷ đồng.", {("budget_central_mvnd", 15000.0, None)}),
        ("Tổng kinh phí dự kiến khoảng một trăm linh năm triệu đồng.", {("budget_total_mvnd", 105.0, "approx")}),
        (
            "Nguồn vốn địa phương: hai mươi mốt tỷ, bốn trăm năm mươi lăm triệu đồng.",
            {("budget_local_mvnd", 21455.0, None)},
        ),
        ("Tổng kinh phí: 3 tỷ bảy trăm triệu đồng.", {("budget_total_mvnd", 3700.0, None)}),
        (
            "Năm 2017, tỉnh đã đầu tư cho ứng dụng công nghệ thông tin ba trăm triệu đồng.",
            {("budget_total_mvnd", 300.0, None)},
        ),
        ("Toàn tỉnh có hai triệu người sử dụng Internet.", set()),
        # A total's words before the amount and one source after it: the total, all of it from that source.
        (
            "Tổng kinh phí thực hiện Kế hoạch năm 2019 là 12.800 triệu đồng, bố trí từ ngân sách tỉnh.",
            {("budget_total_mvnd", 12800.0, None), ("budget_local_mvnd", 12800.0, None)},
        ),
        (
            "Tổng kinh phí dự kiến: 64 tỷ đồng từ vốn Trung ương.",
            {("budget_total_mvnd", 64000.0, None), ("budget_central_mvnd", 64000.0, None)},
        ),
    ],
)
def test_money_in_words_is_a_budget(text, expected):
    assert _budget(text) == expected


def test_money_in_words_has_a_numbers_row():
    text = "Ngân sách tỉnh: bốn tỷ hai trăm năm mươi triệu đồng. Kinh phí năm 2019 là 300 triệu đồng."
    _, layout, found, kept = _read(text)
    rows = list_numbers(layout, kept, [f for f in found if f not in kept])
    words = [k for k, t in enumerate(rows["text"]) if t == "bốn tỷ hai trăm năm mươi triệu đồng"]
    assert len(words) == 1
    k = words[0]
    assert (rows["unit"][k], rows["value"][k], rows["read_as"][k], rows["why_not"][k]) == (
        "million_vnd",
        4250.0,
        "budget_local_mvnd",
        "",
    )
    assert rows["char_start"] == sorted(rows["char_start"])
    fact = next(f for f in kept if f.indicator == "budget_local_mvnd")
    assert text[fact.value_start : fact.value_end] == "bốn tỷ hai trăm năm mươi triệu đồng"


# --- other wording ------------------------------------------------------------------------------------------------
CASES = [
    # Bandwidth with the split named in brackets after each speed.
    (
        "Phấn đấu đến năm 2020, Trung tâm tích hợp dữ liệu của tỉnh có đường truyền 500 Mbps (trong nước) và 50 Mbps "
        "(quốc tế).",
        {
            T("datacenter_domestic_bandwidth_mbps", "all", 500),
            T("datacenter_international_bandwidth_mbps", "all", 50),
        },
    ),
    (
        "Hiện nay đường truyền của Trung tâm dữ liệu đạt 1 Gbps (trong nước), 100 Mbps (quốc tế).",
        {
            B("datacenter_domestic_bandwidth_mbps", "all", 1000),
            B("datacenter_international_bandwidth_mbps", "all", 100),
        },
    ),
    # Increments, then the totals they raise: only the totals.
    (
        "Phấn đấu đến năm 2020 đưa thêm 40 dịch vụ công trực tuyến mức độ 3 và 15 dịch vụ công trực tuyến mức độ 4, "
        "nâng tổng số dịch vụ mức độ 3 của tỉnh lên 210 và mức độ 4 lên 36.",
        {T("online_services_level3_count", "all", 210), T("online_services_level4_count", "all", 36)},
    ),
    # The value's own clause (after `;`) names its indicator, not the clause before.
    (
        "Phấn đấu đến năm 2020, 100% sở, ngành sử dụng chữ ký số chuyên dùng; tỷ lệ cán bộ, công chức có máy tính "
        "đạt 95%.",
        {
            T("agencies_using_digital_signature_pct", "province", 100),
            T("staff_with_computer_pct", "all", 95),
        },
    ),
    # A total, then its parts by level named `cấp thành phố` (a city under the centre) and `quận, huyện`.
    (
        "Mạng truyền số liệu chuyên dùng hiện đã kết nối tới 260 điểm, gồm 40 điểm cấp thành phố, 20 điểm cấp huyện "
        "và 200 điểm cấp xã.",
        {
            B("specialized_network_points_count", "all", 260),
            B("specialized_network_points_count", "province", 40),
            B("specialized_network_points_count", "district", 20),
            B("specialized_network_points_count", "commune", 200),
        },
    ),
    (
        "Hiện nay phần mềm quản lý văn bản đã được triển khai tại 25 sở, ngành, 14 quận, huyện và 180 xã, phường, "
        "thị trấn.",
        {
            B("document_management_units_count", "province", 25),
            B("document_management_units_count", "district", 14),
            B("document_management_units_count", "commune", 180),
        },
    ),
    # Parts after `gồm` with no comma before it, the levels named with no comma or with dashes.
    (
        "Hiện nay phần mềm quản lý văn bản đã được triển khai tại 31 đơn vị gồm 22 sở ngành tỉnh, 9 huyện- thị- thành.",
        {
            B("document_management_units_count", "all", 31),
            B("document_management_units_count", "province", 22),
            B("document_management_units_count", "district", 9),
        },
    ),
    # The part after `trong đó` that uses it regularly: the email usage, what is used left unsaid.
    (
        "Hiện nay 92% cán bộ, công chức đã được cấp hộp thư điện tử công vụ, trong đó khoảng 70% thường xuyên sử "
        "dụng trong công việc.",
        {B("staff_with_email_pct", "all", 92), B("staff_email_usage_pct", "all", 70, qualifier="approx")},
    ),
    (
        "Phấn đấu đến năm 2020, trên 70% cán bộ, công chức cấp xã sử dụng thư điện tử công vụ trong công việc.",
        {T("staff_email_usage_pct", "commune", 70, qualifier="over")},
    ),
    (
        "Hiện nay 90% cán bộ, công chức được cấp thư điện tử công vụ, trong đó 65% sử dụng thường xuyên.",
        {B("staff_with_email_pct", "all", 90), B("staff_email_usage_pct", "all", 65)},
    ),
    # A count by level whose first item's level is a rule's own last word (`30 sở`, then `, ban, ngành …`).
    (
        "Hiện nay mạng WAN đã kết nối 30 sở, ban, ngành thành phố, 14 UBND các quận, huyện và 200 UBND xã, phường, "
        "thị trấn.",
        {
            B("wan_connected_units_count", "province", 30),
            B("wan_connected_units_count", "district", 14),
            B("wan_connected_units_count", "commune", 200),
        },
    ),
    # A minimum for the whole province is a staff count; one for each agency is not.
    (
        "Phấn đấu đến năm 2020 có ít nhất 120 cán bộ chuyên trách công nghệ thông tin trên toàn tỉnh.",
        {T("it_staff_count", "all", 120, qualifier="at_least")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wording(text, expected):
    assert facts(text) == expected


def test_a_minimum_for_each_agency_is_no_staff_count():
    text = "Phấn đấu đến năm 2020, mỗi sở, ngành có ít nhất 2 cán bộ chuyên trách công nghệ thông tin."
    assert not {f for f in facts(text) if f[0] == "it_staff_count"}


def test_a_count_of_two_levels_at_once_is_no_part_by_level():
    # `35 đơn vị sở, ngành, UBND các huyện, thị xã`: one count of two levels, not the provincial level's count.
    text = (
        "Hiện nay phần mềm quản lý văn bản đã được triển khai cho 90 đơn vị gồm: 35 đơn vị sở, ngành, UBND các huyện, "
        "thị xã; 55 xã, phường, thị trấn."
    )
    found = facts(text)
    assert B("document_management_units_count", "all", 90) in found
    assert not {f for f in found if f[4] == 35.0}
