"""Reading sources: encodings, BOM, NFC, CRLF, HTML; unreadable files are reported, the rest still read."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.corpus import ReadProblem, read_corpus, read_source


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ă ơ ư precomposed and writes the five tone marks as combining characters."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        marks = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(base + marks)
    return "".join(out).encode("cp1258")


PLAN = "KẾ HOẠCH ứng dụng công nghệ thông tin tỉnh Thái Bình năm 2014.\nTổng kinh phí: 14.250 triệu đồng.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", PLAN.encode("utf-8")),
        ("bom.txt", b"\xef\xbb\xbf" + PLAN.encode("utf-8")),
        ("utf16le.txt", PLAN.encode("utf-16")),  # with BOM
        ("utf16be.txt", PLAN.encode("utf-16-be")),  # no BOM
        ("utf16le-nobom.txt", PLAN.encode("utf-16-le")),
        ("cp1258.txt", to_cp1258(PLAN)),
        ("nfd.txt", unicodedata.normalize("NFD", PLAN).encode("utf-8")),
        ("crlf.txt", PLAN.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_every_encoding_reads_to_the_same_nfc_text(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert read_source(path).text == PLAN


def test_html_page_becomes_its_visible_text(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><script>alert(1)</script><style>p{}</style></head><body>"
        "<p>Kế hoạch ứng dụng công nghệ thông tin.</p><p>Tổng kinh phí: 14.250 triệu đồng &amp; hơn</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert source.was_html
    assert "Tổng kinh phí: 14.250 triệu đồng & hơn" in source.text
    assert "alert" not in source.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"%PDF-1.4\x00\x01\x02\x03binary", "binary")],
)
def test_unreadable_files_have_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadProblem) as info:
        read_source(path)
    assert reason in info.value.reason
    assert info.value.source_file == "bad.txt"


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(PLAN, encoding="utf-16")
    sources, problems = read_corpus(tmp_path)
    assert [s.source_file for s in sources] == ["a.txt", "c.txt"]
    assert [(p.source_file, p.reason) for p in problems] == [("b.txt", "empty file")]


@pytest.mark.parametrize(
    "text",
    [
        # news of one part of e-government names only that part (written for this test, after real news items)
        "Tỉnh đã cấp hộp thư điện tử công vụ cho 96% cán bộ, công chức cấp tỉnh.\n",
        "Năm 2019, 100% sở, ngành được cấp chữ ký số chuyên dùng.\n",
        "Phần mềm quản lý văn bản và điều hành đã được triển khai tại 40 đơn vị.\n",
        "Kế hoạch chuyển đổi số năm 2022: 60% hồ sơ được giải quyết trực tuyến.\n",
        "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan đạt 80%.\n",
        "Huyện đưa hệ thống hội nghị truyền hình trực tuyến đến 18 xã, thị trấn.\n",
    ],
)
def test_news_of_one_part_of_e_government_is_read(tmp_path, text):
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(path).text == text


def test_a_text_about_something_else_is_not_a_plan(tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text("Thực đơn tuần này: phở bò 45.000 đồng; gửi thư cho bạn bè; ký tên.\n", encoding="utf-8")
    with pytest.raises(ReadProblem, match="does not look like an IT plan"):
        read_source(path)


def test_an_english_news_item_is_named_as_english_not_as_something_else(tmp_path):
    # written for this test, in the shape of the English editions of provincial papers
    path = tmp_path / "english.txt"
    path.write_text(
        "Efforts to build e-government in Bến Tre\n\nThe Mekong Delta province of Bến Tre has put 412 public "
        "services online at level 3 and 96 at level 4, the head of the provincial Department of Information and "
        "Communications said. More than 85 per cent of documents between state agencies were sent online in 2020, "
        "and all of the province's communes have connected to the specialised data network, he added.\n",
        encoding="utf-8",
    )
    with pytest.raises(ReadProblem, match="written in English: ictplans reads Vietnamese texts"):
        read_source(path)


def test_a_vietnamese_text_without_diacritics_is_not_taken_for_english(tmp_path):
    path = tmp_path / "ascii.txt"
    path.write_text("Thuc don tuan nay: pho bo 45.000 dong; gui thu cho ban be va ky ten o cuoi trang.\n" * 4)
    with pytest.raises(ReadProblem, match="does not look like an IT plan"):
        read_source(path)


def test_a_pdf_font_s_oi_is_read_as_u_horn(tmp_path):
    # Some Vietnamese PDF fonts give `ư` as `ƣ` (U+01A3) in their text layer: `ngƣời`, `Trƣờng`.
    path = tmp_path / "thesis.txt"
    path.write_text("Tỉnh có 537 cán bộ chuyên trách CNTT, 12.600 ngƣời biết dùng máy tính. TRƢỜNG\n", encoding="utf-8")
    text = read_source(path).text
    assert "người" in text and "TRƯỜNG" in text and "ƣ" not in text and "Ƣ" not in text
    assert len(text) == len(path.read_text(encoding="utf-8"))  # one character for one
