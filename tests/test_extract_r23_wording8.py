"""Wording the extractor was not written for, eighth round (issue #11, round 23, the development set `dev_wording8`):
years listed before `lần lượt`, a share of units that lack the staff, results of several years in a series, shares
written `x trên y`, verbless lists of levels, and more. Every text here was written for this file, in our own words (not
copied from the set); the facts each should give were decided before the change.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_ROW = ("indicator", "kind", "scope", "year", "value")


def _read(tmp_path, text: str, name: str = "doc.txt"):
    result = _corpus(tmp_path, name, text)
    return result, _rows(result, _ROW)


def _report(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 77/BC-UBND\nTuyên Quang, ngày 12 tháng 3 năm 2020\n\nBÁO CÁO\n"
        f"Tổng kết ứng dụng công nghệ thông tin giai đoạn 2016-2019\n\n{body}\n"
    )


# --- years listed before `lần lượt`: one value per year ---------------------------------------------------------------
def test_years_listed_before_lan_luot_date_each_value_in_order(tmp_path):
    text = _report(
        "Tỷ lệ cán bộ, công chức thường xuyên sử dụng thư điện tử công vụ trong các năm 2017, 2018 và 2019 lần lượt "
        "đạt 61%, 74% và 86%."
    )
    _, rows = _read(tmp_path, text)
    usage = sorted(r for r in rows if r[0] == "staff_email_usage_pct")
    assert usage == [
        ("staff_email_usage_pct", "baseline", "all", 2017, 61.0),
        ("staff_email_usage_pct", "baseline", "all", 2018, 74.0),
        ("staff_email_usage_pct", "baseline", "all", 2019, 86.0),
    ]


# --- a share of units that lack the thing: no share, no zero ---------------------------------------------------------
def test_some_units_without_dedicated_staff_give_no_zero_and_no_share(tmp_path):
    text = _report(
        "Đến hết năm 2019, toàn tỉnh có 52 cán bộ chuyên trách công nghệ thông tin. Tuy vậy, khoảng một nửa số huyện "
        "chưa bố trí được cán bộ chuyên trách về công nghệ thông tin."
    )
    _, rows = _read(tmp_path, text)
    staff = sorted(r for r in rows if r[0].startswith("it_staff") or r[0] == "agencies_with_dedicated_it_staff_pct")
    assert staff == [("it_staff_count", "baseline", "all", 2019, 52.0)]
