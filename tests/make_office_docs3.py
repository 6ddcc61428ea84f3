"""The `dev_office3` development set: tables as researchers download them, third round — saved web pages and
spreadsheets. A portal's news page with a results <table> (menus, a sidebar of headlines, a footer around it), a
legal-document site's HTML export of a plan (its header laid out in a <table>, a targets table with a merged header
cell, a budget appendix with source columns), an .xlsx budget appendix (merged title cells, Roman group rows, numbers
stored as numbers and one as text with dots), an .xlsx indicator table (two sheets, a header over two rows), a .docx
report whose number and date are in the Word section header (footnote markers glued to numbers, a table with empty
cells), and a .csv export (UTF-8 with BOM, `;` separators, decimal commas).

Written for issue #11 (round 20) in our own words with fictional figures. Deterministic: run
`python tests/make_office_docs3.py` to write the documents into tests/fixtures/dev_office3_plans/; the expected facts
in its expected/ folder were written by reading these documents, before the extractor ran on them.
"""

from __future__ import annotations

import datetime
import html
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_office3_plans"


def _esc(t: str) -> str:
    return html.escape(t, quote=False)


def _rezip(data: bytes) -> bytes:
    """An Office file's zip with every member's time fixed: the same bytes every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0)), src.read(item.filename),
                         zipfile.ZIP_DEFLATED)  # fmt: skip
    return out.getvalue()


# --- 1. A portal's news page with a results table (.html) ------------------------------------------------------

YEN_BAI = "yen-bai-2019-news-ket-qua-cntt"

_PORTAL_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Dịch vụ công", "Liên hệ"]
_SIDEBAR = [
    "Lào Cai: 100% xã có điểm cầu truyền hình trực tuyến",
    "Hội nghị giao ban báo chí tháng 12",
    "Khai mạc Hội chợ nông sản vùng cao năm 2018",
    "Điện Biên đưa 150 dịch vụ công lên mức độ 3",
]


def yen_bai(path: Path) -> None:
    rows = [
        ("Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "55", "68", "81"),
        ("Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "64", "112", "187"),
        ("Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "5", "14", "32"),
        ("Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "82", "90", "96"),
        ("Số cán bộ chuyên trách công nghệ thông tin", "người", "38", "45", "51"),
    ]
    head = "<tr><th>Chỉ tiêu</th><th>Đơn vị</th><th>Năm 2016</th><th>Năm 2017</th><th>Năm 2018</th></tr>"
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    menu = "".join(f"<li><a href='/m{i}'>{_esc(m)}</a></li>" for i, m in enumerate(_PORTAL_MENU))
    side = "".join(f"<li><a href='/tin/{i}'>{_esc(h)}</a></li>" for i, h in enumerate(_SIDEBAR))
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Yên Bái: ba năm đẩy mạnh ứng dụng công nghệ thông tin - Cổng thông tin điện tử tỉnh Yên Bái</title>
<meta property="article:published_time" content="2019-01-16T08:30:00+07:00">
<style>body{{font-family:Arial}} .menu li{{display:inline}}</style>
<script>var visits = 1024;</script>
</head><body>
<div id="banner"><a href="/"><img src="/logo.png" alt="logo"></a> CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI</div>
<ul class="menu">{menu}</ul>
<div id="main">
<div id="content"><article>
<h1>Yên Bái: ba năm đẩy mạnh ứng dụng công nghệ thông tin</h1>
<p class="date">16/01/2019 08:30</p>
<p><b>Ngày 15/1, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2018. Trong ba năm 2016 - 2018,
việc ứng dụng công nghệ thông tin trong các cơ quan nhà nước của tỉnh có nhiều chuyển biến rõ nét.</b></p>
<p>Hệ thống quản lý văn bản và điều hành được dùng thống nhất từ cấp tỉnh đến cấp xã, giúp giảm đáng kể văn bản
giấy. Cổng dịch vụ công của tỉnh tiếp nhận ngày càng nhiều hồ sơ trực tuyến của người dân và doanh nghiệp.</p>
<p>Một số chỉ tiêu chủ yếu qua các năm như sau:</p>
<table border="1" cellpadding="4"><thead>{head}</thead><tbody>{body}</tbody></table>
<p><i>(Nguồn: Sở Thông tin và Truyền thông)</i></p>
<p>Phát biểu tại hội nghị, lãnh đạo Sở cho biết năm 2019 tỉnh phấn đấu 100% văn bản trao đổi giữa các cơ quan
nhà nước dưới dạng điện tử, trừ văn bản mật; đồng thời tiếp tục rà soát để đưa thêm thủ tục lên mức độ 3, 4.</p>
<p class="author">Thu Hà</p>
</article></div>
<div id="sidebar"><h3>Tin mới</h3><ul>{side}</ul><h3>Đọc nhiều</h3>
<ul><li><a href="/d/1">Lịch tiếp công dân tháng 1</a></li><li><a href="/d/2">Thông báo tuyển dụng viên chức</a></li></ul>
</div></div>
<div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Yên Bái</p>
<p>Điện thoại: 0216.3852.xxx - Email: congthongtin@yenbai.gov.vn</p><p>Lượt truy cập: 1.245.318</p></div>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


# --- 2. A legal-document site's HTML export of a plan (.html) ---------------------------------------------------

SON_LA = "son-la-2017-2815-kh-ubnd"


def son_la(path: Path) -> None:
    header = (
        "<table width='100%'><tr><td width='40%' align='center'><p><b>ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA</b></p>"
        "<p>Số: 2815/KH-UBND</p></td><td align='center'><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
        "Độc lập - Tự do - Hạnh phúc</b></p><p><i>Sơn La, ngày 22 tháng 11 năm 2017</i></p></td></tr></table>"
    )
    paras = [
        "<p align='center'><b>KẾ HOẠCH</b></p>",
        "<p align='center'><b>Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Sơn La giai "
        "đoạn 2018 - 2020</b></p>",
        "<p><b>I. MỤC TIÊU</b></p>",
        "<p>1. Mục tiêu chung: Xây dựng chính quyền điện tử, nâng cao hiệu quả chỉ đạo, điều hành và chất lượng phục "
        "vụ người dân, doanh nghiệp.</p>",
        "<p>2. Mục tiêu cụ thể: Các chỉ tiêu cần đạt theo lộ trình từng năm như sau:</p>",
    ]
    targets = [
        ("1", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "60", "75", "90"),
        ("2", "Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ thường xuyên", "%", "70", "80", "90"),
        ("3", "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "80", "150", "230"),
        ("4", "Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", "%", "30", "60", "100"),
    ]
    t1 = (
        "<table border='1' cellspacing='0'><tr><td rowspan='2'><b>STT</b></td><td rowspan='2'><b>Chỉ tiêu</b></td>"
        "<td rowspan='2'><b>Đơn vị tính</b></td><td colspan='3'><b>Lộ trình thực hiện</b></td></tr>"
        "<tr><td><b>Năm 2018</b></td><td><b>Năm 2019</b></td><td><b>Năm 2020</b></td></tr>"
        + "".join("<tr>" + "".join(f"<td><p>{_esc(c)}</p></td>" for c in r) + "</tr>" for r in targets)
        + "</table>"
    )
    middle = [
        "<p><b>II. NHIỆM VỤ</b></p>",
        "<p>1. Hoàn thiện hạ tầng kỹ thuật; mở rộng mạng truyền số liệu chuyên dùng đến Ủy ban nhân dân các xã, "
        "phường, thị trấn.</p>",
        "<p>2. Nâng cấp Cổng dịch vụ công và Hệ thống một cửa điện tử của tỉnh; tích hợp với hệ thống quản lý văn "
        "bản và điều hành.</p>",
        "<p><b>III. KINH PHÍ THỰC HIỆN</b></p>",
        "<p>Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách trung ương hỗ trợ và ngân sách tỉnh, chi tiết tại "
        "Phụ lục kèm theo.</p>",
        "<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>",
        "<p>Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.</p>",
        "<p align='right'><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br>Lò Minh Hùng</p>",
        "<p align='center'><b>PHỤ LỤC</b></p>",
        "<p align='center'><b>KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2018 - 2020</b><br><i>(Kèm theo Kế hoạch số "
        "2815/KH-UBND ngày 22/11/2017 của UBND tỉnh Sơn La)</i></p>",
        "<p align='right'><i>Đơn vị tính: triệu đồng</i></p>",
    ]
    budget = [
        ("I", "Hạ tầng kỹ thuật", "14.200", "6.000", "8.200"),
        ("1", "Mở rộng mạng truyền số liệu chuyên dùng", "9.000", "6.000", "3.000"),
        ("2", "Trang bị máy tính cho cấp xã", "5.200", "", "5.200"),
        ("II", "Ứng dụng công nghệ thông tin", "11.800", "4.500", "7.300"),
        ("1", "Nâng cấp Cổng dịch vụ công và một cửa điện tử", "7.500", "4.500", "3.000"),
        ("2", "Hệ thống quản lý văn bản và điều hành", "4.300", "", "4.300"),
        ("", "Tổng cộng", "26.000", "10.500", "15.500"),
    ]
    t2 = (
        "<table border='1' cellspacing='0'><tr><td><b>STT</b></td><td><b>Nội dung</b></td><td><b>Tổng kinh phí</b>"
        "</td><td><b>Ngân sách trung ương</b></td><td><b>Ngân sách tỉnh</b></td></tr>"
        + "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in budget)
        + "</table>"
    )
    site = (
        "<div class='top'><a href='/'>Trang chủ</a> | <a href='/vb'>Văn bản pháp luật</a> | <a href='/hd'>Hỏi đáp"
        "</a></div><div class='info'>Số hiệu: 2815/KH-UBND | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh Sơn La | "
        "Ngày ban hành: 22/11/2017 | Tình trạng: Còn hiệu lực</div>"
    )
    foot = (
        "<div class='related'><b>Văn bản liên quan</b><ul><li><a href='/a'>Quyết định về Kiến trúc chính quyền điện "
        "tử tỉnh</a></li><li><a href='/b'>Kế hoạch cải cách hành chính năm 2018</a></li></ul></div>"
        "<div class='footer'>Bản quyền thuộc Cơ sở dữ liệu văn bản pháp luật. Ghi rõ nguồn khi trích dẫn.</div>"
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Kế hoạch 2815/KH-UBND năm 2017 ứng dụng công nghệ "
        "thông tin tỉnh Sơn La giai đoạn 2018-2020</title></head><body>"
        + site + "<div class='content1'>" + header + "".join(paras) + t1 + "".join(middle) + t2 + "</div>" + foot
        + "</body></html>\n"
    )  # fmt: skip
    path.write_text(page, encoding="utf-8")


# --- 3. An .xlsx budget appendix --------------------------------------------------------------------------------

GIA_LAI = "gia-lai-2016-456-kh-ubnd-phu-luc"


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.created = wb.properties.modified = datetime.datetime(2020, 1, 1)
    wb.properties.creator = wb.properties.lastModifiedBy = "ictplans"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_rezip(buf.getvalue()))


def gia_lai(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = "Phụ lục: Kinh phí thực hiện Kế hoạch ứng dụng CNTT tỉnh Gia Lai giai đoạn 2016-2020"
    ws.merge_cells("A1:J1")
    ws["A2"] = "(Kèm theo Kế hoạch số 456/KH-UBND ngày 10/3/2016 của Ủy ban nhân dân tỉnh Gia Lai)"
    ws.merge_cells("A2:J2")
    ws["J3"] = "Đơn vị tính: triệu đồng"
    for col, text in zip("ABCD", ("STT", "Nội dung", "Tổng kinh phí", "Nguồn vốn"), strict=True):
        ws[f"{col}4"] = text
    ws["F4"] = "Phân kỳ thực hiện"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:E4")
    ws.merge_cells("F4:J4")
    for col, text in zip("DEFGHIJ", ("Ngân sách trung ương", "Ngân sách tỉnh", 2016, 2017, 2018, 2019, 2020),
                         strict=True):  # fmt: skip
        ws[f"{col}5"] = text
    rows = [
        ("I", "Hạ tầng kỹ thuật", 18500, 8000, 10500, 4500, 4000, 3500, 3500, 3000),
        (1, "Nâng cấp mạng truyền số liệu chuyên dùng", 10000, 8000, 2000, 2500, 2000, 2000, 2000, 1500),
        (2, "Trang bị thiết bị cho Trung tâm tích hợp dữ liệu", 8500, None, 8500, 2000, 2000, 1500, 1500, 1500),
        ("II", "Ứng dụng công nghệ thông tin", 21500, 7000, 14500, 3500, 4500, 5000, 4500, 4000),
        (1, "Hệ thống một cửa điện tử liên thông ba cấp", 12000, 7000, 5000, 2000, 2500, 3000, 2500, 2000),
        (2, "Phần mềm quản lý văn bản và điều hành", 9500, None, 9500, 1500, 2000, 2000, 2000, 2000),
        ("III", "Nguồn nhân lực", 2000, None, 2000, 400, 400, 400, 400, 400),
        ("", "Tổng cộng", 42000, 15000, 27000, 8400, 8900, "8.900", 8400, 7400),
    ]
    for i, r in enumerate(rows, start=6):
        for col, v in zip("ABCDEFGHIJ", r, strict=True):
            if v is not None:
                ws[f"{col}{i}"] = v
    _save_xlsx(wb, path)


# --- 4. An .xlsx indicator table, two sheets ---------------------------------------------------------------------

QUANG_NGAI = "quang-ngai-2019-1120-kh-ubnd-chi-tieu"


def quang_ngai(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    goals = wb.active
    goals.title = "Mục tiêu"
    goals["A1"] = "Các chỉ tiêu ứng dụng CNTT tỉnh Quảng Ngãi năm 2019 - 2020"
    goals.merge_cells("A1:E1")
    goals["A2"] = "(Kèm theo Kế hoạch số 1120/KH-UBND ngày 05/3/2019 của UBND tỉnh Quảng Ngãi)"
    goals.merge_cells("A2:E2")
    goals["A3"], goals["B3"], goals["C3"], goals["D3"] = "TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu"
    goals.merge_cells("A3:A4")
    goals.merge_cells("B3:B4")
    goals.merge_cells("C3:C4")
    goals.merge_cells("D3:E3")
    goals["D4"], goals["E4"] = "Năm 2019", "Năm 2020"
    rows = [
        (1, "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", 80, 90),
        (2, "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", 40, 100),
        (3, "Tỷ lệ cơ quan nhà nước cấp tỉnh sử dụng chữ ký số", "%", 90, 100),
        (4, "Tỷ lệ cán bộ, công chức cấp xã được trang bị máy tính", "%", 85, 95),
    ]
    for i, r in enumerate(rows, start=5):
        for col, v in zip("ABCDE", r, strict=True):
            goals[f"{col}{i}"] = v
    done = wb.create_sheet("Kết quả")
    done["A1"] = "Kết quả thực hiện các chỉ tiêu năm 2017 - 2018"
    done.merge_cells("A1:E1")
    done["A2"], done["B2"], done["C2"], done["D2"] = "TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả thực hiện"
    done.merge_cells("A2:A3")
    done.merge_cells("B2:B3")
    done.merge_cells("C2:C3")
    done.merge_cells("D2:E2")
    done["D3"], done["E3"] = "Năm 2017", "Năm 2018"
    rows = [
        (1, "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", 52, 67.5),
        (2, "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", 6, 19),
        (3, "Tỷ lệ cơ quan nhà nước cấp tỉnh sử dụng chữ ký số", "%", 45, 72),
        (4, "Tỷ lệ cán bộ, công chức cấp xã được trang bị máy tính", "%", 60, 74),
    ]
    for i, r in enumerate(rows, start=4):
        for col, v in zip("ABCDE", r, strict=True):
            done[f"{col}{i}"] = v
    _save_xlsx(wb, path)


# --- 5. A .docx report, its number and date in the Word section header ------------------------------------------

HUE = "thua-thien-hue-2022-123-bc-ubnd"


def _para_with_marks(document, pieces: list[tuple[str, bool]]) -> None:
    """A paragraph of runs; a run flagged True is a footnote marker typed as superscript."""
    p = document.add_paragraph()
    for text, sup in pieces:
        run = p.add_run(text)
        run.font.superscript = sup


def hue(path: Path) -> None:
    import docx
    from make_office_docs2 import _save_docx

    document = docx.Document()
    header = document.sections[0].header
    document.sections[0].different_first_page_header_footer = True
    first = document.sections[0].first_page_header
    table = first.add_table(rows=2, cols=2, width=docx.shared.Cm(16))
    table.cell(0, 0).text = "UBND TỈNH THỪA THIÊN HUẾ"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 123/BC-UBND"
    table.cell(1, 1).text = "Thừa Thiên Huế, ngày 15 tháng 3 năm 2022"
    header.paragraphs[0].text = "Báo cáo kết quả ứng dụng CNTT năm 2021"
    document.sections[0].first_page_footer.paragraphs[0].text = "Trang 1"
    for t in (
        "BÁO CÁO",
        "Kết quả ứng dụng công nghệ thông tin, phát triển chính quyền số năm 2021",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
    ):
        document.add_paragraph(t)
    _para_with_marks(
        document,
        [
            ("Năm 2021, tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) đạt 95%", False),
            ("1", True),
            ("; tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng đạt 88%.", False),
        ],
    )
    _para_with_marks(
        document,
        [
            ("Toàn tỉnh hiện có 62 cán bộ chuyên trách công nghệ thông tin", False),
            ("[2]", False),
            (", đã cung cấp 612 dịch vụ công trực tuyến mức độ 4", False),
            ("3", True),
            (" và 240 dịch vụ công trực tuyến mức độ 3.", False),
        ],
    )
    document.add_paragraph("Một số chỉ tiêu theo từng cấp như sau (ô để trống: chưa có số liệu):")
    rows = [
        ["Chỉ tiêu", "Đơn vị", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
        ["Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "100", "", "92"],
        ["Tỷ lệ cán bộ, công chức được trang bị máy tính", "%", "", "98", "90"],
        ["Tỷ lệ cơ quan sử dụng chữ ký số chuyên dùng", "%", "100", "100", ""],
    ]
    t = document.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for r in rows:
        for cell, v in zip(t.add_row().cells, r, strict=True):
            if v:
                cell.text = v
    for text in (
        "II. TỒN TẠI, HẠN CHẾ",
        "Hạ tầng tại một số xã miền núi chưa đáp ứng yêu cầu; việc khai thác dữ liệu dùng chung còn hạn chế.",
        "¹ Theo số liệu của hệ thống quản lý văn bản và điều hành của tỉnh.",
        "[2] Gồm cán bộ tại các sở, ban, ngành và Ủy ban nhân dân cấp huyện.",
        "³ Tính đến ngày 31/12/2021.",
    ):
        document.add_paragraph(text)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ TT&TT;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nPhan Quý Phương"
    _save_docx(document, path)


# --- 6. A .csv export of an indicator table ---------------------------------------------------------------------

TRA_VINH = "tra-vinh-2015-ket-qua-chi-tieu-cntt"


def tra_vinh(path: Path) -> None:
    lines = [
        "Kết quả thực hiện các chỉ tiêu ứng dụng CNTT trong cơ quan nhà nước tỉnh Trà Vinh giai đoạn 2012-2014;;;;;",
        "(Số liệu do Sở Thông tin và Truyền thông tổng hợp đến ngày 31/12/2014);;;;;",
        "STT;Chỉ tiêu;Đơn vị tính;Năm 2012;Năm 2013;Năm 2014",
        "1;Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước;%;32,5;41,2;57,8",
        "2;Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ;%;61;74,5;86",
        "3;Số dịch vụ công trực tuyến mức độ 3;dịch vụ;12;27;48",
        '4;"Số cán bộ chuyên trách CNTT tại các sở, ngành";người;19;23;26',
        "5;Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng;%;70;85;100",
    ]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


DOCUMENTS = {
    f"{YEN_BAI}.html": yen_bai,
    f"{SON_LA}.html": son_la,
    f"{GIA_LAI}.xlsx": gia_lai,
    f"{QUANG_NGAI}.xlsx": quang_ngai,
    f"{HUE}.docx": hue,
    f"{TRA_VINH}.csv": tra_vinh,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
