"""Rules of round 23 (helper `office5`), found on the development set `tests/fixtures/dev_office5_plans/` (slides,
saved web pages, Word notes). Every text here was written for this file in other words than the set's; the facts each
should give were decided before the change:

- a slide's title (`Tình hình triển khai năm 2023`, `Phương hướng năm 2024`: no number, not in capitals) was no heading,
  so a slide's bare figures were read under the genre's default, or under the slide before's heading;
- a news page's own update date bracketed at the opening of its lead (`(Ngày đăng: 03/5/2019) – …`) was not read as the
  page's date, so its results had no year.
"""

from __future__ import annotations

import pytest
from make_office_docs5 import _deck
from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

from analysis.extract import extract_corpus

_ROW = ("indicator", "kind", "scope", "year", "value")


def _review_slides(path) -> None:
    pytest.importorskip("pptx")
    deck = _deck()
    s1 = deck.slides.add_slide(deck.slide_layouts[0])
    s1.shapes.title.text = "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023"
    s1.placeholders[1].text = "Sở Thông tin và Truyền thông\nPhú Thọ, ngày 09 tháng 01 năm 2024"
    for title, lines in (
        ("Tình hình triển khai năm 2023", ["Cấp huyện: 89% văn bản trao đổi dưới dạng điện tử."]),
        ("Phương hướng năm 2024", ["Cấp huyện: 97% văn bản trao đổi dưới dạng điện tử."]),
        ("Một số hình ảnh", ["Cấp xã: 71% văn bản trao đổi dưới dạng điện tử."]),
    ):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = lines[0]
    deck.save(str(path))


def test_a_slide_s_title_heads_what_the_slide_shows(tmp_path):
    _review_slides(tmp_path / "phu-tho-2024-slides.pptx")
    result = extract_corpus(tmp_path)
    assert not result.problems
    facts = _rows(result, _ROW)
    assert ("edocument_exchange_pct", "baseline", "district", 2023, 89) in facts  # `Tình hình … năm 2023`
    assert ("edocument_exchange_pct", "target", "district", 2024, 97) in facts  # `Phương hướng năm 2024`
    # a slide whose title names no section is read under no heading: not under the slide before's goals
    assert not any(f[4] == 71 and f[1] == "target" for f in facts)


def test_the_same_lines_in_a_plain_text_keep_their_old_reading(tmp_path):
    """In a text that is no slides, a line in ordinary case with no number stays no heading."""
    text = (
        "Sở Thông tin và Truyền thông tỉnh Phú Thọ\nPhú Thọ, ngày 09 tháng 01 năm 2024\nBÁO CÁO\nChuyển đổi số\n"
        "Phương hướng năm 2024\nNăm 2023, cấp huyện đã có 89% văn bản trao đổi dưới dạng điện tử.\n"
    )
    facts = _rows(_corpus(tmp_path, "phu-tho-2024-bc.txt", text), _ROW)
    assert ("edocument_exchange_pct", "baseline", "district", 2023, 89) in facts


@pytest.mark.parametrize("words", ["Ngày đăng: 03/5/2019", "Cập nhật 03/5/2019", "ngày cập nhật: 03/5/2019"])
def test_a_bracketed_update_date_opening_the_lead_is_the_page_s_date(tmp_path, words):
    text = (
        "Phú Thọ: hơn 1.200 hộp thư công vụ được sử dụng thường xuyên\n\n"
        f"({words}) – Sở Thông tin và Truyền thông tỉnh Phú Thọ cho biết, toàn tỉnh đã cấp 1.250 hộp thư điện tử công"
        " vụ cho cán bộ, công chức, viên chức.\n"
        "Bên cạnh đó, các cơ quan tiếp tục dùng phần mềm quản lý văn bản để gửi, nhận văn bản điện tử.\n"
    )
    result = _corpus(tmp_path, "phu-tho-2019-news.txt", text)
    assert str(result.documents.iloc[0]["published"]) == "2019-05-03"
    assert ("email_accounts_count", "baseline", "all", 2019, 1250) in _rows(result, _ROW)


def _report(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 240/BC-UBND\nYên Bái, ngày 20 tháng 11 năm 2021\nBÁO CÁO\n"
        f"Tình hình ứng dụng công nghệ thông tin năm 2021\nI. KẾT QUẢ\n{body}\n"
    )


@pytest.mark.parametrize(
    "note, year",
    [
        ("Số liệu tính đến hết năm 2020.", 2020),
        ("Số liệu thống kê đến tháng 6/2020, chưa gồm khối doanh nghiệp nhà nước.", 2020),
        ("Số liệu được tổng hợp tới ngày 30/9/2019; nguồn: báo cáo của các huyện.", 2019),
    ],
)
def test_a_note_on_the_data_under_a_line_dates_that_line_s_results(tmp_path, note, year):
    """A Word footnote is read right under the paragraph citing it: a note that only dates the data dates its results,
    `hiện có` too (the note says when `now` was)."""
    text = _report(f"Các cơ quan trong tỉnh hiện có 1.480 hộp thư điện tử công vụ đang hoạt động.\n{note}")
    facts = _facts(tmp_path, text)
    assert ("email_accounts_count", "baseline", "all", year, 1480) in facts


def test_a_note_on_the_data_never_overrides_a_year_the_sentence_names(tmp_path):
    text = _report("Năm 2021, toàn tỉnh có 1.480 hộp thư điện tử công vụ.\nSố liệu tính đến hết năm 2020.")
    facts = _facts(tmp_path, text)
    assert ("email_accounts_count", "baseline", "all", 2021, 1480) in facts


def _facts(tmp_path, text: str, name: str = "yen-bai-2021-240-bc-ubnd.txt") -> set[tuple]:
    return _rows(_corpus(tmp_path, name, text), _ROW)


@pytest.mark.parametrize("opening", ["Kết quả năm 2021:", "Kết quả thực hiện năm 2021:"])
def test_a_year_s_result_before_a_colon_under_a_plan_s_goals_is_a_baseline(tmp_path, opening):
    text = (
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 12/KH-UBND\nYên Bái, ngày 18 tháng 01 năm 2022\nKẾ HOẠCH\n"
        "Ứng dụng công nghệ thông tin năm 2022\nI. MỤC TIÊU\n"
        "Phấn đấu 100% Ủy ban nhân dân cấp xã kết nối mạng truyền số liệu chuyên dùng.\n"
        f"{opening} tỷ lệ này là 86%.\n"
    )
    facts = _facts(tmp_path, text, "yen-bai-2022-12-kh-ubnd.txt")
    assert ("communes_on_specialized_network_pct", "target", "commune", 2022, 100) in facts
    assert ("communes_on_specialized_network_pct", "baseline", "commune", 2021, 86) in facts
