"""Extraction throughput, structurally (issue #11, round 21): work that was done once per rule, per hint word or
per document is done once per list of rules or once per text. Each shortcut must find what the work it replaces
found; the texts here were written for this file, in our own words.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_extract_wording import extract_file as _corpus
from test_extract_wording import fact_rows as _rows

from analysis.extract import COUNT_RULES
from analysis.extract.engine import _count_plan, _each_rule_words, fold
from analysis.extract.prefilter import WordIndex, pattern_openings
from analysis.vietnamese import (
    _HINT_WORDS,
    _occurrences,
    digitise_numbers,
    find_money_words,
    hint_positions,
    scan_numbers,
)

_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\nSố: 41/BC-UBND\nHà Nam, ngày 14 tháng 12 năm 2021\n\nBÁO CÁO\n"
    "Kết quả ứng dụng công nghệ thông tin năm 2021\n\n"
)
_BODY = (
    "Toàn tỉnh hiện có 57 cán bộ chuyên trách công nghệ thông tin; cấp xã có ba mươi hai cán bộ chuyên trách.\n"
    "Hệ thống thư điện tử đã cấp 4.310 hộp thư cho cán bộ, công chức.\n"
    "Tổng kinh phí thực hiện năm 2021 là hai tỷ năm trăm triệu đồng.\n"
    "Năm 2021 tỉnh cung cấp 312 dịch vụ công trực tuyến mức độ 3.\n"
)


def _found_one_by_one(text: str, word: str) -> list[int]:
    """Every occurrence of `word`, as `str.find` from each occurrence + 1 lists them (overlapping ones too)."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _agrees(text: str) -> None:
    where = hint_positions(text)
    for word in _HINT_WORDS:
        assert where.get(word, []) == _found_one_by_one(text, word), (word, text)
        assert (word in where) == (word in text)


# --- one pass for the hint words of numbers in words ----------------------------------------------------------------
def test_one_pass_finds_every_hint_word_where_a_search_for_each_finds_it():
    for text in (
        _BODY,
        "năm năm năm cán bộ",  # the same word again and again
        "ba ba ba ",  # overlapping candidates share their letters
        "Một trăm phần trăm xã; một nửa số huyện, hai phần ba số sở.",
        "Triệu tập 3 TỶ đồng, 12 tỉ, hai triệu, 5 nghìn và 7 ngàn",
        "",
    ):
        _agrees(text)
    assert hint_positions("năm năm cán bộ")["năm "] == [0, 4]
    assert "tỷ" not in hint_positions("không có số tiền nào")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["năm", "Năm", "ba", "hai", "một", "trăm", "phần", "nửa", "tỷ", "triệu", " ", "\n", "7", ","]),
        max_size=25,
    )
)
def test_one_pass_agrees_with_a_search_per_word_on_generated_text(pieces):
    _agrees("".join(pieces))


def test_the_occurrences_a_search_from_the_second_character_visits():
    # `while i > 0` stops at once when the word opens the text: none of its occurrences are visited
    where = hint_positions("tỷ đồng và 5 tỷ")
    assert list(_occurrences("tỷ đồng và 5 tỷ", "tỷ", where)) == []
    text = "chi 5 tỷ rồi 6 tỷ"
    assert list(_occurrences(text, "tỷ", hint_positions(text))) == [6, 15]
    # a word the automaton does not hold (`/`) is still searched for
    text = "ngày 3/4 và 5/6"
    assert list(_occurrences(text, "/", hint_positions(text))) == [6, 13]


def test_numbers_in_words_are_still_read_from_their_hint_words():
    read, spans = digitise_numbers("cấp xã có ba mươi hai cán bộ; đạt chín mươi phần trăm; một nửa số huyện")
    assert "32 cán bộ" in " ".join(read.split())
    assert "90%" in read and "50% số huyện" in " ".join(read.split())
    assert len(spans) == 3
    assert digitise_numbers("Năm 2021 có nhiều cán bộ.") == ("Năm 2021 có nhiều cán bộ.", [])  # a year's `Năm`
    (amount,) = find_money_words("Tổng kinh phí là hai tỷ năm trăm triệu đồng.")
    assert amount.value == 2500


# --- the number-first count rules a number can start, looked up once per number -------------------------------------
def test_the_rules_a_number_starts_are_those_whose_words_follow_it():
    rules = tuple(COUNT_RULES)
    plan = _count_plan(rules)
    assert _count_plan(list(COUNT_RULES)) is plan  # worked out once per list of rules
    own = _each_rule_words(tuple(r.pattern if r.starts_with_number else None for r in rules))
    folded = fold(_BODY + "Có 12 điểm cầu, 40 mbps, 28/28 sở và 3 người.")
    spans, after = scan_numbers(folded)[:2]
    looked = 0
    for (_, end), nxt in zip(spans, after, strict=True):
        if not nxt.isalpha():
            continue
        at = folded.find(nxt, end)
        expected = tuple(
            i for i, r in enumerate(rules) if r.starts_with_number and (own[i] is None or folded.startswith(own[i], at))
        )
        assert plan.rules_at(folded, at) == expected, folded[end : end + 30]
        looked += bool(expected)
    assert looked >= 3
    assert plan.rules_at(folded, -1) == tuple(i for i, r in enumerate(rules) if r.starts_with_number)  # a fraction


def test_counts_and_amounts_of_a_report_are_read_as_before(tmp_path):
    result = _corpus(tmp_path, "ha-nam-bc.txt", _REPORT + _BODY)
    assert _rows(result) == {
        ("it_staff_count", "baseline", "all", 2021, 57.0),
        ("it_staff_count", "baseline", "commune", 2021, 32.0),
        ("email_accounts_count", "baseline", "all", 2021, 4310.0),
        ("budget_total_mvnd", "baseline", "all", 2021, 2500.0),
        ("online_services_level3_count", "baseline", "all", 2021, 312.0),
    }
    # no fact from the year, the document's number or its date
    assert not {2021.0, 41.0, 14.0} & set(result.facts["value"])


# --- the opening words of a list of rules, worked out once per list ---------------------------------------------------
def test_an_index_from_openings_worked_out_once_finds_what_one_from_the_patterns_finds():
    patterns = tuple(r.pattern for r in COUNT_RULES)
    openings = pattern_openings(patterns)
    assert pattern_openings(list(patterns)) is openings  # kept per list of patterns
    folded = fold(_BODY)
    spans = [(0, 60), (70, len(folded))]
    for where in (None, spans):
        from_patterns, from_openings = WordIndex(patterns, folded, where), WordIndex(openings, folded, where)
        assert from_openings.unindexed == from_patterns.unindexed
        for i in range(len(patterns)):
            assert from_openings.starts(i) == from_patterns.starts(i)
        assert from_openings.in_window(0, len(folded)) == from_patterns.in_window(0, len(folded))
    # the cán bộ of the first sentence opens some rule's words (`cán bộ … chuyên trách`)
    index = WordIndex(openings, folded)
    assert any(folded.find("cán bộ") in (index.starts(i) or []) for i in range(len(patterns)))
