"""Kinds of wording the new-wording development set (`dev_wording`, issue #11, round 19) showed the extractor missed
on its first pass. Every text here was written for this file, in our own words (not copied from the set); the facts
each should give were decided before the extractor was run on it.
"""

from __future__ import annotations

from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows


# --- an undated news item speaks as of the date its lead names (`Tính đến hết tháng 10/2022, …`) ---------------
def test_an_undated_news_item_takes_its_year_from_an_as_of_date(tmp_path):
    text = (
        "Kon Tum đẩy mạnh gửi, nhận văn bản điện tử\n\n"
        "(Cổng TTĐT Kon Tum) - Tính đến hết tháng 10/2022, các cơ quan trong tỉnh đã kết nối liên thông phần mềm "
        "quản lý văn bản.\n\n"
        "Tỷ lệ văn bản đi, đến được gửi, nhận dưới dạng điện tử đạt 96%. Hệ thống thư điện tử công vụ có 6.200 "
        "tài khoản.\n"
    )
    rows = _rows(_corpus(tmp_path, "kon-tum-news.txt", text))
    assert rows == {
        ("edocument_exchange_pct", "baseline", "all", 2022, 96.0),
        ("email_accounts_count", "baseline", "all", 2022, 6200.0),
    }


def test_a_dated_news_item_keeps_its_own_date(tmp_path):
    # must not fire: the page's date wins over a date the article speaks of
    text = (
        "Kon Tum đẩy mạnh gửi, nhận văn bản điện tử\n\n"
        "(Cổng TTĐT Kon Tum) - Ngày 12/01/2023, Sở TT&TT cho biết, tính đến hết tháng 10/2021 các cơ quan đã kết "
        "nối liên thông phần mềm quản lý văn bản.\n\n"
        "Tỷ lệ văn bản đi, đến được gửi, nhận dưới dạng điện tử đạt 96%.\n"
    )
    rows = _rows(_corpus(tmp_path, "kon-tum-news.txt", text))
    assert rows == {("edocument_exchange_pct", "baseline", "all", 2023, 96.0)}
