"""The `dev_office2` development set: more tables and files as researchers download them — a results table with a
two-row header (`Năm 2018` over `Kế hoạch | Thực hiện`), a PDF list aligned by tab stops with no rules, a Word table
with merged cells (a level over two rows, empty cells) and numbers written `1.234,5`, a newsletter page in two
columns with a table in one column, a Word report with a units column and a notes column holding a second number,
and a scan (level `mild`) of that report.

Written for issue #11 (round 19, second part) in our own words with fictional figures. Deterministic: run
`python tests/make_office_docs2.py` to write the documents into tests/fixtures/dev_office2_plans/ (PDF by
WeasyPrint, .docx by python-docx, the scan by tests/make_formats.py `office_scan`); the expected facts in its
expected/ folder were written by reading these documents.
"""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

from make_office_docs import _docx_head, _fixed_dates, _fixed_docx, _head, _paras, _pdf, _sign

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_office2_plans"


def _grid2(top: list[tuple[str, int, int]], second: list[str], rows: list[list[str]], left=(1,)) -> str:
    """A ruled table with a two-row header: `top` cells are (text, colspan, rowspan)."""
    th = "".join(f"<th colspan='{c}' rowspan='{r}'>{html.escape(t)}</th>" for t, c, r in top)
    th2 = "".join(f"<th>{html.escape(t)}</th>" for t in second)
    body = "".join(
        "<tr>"
        + "".join(f"<td{' class=l' if i in left else ''}>{html.escape(c)}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table class='grid'><thead><tr>{th}</tr><tr>{th2}</tr></thead><tbody>{body}</tbody></table>"


# --- 1. A report of two years' results against the plan, a two-row header (PDF) --------------------------------

HA_TINH = "ha-tinh-2020-38-bc-ubnd"


def ha_tinh(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"],
        "Số: 38/BC-UBND",
        "Hà Tĩnh, ngày 20 tháng 02 năm 2020",
        [
            "BÁO CÁO",
            "Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin",
            "trong hoạt động của cơ quan nhà nước năm 2018 và năm 2019",
        ],
    )
    intro = _paras(
        """
Thực hiện yêu cầu của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện các kế hoạch ứng dụng công nghệ thông tin hằng năm của tỉnh trong hai năm 2018 và 2019 như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Kết quả thực hiện các chỉ tiêu chủ yếu so với kế hoạch của từng năm được tổng hợp tại bảng dưới đây:
"""
    )
    table = _grid2(
        [("TT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("Năm 2018", 2, 1), ("Năm 2019", 2, 1)],
        ["Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
        [
            ["1", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "70", "74", "80", "86"],
            ["2", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "90", "93", "100", "98"],
            ["3", "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "120", "135", "200", "214"],
            ["4", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "25", "18", "50", "47"],
            ["5", "Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", "%", "50", "52", "80", "76"],
        ],
    )
    rest = _paras(
        """
Nhìn chung, phần lớn các chỉ tiêu đạt và vượt kế hoạch đề ra; riêng số dịch vụ công trực tuyến mức độ 4 năm 2018 và tỷ lệ cán bộ được cấp hộp thư công vụ năm 2019 chưa đạt do một số cơ quan chưa hoàn thành rà soát thủ tục hành chính và chưa cập nhật danh sách cán bộ mới tuyển dụng.
II. KINH PHÍ
Trong hai năm 2018 - 2019, ngân sách tỉnh đã bố trí 18.600 triệu đồng cho các nhiệm vụ ứng dụng công nghệ thông tin.
III. TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP
Việc khai thác các hệ thống thông tin dùng chung ở cấp xã còn hạn chế; đội ngũ cán bộ phụ trách công nghệ thông tin còn mỏng. Thời gian tới, tỉnh tiếp tục rà soát, đưa các dịch vụ công lên mức độ 3, mức độ 4 và bồi dưỡng kỹ năng cho cán bộ cấp xã.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Quốc Vinh"],
    )
    _pdf(head + intro + table + rest + sign, "Báo cáo số 38/BC-UBND ngày 20/02/2020", path)


# --- 2. A plan whose table is a list aligned by tab stops, no rules (PDF) ----------------------------------------

BINH_DINH = "binh-dinh-2018-512-kh-ubnd"

TABS = (
    "<style>p.t { text-indent: 0; margin: 0; font-size: 12pt; white-space: nowrap } p.t span { display: inline-block }"
)
TABS += (
    " p.t span.a { width: 9.2cm } p.t span.u { width: 2.1cm } p.t span.y { width: 1.5cm; text-align: right }</style>"
)


def _tabbed(rows: list[list[str]]) -> str:
    """Lines as Word prints a tabbed list: a label, then cells at tab stops; no rules."""
    out = []
    for label, unit, *years in rows:
        cells = f"<span class='a'>{html.escape(label)}</span><span class='u'>{html.escape(unit)}</span>"
        cells += "".join(f"<span class='y'>{html.escape(y)}</span>" for y in years)
        out.append(f"<p class='t'>{cells}</p>")
    return TABS + "".join(out)


def binh_dinh(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"],
        "Số: 512/KH-UBND",
        "Bình Định, ngày 08 tháng 3 năm 2018",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", "giai đoạn 2018 - 2020"],
    )
    intro = _paras(
        """
I. HIỆN TRẠNG
Đến cuối năm 2017, toàn tỉnh có 85 dịch vụ công trực tuyến mức độ 3; mạng truyền số liệu chuyên dùng đã kết nối đến tất cả các sở, ngành và Ủy ban nhân dân cấp huyện.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng nền hành chính hiện đại, công khai, minh bạch; cung cấp dịch vụ công trực tuyến thuận tiện cho người dân và doanh nghiệp.
2. Các chỉ tiêu cụ thể theo từng năm
"""
    )
    table = _tabbed(
        [
            ["Chỉ tiêu", "Đơn vị", "2018", "2019", "2020"],
            ["Văn bản điện tử trao đổi giữa các cơ quan", "%", "60", "75", "90"],
            ["Cán bộ sử dụng thư điện tử công vụ thường xuyên", "%", "70", "80", "90"],
            ["Cán bộ, công chức cấp xã được trang bị máy tính", "%", "70", "85", "100"],
            ["Dịch vụ công trực tuyến mức độ 3", "dịch vụ", "100", "180", "260"],
            ["Dịch vụ công trực tuyến mức độ 4", "dịch vụ", "10", "30", "60"],
        ]
    )
    rest = _paras(
        """
III. NHIỆM VỤ
1. Nâng cấp hạ tầng kỹ thuật, bảo đảm an toàn thông tin cho các hệ thống dùng chung của tỉnh.
2. Triển khai phần mềm một cửa điện tử tại Ủy ban nhân dân các huyện, thị xã, thành phố và các xã, phường, thị trấn.
IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch khoảng 36.000 triệu đồng, trong đó ngân sách trung ương 12.000 triệu đồng, ngân sách tỉnh 24.000 triệu đồng.
V. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, hướng dẫn và kiểm tra việc thực hiện Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Các sở, ban, ngành;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Quốc Dũng"],
    )
    _pdf(head + intro + table + rest + sign, "Kế hoạch số 512/KH-UBND ngày 08/3/2018", path)


# --- 3. A report with a Word table of merged cells and numbers written `1.234,5` (.docx) -------------------------

HUNG_YEN = "hung-yen-2021-96-bc-ubnd"


def _merged_table(document) -> None:
    rows = [
        ["Cấp", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2020"],
        ["Cấp tỉnh", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", "96,5"],
        ["", "Số cán bộ chuyên trách công nghệ thông tin", "người", "42"],
        ["Cấp huyện", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", "88,2"],
        ["", "Số cán bộ chuyên trách công nghệ thông tin", "người", ""],
        ["Cấp xã", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", ""],
        ["", "Số cán bộ chuyên trách công nghệ thông tin", "người", "15"],
        ["Toàn tỉnh", "Số hộp thư điện tử công vụ đã cấp", "hộp thư", "4.215"],
        ["", "Kinh phí chi cho ứng dụng công nghệ thông tin", "triệu đồng", "12.480,5"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v:
                table.cell(i, j).text = v
    for top in (1, 3, 5, 7):  # each level's name over its two rows
        table.cell(top, 0).merge(table.cell(top + 1, 0))


def hung_yen(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Báo cáo số 96/BC-UBND ngày 18/01/2021 của UBND tỉnh Hưng Yên"
    _docx_head(document, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 96/BC-UBND", "Hưng Yên, ngày 18 tháng 01 năm 2021")
    for t in (
        "BÁO CÁO",
        "Kết quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2020",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước",
        "Năm 2020, các cơ quan nhà nước của tỉnh duy trì sử dụng hệ thống quản lý văn bản và điều hành liên thông ba "
        "cấp. Một số chỉ tiêu theo từng cấp như sau (ô để trống là chỉ tiêu đơn vị chưa báo cáo):",
    ):
        document.add_paragraph(t)
    _merged_table(document)
    for t in (
        "2. Dịch vụ công trực tuyến",
        "Đến ngày 31/12/2020, tỉnh đã công bố 1.856 thủ tục hành chính trên Cổng dịch vụ công của tỉnh, trong đó có "
        "438 dịch vụ công trực tuyến mức độ 3 và 205 dịch vụ công trực tuyến mức độ 4.",
        "II. TỒN TẠI, HẠN CHẾ",
        "Một số huyện chưa bố trí đủ cán bộ chuyên trách; số liệu của cấp xã chưa được tổng hợp đầy đủ.",
        "III. NHIỆM VỤ NĂM 2021",
        "Tiếp tục hoàn thiện Cổng dịch vụ công và Hệ thống một cửa điện tử; đẩy mạnh sử dụng chữ ký số.",
    ):
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ TT&TT;\n- TT Tỉnh ủy;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Duy Hưng"
    _save_docx(document, path)


# --- 4. A newsletter page in two columns, an article on a new plan with a table in one column (PDF) -------------

DAK_LAK = "dak-lak-2019-1840-kh-ubnd-news"

NEWS_STYLE = """<style>
@page { size: A4; margin: 1.8cm 1.6cm 1.8cm 1.6cm;
  @bottom-center { content: "Bản tin Thông tin và Truyền thông Đắk Lắk - Số 2/2019 - Trang " counter(page); font-size: 9pt }
  @bottom-right { content: none } }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.2 }
div.mast { text-align: center; border-bottom: 2px solid black; margin-bottom: .5em }
div.mast p { text-indent: 0; text-align: center; margin: 0 } div.mast p.t { font-size: 20pt; font-weight: bold }
h1 { font-size: 15pt; text-align: center; margin: .3em 0 .5em 0 }
div.cols { column-count: 2; column-gap: .8cm; column-rule: 1px solid #777 }
div.cols p { text-indent: .6cm; margin: 0 0 .3em 0; text-align: justify }
p.by { font-style: italic; text-align: right }
table.grid { font-size: 10pt } p.cap { font-weight: bold; text-indent: 0 !important; text-align: center !important }
</style>"""


def dak_lak(path: Path) -> None:
    from make_office_docs import STYLE, _grid

    mast = (
        "<div class='mast'><p class='t'>BẢN TIN THÔNG TIN VÀ TRUYỀN THÔNG</p>"
        "<p>Sở Thông tin và Truyền thông tỉnh Đắk Lắk - Số 2, tháng 3 năm 2019</p></div>"
        "<h1>Đắk Lắk ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2019</h1>"
    )
    col = _paras(
        """
Ngày 12/3/2019, Ủy ban nhân dân tỉnh Đắk Lắk ban hành Kế hoạch số 1840/KH-UBND về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2019, nhằm tiếp tục xây dựng chính quyền điện tử và nâng cao chất lượng phục vụ người dân, doanh nghiệp.
Năm 2018, toàn tỉnh đã cung cấp 168 dịch vụ công trực tuyến mức độ 3 và 22 dịch vụ công trực tuyến mức độ 4; hệ thống quản lý văn bản và điều hành được triển khai đến tất cả các huyện, thị xã, thành phố.
Theo Kế hoạch, trong năm 2019 tỉnh phấn đấu nâng tổng số dịch vụ công trực tuyến mức độ 3 lên 250 dịch vụ và mức độ 4 lên 60 dịch vụ; 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.
Kế hoạch cũng đặt ra chỉ tiêu trang bị máy tính cho cán bộ, công chức theo từng cấp như bảng dưới đây.
"""
    )
    table = "<p class='cap'>Chỉ tiêu năm 2019</p>" + _grid(
        [["Chỉ tiêu", "Cấp tỉnh", "Cấp huyện", "Cấp xã"]],
        [["Tỷ lệ cán bộ, công chức được trang bị máy tính (%)", "100", "95", "80"]],
        left=(0,),
    )
    col2 = _paras(
        """
Để đạt các chỉ tiêu trên, Kế hoạch giao Sở Thông tin và Truyền thông chủ trì nâng cấp Trung tâm tích hợp dữ liệu, mở rộng mạng truyền số liệu chuyên dùng và hướng dẫn các cơ quan triển khai chữ ký số. Các sở, ngành và Ủy ban nhân dân cấp huyện rà soát thủ tục hành chính để đưa lên Cổng dịch vụ công của tỉnh.
Tổng kinh phí thực hiện Kế hoạch năm 2019 là 15.300 triệu đồng từ ngân sách tỉnh, được bố trí trong dự toán của các cơ quan, đơn vị.
Theo đánh giá của Sở Thông tin và Truyền thông, việc ban hành sớm Kế hoạch giúp các đơn vị chủ động xây dựng dự toán và triển khai ngay từ đầu năm.
"""
    )
    body = mast + "<div class='cols'>" + col + table + col2 + "<p class='by'>Minh Châu</p></div>"
    import weasyprint

    doc = f"<html><head><meta charset='utf-8'><style>{STYLE}</style>{NEWS_STYLE}</head><body>{body}</body></html>"
    path.write_bytes(_fixed_dates(weasyprint.HTML(string=doc).write_pdf()))


# --- 5. A report with a units column and a notes column (.docx); 6. the same report scanned ----------------------

TUYEN_QUANG = "tuyen-quang-2018-205-bc-ubnd"
TUYEN_QUANG_SCAN = "tuyen-quang-2018-205-bc-ubnd-scan"

_TQ_HEAD = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2018", "Ghi chú"]
_TQ_ROWS = [
    ["1", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "78", "(năm 2017: 60%)"],
    ["2", "Số dịch vụ công trực tuyến mức độ 3", "dịch vụ", "226", "(năm 2017: 142 dịch vụ)"],
    ["3", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ", "41", ""],
    ["4", "Số cán bộ chuyên trách công nghệ thông tin", "người", "64", "(năm 2017: 58 người)"],
    ["5", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "97", "Riêng cấp xã đạt 85%"],
    ["6", "Kinh phí chi cho ứng dụng công nghệ thông tin", "triệu đồng", "9.850", "(năm 2017: 7.420 triệu đồng)"],
]
_TQ_BEFORE = [
    "BÁO CÁO",
    "Kết quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2018",
    "Thực hiện Công văn của Bộ Thông tin và Truyền thông về việc báo cáo tình hình ứng dụng công nghệ thông tin năm "
    "2018, Ủy ban nhân dân tỉnh Tuyên Quang báo cáo như sau:",
    "I. KẾT QUẢ THỰC HIỆN",
    "Kết quả các chỉ tiêu chủ yếu trong năm như sau:",
]
_TQ_AFTER = [
    "II. TỒN TẠI, HẠN CHẾ",
    "Hạ tầng công nghệ thông tin của nhiều xã vùng sâu, vùng xa còn thiếu; kỹ năng khai thác phần mềm của một bộ "
    "phận cán bộ còn hạn chế.",
    "III. PHƯƠNG HƯỚNG NĂM 2019",
    "Phấn đấu năm 2019 đạt 90% văn bản điện tử trao đổi giữa các cơ quan nhà nước; tiếp tục đưa các dịch vụ công lên "
    "mức độ 3, mức độ 4.",
]


def tuyen_quang(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Báo cáo số 205/BC-UBND"
    _docx_head(
        document, ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"], "Số: 205/BC-UBND", "Tuyên Quang, ngày 14 tháng 12 năm 2018"
    )
    for t in _TQ_BEFORE:
        document.add_paragraph(t)
    table = document.add_table(rows=0, cols=len(_TQ_HEAD))
    table.style = "Table Grid"
    for r in (_TQ_HEAD, *_TQ_ROWS):
        for cell, v in zip(table.add_row().cells, r, strict=True):
            cell.text = v
    for t in _TQ_AFTER:
        document.add_paragraph(t)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ TT&TT;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nHoàng Văn Thạch"
    _save_docx(document, path)


def tuyen_quang_text() -> str:
    """The report as a text an office prints (the input of make_formats.office_scan)."""
    lines = [
        "ỦY BAN NHÂN DÂN",
        "TỈNH TUYÊN QUANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 205/BC-UBND",
        "Tuyên Quang, ngày 14 tháng 12 năm 2018",
        *_TQ_BEFORE,
        *("| " + " | ".join(r) + " |" for r in (_TQ_HEAD, *_TQ_ROWS)),
        *_TQ_AFTER,
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Hoàng Văn Thạch",
    ]
    return "\n".join(lines) + "\n"


def tuyen_quang_scan(path: Path) -> None:
    """`office_scan` at level `mild`, its pages stored as a scanner in black-and-white mode stores them (1 bit,
    CCITT G4: a page of 40 KB, not 1 MB of greyscale JPEG)."""
    from make_formats import SCAN_LEVELS, degrade_scan, office_pages

    level = SCAN_LEVELS["mild"]
    images = office_pages(tuyen_quang_text(), level["dpi"])
    pages = [degrade_scan(im, level, k, k == len(images) - 1) for k, im in enumerate(images)]
    pages = [p.point(lambda v: 255 if v > 128 else 0).convert("1", dither=0) for p in pages]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=level["dpi"])
    path.write_bytes(_fixed_dates(buf.getvalue()))


def _save_docx(document, path: Path) -> None:
    """`_fixed_docx`, and the zip's own times fixed too: the same bytes every run."""
    _fixed_docx(document, path)
    _fixed_zip_times(path)


def _fixed_zip_times(path: Path) -> None:
    """An Office package's zip entries rewritten with a fixed time: the same bytes every run."""
    data = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(
                zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0)),
                src.read(item.filename),
                zipfile.ZIP_DEFLATED,
            )
    path.write_bytes(data.getvalue())


DOCUMENTS = {
    f"{HA_TINH}.pdf": ha_tinh,
    f"{BINH_DINH}.pdf": binh_dinh,
    f"{HUNG_YEN}.docx": hung_yen,
    f"{DAK_LAK}.pdf": dak_lak,
    f"{TUYEN_QUANG}.docx": tuyen_quang,
    f"{TUYEN_QUANG_SCAN}.pdf": tuyen_quang_scan,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
