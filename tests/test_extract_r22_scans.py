"""Scanned tables as Tesseract reads their row numbers (round 22, scans): the number cell of a ruled table's row
comes with specks of the erased rules after it (`2.`, `3...`, `4 _`), or as a letter (`ï` for `1`) under a `STT`
column of a table by years. The row's label is the next cell, and its figures are read.

Every table here was written for this file, in our own words and figures, in the shape OCR returns a printed,
ruled table (see formats.py and benchmarks/bench_scans.py). A text is read as a plan issued in 2019 for 2019-2021,
after the wrapped lines were joined as `extract_corpus` joins them (unwrap.py).
"""

from __future__ import annotations

from analysis.extract import extract_facts
from analysis.extract.facts import DocContext
from analysis.extract.unwrap import unwrap_lines


def read(text: str) -> set[tuple]:
    """(indicator, kind, scope, year, value) of the facts the table rules read."""
    ctx = DocContext("t", "t.txt", unwrap_lines(text), issued_year=2019, period_start=2019, period_end=2021)
    _, found = extract_facts(ctx)
    return {(f.indicator, f.kind, f.scope, f.year, f.value) for f in found if f.rule.startswith("table.")}


def test_row_numbers_with_specks_after_them_leave_the_label_to_the_next_cell():
    text = (
        "Phụ lục\n"
        "DANH MỤC CHỈ TIÊU\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tHiện trạng năm 2018\tMục tiêu đến năm 2021\n"
        "1.\tSố cán bộ chuyên trách công nghệ thông tin của tỉnh\tngười\t52\t70\n"
        "2...\tTỷ lệ cán bộ chuyên trách công nghệ thông tin có trình độ đại học trở lên\t%\t68\t90\n"
        "3 _\t_ Tỷ lệ UBND cấp xã dùng phần mềm quản lý văn bản và điều hành\t%\t35\t95\n"
    )
    got = read(text)
    assert ("it_staff_count", "baseline", "all", 2018, 52.0) in got
    assert ("it_staff_university_or_higher_pct", "baseline", "all", 2018, 68.0) in got
    assert ("it_staff_university_or_higher_pct", "target", "all", 2021, 90.0) in got
    assert ("agencies_using_document_management_pct", "baseline", "commune", 2018, 35.0) in got
    assert ("agencies_using_document_management_pct", "target", "commune", 2021, 95.0) in got


def test_a_row_number_read_as_a_letter_under_a_stt_column_of_a_table_by_years():
    text = (
        "II. CÁC CHỈ TIÊU CỤ THỂ\n"
        "STT\tChỉ tiêu\tĐơn vị\tNăm 2019\tNăm 2020\tNăm 2021\n"
        "ï\tTỷ lệ hồ sơ, văn bản gửi nhận dưới dạng điện tử giữa các cơ quan hành chính\t%\t55\t70\t85\n"
        "2\tSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t30\t60\t110\n"
    )
    got = read(text)
    for year, value in ((2019, 55.0), (2020, 70.0), (2021, 85.0)):
        assert ("edocument_exchange_pct", "target", "all", year, value) in got
    assert ("online_services_level4_count", "target", "all", 2021, 110.0) in got


def test_a_stt_head_misread_as_th_is_no_result_column():
    # `TT` over the row numbers read `TH` (the abbreviation of `thực hiện`): the plan and result columns are the others
    text = (
        "BÁO CÁO\nKết quả thực hiện các chỉ tiêu năm 2019\n"
        "TH\tNội dung\tĐơn vị\tKế hoạch\tThực hiện\tSo với kế hoạch (%)\n"
        "1\tSố cán bộ chuyên trách công nghệ thông tin\tNgười\t90\t84\t93\n"
        "2\tSố dịch vụ công trực tuyến mức độ 4\tDịch vụ\t60\t72\t120\n"
    )
    got = read(text)
    assert ("it_staff_count", "target", "all", 2019, 90.0) in got
    assert ("it_staff_count", "baseline", "all", 2019, 84.0) in got
    assert ("online_services_level4_count", "baseline", "all", 2019, 72.0) in got


def test_a_column_whose_year_ocr_could_not_read_gives_no_fact_and_the_others_are_read():
    state_unread = (
        "Phụ lục\n"
        "TT\tChỉ tiêu\tĐơn vị tính\tHiện trạng (năm 201?)\tMục tiêu đến năm 2021\n"
        "1\tSố dịch vụ công trực tuyến mức độ 4\tdịch vụ\t24\t130\n"
        "2\tTỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước\t%\t55\t90\n"
    )
    got = read(state_unread)
    assert ("online_services_level4_count", "target", "all", 2021, 130.0) in got
    assert ("edocument_exchange_pct", "target", "all", 2021, 90.0) in got
    assert not {f for f in got if f[1] == "baseline"}
    goal_unread = state_unread.replace("(năm 201?)", "2018").replace("Mục tiêu đến năm 2021", "Mục tiêu 2821")
    got = read(goal_unread)
    assert ("online_services_level4_count", "baseline", "all", 2018, 24.0) in got
    assert ("edocument_exchange_pct", "baseline", "all", 2018, 55.0) in got
    assert not {f for f in got if f[1] == "target"}
