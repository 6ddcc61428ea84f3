"""Text typed in the pre-Unicode font encodings TCVN3 (ABC, `.VnTime`) and VNI (`VNI-Times`), as old Word files, PDF
text layers and saved texts give it, is read as the Vietnamese it stands for; Unicode and Windows-1258 texts are left
alone."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from make_formats import text_to_docx

from analysis import legacy_fonts
from analysis.corpus import read_source
from analysis.extract import extract_corpus
from analysis.legacy_fonts import from_tcvn3, from_vni, looks_like_tcvn3, looks_like_vni

# A plan of our own, written for these tests.
PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
    "KẾ HOẠCH ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2010\n"
    "I. MỤC TIÊU\n"
    "Đến hết năm 2010, 80% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử; 60% văn bản trao đổi giữa các cơ quan "
    "nhà nước dưới dạng điện tử; cung cấp 25 dịch vụ công trực tuyến mức độ 3.\n"
    "Tổng kinh phí thực hiện là 4.500 triệu đồng.\n"
)
_CODE_OF = dict(zip(legacy_fonts._LETTERS, legacy_fonts._CODES, strict=True))


def typed_in_tcvn3(text: str) -> str:
    """What a `.VnTime` document gives as text: each letter with a mark as its TCVN3 code read as Latin-1 (capitals
    with tones are typed lower case in the font that shows them as capitals)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _CODE_OF.get(ch) or (_CODE_OF.get(ch.lower()) if ch.lower() != ch else None)
        out.append(code or ch)
    return "".join(out)


def test_the_table_turns_a_tcvn3_text_back_into_vietnamese():
    typed = typed_in_tcvn3("cán bộ được cấp hộp thư điện tử công vụ")
    assert typed == "c¸n bé ®­îc cÊp hép th­ ®iÖn tö c«ng vô"
    assert from_tcvn3(typed) == "cán bộ được cấp hộp thư điện tử công vụ"


@given(
    st.text(
        alphabet=st.sampled_from(legacy_fonts._LETTERS.lower() + "abcdeghiklmnopqrstuvxy ,.%0123456789"), max_size=80
    )
)
def test_every_letter_goes_there_and_back(text):
    assert from_tcvn3("".join(_CODE_OF.get(c, c) for c in text)) == text


@pytest.mark.parametrize(
    "name, data",
    [
        ("copied.txt", typed_in_tcvn3(PLAN).encode("utf-8")),  # copied from a PDF's text layer and saved as UTF-8
        ("bytes.txt", typed_in_tcvn3(PLAN).encode("latin-1")),  # the font's bytes saved as they are
    ],
)
def test_a_tcvn3_text_file_reads_as_vietnamese_and_gives_its_facts(tmp_path, name, data):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / name).write_bytes(data)
    source = read_source(folder / name)
    assert source.text.lower() == PLAN.lower()  # capitals with tones come back lower case, as the font typed them
    facts = extract_corpus(folder).facts
    assert {("staff_with_email_pct", 80.0), ("online_services_level3_count", 25.0)} <= set(
        zip(facts["indicator"], facts["value"], strict=True)
    )
    assert (facts["quote"].str.contains("cán bộ, công chức cấp tỉnh được cấp hộp thư")).any()


def test_a_word_file_typed_in_tcvn3_reads_as_vietnamese(tmp_path):
    path = text_to_docx(typed_in_tcvn3(PLAN), tmp_path / "old-plan.docx")
    assert read_source(path).text.lower() == PLAN.lower()


@pytest.mark.parametrize(
    "text",
    [
        PLAN,  # Unicode
        PLAN + "© Cổng thông tin điện tử tỉnh «Phú Yên» · § 3 " * 10,  # signs a Unicode page has, among its letters
        "Þ Ð " * 40 + "Windows-1258 read as Latin-1 repeats two codes",
    ],
)
def test_texts_not_typed_in_tcvn3_are_left_alone(text):
    assert not looks_like_tcvn3(text)


def test_a_windows_1258_file_is_not_taken_for_tcvn3(tmp_path):
    from test_corpus import to_cp1258

    text = PLAN * 5  # long enough for the tilde and Đ codes to repeat
    (tmp_path / "cp1258.txt").write_bytes(to_cp1258(text))
    assert read_source(tmp_path / "cp1258.txt").text == text


# --- VNI --------------------------------------------------------------------------------------------------------
_VNI_OF = {letter: code for code, letter in legacy_fonts._VNI.items()}


def typed_in_vni(text: str) -> str:
    return "".join(_VNI_OF.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


@pytest.mark.parametrize(
    ("vni", "meant"),
    [
        # as VNI converters document them
        ("Xin chaøo caùc baïn", "Xin chào các bạn"),
        ("Ñaàu tö", "Đầu tư"),
        # written for these tests, letter by letter from VNI's key: circumflex and breve with each tone, i and y, ơ/ư
        ("coâng ngheä thoâng tin, hoäp thö ñieän töû", "công nghệ thông tin, hộp thư điện tử"),
        (
            "naêm, ñaët, ñaép, ñaúng, choã, nhieàu, kyõ, thò, vieäc, möùc ñoä, trôï giuùp",
            "năm, đặt, đắp, đẳng, chỗ, nhiều, kỹ, thị, việc, mức độ, trợ giúp",
        ),
        ("KEÁ HOAÏCH ÖÙNG DUÏNG, ÑEÁN NAÊM", "KẾ HOẠCH ỨNG DỤNG, ĐẾN NĂM"),
    ],
)
def test_vni_letters_and_marks_are_read_as_vietnamese(vni, meant):
    assert from_vni(vni) == meant


@pytest.mark.parametrize(
    "name, encode",
    [("copied.txt", "utf-8"), ("bytes.txt", "latin-1")],  # copied from a PDF and saved; the font's bytes as they are
)
def test_a_vni_text_file_reads_as_vietnamese_and_gives_its_facts(tmp_path, name, encode):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / name).write_bytes(typed_in_vni(PLAN).encode(encode))
    assert read_source(folder / name).text == PLAN
    facts = extract_corpus(folder).facts
    assert {("staff_with_email_pct", 80.0), ("online_services_level3_count", 25.0)} <= set(
        zip(facts["indicator"], facts["value"], strict=True)
    )


def test_a_word_file_typed_in_vni_reads_as_vietnamese(tmp_path):
    path = text_to_docx(typed_in_vni(PLAN), tmp_path / "old-plan.docx")
    assert read_source(path).text == PLAN


def test_tcvn3_and_vni_are_told_apart_and_unicode_is_neither():
    assert looks_like_vni(typed_in_vni(PLAN)) and not looks_like_tcvn3(typed_in_vni(PLAN))
    assert looks_like_tcvn3(typed_in_tcvn3(PLAN)) and not looks_like_vni(typed_in_tcvn3(PLAN))
    assert not looks_like_vni(PLAN) and not looks_like_vni(PLAN + "Ørsted, Müller, Señor, Åland " * 3)


# --- a Word file typed in Unicode with parts still in a legacy font ------------------------------------------------
# A new report that pastes an old appendix keeps that part's `.VnTime` (or `VNI-Times`) runs: too few codes for the
# whole text's check, so each run is read by the font it names.
_REPORT_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
    "BÁO CÁO kết quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2012\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
    "Hạ tầng kỹ thuật tiếp tục được đầu tư, mạng nội bộ được nâng cấp ở các sở, ngành và các huyện, thị xã, thành phố; "
    "việc trao đổi văn bản qua mạng ngày càng phổ biến trong các cơ quan nhà nước của tỉnh.\n"
) * 3
_OLD_PART = "Đến hết năm 2012, 85% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ."


def _mixed_docx(path, font: str, typed: str, style_font: bool = False):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in _REPORT_HEAD.splitlines():
        document.add_paragraph(line)
    if style_font:  # the old part's paragraph style names the font, not its runs
        style = document.styles.add_style("Phu luc cu", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        style.font.name = font
        document.add_paragraph(typed, style="Phu luc cu")
    else:
        paragraph = document.add_paragraph()
        paragraph.add_run("Ghi chú: ")  # a Unicode run beside the old ones
        paragraph.add_run(typed).font.name = font
    converted = document.add_paragraph()  # text converted to Unicode whose font was left as it was
    converted.add_run("Số dịch vụ công trực tuyến mức độ 3 đạt 40 dịch vụ.").font.name = font
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("font", "encode", "style_font"),
    [
        (".VnTime", typed_in_tcvn3, False),
        (".VnTime", typed_in_tcvn3, True),
        ("VNI-Times", typed_in_vni, False),
    ],
)
def test_runs_in_a_legacy_font_inside_a_unicode_word_file_are_read_by_their_font(tmp_path, font, encode, style_font):
    typed = encode(_OLD_PART.replace("Đến", "đến"))  # (TCVN3 has no capitals with marks but Đ in the H fonts)
    assert not looks_like_tcvn3(_REPORT_HEAD + typed) and not looks_like_vni(_REPORT_HEAD + typed)  # too few to tell
    text = read_source(_mixed_docx(tmp_path / "phu-yen-2012-bc.docx", font, typed, style_font)).text
    assert _OLD_PART.replace("Đến", "đến") in text
    assert "Số dịch vụ công trực tuyến mức độ 3 đạt 40 dịch vụ." in text  # converted text is not read twice
    assert _REPORT_HEAD.splitlines()[1] in text  # the Unicode text untouched


def test_a_legacy_font_run_gives_its_facts(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _mixed_docx(raw / "phu-yen-2012-bc.docx", ".VnTime", typed_in_tcvn3(_OLD_PART.replace("Đến", "đến")))
    facts = extract_corpus(raw).facts
    got = set(zip(facts["indicator"], facts["value"], strict=True))
    assert ("staff_with_email_pct", 85.0) in got and ("online_services_level3_count", 40.0) in got
