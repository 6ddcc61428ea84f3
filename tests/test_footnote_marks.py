"""Footnote markers glued to figures in plain texts and web pages. A report copied from Word into a text file or a
portal keeps its markers (`612[2] dịch vụ`, `đạt 95%[1].`, `612<sup>2</sup>`); between a figure and what it counts
they hid the fact, and a superscript glued to a figure made another number of it. Word files and PDFs already had
theirs left out (analysis.formats); these texts, in our own words, check the others.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.corpus import read_source
from analysis.extract import extract_corpus
from analysis.formats import drop_footnote_marks

HEAD = "Báo cáo kết quả ứng dụng công nghệ thông tin tỉnh Quảng Bình năm 2018\n"
# Expected (conventions of tests/fixtures/expected_facts/README.md): baselines of 2018, all levels.
EXPECTED = {
    ("online_services_level3_count", 612.0),
    ("online_services_level4_count", 45.0),
    ("edocument_exchange_pct", 85.0),
}


def _facts(folder) -> set[tuple[str, float]]:
    result = extract_corpus(folder)
    assert not result.problems
    f = result.facts
    assert set(f["kind"]) == {"baseline"} and set(f["year"]) == {2018}
    return set(zip(f["indicator"], f["value"], strict=True))


@pytest.mark.parametrize(
    "marks",
    [("[2]", "[3]", "[4]"), ("²", "³", "¹")],
    ids=["brackets", "superscripts"],
)
def test_a_text_file_with_footnote_markers_gives_the_facts_they_sat_beside(tmp_path, marks):
    a, b, c = marks
    (tmp_path / "quang-binh-2018.txt").write_text(
        HEAD + f"Trong năm, tỉnh đã cung cấp 612{a} dịch vụ công trực tuyến mức độ 3 và 45{b} dịch vụ mức độ 4.\n"
        f"Tỷ lệ văn bản được gửi, nhận dưới dạng điện tử đạt 85%{c}.\n",
        encoding="utf-8",
    )
    assert _facts(tmp_path) == EXPECTED
    text = read_source(tmp_path / "quang-binh-2018.txt").text
    assert "612 dịch vụ" in text and "85%." in text  # the markers are no part of the text the quotes come from


@pytest.mark.parametrize(
    "mark",
    [
        "<sup>2</sup>",
        "<sup>[2]</sup>",
        '<sup><a href="#fn2" id="ref2">2</a></sup>',
        # Word's `Save as Web Page`: the reference is a link to the footnote at the page's foot
        '<a style="mso-footnote-id:ftn2" href="#_ftn2" name="_ftnref2" title=""><span class="MsoFootnoteReference">'
        '<span style="font-size:13pt">[2]</span></span></a>',
    ],
    ids=["sup", "sup-brackets", "sup-link", "word-html"],
)
def test_a_web_page_with_footnote_references_gives_the_facts_they_sat_beside(tmp_path, mark):
    page = (
        "<html><head><title>Kết quả ứng dụng CNTT năm 2018 - Quảng Bình</title></head><body>"
        f"<p>{HEAD}</p><p>Trong năm, tỉnh đã cung cấp 612{mark} dịch vụ công trực tuyến mức độ 3 và 45 dịch vụ "
        "mức độ 4.</p><p>Tỷ lệ văn bản được gửi, nhận dưới dạng điện tử đạt 85%.</p>"
        '<p><a href="#_ftnref2" name="_ftn2">[2]</a> Gồm các dịch vụ của cấp tỉnh và cấp huyện.</p>'
        "</body></html>"
    )
    (tmp_path / "quang-binh-2018.html").write_text(page, encoding="utf-8")
    assert _facts(tmp_path) == EXPECTED
    text = read_source(tmp_path / "quang-binh-2018.html").text
    assert "6122" not in text and "612[2]" not in text
    assert "Gồm các dịch vụ của cấp tỉnh và cấp huyện" in text  # the footnote itself is kept, only its reference goes


@pytest.mark.parametrize(
    "text",
    [
        "Danh mục tài liệu: [1] Quyết định số 1819/QĐ-TTg; [2] Nghị định 64/2007/NĐ-CP.",  # a list's own numbering
        "Chỉ số a[i] và ma trận M[2, 3] không phải chú thích.",  # brackets that hold no marker
        "Số thứ tự [12]: 45 dịch vụ",  # a bracket not glued to a word
    ],
)
def test_numbering_that_is_no_footnote_marker_is_kept(text):
    assert drop_footnote_marks(text) == text


@given(st.text(alphabet="abc 0123456789.,%[]đ\n", max_size=60))
def test_dropping_markers_only_ever_removes_marker_characters(text):
    kept = drop_footnote_marks(text)
    assert len(kept) <= len(text)
    removed = sorted(text)
    for ch in kept:
        removed.remove(ch)
    assert set(removed) <= set("[]0123456789")
