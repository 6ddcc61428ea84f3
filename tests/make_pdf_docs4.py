"""The `dev_pdf4` development set: PDFs in layouts the earlier PDF sets lack — a plan whose first page has a clean
text layer and whose second page's font lost its Unicode map (its text layer gives glyph codes, not letters), a report
scanned in colour at 150 dpi with a slight skew, a red round stamp over its last lines and a blue signature, a plan
whose budget appendix is a scanned page put between born-digital pages, a plan whose budget table has no rules (cells
aligned by tab stops) and runs over a page break without its header repeated, and a news page printed in three
columns under a headline across them.

Written for round 25 in our own words with fictional figures. Deterministic: run `python tests/make_pdf_docs4.py` to
write the documents into tests/fixtures/dev_pdf4_plans/ (PDF by WeasyPrint, fixed creation dates; scans rasterised by
pypdfium2 and degraded by a seeded generator; pages put together by pypdf); the generated files are committed; the
expected facts in its expected/ folder were written by reading these documents, before the extractor was run on them.
"""

from __future__ import annotations

import io
from pathlib import Path

from make_office_docs import _fixed_dates, _grid, _head, _sign
from make_pdf_docs2 import _paras
from make_pdf_docs3 import _e, write_documents
from make_pdf_docs3 import _pdf_bytes as _pdf3_bytes

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_pdf4_plans"

_PLAIN = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @bottom-center { content: counter(page); font-size: 11pt } }
"""


def _pdf_bytes(body: str, style: str = _PLAIN) -> bytes:
    """A page of HTML as PDF, as dev_pdf3's are made (no running head)."""
    return _pdf3_bytes(body, style)


def _joined(parts: list[bytes], strip_unicode_map: tuple[int, ...] = ()) -> bytes:
    """The PDFs' pages one after another; the fonts of the parts in `strip_unicode_map` lose their /ToUnicode."""
    import pypdf
    from pypdf.generic import NameObject

    writer = pypdf.PdfWriter()
    for k, data in enumerate(parts):
        for page in pypdf.PdfReader(io.BytesIO(data)).pages:
            added = writer.add_page(page)
            if k in strip_unicode_map:
                fonts = added["/Resources"].get_object().get("/Font", {})
                for ref in fonts.get_object().values():
                    font = ref.get_object()
                    if NameObject("/ToUnicode") in font:
                        del font[NameObject("/ToUnicode")]
    writer.add_metadata({"/CreationDate": "D:20200101000000Z", "/ModDate": "D:20200101000000Z"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _render(data: bytes, dpi: int, grey: bool) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(io.BytesIO(data))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=grey).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def _scanned(image, seed: int, skew: float, noise: float, jpeg: int):
    """A page (RGB or grey) as a scanner leaves it: grey-ish paper, noise, a slight skew, blur, JPEG."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    a = np.asarray(image, dtype=np.float32)
    a = 25 + (a / 255.0) * (238 - 25) + rng.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), image.mode)
    fill = (238, 238, 238) if image.mode == "RGB" else 238
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=fill).filter(ImageFilter.GaussianBlur(0.4))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=jpeg)
    return Image.open(io.BytesIO(buf.getvalue())).convert(image.mode)


# --- 1. A plan: page 1's text layer clean, page 2's font without its Unicode map -----------------------------------

LANG_SON = "lang-son-2021-112-kh-ubnd"


def lang_son() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"],
        "Số: 112/KH-UBND",
        "Lạng Sơn, ngày 08 tháng 4 năm 2021",
        ["KẾ HOẠCH", "Phát triển chính quyền điện tử tỉnh Lạng Sơn năm 2021"],
    )
    page1 = _paras(
        """
I. MỤC TIÊU NĂM 2021
- Đưa 230 dịch vụ công trực tuyến mức độ 3 và 145 dịch vụ công trực tuyến mức độ 4 lên Cổng dịch vụ công của tỉnh.
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 85%.
- 100% Ủy ban nhân dân cấp xã được kết nối mạng truyền số liệu chuyên dùng.
"""
    )
    page2 = _paras(
        """
II. NHÂN LỰC VÀ KINH PHÍ
- Bố trí 96 cán bộ chuyên trách công nghệ thông tin tại các cơ quan nhà nước của tỉnh.
- Tỷ lệ cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ đạt 90%.
Tổng kinh phí thực hiện Kế hoạch năm 2021 là 12.800 triệu đồng từ ngân sách tỉnh.
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, hướng dẫn và theo dõi việc thực hiện Kế hoạch này.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Tiến Thiệu"]
    )
    return _joined([_pdf_bytes(head + page1), _pdf_bytes(page2 + sign)], strip_unicode_map=(1,))


# --- 2. A report scanned in colour at 150 dpi: a slight skew, a red round stamp over its last lines ---------------

BAC_GIANG = "bac-giang-2020-45-bc-ubnd"


def bac_giang_pages() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"],
        "Số: 45/BC-UBND",
        "Bắc Giang, ngày 14 tháng 01 năm 2020",
        ["BÁO CÁO", "Kết quả xây dựng chính quyền điện tử năm 2019"],
    )
    body = _paras(
        """
Năm 2019, các cơ quan nhà nước của tỉnh tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong chỉ đạo, điều hành và giải quyết thủ tục hành chính. Kết quả cụ thể như sau:
- Toàn tỉnh đã cung cấp 410 dịch vụ công trực tuyến mức độ 3 và 96 dịch vụ công trực tuyến mức độ 4.
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 82%.
- 100% cơ quan chuyên môn cấp tỉnh sử dụng phần mềm quản lý văn bản và điều hành.
Kinh phí đã chi cho chính quyền điện tử trong năm 2019 là 9.640 triệu đồng.
Năm 2020, tỉnh phấn đấu tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 90%.
Đội ngũ cán bộ chuyên trách công nghệ thông tin cấp xã hiện có 58 người.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Ánh Dương"]
    )
    return _pdf_bytes(head + body + sign)


def bac_giang() -> bytes:
    """Printed, stamped and signed, then scanned in colour at 150 dpi: the stamp's ring over the last two lines."""
    import numpy as np
    from PIL import ImageDraw

    (page,) = _render(bac_giang_pages(), 150, grey=False)
    page = page.convert("RGB")
    draw = ImageDraw.Draw(page)
    w, h = page.size
    # the stamp over the left of the signer's title, its ring over the report's last line of text
    cx, cy, r = int(w * 0.56), int(0.50 * h), int(0.085 * w)
    red = (205, 35, 40)
    for k in range(4):
        draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=red)
    r2 = int(r * 0.68)
    draw.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=red, width=2)
    draw.regular_polygon((cx, cy, int(r * 0.25)), 5, fill=red)
    pts = [(int(w * 0.60) + 4 * t, int(0.565 * h) + int(10 * np.sin(t / 2.5))) for t in range(45)]
    draw.line(pts, fill=(30, 50, 170), width=3)
    scan = _scanned(page, 7, skew=-1.1, noise=6, jpeg=70)
    buf = io.BytesIO()
    scan.save(buf, "PDF", resolution=150)
    return _fixed_dates(buf.getvalue())


# --- 3. A plan whose budget appendix is a scanned page between born-digital pages ----------------------------------

VINH_LONG = "vinh-long-2019-2210-kh-ubnd"


def vinh_long() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG"],
        "Số: 2210/KH-UBND",
        "Vĩnh Long, ngày 27 tháng 5 năm 2019",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2019"],
    )
    body = _paras(
        """
I. MỤC TIÊU
- 100% cơ quan chuyên môn cấp tỉnh sử dụng chữ ký số trong gửi, nhận văn bản điện tử.
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 75%.
- Cung cấp 62 dịch vụ công trực tuyến mức độ 4.
II. KINH PHÍ
Kinh phí thực hiện Kế hoạch chi tiết tại Phụ lục kèm theo.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lữ Quang Ngời"]
    )
    appendix = (
        "<p class='h'>PHỤ LỤC</p><p class='h'>KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2019</p>"
        "<p class='c'>(Kèm theo Kế hoạch số 2210/KH-UBND ngày 27/5/2019 của UBND tỉnh Vĩnh Long)</p>"
        "<p class='c' style='text-align:right'>Đơn vị tính: triệu đồng</p>"
        + _grid(
            [["STT", "Nhiệm vụ", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"]],
            [
                ["1", "Nâng cấp Cổng dịch vụ công và hệ thống một cửa điện tử", "3.200", "1.200", "2.000"],
                ["2", "Trang bị chứng thư số cho cán bộ lãnh đạo", "650", "", "650"],
                ["3", "Đào tạo kỹ năng công nghệ thông tin cho cán bộ, công chức", "450", "", "450"],
                ["", "Tổng cộng", "4.300", "1.200", "3.100"],
            ],
            groups=(3,),
        )
    )
    closing = _paras(
        """
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính hướng dẫn các cơ quan lập dự toán kinh phí.
"""
    )
    from PIL import Image

    (image,) = _render(_pdf_bytes(appendix), 150, grey=True)
    scan = _scanned(image.convert("L"), 3, skew=0.7, noise=5, jpeg=75)
    buf = io.BytesIO()
    scan.save(buf, "PDF", resolution=150)
    assert isinstance(scan, Image.Image)
    return _joined([_pdf_bytes(head + body + sign), buf.getvalue(), _pdf_bytes(closing)])


# --- 4. A budget table without rules (cells at tab stops) over a page break, its header not repeated ---------------

PHU_YEN = "phu-yen-2022-74-kh-ubnd"

_BARE = """
table.bare { border-collapse: collapse; width: 100%; font-size: 12.5pt }
table.bare td, table.bare th { border: none; padding: 3pt 4pt; text-align: right; vertical-align: top }
table.bare td.l, table.bare th.l { text-align: left }
table.bare thead { display: table-row-group } table.bare tr { break-inside: avoid }
"""


def phu_yen() -> bytes:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"],
        "Số: 74/KH-UBND",
        "Phú Yên, ngày 18 tháng 3 năm 2022",
        ["KẾ HOẠCH", "Chuyển đổi số trong cơ quan nhà nước tỉnh Phú Yên năm 2022"],
    )
    body = _paras(
        """
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân và doanh nghiệp; bảo đảm an toàn thông tin mạng trong quá trình triển khai; gắn nhiệm vụ chuyển đổi số với cải cách hành chính.
II. CHỈ TIÊU NĂM 2022
- Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến đạt 30%.
- 90% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.
- 100% Ủy ban nhân dân cấp huyện sử dụng chữ ký số chuyên dùng trong gửi văn bản.
- 80% cán bộ, công chức cấp xã sử dụng thư điện tử công vụ trong công việc.
III. NHIỆM VỤ
Hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu của tỉnh; kết nối các cơ sở dữ liệu chuyên ngành với cơ sở dữ liệu quốc gia; triển khai các nền tảng số dùng chung; tập huấn kỹ năng số cho cán bộ, công chức; rà soát, đánh giá mức độ an toàn của các hệ thống thông tin.
Tăng cường tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng; khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.
IV. KINH PHÍ
Kinh phí thực hiện các nhiệm vụ năm 2022 như sau (đơn vị tính: triệu đồng):
"""
    )
    rows = [
        ["1", "Nâng cấp nền tảng tích hợp, chia sẻ dữ liệu", "2.400", "1.000", "1.400"],
        ["2", "Kết nối cơ sở dữ liệu chuyên ngành", "1.850", "", "1.850"],
        ["3", "Triển khai nền tảng số dùng chung", "3.100", "1.500", "1.600"],
        ["4", "Tập huấn kỹ năng số cho cán bộ, công chức", "520", "", "520"],
        ["5", "Đánh giá an toàn hệ thống thông tin", "780", "", "780"],
        ["6", "Tuyên truyền về chuyển đổi số", "350", "", "350"],
        ["7", "Thuê dịch vụ hạ tầng điện toán đám mây", "1.200", "", "1.200"],
        ["8", "Mua sắm thiết bị cho bộ phận một cửa cấp xã", "1.600", "", "1.600"],
        ["", "Tổng cộng", "11.800", "2.500", "9.300"],
    ]
    header = "<tr><th class='l'>STT</th><th class='l'>Nhiệm vụ</th><th>Tổng số</th><th>Ngân sách trung ương</th><th>Ngân sách tỉnh</th></tr>"
    trs = "".join(
        "<tr>" + "".join(f"<td{' class=l' if i < 2 else ''}>{_e(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    table = f"<table class='bare'><thead>{header}</thead><tbody>{trs}</tbody></table>"
    closing = _paras(
        """
V. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện Kế hoạch.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Hữu Thế"]
    )
    # the table starts near page 1's foot: the browser breaks it between rows and does not repeat the header
    spacer = "<div style='height: 2.6cm'></div>"
    return _pdf_bytes(head + body + spacer + table + closing + sign, _PLAIN + _BARE)


# --- 5. A news page printed in three columns under a headline across them ------------------------------------------

KIEN_GIANG = "kien-giang-2021-tin-chinh-quyen-so"

_COLS = """
@page { size: A4; margin: 1.6cm }
h1 { font-size: 20pt; text-align: center; margin: 0 0 .2em 0 }
p.sap { font-style: italic; text-align: center; text-indent: 0; margin-bottom: .8em }
.cols { column-count: 3; column-gap: .7cm; column-rule: 1px solid #999; font-size: 11pt }
.cols p { text-indent: .6cm }
"""


def kien_giang() -> bytes:
    text = _paras(
        """
Ngày 12 tháng 01 năm 2021, Sở Thông tin và Truyền thông tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021. Tham dự có lãnh đạo các sở, ngành, Ủy ban nhân dân các huyện, thành phố và đại diện các doanh nghiệp viễn thông trên địa bàn.
Báo cáo tại hội nghị cho biết, trong năm 2020 hạ tầng kỹ thuật phục vụ chính quyền điện tử tiếp tục được đầu tư đồng bộ. Trung tâm dữ liệu của tỉnh được nâng cấp, bảo đảm vận hành ổn định các hệ thống dùng chung; mạng truyền số liệu chuyên dùng đã kết nối đến tất cả các huyện, thành phố.
Đến hết năm 2020, Cổng dịch vụ công của tỉnh đã cung cấp 318 dịch vụ công trực tuyến mức độ 3 và 204 dịch vụ công trực tuyến mức độ 4. Số hồ sơ nộp trực tuyến tăng gần gấp đôi so với năm trước.
Hệ thống quản lý văn bản và điều hành được triển khai thống nhất từ tỉnh đến xã; trong năm 2020, tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 87%. Hầu hết lãnh đạo các cơ quan đã xử lý văn bản trên môi trường mạng, kể cả khi đi công tác.
Đến cuối năm 2020, toàn tỉnh có 112 cán bộ chuyên trách công nghệ thông tin ở các cơ quan nhà nước; nhiều đơn vị cấp xã vẫn phải bố trí cán bộ kiêm nhiệm.
Phát biểu chỉ đạo, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị ngành tập trung tham mưu triển khai chương trình chuyển đổi số. Năm 2021, tỉnh phấn đấu đưa 300 dịch vụ công trực tuyến mức độ 4 lên Cổng dịch vụ công và tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 95%.
Tại hội nghị, các doanh nghiệp viễn thông cam kết phối hợp phủ sóng di động đến các ấp vùng sâu, vùng xa và các xã đảo, hỗ trợ người dân sử dụng dịch vụ công trực tuyến.
"""
    )
    body = (
        "<h1>Kiên Giang: chính quyền điện tử bước vào giai đoạn mới</h1>"
        "<p class='sap'>Cập nhật ngày 13/01/2021 — Tin từ Sở Thông tin và Truyền thông</p>"
        f"<div class='cols'>{text}</div>"
    )
    return _pdf_bytes(body, _COLS)


DOCUMENTS = {
    f"{LANG_SON}.pdf": lang_son,
    f"{BAC_GIANG}.pdf": bac_giang,
    f"{VINH_LONG}.pdf": vinh_long,
    f"{PHU_YEN}.pdf": phu_yen,
    f"{KIEN_GIANG}.pdf": kien_giang,
}


def main(out: Path = OUT) -> None:
    write_documents(DOCUMENTS, out)


if __name__ == "__main__":
    main()
