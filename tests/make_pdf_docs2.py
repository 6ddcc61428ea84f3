"""The `dev_pdf2` development set: born-digital PDFs laid out as provincial offices print them — the national motto
block in two columns beside the issuing body and the number, running headers and footers with page numbers that fall
inside a sentence cut across two pages, footnotes at the page foot (one between the halves of a sentence), a news
bulletin in two columns, a landscape budget appendix over two pages (its header row repeated), narrow justified text
with no hyphens whose figures are cut at a line end, a ruled table with merged cells, and lists of `-` and `+` levels.

Written for round 23 in our own words with fictional figures. Deterministic: run `python tests/make_pdf_docs2.py` to
write the documents into tests/fixtures/dev_pdf2_plans/ (PDF by WeasyPrint, fixed creation dates); the generated files
are committed, so reading them never depends on the fonts of the machine; the expected facts in its expected/ folder
were written by reading these documents, before the extractor was run on them.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from make_office_docs import _fixed_dates, _grid, _head, _sign

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_pdf2_plans"

BASE = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.3 }
p { margin: 0 0 .35em 0; text-align: justify; text-indent: 1cm; hyphens: manual; orphans: 1; widows: 1 }
p.h { text-align: center; font-weight: bold; text-indent: 0 }
p.c { text-align: center; text-indent: 0; font-style: italic }
p.b { font-weight: bold }
p.l1 { text-indent: 1cm } p.l2 { text-indent: 0; margin-left: 1.6cm }
table.head { width: 100%; border-collapse: collapse; margin-bottom: .8em }
table.head td { text-align: center; vertical-align: top; font-weight: bold; font-size: 12.5pt; padding: 0 }
table.head td.left { width: 40% } table.head td.plain { font-weight: normal } table.head td.date { font-style: italic }
table.grid { border-collapse: collapse; width: 100%; margin: .4em 0; font-size: 12pt }
table.grid td, table.grid th { border: 1px solid black; padding: 2pt 4pt; text-align: center; vertical-align: middle }
table.grid td.l { text-align: left } table.grid th { font-weight: bold }
table.grid tr.g td { font-weight: bold }
table.sign { width: 100%; margin-top: 1em; font-size: 12pt } table.sign td { vertical-align: top; padding: 0 }
table.sign td.r { text-align: center; font-weight: bold; width: 50% }
.fn { float: footnote; font-size: 10pt; text-indent: 0; text-align: justify; footnote-display: block;
  list-style-position: inside }
::footnote-call { font-size: 8pt; vertical-align: super; line-height: 0 }
::footnote-marker { font-size: 8pt; vertical-align: super }
.run { position: running(run); font-size: 10pt; font-style: italic }
"""


def _e(s: str) -> str:
    return html.escape(s)


def _paras(text: str) -> str:
    """A paragraph a line; `- ` and `+ ` items are list levels, a line in capitals or opening `I.` a heading."""
    out = []
    for ln in text.strip().splitlines():
        s = ln.strip()
        if not s:
            continue
        if s.startswith("+ "):
            cls = " class='l2'"
        elif s.startswith("- "):
            cls = " class='l1'"
        elif s.isupper() or s.split(" ", 1)[0] in ("I.", "II.", "III.", "IV.", "V."):
            cls = " class='b'"
        else:
            cls = ""
        out.append(f"<p{cls}>{_e(s)}</p>")
    return "".join(out)


def _pdf(body: str, style: str, path: Path, run: str = "") -> None:
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    running = f"<div class='run'>{_e(run)}</div>" if run else ""
    doc = f"<html><head><meta charset='utf-8'><style>{BASE}{style}</style></head><body>{running}{body}</body></html>"
    path.write_bytes(_fixed_dates(weasyprint.HTML(string=doc).write_pdf()))


# --- 1. A year plan: page numbers at the top from page 2, a running footer, a sentence cut across pages, - / + lists

BINH_THUAN = "binh-thuan-2019-62-kh-ubnd"

_PAGE_TOP = """
@page { size: A4; margin: 2cm 2cm 2.2cm 3cm;
  @top-center { content: counter(page); font-size: 12pt }
  @bottom-left { content: element(run); } }
@page :first { @top-center { content: none } }
"""


def binh_thuan(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"],
        "Số: 62/KH-UBND",
        "Bình Thuận, ngày 11 tháng 01 năm 2019",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", "tỉnh Bình Thuận năm 2019"],
    )
    body = _paras(
        """
Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006; căn cứ các văn bản hướng dẫn của Bộ Thông tin và Truyền thông về xây dựng Chính quyền điện tử; xét đề nghị của Giám đốc Sở Thông tin và Truyền thông, Ủy ban nhân dân tỉnh ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2019 với các nội dung sau đây.
I. ĐÁNH GIÁ TÌNH HÌNH NĂM 2018
1. Hạ tầng kỹ thuật
Mạng nội bộ của các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố được duy trì ổn định; các cơ quan đều có đường truyền Internet tốc độ cao; mạng truyền số liệu chuyên dùng đã kết nối tới các cơ quan chuyên môn cấp tỉnh và cấp huyện, phục vụ họp trực tuyến giữa Ủy ban nhân dân tỉnh với các địa phương.
Công tác bảo đảm an toàn thông tin được quan tâm hơn; các cơ quan đã cài đặt phần mềm phòng chống mã độc có bản quyền cho phần lớn máy tính kết nối mạng, tuy nhiên việc sao lưu dữ liệu định kỳ ở một số đơn vị vẫn chưa được thực hiện nghiêm túc.
Trong năm, Sở Thông tin và Truyền thông đã tổ chức kiểm tra tình hình ứng dụng công nghệ thông tin tại mười hai cơ quan, đơn vị; qua kiểm tra cho thấy phần lớn các cơ quan đã ban hành quy chế sử dụng hệ thống thông tin nội bộ, phân công lãnh đạo phụ trách và bố trí công chức theo dõi; một số đơn vị còn để máy chủ trong phòng làm việc chung, không có điều hòa và thiết bị lưu điện, dễ gây gián đoạn khi mất điện kéo dài vào mùa khô.
2. Ứng dụng trong nội bộ cơ quan nhà nước
Hệ thống thư điện tử công vụ của tỉnh tiếp tục được sử dụng rộng rãi trong trao đổi công việc hằng ngày, thay thế dần các hộp thư miễn phí mà cán bộ vẫn quen dùng trước đây. Đến cuối năm 2018, tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ của tỉnh ở cấp tỉnh đạt 98%, ở cấp huyện đạt 85% và ở cấp xã đạt 62%; nhiều xã vùng sâu vẫn chưa có đủ máy tính để cán bộ mở hộp thư được cấp. Việc đăng nhập bằng tài khoản dùng chung vẫn còn ở một số đơn vị, nhất là ở các xã mới sáp nhập.
3. Dịch vụ công trực tuyến
Cổng dịch vụ công của tỉnh đã cung cấp 146 dịch vụ công trực tuyến mức độ 3 và 21 dịch vụ công trực tuyến mức độ 4, song số hồ sơ nộp qua mạng còn ít so với hồ sơ nộp trực tiếp tại bộ phận một cửa.
II. MỤC TIÊU NĂM 2019
Tiếp tục hoàn thiện hạ tầng, nâng cao chất lượng dịch vụ công trực tuyến, cụ thể:
- Về dịch vụ công trực tuyến:
+ Mức độ 3: cung cấp 180 dịch vụ;
+ Mức độ 4: cung cấp 45 dịch vụ.
- Về văn bản điện tử:
+ 100% sở, ban, ngành sử dụng phần mềm quản lý văn bản và điều hành;
+ 80% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch là 12.480 triệu đồng, trong đó ngân sách tỉnh 9.480 triệu đồng, ngân sách trung ương hỗ trợ 3.000 triệu đồng.
Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch này; định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Các sở, ban, ngành;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Nam"],
    )
    _pdf(head + body + sign, _PAGE_TOP, path, run="UBND tỉnh Bình Thuận - Kế hoạch ứng dụng CNTT năm 2019")


# --- 2. A year-end report: footnotes at the page foot, a running header, `- N -` page numbers at the foot ------------

DAK_NONG = "dak-nong-2020-18-bc-ubnd"

_FOOT = """
@page { size: A4; margin: 2.4cm 2cm 2cm 3cm;
  @top-right { content: element(run); }
  @bottom-center { content: "- " counter(page) " -"; font-size: 11pt } }
"""


def dak_nong(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG"],
        "Số: 18/BC-UBND",
        "Đắk Nông, ngày 14 tháng 01 năm 2020",
        ["BÁO CÁO", "Kết quả ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2019"],
    )
    fn1 = "<span class='fn'>Theo số liệu của hệ thống quản lý văn bản và điều hành dùng chung của tỉnh.</span>"
    fn2 = "<span class='fn'>Không kể cán bộ kiêm nhiệm tại các đơn vị sự nghiệp công lập.</span>"
    fn3 = "<span class='fn'>Trong đó có 212 dịch vụ mức độ 3 và 67 dịch vụ mức độ 4.</span>"
    intro = _paras(
        """
Thực hiện chỉ đạo của Bộ Thông tin và Truyền thông về việc báo cáo tình hình ứng dụng công nghệ thông tin hằng năm, Ủy ban nhân dân tỉnh Đắk Nông báo cáo kết quả năm 2019 như sau.
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Hạ tầng và trang thiết bị
Trong năm, các cơ quan tiếp tục được đầu tư máy tính, máy chủ và thiết bị mạng từ nguồn chi thường xuyên; phòng họp trực tuyến của tỉnh được nâng cấp, kết nối đến các huyện và thành phố Gia Nghĩa. Nhiều đơn vị đã thay thế các máy tính cũ, cấu hình thấp, đã sử dụng trên bảy năm.
Trung tâm tích hợp dữ liệu của tỉnh tiếp tục vận hành các hệ thống dùng chung gồm Cổng thông tin điện tử, hệ thống quản lý văn bản và điều hành, hệ thống một cửa điện tử và thư điện tử công vụ; việc sao lưu được thực hiện hằng tuần, có bản sao đặt tại một địa điểm khác để bảo đảm khôi phục khi có sự cố. Các sở, ngành cũng chủ động rà soát, nâng cấp phần mềm chuyên ngành theo hướng kết nối với các hệ thống dùng chung, hạn chế việc mỗi đơn vị xây dựng riêng một hệ thống nhỏ lẻ, khó chia sẻ dữ liệu với nhau.
Hệ thống mạng nội bộ của các cơ quan chuyên môn được rà soát, sắp xếp lại; các thiết bị tường lửa được cập nhật bản quyền và cấu hình lại theo hướng dẫn của cơ quan chuyên trách về an toàn thông tin. Một số huyện đã bố trí phòng máy chủ riêng, có camera giám sát và hệ thống báo cháy tự động, song vẫn còn thiếu công chức có chứng chỉ về quản trị mạng.
"""
    )
    p1 = (
        "<p>Trong năm 2019, tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 72%"
        f"{fn1}, tăng rõ rệt so với năm trước nhờ việc liên thông phần mềm quản lý văn bản từ tỉnh đến xã. "
        "Các cơ quan cấp xã cũng được hỗ trợ kinh phí mua sắm thiết bị, nhờ đó tỷ lệ cán bộ, công chức cấp xã được "
        "trang bị máy tính phục vụ công việc đạt 88%, cao hơn mức bình quân của các tỉnh trong vùng Tây Nguyên.</p>"
    )
    p2 = _paras(
        """
2. Chữ ký số và nhân lực
Đến hết năm 2019, 100% sở, ban, ngành và 8/8 huyện, thành phố đã sử dụng chữ ký số trên văn bản điện tử gửi đi.
"""
    )
    p3 = (
        f"<p>Toàn tỉnh có 94 cán bộ chuyên trách công nghệ thông tin{fn2}, trong đó cấp tỉnh 38 người, cấp huyện 24 "
        "người, cấp xã 32 người.</p>"
        "<p class='b'>3. Dịch vụ công trực tuyến</p>"
        f"<p>Cổng dịch vụ công của tỉnh đang cung cấp 279 dịch vụ công trực tuyến{fn3}, tập trung vào các lĩnh vực "
        "đất đai, tư pháp, xây dựng và đăng ký kinh doanh.</p>"
    )
    rest = _paras(
        """
II. TỒN TẠI, HẠN CHẾ
Đội ngũ chuyên trách ở cấp xã còn mỏng, chủ yếu là công chức văn phòng kiêm nhiệm; kinh phí duy trì hệ thống còn hạn chế.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Bốn"],
    )
    _pdf(head + intro + p1 + p2 + p3 + rest + sign, _FOOT, path, run="Báo cáo số 18/BC-UBND ngày 14/01/2020")


# --- 3. A news bulletin in two columns (a headline over both, a rule between them) --------------------------------

HAI_DUONG = "hai-duong-2021-ban-tin-so-tttt"

_NEWS = """
@page { size: A4; margin: 1.8cm 1.6cm 1.8cm 1.6cm;
  @bottom-right { content: "Trang " counter(page); font-size: 9pt } }
body { font-size: 11pt; line-height: 1.25 }
.mast { text-align: center; font-weight: bold; font-size: 16pt; border-bottom: 2px solid black; margin-bottom: .3em }
.issue { text-align: center; font-style: italic; font-size: 10pt; margin-bottom: .6em }
h1 { font-size: 15pt; text-align: center; margin: .2em 0 .5em 0 }
.cols { column-count: 2; column-gap: 1cm; column-rule: 1px solid #444 }
.cols p { text-indent: .6cm }
h2 { font-size: 12pt; margin: .6em 0 .3em 0 }
"""


def hai_duong(path: Path) -> None:
    body = (
        "<div class='mast'>BẢN TIN THÔNG TIN VÀ TRUYỀN THÔNG HẢI DƯƠNG</div>"
        "<div class='issue'>Số 03 - Tháng 3/2021 - Sở Thông tin và Truyền thông tỉnh Hải Dương</div>"
        f"<h1>{_e('Hải Dương đẩy mạnh cung cấp dịch vụ công trực tuyến')}</h1>"
        "<div class='cols'>"
        + _paras(
            """
(Hải Dương, 15/3/2021) - Sau một năm nhiều khó khăn vì dịch bệnh, việc giải quyết thủ tục hành chính qua mạng của tỉnh lại có bước tiến rõ nét, khi người dân quen dần với việc nộp hồ sơ tại nhà thay vì đến bộ phận một cửa.
Theo số liệu của Sở Thông tin và Truyền thông, đến hết năm 2020, tỉnh đã công bố 1.150 thủ tục hành chính trên Cổng dịch vụ công, trong đó có 352 dịch vụ công trực tuyến mức độ 3 và 118 dịch vụ công trực tuyến mức độ 4. Nhiều thủ tục trong lĩnh vực tư pháp, hộ tịch đã được giải quyết hoàn toàn trên mạng.
Cũng theo Sở, tỷ lệ cán bộ, công chức cấp xã sử dụng thư điện tử công vụ trong công việc năm 2020 đạt 70%, trong khi hai năm trước con số này còn rất thấp. Tuy vậy, đường truyền ở một số xã miền núi của thị xã Kinh Môn vẫn chập chờn vào giờ cao điểm.
Năm 2021, tỉnh phấn đấu 100% Ủy ban nhân dân cấp xã sử dụng phần mềm quản lý văn bản và điều hành, kết nối liên thông với phần mềm của tỉnh; các huyện sẽ bố trí kinh phí để thay máy tính cũ cho bộ phận một cửa cấp xã.
Ông Trần Văn Tâm, Giám đốc Sở, cho biết Sở sẽ tiếp tục phối hợp với các doanh nghiệp viễn thông hướng dẫn người dân tạo tài khoản, thanh toán phí, lệ phí trực tuyến và theo dõi tình trạng hồ sơ trên điện thoại di động.
"""
        )
        + f"<h2>{_e('Tập huấn kỹ năng số cho cán bộ cơ sở')}</h2>"
        + _paras(
            """
Trong tháng 3, Sở Thông tin và Truyền thông tổ chức ba lớp tập huấn về kỹ năng sử dụng các phần mềm dùng chung cho cán bộ, công chức cấp xã của các huyện Thanh Hà, Tứ Kỳ và Ninh Giang. Học viên được hướng dẫn ký số văn bản, tra cứu hồ sơ và bảo vệ tài khoản trước các thư điện tử giả mạo.
Các lớp tiếp theo sẽ được mở trong quý II cho cán bộ của các huyện còn lại, nội dung bám sát những lỗi thường gặp khi vận hành phần mềm tại bộ phận một cửa.
"""
        )
        + "</div>"
    )
    _pdf(body, _NEWS, path)


# --- 4. A plan's last pages and its landscape budget appendix over two pages (header row repeated) ---------------

BEN_TRE = "ben-tre-2021-45-kh-ubnd"

_LAND = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @top-center { content: element(run); }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
@page land { size: A4 landscape; margin: 1.6cm 1.8cm 1.6cm 1.8cm;
  @top-center { content: element(run); }
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 10pt } }
.land { page: land; page-break-before: always }
"""

_BT_ROWS = [
    ("I", "Hạ tầng số", "", "38.600", "14.000", "24.600"),
    (
        "1",
        "Nâng cấp trung tâm dữ liệu tỉnh, bổ sung máy chủ và thiết bị lưu trữ dự phòng",
        "Sở Thông tin và Truyền thông",
        "14.200",
        "6.000",
        "8.200",
    ),
    (
        "2",
        "Mở rộng mạng truyền số liệu chuyên dùng đến toàn bộ Ủy ban nhân dân cấp xã",
        "Sở Thông tin và Truyền thông",
        "9.800",
        "4.000",
        "5.800",
    ),
    (
        "3",
        "Trang bị thiết bị họp trực tuyến cho các điểm cầu cấp xã",
        "Ủy ban nhân dân cấp huyện",
        "8.400",
        "4.000",
        "4.400",
    ),
    ("4", "Thay thế máy tính cũ tại bộ phận một cửa các cấp", "Ủy ban nhân dân cấp huyện", "6.200", "", "6.200"),
    ("II", "Nền tảng, dữ liệu và ứng dụng", "", "41.300", "15.000", "26.300"),
    (
        "1",
        "Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) và kết nối với nền tảng quốc gia",
        "Sở Thông tin và Truyền thông",
        "7.500",
        "3.000",
        "4.500",
    ),
    (
        "2",
        "Cơ sở dữ liệu đất đai, kết nối với hệ thống một cửa điện tử",
        "Sở Tài nguyên và Môi trường",
        "12.600",
        "6.000",
        "6.600",
    ),
    ("3", "Cơ sở dữ liệu ngành y tế, hồ sơ sức khỏe điện tử", "Sở Y tế", "8.300", "3.000", "5.300"),
    ("4", "Cơ sở dữ liệu ngành giáo dục và đào tạo", "Sở Giáo dục và Đào tạo", "5.900", "3.000", "2.900"),
    (
        "5",
        "Nâng cấp Cổng dịch vụ công và hệ thống thông tin một cửa điện tử của tỉnh",
        "Văn phòng UBND tỉnh",
        "7.000",
        "",
        "7.000",
    ),
    ("III", "An toàn thông tin", "", "9.500", "2.000", "7.500"),
    (
        "1",
        "Trung tâm giám sát an toàn thông tin (SOC) của tỉnh",
        "Sở Thông tin và Truyền thông",
        "6.500",
        "2.000",
        "4.500",
    ),
    ("2", "Diễn tập, ứng cứu sự cố an toàn thông tin hằng năm", "Sở Thông tin và Truyền thông", "3.000", "", "3.000"),
    ("IV", "Nhân lực và truyền thông", "", "7.000", "", "7.000"),
    ("1", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "Sở Nội vụ", "4.200", "", "4.200"),
    (
        "2",
        "Tuyên truyền, phổ biến về chuyển đổi số trên báo, đài của tỉnh",
        "Sở Thông tin và Truyền thông",
        "2.800",
        "",
        "2.800",
    ),
    ("", "Tổng cộng", "", "96.400", "31.000", "65.400"),
]


def ben_tre(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"],
        "Số: 45/KH-UBND",
        "Bến Tre, ngày 08 tháng 02 năm 2021",
        ["KẾ HOẠCH", "Chuyển đổi số tỉnh Bến Tre giai đoạn 2021 - 2025"],
    )
    body = _paras(
        """
I. MỤC TIÊU ĐẾN NĂM 2025
Phát triển chính quyền số, nâng cao hiệu quả hoạt động của các cơ quan nhà nước; cụ thể:
- Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) đạt 95%.
- 100% Ủy ban nhân dân cấp xã được kết nối mạng truyền số liệu chuyên dùng.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến là 96.400 triệu đồng (chi tiết tại Phụ lục kèm theo), bố trí từ ngân sách trung ương hỗ trợ và ngân sách tỉnh theo phân cấp hiện hành.
III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, địa phương thực hiện Kế hoạch; tổng hợp khó khăn, vướng mắc, báo cáo Ủy ban nhân dân tỉnh xem xét.
"""
    )
    sign = _sign(
        ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Ngọc Tam"],
    )
    appendix = (
        "<div class='land'>"
        "<p class='h'>PHỤ LỤC</p><p class='h'>DANH MỤC NHIỆM VỤ VÀ DỰ KIẾN KINH PHÍ GIAI ĐOẠN 2021 - 2025</p>"
        "<p class='c'>(Kèm theo Kế hoạch số 45/KH-UBND ngày 08/02/2021 của Ủy ban nhân dân tỉnh Bến Tre)</p>"
        "<p class='c' style='text-align:right'>Đơn vị tính: triệu đồng</p>"
        + _grid(
            [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Tổng kinh phí", "Ngân sách trung ương", "Ngân sách tỉnh"]],
            [list(r) for r in _BT_ROWS],
            left=(1, 2),
            groups=tuple(k for k, r in enumerate(_BT_ROWS) if r[0] in ("I", "II", "III", "IV", "")),
        )
        + "</div>"
    )
    style = _LAND + "table.grid { font-size: 13pt } table.grid td { padding: 5pt 4pt }"
    _pdf(head + body + sign + appendix, style, path, run="Kế hoạch số 45/KH-UBND ngày 08/02/2021")


# --- 5. Narrow justified text, no hyphens, figures cut at the line end --------------------------------------------

TAY_NINH = "tay-ninh-2018-27-kh-ubnd"

_NARROW = """
@page { size: A5; margin: 1.5cm 1.4cm 1.5cm 1.8cm;
  @bottom-center { content: counter(page); font-size: 10pt } }
body { font-size: 12pt }
"""


def tay_ninh(path: Path) -> None:
    head = _head(
        ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"],
        "Số: 27/KH-UBND",
        "Tây Ninh, ngày 09 tháng 01 năm 2018",
        ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin năm 2018"],
    )
    body = _paras(
        """
I. HIỆN TRẠNG
Năm 2017, tỷ lệ cơ quan cấp xã sử dụng phần mềm quản lý văn bản là 45%, phần lớn các xã còn xử lý văn bản trên giấy.
II. MỤC TIÊU NĂM 2018
Phấn đấu đến hết năm 2018 có 120 dịch vụ công trực tuyến mức độ 3 và 35 dịch vụ công trực tuyến mức độ 4 được cung cấp trên Cổng dịch vụ công của tỉnh.
Tỷ lệ cán bộ, công chức cấp huyện sử dụng thư điện tử công vụ thường xuyên trong công việc đạt 90%.
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2018 là 15 tỷ 945 triệu đồng, trong đó ngân sách tỉnh bố trí 11 tỷ 200 triệu đồng và ngân sách trung ương hỗ trợ 4 tỷ 745 triệu đồng.
"""
    )
    sign = _sign(["Nơi nhận:", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Văn Tân"])
    _pdf(head + body + sign, _NARROW, path)


# --- 6. A report with a ruled table of merged cells (an indicator over three levels, a year header over two) ------

HA_TINH = "ha-tinh-2017-09-bc-stttt"

_MERGED = """
@page { size: A4; margin: 2cm 2cm 2cm 3cm;
  @bottom-right { content: "Trang " counter(page); font-size: 10pt } }
"""


def ha_tinh(path: Path) -> None:
    head = _head(
        ["UBND TỈNH HÀ TĨNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
        "Số: 09/BC-STTTT",
        "Hà Tĩnh, ngày 10 tháng 01 năm 2017",
        ["BÁO CÁO", "Kết quả ứng dụng công nghệ thông tin năm 2016"],
    )
    intro = _paras(
        """
I. KẾT QUẢ THỰC HIỆN
1. Một số chỉ tiêu chủ yếu
Kết quả hai năm gần đây theo từng cấp được tổng hợp tại bảng sau:
"""
    )
    rows = []
    for label, levels in (
        ("Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ (%)", (("92", "97"), ("75", "86"), ("40", "58"))),
        ("Tỷ lệ cơ quan sử dụng phần mềm quản lý văn bản (%)", (("100", "100"), ("85", "100"), ("20", "35"))),
    ):
        for k, (level, (a, b)) in enumerate(zip(("Cấp tỉnh", "Cấp huyện", "Cấp xã"), levels, strict=True)):
            first = f"<td class='l' rowspan='3'>{_e(label)}</td>" if k == 0 else ""
            rows.append(f"<tr>{first}<td>{level}</td><td>{a}</td><td>{b}</td></tr>")
    table = (
        "<table class='grid'><thead>"
        "<tr><th rowspan='2'>Chỉ tiêu</th><th rowspan='2'>Cấp</th><th colspan='2'>Kết quả thực hiện</th></tr>"
        "<tr><th>Năm 2015</th><th>Năm 2016</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    rest = _paras(
        """
2. Nhân lực công nghệ thông tin
Đến hết năm 2016, đội ngũ chuyên trách được bố trí như sau:
- Về số lượng:
+ Cấp tỉnh: 41 cán bộ chuyên trách;
+ Cấp huyện: 13 cán bộ chuyên trách.
- Về trình độ: phần lớn có trình độ đại học chuyên ngành công nghệ thông tin, điện tử viễn thông.
II. PHƯƠNG HƯỚNG NĂM 2017
Tiếp tục triển khai phần mềm quản lý văn bản đến các xã còn lại, hoàn thiện Cổng dịch vụ công của tỉnh.
"""
    )
    sign = _sign(["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."], ["GIÁM ĐỐC", "", "", "Đậu Tùng Lâm"])
    _pdf(head + intro + table + rest + sign, _MERGED, path)


DOCUMENTS = {
    f"{BINH_THUAN}.pdf": binh_thuan,
    f"{DAK_NONG}.pdf": dak_nong,
    f"{HAI_DUONG}.pdf": hai_duong,
    f"{BEN_TRE}.pdf": ben_tre,
    f"{TAY_NINH}.pdf": tay_ninh,
    f"{HA_TINH}.pdf": ha_tinh,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
