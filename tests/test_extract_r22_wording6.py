"""Wording the extractor was not written for (issue #11, round 22, the development set `dev_wording6`): `năm nay` in a
news page about an earlier year's ranking, a quarter written `quý IV/2015`, an earlier year's value in brackets after a
result (`(năm 2016: 40 dịch vụ)`), per-year amounts in brackets after a period's total, `lần lượt` pairing indicators
with numbers, two shares with one value (`đều đạt`), a count in brackets after a statement, `N nghìn M`. Every text
here was written for this file, in our own words (not copied from the set); the facts each should give were decided
before the change.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

_ROW = ("indicator", "kind", "scope", "year", "value")


def _read(tmp_path, text: str, name: str = "doc.txt"):
    result = _corpus(tmp_path, name, text)
    return result, _rows(result, _ROW)


def _report(body: str, year: int = 2019) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 27/BC-UBND\nYên Bái, ngày 14 tháng 01 năm {year + 1}\n\nBÁO CÁO\n"
        f"Kết quả ứng dụng công nghệ thông tin năm {year}\n\n{body}\n"
    )


# --- `năm nay` in news: the page's year ----------------------------------------------------------------------------
def test_nam_nay_in_a_news_page_on_last_years_ranking_is_the_pages_year(tmp_path):
    text = (
        "Bến Tre giữ vững vị trí trên bảng xếp hạng ICT Index 2017\n\n"
        "(Bến Tre, 20/5/2018) - Theo Báo cáo Vietnam ICT Index năm 2017 vừa được công bố, Bến Tre đứng thứ 15/63. "
        "Năm 2017, tỉnh có 52 dịch vụ công trực tuyến mức độ 3.\n\n"
        "Lãnh đạo Sở cho biết năm nay tỉnh phấn đấu 90% cán bộ, công chức sử dụng thư điện tử công vụ thường xuyên.\n"
    )
    _, rows = _read(tmp_path, text, "ben-tre-news.txt")
    assert ("staff_email_usage_pct", "target", "all", 2018, 90.0) in rows
    assert ("online_services_level3_count", "baseline", "all", 2017, 52.0) in rows


# --- a quarter written with a slash ---------------------------------------------------------------------------------
def test_a_quarter_with_its_year_after_a_slash_names_that_year(tmp_path):
    text = (
        "Long An: kết quả ứng dụng CNTT\n\n(Long An, 10/02/2020) - Tính đến hết quý IV/2019, toàn tỉnh đã "
        "cung cấp 140 dịch vụ công trực tuyến mức độ 3.\n"
    )
    _, rows = _read(tmp_path, text, "long-an-news.txt")
    assert ("online_services_level3_count", "baseline", "all", 2019, 140.0) in rows


# --- an earlier year's value in brackets after a result --------------------------------------------------------------
def test_an_earlier_years_count_in_brackets_is_that_years_and_the_next_value_keeps_the_sentences_year(tmp_path):
    body = (
        "Năm 2019, tỉnh đã đưa vào sử dụng 180 dịch vụ công trực tuyến mức độ 3 (năm 2018: 75 dịch vụ) "
        "cùng 22 dịch vụ mức độ 4."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("online_services_level3_count", "baseline", "all", 2019, 180.0) in rows
    assert ("online_services_level3_count", "baseline", "all", 2018, 75.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2019, 22.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2018, 22.0) not in rows
