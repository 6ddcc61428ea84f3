"""Vietnamese numbers, money, percentages, ranges, qualifiers and dates: every form DESIGN.md lists."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.vietnamese import (
    find_dates,
    find_money,
    find_numbers,
    find_percents,
    format_number,
    parse_date,
    parse_money,
    parse_number,
    parse_number_words,
    qualifier_before,
)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("1.409", 1409),
        ("1,1", 1.1),
        ("01", 1),
        ("02", 2),
        ("60.000", 60000),
        ("14.250.000.000", 14_250_000_000),
        ("2,5", 2.5),
        ("1.234,5", 1234.5),
        ("80", 80),
        ("3.403", 3403),
    ],
)
def test_parse_number(token, expected):
    assert parse_number(token) == expected


@pytest.mark.parametrize("token", ["", "abc", "1.2.3", "12a"])
def test_parse_number_rejects_non_numbers(token):
    with pytest.raises(ValueError):
        parse_number(token)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.250.000.000đồng", 14250),
        ("2.500.000.000 đồng", 2500),
        ("15 tỷ 945 triệu đồng", 15945),
        ("4 tỷ đồng", 4000),
        ("290 triệu đồng", 290),
        ("290 triệu", 290),
        ("25.600 triệu đồng", 25600),
        ("2,5 tỷ đồng", 2500),
        ("Mười bốn tỷ, hai trăm năm mươi triệu đồng chẵn", 14250),
    ],
)
def test_parse_money_in_million_vnd(text, expected):
    assert parse_money(text) == pytest.approx(expected)


def test_money_offsets_point_at_the_amount():
    text = "ngân sách Trung ương hỗ trợ 4 tỷ đồng, ngân sách địa phương 11 tỷ 945 triệu đồng."
    found = find_money(text)
    assert [a.value for a in found] == [4000, 11945]
    assert [text[a.start : a.end] for a in found] == ["4 tỷ đồng", "11 tỷ 945 triệu đồng"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("hai trăm năm mươi", 250),
        ("mười bốn", 14),
        ("một trăm linh năm", 105),
        ("hai mươi mốt", 21),
        ("ba mươi lăm", 35),
        ("một nghìn", 1000),
        ("không", 0),
    ],
)
def test_number_words(words, expected):
    assert parse_number_words(words) == expected


def test_percent_forms_and_qualifiers():
    text = "đạt gần 100% ở cấp tỉnh và trên 90% ở cấp huyện; khoảng 50 - 60%; 60-70%; ít nhất 90%; 80%người"
    found = find_percents(text)
    assert [(a.value, a.low, a.high, a.qualifier) for a in found] == [
        (100, None, None, "nearly"),
        (90, None, None, "over"),
        (None, 50, 60, "approx"),
        (None, 60, 70, None),
        (90, None, None, "at_least"),
        (80, None, None, None),
    ]
    for a in found:
        assert "%" in text[a.start : a.end]


def test_trên_is_only_a_qualifier_right_before_a_number():
    text = "đưa lên trên Cổng thông tin 12 dịch vụ"
    assert qualifier_before(text, text.index("12"))[0] is None
    text = "hơn 60.000 lượt"
    assert qualifier_before(text, text.index("60"))[0] == "over"


def test_glued_words_keep_their_numbers():
    text = "Hệ thống thư điện tử của tỉnh với3.403 địa chỉ"
    assert [a.value for a in find_numbers(text)] == [3403]


def test_level_list_is_two_numbers_not_a_decimal():
    assert [a.value for a in find_numbers("mức độ 3,4")] == [3.4]  # the parser sees a decimal …
    # … which is why the service extractor reads `mức độ 3,4` as a list of levels before numbers are parsed.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 29 tháng 10 năm 2015", date(2015, 10, 29)),
        ("29/10/2015", date(2015, 10, 29)),
        ("Thái Bình, ngày 24 tháng 09 năm 2013", date(2013, 9, 24)),
        ("Ngày 5/12/2016, Chủ tịch", date(2016, 12, 5)),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_invalid_dates_are_ignored():
    assert find_dates("31/02/2015 và 40/13/2020") == []


# --- properties ------------------------------------------------------------------------------------
@given(st.text())
def test_parsers_never_crash_on_any_text(text):
    for finder in (find_numbers, find_percents, find_money, find_dates):
        for hit in finder(text):
            start, end = (hit.start, hit.end) if hasattr(hit, "start") else (hit[1], hit[2])
            assert 0 <= start < end <= len(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_format_then_parse_gives_the_integer_back(n):
    assert parse_number(format_number(n, 0)) == n


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_format_then_parse_gives_the_decimal_back(d):
    assert parse_number(format_number(float(d), 2)) == pytest.approx(float(d))


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_ty_trieu_money_roundtrip(ty, trieu):
    text = f"{ty} tỷ {trieu} triệu đồng" if trieu else f"{ty} tỷ đồng"
    assert parse_money(text) == ty * 1000 + trieu


def test_a_qualifier_in_odd_capitals_is_read_not_fatal():
    # Found by fuzzing: `TỐİ THİỂU` (a Turkish dotted capital I) matched the qualifier regex, but its lower
    # case is not the dictionary key, and the whole document's extraction failed.
    assert qualifier_before("TỐİ THİỂU 80%", 10) == ("at_least", 0)
    assert [a.qualifier for a in find_percents("đạt TỐİ THİỂU 80%")] == ["at_least"]


def test_slash_dates_are_what_the_regex_finds_over_the_whole_text():
    from analysis.vietnamese import _DATE_SLASH_RE, _slash_dates

    texts = [
        "Kế hoạch số 176/KH-UBND ngày 29/10/2015 và Quyết định 12/2016/QĐ-UBND ngày 5/1/2016.",
        "1/2/2015/3 rồi 11/11/11/2011, 3/4/2020/ và /7/8/2019 cuối cùng 01/02/2003",
        "/1/1/2000 ở đầu; 123/12/2019 không phải ngày; 9/9/1999",
        "không có dấu gạch chéo nào",
        "",
    ]
    for text in texts:
        assert [m.span() for m in _slash_dates(text)] == [m.span() for m in _DATE_SLASH_RE.finditer(text)]
    assert [m.group() for m in _slash_dates(texts[0])] == ["29/10/2015", "5/1/2016"]
