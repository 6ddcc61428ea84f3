"""The post-OCR correction of marks (src/analysis/ocr_words.py) on lines written for these tests: a domain phrase
with a mark misread is put right; a real phrase, a lone word and anything ambiguous stay as read."""

from __future__ import annotations

import pytest

from analysis.ocr_words import bare, fix_line, vocabulary


def fixed(line: str) -> str:
    return " ".join(fix_line(line.split(" ")))


def test_bare_drops_marks_and_reads_d_for_đ():
    assert bare("Quản lý") == "quan ly"
    assert bare("địch vụ") == bare("dịch vụ") == "dich vu"
    assert bare("ỨNG DỤNG") == "ung dung"


@pytest.mark.parametrize(
    ("ocr", "meant"),
    [
        (
            "Sở đã triển khai phần mềm quần lý văn bản cho các phòng",
            "Sở đã triển khai phần mềm quản lý văn bản cho các phòng",
        ),
        ("hệ thống quân lý văn bản và điểu hành", "hệ thống quản lý văn bản và điều hành"),
        ("100% cấp xâ có kết nối mạng", "100% cấp xã có kết nối mạng"),
        ("cung cấp 40 địch vụ công trực tuyên mức độ 3", "cung cấp 40 dịch vụ công trực tuyến mức độ 3"),
        ("nâng cấp đường truyền kết nổi tới huyện", "nâng cấp đường truyền kết nối tới huyện"),
        ("Kể hoạch số 12 của tỉnh", "Kế hoạch số 12 của tỉnh"),
        ("giúp tiết kiệm chỉ phí in ấn", "giúp tiết kiệm chi phí in ấn"),
        ("từ ngân sách dịa phương bố trí", "từ ngân sách địa phương bố trí"),
        ("Ty lệ hồ sơ giải quyết", "Tỷ lệ hồ sơ giải quyết"),
    ],
)
def test_a_domain_phrase_with_a_mark_misread_is_put_right(ocr, meant):
    assert fixed(ocr) == meant


def test_case_and_punctuation_around_the_words_stay():
    assert fixed("PHẦN MỀM QUẦN LÝ VĂN BẢN") == "PHẦN MỀM QUẢN LÝ VĂN BẢN"
    assert fixed("(Quần lý, điều hành)") == "(Quản lý, điều hành)"
    assert fixed("các sở, ngành và cấp xâ.") == "các sở, ngành và cấp xã."


def test_a_capital_read_inside_a_lower_case_word_is_lowered():
    assert fixed("cán bỘ, công chức có trình đỘ đại học") == "cán bộ, công chức có trình độ đại học"
    assert fixed("phần mềm iOffice và eDocman") == "phần mềm iOffice và eDocman"  # product names keep theirs


@pytest.mark.parametrize(
    "line",
    [
        "Ban chỉ đạo ứng dụng công nghệ thông tin của tỉnh",  # chỉ đạo: a phrase as written
        "phối hợp với lực lượng quân đội và công an",  # quân đội: real, not quản lý
        "các điểm cầu trực tuyến tại huyện",  # điểm cầu stays
        "mạng chuyên dụng của tỉnh",  # chuyên dụng is a word too: not made chuyên dùng
        "chỉ có 7 xã có cán bộ",  # a lone chỉ is never changed (chi / chỉ are both words)
        "đạt chỉ tiêu đề ra",  # chỉ tiêu is a phrase
        "họp tại xâ Tân Lập",  # a lone misread word with no phrase of the list around it stays
        "giao thông, thủy lợi",  # words outside the domain stay
        "quần áo bảo hộ lao động",  # quần áo: not a domain phrase's letters
    ],
)
def test_real_words_and_lone_words_stay(line):
    assert fixed(line) == line


def test_a_word_of_a_phrase_read_right_is_not_changed_by_its_other_neighbour():
    # `chỉ đạo` is right as read: the pair `quân chỉ` (no phrase) and `chỉ đạo` leave `chỉ` alone
    assert fixed("hệ thống chỉ đạo điều hành") == "hệ thống chỉ đạo điều hành"
    assert fixed("văn bản chỉ đạo, điểu hành") == "văn bản chỉ đạo, điều hành"


def test_words_split_by_punctuation_are_not_a_phrase():
    # `cấp, xâ` is not `cấp xã`: a comma between two words parts them
    assert fixed("cấp, xâ") == "cấp, xâ"


def test_ambiguous_letters_are_left_alone():
    _, by_letters = vocabulary()
    assert len(by_letters[bare("hằng năm")]) == 2  # hằng năm / hàng năm: both right, so neither is forced
    assert fixed("hăng năm") == "hăng năm"


def test_the_vocabulary_holds_the_cue_words_and_the_committed_list():
    phrases, _ = vocabulary()
    assert "quản lý" in phrases and "văn bản" in phrases  # committed list
    assert "truyền số" in phrases and "chữ ký" in phrases  # from cue_words.yaml (truyền số liệu, chữ ký số)
    assert all(len(p.split()) == 2 for p in phrases)


def test_a_phrase_wrapped_over_two_lines_is_read_across_them():
    # formats.ocr_page gives a page's lines one after another: `quần` ends one line, `lý` begins the next
    first, second = "triển khai phần mềm quần".split(), "lý văn bản tới cấp xã".split()
    assert fix_line(first + second) == "triển khai phần mềm quản lý văn bản tới cấp xã".split()


def test_other_common_plan_words():
    assert fixed("đáp ứng như cầu phát triển") == "đáp ứng nhu cầu phát triển"
    assert fixed("tạo điểu kiện thuận lợi") == "tạo điều kiện thuận lợi"
    assert fixed("kết nối diện rộng") == "kết nối diện rộng"
    assert fixed("phủ sóng điện rộng") == "phủ sóng diện rộng"


@pytest.mark.parametrize(
    "line",
    [
        "hệ thống mạng điện của trụ sở",  # mạng điện (wiring) is real: listed, so `mạng diện` is ambiguous
        "kinh phí chỉ cho phép mua máy",  # chỉ cho is real: not made `chi cho`
        "tổng kinh phí chi cho ứng dụng công nghệ thông tin",  # chi cho (spending on) is real: not made `chỉ cho`
        "tỉnh chỉ đầu tư cho cấp huyện",  # chỉ đầu (tư) is real: not made `chi đầu tư`
    ],
)
def test_listed_real_phrases_stay(line):
    assert fixed(line) == line
    assert fixed("như sau") == "như sau"  # `như` stays where it is the word meant


def test_only_a_word_tesseract_doubted_is_changed():
    from analysis.ocr_words import fix_line

    words = "đáp ứng đúng yêu cầu và quần lý văn bản".split()
    sure = [False] * len(words)
    assert fix_line(words, sure) == words  # read with confidence: what the page says
    doubted = [w == "quần" for w in words]
    assert " ".join(fix_line(words, doubted)) == "đáp ứng đúng yêu cầu và quản lý văn bản"
