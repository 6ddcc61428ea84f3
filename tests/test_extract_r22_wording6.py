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


# --- per-year amounts in brackets after a period's total -----------------------------------------------------------
def test_amounts_by_year_in_brackets_after_a_total_are_each_years_and_leave_the_total_the_periods(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 88/KH-UBND\nĐiện Biên, ngày 05 tháng 12 năm 2020\n\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin giai đoạn 2021-2023\n\nIV. KINH PHÍ\n"
        "Dự kiến tổng kinh phí là 24 tỷ đồng (năm 2021: 7 tỷ đồng; năm 2022: 8 tỷ đồng; năm 2023: 9 tỷ đồng).\n"
    )
    result = _corpus(tmp_path, "dien-bien-kh.txt", text)
    rows = {
        tuple(None if v != v else v for v in row)  # (NaN: no year, no period)
        for row in _rows(result, ("indicator", "kind", "year", "period_start", "period_end", "value"))
    }
    assert ("budget_total_mvnd", "target", None, 2021, 2023, 24000.0) in rows
    for year, value in ((2021, 7000.0), (2022, 8000.0), (2023, 9000.0)):
        assert ("budget_total_mvnd", "target", year, None, None, value) in rows
    assert ("budget_total_mvnd", "target", 2021, None, None, 24000.0) not in rows


# --- thousands as a word with the hundreds in digits; a list label for published procedures ----------------------
def test_thousands_in_a_word_then_hundreds_in_digits(tmp_path):
    body = "Đến cuối năm 2019, các cơ quan của tỉnh đã sử dụng 2 nghìn 750 hộp thư điện tử công vụ."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("email_accounts_count", "baseline", "all", 2019, 2750.0) in rows
    assert not any(r[4] == 750.0 for r in rows)


def test_a_labelled_count_of_procedures_posted_on_the_portal(tmp_path):
    body = "- Số thủ tục hành chính được niêm yết trên Cổng thông tin điện tử tỉnh: 1.390 thủ tục;"
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("admin_procedures_count", "baseline", "all", 2019, 1390.0) in rows


# --- a total of all levels with its parts after `trong đó` ----------------------------------------------------------
def test_a_total_of_services_of_all_levels_is_no_level_three_count(tmp_path):
    body = "Đến hết năm 2019, tỉnh đã cung cấp 905 dịch vụ công trực tuyến, trong đó mức độ 3 có 410 dịch vụ."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("online_services_level3_count", "baseline", "all", 2019, 410.0) in rows
    assert not any(r[4] == 905.0 for r in rows)


# --- `lần lượt` after a list of indicators or of levels written in full ---------------------------------------------
def test_respectively_after_levels_written_in_full_with_words_between(tmp_path):
    body = "Năm 2019, số dịch vụ công mức độ 3 và mức độ 4 đã cung cấp lần lượt là 233 và 61 dịch vụ."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("online_services_level3_count", "baseline", "all", 2019, 233.0) in rows
    assert ("online_services_level4_count", "baseline", "all", 2019, 61.0) in rows


def test_respectively_after_two_shares_gives_each_its_value(tmp_path):
    body = (
        "Năm 2019, tỷ lệ cán bộ được trang bị máy tính và tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước "
        "lần lượt đạt 94% và 71%."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("staff_with_computer_pct", "baseline", "all", 2019, 94.0) in rows
    assert ("edocument_exchange_pct", "baseline", "all", 2019, 71.0) in rows
    assert ("edocument_exchange_pct", "baseline", "all", 2019, 94.0) not in rows


# --- two shares with one value: `đều đạt` ---------------------------------------------------------------------------
def test_two_shares_that_both_reach_one_value_are_a_fact_each(tmp_path):
    body = (
        "Năm 2019, tỷ lệ cơ quan triển khai một cửa điện tử và tỷ lệ cơ quan dùng chữ ký số trên văn bản điện tử "
        "ở cấp huyện đều đạt 100%."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("agencies_with_eonestop_pct", "baseline", "district", 2019, 100.0) in rows
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2019, 100.0) in rows


# --- a goal as a fraction with today's state in brackets ------------------------------------------------------------
def test_a_goal_fraction_keeps_its_value_beside_a_bracketed_state_with_its_share(tmp_path):
    text = (
        "Cà Mau đặt chỉ tiêu chuyển đổi số năm 2024\n\n(Cà Mau, 22/12/2023) - UBND tỉnh Cà Mau vừa ban hành Kế hoạch "
        "chuyển đổi số năm 2024. Trong năm tới, tỉnh phấn đấu 101/101 UBND cấp xã được kết nối mạng truyền số liệu "
        "chuyên dùng (hiện có 83 xã, đạt 82,2%).\n"
    )
    _, rows = _read(tmp_path, text, "ca-mau-news.txt")
    assert ("communes_on_specialized_network_pct", "target", "commune", 2024, 100.0) in rows
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2023, 82.2) in rows


# --- `đưa tổng số lên`; a count of websites in brackets; regular use after a count of mailboxes ---------------------
def test_a_total_brought_up_to_with_dua(tmp_path):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 12/KH-UBND\nYên Bái, ngày 10 tháng 01 năm 2020\n\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin năm 2020\n\nII. MỤC TIÊU\n"
        "Xây dựng thêm 35 dịch vụ công trực tuyến mức độ 4, đưa tổng số lên 90 dịch vụ.\n"
    )
    _, rows = _read(tmp_path, text, "yen-bai-kh.txt")
    assert ("online_services_level4_count", "target", "all", 2020, 90.0) in rows
    assert not any(r[4] == 35.0 for r in rows)


def test_a_count_of_websites_in_brackets_after_the_statement(tmp_path):
    body = (
        "Đến hết năm 2019, các sở, ngành và UBND các huyện đều đã có trang thông tin điện tử thành phần "
        "liên kết với Cổng thông tin điện tử tỉnh (24 trang)."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("component_websites_count", "baseline", "all", 2019, 24.0) in rows


def test_regular_use_in_a_sentence_on_mailboxes_given(tmp_path):
    body = (
        "Năm 2019, tỉnh đã cấp 5.200 hộp thư điện tử công vụ cho cán bộ, công chức, song mới có khoảng 55% "
        "cán bộ, công chức sử dụng thường xuyên."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("email_accounts_count", "baseline", "all", 2019, 5200.0) in rows
    assert ("staff_email_usage_pct", "baseline", "all", 2019, 55.0) in rows


# --- `đến hết năm` of the year a report looks back on ---------------------------------------------------------------
def test_the_end_of_the_year_a_report_looks_back_on_dates_results(tmp_path):
    body = "Đến cuối năm 2019, toàn tỉnh cung cấp 318 dịch vụ công trực tuyến mức độ 3."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("online_services_level3_count", "baseline", "all", 2019, 318.0) in rows
    goal = "Đến cuối năm 2019, toàn tỉnh phấn đấu cung cấp 318 dịch vụ công trực tuyến mức độ 3."
    _, rows = _read(tmp_path, _report(goal), "yen-bai-bc2.txt")
    assert ("online_services_level3_count", "target", "all", 2019, 318.0) in rows


# --- three shares each with its own `tỷ lệ`, one value each; a mailbox share and its regular use both at 100% -------
def test_three_shares_named_each_with_ty_le_take_a_value_each_in_order(tmp_path):
    body = (
        "Trong năm 2019, tỷ lệ cơ quan dùng phần mềm quản lý văn bản, tỷ lệ cán bộ được trang bị máy tính và tỷ lệ "
        "UBND cấp xã có hệ thống hội nghị truyền hình lần lượt đạt 97%, 88% và 64%."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("agencies_using_document_management_pct", "baseline", "all", 2019, 97.0) in rows
    assert ("staff_with_computer_pct", "baseline", "all", 2019, 88.0) in rows
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2019, 64.0) in rows


def test_a_mailbox_share_and_its_regular_use_each_with_ty_le_take_their_own_values(tmp_path):
    body = (
        "Năm 2019, tỷ lệ công chức cấp tỉnh được cấp hộp thư điện tử và tỷ lệ công chức cấp tỉnh dùng thư điện tử "
        "thường xuyên lần lượt đạt 99% và 76%."
    )
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("staff_with_email_pct", "baseline", "province", 2019, 99.0) in rows
    assert ("staff_email_usage_pct", "baseline", "province", 2019, 76.0) in rows


# --- a count reached after a change in the same sentence -------------------------------------------------------------
def test_a_count_of_services_reached_after_its_change(tmp_path):
    body = "Năm 2019, dịch vụ công trực tuyến mức độ 4 tăng gấp đôi so với năm 2018, đạt 58 dịch vụ."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("online_services_level4_count", "baseline", "all", 2019, 58.0) in rows
    assert not any(r[3] == 2018 for r in rows)


# --- a news sentence opening `Năm nay,` reports the year so far, before a goal for `năm tới` --------------------------
def test_nam_nay_opening_a_news_sentence_reports_results_before_next_years_goal(tmp_path):
    text = (
        "Hậu Giang nhìn lại một năm chuyển đổi số\n\n"
        "(Hậu Giang, 29/12/2021) - Năm nay, 91% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng; "
        "trong năm nay, 87% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử. Năm tới, tỉnh phấn đấu "
        "nâng tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước lên 98%.\n"
    )
    _, rows = _read(tmp_path, text, "hau-giang-news.txt")
    assert ("edocument_exchange_pct", "baseline", "all", 2021, 87.0) in rows
    assert ("edocument_exchange_pct", "target", "all", 2022, 98.0) in rows


# --- ranking news that names the index's year with no `năm` ---------------------------------------------------------
def test_ict_index_news_naming_the_year_without_nam_reports_that_years_figures(tmp_path):
    text = (
        "Bình Định tăng 3 bậc trên bảng xếp hạng ICT Index 2017\n\n"
        "(Bình Định, 02/7/2018) - Theo kết quả Vietnam ICT Index 2017 vừa công bố, Bình Định xếp thứ 12/63. "
        "Tỷ lệ cán bộ, công chức của tỉnh được cấp hộp thư điện tử công vụ đạt 96%.\n"
    )
    _, rows = _read(tmp_path, text, "binh-dinh-news.txt")
    assert ("staff_with_email_pct", "baseline", "all", 2017, 96.0) in rows


def test_a_count_of_it_staff_reached_after_its_change(tmp_path):
    body = "Năm 2019, đội ngũ cán bộ chuyên trách CNTT của tỉnh tăng 9 người so với cuối năm 2018, lên 71 người."
    _, rows = _read(tmp_path, _report(body), "yen-bai-bc.txt")
    assert ("it_staff_count", "baseline", "all", 2019, 71.0) in rows
    assert not any(r[4] == 9.0 for r in rows)


def test_services_built_before_the_new_total_they_make_are_an_increment(tmp_path):
    # (`đưa tổng số lên` reads like `nâng tổng số lên`, round 22: the count before it is what was added)
    (tmp_path / "ha-nam-2020.txt").write_text(
        "Kế hoạch ứng dụng công nghệ thông tin tỉnh Hà Nam năm 2020\n"
        "Trong năm, xây dựng mới 24 dịch vụ công trực tuyến mức độ 4, đưa tổng số lên 61 dịch vụ.\n",
        encoding="utf-8",
    )
    from analysis.extract import extract_corpus

    f = extract_corpus(tmp_path).facts
    assert list(zip(f["indicator"], f["value"], strict=True)) == [("online_services_level4_count", 61)]


def test_staff_added_before_the_new_total_they_make_give_the_total(tmp_path):
    from analysis.extract import extract_corpus

    (tmp_path / "ha-nam-2020.txt").write_text(
        _report("Trong năm, tỉnh tuyển dụng thêm 18 công chức chuyên trách CNTT, đưa tổng số lên 142 người."),
        encoding="utf-8",
    )
    f = extract_corpus(tmp_path).facts
    assert list(zip(f["indicator"], f["kind"], f["value"], strict=True)) == [("it_staff_count", "baseline", 142)]
