"""Tables as researchers download them, third round (issue #11, round 20; the set `dev_office3`): spreadsheets
(.xlsx, .csv), a web page's table whose header is two rows (colspan/rowspan), a Word report whose number and date
are in the first page's section header, footnote markers glued to numbers, and tables with empty cells.

Every document here is built in the test (openpyxl, python-docx, plain HTML and CSV), in our own words with
fictional figures.
"""

from __future__ import annotations

import pytest
from test_office_docs import _facts

from analysis.corpus import read_source
from analysis.extract import extract_corpus, extract_facts
from analysis.extract.facts import DocContext


def _text_facts(text: str, issued: int, doc_type: str = "report") -> set:
    ctx = DocContext(doc_id="t", source_file="t.txt", text=text, issued_year=issued, doc_type=doc_type)
    _, kept = extract_facts(ctx)
    return {(f.indicator, f.kind, f.scope, f.year, f.value) for f in kept}


# --- spreadsheets -----------------------------------------------------------------------------------------------


def _budget_book(path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PL kinh phí"
    ws["A1"] = "Phụ lục: Kinh phí thực hiện Kế hoạch ứng dụng CNTT tỉnh Cà Mau giai đoạn 2021-2023"
    ws.merge_cells("A1:H1")
    ws["A2"] = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/02/2021 của UBND tỉnh Cà Mau)"
    ws.merge_cells("A2:H2")
    ws["H3"] = "ĐVT: triệu đồng"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["F4"] = "TT", "Nội dung", "Tổng kinh phí", "Nguồn vốn", "Theo năm"
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4"):
        ws.merge_cells(rng)
    ws["D5"], ws["E5"], ws["F5"], ws["G5"], ws["H5"] = "NS trung ương", "NS tỉnh", 2021, 2022, 2023
    rows = [
        ("I", "Hạ tầng", 6000, 2000, 4000, 2000, 2000, 2000),
        (1, "Mạng truyền số liệu chuyên dùng", 6000, 2000, 4000, 2000, 2000, 2000),
        ("II", "Phần mềm dùng chung", 3600, None, 3600, 1500, 1100, 1000),
        (None, "Tổng cộng", 9600, 2000, 7600, 3500, "3.100", 3000),
    ]
    for i, r in enumerate(rows, start=6):
        for col, v in zip("ABCDEFGH", r, strict=True):
            if v is not None:
                ws[f"{col}{i}"] = v
    wb.save(path)


def test_an_xlsx_budget_appendix_gives_its_total_row_by_source_and_by_year(tmp_path):
    _budget_book(tmp_path / "ca-mau-2021-77-kh-ubnd-phu-luc.xlsx")
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert set(result.documents["source_format"]) == {"xlsx"}
    doc = result.documents.iloc[0]  # an appendix on its own is part of the plan it is annexed to
    assert (doc["province"], doc["doc_type"], doc["doc_number"], doc["issued"]) == (
        "Cà Mau",
        "plan",
        "77/KH-UBND",
        "2021-02-02",
    )
    got = set(_facts(result))
    want = {
        ("budget_total_mvnd", "target", "all", (2021, 2023), 9600),
        ("budget_central_mvnd", "target", "all", (2021, 2023), 2000),
        ("budget_local_mvnd", "target", "all", (2021, 2023), 7600),
        ("budget_total_mvnd", "target", "all", 2021, 3500),
        ("budget_total_mvnd", "target", "all", 2022, 3100),  # a cell stored as text with a dot
        ("budget_total_mvnd", "target", "all", 2023, 3000),
    }
    assert got == want
    lines = result.budget_lines.set_index("code")
    # the group row's empty central cell keeps its place: its amount is the province's
    assert (lines.loc["II", "central_mvnd"], lines.loc["II", "local_mvnd"]) == (0.0, 3600.0)
    assert bool(lines["reconciled"].all())


def test_an_xlsx_sheet_of_results_under_a_merged_header_gives_baselines_of_each_year(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    ws["A1"] = "Kết quả ứng dụng CNTT tỉnh Bạc Liêu"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện"
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:E2"):
        ws.merge_cells(rng)
    ws["D3"], ws["E3"] = "Năm 2019", "Năm 2020"
    ws.append([1, "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", 0.83, 0.9])
    ws["D4"].number_format = ws["E4"].number_format = "0%"  # stored as shares, shown as percents
    ws.append([2, "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", 21, 64.0])
    wb.save(tmp_path / "bac-lieu-2021-ket-qua.xlsx")
    got = set(_facts(extract_corpus(tmp_path)))
    assert got == {
        ("staff_with_email_pct", "baseline", "all", 2019, 83),
        ("staff_with_email_pct", "baseline", "all", 2020, 90),
        ("online_services_level4_count", "baseline", "all", 2019, 21),
        ("online_services_level4_count", "baseline", "all", 2020, 64),
    }


def test_a_csv_export_with_a_bom_semicolons_and_decimal_commas(tmp_path):
    lines = [
        "Kết quả ứng dụng CNTT tỉnh Hậu Giang (số liệu đến ngày 31/12/2017);;;",
        "Chỉ tiêu;Đơn vị;Năm 2016;Năm 2017",
        "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước;%;45,5;60,25",
        '"Số cán bộ chuyên trách CNTT, cấp huyện";người;11;14',
    ]
    (tmp_path / "hau-giang-2018-chi-tieu.csv").write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))
    result = extract_corpus(tmp_path)
    assert set(result.documents["source_format"]) == {"csv"}
    assert set(_facts(result)) == {
        ("edocument_exchange_pct", "baseline", "all", 2016, 45.5),
        ("edocument_exchange_pct", "baseline", "all", 2017, 60.25),
        ("it_staff_count", "baseline", "district", 2016, 11),
        ("it_staff_count", "baseline", "district", 2017, 14),
    }


def test_a_broken_or_locked_spreadsheet_is_named_and_the_others_still_read(tmp_path):
    _budget_book(tmp_path / "ca-mau-2021-77-kh-ubnd-phu-luc.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = extract_corpus(tmp_path)
    reasons = {p.source_file: p.reason for p in result.problems}
    assert "not a readable .xlsx" in reasons["broken.xlsx"]
    assert "encrypted .xlsx" in reasons["locked.xlsx"]
    assert list(result.documents["source_file"]) == ["ca-mau-2021-77-kh-ubnd-phu-luc.xlsx"]


# --- web pages --------------------------------------------------------------------------------------------------


def _bac_kan_page() -> str:
    cells = "".join(f"<td>{v}</td>" for v in ("1", "Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", "%"))
    page = (
        "<html><head><meta charset='utf-8'><title>Kế hoạch ứng dụng CNTT tỉnh Bắc Kạn 2019-2021</title></head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/vb'>Văn bản</a></div><div class='content'>"
        "<p>ỦY BAN NHÂN DÂN TỈNH BẮC KẠN</p><p>Số: 310/KH-UBND</p><p>Bắc Kạn, ngày 14 tháng 12 năm 2018</p>"
        "<p>KẾ HOẠCH</p><p>Ứng dụng công nghệ thông tin trong cơ quan nhà nước giai đoạn 2019 - 2021</p>"
        "<p>I. MỤC TIÊU</p><p>Các chỉ tiêu cụ thể cần đạt được theo từng năm của giai đoạn được nêu trong bảng "
        "dưới đây, làm căn cứ để các sở, ngành và địa phương xây dựng kế hoạch hằng năm của mình.</p>"
        "<table border='1'><tr><td rowspan='2'>TT</td><td rowspan='2'>Chỉ tiêu</td><td rowspan='2'>ĐVT</td>"
        "<td colspan='3'>Lộ trình</td></tr><tr><td>2019</td><td>2020</td><td>2021</td></tr>"
        f"<tr>{cells}<td>40</td><td>70</td><td>100</td></tr></table>"
        "<p>II. NHIỆM VỤ</p><p>Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan triển khai "
        "các nhiệm vụ của Kế hoạch và định kỳ báo cáo Ủy ban nhân dân tỉnh.</p></div></body></html>"
    )
    return page


_BAC_KAN_FACTS = {
    ("communes_on_specialized_network_pct", "target", "commune", 2019, 40),
    ("communes_on_specialized_network_pct", "target", "commune", 2020, 70),
    ("communes_on_specialized_network_pct", "target", "commune", 2021, 100),
}


def test_a_web_table_whose_header_is_two_rows_gives_each_cell_its_year(tmp_path):
    (tmp_path / "bac-kan-2018-310-kh-ubnd.html").write_text(_bac_kan_page(), encoding="utf-8")
    assert set(_facts(extract_corpus(tmp_path))) == _BAC_KAN_FACTS


def test_a_page_laid_out_with_a_table_keeps_its_tables_of_figures_a_row_per_line(tmp_path):
    menu = "".join(f"<p><a href='/m{i}'>Chuyên mục {i}</a></p>" for i in range(8))
    page = _bac_kan_page().replace("<body>", f"<body><table><tr><td>{menu}</td><td>", 1)
    page = page.replace("</body>", "</td></tr></table></body>", 1)
    (tmp_path / "bac-kan-2018-310-kh-ubnd.html").write_text(page, encoding="utf-8")
    source = read_source(tmp_path / "bac-kan-2018-310-kh-ubnd.html")
    assert "| TT | Chỉ tiêu | ĐVT | 2019 | 2020 | 2021 |" in source.text
    assert set(_facts(extract_corpus(tmp_path))) == _BAC_KAN_FACTS


# --- Word: the section header, footnote markers, empty cells ----------------------------------------------------


def _report_docx(path, rows) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.first_page_header
    head.paragraphs[0].text = "UBND TỈNH ĐIỆN BIÊN"
    head.add_paragraph("Số: 58/BC-UBND")
    head.add_paragraph("Điện Biên, ngày 20 tháng 01 năm 2020")
    section.header.paragraphs[0].text = "Báo cáo kết quả năm 2019"
    for t in ("BÁO CÁO", "Kết quả ứng dụng công nghệ thông tin năm 2019"):
        document.add_paragraph(t)
    p = document.add_paragraph("Năm 2019, toàn tỉnh cung cấp 75 dịch vụ công trực tuyến mức độ 4")
    p.add_run("2").font.superscript = True
    p.add_run("; tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 82%")
    p.add_run("1").font.superscript = True
    p.add_run(".")
    document.add_paragraph("Toàn tỉnh có 40[2] cán bộ chuyên trách công nghệ thông tin.")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for r in rows:
        for cell, v in zip(table.add_row().cells, r, strict=True):
            if v:
                cell.text = v
    document.save(path)


def test_a_word_report_read_with_its_section_header_and_without_its_footnote_markers(tmp_path):
    rows = [["Chỉ tiêu", "Đơn vị", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]]
    rows.append(["Tỷ lệ cán bộ, công chức được trang bị máy tính", "%", "100", "", "88"])
    _report_docx(tmp_path / "dien-bien-2020-58-bc-ubnd.docx", rows)
    source = read_source(tmp_path / "dien-bien-2020-58-bc-ubnd.docx")
    assert source.text.startswith("UBND TỈNH ĐIỆN BIÊN\nSố: 58/BC-UBND\n")
    assert "mức độ 4; tỷ lệ" in source.text and "82%." in source.text
    result = extract_corpus(tmp_path)
    doc = result.documents.iloc[0]
    assert (doc["province"], doc["doc_number"], doc["issued"]) == ("Điện Biên", "58/BC-UBND", "2020-01-20")
    got = set(_facts(result))
    assert ("online_services_level4_count", "baseline", "all", 2019, 75) in got
    assert ("edocument_exchange_pct", "baseline", "all", 2019, 82) in got
    assert ("it_staff_count", "baseline", "all", 2019, 40) in got  # `40[2] cán bộ`: a marker in brackets
    # the empty district cell is not stated: the commune's 88 stays the commune's
    assert {f for f in got if f[0] == "staff_with_computer_pct"} == {
        ("staff_with_computer_pct", "baseline", "province", 2019, 100),
        ("staff_with_computer_pct", "baseline", "commune", 2019, 88),
    }


def test_a_tab_row_with_an_empty_cell_keeps_its_cells_in_their_columns():
    text = (
        "BÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2022\n"
        "Chỉ tiêu\tĐơn vị\tCấp tỉnh\tCấp huyện\tCấp xã\n"
        "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ\t%\t100\t\t76\n"
        "Tỷ lệ cơ quan sử dụng chữ ký số chuyên dùng\t%\t95\t80\t\n"
    )
    got = _text_facts(text, 2022)
    assert got == {
        ("staff_with_email_pct", "baseline", "province", 2022, 100),
        ("staff_with_email_pct", "baseline", "commune", 2022, 76),
        ("agencies_using_digital_signature_pct", "baseline", "province", 2022, 95),
        ("agencies_using_digital_signature_pct", "baseline", "district", 2022, 80),
    }


def test_reports_name_a_spreadsheet_source_in_both_languages():
    import pandas as pd

    from analysis import present

    doc = pd.Series({"doc_type": "plan", "genre": "plan", "truncated": False, "source_format": "xlsx"})
    assert present._doc_kind(doc, "en") == "plan (Excel)"
    assert present._doc_kind(doc, "vi") == "kế hoạch (Excel)"
    assert present._doc_kind(doc.replace("xlsx", "csv"), "vi") == "kế hoạch (bảng CSV)"


def test_an_xls_that_is_an_html_table_is_read_as_the_page_it_is(tmp_path):
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for a, b, c, d in (
            ("Chỉ tiêu", "Đơn vị", "Năm 2020", "Năm 2021"),
            ("Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "120", "180"),
        )
    )
    page = (
        "<html><head><meta charset='utf-8'></head><body><p>Kết quả ứng dụng CNTT tỉnh Lai Châu, số liệu đến ngày "
        f"31/12/2021</p><table border='1'>{rows}</table></body></html>"
    )
    (tmp_path / "lai-chau-2022-xuat-excel.xls").write_text(page, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems and set(result.documents["source_format"]) == {"html"}
    assert set(_facts(result)) == {
        ("online_services_level3_count", "baseline", "all", 2020, 120),
        ("online_services_level3_count", "baseline", "all", 2021, 180),
    }


def test_footnote_markers_printed_as_superscripts_in_a_pdf_are_no_part_of_the_figures(tmp_path):
    weasyprint = pytest.importorskip("weasyprint")
    from make_office_docs import STYLE

    body = (
        "<p>ỦY BAN NHÂN DÂN TỈNH YÊN BÁI</p><p>Số: 12/BC-UBND</p><p>Yên Bái, ngày 10 tháng 01 năm 2020</p>"
        "<p>BÁO CÁO</p><p>Kết quả ứng dụng công nghệ thông tin năm 2019</p>"
        "<p>Năm 2019, toàn tỉnh cung cấp 318<sup>2</sup> dịch vụ công trực tuyến mức độ 3 và 57 dịch vụ công trực "
        "tuyến mức độ 4<sup>3</sup>; tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 86%<sup>1</sup>; "
        "diện tích phòng máy chủ 40 m<sup>2</sup>.</p>"
    )
    html = f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"
    weasyprint.HTML(string=html).write_pdf(tmp_path / "yen-bai-2020-12-bc-ubnd.pdf")
    source = read_source(tmp_path / "yen-bai-2020-12-bc-ubnd.pdf")
    assert "318 dịch vụ" in source.text and "mức độ 4;" in source.text and "đạt 86%;" in source.text
    assert "40 m2." in source.text  # a unit's exponent stays
    got = set(_facts(extract_corpus(tmp_path)))
    assert {
        ("online_services_level3_count", "baseline", "all", 2019, 318),
        ("online_services_level4_count", "baseline", "all", 2019, 57),
        ("edocument_exchange_pct", "baseline", "all", 2019, 86),
    } <= got


def test_a_web_table_of_one_year_with_a_column_of_levels_merged_down(tmp_path):
    def row(*cells, level=None):
        head = f"<td rowspan='2'>{level}</td>" if level else ""
        return "<tr>" + head + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    label = "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước"
    table = (
        "<table><tr><th>Cấp</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Năm 2020</th></tr>"
        + row(label, "%", "92", level="Cấp tỉnh")
        + row("Số cán bộ chuyên trách công nghệ thông tin", "người", "35")
        + row(label, "%", "81", level="Cấp huyện")
        + row("Số cán bộ chuyên trách công nghệ thông tin", "người", "")  # empty: not stated
        + "</table>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Kết quả CNTT năm 2020</title></head><body><article>"
        "<h1>Kết quả ứng dụng CNTT năm 2020 của tỉnh Điện Biên</h1><p>Ngày 5/1/2021, Sở Thông tin và Truyền thông "
        "tỉnh Điện Biên tổng kết công tác năm 2020. Kết quả ứng dụng công nghệ thông tin trong cơ quan nhà nước của "
        f"tỉnh năm 2020 theo từng cấp như sau:</p>{table}<p>Năm 2021, tỉnh tiếp tục đẩy mạnh xây dựng chính quyền "
        "số, nâng cao chất lượng dịch vụ công trực tuyến cho người dân và doanh nghiệp.</p></article></body></html>"
    )
    (tmp_path / "dien-bien-2021-news-ket-qua.html").write_text(page, encoding="utf-8")
    assert set(_facts(extract_corpus(tmp_path))) == {
        ("edocument_exchange_pct", "baseline", "province", 2020, 92),
        ("it_staff_count", "baseline", "province", 2020, 35),
        ("edocument_exchange_pct", "baseline", "district", 2020, 81),
    }


def test_an_xlsx_results_table_with_each_year_over_its_plan_and_result(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Kết quả thực hiện kế hoạch ứng dụng CNTT tỉnh Lào Cai năm 2018 và 2019"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"], ws["F2"] = "TT", "Chỉ tiêu", "ĐVT", "Năm 2018", "Năm 2019"
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"):
        ws.merge_cells(rng)
    ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "KH", "TH", "KH", "TH"
    ws.append([1, "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", 100, 120, 200, 190])
    wb.save(tmp_path / "lao-cai-2020-ket-qua.xlsx")
    assert set(_facts(extract_corpus(tmp_path))) == {
        ("online_services_level3_count", "target", "all", 2018, 100),
        ("online_services_level3_count", "baseline", "all", 2018, 120),
        ("online_services_level3_count", "target", "all", 2019, 200),
        ("online_services_level3_count", "baseline", "all", 2019, 190),
    }


def test_a_web_budget_table_whose_unit_is_its_caption(tmp_path):
    page = (
        "<html><head><meta charset='utf-8'><title>Kế hoạch CNTT năm 2021</title></head><body><article>"
        "<h1>Hòa Bình ban hành Kế hoạch ứng dụng CNTT năm 2021</h1><p>Ngày 20/1/2021, UBND tỉnh Hòa Bình ban hành "
        "Kế hoạch số 15/KH-UBND về ứng dụng công nghệ thông tin, phát triển chính quyền số năm 2021, với nhiều "
        "nhiệm vụ về hạ tầng, phần mềm dùng chung và nhân lực.</p><p>Kinh phí thực hiện Kế hoạch như sau:</p>"
        "<table><caption>Đơn vị tính: triệu đồng</caption><tr><th>TT</th><th>Nội dung</th><th>Kinh phí</th></tr>"
        "<tr><td>1</td><td>Nâng cấp hạ tầng</td><td>4.500</td></tr><tr><td>2</td><td>Phần mềm dùng chung</td>"
        "<td>3.200</td></tr><tr><td></td><td>Tổng cộng</td><td>7.700</td></tr></table><p>Sở Thông tin và Truyền "
        "thông chủ trì theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch.</p></article></body></html>"
    )
    (tmp_path / "hoa-binh-2021-news-ke-hoach.html").write_text(page, encoding="utf-8")
    source = read_source(tmp_path / "hoa-binh-2021-news-ke-hoach.html")
    assert "Đơn vị tính: triệu đồng\n| TT | Nội dung | Kinh phí |\n" in source.text
    assert ("budget_total_mvnd", "target", "all", 2021, 7700) in set(_facts(extract_corpus(tmp_path)))


def test_a_web_budget_appendix_gives_budget_lines_with_its_empty_cells_in_place(tmp_path):
    rows = [
        ("STT", "Nội dung", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"),
        ("1", "Mở rộng mạng truyền số liệu chuyên dùng", "7.000", "4.000", "3.000"),
        ("2", "Trang bị máy tính cho cấp xã", "2.600", "", "2.600"),
        ("", "Tổng cộng", "9.600", "4.000", "5.600"),
    ]
    table = (
        "<table border='1'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Kế hoạch 41/KH-UBND tỉnh Tây Ninh</title></head><body>"
        "<p>ỦY BAN NHÂN DÂN TỈNH TÂY NINH</p><p>Số: 41/KH-UBND</p><p>Tây Ninh, ngày 09 tháng 01 năm 2019</p>"
        "<p>KẾ HOẠCH</p><p>Ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2019</p>"
        "<p>Kinh phí thực hiện chi tiết tại Phụ lục kèm theo Kế hoạch này.</p>"
        "<p>PHỤ LỤC: KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2019</p><p>Đơn vị tính: triệu đồng</p>"
        f"{table}</body></html>"
    )
    (tmp_path / "tay-ninh-2019-41-kh-ubnd.html").write_text(page, encoding="utf-8")
    result = extract_corpus(tmp_path)
    lines = result.budget_lines.set_index("code")
    assert list(lines.index) == ["1", "2", "total"]
    assert (lines.loc["2", "central_mvnd"], lines.loc["2", "local_mvnd"]) == (0.0, 2600.0)
    assert (lines.loc["total", "central_mvnd"], lines.loc["total", "local_mvnd"]) == (4000.0, 5600.0)
    assert bool(lines["reconciled"].all())
