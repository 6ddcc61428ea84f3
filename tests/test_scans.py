"""Scans as real scans look: a photocopy a degree or two askew, grey and speckled, with ruled tables
(tests/make_formats.py `office_scan`; the figures of benchmarks/bench_scans.py). The page is straightened and,
when speckled, cleaned before Tesseract reads it."""

from __future__ import annotations

import pytest
from conftest import IN_CI, read_corpus_without_tesseract, require_tool
from make_formats import SCAN_LEVELS, degrade_scan, office_pages, office_scan

from analysis import formats
from analysis.corpus import read_source
from analysis.extract import extract_corpus

# A short plan of our own, with a ruled table, two pages at most once printed.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 41/KH-UBND
Bắc Ninh, ngày 9 tháng 3 năm 2017

KẾ HOẠCH
Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Bắc Ninh năm 2017

I. MỤC TIÊU
Đến hết năm 2017, 95% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử công vụ; 80% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử.
Cung cấp 120 dịch vụ công trực tuyến mức độ 3 và 35 dịch vụ công trực tuyến mức độ 4.
II. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 14.500 triệu đồng.
| STT | Nội dung | Kinh phí (triệu đồng) |
| 1 | Hạ tầng kỹ thuật | 6.200 |
| 2 | Ứng dụng và dịch vụ | 8.300 |
"""
NUMBERS = ["95%", "80%", "120", "35", "14.500", "6.200", "8.300"]


@pytest.fixture(scope="module")
def page():
    """The plan's first page as printed at 200 dpi (no OCR needed)."""
    return office_pages(PLAN, 200)[0]


def test_the_skew_of_a_page_is_found_both_ways(page):
    import numpy as np
    from PIL import Image

    for angle in (1.6, -0.8):
        turned = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(turned)
        assert formats.skew_angle(a < 128) == pytest.approx(-angle, abs=0.21), angle
    assert formats.skew_angle(np.asarray(page) < 128) == 0.0


def test_a_clean_page_is_left_as_tesseract_reads_it():
    """Straight, speckle-free pages without a table keep their grey levels: Tesseract's own Otsu reads them best."""
    import numpy as np

    page = office_pages(PLAN.split("| STT")[0], 200)[0]
    assert np.array_equal(np.asarray(formats.prepare_scan(page)), np.asarray(page))


def test_a_clean_page_loses_its_table_rules_and_keeps_its_grey_letters(page):
    import numpy as np

    prepared = np.asarray(formats.prepare_scan(page))
    ink = np.asarray(page) < 128
    rows = np.where(ink.mean(axis=1) > 0.5)[0]  # the table's horizontal rules: rows mostly ink
    assert len(rows) >= 3 and (prepared[rows] < 128).mean() < 0.1
    letters = ink & ~np.isin(np.arange(ink.shape[0]), rows)[:, None]
    assert (np.asarray(page)[letters] == prepared[letters]).mean() > 0.9
    assert set(np.unique(prepared)) - {0, 255}  # still grey levels: not binarised


def test_a_speckled_page_loses_its_specks_and_table_rules_but_keeps_its_letters(page):
    import numpy as np
    from PIL import ImageFilter

    level = SCAN_LEVELS["strong"] | {"skew": 0.0, "stamp": False, "dpi": 200}
    scanned = degrade_scan(page.copy(), level, 0, last=False)
    prepared = np.asarray(formats.prepare_scan(scanned)) < 128
    ink = np.asarray(page) < 128
    rows = np.where(ink.mean(axis=1) > 0.5)[0]  # the table's horizontal rules: rows mostly ink
    assert len(rows) >= 3
    assert prepared[rows].mean() < 0.1  # erased
    letters = ink & ~np.isin(np.arange(ink.shape[0]), rows)[:, None]
    assert (prepared & letters).sum() > 0.7 * letters.sum()  # the letters stay
    near_ink = np.asarray(page.filter(ImageFilter.MinFilter(7))) < 128
    specks_before = (np.asarray(scanned) < 128) & ~near_ink
    specks_after = prepared & ~near_ink
    assert specks_after.sum() < 0.1 * specks_before.sum()


@pytest.fixture(scope="module")
def ocr():
    require_tool("tesseract")
    missing = formats.ocr_available()
    if missing:
        pytest.fail(missing) if IN_CI else pytest.skip(missing)


def test_a_skewed_speckled_photocopy_keeps_its_numbers(ocr, tmp_path):
    """1.6° askew, uneven grey paper, speckle, blur, JPEG at 150 dpi: every number of the plan is read."""
    path = tmp_path / "plan.pdf"
    assert office_scan(PLAN, path, SCAN_LEVELS["strong"] | {"stamp": False}) <= 2
    text = read_source(path).text
    missing = [n for n in NUMBERS if n not in text]
    assert not missing, (missing, text)


@pytest.mark.parametrize(
    ("word", "number"),
    [("B0%", "80%"), ("(l5%),", "(15%),"), ("1O0", "100"), ("1.5O0", "1.500"), ("50.OOO", "50.000"), ("S0%", "50%")],
)
def test_a_letter_read_for_a_digit_inside_a_number_is_the_digit(word, number):
    assert formats.fix_number(word) == number


@pytest.mark.parametrize("word", ["10B", "Bộ", "ISO", "IS", "O", "1O", "36a", "lO%", "I.", "Số", "100%", "1.500"])
def test_words_and_codes_are_not_numbers(word):
    assert formats.fix_number(word) == word


def test_a_doubted_share_over_100_percent_is_a_percent_sign_read_as_9():
    assert formats.fix_number("859%.", conf=78) == "85%."
    assert formats.fix_number("1009%", conf=60) == "100%"
    assert formats.fix_number("859%.", conf=95) == "859%."  # Tesseract is sure
    assert formats.fix_number("120%", conf=60) == "120%"  # no 9 before the sign
    assert formats.fix_number("1019%", conf=60) == "1019%"  # 101 % without the 9: not a share either
    # a doubted figure just over 100 % is a real one (`đạt 109% kế hoạch`), not `10%` with its sign read as a 9
    assert formats.fix_number("109%", conf=60) == "109%"
    assert formats.fix_number("159%", conf=60) == "159%"


def test_a_blank_page_is_returned_as_it_is():
    # one grey level (a blank back, a separator sheet): nothing to straighten, no threshold to find
    from PIL import Image

    for level in (255, 0, 128):
        page = Image.new("L", (850, 1100), level)
        assert formats.prepare_scan(page).getextrema() == (level, level)


def test_words_a_column_gap_apart_are_table_cells_and_a_sentence_keeps_its_spaces():
    # an OCR'd line: `2018` then `12.400` far to the right (a ruled table's next column), then `3.000`
    data = {"text": ["2018", "12.400", "3.000"], "left": [100, 400, 700], "width": [80, 120, 100], "height": [30] * 3}
    assert formats._cells(data, [0, 1, 2]) == "2018\t12.400\t3.000"
    data = {"text": ["Tổng", "kinh", "phí"], "left": [100, 190, 280], "width": [80, 80, 60], "height": [30, 28, 30]}
    assert formats._cells(data, [0, 1, 2]) == "Tổng kinh phí"


# --- a scan saved as an image file (PNG, JPEG, a multi-page TIFF, a phone's photo) ----------------------------------


def _as_image_files(folder, level: str) -> list:
    """The plan printed and scanned at `level`, one image a page (greyscale PIL images)."""
    images = office_pages(PLAN, SCAN_LEVELS[level]["dpi"])
    return [degrade_scan(im, SCAN_LEVELS[level], k, False) for k, im in enumerate(images)]


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_a_page_scanned_to_an_image_file_is_read_by_ocr(ocr, tmp_path, suffix):
    pages = _as_image_files(tmp_path, "mild")
    path = tmp_path / f"plan{suffix}"
    pages[0].save(path, dpi=(300, 300))
    source = read_source(path)
    assert source.source_format == "image-ocr" and source.pages == 1 and source.ocr_pages == 1
    assert 60 <= source.ocr_confidence <= 100
    first_page = [n for n in NUMBERS if n in ("95%", "80%", "120", "35")]
    missing = [n for n in first_page if n not in source.text]
    assert not missing, (missing, source.text)


def test_a_multi_page_tiff_is_read_page_by_page_and_facts_know_their_page(ocr, tmp_path):
    pages = _as_image_files(tmp_path, "clean")
    pages = pages + pages if len(pages) == 1 else pages  # at least two frames
    folder = tmp_path / "raw"
    folder.mkdir()
    pages[0].save(folder / "plan.tiff", save_all=True, append_images=pages[1:], dpi=(200, 200), compression="tiff_lzw")
    result = extract_corpus(folder)
    assert not result.problems
    doc = result.documents.iloc[0]
    assert doc["source_format"] == "image-ocr" and doc["pages"] == len(pages) and doc["province"] == "Bắc Ninh"
    text = read_source(folder / "plan.tiff").text
    assert text.count("\f") == len(pages) - 1
    facts = result.facts
    assert {"staff_with_email_pct", "online_services_level3_count"} <= set(facts["indicator"])
    for f in facts.itertuples():
        assert text[f.char_start : f.char_end] == f.quote and f.page == 1 + text.count("\f", 0, f.char_start)


def test_a_phone_photo_stored_sideways_is_turned_upright_by_its_exif_note(ocr, tmp_path):
    from PIL import Image

    page = _as_image_files(tmp_path, "clean")[0]
    sideways = page.transpose(Image.Transpose.ROTATE_90)  # stored turned a quarter left…
    exif = Image.Exif()
    exif[0x0112] = 6  # …with the note: turn it 90° clockwise to show it
    path = tmp_path / "photo.jpg"
    sideways.save(path, exif=exif, quality=90)
    text = read_source(path).text
    assert "95%" in text and "hộp thư điện tử" in text


def test_an_image_that_cannot_be_a_page_is_named_with_its_reason(tmp_path, monkeypatch):
    from PIL import Image

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    Image.new("RGB", (64, 64), "white").save(folder / "icon.png")
    Image.new("L", (1700, 2300), 255).save(folder / "page.png")
    sources, problems = read_corpus_without_tesseract(folder, monkeypatch)
    assert not sources
    reasons = {p.source_file: p.reason for p in problems}
    assert reasons["broken.jpg"].startswith("not a readable image")
    assert reasons["icon.png"] == "an image too small to be a scanned page (64×64 pixels)"
    assert reasons["page.png"] == (
        "a scanned image needs OCR, and Tesseract is not installed: sudo apt-get install tesseract-ocr tesseract-ocr-vie"
    )


@pytest.mark.parametrize("quarter_turns", [1, 2])
def test_a_page_scanned_turned_is_read_upright(ocr, tmp_path, quarter_turns):
    """A landscape appendix scanned sideways, a page fed upside down: Tesseract reads such a page as noise, so a page
    that reads badly is asked its orientation and read again upright."""
    page = _as_image_files(tmp_path, "clean")[0].rotate(90 * quarter_turns, expand=True, fillcolor=255)
    path = tmp_path / "turned.png"
    page.save(path, dpi=(200, 200))
    source = read_source(path)
    assert source.ocr_confidence >= 80
    assert all(n in source.text for n in ("95%", "80%", "120")), source.text
    assert "hộp thư điện tử công vụ" in source.text
    # the table's rules are found on the upright page: each row is one line of cells
    rows = [line for line in source.text.splitlines() if "Hạ tầng kỹ thuật" in line or "Ứng dụng và dịch vụ" in line]
    assert len(rows) == 2 and "6.200" in rows[0] and "8.300" in rows[1], source.text


def test_a_scanned_tables_two_line_header_keeps_tesseracts_reading_order():
    """`STT` and `Chỉ tiêu` centred in a two-line header are read on the header's second line, so that line's top is
    above the first's: the cells keep the order Tesseract read them in (`Đơn vị`, `Năm 2018`), not `vị Đơn`."""
    from analysis.formats import Line, _row_line

    def line(text, top, xs):
        chars = []
        for word, x in zip(text.split(" "), xs, strict=True):
            if chars:
                chars.append(None)
            chars += [(x + i, x + i + 1) for i in range(len(word))]
        return Line(text, left=xs[0], right=xs[-1] + 6, top=top, bottom=top + 10, first_word=6, chars=chars)

    first = line("Đơn Năm", 104, [120, 200])  # the header's first line
    second = line("STT vị 2018", 100, [10, 120, 200])  # its second, lifted by the centred `STT`
    edges = [0, 100, 180, 260]
    assert _row_line([first, second], edges, in_reading_order=True).text == "STT\tĐơn vị\tNăm 2018"


def test_specks_of_erased_rules_before_a_row_label_do_not_hide_its_count():
    from test_extract_wording import facts

    head = "KẾ HOẠCH ứng dụng CNTT năm 2018\nII. CHỈ TIÊU\nSTT\tChỉ tiêu\tĐơn vị\tNăm 2018\tNăm 2019\n"
    row = "3\tX2 8 ` Số dịch vụ công trực tuyến mức độ 4\tdịch vụ\t40\t80\n"
    assert {(f[0], f[3], f[4]) for f in facts(head + row)} == {
        ("online_services_level4_count", 2018, 40.0),
        ("online_services_level4_count", 2019, 80.0),
    }


# A table whose cells hold one, two and three lines, each centred in its row as an office prints it (round 22).
STAGGERED = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 77/KH-UBND
Hà Giang, ngày 4 tháng 5 năm 2021

KẾ HOẠCH
Chuyển đổi số trong các cơ quan nhà nước tỉnh Hà Giang giai đoạn 2021-2025

Phụ lục
CHỈ TIÊU CHỦ YẾU
STT\tTên chỉ tiêu\tĐơn vị tính\tHiện trạng (năm 2020)\tMục tiêu đến năm 2025
1\tTỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng, trừ hồ sơ mật\t%\t62\t90
2\tTỷ lệ công chức cấp xã được cấp chứng thư số chuyên dùng để ký văn bản điện tử\t%\t47\t85
"""


@pytest.mark.parametrize("level", ["clean", "mild"])
def test_a_tables_cells_centred_beside_taller_ones_are_read_on_their_row(ocr, tmp_path, level):
    """A cell of one or two lines centred beside one of three stands between that one's lines: Tesseract cut such a
    row into lines across half the letters of the short cells (`Mục tiêu` read `LÔNG`, `(năm 2017)` read
    `iniăm 2 017)`, a `75` read `5`). Each cell is moved up to the top of its row before Tesseract reads the page, and
    the table's cells are made ink on white (on a photocopy's grey, figures beside a label were read `4l).`)."""
    path = tmp_path / "plan.pdf"
    office_scan(STAGGERED, path, SCAN_LEVELS[level])
    rows = [ln.split("\t") for ln in read_source(path).text.splitlines() if ln.count("\t") >= 3]
    assert len(rows) == 3, rows
    head, first, second = rows
    assert head[-2:] == ["Hiện trạng (năm 2020)", "Mục tiêu đến năm 2025"], head
    assert first[-3:] == ["%", "62", "90"] and second[-3:] == ["%", "47", "85"], rows


def test_a_capitalised_word_read_all_in_capitals_by_its_marked_letter_is_written_as_it_was():
    """`Tỷ lệ` read `TỶ lệ` (Ỷ for ỷ) beside a taller cell: the pair is a phrase of the domain once its first word is
    written with a capital first; a heading in capitals and an abbreviation stay."""
    from analysis.ocr_words import fix_line

    assert fix_line(["3", "TỶ", "lệ", "hồ", "sơ"]) == ["3", "Tỷ", "lệ", "hồ", "sơ"]
    assert fix_line(["TỶ", "lệ,"], [False, False]) == ["Tỷ", "lệ,"]
    assert fix_line(["TỶ", "LỆ", "HỒ", "SƠ"]) == ["TỶ", "LỆ", "HỒ", "SƠ"]
    assert fix_line(["UBND", "cấp", "xã"]) == ["UBND", "cấp", "xã"]
    assert fix_line(["SỞ", "lệ"]) == ["SỞ", "lệ"]  # no phrase


def test_a_speck_read_as_an_apostrophe_before_a_figure_is_no_part_of_it():
    for word, number in (("'65", "65"), ("`40%", "40%"), ("‘2.300", "2.300"), ("’7,5", "7,5")):
        assert formats.fix_number(word) == number, word
    for word in ("“65%", '"65', "65'", "'", "'A4", "l'école"):  # a quotation's mark, an apostrophe in a word: kept
        assert formats.fix_number(word) == word, word


def test_a_ruled_tables_cells_are_ink_on_white_and_the_page_around_keeps_its_grey():
    import numpy as np

    page = office_pages(STAGGERED, 200)[0]
    grey = degrade_scan(page.copy(), SCAN_LEVELS["mild"] | {"skew": 0.0, "dpi": 200, "jpeg": 95}, 0, last=False)
    prepared = np.asarray(formats.prepare_scan(grey))
    ink = np.asarray(page) < 128
    rules = np.where(ink.mean(axis=1) > 0.5)[0]  # the table's horizontal rules
    xs = np.where(ink[rules[0]])[0]
    table = prepared[rules[0] + 6 : rules[-1] - 6, xs.min() + 6 : xs.max() - 6]
    assert np.isin(table, (0, 255)).mean() > 0.95  # (a few pixels beside the erased rules stay grey)
    above = prepared[: rules[0] - 10]
    assert not np.isin(above, (0, 255)).mean() > 0.5  # the heading and the text above: grey paper as scanned


def test_syllables_run_together_by_ocr_are_written_apart():
    """Tesseract loses the narrow space between two syllables (`vănbản`, `Hiệntrạng`, `lệUBND`); Vietnamese writes
    every syllable apart, so a word that splits one way only into the domain's syllables is split."""
    from analysis.ocr_words import split_glued

    assert split_glued("phầnmềm") == "phần mềm"
    assert split_glued("Mụctiêu") == "Mục tiêu"
    assert split_glued("hộpthưđiện") == "hộp thư điện"
    assert split_glued("(côngvụ),") == "(công vụ),"
    assert split_glued("xãUBND") == "xã UBND"
    for word in ("nghiệp", "trưởng", "email", "online", "UBND", "CNTT,", "2020", "quản"):  # a word, a code: kept
        assert split_glued(word) == word
