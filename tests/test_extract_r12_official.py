"""Official texts as legal-document sites show them (issue #11, round 14): headers of central bodies, document
numbers with a year part, and issue dates when the place-date line is damaged.

Every text here was written for this file, in our own words after the kinds of wording real pages showed (listed
in docs/phrasing.md section 8); what each should give was decided before the extractor was run on it.
"""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import SourceText
from analysis.extract.metadata import extract_metadata

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def meta(text: str):
    return extract_metadata(SourceText("t.txt", Path("t.txt"), text, "0" * 64, "utf-8"))


# --- a central body's text: signed in Hà Nội, about no province ---------------------------------------------


def test_a_ministry_report_signed_in_hanoi_is_about_no_province():
    text = (
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n-------\n" + MOTTO + "Số: 512/BC-BTTTT\nHà Nội, ngày 04 tháng 3 năm 2019\n"
        "BÁO CÁO\nTÌNH HÌNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN CỦA CÁC ĐỊA PHƯƠNG NĂM 2018\n"
        "Có 61/63 tỉnh, thành phố đã ban hành kế hoạch ứng dụng công nghệ thông tin năm 2018.\n"
    )
    assert meta(text).province is None


def test_a_prime_minister_decision_is_about_no_province_even_when_it_names_provincial_committees():
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 77/QĐ-TTg\nHà Nội, ngày 11 tháng 2 năm 2012\nQUYẾT ĐỊNH\n"
        "Phê duyệt Chương trình ứng dụng công nghệ thông tin giai đoạn 2012 - 2015\n"
        "- Tỷ lệ văn bản trao đổi dưới dạng điện tử tại Ủy ban nhân dân tỉnh đạt 50%.\n"
    )
    assert meta(text).province is None


def test_a_ministry_decision_whose_title_names_a_province_keeps_it():
    text = (
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n" + MOTTO + "Số: 90/QĐ-BTTTT\nHà Nội, ngày 15 tháng 5 năm 2014\n"
        "QUYẾT ĐỊNH\nVề việc hỗ trợ tỉnh Điện Biên triển khai hệ thống thư điện tử công vụ\n"
        "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\n"
    )
    assert meta(text).province == "Điện Biên"


def test_a_provincial_plan_signed_in_its_own_capital_keeps_its_province():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + MOTTO + "Số: 301/KH-UBND\nĐông Hà, ngày 02 tháng 11 năm 2016\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2017\n"
    )
    assert meta(text).province == "Quảng Trị"


# --- a document number with a year part (`14/2011/QĐ-UBND`) ---------------------------------------------------


def test_a_decision_numbered_with_its_year_is_a_decision():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n" + MOTTO + "Số: 27/2012/QĐ-UBND\nNinh Thuận, ngày 09 tháng 4 năm 2012\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2012 - 2015\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n"
    )
    m = meta(text)
    assert (m.doc_type, m.doc_number, m.genre) == ("decision", "27/2012/QĐ-UBND", "decision")


def test_a_plan_numbered_without_a_year_part_stays_a_plan():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n" + MOTTO + "Số: 88/KH-UBND\nNinh Thuận, ngày 09 tháng 4 năm 2012\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin năm 2012\n"
    )
    assert (meta(text).doc_type, meta(text).doc_number) == ("plan", "88/KH-UBND")


# --- the issue date: a `Căn cứ` line's date is another document's ----------------------------------------------


def test_a_damaged_place_date_line_does_not_take_a_legal_basis_date():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + MOTTO + "Số: 45/KH-UBND\nSơn La, ngày tháng năm 2015\nKẾ HOẠCH\n"
        "Căn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;\n"
        "Căn Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007;\n"
    )
    assert meta(text).issued is None


def test_a_whole_place_date_line_gives_the_issue_date():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + MOTTO + "Số: 45/KH-UBND\nSơn La, ngày 03 tháng 8 năm 2015\nKẾ HOẠCH\n"
        "Căn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;\n"
    )
    assert str(meta(text).issued) == "2015-08-03"
