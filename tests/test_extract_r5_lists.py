"""Counts listed by level after a total, numbers written with spaces, and list markers glued to a percentage
(issue #11, round 5).

Every sentence here was written for this file, in our own words after the kinds of wording catalogued in
docs/phrasing.md; the facts each should give were decided before the extractor was run on it. A test text is read
as a document issued in 2018 for the plan period 2016-2020, so a baseline with no year of its own is 2018 and a
target with none is 2020.
"""

from __future__ import annotations

import pytest
from test_extract_wording import B, T, _read, facts

from analysis.extract.numbers import list_numbers

CASES = [
    # A total, then its parts by level with the number first: the total (all) and one fact per level.
    (
        "Hiện nay mạng truyền số liệu chuyên dùng của tỉnh có 120 điểm kết nối, gồm 30 điểm cấp tỉnh, 20 điểm cấp "
        "huyện và 70 điểm cấp xã.",
        {
            B("specialized_network_points_count", "all", 120),
            B("specialized_network_points_count", "province", 30),
            B("specialized_network_points_count", "district", 20),
            B("specialized_network_points_count", "commune", 70),
        },
    ),
    # Parts after `trong đó`, the last level has none (with what it lacks named after `chưa có`).
    (
        "Toàn tỉnh hiện có 45 cán bộ chuyên trách CNTT, trong đó cấp tỉnh 28 người, cấp huyện 17 người; cấp xã chưa "
        "có cán bộ chuyên trách.",
        {
            B("it_staff_count", "all", 45),
            B("it_staff_count", "province", 28),
            B("it_staff_count", "district", 17),
            B("it_staff_count", "commune", 0),
        },
    ),
    # No total: one count per level, each naming its level after its unit.
    (
        "Hiện nay phần mềm quản lý văn bản và điều hành đã được triển khai tại 18 sở, ngành, 9 UBND cấp huyện và 60 "
        "UBND cấp xã.",
        {
            B("document_management_units_count", "province", 18),
            B("document_management_units_count", "district", 9),
            B("document_management_units_count", "commune", 60),
        },
    ),
    (
        "Mạng diện rộng của tỉnh hiện đã kết nối 22 cơ quan cấp tỉnh và 8 UBND cấp huyện.",
        {B("wan_connected_units_count", "province", 22), B("wan_connected_units_count", "district", 8)},
    ),
    # `Toàn tỉnh` names no level: all.
    ("Toàn tỉnh hiện có 52 cán bộ chuyên trách CNTT.", {B("it_staff_count", "all", 52)}),
    ("Hiện nay UBND cấp huyện có 11 cán bộ chuyên trách CNTT.", {B("it_staff_count", "district", 11)}),
    # Parts that are no level give no facts of their own.
    (
        "Hiện nay tỉnh có 40 cán bộ chuyên trách CNTT, gồm 5 thạc sĩ và 35 đại học.",
        {
            B("it_staff_count", "all", 40),
            B("it_staff_postgraduate_count", "all", 5),
            B("it_staff_university_count", "all", 35),
        },
    ),
    # Thousands separated by a space.
    ("Hệ thống thư điện tử công vụ hiện có 4 200 hộp thư.", {B("email_accounts_count", "all", 4200)}),
    ("Đến nay đã cấp 12 350 hộp thư điện tử cho cán bộ, công chức.", {B("email_accounts_count", "all", 12350)}),
    # A list marker glued to 100% at the start of a line: item 1, 100%.
    (
        "Mục tiêu đến năm 2020:\n1.100% cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ.\n",
        {T("staff_with_email_pct", "commune", 100)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads(text, expected):
    assert facts(text) == expected


def test_numbers_apart_are_not_joined():
    # `2017 1 250`: a number just before the first group, so the groups are not read as one number
    got = facts("Trong năm 2017 1 250 hộp thư mới được tạo.")
    assert not any(f[4] in (1250.0, 17250.0, 20171250.0) for f in got)


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_every_value_is_a_number_read_as_its_indicator(text):
    ctx, layout, found, kept = _read(text)
    dropped = [f for f in found if all(f is not k for k in kept)]
    rows = list_numbers(layout, kept, dropped, [])
    for f in kept:
        assert ctx.text[f.char_start : f.char_end] == f.quote
        if f.value_start is None:  # none in words
            continue
        assert f.char_start <= f.value_start < f.value_end <= f.char_end
        read = [
            rows["read_as"][i]
            for i in range(len(rows["char_start"]))
            if f.value_start <= rows["char_start"][i] < f.value_end
        ]
        assert read and all(f.indicator in r.split(";") for r in read)


def test_a_spaced_number_is_one_value_in_numbers_csv():
    ctx, layout, _, kept = _read("Hệ thống thư điện tử công vụ hiện có 4 200 hộp thư.")
    (fact,) = kept
    assert ctx.text[fact.value_start : fact.value_end] == "4 200"
    rows = list_numbers(layout, kept, [], [])
    read = {t: r for r, t in zip(rows["read_as"], rows["text"], strict=True)}
    assert read["4"] == read["200"] == "email_accounts_count"
