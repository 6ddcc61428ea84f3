"""The `dev_pdf5` development set: PDFs whose tables have no rules and whose text layer gives each cell's line apart —
a plan's budget table with wrapped labels and its figures centred beside them, a plan's table of yearly goals running
over a page break with its header repeated, a plan's yearly budget table set as an office sets one (no room between
rows, a header wrapped in lower case), a report's results table whose wrapped labels go on with a capital — and a
report scanned in colour at 150 dpi with a red stamp (its ink over the print, as a stamp pad's is) whose rings cross the
figures of its last lines.

Written for round 26 in our own words with fictional figures. Deterministic: run `python tests/make_pdf_docs5.py` to
write the documents into tests/fixtures/dev_pdf5_plans/ (PDF by WeasyPrint, fixed creation dates; the scan rasterised
by pypdfium2 and degraded by a seeded generator); the generated files are committed; the expected facts in its
expected/ folder were written by reading these documents, before the extractor was run on them.
"""

from __future__ import annotations

import io
from pathlib import Path

from make_office_docs import _fixed_dates, _head, _sign
from make_pdf_docs2 import _paras
from make_pdf_docs3 import _e, write_documents
from make_pdf_docs4 import _pdf_bytes, _render, _scanned

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_pdf5_plans"

_PLAIN = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @bottom-center { content: counter(page); font-size: 11pt } }
"""

# A table with no rules: cells aligned by the table's grid; `tight` as an office sets one (no room between rows)
_BARE = """
table.bare { border-collapse: collapse; width: 100%; font-size: 12pt; margin: .3em 0 }
table.bare td, table.bare th { border: none; padding: 3pt 5pt; text-align: right; vertical-align: top }
table.bare th { font-weight: bold }
table.bare td.l, table.bare th.l { text-align: left }
table.bare.mid td { vertical-align: middle }
table.bare.tight td, table.bare.tight th { padding: 0 5pt }
table.bare thead { display: table-header-group } table.bare tr { break-inside: avoid }
"""


def _bare(header: list[str], rows: list[list[str]], left: tuple[int, ...] = (0, 1), cls: str = "") -> str:
    """A table with no rules; a `|` in a cell is a line break (a label wrapped where the office's table wrapped it)."""

    def cell(tag: str, i: int, c: str) -> str:
        text = "<br>".join(_e(part) for part in c.split("|"))
        return f"<{tag}{' class=l' if i in left else ''}>{text}</{tag}>"

    head = "<tr>" + "".join(cell("th", i, c) for i, c in enumerate(header)) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class='bare {cls}'><thead>{head}</thead><tbody>{body}</tbody></table>"


_SIGN = (["Nơi nhận:", "- Như trên;", "- Lưu: VT, KGVX."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])


# --- 1. A plan's budget table: wrapped labels, its figures centred beside them ---------------------------------------

HA_GIANG = "ha-giang-2023-41-kh-ubnd"


def ha_giang() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"],
        "Số: 41/KH-UBND",
        "Hà Giang, ngày 20 tháng 02 năm 2023",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin, phát triển chính quyền số tỉnh Hà Giang năm 2023"],
    )
    body = _paras(
        """
I. MỤC TIÊU
- Phấn đấu 92% văn bản gửi, nhận giữa các cơ quan hành chính nhà nước của tỉnh ở dạng điện tử.
- 100% xã, phường, thị trấn được kết nối mạng truyền số liệu chuyên dùng của cơ quan Đảng, Nhà nước.
- Tỷ lệ người dân, doanh nghiệp nộp hồ sơ qua dịch vụ công trực tuyến đạt 35%.
II. NHIỆM VỤ VÀ KINH PHÍ
Các nhiệm vụ trọng tâm năm 2023 và kinh phí bố trí cho từng nhiệm vụ như bảng dưới đây:
"""
    )
    rows = [
        ["1", "Duy trì, nâng cấp Trung tâm|dữ liệu tỉnh và các hệ thống|dùng chung", "3.600", "1.200", "2.400"],
        ["2", "Xây dựng kho dữ liệu số|ngành tài nguyên môi trường", "2.750", "1.000", "1.750"],
        ["3", "Trang bị thiết bị hội nghị|truyền hình cho các xã|vùng cao", "1.980", "", "1.980"],
        ["4", "Bồi dưỡng kỹ năng số cho|công chức cấp xã", "640", "", "640"],
        ["5", "Bảo đảm an toàn thông tin|mạng", "830", "", "830"],
        ["", "Tổng cộng", "9.800", "2.200", "7.600"],
    ]
    table = _bare(
        ["TT", "Nhiệm vụ", "Tổng kinh phí|(triệu đồng)", "Ngân sách|trung ương", "Ngân sách|tỉnh"], rows, cls="mid"
    )
    closing = _paras(
        """
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính hướng dẫn các đơn vị triển khai Kế hoạch này.
"""
    )
    return _pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE)


# --- 2. A plan's yearly goals: a table over a page break, its header repeated ---------------------------------------

TAY_NINH = "tay-ninh-2023-77-kh-ubnd"


def tay_ninh() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"],
        "Số: 77/KH-UBND",
        "Tây Ninh, ngày 06 tháng 3 năm 2023",
        ["KẾ HOẠCH", "Chuyển đổi số trong cơ quan nhà nước tỉnh Tây Ninh giai đoạn 2023 - 2025"],
    )
    body = _paras(
        """
I. MỤC ĐÍCH
Xác định lộ trình đưa hoạt động của các cơ quan nhà nước lên môi trường số, lấy người dân và doanh nghiệp làm trung tâm; gắn chuyển đổi số với cải cách hành chính và bảo đảm an toàn thông tin.
II. CÁC CHỈ TIÊU THEO TỪNG NĂM
Các chỉ tiêu chủ yếu giao cho các cơ quan, đơn vị phấn đấu đạt trong từng năm của giai đoạn:
"""
    )
    rows = [
        ["Tỷ lệ văn bản điện tử gửi, nhận|giữa các cơ quan nhà nước", "%", "88", "93", "97"],
        ["Tỷ lệ cán bộ, công chức cấp xã|dùng thư điện tử công vụ trong|công việc", "%", "75", "85", "95"],
        ["Tỷ lệ người dân, doanh nghiệp|sử dụng dịch vụ công trực tuyến", "%", "40", "50", "60"],
        ["Tỷ lệ xã có hệ thống hội nghị|truyền hình trực tuyến", "%", "70", "85", "100"],
        ["Số cán bộ chuyên trách công|nghệ thông tin của tỉnh", "người", "84", "90", "96"],
    ]
    table = _bare(["Chỉ tiêu", "Đơn vị|tính", "Năm 2023", "Năm 2024", "Năm 2025"], rows, left=(0,))
    closing = _paras(
        """
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch hằng năm để thực hiện các chỉ tiêu trên; định kỳ báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15 tháng 12.
"""
    )
    # the table starts low on page 1: its last rows go over the page, under its header printed again
    spacer = "<div style='height: 9.2cm'></div>"
    return _pdf_bytes(head + body + spacer + table + closing + _sign(*_SIGN), _PLAIN + _BARE)


# --- 3. A plan's yearly budget table set as an office sets one: no room between rows --------------------------------

SOC_TRANG = "soc-trang-2024-19-kh-ubnd"


def soc_trang() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"],
        "Số: 19/KH-UBND",
        "Sóc Trăng, ngày 25 tháng 01 năm 2024",
        ["KẾ HOẠCH", "Phát triển hạ tầng số phục vụ chính quyền số tỉnh Sóc Trăng giai đoạn 2024 - 2025"],
    )
    body = _paras(
        """
I. MỤC TIÊU
Đến năm 2025, 100% các xã, phường, thị trấn có điểm cầu hội nghị truyền hình kết nối với tỉnh; 100% cơ quan chuyên môn cấp tỉnh dùng chữ ký số chuyên dùng trên văn bản điện tử.
II. KINH PHÍ THỰC HIỆN
Dự kiến kinh phí thực hiện Kế hoạch theo từng năm như sau (đơn vị: triệu đồng):
"""
    )
    rows = [
        ["Năm 2024", "6.300", "2.000", "4.300"],
        ["Năm 2025", "7.100", "2.500", "4.600"],
        ["Tổng cộng", "13.400", "4.500", "8.900"],
    ]
    table = _bare(
        ["Năm", "Tổng kinh phí", "Ngân sách trung|ương hỗ trợ", "Ngân sách tỉnh|cân đối"], rows, left=(0,), cls="tight"
    )
    closing = _paras(
        """
III. TỔ CHỨC THỰC HIỆN
Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí vốn hằng năm theo đúng tiến độ của Kế hoạch.
"""
    )
    return _pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE)


# --- 4. A report's results table: wrapped labels going on with a capital ----------------------------------------------

NAM_DINH = "nam-dinh-2021-290-bc-ubnd"


def nam_dinh() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"],
        "Số: 290/BC-UBND",
        "Nam Định, ngày 10 tháng 12 năm 2021",
        ["BÁO CÁO", "Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin năm 2021"],
    )
    body = _paras(
        """
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Năm 2021, dù chịu ảnh hưởng của dịch bệnh, các cơ quan nhà nước của tỉnh vẫn hoàn thành phần lớn các chỉ tiêu của Kế hoạch. Kết quả cụ thể như sau:
"""
    )
    rows = [
        ["1", "Số dịch vụ công trực tuyến|mức độ 4", "dịch vụ", "180", "203"],
        ["2", "Tỷ lệ cơ quan chuyên môn|Ủy ban nhân dân tỉnh ký số|văn bản điện tử", "%", "100", "100"],
        ["3", "Tỷ lệ văn bản điện tử trao|đổi giữa các cơ quan nhà nước", "%", "85", "89"],
        ["4", "Kinh phí chi cho ứng dụng|Công nghệ thông tin", "triệu đồng", "8.500", "8.120"],
    ]
    table = _bare(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"], rows)
    closing = _paras(
        """
II. NHIỆM VỤ NĂM 2022
Tiếp tục nâng cấp Cổng dịch vụ công của tỉnh; phấn đấu năm 2022 đưa thêm các dịch vụ công trực tuyến mức độ 4 có phát sinh hồ sơ lên Cổng Dịch vụ công quốc gia.
"""
    )
    return _pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE)


# --- 5. A report scanned in colour at 150 dpi: a red stamp's rings across the figures of its last lines -------------

BINH_PHUOC = "binh-phuoc-2020-12-bc-ubnd"


def binh_phuoc_pages() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"],
        "Số: 12/BC-UBND",
        "Bình Phước, ngày 09 tháng 01 năm 2020",
        ["BÁO CÁO", "Tình hình ứng dụng công nghệ thông tin năm 2019"],
    )
    body = _paras(
        """
Thực hiện chỉ đạo của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh báo cáo tình hình ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2019 như sau:
- Hệ thống quản lý văn bản và điều hành đã được triển khai đến 100% cơ quan chuyên môn cấp tỉnh.
- Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử đạt 78%.
- Cổng dịch vụ công của tỉnh cung cấp 352 dịch vụ công trực tuyến mức độ 3 và 87 dịch vụ công trực tuyến mức độ 4.
Trong năm 2019, tỉnh đã chi 7.350 triệu đồng cho ứng dụng công nghệ thông tin.
Đến hết năm 2019, toàn tỉnh có 64 cán bộ chuyên trách công nghệ thông tin.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Tuệ Hiền"]
    )
    return _pdf_bytes(head + body + sign)


def binh_phuoc() -> bytes:
    """Printed, stamped (the pad's red ink over the print: what lies under it shows through) and scanned in colour at
    150 dpi; the stamp's outer ring crosses the last two lines' figures."""
    import numpy as np
    from PIL import Image, ImageChops, ImageDraw

    (page,) = _render(binh_phuoc_pages(), 150, grey=False)
    page = page.convert("RGB")
    w, h = page.size
    stamp = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(stamp)
    cx, cy, r = int(w * 0.52), int(0.468 * h), int(0.09 * w)
    red = (200, 40, 45)
    for k in range(3):
        draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=red)
    r2 = int(r * 0.7)
    draw.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=red, width=2)
    draw.regular_polygon((cx, cy, int(r * 0.22)), 5, fill=red)
    page = ImageChops.multiply(page, stamp)  # the pad's ink over the print
    draw = ImageDraw.Draw(page)
    pts = [(int(w * 0.58) + 4 * t, int(0.575 * h) + int(9 * np.sin(t / 2.2))) for t in range(40)]
    draw.line(pts, fill=(35, 55, 160), width=3)
    scan = _scanned(page, 11, skew=0.8, noise=7, jpeg=65)
    buf = io.BytesIO()
    scan.save(buf, "PDF", resolution=150)
    return _fixed_dates(buf.getvalue())


DOCUMENTS = {
    f"{HA_GIANG}.pdf": ha_giang,
    f"{TAY_NINH}.pdf": tay_ninh,
    f"{SOC_TRANG}.pdf": soc_trang,
    f"{NAM_DINH}.pdf": nam_dinh,
    f"{BINH_PHUOC}.pdf": binh_phuoc,
}


def main(out: Path = OUT) -> None:
    write_documents(DOCUMENTS, out)


if __name__ == "__main__":
    main()
