"""The `dev_office4` development set: layouts the first three office rounds did not make — a PDF table whose year
headers are printed vertically (rotated), a PDF table whose first column holds the level merged down over its
indicators' rows with a footnote that dates one figure, a Word plan whose goals are numbered Word list paragraphs
(the numbers are Word's, not in the text) with the values in a tab-aligned second column, a PDF page with two
tables side by side, a PDF budget appendix with the columns `Tổng số | Ngân sách TW | Ngân sách tỉnh | Nguồn khác`
and sub-totals by group, and a Word report whose figures stand in text boxes (`w:txbxContent`, written twice as Word
does: the DrawingML box and its VML fallback).

Written for issue #11 (round 22) in our own words with fictional figures. Deterministic: run
`python tests/make_office_docs4.py` to write the documents into tests/fixtures/dev_office4_plans/ (PDF by WeasyPrint,
.docx by python-docx); the generated files are committed, so the tests never depend on the fonts of the machine;
the expected facts in its expected/ folder were written by reading these documents.
"""

from __future__ import annotations

import html
from pathlib import Path

from make_office_docs import _docx_head, _grid, _head, _paras, _pdf, _sign
from make_office_docs2 import _save_docx

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_office4_plans"

ROT = (
    "<style>th.v { height: 2.6cm; width: 1.1cm; padding: 0 }"
    " th.v span { display: inline-block; transform: rotate(-90deg); white-space: nowrap }</style>"
)


def _e(s: str) -> str:
    return html.escape(s)


# --- 1. A plan whose table has its year headers printed vertically (PDF) ----------------------------------------

BAC_KAN = "bac-kan-2018-214-kh-ubnd"


def bac_kan(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"],
        "Số: 214/KH-UBND",
        "Bắc Kạn, ngày 26 tháng 4 năm 2018",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", "giai đoạn 2018 - 2020"],
    )
    intro = _paras(
        """
I. MỤC TIÊU
Xây dựng nền hành chính điện tử phục vụ người dân và doanh nghiệp; mỗi năm nâng dần mức độ sử dụng các hệ thống dùng chung của tỉnh.
Lộ trình các chỉ tiêu cụ thể qua từng năm như sau:
"""
    )
    years = ["Năm 2018", "Năm 2019", "Năm 2020"]
    th = "<th>TT</th><th>Chỉ tiêu</th>" + "".join(f"<th class='v'><span>{_e(y)}</span></th>" for y in years)
    rows = [
        ["1", "Tỷ lệ cán bộ, công chức cấp tỉnh sử dụng thư điện tử công vụ trong công việc (%)", "75", "85", "95"],
        ["2", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (%)", "50", "65", "80"],
        ["3", "Số dịch vụ công trực tuyến mức độ 3 (dịch vụ)", "90", "140", "200"],
        ["4", "Số dịch vụ công trực tuyến mức độ 4 (dịch vụ)", "10", "25", "40"],
    ]
    body = "".join(
        "<tr>" + "".join(f"<td{' class=l' if i == 1 else ''}>{_e(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    table = ROT + f"<table class='grid'><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"
    rest = _paras(
        """
II. NHIỆM VỤ
Duy trì hệ thống thư điện tử công vụ; triển khai phần mềm quản lý văn bản đến cấp xã; xây dựng Cổng dịch vụ công của tỉnh.
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông hướng dẫn, đôn đốc các cơ quan thực hiện và báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lý Thái Hải"],
    )
    _pdf(head + intro + table + rest + sign, "Kế hoạch số 214/KH-UBND ngày 26/4/2018", path)


# --- 2. A report whose table's first column holds the level merged down; a footnote dates a figure (PDF) ------

LAI_CHAU = "lai-chau-2021-37-bc-ubnd"


def lai_chau(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
        "Số: 37/BC-UBND",
        "Lai Châu, ngày 22 tháng 01 năm 2021",
        ["BÁO CÁO", "Tình hình ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2020"],
    )
    intro = (
        _paras(
            """
I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng và ứng dụng nội bộ
Kết quả một số chỉ tiêu chia theo cấp hành chính được tổng hợp như sau:
"""
        )
        + "<table class='grid'><thead><tr><th>Cấp</th><th>Chỉ tiêu</th><th>Kết quả năm 2020 (%)</th></tr></thead>"
        "<tbody>"
        "<tr><td rowspan='2'>Cấp tỉnh</td><td class='l'>Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ</td>"
        "<td>100</td></tr>"
        "<tr><td class='l'>Tỷ lệ cán bộ, công chức được trang bị máy tính</td><td>100</td></tr>"
        "<tr><td rowspan='2'>Cấp huyện</td><td class='l'>Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ</td>"
        "<td>94</td></tr>"
        "<tr><td class='l'>Tỷ lệ cán bộ, công chức được trang bị máy tính</td><td>97</td></tr>"
        "<tr><td rowspan='2'>Cấp xã</td><td class='l'>Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ</td>"
        "<td>71</td></tr>"
        "<tr><td class='l'>Tỷ lệ cán bộ, công chức được trang bị máy tính</td><td>83</td></tr>"
        "</tbody></table>"
    )
    fn = (
        "<p>2. Dịch vụ công trực tuyến</p>"
        "<p>Cổng dịch vụ công của tỉnh đang cung cấp 318 dịch vụ công trực tuyến mức độ 3 và 104 dịch vụ công trực"
        " tuyến mức độ 4. Toàn tỉnh có 41 cán bộ chuyên trách công nghệ thông tin"
        "<span class='fn'>Số liệu tổng hợp đến ngày 31/12/2019; năm 2020 chưa tổng hợp lại.</span>"
        " tại các sở, ban, ngành và Ủy ban nhân dân cấp huyện.</p>"
    )
    rest = _paras(
        """
II. TỒN TẠI, HẠN CHẾ
Hạ tầng mạng ở các xã vùng cao chưa ổn định; nhân lực công nghệ thông tin cấp xã còn thiếu.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Tống Thanh Hải"],
    )
    _pdf(head + intro + fn + rest + sign, "Báo cáo số 37/BC-UBND ngày 22/01/2021", path)


# --- 3. A Word plan: goals as numbered Word list paragraphs, values in a tab-aligned second column --------------

LONG_AN = "long-an-2021-118-kh-ubnd"


def long_an(path: Path) -> None:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    document = docx.Document()
    _docx_head(document, ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"], "Số: 118/KH-UBND", "Long An, ngày 14 tháng 01 năm 2021")
    for t in (
        "KẾ HOẠCH",
        "Ứng dụng công nghệ thông tin, phát triển chính quyền số tỉnh Long An năm 2021",
        "I. MỤC TIÊU",
        "Phấn đấu đến hết năm 2021, các cơ quan nhà nước của tỉnh đạt các chỉ tiêu sau:",
    ):
        document.add_paragraph(t)
    goals = [
        ("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (trừ văn bản mật)", "95%"),
        ("Tỷ lệ cơ quan nhà nước sử dụng chữ ký số chuyên dùng", "100%"),
        ("Dịch vụ công trực tuyến mức độ 4 được cung cấp trên Cổng dịch vụ công", "450 dịch vụ"),
        ("Tỷ lệ Ủy ban nhân dân cấp xã kết nối mạng truyền số liệu chuyên dùng", "100%"),
        ("Cán bộ chuyên trách công nghệ thông tin tại các sở, ngành, huyện", "55 người"),
    ]
    for label, value in goals:
        p = document.add_paragraph(style="List Number")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(label + "\t" + value)
    for t in (
        "II. NHIỆM VỤ",
        "Hoàn thiện Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử của tỉnh; nâng cấp trung tâm dữ liệu.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2021 là 24.300 triệu đồng.",
    ):
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ TT&TT;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn Út"
    _save_docx(document, path)


# --- 4. A plan with two tables side by side on one page (PDF) ---------------------------------------------------

SOC_TRANG = "soc-trang-2019-56-kh-ubnd"


def _small(title: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td class='l'>{_e(a)}</td><td>{_e(b)}</td></tr>" for a, b in rows)
    return (
        f"<table class='grid' style='font-size:10.5pt'><thead><tr><th colspan='2'>{_e(title)}</th></tr>"
        f"<tr><th>Chỉ tiêu</th><th>Tỷ lệ</th></tr></thead><tbody>{body}</tbody></table>"
    )


def soc_trang(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"],
        "Số: 56/KH-UBND",
        "Sóc Trăng, ngày 05 tháng 4 năm 2019",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong cơ quan nhà nước tỉnh Sóc Trăng", "năm 2019 - 2020"],
    )
    intro = _paras(
        """
I. HIỆN TRẠNG VÀ MỤC TIÊU
Bảng bên trái nêu kết quả đạt được đến cuối năm 2018; bảng bên phải nêu mục tiêu phấn đấu đến năm 2020.
"""
    )
    left = _small(
        "Kết quả đến cuối năm 2018",
        [
            ("Văn bản điện tử trao đổi giữa các cơ quan", "62%"),
            ("Cán bộ được cấp hộp thư công vụ", "88%"),
            ("Cơ quan dùng chữ ký số", "70%"),
        ],
    )
    right = _small(
        "Mục tiêu đến năm 2020",
        [
            ("Văn bản điện tử trao đổi giữa các cơ quan", "90%"),
            ("Cán bộ được cấp hộp thư công vụ", "100%"),
            ("Cơ quan dùng chữ ký số", "100%"),
        ],
    )
    pair = (
        "<table style='width:100%;border-collapse:collapse'><tr>"
        f"<td style='width:49%;vertical-align:top;padding:0 6pt 0 0'>{left}</td>"
        f"<td style='width:49%;vertical-align:top;padding:0 0 0 6pt'>{right}</td></tr></table>"
    )
    rest = _paras(
        """
II. NHIỆM VỤ VÀ GIẢI PHÁP
Mở rộng phần mềm quản lý văn bản đến toàn bộ Ủy ban nhân dân cấp xã; cấp chứng thư số cho lãnh đạo các cơ quan còn lại.
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2019 - 2020 là 15.800 triệu đồng từ ngân sách tỉnh.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Hiểu"],
    )
    _pdf(head + intro + pair + rest + sign, "Kế hoạch số 56/KH-UBND ngày 05/4/2019", path)


# --- 5. A budget appendix with a column per source and sub-totals by group (PDF) -------------------------------

HA_GIANG = "ha-giang-2021-95-kh-ubnd-phu-luc"


def ha_giang(path: Path) -> None:
    head = (
        "".join(
            f"<p class='h'>{_e(t)}</p>"
            for t in (
                "PHỤ LỤC",
                "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH HÀ GIANG GIAI ĐOẠN 2021 - 2025",
            )
        )
        + "<p class='c'>(Kèm theo Kế hoạch số 95/KH-UBND ngày 19/4/2021 của UBND tỉnh Hà Giang)</p>"
    )
    head += "<p class='c' style='text-align:right'>Đơn vị tính: triệu đồng</p>"
    table = _grid(
        [["STT", "Nội dung", "Tổng số", "Ngân sách TW", "Ngân sách tỉnh", "Nguồn khác"]],
        [
            ["I", "Hạ tầng số", "38.000", "20.000", "12.000", "6.000"],
            ["1", "Nâng cấp trung tâm dữ liệu của tỉnh", "22.000", "14.000", "8.000", ""],
            ["2", "Mở rộng mạng truyền số liệu chuyên dùng đến cấp xã", "16.000", "6.000", "4.000", "6.000"],
            ["II", "Nền tảng và ứng dụng", "27.500", "9.000", "15.500", "3.000"],
            ["1", "Cổng dịch vụ công và hệ thống một cửa điện tử", "12.500", "5.000", "7.500", ""],
            ["2", "Nền tảng tích hợp, chia sẻ dữ liệu", "9.000", "4.000", "5.000", ""],
            ["3", "Cơ sở dữ liệu chuyên ngành", "6.000", "", "3.000", "3.000"],
            ["III", "Nhân lực và an toàn thông tin", "8.500", "", "8.500", ""],
            ["1", "Đào tạo, bồi dưỡng kỹ năng số", "3.500", "", "3.500", ""],
            ["2", "Giám sát, bảo đảm an toàn thông tin", "5.000", "", "5.000", ""],
            ["", "Tổng cộng", "74.000", "29.000", "36.000", "9.000"],
        ],
        groups=(0, 3, 7, 10),
    )
    _pdf(
        "<div class='land'>" + head + table + "</div>",
        "Phụ lục Kế hoạch số 95/KH-UBND ngày 19/4/2021",
        path,
    )


# --- 6. A Word report whose figures stand in text boxes (DrawingML box and its VML fallback) -------------------

QUANG_TRI = "quang-tri-2021-12-bc-stttt"

_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0"'
    ' distR="0"><wp:extent cx="1800000" cy="900000"/><wp:docPr id="{n}" name="Text Box {n}"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
    "<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
    "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:shape id="box{n}" style="width:142pt;height:71pt"><v:textbox>'
    "<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def _box(paragraph, n: int, lines: list[str]) -> None:
    from docx.oxml import parse_xml

    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_e(t)}</w:t></w:r></w:p>' for t in lines)
    paragraph._p.append(parse_xml(_BOX.replace("{n}", str(n)).replace("{paras}", paras)))


def quang_tri(path: Path) -> None:
    import docx

    document = docx.Document()
    _docx_head(
        document,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        "Số: 12/BC-STTTT",
        "Quảng Trị, ngày 08 tháng 01 năm 2021",
    )
    for t in (
        "BÁO CÁO",
        "Kết quả ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử tỉnh Quảng Trị năm 2020",
        "I. KẾT QUẢ NỔI BẬT NĂM 2020",
        "Một số kết quả nổi bật của năm 2020 được tóm tắt trong các ô dưới đây:",
    ):
        document.add_paragraph(t)
    boxes = [
        ["Văn bản điện tử trao đổi giữa các cơ quan nhà nước", "89%"],
        ["Dịch vụ công trực tuyến mức độ 3", "562 dịch vụ"],
        ["Dịch vụ công trực tuyến mức độ 4", "227 dịch vụ"],
    ]
    p = document.add_paragraph()
    for n, lines in enumerate(boxes, start=1):
        _box(p, n, lines)
    for t in (
        "II. ĐÁNH GIÁ CHUNG",
        "Các hệ thống dùng chung của tỉnh hoạt động ổn định; tỷ lệ hồ sơ nộp trực tuyến còn thấp so với số dịch vụ đã cung cấp.",
        "III. PHƯƠNG HƯỚNG NĂM 2021",
        "Năm 2021, phấn đấu tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 95%.",
    ):
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh;\n- Bộ TT&TT;\n- Lưu: VT."
    sign.cell(0, 1).text = "GIÁM ĐỐC\n\n\nHoàng Nam"
    _save_docx(document, path)


DOCUMENTS = {
    f"{BAC_KAN}.pdf": bac_kan,
    f"{LAI_CHAU}.pdf": lai_chau,
    f"{LONG_AN}.docx": long_an,
    f"{SOC_TRANG}.pdf": soc_trang,
    f"{HA_GIANG}.pdf": ha_giang,
    f"{QUANG_TRI}.docx": quang_tri,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
