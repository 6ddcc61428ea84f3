"""The `dev_pdf3` development set: PDFs in layouts the earlier PDF sets lack — a decision whose plan's indicators are a
wide landscape appendix over two pages (a two-row header repeated), a report scanned to an image-only PDF (light noise
and skew, a results table, its second page fed into the scanner sideways), a plan whose text layer is in the TCVN3
(`.VnTime`) font encoding, a decision whose header is Unicode and whose body is in VNI (`VNI-Times`), a news page
printed from a portal by a browser (its date, title, address and page count in the margins, the menu, sidebar and
footer, two articles on one page, its words stored decomposed: letters and marks apart) and a plan whose landscape
appendix is a portrait page turned by `/Rotate 90` (its text runs up the page).

Written for round 24 in our own words with fictional figures. Deterministic: run `python tests/make_pdf_docs3.py` to
write the documents into tests/fixtures/dev_pdf3_plans/ (PDF by WeasyPrint, fixed creation dates; scans rasterised by
pypdfium2 and degraded by a seeded generator; the turned page by pypdf); the generated files are committed, so reading
them never depends on the fonts of the machine; the expected facts in its expected/ folder were written by reading
these documents, before the extractor was run on them.
"""

from __future__ import annotations

import html
import io
import logging
import unicodedata
from pathlib import Path

from make_office_docs import _fixed_dates, _grid, _head, _sign
from make_pdf_docs2 import BASE, _paras

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_pdf3_plans"


def _e(s: str) -> str:
    return html.escape(s)


def _pdf_bytes(body: str, style: str, run: str = "") -> bytes:
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    running = f"<div class='run'>{_e(run)}</div>" if run else ""
    doc = f"<html><head><meta charset='utf-8'><style>{BASE}{style}</style></head><body>{running}{body}</body></html>"
    return _fixed_dates(weasyprint.HTML(string=doc).write_pdf())


# --- 1. A decision; its plan's indicators a wide landscape appendix over two pages, a two-row header repeated -------

QUANG_TRI = "quang-tri-2022-1530-qd-ubnd"

_LAND = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
@page land { size: A4 landscape; margin: 1.5cm 1.5cm 1.5cm 1.5cm;
  @top-right { content: element(run); }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
.land { page: land; page-break-before: always }
table.grid { font-size: 13pt } table.grid td { padding: 7pt 4pt } table.grid tr { break-inside: avoid }
"""

_QT_ROWS = [
    (
        "1",
        "Số dịch vụ công trực tuyến mức độ 4 được cung cấp",
        "dịch vụ",
        "312",
        "420",
        "520",
        "600",
        "680",
        "Văn phòng UBND tỉnh",
    ),
    (
        "2",
        "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (trừ văn bản mật)",
        "%",
        "78",
        "85",
        "90",
        "95",
        "98",
        "Sở Thông tin và Truyền thông",
    ),
    (
        "3",
        "Tỷ lệ cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ",
        "%",
        "64",
        "75",
        "85",
        "95",
        "100",
        "UBND cấp huyện",
    ),
    (
        "4",
        "Tỷ lệ UBND cấp xã được kết nối mạng truyền số liệu chuyên dùng",
        "%",
        "55",
        "70",
        "85",
        "100",
        "100",
        "Sở Thông tin và Truyền thông",
    ),
    (
        "5",
        "Tỷ lệ hồ sơ thủ tục hành chính được số hóa khi tiếp nhận",
        "%",
        "15",
        "30",
        "50",
        "70",
        "80",
        "Các sở, ngành; UBND cấp huyện",
    ),
    (
        "6",
        "Số cán bộ chuyên trách công nghệ thông tin trong cơ quan nhà nước của tỉnh",
        "người",
        "118",
        "125",
        "132",
        "140",
        "150",
        "Sở Nội vụ",
    ),
    (
        "7",
        "Tỷ lệ cơ quan nhà nước sử dụng chữ ký số chuyên dùng trên văn bản điện tử",
        "%",
        "92",
        "100",
        "100",
        "100",
        "100",
        "Ban Cơ yếu; Sở Thông tin và Truyền thông",
    ),
    (
        "8",
        "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến",
        "%",
        "22",
        "30",
        "40",
        "50",
        "60",
        "Văn phòng UBND tỉnh",
    ),
]


def quang_tri() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
        "Số: 1530/QĐ-UBND",
        "Quảng Trị, ngày 15 tháng 6 năm 2022",
        ["QUYẾT ĐỊNH", "Ban hành Kế hoạch chuyển đổi số tỉnh Quảng Trị giai đoạn 2022 - 2025"],
    )
    body = _paras(
        """
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số; theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 88/TTr-STTTT ngày 30 tháng 5 năm 2022.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Quảng Trị giai đoạn 2022 - 2025; các chỉ tiêu chủ yếu của Kế hoạch và lộ trình thực hiện từng năm tại Phụ lục kèm theo.
Điều 2. Tổng kinh phí thực hiện Kế hoạch dự kiến 84.600 triệu đồng, trong đó ngân sách trung ương 30.000 triệu đồng, ngân sách tỉnh 54.600 triệu đồng; hằng năm các cơ quan lập dự toán cùng với dự toán ngân sách của đơn vị.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Như Điều 3;", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Võ Văn Hưng"],
    )
    th = "".join(f"<th rowspan='2'>{_e(c)}</th>" for c in ("STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2021"))
    header = (
        f"<tr>{th}<th colspan='4'>Lộ trình thực hiện</th><th rowspan='2'>Cơ quan chủ trì</th></tr>"
        "<tr>" + "".join(f"<th>Năm {y}</th>" for y in range(2022, 2026)) + "</tr>"
    )
    rows = "".join(
        "<tr>" + "".join(f"<td{' class=l' if i in (1, 8) else ''}>{_e(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in _QT_ROWS
    )
    appendix = (
        "<div class='land'>"
        "<p class='h'>PHỤ LỤC</p><p class='h'>CÁC CHỈ TIÊU CHỦ YẾU VÀ LỘ TRÌNH THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ</p>"
        "<p class='c'>(Kèm theo Quyết định số 1530/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh Quảng Trị)</p>"
        f"<table class='grid'><thead>{header}</thead><tbody>{rows}</tbody></table>"
        "</div>"
    )
    return _pdf_bytes(head + body + sign + appendix, _LAND, run="Phụ lục Quyết định số 1530/QĐ-UBND")


# --- 2. A department's report scanned: an image-only PDF, light noise and skew, page 2 fed in sideways ------------

SON_LA = "son-la-2019-25-bc-stttt"

_SCAN = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm }
"""


def son_la_pages() -> bytes:
    head = _head(
        ["UBND TỈNH SƠN LA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        "Số: 25/BC-STTTT",
        "Sơn La, ngày 10 tháng 01 năm 2019",
        ["BÁO CÁO", "Kết quả ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2018"],
    )
    intro = _paras(
        """
Thực hiện Kế hoạch ứng dụng công nghệ thông tin năm 2018 của Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện các chỉ tiêu chủ yếu như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
"""
    )
    table = _grid(
        [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2018", "Thực hiện năm 2018", "Tỷ lệ (%)"]],
        [
            ["1", "Dịch vụ công trực tuyến mức độ 3", "dịch vụ", "150", "164", "109,3"],
            ["2", "Dịch vụ công trực tuyến mức độ 4", "dịch vụ", "40", "32", "80,0"],
            ["3", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "%", "60", "66", "110,0"],
            ["4", "Tỷ lệ cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ", "%", "95", "97", "102,1"],
            ["5", "Cán bộ chuyên trách công nghệ thông tin cấp huyện", "người", "24", "21", "87,5"],
        ],
    )
    after = _paras(
        """
Kinh phí đã chi cho ứng dụng công nghệ thông tin trong năm 2018 là 7.350 triệu đồng. Một số chỉ tiêu chưa đạt do các huyện chưa tuyển dụng đủ cán bộ chuyên trách và nhiều thủ tục chưa đủ điều kiện đưa lên mức độ 4.
"""
    )
    page2 = "<div style='page-break-before: always'></div>" + _paras(
        """
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019
- Phấn đấu 100% xã, phường, thị trấn được kết nối mạng truyền số liệu chuyên dùng.
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 80%.
- Tiếp tục rà soát thủ tục hành chính để đưa lên cung cấp trực tuyến ở mức độ cao.
Sở Thông tin và Truyền thông kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.
"""
    )
    sign = _sign(["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."], ["GIÁM ĐỐC", "", "", "Lò Văn Thắm"])
    return _pdf_bytes(head + intro + table + after + page2 + sign, _SCAN)


def son_la() -> bytes:
    """The report printed, scanned at 300 dpi with light damage; its second page scanned turned a quarter."""
    import pypdfium2 as pdfium
    from make_formats import degrade_scan
    from PIL import Image

    pdf = pdfium.PdfDocument(io.BytesIO(son_la_pages()))
    try:
        images = [pdf[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()
    level = dict(dpi=300, skew=0.8, paper=235, ink=30, noise=7, blur=0.5, jpeg=75)
    pages = [degrade_scan(im, level, k, False) for k, im in enumerate(images)]
    pages[1] = pages[1].transpose(Image.Transpose.ROTATE_90)
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=300)
    return _fixed_dates(buf.getvalue())  # PIL writes the time of saving too


# --- 3. A year plan whose text layer is TCVN3 codes (typed in `.VnTime`, printed to PDF with no Unicode map) -------


def _to_tcvn3(text: str) -> str:
    """Unicode Vietnamese as `.VnTime` codes read as Latin-1; a capital with a mark takes its small letter's code, as
    `.VnTimeH` (the capitals' font) shows the same codes as capitals."""
    from analysis.legacy_fonts import _CODES, _LETTERS

    table = dict(zip(_LETTERS, _CODES, strict=True))
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(table.get(ch) or table.get(ch.lower()) or ch)
    # ư's code 0xAD is WinAnsi's hyphen: a PDF printed from `.VnTime` with no Unicode map of its glyphs gives `-`
    # for it (pdfium reads the byte so); written as a soft hyphen, the text layer would lose the letter altogether
    return "".join(out).replace("\u00ad", "-")


CAO_BANG = "cao-bang-2010-48-kh-ubnd"

_PLAIN = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @bottom-center { content: counter(page); font-size: 11pt } }
"""


def cao_bang() -> bytes:
    head = _head(
        ["UBND TỈNH CAO BẰNG"],
        "Số: 48/KH-UBND",
        "Cao Bằng, ngày 20 tháng 01 năm 2010",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2010"],
    )
    body = _paras(
        """
I. THỰC TRẠNG
Đến cuối năm 2009, các sở, ban, ngành đều đã có mạng nội bộ và kết nối Internet băng thông rộng; tỷ lệ cán bộ, công chức cấp tỉnh được trang bị máy tính đạt 85%, cấp huyện đạt 60%.
Đội ngũ cán bộ làm công nghệ thông tin còn thiếu, nhiều đơn vị phải giao cho cán bộ văn thư kiêm nhiệm quản trị mạng.
II. MỤC TIÊU NĂM 2010
- 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử.
- 70% cán bộ, công chức cấp huyện sử dụng thư điện tử trong công việc.
- Cung cấp 25 dịch vụ công trực tuyến mức độ 3 trên Cổng thông tin điện tử của tỉnh.
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2010 là 4.250 triệu đồng từ nguồn ngân sách tỉnh.
Sở Thông tin và Truyền thông chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch này.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hà Ngọc Chiến"]
    )
    legacy = "<div class='legacy'>" + head + body + sign + "</div>"
    # every text node in TCVN3 codes (the markup's tags and attributes are ASCII and stay as they are)
    parts = legacy.split(">")
    coded = ">".join(p if "<" not in p else _to_tcvn3(p[: p.index("<")]) + p[p.index("<") :] for p in parts)
    return _pdf_bytes(coded, _PLAIN)


# --- 4. A decision: header and title in Unicode, its body pasted from an old file in VNI ----------------------------


def _to_vni(text: str) -> str:
    from analysis.legacy_fonts import _VNI

    back = {v: k for k, v in sorted(_VNI.items(), key=lambda kv: len(kv[0]))}
    return "".join(back.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


HA_NAM = "ha-nam-2008-1125-qd-ubnd"


def ha_nam() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"],
        "Số: 1125/QĐ-UBND",
        "Hà Nam, ngày 05 tháng 9 năm 2008",
        ["QUYẾT ĐỊNH", "Phê duyệt Kế hoạch ứng dụng công nghệ thông tin", "giai đoạn 2008 - 2010"],
    )
    body = _paras(
        """
Điều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Nam giai đoạn 2008 - 2010 với các nội dung chủ yếu sau:
1. Mục tiêu đến năm 2010
- 80% cán bộ, công chức cấp tỉnh sử dụng thư điện tử trong công việc;
- 50% văn bản được trao đổi giữa các cơ quan nhà nước dưới dạng điện tử;
- Các sở, ngành và huyện, thành phố có trang thông tin điện tử kết nối với Cổng thông tin điện tử của tỉnh.
2. Kinh phí thực hiện
Kinh phí thực hiện giai đoạn 2008 - 2010 là 15.600 triệu đồng, trong đó ngân sách trung ương 5.000 triệu đồng, ngân sách tỉnh 10.600 triệu đồng.
Điều 2. Sở Bưu chính, Viễn thông chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính hướng dẫn các đơn vị triển khai.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Văn Cương"]
    )
    parts = (body + sign).split(">")
    coded = ">".join(p if "<" not in p else _to_vni(p[: p.index("<")]) + p[p.index("<") :] for p in parts)
    return _pdf_bytes(head + coded, _PLAIN)


# --- 5. A portal's news page printed by a browser: margins, menu, sidebar, footer; two articles; decomposed text -----

THANH_HOA = "thanh-hoa-2020-tin-chuyen-doi-so"

_WEB = """
@page { size: A4; margin: 1.2cm 1cm 1.2cm 1cm;
  @top-left { content: "14/07/2020 09:41"; font-size: 8pt; font-family: sans-serif }
  @top-center { content: "Chuyển đổi số - Cổng thông tin điện tử tỉnh Thanh Hóa"; font-size: 8pt;
    font-family: sans-serif }
  @bottom-left { content: "https://thanhhoa.gov.vn/portal/Pages/chuyen-doi-so.aspx"; font-size: 8pt;
    font-family: sans-serif }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 8pt; font-family: sans-serif } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.3 }
.banner { background: #8b0000; color: white; font-weight: bold; font-size: 15pt; padding: 6pt }
.menu { background: #eee; font-size: 9pt; padding: 3pt } .menu span { margin-right: 14pt }
.crumb { font-size: 8.5pt; color: #555; margin: 4pt 0 }
.main { float: left; width: 69% } .side { float: right; width: 27%; font-size: 8.5pt; border-left: 1px solid #ccc;
  padding-left: 6pt }
.main h1 { font-size: 14pt; margin: 4pt 0 } .main .date { font-size: 8.5pt; color: #666 }
.main p { text-indent: 0; margin: 0 0 5pt 0 } .lead { font-weight: bold }
.foot { clear: both; border-top: 2px solid #8b0000; font-size: 8pt; padding-top: 4pt; text-align: center }
hr { border: 0; border-top: 1px dashed #999 }
"""


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def thanh_hoa() -> bytes:
    a1 = (
        "<div class='date'>Thứ Ba, 14/07/2020 08:15</div>"
        f"<h1>{_e('Thanh Hóa đẩy mạnh gửi, nhận văn bản điện tử')}</h1>"
        + "<p class='lead'>"
        + _e(
            "(Thanh Hóa, 14/7/2020) - Theo Sở Thông tin và Truyền thông, đến hết tháng 6/2020, tỷ lệ văn bản điện tử "
            "trao đổi giữa các cơ quan nhà nước trên địa bàn tỉnh đạt 95,4%."
        )
        + "</p><p>"
        + _e(
            "Cùng với đó, 100% cơ quan cấp tỉnh và cấp huyện đã sử dụng chữ ký số chuyên dùng khi phát hành văn bản. "
            "Hiện Cổng dịch vụ công của tỉnh cung cấp 1.012 dịch vụ công trực tuyến mức độ 3 và 286 dịch vụ công "
            "trực tuyến mức độ 4."
        )
        + "</p><p>"
        + _e(
            "Năm nay, tỉnh phấn đấu 100% xã, phường, thị trấn được kết nối mạng truyền số liệu chuyên dùng, bảo đảm "
            "việc gửi, nhận văn bản thông suốt từ tỉnh đến cơ sở."
        )
        + "</p>"
    )
    a2 = (
        "<hr><div class='date'>Thứ Sáu, 10/07/2020 15:30</div>"
        f"<h1>{_e('Tập huấn sử dụng chữ ký số cho cán bộ cấp xã')}</h1><p>"
        + _e(
            "Trong hai ngày 9 và 10/7, Sở Thông tin và Truyền thông mở lớp tập huấn cho gần 200 học viên là công chức "
            "văn phòng của các xã. Đến nay, tỷ lệ cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ đạt 82%."
        )
        + "</p><p>"
        + _e(
            "Toàn tỉnh có 143 cán bộ chuyên trách công nghệ thông tin, trong đó cấp tỉnh 61 người, cấp huyện 54 "
            "người, cấp xã 28 người; đây là lực lượng nòng cốt hướng dẫn người dân sử dụng dịch vụ công."
        )
        + "</p>"
    )
    side = (
        "<b>TIN MỚI</b><br>"
        + "<br>".join(
            _e(t)
            for t in (
                "Hội nghị trực tuyến sơ kết công tác cải cách hành chính",
                "Thông báo lịch tiếp công dân tháng 7",
                "Hướng dẫn nộp hồ sơ qua Cổng dịch vụ công quốc gia",
            )
        )
        + "<br><br><b>THỐNG KÊ TRUY CẬP</b><br>Đang trực tuyến: 1.245<br>Tổng lượt truy cập: 15.620.331"
    )
    page = (
        "<div class='banner'>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA</div>"
        "<div class='menu'>"
        + "".join(
            f"<span>{_e(m)}</span>"
            for m in ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền điện tử", "Văn bản", "Liên hệ")
        )
        + "</div><div class='crumb'>Trang chủ &gt; Tin tức - Sự kiện &gt; Chuyển đổi số</div>"
        f"<div class='main'>{a1}{a2}</div><div class='side'>{side}</div>"
        "<div class='foot'>"
        + _e(
            "Bản quyền thuộc Ủy ban nhân dân tỉnh Thanh Hóa. Địa chỉ: 35 Đại lộ Lê Lợi, TP Thanh Hóa. "
            "Điện thoại: 0237.3852.xxx. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này."
        )
        + "</div>"
    )
    return _pdf_bytes(_nfd(page), _WEB)


# --- 6. A year plan whose landscape budget appendix is a portrait page turned by /Rotate 90 -------------------------

NINH_BINH = "ninh-binh-2017-61-kh-ubnd"


def ninh_binh() -> bytes:
    import pypdf
    from pypdf import Transformation

    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"],
        "Số: 61/KH-UBND",
        "Ninh Bình, ngày 23 tháng 02 năm 2017",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2017"],
    )
    body = _paras(
        """
I. MỤC TIÊU
Nâng cao hiệu quả điều hành của các cơ quan nhà nước và chất lượng phục vụ người dân, doanh nghiệp; cụ thể:
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 60%.
- 100% cơ quan chuyên môn cấp tỉnh sử dụng phần mềm quản lý văn bản và điều hành.
- Cung cấp 120 dịch vụ công trực tuyến mức độ 3 và 15 dịch vụ công trực tuyến mức độ 4.
II. KINH PHÍ
Kinh phí thực hiện các nhiệm vụ của Kế hoạch chi tiết tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; định kỳ sáu tháng báo cáo Ủy ban nhân dân tỉnh.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Tống Quang Thìn"],
    )
    portrait = _pdf_bytes(head + body + sign, _PLAIN)
    rows = [
        [
            "1",
            "Nâng cấp phần mềm quản lý văn bản và điều hành liên thông ba cấp",
            "Sở Thông tin và Truyền thông",
            "2.100",
            "",
            "2.100",
        ],
        ["2", "Xây dựng dịch vụ công trực tuyến mức độ 3, 4", "Văn phòng UBND tỉnh", "3.400", "1.500", "1.900"],
        [
            "3",
            "Trang bị thiết bị an toàn thông tin cho Trung tâm tích hợp dữ liệu",
            "Sở Thông tin và Truyền thông",
            "2.600",
            "1.000",
            "1.600",
        ],
        ["4", "Đào tạo cán bộ chuyên trách công nghệ thông tin", "Sở Nội vụ", "800", "", "800"],
        ["", "Tổng cộng", "", "8.900", "2.500", "6.400"],
    ]
    appendix = (
        "<p class='h'>PHỤ LỤC</p><p class='h'>KINH PHÍ THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2017</p>"
        "<p class='c'>(Kèm theo Kế hoạch số 61/KH-UBND ngày 23/02/2017 của UBND tỉnh Ninh Bình)</p>"
        "<p class='c' style='text-align:right'>Đơn vị tính: triệu đồng</p>"
        + _grid(
            [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"]],
            rows,
            left=(1, 2),
            groups=(4,),
        )
    )
    land = _pdf_bytes(appendix, "@page { size: A4 landscape; margin: 2cm }")
    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(io.BytesIO(portrait)).pages:
        writer.add_page(page)
    src = pypdf.PdfReader(io.BytesIO(land)).pages[0]
    w, h = float(src.mediabox.width), float(src.mediabox.height)  # landscape: w > h
    turned = writer.add_blank_page(width=h, height=w)  # a portrait page ...
    # ... whose content is the landscape page drawn turned a quarter (its top to the page's left), shown upright by
    # /Rotate 90 as a printer driver writes a landscape sheet
    turned.merge_transformed_page(src, Transformation().rotate(90).translate(h, 0))
    turned.rotation = 90
    writer.add_metadata({"/CreationDate": "D:20200101000000Z", "/ModDate": "D:20200101000000Z"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


DOCUMENTS = {
    f"{QUANG_TRI}.pdf": quang_tri,
    f"{SON_LA}.pdf": son_la,
    f"{CAO_BANG}.pdf": cao_bang,
    f"{HA_NAM}.pdf": ha_nam,
    f"{THANH_HOA}.pdf": thanh_hoa,
    f"{NINH_BINH}.pdf": ninh_binh,
}


def write_documents(documents: dict, out: Path) -> None:
    """Each document's PDF, made by its function, written under its name in `out` (make_pdf_docs4 and 5 use it too)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, make in documents.items():
        (out / name).write_bytes(make())


def main(out: Path = OUT) -> None:
    write_documents(DOCUMENTS, out)


if __name__ == "__main__":
    main()
