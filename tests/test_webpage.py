"""A saved web page is read as its article: the portal's menus, headline sidebars and footer are not the page's
facts. Pages written for these tests, in the shape provincial portals have (banner, menu, a `Tin mới` sidebar, the
article, related news, a footer)."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import read_source
from analysis.extract import extract_corpus
from analysis.webpage import page_text, visible_text

PORTAL_PAGE = """<!-- saved from url=(0052)https://example.gov.vn/tin-tuc/day-manh-dich-vu-cong -->
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Mở rộng dịch vụ công trực tuyến - Cổng thông tin điện tử tỉnh Quảng Trị</title>
<meta property="article:published_time" content="2019-05-14T08:30:00+07:00">
<script>var counter = 2020;</script><style>.menu { width: 100%; }</style></head>
<body>
<div class="banner"><h1>CỔNG THÔNG TIN ĐIỆN TỬ</h1></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul>
<div class="sidebar"><h3>Tin mới</h3><ul>
<li><a href="/x1">Hà Tĩnh: 97% văn bản được gửi nhận qua mạng</a></li>
<li><a href="/x2">Năm 2021, 100% xã có cán bộ chuyên trách công nghệ thông tin</a></li>
<li><a href="/x3">Tập huấn sử dụng chữ ký số cho 300 cán bộ</a></li></ul></div>
<div class="content"><article>
<h2>Mở rộng dịch vụ công trực tuyến mức độ 3, 4</h2>
<p>Theo Sở Thông tin và Truyền thông, đến nay toàn tỉnh đã cung cấp 318 dịch vụ công trực tuyến mức độ 3 và 127 dịch
vụ công trực tuyến mức độ 4, phục vụ người dân và doanh nghiệp trên địa bàn.</p>
<p>Các sở, ban, ngành đã triển khai phần mềm quản lý văn bản và điều hành; nhiều thủ tục được giải quyết hoàn toàn
qua mạng, giảm thời gian đi lại cho người dân.</p>
<p style="text-align:right"><strong>Thu Hà</strong></p>
</article>
<div class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/y1">Đà Nẵng đưa 1.050 dịch vụ lên mức độ 4</a></li></ul></div></div>
<div class="footer"><p>Cơ quan chủ quản: Văn phòng UBND tỉnh. Điện thoại: 0233.3855.120. Lượt truy cập: 2.345.678</p></div>
</body></html>
"""

WORD_EXPORT = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>KH 52</title></head>
<body lang=VI><div class=WordSection1>
<p class=MsoNormal align=center><b>ỦY BAN NHÂN DÂN TỈNH HÀ GIANG</b></p>
<p class=MsoNormal>Số: 52/KH-UBND</p><p class=MsoNormal><i>Hà Giang, ngày 12 tháng 4 năm 2017</i></p>
<p class=MsoNormal align=center><b>KẾ HOẠCH ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm
2017</b></p>
<p class=MsoNormal><b>I. MỤC TIÊU</b></p>
<p class=MsoNormal>- 85% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.</p>
<p class=MsoNormal>- 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ.</p>
<table border=1><tr><td>STT</td><td>Nội dung</td><td>Kinh phí</td></tr>
<tr><td>1</td><td>Nâng cấp mạng nội bộ</td><td>1.400</td></tr></table>
<p class=MsoNormal>Tổng kinh phí thực hiện Kế hoạch: 2.600 triệu đồng.</p>
</div></body></html>
"""


def _facts(tmp_path: Path, name: str, markup: str):
    (tmp_path / name).write_text(markup, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    return result


def test_a_portal_page_gives_its_article_facts_not_the_sidebar_headlines(tmp_path):
    result = _facts(tmp_path, "quang-tri-dvc.html", PORTAL_PAGE)
    got = {(f.indicator, f.value) for f in result.facts.itertuples()}
    assert got == {("online_services_level3_count", 318.0), ("online_services_level4_count", 127.0)}
    doc = result.documents.iloc[0]
    # the province is named only in the page's title; the date only in its markup
    assert doc.province == "Quảng Trị"
    assert str(doc.published) == "2019-05-14"
    assert doc.source_format == "html"
    assert set(result.facts.year) == {2019}


def test_a_portal_page_text_leaves_out_menus_sidebars_and_footer():
    page = page_text(PORTAL_PAGE)
    assert page.text.splitlines()[0] == "Mở rộng dịch vụ công trực tuyến - Cổng thông tin điện tử tỉnh Quảng Trị"
    assert "Ngày đăng: 14/05/2019" in page.text
    for left_out in ("Hà Tĩnh", "Tin mới", "Trang chủ", "Lượt truy cập", "1.050", "counter", "width"):
        assert left_out not in page.text, left_out
    assert "318 dịch vụ công trực tuyến mức độ 3" in " ".join(page.text.split())
    assert "article read" in page.note and "its title and the date its markup gives put first" in page.note
    # the whole page, as the note says, is what was left out of
    assert "Hà Tĩnh" in visible_text(PORTAL_PAGE)


def test_a_document_exported_as_html_keeps_every_paragraph_and_its_table_rows():
    page = page_text(WORD_EXPORT)
    flat = " ".join(page.text.split())
    for kept in (
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "Số: 52/KH-UBND",
        "85% văn bản",
        "100% cán bộ",
        "Nâng cấp mạng nội bộ",
    ):
        assert kept in flat, kept
    assert "1.400" in flat and "2.600 triệu đồng" in flat


def test_a_document_exported_as_html_is_read_as_a_plan(tmp_path):
    result = _facts(tmp_path, "ha-giang-kh-2017.html", WORD_EXPORT)
    got = {(f.indicator, f.value, f.kind) for f in result.facts.itertuples()}
    assert ("edocument_exchange_pct", 85.0, "target") in got
    assert ("budget_total_mvnd", 2600.0, "target") in got
    assert result.documents.iloc[0].province == "Hà Giang"


def test_a_page_with_no_article_is_read_whole(tmp_path):
    short = "<html><body><p>Kế hoạch ứng dụng công nghệ thông tin.</p><p>Kinh phí: 900 triệu đồng</p></body></html>"
    page = page_text(short)
    assert "Kinh phí: 900 triệu đồng" in page.text
    assert "read whole" in page.note


def test_markup_that_is_not_well_formed_still_gives_its_text(tmp_path):
    broken = "<html><body><div><p>Ứng dụng công nghệ thông tin: 75% văn bản điện tử<div><td>năm 2018</b></html"
    page = page_text(broken)
    assert "75% văn bản điện tử" in page.text


def test_a_saved_page_opening_with_a_browser_comment_is_read_as_html(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(PORTAL_PAGE, encoding="utf-8")
    source = read_source(path)
    assert source.was_html and source.source_format == "html"
    assert "<li>" not in source.text and "Hà Tĩnh" not in source.text


def test_the_date_is_the_one_the_page_metadata_states_never_a_sidebar_item_s():
    page = PORTAL_PAGE.replace('<meta property="article:published_time" content="2019-05-14T08:30:00+07:00">', "")
    page = page.replace("<h3>Tin mới</h3>", '<h3>Tin mới</h3><span class="date">01/06/2021</span>')
    text = page_text(page).text
    assert "2021" not in text and "Ngày đăng" not in text


def test_an_icon_s_title_is_no_part_of_the_page_title():
    page = PORTAL_PAGE.replace("<body>", '<body><svg><title>Facebook</title><path d="M0 0"/></svg>')
    first = page_text(page).text.splitlines()[0]
    assert first == "Mở rộng dịch vụ công trực tuyến - Cổng thông tin điện tử tỉnh Quảng Trị"


def test_a_page_laid_out_with_a_table_is_read_whole_with_its_lines():
    # an older portal: banner, menu and article are cells of one layout table
    paragraphs = "".join(
        f"<p>Năm 2018, tỷ lệ văn bản trao đổi dưới dạng điện tử của khối {k} đạt {60 + k}%, tăng so với năm trước.</p>"
        for k in range(1, 8)
    )
    page = (
        "<html><head><title>Cổng thông tin điện tử tỉnh Quảng Trị</title></head><body><table><tr>"
        "<td><a href='/'>Trang chủ</a></td><td><h2>Kết quả ứng dụng công nghệ thông tin năm 2018</h2>"
        f"{paragraphs}<p>Cấp huyện:</p><p>- 100% cán bộ được cấp hộp thư điện tử.</p></td></tr></table></body></html>"
    )
    read = page_text(page)
    assert "read whole" in read.note
    assert "Cấp huyện:\n" in read.text and "\n- 100% cán bộ" in read.text


def test_a_page_whose_article_block_is_not_about_e_government_is_read_whole(tmp_path):
    # the longest block of prose is a notice about something else; the e-government item is a short one beside it
    notice = "".join(
        f"<p>Thông báo lịch tiếp công dân tuần {k} của Ủy ban nhân dân tỉnh tại trụ sở, các buổi sáng thứ hai và thứ năm.</p>"
        for k in range(1, 9)
    )
    page = (
        "<html><head><title>Báo Quảng Trị</title></head><body>"
        f"<article>{notice}</article><aside><p>Năm 2018, 85% văn bản được gửi dưới dạng điện tử qua phần mềm quản lý "
        "văn bản; 100% cán bộ được cấp hộp thư điện tử công vụ.</p></aside></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert "hộp thư điện tử công vụ" in source.text
