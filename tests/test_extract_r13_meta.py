"""Genre, dates and period of real pages (issue #11, round 13): an undated look back at a period that has ended, a
site's banner date far later than the article, a draft's period read from a programme it cites, and a period named
only as context in a news review.

Every text here was written for this file, in our own words after the kinds of wording the round found on real
pages (listed in docs/phrasing.md section 8); what each should give was decided before the extractor was run on it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analysis.extract import extract_corpus


def read(tmp_path: Path, text: str):
    """(the document's row, {(indicator, kind, year, period_start, period_end, value)}) of one news page."""
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    r = extract_corpus(tmp_path)
    doc = r.documents.iloc[0]
    facts = {
        (
            f.indicator,
            f.kind,
            None if f.year != f.year or f.year is None else int(f.year),
            None if f.period_start != f.period_start or f.period_start is None else int(f.period_start),
            None if f.period_end != f.period_end or f.period_end is None else int(f.period_end),
            f.value,
        )
        for f in r.facts.itertuples()
    }
    return doc, facts


def period(doc) -> tuple:
    return tuple(None if v != v or v is None else int(v) for v in (doc.period_start, doc.period_end))


# --- 1. an undated look back at a period that has ended --------------------------------------------------------


def test_undated_news_opening_with_a_period_and_its_money_looks_back(tmp_path):
    text = (
        "(baoxyz.vn) – Giai đoạn 2011 – 2015, tổng kinh phí đầu tư cho các dự án công nghệ thông tin của tỉnh "
        "Quảng Trị khoảng 35 tỷ đồng.\n\n"
        "Phần lớn số vốn này là ngân sách tỉnh. Nhờ triển khai đồng bộ các dự án, hạ tầng của các cơ quan đã được "
        "nâng cấp, cơ bản hoàn thành các mục tiêu đề ra.\n\nNguyễn An\n\nTrả lời\n\n"
        "Email của bạn sẽ không được hiển thị công khai.\n"
    )
    doc, facts = read(tmp_path, text)
    assert doc.genre == "news_review"
    assert ("budget_total_mvnd", "baseline", None, 2011, 2015, 35000.0) in facts


def test_a_look_back_with_an_outlook_at_its_end_stays_a_look_back(tmp_path):
    text = (
        "Giai đoạn 2016-2020, tổng kinh phí bố trí cho ứng dụng công nghệ thông tin của tỉnh Phú Thọ là 48 tỷ đồng.\n\n"
        "Nhờ đó các cơ quan đã được trang bị đủ máy tính. Thời gian tới, tỉnh sẽ tiếp tục đầu tư, phấn đấu đến "
        "năm 2025 hoàn thành chính quyền số.\n"
    )
    doc, facts = read(tmp_path, text)
    assert doc.genre in ("news_review", "news_mixed")  # a look back, with goals at its end
    assert ("budget_total_mvnd", "baseline", None, 2016, 2020, 48000.0) in facts


def test_a_period_with_money_planned_is_no_look_back(tmp_path):
    # Must not fire: `dự kiến` says the money is still to be spent.
    text = (
        "Giai đoạn 2021-2025, tổng kinh phí thực hiện chuyển đổi số của tỉnh Phú Thọ dự kiến khoảng 200 tỷ đồng.\n\n"
        "Các sở, ngành đã xây dựng danh mục dự án.\n"
    )
    doc, facts = read(tmp_path, text)
    assert doc.genre == "news_plan"
    assert ("budget_total_mvnd", "target", None, 2021, 2025, 200000.0) in facts


def test_a_period_not_ended_when_the_page_was_written_is_no_look_back(tmp_path):
    # Must not fire: the page is dated within the period.
    text = (
        "Ngày đăng: 05/03/2021\n\n"
        "Giai đoạn 2021-2025, tổng kinh phí bố trí cho chuyển đổi số của tỉnh Phú Thọ là 200 tỷ đồng.\n\n"
        "Các sở đang xây dựng danh mục dự án.\n"
    )
    doc, _ = read(tmp_path, text)
    assert doc.genre == "news_plan"


# --- 2. a banner date far later than the article ------------------------------------------------------------


def test_a_banner_date_years_after_every_year_of_the_article_is_not_its_date(tmp_path):
    text = (
        "Thứ Năm, 14/03/2024\n\n"
        "Tỉnh đầu tư 3 tỷ đồng cho phần mềm một cửa\n\n"
        "Năm 2012, tỉnh Hà Giang đã bố trí 3 tỷ đồng cho ứng dụng công nghệ thông tin. Năm 2013, tỉnh sẽ mở rộng "
        "phần mềm đến các huyện.\n"
    )
    doc, facts = read(tmp_path, text)
    assert doc.published is None or doc.published != doc.published
    assert ("budget_total_mvnd", "baseline", 2012, None, None, 3000.0) in facts


def test_money_since_a_year_up_to_now_under_a_banner_date_ends_at_no_banner_year(tmp_path):
    # `từ đầu năm 2012 đến nay` was written in 2012 or 2013 (`Năm 2013, … sẽ`): not a period running to the banner's 2024.
    text = (
        "Thứ Năm, 14/03/2024\n\n"
        "Hơn 1,8 tỷ đồng cho công nghệ thông tin\n\n"
        "Từ đầu năm 2012 đến nay, tỉnh Hà Giang đã phê duyệt 1.800 triệu đồng cho các dự án công nghệ thông tin. "
        "Năm 2013, tỉnh sẽ tiếp tục đầu tư cho các dự án này.\n"
    )
    _, facts = read(tmp_path, text)
    money = {f for f in facts if f[0] == "budget_total_mvnd"}
    assert money and all(f[4] != 2024 for f in money)


def test_the_articles_own_date_line_under_the_headline_wins_over_the_banner(tmp_path):
    text = (
        "Thứ Sáu, 29/03/2024\n\n"
        "Hà Giang: mọi xã có mạng nội bộ\n\n"
        "Cập nhật: 12/05/2015 09:30\n\n"
        "Đến nay, 100% UBND cấp xã của tỉnh Hà Giang đã có mạng LAN phục vụ ứng dụng công nghệ thông tin.\n"
    )
    doc, _ = read(tmp_path, text)
    assert doc.published == date(2015, 5, 12).isoformat()


def test_a_page_date_close_to_the_years_of_its_article_is_kept(tmp_path):
    # Must not fire: two years after the last year named is no banner's `today`.
    text = (
        "15/01/2019 08:45\n\n"
        "Tỉnh Hà Giang nâng cấp mạng nội bộ\n\n"
        "Năm 2017, tỉnh Hà Giang đã đầu tư 2 tỷ đồng cho ứng dụng công nghệ thông tin, nâng cấp mạng nội bộ của "
        "các sở.\n"
    )
    doc, _ = read(tmp_path, text)
    assert doc.published == date(2019, 1, 15).isoformat()


# --- 3. a draft's period, not from a programme it cites -----------------------------------------------------


def test_a_drafts_period_is_its_own_years_not_the_cited_resolutions(tmp_path):
    text = (
        "Thực hiện Nghị quyết số 26-NQ/TU ngày 15/3/2014 của Tỉnh ủy, Sở Thông tin và Truyền thông tỉnh Bạc Liêu đã "
        "xây dựng dự thảo kế hoạch ứng dụng công nghệ thông tin từ nay đến năm 2020, nhưng chưa được phê duyệt.\n"
        "Theo dự thảo, trong 5 năm 2016-2020 dự kiến cần khoảng 80 tỷ đồng.\n"
    )
    doc, _ = read(tmp_path, text)
    assert period(doc) == (2016, 2020)


def test_a_drafts_period_named_as_a_bare_range_after_until_a_year(tmp_path):
    text = (
        "Căn cứ Chỉ thị số 01/CT-TTg ngày 10/02/2019 của Thủ tướng, tỉnh Bạc Liêu đang xây dựng dự thảo kế hoạch "
        "chuyển đổi số đến năm 2025. Kế hoạch 2021 – 2025 cần khoảng 120 tỷ đồng.\n"
    )
    doc, _ = read(tmp_path, text)
    assert period(doc) == (2021, 2025)


def test_until_a_year_with_no_range_keeps_the_plans_own_year(tmp_path):
    # Must not fire: no range ends in the year the plan runs to (`2011 - 2015` is another period).
    text = (
        "UBND tỉnh Bạc Liêu vừa ban hành Kế hoạch số 50/KH-UBND ngày 10/3/2017 về ứng dụng công nghệ thông tin. "
        "Theo đó, đến năm 2020, 100% cơ quan nhà nước sử dụng phần mềm quản lý văn bản, gấp đôi so với "
        "kế hoạch 2011 - 2015.\n"
    )
    doc, _ = read(tmp_path, text)
    assert period(doc) == (2017, 2020)


# --- 4. a period named only as context in a news review ------------------------------------------------------


def test_a_period_a_commitment_covers_is_not_the_period_a_review_looks_back_on(tmp_path):
    text = (
        "Tính đến nay, 25/25 cơ quan của tỉnh Bình Phước đã ký cam kết thực hiện cải cách hành chính hàng năm và "
        "giai đoạn 2016 – 2020 với UBND tỉnh; các sở đã cung cấp hơn 40 thủ tục trực tuyến ở mức độ 3.\n"
    )
    doc, facts = read(tmp_path, text)
    assert period(doc) == (None, None)
    assert ("online_services_level3_count", "baseline", None, None, None, 40.0) in facts


def test_a_dated_review_with_a_context_period_takes_its_own_year(tmp_path):
    text = (
        "Ngày đăng: 20/09/2018\n\n"
        "Tính đến nay, 25/25 cơ quan của tỉnh Bình Phước đã ký cam kết thực hiện cải cách hành chính hàng năm và "
        "giai đoạn 2016 – 2020 với UBND tỉnh; các sở đã cung cấp hơn 40 thủ tục trực tuyến ở mức độ 3.\n"
    )
    _, facts = read(tmp_path, text)
    assert ("online_services_level3_count", "baseline", 2018, None, None, 40.0) in facts


def test_a_review_of_a_plans_period_keeps_that_period(tmp_path):
    # Must not fire: `tổng kết … giai đoạn 2016-2020` is the period looked back on.
    text = (
        "Tỉnh Bình Phước tổng kết ứng dụng công nghệ thông tin\n\n"
        "Hội nghị tổng kết Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2016-2020 của tỉnh Bình Phước đã diễn ra. "
        "Đến nay, các sở đã cung cấp 120 thủ tục trực tuyến ở mức độ 3.\n"
    )
    doc, facts = read(tmp_path, text)
    assert period(doc) == (2016, 2020)
    assert ("online_services_level3_count", "baseline", 2020, None, None, 120.0) in facts


def test_the_years_an_article_names_are_found_from_their_digits():
    import re

    from analysis.extract.metadata import _years_in_text

    # the plain pattern the digit-first scan replaced: words, then the year
    _YEAR_IN_TEXT = re.compile(r"(?:\bnăm\s*|\d[/.\-]|giai\s*đoạn\s*|[-–—]\s*)((?:19[89]|20\d)\d)(?!\d)", re.IGNORECASE)

    text = (
        "Năm 2014, tỉnh sẽ … giai đoạn 2011-2015, ngày 12/3/2013, ISO 9001:2008, mã 12015, năm2016, "
        "tháng 5.2012 – 2019 và số 2030 người"
    )
    assert sorted(_years_in_text(text, len(text))) == sorted(int(y) for y in _YEAR_IN_TEXT.findall(text))
    assert sorted(_years_in_text(text, len(text))) == [2011, 2012, 2013, 2014, 2015, 2016, 2019]
