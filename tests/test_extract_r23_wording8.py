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


def _news(body: str, place: str = "Cao Bằng", date: str = "9/5/2019") -> str:
    return f"Cao Bằng đẩy mạnh chính quyền điện tử\n\n({place}, {date}) – {body}\n"


# --- shares written `x trên y` (out of) -----------------------------------------------------------------------------
def test_x_tren_y_is_the_fraction_of_a_level_not_a_rank(tmp_path):
    text = _news(
        "Hiện nay, 142 trên tổng số 199 xã, phường, thị trấn đã có hội nghị truyền hình trực tuyến; 18 trên 19 sở, "
        "ban, ngành đã sử dụng chữ ký số chuyên dùng. Năm 2018, tỉnh xếp thứ 12 trên 63 tỉnh, thành phố về chỉ số ứng "
        "dụng công nghệ thông tin."
    )
    _, rows = _read(tmp_path, text)
    assert rows == {
        ("communes_with_videoconference_pct", "baseline", "commune", 2019, 71.4),
        ("agencies_using_digital_signature_pct", "baseline", "province", 2019, 94.7),
    }


# --- `cứ 10 … thì có gần 8 người`: the qualifier before the part ------------------------------------------------------
def test_each_ten_with_a_qualifier_before_the_part(tmp_path):
    text = _news(
        "Hiện toàn tỉnh có 45 cán bộ chuyên trách công nghệ thông tin; cứ 10 cán bộ chuyên trách thì có khoảng 6 người có "
        "trình độ đại học trở lên."
    )
    _, rows = _read(tmp_path, text)
    assert ("it_staff_university_or_higher_pct", "baseline", "all", 2019, 60.0) in rows


# --- `Như vậy, …`: a conclusion of the time of what was just said ----------------------------------------------------
def test_nhu_vay_sentence_keeps_the_kind_of_the_results_before_it(tmp_path):
    text = _news(
        "Theo Sở Thông tin và Truyền thông, hiện tỉnh có 40 cán bộ chuyên trách công nghệ thông tin, trong đó 30 người "
        "có bằng đại học.\n\nNhư vậy, tỷ lệ cán bộ chuyên trách có trình độ đại học trở lên chiếm khoảng 75%.\n\n"
        "Theo Kế hoạch, đến năm 2020 tỉnh sẽ tuyển thêm cán bộ cho các xã."
    )
    _, rows = _read(tmp_path, text)
    assert ("it_staff_university_or_higher_pct", "baseline", "all", 2019, 75.0) in rows


# --- a level's count with `chỉ`, degrees counted in brackets ------------------------------------------------------
def test_level_list_item_with_chi_and_degrees_in_brackets(tmp_path):
    text = _news(
        "Hiện toàn tỉnh có 54 cán bộ chuyên trách công nghệ thông tin, trong đó cấp tỉnh 30 người, cấp huyện 19 người, "
        "cấp xã chỉ 5 người. Phần lớn có trình độ đại học (41 người), còn lại là cao đẳng (8 người) và trung cấp "
        "(5 người)."
    )
    _, rows = _read(tmp_path, text)
    assert ("it_staff_count", "baseline", "commune", 2019, 5.0) in rows
    assert ("it_staff_college_count", "baseline", "all", 2019, 8.0) in rows
    assert ("it_staff_vocational_count", "baseline", "all", 2019, 5.0) in rows


def _plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 15/KH-UBND\nYên Bái, ngày 20 tháng 01 năm 2019\n\nKẾ HOẠCH\n"
        f"Ứng dụng công nghệ thông tin năm 2019\n\n{body}\n"
    )


# --- a lettered title with no colon over a list of levels -----------------------------------------------------------
def test_lettered_title_names_the_indicator_of_the_dash_lines_below_it(tmp_path):
    text = _plan(
        "I. MỤC TIÊU\n"
        "a) Cán bộ, công chức sử dụng hộp thư điện tử công vụ thường xuyên\n"
        "- Cấp tỉnh: 95%;\n"
        "- Cấp huyện: 85%;\n"
        "- Cấp xã: 60 - 70%.\n"
    )
    _, rows = _read(tmp_path, text)
    usage = sorted(r for r in rows if r[0] == "staff_email_usage_pct" and r[4] == r[4])  # (a range has no value)
    assert usage == [
        ("staff_email_usage_pct", "target", "district", 2019, 85.0),
        ("staff_email_usage_pct", "target", "province", 2019, 95.0),
    ]
    ranges = _rows(_read(tmp_path, text)[0], ("indicator", "scope", "low", "high"))
    assert ("staff_email_usage_pct", "commune", 60.0, 70.0) in ranges


# --- a year's money with its parts after `gồm` / `trong đó`, sources named bare ----------------------------------------
def test_a_years_amount_before_its_parts_is_that_years_total_and_bare_sources_are_parts(tmp_path):
    text = _plan(
        "II. KINH PHÍ\n"
        "Tổng kinh phí thực hiện giai đoạn 2019-2020 là 40 tỷ đồng. Cụ thể, năm 2019 là 18 tỷ đồng, bao gồm 6 tỷ đồng "
        "ngân sách trung ương và 12 tỷ đồng ngân sách tỉnh.\n\n"
        "Năm 2020 là 22 tỷ đồng, trong đó trung ương 7 tỷ đồng, địa phương 15 tỷ đồng; phần còn lại do ngân sách tỉnh "
        "bảo đảm."
    )
    _, rows = _read(tmp_path, text)
    money = {r for r in rows if r[0].startswith("budget_") and r[3] is not None}
    assert money == {
        ("budget_total_mvnd", "target", "all", 2019, 18000.0),
        ("budget_central_mvnd", "target", "all", 2019, 6000.0),
        ("budget_local_mvnd", "target", "all", 2019, 12000.0),
        ("budget_total_mvnd", "target", "all", 2020, 22000.0),
        ("budget_central_mvnd", "target", "all", 2020, 7000.0),
        ("budget_local_mvnd", "target", "all", 2020, 15000.0),
    }


# --- a value that opens with its qualifier keeps the words after it ---------------------------------------------------
def test_qualified_value_reads_the_verb_after_it_for_its_kind(tmp_path):
    text = (
        "Yên Bái: đẩy mạnh chữ ký số\n\n(Yên Bái, 4/10/2018) – Khoảng 80% cơ quan cấp huyện đã sử dụng chữ ký số "
        "chuyên dùng trong gửi văn bản.\n\nĐến năm 2020, tỉnh đặt mục tiêu 100% cơ quan cấp huyện sử dụng chữ ký số.\n"
    )
    _, rows = _read(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "district", 2018, 80.0) in rows
    assert ("agencies_using_digital_signature_pct", "target", "district", 2020, 100.0) in rows


# --- a headline that restates the body's figure -------------------------------------------------------------------
def test_headline_restating_a_body_figure_gives_no_fact_of_its_own(tmp_path):
    text = (
        "Bình Thuận: 94% văn bản đi, đến được gửi qua mạng\n\n"
        "(Bình Thuận, 2/3/2022) – Theo Sở Thông tin và Truyền thông, tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước "
        "dưới dạng điện tử năm 2021 đạt 94%, năm 2020 là 81%.\n\n"
        "Tỉnh tiếp tục đẩy mạnh ứng dụng công nghệ thông tin. Năm nay, tỉnh phấn đấu tỷ lệ văn bản điện tử đạt 98%.\n"
    )
    _, rows = _read(tmp_path, text)
    edoc = {r for r in rows if r[0] == "edocument_exchange_pct"}
    assert edoc == {
        ("edocument_exchange_pct", "baseline", "all", 2020, 81.0),
        ("edocument_exchange_pct", "baseline", "all", 2021, 94.0),
        ("edocument_exchange_pct", "target", "all", 2022, 98.0),
    }


# --- a count given year by year after its label --------------------------------------------------------------------
def test_counts_year_by_year_after_a_label_are_each_of_their_year(tmp_path):
    text = _report(
        "Số cán bộ chuyên trách công nghệ thông tin của tỉnh: năm 2016 chỉ có 31 người, sang năm 2017 là 38 người, đến "
        "năm 2019 đã tăng lên 52 người.\n"
        "Dịch vụ công trực tuyến mức độ 3 tăng qua từng năm: năm 2017 chưa có, năm 2018 có 64 dịch vụ, năm 2019 đạt "
        "140 dịch vụ."
    )
    _, rows = _read(tmp_path, text)
    assert {r for r in rows if r[0] in ("it_staff_count", "online_services_level3_count")} == {
        ("it_staff_count", "baseline", "all", 2016, 31.0),
        ("it_staff_count", "baseline", "all", 2017, 38.0),
        ("it_staff_count", "baseline", "all", 2019, 52.0),
        ("online_services_level3_count", "baseline", "all", 2017, 0.0),
        ("online_services_level3_count", "baseline", "all", 2018, 64.0),
        ("online_services_level3_count", "baseline", "all", 2019, 140.0),
    }


# --- a verbless list line: `- Máy tính: N% cán bộ …` ------------------------------------------------------------------
def test_verbless_computer_line_gives_the_staff_shares_by_level(tmp_path):
    text = _report(
        "II. HẠ TẦNG KỸ THUẬT (tính đến ngày 31/12/2019)\n"
        "- Máy vi tính: 98% cán bộ, công chức cấp tỉnh; 85% cán bộ, công chức cấp xã.\n"
        "- Mạng nội bộ (LAN): 100% cơ quan cấp tỉnh."
    )
    _, rows = _read(tmp_path, text)
    assert {r for r in rows if r[0] == "staff_with_computer_pct"} == {
        ("staff_with_computer_pct", "baseline", "province", 2019, 98.0),
        ("staff_with_computer_pct", "baseline", "commune", 2019, 85.0),
    }


# --- none in words: a level with none after a count, no unit of a level, the communes after the thing named ----------
def test_words_of_none_at_a_level(tmp_path):
    text = _report(
        "1. Nhân lực: Đến hết năm 2019, tỉnh có 61 cán bộ chuyên trách công nghệ thông tin, song cấp huyện hiện chưa có "
        "cán bộ chuyên trách nào.\n"
        "2. Chữ ký số: Đến hết năm 2019, chưa có UBND cấp xã nào triển khai chữ ký số.\n"
        "3. Giao ban trực tuyến: đã kết nối tới cấp huyện; các xã, phường, thị trấn vẫn chưa triển khai."
    )
    _, rows = _read(tmp_path, text)
    assert ("it_staff_count", "baseline", "all", 2019, 61.0) in rows
    assert ("it_staff_count", "baseline", "district", 2019, 0.0) in rows
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2019, 0.0) in rows
    assert ("communes_with_videoconference_pct", "baseline", "commune", 2019, 0.0) in rows
    assert not any(r[4] == 0.0 and r[2] == "all" for r in rows)


# --- money named back by `con số này` for another year, and its only source ---------------------------------------
def test_money_named_back_for_another_year_with_its_only_source(tmp_path):
    text = _report(
        "Kinh phí: năm 2018, tổng kinh phí chi cho ứng dụng công nghệ thông tin là 21 tỷ đồng. Sang năm 2019, con số "
        "này đã tăng lên 27 tỷ đồng, toàn bộ từ ngân sách tỉnh."
    )
    _, rows = _read(tmp_path, text)
    money = {r for r in rows if r[0].startswith("budget_")}
    assert ("budget_total_mvnd", "baseline", "all", 2019, 27000.0) in money
    assert ("budget_local_mvnd", "baseline", "all", 2019, 27000.0) in money


# --- a count's levels told apart in a sentence of their own -------------------------------------------------------
def test_levels_told_apart_after_the_degrees(tmp_path):
    text = _report(
        "Đến hết năm 2019, đội ngũ cán bộ chuyên trách công nghệ thông tin của tỉnh có 75 người. Trình độ: thạc sĩ 4 "
        "người, đại học 60 người, cao đẳng 11 người. Chia theo cấp hành chính: cấp tỉnh 40 người, cấp huyện 25 người và "
        "cấp xã 10 người."
    )
    _, rows = _read(tmp_path, text)
    staff = {r for r in rows if r[0] == "it_staff_count"}
    assert staff == {
        ("it_staff_count", "baseline", "all", 2019, 75.0),
        ("it_staff_count", "baseline", "province", 2019, 40.0),
        ("it_staff_count", "baseline", "district", 2019, 25.0),
        ("it_staff_count", "baseline", "commune", 2019, 10.0),
    }
    assert not any(r[0] == "it_staff_college_count" and r[2] != "all" for r in rows)


# --- a year's money named by `trong năm` at the end of its clause -------------------------------------------------
def test_money_for_the_tasks_of_the_year_is_of_the_year_of_writing(tmp_path):
    text = (
        "Tuyên Quang: chuyển đổi số năm 2021\n\n(Tuyên Quang, 12/3/2021) – Theo kế hoạch chuyển đổi số giai đoạn "
        "2021-2025 của tỉnh, Sở Thông tin và Truyền thông sẽ bố trí khoảng 18 tỷ đồng cho các nhiệm vụ công nghệ thông "
        "tin trong năm nay.\n"
    )
    _, rows = _read(tmp_path, text)
    assert ("budget_total_mvnd", "target", "all", 2021, 18000.0) in rows


# --- regular use after a bare `hộp thư` ------------------------------------------------------------------------------
def test_regular_use_after_a_bare_mailbox(tmp_path):
    text = _report(
        "Đến hết năm 2019, khoảng 70% cán bộ, công chức cấp huyện dùng hộp thư thường xuyên trong công việc."
    )
    _, rows = _read(tmp_path, text)
    assert ("staff_email_usage_pct", "baseline", "district", 2019, 70.0) in rows


# --- `tỷ lệ này` in quoted speech that opens the next paragraph ----------------------------------------------------
def test_this_share_in_a_quote_opening_the_next_paragraph(tmp_path):
    text = (
        "Lào Cai: trả lời chất vấn về chữ ký số\n\n(Lào Cai, 5/12/2018) – Trả lời đại biểu, Giám đốc Sở Thông tin và "
        "Truyền thông cho biết hiện mới khoảng 45% cơ quan cấp xã sử dụng chữ ký số.\n\n"
        "“Năm 2019, chúng tôi phấn đấu tỷ lệ này đạt từ 80% trở lên”, ông nói.\n"
    )
    _, rows = _read(tmp_path, text)
    assert ("agencies_using_digital_signature_pct", "baseline", "commune", 2018, 45.0) in rows
    assert ("agencies_using_digital_signature_pct", "target", "commune", 2019, 80.0) in rows


# --- citizens using services named by their levels, without `công` -------------------------------------------------
def test_citizens_using_services_named_by_their_levels(tmp_path):
    text = _plan("I. MỤC TIÊU\n- Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ mức độ 3 trở lên: 40%.\n")
    _, rows = _read(tmp_path, text)
    assert ("citizens_businesses_using_online_services_pct", "target", "all", 2019, 40.0) in rows


# --- a dash line naming only the same staff at another level continues the line before ------------------------------
def test_dash_line_of_the_same_staff_at_another_level_continues_the_line_before(tmp_path):
    text = _plan(
        "I. MỤC TIÊU\n"
        "3. Ứng dụng trong nội bộ\n"
        "- CBCC cấp tỉnh sử dụng thư điện tử công vụ thường xuyên trong công việc: 90%;\n"
        "- CBCC cấp huyện: 75%;\n"
        "- CBCC cấp xã: 50%.\n"
    )
    _, rows = _read(tmp_path, text)
    assert {r for r in rows if r[0] == "staff_email_usage_pct"} == {
        ("staff_email_usage_pct", "target", "province", 2019, 90.0),
        ("staff_email_usage_pct", "target", "district", 2019, 75.0),
        ("staff_email_usage_pct", "target", "commune", 2019, 50.0),
    }
