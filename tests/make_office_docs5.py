"""The `dev_office5` development set: files researchers could not feed before round 23 — PowerPoint `.pptx` slides of a
review conference and of a plan's launch (a bulleted slide with speaker notes, a table by year, a group of text boxes,
a table whose `Mục tiêu` header is merged over its years, a hidden draft slide, a two-column table of results), web
pages saved as one `.mht` file (Chrome's `multipart/related` with a quoted-printable UTF-8 page, a picture and a style
sheet; Word's `Single File Web Page` in Windows-1258), and Word `.docx` reports whose footnotes and endnotes date or
qualify the figures they are cited after (`word/footnotes.xml`, `word/endnotes.xml`).

Written for round 23 in our own words with fictional figures. Deterministic: run `python tests/make_office_docs5.py` to
write the documents into tests/fixtures/dev_office5_plans/ (.pptx by python-pptx, .mht by hand with the stdlib's
quoted-printable and base64 codecs, .docx by python-docx with the notes parts added as Word writes them); the generated
files are committed; the expected facts in its expected/ folder were written by reading these documents.
"""

from __future__ import annotations

import base64
import html
import quopri
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fixtures" / "dev_office5_plans"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _e(s: str) -> str:
    return html.escape(s)


# --- PowerPoint ------------------------------------------------------------------------------------------------


def _deck():
    import datetime

    import pptx

    deck = pptx.Presentation()
    props = deck.core_properties
    props.created = props.modified = datetime.datetime(2020, 1, 1)
    props.author = props.last_modified_by = "ictplans"
    props.revision = 1
    return deck


def _save_deck(deck, path: Path) -> None:
    deck.save(str(path))
    from make_office_docs2 import _fixed_zip_times

    _fixed_zip_times(path)


def _bullets(slide, title: str, lines: list[str]) -> None:
    slide.shapes.title.text = title
    body = slide.placeholders[1].text_frame
    body.text = lines[0]
    for line in lines[1:]:
        body.add_paragraph().text = line


def _table(slide, rows: list[list[str]], top_inch: float = 1.6, widths: list[float] | None = None):
    from pptx.util import Inches

    n = len(rows[0])
    widths = widths or [9.0 / n] * n
    shape = slide.shapes.add_table(len(rows), n, Inches(0.5), Inches(top_inch), Inches(9), Inches(0.4 * len(rows)))
    table = shape.table
    for j, w in enumerate(widths):
        table.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    return table


DIEN_BIEN = "dien-bien-2021-sotttt-hoi-nghi"


def dien_bien(path: Path) -> None:
    """Slides of a department's report at its year-end conference: a title slide, results as bullets with a speaker's
    note giving the communes' own figure, a table of IT staff by year, and the next year's goals in a group of two
    text boxes."""
    from pptx.util import Inches, Pt

    deck = _deck()
    s1 = deck.slides.add_slide(deck.slide_layouts[0])
    s1.shapes.title.text = "KẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2020 VÀ NHIỆM VỤ NĂM 2021"
    s1.placeholders[1].text = (
        "Sở Thông tin và Truyền thông tỉnh Điện Biên\nHội nghị tổng kết công tác năm 2020\n"
        "Điện Biên, ngày 12 tháng 01 năm 2021"
    )
    s2 = deck.slides.add_slide(deck.slide_layouts[1])
    _bullets(
        s2,
        "Kết quả nổi bật năm 2020",
        [
            "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 86%.",
            "Cổng dịch vụ công của tỉnh cung cấp 412 dịch vụ công trực tuyến mức độ 3 và 136 dịch vụ công trực tuyến"
            " mức độ 4.",
            "Hệ thống quản lý văn bản và điều hành được dùng thống nhất từ tỉnh đến xã.",
        ],
    )
    s2.notes_slide.notes_text_frame.text = (
        "Nói thêm khi trình bày: riêng cấp xã, tỷ lệ văn bản điện tử trao đổi giữa các cơ quan mới đạt 64%, "
        "năm tới cần tập trung cho cấp xã."
    )
    s3 = deck.slides.add_slide(deck.slide_layouts[5])
    s3.shapes.title.text = "Nhân lực công nghệ thông tin"
    _table(
        s3,
        [
            ["Chỉ tiêu", "Năm 2019", "Năm 2020"],
            ["Số cán bộ chuyên trách CNTT cấp tỉnh (người)", "38", "42"],
            ["Số cán bộ chuyên trách CNTT cấp huyện (người)", "10", "12"],
        ],
        widths=[5.0, 2.0, 2.0],
    )
    s4 = deck.slides.add_slide(deck.slide_layouts[5])
    s4.shapes.title.text = "Nhiệm vụ trọng tâm năm 2021"
    group = s4.shapes.add_group_shape()
    for k, text in enumerate(
        [
            "Phấn đấu 95% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.",
            "100% cán bộ, công chức cấp xã được cấp hộp thư điện tử công vụ.",
        ]
    ):
        box = group.shapes.add_textbox(Inches(0.6 + 4.6 * k), Inches(2.0), Inches(4.2), Inches(1.5))
        box.text_frame.word_wrap = True
        box.text_frame.text = text
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    _save_deck(deck, path)


LAO_CAI = "lao-cai-2022-45-kh-ubnd-trinh-chieu"


def lao_cai(path: Path) -> None:
    """Slides presenting a 2022-2025 plan: goals in a table whose `Mục tiêu` is merged over its two years (and
    `Chỉ tiêu` merged down), a hidden draft slide, the budget as text with a speaker's note, and the state of 2021 in a
    two-column table under its slide's title."""
    deck = _deck()
    s1 = deck.slides.add_slide(deck.slide_layouts[0])
    s1.shapes.title.text = "KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LÀO CAI GIAI ĐOẠN 2022 - 2025"
    s1.placeholders[
        1
    ].text = "Triển khai Kế hoạch số 45/KH-UBND ngày 20/02/2022 của UBND tỉnh Lào Cai\nLào Cai, tháng 3 năm 2022"
    s2 = deck.slides.add_slide(deck.slide_layouts[5])
    s2.shapes.title.text = "Mục tiêu chủ yếu"
    table = _table(
        s2,
        [
            ["Chỉ tiêu", "Mục tiêu", ""],
            ["", "Năm 2023", "Năm 2025"],
            ["Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước (%)", "90", "100"],
            ["Tỷ lệ cơ quan nhà nước sử dụng chữ ký số chuyên dùng (%)", "95", "100"],
        ],
        widths=[5.0, 2.0, 2.0],
    )
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    s3 = deck.slides.add_slide(deck.slide_layouts[1])
    _bullets(
        s3,
        "Bản nháp (không trình chiếu)",
        ["Số liệu cũ chưa rà soát: tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 70%."],
    )
    s3._element.set("show", "0")
    s4 = deck.slides.add_slide(deck.slide_layouts[1])
    _bullets(
        s4,
        "Kinh phí thực hiện",
        [
            "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2022 - 2025 là 186.000 triệu đồng, trong đó ngân sách trung"
            " ương 60.000 triệu đồng, ngân sách tỉnh 126.000 triệu đồng."
        ],
    )
    s4.notes_slide.notes_text_frame.text = "Kinh phí hằng năm do Sở Tài chính cân đối trong dự toán ngân sách."
    s5 = deck.slides.add_slide(deck.slide_layouts[5])
    s5.shapes.title.text = "Hiện trạng đến cuối năm 2021"
    _table(
        s5,
        [
            ["Chỉ tiêu", "Kết quả"],
            ["Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước", "78%"],
            ["Dịch vụ công trực tuyến mức độ 4", "215 dịch vụ"],
        ],
        widths=[6.5, 2.5],
    )
    _save_deck(deck, path)


# --- Web pages saved as one file ---------------------------------------------------------------------------------

CAO_BANG = "cao-bang-2020-news"

_PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _qp(text: str, charset: str = "utf-8", encoded: bytes | None = None) -> str:
    raw = encoded if encoded is not None else text.encode(charset)
    return quopri.encodestring(raw).decode("ascii")


def cao_bang(path: Path) -> None:
    """A portal's news item saved by a browser as `.mhtml`: the page quoted-printable in UTF-8, the portal's menu and
    a sidebar of other news around the article, a picture and a style sheet as parts of their own."""
    sidebar = "".join(
        f"<li><a href='/tin/{k}'>{_e(t)}</a></li>"
        for k, t in enumerate(
            [
                "Hà Quảng: 120 hộ thoát nghèo trong năm",
                "Khai mạc giải bóng chuyền công nhân viên chức",
                "Trùng Khánh đón 15.000 lượt khách tham quan thác Bản Giốc",
            ]
        )
    )
    article = "".join(
        f"<p>{_e(t)}</p>"
        for t in [
            "(Cập nhật: 15/10/2020) - Theo Sở Thông tin và Truyền thông tỉnh Cao Bằng, đến hết tháng 9 năm 2020, tỷ lệ"
            " văn bản điện tử trao đổi giữa các cơ quan nhà nước của tỉnh đạt 95%.",
            "Toàn tỉnh đã cấp 9.600 hộp thư điện tử công vụ cho cán bộ, công chức. Hệ thống hội nghị truyền hình trực"
            " tuyến đã kết nối đến 100% Ủy ban nhân dân cấp xã, giúp các cuộc họp với cơ sở không còn phải tổ chức"
            " tập trung.",
            "Năm 2021, tỉnh phấn đấu cung cấp 300 dịch vụ công trực tuyến mức độ 4, đồng thời đẩy mạnh tuyên truyền để"
            " người dân nộp hồ sơ trực tuyến.",
            "Minh Thu",
        ]
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Cao Bằng: 95% văn bản được trao đổi dưới dạng điện tử - Cổng thông tin điện tử tỉnh Cao Bằng</title>"
        "<link rel='stylesheet' href='https://caobang.example.vn/style.css'></head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/gioi-thieu'>Giới thiệu</a>"
        " <a href='/tin-tuc'>Tin tức - Sự kiện</a> <a href='/van-ban'>Văn bản</a></div>"
        "<div class='main'><h1>Cao Bằng: 95% văn bản được trao đổi dưới dạng điện tử</h1>"
        f"<img src='https://caobang.example.vn/anh.png'>{article}</div>"
        f"<div class='side'><h3>Tin mới</h3><ul>{sidebar}</ul></div>"
        "<div class='footer'>Cổng thông tin điện tử tỉnh Cao Bằng. Điện thoại: 0206 385 2222</div>"
        "</body></html>"
    )
    boundary = "----MultipartBoundary--9cQ2xV7aLkR3mN5pT8wZ"
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://caobang.example.vn/tin-tuc/van-ban-dien-tu-95",
        "Subject: =?utf-8?Q?Cao_B=E1=BA=B1ng:_95%_v=C4=83n_b=E1=BA=A3n?=",
        "Date: Thu, 15 Oct 2020 09:12:40 +0700",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-7F3A@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://caobang.example.vn/tin-tuc/van-ban-dien-tu-95",
        "",
        _qp(page),
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://caobang.example.vn/style.css",
        "",
        _qp(".menu a { margin: 0 8px } .side { float: right; width: 30% }"),
        f"--{boundary}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://caobang.example.vn/anh.png",
        "",
        base64.encodebytes(_PIXEL).decode("ascii"),
        f"--{boundary}--",
        "",
    ]
    # (Blink names the page's charset only in its <meta>; the part's header has none)
    path.write_bytes("\r\n".join(parts).encode("ascii"))


TRA_VINH = "tra-vinh-2019-28-bc-ubnd"


def tra_vinh(path: Path) -> None:
    """A Word report saved as `Single File Web Page` (.mht): Word's HTML in Windows-1258 (tones as combining marks),
    quoted-printable, the charset named in the part's header, a results table of plan and result columns."""
    from test_corpus import to_cp1258

    def p(text: str, cls: str = "MsoNormal") -> str:
        return f"<p class={cls}><span lang=VI>{_e(text)}</span></p>\n"

    rows = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
        ["1", "Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử công vụ", "%", "90", "93"],
        ["2", "Dịch vụ công trực tuyến mức độ 3", "dịch vụ", "150", "162"],
    ]
    table = "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n" + "".join(
        "<tr>" + "".join(f"<td valign=top><p class=MsoNormal>{_e(c)}</p></td>" for c in row) + "</tr>\n" for row in rows
    )
    table += "</table>\n"
    body = (
        p("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH")
        + p("Số: 28/BC-UBND")
        + p("Trà Vinh, ngày 20 tháng 3 năm 2019")
        + p("BÁO CÁO", "MsoTitle")
        + p("Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2018")
        + p("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2018")
        + table
        + p(
            "Tổng kinh phí chi cho ứng dụng công nghệ thông tin năm 2018 là 7.450 triệu đồng, chủ yếu cho nâng cấp"
            " phần mềm một cửa điện tử và đường truyền."
        )
        + p("II. TỒN TẠI, HẠN CHẾ")
        + p("Số hồ sơ nộp trực tuyến còn ít; một số cán bộ cấp xã chưa quen dùng hộp thư công vụ.")
        + p("Nơi nhận: Bộ Thông tin và Truyền thông; Lưu: VT.")
    )
    page = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1258">\n'
        '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
        '<title>BÁO CÁO</title>\n<style>\np.MsoNormal {margin:0cm; font-size:13.0pt; font-family:"Times New Roman"}\n'
        "</style>\n</head>\n<body lang=EN-US style='tab-interval:36.0pt'>\n<div class=WordSection1>\n"
        f"{body}</div>\n</body>\n</html>\n"
    )
    boundary = "----=_NextPart_01D4DF0A.5B3C2E10"
    head = "\r\n".join(
        [
            "MIME-Version: 1.0",
            f'Content-Type: multipart/related; boundary="{boundary}"',
            "",
            "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this"
            " message, your browser or editor doesn't support Web Archive files.",
            "",
            f"--{boundary}",
            "Content-Location: file:///C:/D4DF0A5B/28-BC-UBND.htm",
            "Content-Transfer-Encoding: quoted-printable",
            'Content-Type: text/html; charset="windows-1258"',
            "",
            "",
        ]
    )
    tail = "\r\n".join(
        [
            "",
            f"--{boundary}",
            "Content-Location: file:///C:/D4DF0A5B/28-BC-UBND_files/filelist.xml",
            "Content-Transfer-Encoding: quoted-printable",
            'Content-Type: text/xml; charset="utf-8"',
            "",
            _qp('<xml xmlns:o="urn:schemas-microsoft-com:office:office"><o:MainFile HRef="../28-BC-UBND.htm"/></xml>'),
            f"--{boundary}--",
            "",
        ]
    )
    path.write_bytes(head.encode("ascii") + _qp("", encoded=to_cp1258(page)).encode("ascii") + tail.encode("ascii"))


# --- Word with footnotes and endnotes ---------------------------------------------------------------------------


def _notes_part(document, kind: str, notes: dict[int, str]) -> None:
    """Add `word/<kind>s.xml` (footnotes or endnotes) as Word writes it: its two separator notes, then each note a
    paragraph whose first run is the note's own reference mark."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{kind}>",
    ]
    for n, text in notes.items():
        body.append(
            f'<w:{kind} w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_e(text)}</w:t></w:r></w:p></w:{kind}>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W_NS}">{"".join(body)}</w:{kind}s>'
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, reltype)


def _cite(paragraph, kind: str, n: int) -> None:
    """A note's reference mark at the end of the paragraph's text (Word numbers it: no digit in the text)."""
    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{n}"/></w:r>'
        )
    )


def _cited(document, text: str, kind: str, n: int, before: str | None = None):
    """A paragraph whose note mark stands right after `before` (its end when None), the rest of its text after it."""
    if before is None:
        paragraph = document.add_paragraph(text)
        _cite(paragraph, kind, n)
        return paragraph
    head, tail = text.split(before, 1)
    paragraph = document.add_paragraph(head + before)
    _cite(paragraph, kind, n)
    paragraph.add_run(tail)
    return paragraph


SON_LA = "son-la-2020-186-bc-ubnd"


def son_la(path: Path) -> None:
    """A year's report whose footnotes give the year before's figure (`tỷ lệ này`), date a count to the end of the
    year before, and qualify a service count cited inside a table cell."""
    import docx
    from make_office_docs import _docx_head
    from make_office_docs2 import _save_docx

    document = docx.Document()
    _docx_head(
        document,
        ["UBND TỈNH SƠN LA"],
        "Số: 186/BC-UBND",
        "Sơn La, ngày 10 tháng 12 năm 2020",
    )
    for t in (
        "BÁO CÁO",
        "Tình hình ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử tỉnh Sơn La năm 2020",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
    ):
        document.add_paragraph(t)
    _cited(document, "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước của tỉnh đạt 84%.", "footnote", 1)
    _cited(
        document,
        "Toàn tỉnh hiện có 52 cán bộ chuyên trách công nghệ thông tin, phần lớn có trình độ đại học.",
        "footnote",
        2,
        before="52 cán bộ chuyên trách công nghệ thông tin",
    )
    document.add_paragraph("Kết quả cung cấp dịch vụ công trực tuyến năm 2020:")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [
            ["STT", "Chỉ tiêu", "Kết quả năm 2020"],
            ["1", "Số dịch vụ công trực tuyến mức độ 3", "318"],
            ["2", "Số dịch vụ công trực tuyến mức độ 4", "97"],
        ]
    ):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    _cite(table.cell(1, 1).paragraphs[0], "footnote", 3)
    for t in ("II. NHIỆM VỤ NĂM 2021",):
        document.add_paragraph(t)
    _cited(
        document,
        "Năm 2021, phấn đấu 100% cơ quan nhà nước cấp tỉnh sử dụng chữ ký số chuyên dùng trong gửi, nhận văn bản.",
        "footnote",
        4,
    )
    document.add_paragraph("Nơi nhận: Bộ Thông tin và Truyền thông; Lưu: VT.")
    _notes_part(
        document,
        "footnote",
        {
            1: "Năm 2019, tỷ lệ này là 67%.",
            2: "Số liệu tổng hợp đến ngày 31/12/2019; không tính cán bộ kiêm nhiệm.",
            3: "Gồm cả các dịch vụ do cấp huyện và cấp xã cung cấp trên Cổng dịch vụ công của tỉnh.",
            4: "Chứng thư số do Ban Cơ yếu Chính phủ cấp.",
        },
    )
    _save_docx(document, path)


HA_NAM = "ha-nam-2021-52-kh-ubnd"


def ha_nam(path: Path) -> None:
    """A year's plan whose endnotes (printed by Word at the end of the document) give last year's results beside its
    goals and qualify its budget."""
    import docx
    from make_office_docs import _docx_head
    from make_office_docs2 import _save_docx

    document = docx.Document()
    _docx_head(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"],
        "Số: 52/KH-UBND",
        "Hà Nam, ngày 05 tháng 02 năm 2021",
    )
    for t in (
        "KẾ HOẠCH",
        "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Hà Nam năm 2021",
        "I. MỤC TIÊU",
    ):
        document.add_paragraph(t)
    _cited(document, "Phấn đấu 98% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.", "endnote", 1)
    _cited(document, "Cung cấp 250 dịch vụ công trực tuyến mức độ 4 trên Cổng dịch vụ công của tỉnh.", "endnote", 2)
    document.add_paragraph("II. KINH PHÍ THỰC HIỆN")
    _cited(
        document,
        "Tổng kinh phí thực hiện Kế hoạch năm 2021 là 12.500 triệu đồng từ nguồn ngân sách tỉnh.",
        "endnote",
        3,
    )
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Sở Thông tin và Truyền thông chủ trì, theo dõi và báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch."
    )
    _notes_part(
        document,
        "endnote",
        {
            1: "Kết quả năm 2020: tỷ lệ này đạt 91%.",
            2: "Đến hết năm 2020, tỉnh đã cung cấp 180 dịch vụ công trực tuyến mức độ 4.",
            3: "Không bao gồm kinh phí các dự án đầu tư công đã được phê duyệt.",
        },
    )
    _save_docx(document, path)


DOCUMENTS = {
    f"{DIEN_BIEN}.pptx": dien_bien,
    f"{LAO_CAI}.pptx": lao_cai,
    f"{CAO_BANG}.mhtml": cao_bang,
    f"{TRA_VINH}.mht": tra_vinh,
    f"{SON_LA}.docx": son_la,
    f"{HA_NAM}.docx": ha_nam,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in DOCUMENTS.items():
        make(out / name)


if __name__ == "__main__":
    main()
