"""How plans, decisions and news about plans give their figures, met while writing the development set `dev_plans2`
(issue #11, round 6).

Every text here was written for this file, in our own words, after the kinds of wording catalogued in docs/phrasing.md
(not copied from the development set). A text is read as a plan issued in 2021 for the period 2021-2025 unless it
says otherwise: a baseline with no year of its own is 2021, a target 2025.
"""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import SourceText
from analysis.extract import extract_facts
from analysis.extract.facts import DocContext
from analysis.extract.metadata import extract_metadata


def read(text: str, **kw) -> list:
    args = {"issued_year": 2021, "period_start": 2021, "period_end": 2025} | kw
    ctx = DocContext("t", "t.txt", text, **args)
    _, found = extract_facts(ctx)
    for f in found:  # every fact keeps its exact quote, and its value span is on the number
        assert ctx.text[f.char_start : f.char_end] == f.quote
    return found


def facts(text: str, **kw) -> set[tuple]:
    """(indicator, kind, scope, year or period, value) of every fact read from `text`."""
    when = lambda f: f.year if f.period_start is None else (f.period_start, f.period_end)  # noqa: E731
    return {(f.indicator, f.kind, f.scope, when(f), f.value) for f in read(text, **kw)}


def T(indicator, scope, value, year=2025):  # a target
    return (indicator, "target", scope, year, float(value))


def B(indicator, scope, value, year=2021):  # a baseline
    return (indicator, "baseline", scope, year, float(value))


def test_a_value_last_list_of_levels_each_opened_by_tai():
    text = (
        "Hiện nay, tỷ lệ công chức có máy tính làm việc tại các sở, ngành đạt 98%, tại UBND các quận, huyện đạt 91% "
        "và tại UBND các xã, phường, thị trấn đạt 66%."
    )
    assert facts(text) == {
        B("staff_with_computer_pct", "province", 98),
        B("staff_with_computer_pct", "district", 91),
        B("staff_with_computer_pct", "commune", 66),
    }


def test_a_value_first_list_keeps_the_level_after_each_value():
    text = "Phấn đấu tỷ lệ công chức có máy tính làm việc đạt 97% ở cấp tỉnh, 88% ở cấp huyện và 70% ở cấp xã."
    assert facts(text) == {
        T("staff_with_computer_pct", "province", 97),
        T("staff_with_computer_pct", "district", 88),
        T("staff_with_computer_pct", "commune", 70),
    }


def test_a_citys_own_level_is_the_province():
    text = "Hiện nay chữ ký số đã được dùng tại 100% cơ quan cấp thành phố và 64% UBND cấp xã."
    assert facts(text) == {
        B("agencies_using_digital_signature_pct", "province", 100),
        B("agencies_using_digital_signature_pct", "commune", 64),
    }


def _meta(text: str):
    return extract_metadata(
        SourceText(path=Path("x.txt"), source_file="x.txt", text=text, sha256="0", encoding="utf-8")
    )


HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số:      /KH-UBND\n"
)


def test_a_draft_with_a_blank_day_and_month_is_a_plan_for_the_year_on_its_date_line():
    text = (
        HEADER
        + "Nha Trang, ngày      tháng      năm 2020\n\nDỰ THẢO\n\nKẾ HOẠCH\nỨng dụng CNTT của tỉnh\n\nI. MỤC TIÊU\n"
    )
    meta = _meta(text)
    assert meta.issued is None
    assert (meta.period_start, meta.period_end) == (2020, 2020)


def test_a_dated_plan_keeps_its_own_period():
    text = (
        HEADER.replace("Số:      /", "Số: 12/")
        + "Nha Trang, ngày 03 tháng 02 năm 2020\n\nKẾ HOẠCH\nỨng dụng CNTT giai đoạn 2021 - 2025\n"
    )
    meta = _meta(text)
    assert (meta.period_start, meta.period_end) == (2021, 2025)


def test_a_lettered_item_that_ends_with_a_colon_opens_a_list_of_levels():
    text = (
        "b) Tỷ lệ văn bản gửi, nhận dưới dạng điện tử giữa các cơ quan:\n"
        "- Các sở, ban, ngành tỉnh: tối thiểu 90%;\n"
        "- UBND các xã, phường, thị trấn: không dưới 45%.\n"
    )
    assert facts(text) == {
        T("edocument_exchange_pct", "province", 90),
        T("edocument_exchange_pct", "commune", 45),
    }
    assert {f.qualifier for f in read(text)} == {"at_least"}


def test_a_headline_that_rounds_the_bodys_figure_is_the_same_fact():
    text = (
        "Gần 60 tỷ đồng cho ứng dụng công nghệ thông tin năm 2022\n\n"
        "UBND tỉnh vừa ban hành kế hoạch ứng dụng công nghệ thông tin năm 2022. Tổng kinh phí thực hiện kế hoạch là "
        "58.400 triệu đồng.\n"
    )
    got = facts(text, genre="news_plan", period_start=2022, period_end=2022, issued_year=2022)
    assert got == {T("budget_total_mvnd", "all", 58400, 2022)}


def test_two_distinct_figures_with_a_qualifier_are_both_kept():
    text = "Hiện nay toàn tỉnh có 412 dịch vụ công trực tuyến mức độ 3. Năm 2020 đã có hơn 300 dịch vụ công trực tuyến mức độ 3."
    got = facts(text)
    assert B("online_services_level3_count", "all", 412) in got
    assert B("online_services_level3_count", "all", 300, 2020) in got


def test_a_citys_own_budget_is_the_local_part():
    text = "Tổng kinh phí dự kiến 320 tỷ đồng, gồm ngân sách trung ương 20 tỷ đồng và ngân sách thành phố 300 tỷ đồng."
    assert facts(text) == {
        T("budget_total_mvnd", "all", 320000, (2021, 2025)),
        T("budget_central_mvnd", "all", 20000, (2021, 2025)),
        T("budget_local_mvnd", "all", 300000, (2021, 2025)),
    }
