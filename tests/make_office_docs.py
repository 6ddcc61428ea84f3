"""The `dev_office` development set: plans, decisions and a report laid out as provincial offices publish them —
ruled tables of indicators (by year, by level, a state column beside a goal column), budget appendices (a Word
table; a landscape PDF page whose table runs over a page break with its header repeated), running page headers and
page numbers (`Trang 2/3`), a footnote, and a two-column signature block.

Written for issue #11 (round 19) in our own words with fictional figures. Deterministic: run
`python tests/make_office_docs.py` to write the documents into tests/fixtures/dev_office_plans/ (PDF by WeasyPrint,
.docx by python-docx); the expected facts in its expected/ folder were written by reading these documents.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_office_plans"

STYLE = """
@page { size: A4; margin: 2.2cm 2cm 2cm 3cm;
  @top-center { content: element(docno); font-size: 10pt; font-style: italic }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
@page land { size: A4 landscape; margin: 2cm 2cm 2cm 2cm;
  @top-center { content: element(docno); font-size: 10pt; font-style: italic }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.25 }
.docno { position: running(docno); font-size: 10pt; font-style: italic; text-align: center }
p { margin: 0 0 .35em 0; text-align: justify; text-indent: 1cm }
p.h { text-align: center; font-weight: bold; text-indent: 0 }
p.c { text-align: center; text-indent: 0; font-style: italic }
table.head { width: 100%; border-collapse: collapse; margin-bottom: .8em }
table.head td { text-align: center; vertical-align: top; font-weight: bold; font-size: 12.5pt; padding: 0 }
table.head td.left { width: 40% } table.head td.plain { font-weight: normal } table.head td.date { font-style: italic }
table.grid { border-collapse: collapse; width: 100%; margin: .4em 0; font-size: 12pt }
table.grid td, table.grid th { border: 1px solid black; padding: 2pt 4pt; text-align: center; vertical-align: middle }
table.grid td.l { text-align: left } table.grid th { font-weight: bold }
table.grid tr.g td { font-weight: bold }
table.sign { width: 100%; margin-top: 1em; font-size: 12pt } table.sign td { vertical-align: top; padding: 0 }
table.sign td.r { text-align: center; font-weight: bold; width: 50% }
.fn { float: footnote; font-size: 10pt; text-indent: 0 }
.land { page: land }
"""


def _head(issuer: list[str], number: str, date: str, title: list[str]) -> str:
    left = "<br>".join(map(html.escape, issuer))
    right = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc"
    rows = (
        f"<tr><td class='left'>{left}</td><td>{right}</td></tr>"
        f"<tr><td class='left plain'>{html.escape(number)}</td><td class='plain date'>{html.escape(date)}</td></tr>"
    )
    return f"<table class='head'>{rows}</table>" + "".join(f"<p class='h'>{html.escape(t)}</p>" for t in title)


def _grid(header: list[list[str]], rows: list[list[str]], left: tuple[int, ...] = (1,), groups=()) -> str:
    """A ruled table; `header` rows go in a <thead> (repeated on every page the table runs onto)."""
    head = "".join("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in r) + "</tr>" for r in header)
    body = []
    for k, r in enumerate(rows):
        cls = " class='g'" if k in groups else ""
        cells = "".join(f"<td{' class=l' if i in left else ''}>{html.escape(c)}</td>" for i, c in enumerate(r))
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table class='grid'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def _paras(text: str) -> str:
    out = []
    for ln in text.strip().splitlines():
        s = ln.strip()
        if not s:
            continue
        cls = (
            " class='h'"
            if s.isupper() or (s.startswith(("I.", "II.", "III.", "IV.", "V.")) and s[3:].isupper())
            else ""
        )
        out.append(f"<p{cls}>{html.escape(s)}</p>")
    return "".join(out)


def _sign(left: list[str], right: list[str]) -> str:
    lt = "<br>".join(map(html.escape, left))
    rt = "<br>".join(map(html.escape, right))
    return f"<table class='sign'><tr><td>{lt}</td><td class='r'>{rt}</td></tr></table>"


def _pdf(body: str, docno: str, path: Path) -> None:
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    doc = (
        f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<div class='docno'>{html.escape(docno)}</div>{body}</body></html>"
    )
    pdf = weasyprint.HTML(string=doc).write_pdf()
    path.write_bytes(_fixed_dates(pdf))


def _fixed_dates(pdf: bytes) -> bytes:
    """WeasyPrint writes the time of printing into the PDF: a fixed date keeps the file the same every run."""
    import re

    return re.sub(rb"\(D:\d{14}[^)]*\)", b"(D:20200101000000Z)", pdf)


# --- 1. A plan 2016-2020 with a table of targets by year (PDF) -------------------------------------------------

QUANG_BINH = "quang-binh-2016-86-kh-ubnd"


def quang_binh(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"],
        "Số: 86/KH-UBND",
        "Quảng Bình, ngày 18 tháng 3 năm 2016",
        [
            "KẾ HOẠCH",
            "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
            "tỉnh Quảng Bình giai đoạn 2016 - 2020",
        ],
    )
    intro = _paras(
        """
Thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử, Ủy ban nhân dân tỉnh ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Đẩy mạnh ứng dụng công nghệ thông tin trong nội bộ các cơ quan nhà nước, nâng cao chất lượng cung cấp dịch vụ công trực tuyến cho người dân và doanh nghiệp, từng bước xây dựng chính quyền điện tử tỉnh Quảng Bình.
2. Mục tiêu cụ thể
Các chỉ tiêu chủ yếu theo từng năm của giai đoạn được xác định tại bảng sau:
"""
    )
    table = _grid(
        [["STT", "Chỉ tiêu", "ĐVT", "2016", "2017", "2018", "2019", "2020"]],
        [
            ["1", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "60", "70", "80", "90", "100"],
            ["2", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "80", "85", "90", "95", "100"],
            ["3", "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "60", "100", "150", "200", "250"],
            ["4", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "5", "15", "30", "45", "60"],
        ],
    )
    rest = (
        _paras(
            """
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hoàn thiện hạ tầng kỹ thuật
Nâng cấp mạng nội bộ của các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố; duy trì ổn định hệ thống thư điện tử công vụ của tỉnh.
2. Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước
Triển khai phần mềm quản lý văn bản và điều hành liên thông từ cấp tỉnh đến cấp xã, bảo đảm việc gửi, nhận văn bản điện tử theo quy định"""
        )
        + (
            "<p>Áp dụng chữ ký số trong trao đổi văn bản điện tử theo quy định của Bộ Thông tin và Truyền thông"
            "<span class='fn'>Thông tư số 10/2016/TT-BTTTT ngày 01/4/2016 của Bộ Thông tin và Truyền thông.</span>"
            " và hướng dẫn của Sở Thông tin và Truyền thông.</p>"
        )
        + _paras(
            """
3. Cung cấp dịch vụ công trực tuyến
Rà soát các thủ tục hành chính để xây dựng dịch vụ công trực tuyến mức độ 3, mức độ 4 theo lộ trình của bảng chỉ tiêu nêu trên.
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành, địa phương tổ chức triển khai Kế hoạch này; định kỳ trước ngày 15 tháng 12 hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
"""
        )
    )
    sign = _sign(
        [
            "Nơi nhận:",
            "- Bộ Thông tin và Truyền thông;",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Các sở, ban, ngành;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Bình"],
    )
    _pdf(head + intro + table + rest + sign, "Kế hoạch số 86/KH-UBND ngày 18/3/2016", path)


# --- 3. A plan with a column of the state (2017) beside the goals (2020) (PDF) --------------------------------

LAM_DONG = "lam-dong-2018-1520-kh-ubnd"


def lam_dong(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"],
        "Số: 1520/KH-UBND",
        "Lâm Đồng, ngày 12 tháng 3 năm 2018",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin, phát triển Chính quyền điện tử", "tỉnh Lâm Đồng năm 2018 - 2020"],
    )
    intro = _paras(
        """
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả ứng dụng công nghệ thông tin trong các cơ quan nhà nước, gắn với cải cách hành chính và phục vụ người dân, doanh nghiệp tốt hơn.
II. CHỈ TIÊU CHỦ YẾU
Bảng 1. Hiện trạng và mục tiêu ứng dụng công nghệ thông tin
"""
    )
    table = _grid(
        [["TT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2017", "Mục tiêu đến năm 2020"]],
        [
            ["1", "Tỷ lệ cán bộ, công chức được trang bị máy tính", "%", "88", "100"],
            ["2", "Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ thường xuyên trong công việc", "%", "55", "90"],
            ["3", "Tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan nhà nước", "%", "40", "80"],
            ["4", "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "120", "350"],
            ["5", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "12", "90"],
        ],
    )
    rest = _paras(
        """
III. NHIỆM VỤ
1. Phát triển hạ tầng: mở rộng mạng truyền số liệu chuyên dùng đến các xã, phường, thị trấn; nâng cấp Trung tâm dữ liệu tỉnh.
2. Phát triển ứng dụng: hoàn thiện Cổng dịch vụ công và Hệ thống một cửa điện tử dùng chung của tỉnh.
IV. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch hằng năm của đơn vị và báo cáo kết quả về Sở Thông tin và Truyền thông.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- CT, các PCT UBND tỉnh;", "- Như mục IV;", "- Lưu: VT, TTTT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đoàn Văn Việt"],
    )
    _pdf(head + intro + table + rest + sign, "Kế hoạch số 1520/KH-UBND ngày 12/3/2018", path)


# --- 4. A report of results with a table of results by level (PDF) ----------------------------------------------

BAC_GIANG = "bac-giang-2019-42-bc-ubnd"


def bac_giang(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"],
        "Số: 42/BC-UBND",
        "Bắc Giang, ngày 20 tháng 12 năm 2019",
        ["BÁO CÁO", "Kết quả ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2019"],
    )
    intro = _paras(
        """
I. KẾT QUẢ THỰC HIỆN
1. Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước
Trong năm, các cơ quan nhà nước của tỉnh tiếp tục đẩy mạnh sử dụng phần mềm quản lý văn bản và hệ thống thư điện tử công vụ. Kết quả cụ thể theo từng cấp như sau:
"""
    )
    table = _grid(
        [["TT", "Nội dung", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]],
        [
            ["1", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử (%)", "92", "78", "46"],
            ["2", "Tỷ lệ cán bộ, công chức được trang bị máy tính (%)", "100", "97", "74"],
            ["3", "Số cán bộ chuyên trách công nghệ thông tin (người)", "36", "20", "11"],
        ],
    )
    rest = _paras(
        """
2. Cung cấp dịch vụ công trực tuyến
Năm 2019, tỉnh đã cung cấp 312 dịch vụ công trực tuyến mức độ 3 và 86 dịch vụ công trực tuyến mức độ 4 trên Cổng dịch vụ công của tỉnh.
II. TỒN TẠI, HẠN CHẾ
Hạ tầng kỹ thuật ở cấp xã còn thiếu và lạc hậu; việc sử dụng chữ ký số còn ít.
III. PHƯƠNG HƯỚNG NĂM 2020
Tiếp tục hoàn thiện hệ thống quản lý văn bản liên thông bốn cấp; nâng cấp Cổng dịch vụ công của tỉnh.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT (b/c);", "- TT Tỉnh ủy, HĐND tỉnh;", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Ánh Dương"],
    )
    _pdf(head + intro + table + rest + sign, "Báo cáo số 42/BC-UBND ngày 20/12/2019", path)


# --- 6. A decision with a landscape budget appendix over a page break (PDF) -------------------------------------

KIEN_GIANG = "kien-giang-2018-712-qd-ubnd"

_KG_ROWS = [
    ["I", "Hạ tầng kỹ thuật", "", "9.800", "4.000", "5.800"],
    ["1", "Nâng cấp Trung tâm tích hợp dữ liệu tỉnh", "Sở Thông tin và Truyền thông", "4.500", "2.500", "2.000"],
    [
        "2",
        "Mở rộng mạng truyền số liệu chuyên dùng đến cấp xã",
        "Sở Thông tin và Truyền thông",
        "2.100",
        "1.500",
        "600",
    ],
    ["3", "Trang bị máy tính cho Ủy ban nhân dân cấp xã", "UBND các huyện, thành phố", "1.800", "", "1.800"],
    ["4", "Hệ thống hội nghị truyền hình trực tuyến cấp huyện", "Văn phòng UBND tỉnh", "1.400", "", "1.400"],
    ["II", "Ứng dụng công nghệ thông tin", "", "14.300", "6.500", "7.800"],
    ["1", "Phần mềm quản lý văn bản và điều hành liên thông", "Văn phòng UBND tỉnh", "2.800", "1.200", "1.600"],
    ["2", "Cổng dịch vụ công trực tuyến và một cửa điện tử", "Sở Thông tin và Truyền thông", "4.700", "2.800", "1.900"],
    ["3", "Cơ sở dữ liệu đất đai", "Sở Tài nguyên và Môi trường", "3.100", "1.500", "1.600"],
    ["4", "Cơ sở dữ liệu ngành y tế", "Sở Y tế", "1.600", "1.000", "600"],
    ["5", "Hệ thống thông tin báo cáo kinh tế - xã hội", "Sở Kế hoạch và Đầu tư", "1.300", "", "1.300"],
    ["6", "Ứng dụng chữ ký số chuyên dùng", "Sở Thông tin và Truyền thông", "800", "", "800"],
    ["III", "An toàn thông tin", "", "3.400", "1.000", "2.400"],
    [
        "1",
        "Giám sát an toàn thông tin cho hệ thống của tỉnh",
        "Sở Thông tin và Truyền thông",
        "2.200",
        "1.000",
        "1.200",
    ],
    ["2", "Diễn tập ứng cứu sự cố an toàn thông tin", "Công an tỉnh", "1.200", "", "1.200"],
    ["IV", "Nguồn nhân lực", "", "2.500", "", "2.500"],
    ["1", "Đào tạo cán bộ chuyên trách công nghệ thông tin", "Sở Nội vụ", "1.500", "", "1.500"],
    ["2", "Bồi dưỡng kỹ năng cho cán bộ, công chức cấp xã", "Sở Thông tin và Truyền thông", "1.000", "", "1.000"],
    ["", "Tổng cộng", "", "30.000", "11.500", "18.500"],
]


def kien_giang(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"],
        "Số: 712/QĐ-UBND",
        "Kiên Giang, ngày 26 tháng 3 năm 2018",
        [
            "QUYẾT ĐỊNH",
            "Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động",
            "của cơ quan nhà nước tỉnh Kiên Giang giai đoạn 2018 - 2020",
        ],
    )
    body = _paras(
        """
ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 25/TTr-STTTT ngày 05 tháng 3 năm 2018,
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Kiên Giang giai đoạn 2018 - 2020 với các nội dung chủ yếu sau:
1. Mục tiêu: xây dựng nền tảng Chính quyền điện tử của tỉnh, nâng cao hiệu quả điều hành và chất lượng phục vụ người dân, doanh nghiệp.
2. Danh mục dự án, nhiệm vụ và kinh phí thực hiện: chi tiết tại Phụ lục kèm theo Quyết định này.
Điều 2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này kể từ ngày ký.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phạm Vũ Hồng"],
    )
    appendix = (
        "<div class='land'>"
        + "<p class='h'>PHỤ LỤC</p><p class='h'>DANH MỤC DỰ ÁN, NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN GIAI ĐOẠN 2018 - 2020</p>"
        + "<p class='c'>(Kèm theo Quyết định số 712/QĐ-UBND ngày 26/3/2018 của Ủy ban nhân dân tỉnh Kiên Giang)</p>"
        + "<p class='c'>Đơn vị tính: triệu đồng</p>"
        + _grid(
            [
                [
                    "TT",
                    "Tên dự án, nhiệm vụ",
                    "Cơ quan chủ trì",
                    "Tổng kinh phí",
                    "Ngân sách trung ương",
                    "Ngân sách tỉnh",
                ]
            ],
            _KG_ROWS * 1,
            left=(1, 2),
            groups=(0, 5, 12, 15, 18),
        )
        + "</div>"
    )
    _pdf(head + body + sign + appendix, "Quyết định số 712/QĐ-UBND ngày 26/3/2018", path)


# --- .docx: 2. a plan with a table by level; 5. a decision with a budget appendix -------------------------------

NINH_THUAN = "ninh-thuan-2019-65-kh-ubnd"
PHU_THO = "phu-tho-2020-3318-qd-ubnd"


def _docx_table(document, rows: list[list[str]], bold_rows=()) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for k, r in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, r, strict=True):
            cell.text = value
            if k in bold_rows and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True


def _docx_head(document, issuer: list[str], number: str, date: str) -> None:
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "\n".join(issuer)
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = number
    head.cell(1, 1).text = date


def _fixed_docx(document, path: Path) -> None:
    import datetime

    props = document.core_properties
    props.created = props.modified = datetime.datetime(2020, 1, 1)
    props.author = props.last_modified_by = "ictplans"
    props.revision = 1
    document.save(path)


def ninh_thuan(path: Path) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Kế hoạch số 65/KH-UBND ngày 25/01/2019 của UBND tỉnh Ninh Thuận"
    _docx_head(
        document, ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN"], "Số: 65/KH-UBND", "Ninh Thuận, ngày 25 tháng 01 năm 2019"
    )
    for t in ("KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Ninh Thuận năm 2019"):
        document.add_paragraph(t)
    for t in (
        "I. MỤC TIÊU",
        "1. Mục tiêu tổng quát",
        "Tiếp tục ứng dụng rộng rãi công nghệ thông tin trong hoạt động của các cơ quan nhà nước ở cả ba cấp, "
        "góp phần cải cách hành chính, công khai, minh bạch hoạt động của cơ quan nhà nước.",
        "2. Mục tiêu cụ thể năm 2019",
        "Phấn đấu đến cuối năm 2019 đạt các chỉ tiêu theo từng cấp như sau:",
    ):
        document.add_paragraph(t)
    _docx_table(
        document,
        [
            ["STT", "Chỉ tiêu", "Đơn vị", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
            ["1", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "%", "90", "80", "60"],
            ["2", "Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ thường xuyên", "%", "100", "90", "70"],
            ["3", "Tỷ lệ cán bộ, công chức được trang bị máy tính", "%", "100", "100", "85"],
        ],
        bold_rows=(0,),
    )
    for t in (
        "II. NHIỆM VỤ",
        "1. Duy trì và nâng cấp hệ thống quản lý văn bản và điều hành của tỉnh; kết nối liên thông với Trục liên thông "
        "văn bản quốc gia.",
        "2. Tiếp tục triển khai Hệ thống một cửa điện tử tại Ủy ban nhân dân các huyện, thành phố.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách năm 2019 của các cơ quan, đơn vị.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Sở Thông tin và Truyền thông hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này.",
    ):
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ TT&TT;\n- Các sở, ban, ngành;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Bình"
    section.footer.paragraphs[0].text = "Trang 1/1"
    _fixed_docx(document, path)


_PT_ROWS = [
    ["I", "Hạ tầng và nền tảng số", "", "21.000", "9.000", "12.000"],
    ["1", "Nâng cấp Trung tâm dữ liệu tỉnh", "Sở Thông tin và Truyền thông", "12.000", "6.000", "6.000"],
    ["2", "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh", "Sở Thông tin và Truyền thông", "9.000", "3.000", "6.000"],
    ["II", "Ứng dụng và dữ liệu", "", "16.500", "5.000", "11.500"],
    ["1", "Hệ thống thông tin giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "7.500", "5.000", "2.500"],
    ["2", "Cơ sở dữ liệu chuyên ngành giáo dục", "Sở Giáo dục và Đào tạo", "5.000", "", "5.000"],
    ["3", "Hệ thống họp không giấy", "Văn phòng UBND tỉnh", "4.000", "", "4.000"],
    ["III", "Nhân lực và an toàn thông tin", "", "4.500", "", "4.500"],
    ["1", "Bồi dưỡng kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "1.500", "", "1.500"],
    ["2", "Bảo đảm an toàn thông tin theo mô hình 4 lớp", "Sở Thông tin và Truyền thông", "3.000", "", "3.000"],
    ["", "Tổng cộng", "", "42.000", "14.000", "28.000"],
]


def phu_tho(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Quyết định số 3318/QĐ-UBND"
    _docx_head(document, ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"], "Số: 3318/QĐ-UBND", "Phú Thọ, ngày 15 tháng 12 năm 2020")
    for t in (
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch chuyển đổi số trong cơ quan nhà nước tỉnh Phú Thọ giai đoạn 2021 - 2025",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
        "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Kế hoạch chuyển đổi số trong cơ quan nhà nước tỉnh Phú Thọ giai đoạn 2021 - 2025 với danh "
        "mục nhiệm vụ, dự án và kinh phí tại Phụ lục kèm theo.",
        "Điều 2. Sở Thông tin và Truyền thông chủ trì tổ chức triển khai; Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu "
        "bố trí vốn hằng năm theo quy định.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ):
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KGVX."
    sign.cell(0, 1).text = "CHỦ TỊCH\n\n\nBùi Văn Quang"
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for t in (
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ, DỰ ÁN VÀ KINH PHÍ THỰC HIỆN",
        "(Kèm theo Quyết định số 3318/QĐ-UBND ngày 15/12/2020 của Chủ tịch UBND tỉnh Phú Thọ)",
        "Đơn vị tính: triệu đồng",
    ):
        document.add_paragraph(t)
    _docx_table(
        document,
        [
            ["TT", "Tên nhiệm vụ, dự án", "Cơ quan chủ trì", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"],
            *_PT_ROWS,
        ],
        bold_rows=(0, 1, 4, 8, 11),
    )
    _fixed_docx(document, path)


DOCUMENTS = {
    f"{QUANG_BINH}.pdf": quang_binh,
    f"{NINH_THUAN}.docx": ninh_thuan,
    f"{LAM_DONG}.pdf": lam_dong,
    f"{BAC_GIANG}.pdf": bac_giang,
    f"{PHU_THO}.docx": phu_tho,
    f"{KIEN_GIANG}.pdf": kien_giang,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
