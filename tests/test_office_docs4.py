"""Spreadsheets in the older and the open formats: Excel 97-2003 `.xls` (xlrd), what many provincial portals still
publish their appendices as, and OpenDocument `.ods` (odfpy), what LibreOffice saves. Each is read as an `.xlsx` is:
a visible sheet a block, merged header cells kept, a cell as the sheet shows it.

Every workbook here is built in the test (xlwt writes real BIFF8 .xls files; odfpy writes .ods), in our own words
with fictional figures.
"""

from __future__ import annotations

import datetime

import pytest
from test_office_docs import _facts

from analysis.corpus import read_source
from analysis.extract import extract_corpus

# --- .xls --------------------------------------------------------------------------------------------------------


def _results_xls(path) -> None:
    """A sheet of results under a two-row merged header, percents stored as shares, and a hidden working sheet."""
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Kết quả")
    ws.write_merge(0, 0, 0, 4, "Kết quả ứng dụng CNTT tỉnh Sóc Trăng")
    ws.write_merge(1, 2, 0, 0, "STT")
    ws.write_merge(1, 2, 1, 1, "Chỉ tiêu")
    ws.write_merge(1, 2, 2, 2, "ĐVT")
    ws.write_merge(1, 1, 3, 4, "Kết quả thực hiện")
    ws.write(2, 3, "Năm 2019")
    ws.write(2, 4, "Năm 2020")
    percent = xlwt.easyxf(num_format_str="0%")
    ws.write(3, 0, 1)
    ws.write(3, 1, "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ")
    ws.write(3, 2, "%")
    ws.write(3, 3, 0.78, percent)
    ws.write(3, 4, 0.92, percent)
    ws.write(4, 0, 2)
    ws.write(4, 1, "Số dịch vụ công trực tuyến mức độ 4")
    ws.write(4, 2, "dịch vụ")
    ws.write(4, 3, 17)
    ws.write(4, 4, 55.0)
    ws.write(5, 1, "Số liệu tổng hợp đến ngày")
    ws.write(5, 3, datetime.date(2020, 12, 31), xlwt.easyxf(num_format_str="dd/mm/yyyy"))
    hidden = wb.add_sheet("Nhap")  # a working sheet the author hid: a reader never sees it, nor does ictplans
    hidden.write(0, 0, "Số dịch vụ công trực tuyến mức độ 3")
    hidden.write(0, 1, 999)
    hidden.visibility = 1
    wb.save(str(path))


def test_an_xls_sheet_of_results_under_a_merged_header_gives_baselines_of_each_year(tmp_path):
    _results_xls(tmp_path / "soc-trang-2021-ket-qua.xls")
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert list(result.documents["source_format"]) == ["xls"]
    assert set(_facts(result)) == {
        ("staff_with_email_pct", "baseline", "all", 2019, 78),
        ("staff_with_email_pct", "baseline", "all", 2020, 92),
        ("online_services_level4_count", "baseline", "all", 2019, 17),
        ("online_services_level4_count", "baseline", "all", 2020, 55),
    }


def test_an_xls_cell_reads_as_the_sheet_shows_it(tmp_path):
    path = tmp_path / "soc-trang-2021-ket-qua.xls"
    _results_xls(path)
    text = read_source(path).text
    assert "Năm 2019\tKết quả thực hiện Năm 2020" in text or "Kết quả thực hiện Năm 2019" in text  # header joined
    assert "78%\t92%" in text  # a percent cell as a percent, not 0.78
    assert "31/12/2020" in text  # a date as a date, not Excel's day number 44196
    assert "\t17\t55" in text  # whole numbers without `.0`
    assert "999" not in text and "Nhap" not in text  # the hidden sheet is left out


def test_an_xls_budget_appendix_is_part_of_the_plan_it_is_annexed_to(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("PL kinh phí")
    ws.write_merge(0, 0, 0, 4, "Phụ lục: Kinh phí thực hiện Kế hoạch ứng dụng CNTT tỉnh Hà Giang năm 2020")
    ws.write_merge(1, 1, 0, 4, "(Kèm theo Kế hoạch số 31/KH-UBND ngày 14/02/2020 của UBND tỉnh Hà Giang)")
    ws.write(2, 4, "ĐVT: triệu đồng")
    for col, head in enumerate(("TT", "Nội dung", "Tổng kinh phí", "NS trung ương", "NS tỉnh")):
        ws.write(3, col, head)
    for r, row in enumerate(
        (
            ("1", "Hạ tầng kỹ thuật", 2400, 1000, 1400),
            ("2", "Phần mềm", 1600, None, 1600),
            ("", "Tổng cộng", 4000, 1000, 3000),
        ),
        start=4,
    ):
        for col, value in enumerate(row):
            if value is not None:
                ws.write(r, col, value)
    wb.save(str(tmp_path / "ha-giang-2020-31-kh-ubnd-phu-luc.xls"))
    result = extract_corpus(tmp_path)
    doc = result.documents.iloc[0]
    assert (doc["province"], doc["doc_type"], doc["doc_number"], doc["issued"]) == (
        "Hà Giang",
        "plan",
        "31/KH-UBND",
        "2020-02-14",
    )
    assert {
        ("budget_total_mvnd", "target", "all", 2020, 4000),
        ("budget_central_mvnd", "target", "all", 2020, 1000),
        ("budget_local_mvnd", "target", "all", 2020, 3000),
    } <= set(_facts(result))
    assert bool(result.budget_lines["reconciled"].all()) and len(result.budget_lines) >= 2


# --- .ods --------------------------------------------------------------------------------------------------------


def _ods(path, hide_second: bool = True) -> None:
    """A LibreOffice sheet: a header cell spanning two year columns, percents as percentage cells, the empty rows
    and columns LibreOffice repeats to the sheet's end, and a second sheet hidden."""
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    hidden_style = Style(name="ta_hidden", family="table")
    hidden_style.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden_style)

    def text_cell(text: str, **kw) -> TableCell:
        cell = TableCell(valuetype="string", **kw)
        cell.addElement(P(text=text))
        return cell

    def number_cell(value: float, kind: str = "float") -> TableCell:
        shown = f"{value * 100:g}%" if kind == "percentage" else f"{value:g}"
        cell = TableCell(valuetype=kind, value=value)
        cell.addElement(P(text=shown))
        return cell

    sheet = Table(name="Chỉ tiêu")
    rows = [
        [text_cell("Chỉ tiêu ứng dụng CNTT tỉnh Tây Ninh")],
        [text_cell("Chỉ tiêu"), text_cell("Kết quả", numbercolumnsspanned=2), CoveredTableCell()],
        [TableCell(), text_cell("Năm 2021"), text_cell("Năm 2022")],
        [text_cell("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước"), number_cell(0.655, "percentage"),
         number_cell(0.8, "percentage")],
        [text_cell("Số cán bộ chuyên trách CNTT cấp huyện"), number_cell(12), number_cell(15)],
    ]  # fmt: skip
    for cells in rows:
        row = TableRow()
        for cell in cells:
            row.addElement(cell)
        row.addElement(TableCell(numbercolumnsrepeated=16379))  # the empty rest of the row, as LibreOffice saves it
        sheet.addElement(row)
    filler = TableRow(numberrowsrepeated=1048571)  # the empty rest of the sheet
    filler.addElement(TableCell(numbercolumnsrepeated=16384))
    sheet.addElement(filler)
    doc.spreadsheet.addElement(sheet)
    other = Table(name="Nháp", stylename=hidden_style if hide_second else None)
    row = TableRow()
    row.addElement(text_cell("Số dịch vụ công trực tuyến mức độ 3"))
    row.addElement(number_cell(999))
    other.addElement(row)
    doc.spreadsheet.addElement(other)
    doc.save(str(path))


def test_an_ods_sheet_gives_its_facts_and_leaves_the_hidden_sheet_out(tmp_path):
    _ods(tmp_path / "tay-ninh-2023-chi-tieu.ods")
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert list(result.documents["source_format"]) == ["ods"]
    assert set(_facts(result)) == {
        ("edocument_exchange_pct", "baseline", "all", 2021, 65.5),
        ("edocument_exchange_pct", "baseline", "all", 2022, 80),
        ("it_staff_count", "baseline", "district", 2021, 12),
        ("it_staff_count", "baseline", "district", 2022, 15),
    }


def test_an_ods_is_read_whole_without_its_million_repeated_empty_rows(tmp_path):
    path = tmp_path / "tay-ninh-2023-chi-tieu.ods"
    _ods(path, hide_second=False)
    text = read_source(path).text
    assert "65,5%\t80%" in text  # percentage cells as percents, a decimal comma
    assert "Kết quả Năm 2021" in text  # the spanning header over each year
    assert "Nháp" in text and "999" in text  # a visible second sheet is its own block
    assert len(text) < 2000  # no line per repeated empty row or column


# --- what cannot be read is named ------------------------------------------------------------------------------


def test_broken_old_or_open_spreadsheets_are_named_and_the_others_still_read(tmp_path):
    _results_xls(tmp_path / "soc-trang-2021-ket-qua.xls")
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (tmp_path / "notes.xls").write_bytes(b"Just some words, not a workbook at all.\n")
    (tmp_path / "calc.ods").write_bytes(b"PK\x03\x04 an OpenDocument sheet")
    result = extract_corpus(tmp_path)
    reasons = {p.source_file: p.reason for p in result.problems}
    assert "not a readable .xls" in reasons["broken.xls"]
    assert "not a readable .xls" in reasons["notes.xls"]
    assert "not a readable .ods" in reasons["calc.ods"]
    assert list(result.documents["source_file"]) == ["soc-trang-2021-ket-qua.xls"]


def test_an_xlsx_saved_under_the_old_name_is_read_as_what_it_is(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kết quả ứng dụng CNTT tỉnh Sóc Trăng năm 2020"])
    ws.append(["Chỉ tiêu", "ĐVT", "Năm 2020"])
    ws.append(["Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", 55])
    wb.save(tmp_path / "soc-trang-2020.xls")
    result = extract_corpus(tmp_path)
    assert not result.problems
    assert ("online_services_level4_count", "baseline", "all", 2020, 55) in set(_facts(result))


# --- a sheet of one year's figures: two columns ----------------------------------------------------------------


@pytest.mark.parametrize("head", ["Năm 2020", "Kết quả năm 2020"])
def test_a_two_column_sheet_of_one_years_figures_gives_that_years_baselines(tmp_path, head):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kết quả ứng dụng CNTT tỉnh Sóc Trăng"])
    ws.append(["Chỉ tiêu", head])
    ws.append(["Số dịch vụ công trực tuyến mức độ 4", 55])
    ws.append(["Tỷ lệ văn bản trao đổi dưới dạng điện tử", "81%"])
    wb.save(tmp_path / "soc-trang-2021-so-lieu.xlsx")
    assert set(_facts(extract_corpus(tmp_path))) == {
        ("online_services_level4_count", "baseline", "all", 2020, 55),
        ("edocument_exchange_pct", "baseline", "all", 2020, 81),
    }
