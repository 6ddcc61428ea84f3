"""Rules the lead changed in round 23 of issue #11, tested on sentences in our own words with fictional figures."""

from __future__ import annotations

import pytest

from analysis.extract import extract_corpus


def _facts(tmp_path, text: str):
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    return set(zip(f["indicator"], f["kind"], f["year"].astype("Int64").astype(object), f["value"], strict=True))


NEWS = (
    "Sở Thông tin và Truyền thông tỉnh Quảng Bình vừa báo cáo kết quả ứng dụng công nghệ thông tin của tỉnh. "
    "{as_of}, 87% văn bản giữa các sở, ngành được gửi nhận dưới dạng điện tử.\n"
)


@pytest.mark.parametrize(
    "as_of",
    ["Tính đến hết tháng 10 năm 2019", "Đến cuối tháng 11 năm 2019", "Tính đến ngày 15 tháng 11 năm 2019"],
)
def test_an_as_of_date_in_the_official_long_form_dates_the_results(tmp_path, as_of):
    # (round 23, lead: `tháng 9/2020` dated a result, `tháng 9 năm 2020` did not: the value had no year)
    got = _facts(tmp_path, NEWS.format(as_of=as_of))
    assert ("edocument_exchange_pct", "baseline", 2019, 87) in got


def test_a_document_date_in_the_long_form_is_still_no_values_year(tmp_path):
    text = (
        "UỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nỨng dụng công nghệ thông tin trong hoạt động của cơ "
        "quan nhà nước năm 2017\n\nCăn cứ Quyết định số 1819/QĐ-TTg ngày 26 tháng 10 năm 2015 của Thủ tướng Chính phủ, "
        "phấn đấu 70% văn bản giữa các cơ quan nhà nước được trao đổi dưới dạng điện tử.\n"
    )
    got = _facts(tmp_path, text)
    assert ("edocument_exchange_pct", "target", 2017, 70) in got
    assert not any(year == 2015 for _, _, year, _ in got)
