"""The `dev_pdf6` development set: scans a reader meets and the earlier PDF sets lack — a plan's goals table printed
with no rules and scanned in grey, a report scanned as a strong photocopy (150 dpi, skew, speckle, JPEG q40) with a
round stamp and a signature over its last lines of figures, a plan's budget table with no rules scanned as a strong
photocopy, a report's results table with no rules and its shares written with `%` scanned at 300 dpi, and a plan whose
ruled budget table runs onto its last page under the stamp, scanned as a strong photocopy.

Written for stop 27 in our own words with fictional figures. Deterministic: run `python tests/make_pdf_docs6.py` to
write the documents into tests/fixtures/dev_pdf6_plans/ (PDF by WeasyPrint, fixed creation dates; scans rasterised by
pypdfium2 and degraded by seeded generators, those of make_pdf_docs4 and make_formats); the generated files are
committed; the expected facts in its expected/ folder were written by reading these documents, before the extractor
was run on them.
"""

from __future__ import annotations

import io
from pathlib import Path

from make_formats import SCAN_LEVELS, degrade_scan
from make_office_docs import _fixed_dates, _grid, _head, _sign
from make_pdf_docs2 import _paras
from make_pdf_docs3 import write_documents
from make_pdf_docs4 import _pdf_bytes, _render, _scanned
from make_pdf_docs5 import _BARE, _PLAIN, _bare

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_pdf6_plans"

_SIGN = (["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])

# no page number at the foot: the page's last ink is the signature, and the stamp stands over the lines above it
_NO_FOOT = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm }
"""

_RULED = """
table.grid { border-collapse: collapse; width: 100%; font-size: 12pt; margin: .3em 0 }
table.grid td, table.grid th { border: 1px solid black; padding: 2pt 4pt; text-align: center }
table.grid td.l { text-align: left } table.grid thead { display: table-header-group }
"""


def _image_pdf(pages: list, dpi: int) -> bytes:
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return _fixed_dates(buf.getvalue())


def _photocopy(data: bytes, stamp: bool) -> bytes:
    """Printed, photocopied and scanned as bench_scans' `strong` level does (150 dpi, 1.6° skew, uneven grey paper,
    speckle, JPEG q40); with `stamp`, a round stamp and a signature over the last lines of the last page."""
    level = dict(SCAN_LEVELS["strong"], stamp=stamp)
    images = [im.convert("L") for im in _render(data, level["dpi"], grey=True)]
    return _image_pdf([degrade_scan(im, level, k, k == len(images) - 1) for k, im in enumerate(images)], level["dpi"])


# --- 1. A plan's goals table with no rules, scanned in grey at 200 dpi ----------------------------------------------

LAI_CHAU = "lai-chau-2024-35-kh-ubnd"


def lai_chau() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
        "Số: 35/KH-UBND",
        "Lai Châu, ngày 05 tháng 02 năm 2024",
        ["KẾ HOẠCH", "Phát triển chính quyền số tỉnh Lai Châu năm 2024 - 2025"],
    )
    body = _paras(
        """
I. MỤC TIÊU
Đưa phần lớn hoạt động chỉ đạo, điều hành của các cơ quan nhà nước trên địa bàn tỉnh lên môi trường mạng; nâng chất lượng phục vụ người dân, doanh nghiệp.
Các chỉ tiêu cụ thể giao cho từng năm như sau:
"""
    )
    rows = [
        ["Tỷ lệ văn bản gửi, nhận giữa các|cơ quan nhà nước dưới dạng điện tử", "%", "85", "90"],
        ["Tỷ lệ cán bộ, công chức cấp huyện|dùng hộp thư điện tử công vụ|trong trao đổi công việc", "%", "80", "90"],
        ["Số dịch vụ công trực tuyến toàn|trình được cung cấp", "dịch vụ", "420", "500"],
        ["Tỷ lệ xã, phường, thị trấn được|kết nối mạng truyền số liệu|chuyên dùng", "%", "95", "100"],
    ]
    table = _bare(["Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"], rows, left=(0,))
    closing = _paras(
        """
II. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.
"""
    )
    (page,) = _render(_pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE), 200, grey=True)
    return _image_pdf([_scanned(page.convert("L"), 21, skew=0.5, noise=5, jpeg=75)], 200)


# --- 2. A report scanned as a strong photocopy: a stamp and a signature over its last lines of figures ---------------

QUANG_NGAI = "quang-ngai-2022-118-bc-ubnd"


def quang_ngai() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"],
        "Số: 118/BC-UBND",
        "Quảng Ngãi, ngày 12 tháng 12 năm 2022",
        ["BÁO CÁO", "Kết quả chuyển đổi số năm 2022"],
    )
    body = _paras(
        """
Ủy ban nhân dân tỉnh báo cáo kết quả chuyển đổi số trong các cơ quan nhà nước của tỉnh năm 2022 như sau:
I. VỀ HẠ TẦNG VÀ NỀN TẢNG
Mạng truyền số liệu chuyên dùng đã kết nối đến 173 điểm của các cơ quan Đảng, Nhà nước từ tỉnh đến xã. Hệ thống hội nghị truyền hình trực tuyến đã có điểm cầu tại 100% xã, phường, thị trấn.
II. VỀ ỨNG DỤNG TRONG CƠ QUAN NHÀ NƯỚC
Văn bản gửi, nhận giữa các cơ quan nhà nước dưới dạng điện tử chiếm 94%. Tỷ lệ cán bộ, công chức cấp xã thường xuyên dùng hộp thư điện tử công vụ trong công việc đạt 76%.
III. VỀ NHÂN LỰC VÀ KINH PHÍ
Toàn tỉnh hiện có 58 cán bộ chuyên trách công nghệ thông tin trong các cơ quan nhà nước.
Kinh phí chi cho chuyển đổi số trong năm 2022 là 21.600 triệu đồng, trong đó ngân sách tỉnh 15.900 triệu đồng.
"""
    )
    return _photocopy(_pdf_bytes(head + body + _sign(*_SIGN), _NO_FOOT), stamp=True)


# --- 3. A plan's budget table with no rules, scanned as a strong photocopy -----------------------------------------

BINH_DINH = "binh-dinh-2023-52-kh-ubnd"


def binh_dinh() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"],
        "Số: 52/KH-UBND",
        "Bình Định, ngày 14 tháng 3 năm 2023",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin, chuyển đổi số tỉnh Bình Định giai đoạn 2023 - 2025"],
    )
    body = _paras(
        """
I. MỤC TIÊU
Đến năm 2025, 90% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến khi thực hiện thủ tục hành chính; 100% Ủy ban nhân dân cấp xã sử dụng chữ ký số trong gửi, nhận văn bản.
II. KINH PHÍ
Kinh phí thực hiện Kế hoạch phân theo năm và theo nguồn vốn như sau (đơn vị tính: triệu đồng):
"""
    )
    rows = [
        ["Năm 2023", "8.200", "3.000", "5.200"],
        ["Năm 2024", "9.400", "3.500", "5.900"],
        ["Năm 2025", "10.600", "4.000", "6.600"],
        ["Tổng cộng", "28.200", "10.500", "17.700"],
    ]
    table = _bare(["Năm", "Tổng số", "Ngân sách|trung ương", "Ngân sách|tỉnh"], rows, left=(0,))
    closing = _paras(
        """
III. TỔ CHỨC THỰC HIỆN
Sở Tài chính bố trí kinh phí hằng năm theo khả năng cân đối ngân sách; các sở, ngành, địa phương chủ động lồng ghép các nguồn vốn để thực hiện.
"""
    )
    return _photocopy(_pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE), stamp=False)


# --- 4. A report's results table with no rules, shares written with `%`, scanned at 300 dpi -------------------------

HUNG_YEN = "hung-yen-2022-09-bc-ubnd"


def hung_yen() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"],
        "Số: 09/BC-UBND",
        "Hưng Yên, ngày 18 tháng 01 năm 2022",
        ["BÁO CÁO", "Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin năm 2021"],
    )
    body = _paras(
        """
I. KẾT QUẢ ĐẠT ĐƯỢC
Năm 2021, các sở, ngành và địa phương đã triển khai đầy đủ các nhiệm vụ của Kế hoạch. Kết quả các chỉ tiêu chủ yếu như sau:
"""
    )
    rows = [
        ["1", "Văn bản điện tử trao đổi giữa|các cơ quan nhà nước", "90%", "92%"],
        ["2", "Cán bộ, công chức cấp tỉnh được|cấp hộp thư điện tử công vụ", "100%", "100%"],
        ["3", "Ủy ban nhân dân cấp xã dùng phần|mềm quản lý văn bản", "95%", "97%"],
        ["4", "Người dân, doanh nghiệp sử dụng|dịch vụ công trực tuyến", "30%", "26%"],
    ]
    table = _bare(["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"], rows)
    closing = _paras(
        """
II. NHIỆM VỤ NĂM 2022
Tiếp tục đẩy mạnh cung cấp dịch vụ công trực tuyến, nâng cao tỷ lệ hồ sơ nộp trực tuyến; bảo đảm an toàn thông tin cho các hệ thống dùng chung của tỉnh.
"""
    )
    page = _render(_pdf_bytes(head + body + table + closing + _sign(*_SIGN), _PLAIN + _BARE), 300, grey=True)[0]
    return _image_pdf([degrade_scan(page.convert("L"), SCAN_LEVELS["mild"], 0, True)], 300)


# --- 5. A plan whose ruled budget table runs onto its last page under the stamp, a strong photocopy ----------------

DIEN_BIEN = "dien-bien-2019-610-kh-ubnd"


def dien_bien() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN"],
        "Số: 610/KH-UBND",
        "Điện Biên, ngày 08 tháng 3 năm 2019",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Điện Biên năm 2019"],
    )
    body = _paras(
        """
I. MỤC TIÊU
Năm 2019, 100% sở, ban, ngành và Ủy ban nhân dân cấp huyện sử dụng hệ thống quản lý văn bản và điều hành; cung cấp 120 dịch vụ công trực tuyến mức độ 3 và 35 dịch vụ công trực tuyến mức độ 4.
II. NHIỆM VỤ
Hoàn thiện hạ tầng kỹ thuật, xây dựng cơ sở dữ liệu chuyên ngành, phát triển các ứng dụng phục vụ người dân và doanh nghiệp, bảo đảm an toàn thông tin mạng cho các hệ thống dùng chung.
Nâng cấp Cổng thông tin điện tử của tỉnh, bổ sung chức năng tiếp nhận phản ánh, kiến nghị của người dân trên thiết bị di động.
Mở rộng kết nối, chia sẻ dữ liệu giữa hệ thống một cửa điện tử của tỉnh với các hệ thống thông tin của bộ, ngành trung ương.
III. KINH PHÍ
Kinh phí thực hiện các nhiệm vụ năm 2019 như sau (đơn vị: triệu đồng):
"""
    )
    rows = [
        ["1", "Hạ tầng kỹ thuật", "2.400", "1.000", "1.400"],
        ["2", "Cơ sở dữ liệu chuyên ngành", "1.850", "800", "1.050"],
        ["3", "Ứng dụng phục vụ người dân", "1.300", "", "1.300"],
        ["4", "An toàn thông tin", "650", "", "650"],
        ["", "Tổng cộng", "6.200", "1.800", "4.400"],
    ]
    table = _grid([["TT", "Nội dung", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"]], rows)
    # the table starts low on page 1: its last rows go over the page, with the stamp over them
    spacer = "<div style='height: 7.6cm'></div>"
    return _photocopy(_pdf_bytes(head + body + spacer + table + _sign(*_SIGN), _NO_FOOT + _RULED), stamp=True)


DOCUMENTS = {
    f"{LAI_CHAU}.pdf": lai_chau,
    f"{QUANG_NGAI}.pdf": quang_ngai,
    f"{BINH_DINH}.pdf": binh_dinh,
    f"{HUNG_YEN}.pdf": hung_yen,
    f"{DIEN_BIEN}.pdf": dien_bien,
}


def main(out: Path = OUT) -> None:
    write_documents(DOCUMENTS, out)


if __name__ == "__main__":
    main()
