"""The speed-ups must not change what is found: each shortcut is checked against the plain regex scan it
replaces, on every plan text the project has and on generated text."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus import read_source
from analysis.extract import COUNT_RULES, PERCENT_RULES, extract_corpus, extract_source_numbers
from analysis.extract import engine as engine_module
from analysis.extract import metadata as metadata_module
from analysis.extract import numbers as numbers_module
from analysis.extract.budget import BUDGET_LINE_COLUMNS
from analysis.extract.engine import (
    _LEVEL_PAIR,
    LEVEL_WORDS,
    SCOPE_CUES,
    Layout,
    _any_number_rule,
    _number_rule_words,
    _words_after_number,
    cue,
    fold,
    names_a_level_word,
)
from analysis.extract.facts import DocContext, Fact
from analysis.extract.metadata import (
    _CENTRAL_NUMBER_BEFORE,
    _issued_date,
    _own_number,
    _signature_block,
    extract_metadata,
)
from analysis.extract.numbers import NUMBER_COLUMNS
from analysis.extract.prefilter import (
    WordIndex,
    finditer_from_words,
    first_words,
    matches_in,
    opening_words,
    required_words,
    search_from_words,
)
from analysis.vietnamese import (
    _QUALIFIER_BEFORE_RE,
    MONEY_FOLLOWERS,
    PERCENT_FOLLOWERS,
    QUALIFIERS,
    find_dates,
    find_money,
    find_percents,
    next_characters,
    number_spans,
    qualifier_before,
    scan_numbers,
)

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted(
    [*(ROOT / "data" / "raw").glob("*.txt"), *(ROOT / "tests" / "fixtures").glob("*_plans/*.txt")],
    key=lambda p: p.name,
)
PATTERNS = [r.pattern for r in COUNT_RULES] + [r.cue for r in PERCENT_RULES] + list(SCOPE_CUES.values())

# Pieces plan sentences are made of: every rule's opening words, the words that follow them, numbers in
# every notation, units, and the punctuation and spaces that end words, clauses and sentences.
_WORDS = sorted({w for p in PATTERNS for w in opening_words(p) or ()})
FRAGMENTS = [
    *_WORDS,
    *"dịch vụ công trực tuyến mức độ 3 4 và cán bộ CNTT chuyên trách có là đạt lên tỷ triệu đồng".split(),
    *["VNĐ", "Đại học: ", "cấp tỉnh", "cấp huyện", "UBND xã", "năm 2015", "thủ tục", "Mbps", "quốc tế"],
    *["12", "01", "1.409", "2,5", "14.250.000.000", "50", "60", "%", " - ", "–", " đến ", "/", "(", ")"],
    *[" ", " ", " ", "\n", "\n\n", ". ", "; ", ", ", ": ", "A", "Đ"],
]
_NUMBERS = st.sampled_from(["1", "12", "01", "1.409", "2,5", "14.250.000.000", "50", "2013"])
# Numbers with what may follow them: ranges, units, a second number.
_AMOUNTS = st.builds(
    "".join,
    st.tuples(
        _NUMBERS,
        st.sampled_from(["", " ", "  ", "\n"]),
        st.sampled_from(
            ["%", "% - ", " - ", "-", "–", " đến ", "tỷ ", " tỉ ", " triệu ", " đồng", "đ", " VNĐ", "người"]
        ),
        st.sampled_from(["", " "]),
        _NUMBERS,
        st.sampled_from(["", "%", " %", " triệu đồng", " người"]),
    ),
)
plan_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), _AMOUNTS), max_size=60).map("".join)


def _texts() -> list[str]:
    return [read_source(p).text for p in DOCUMENTS]


def test_opening_words_are_read_from_the_pattern():
    assert opening_words(cue(r"(?:không|chưa) có dịch vụ")) == ("chưa", "không")
    assert opening_words(cue(r"mức độ 3 là")) == ("mức",)  # a space may be missing in the text: stops there
    assert opening_words(re.compile(r"(?<!ít nhất )đại học")) == ("đại học",)  # look-behinds take no characters
    assert opening_words(re.compile(r"(?:dịch vụ|DVC) công")) == ("DVC", "dịch vụ")
    # Nothing can be promised for these: they are scanned as before.
    assert opening_words(re.compile(r"[0-9]+ người")) is None
    assert opening_words(re.compile(r"(?:trên )?đại học")) is None
    assert opening_words(re.compile(r"a|(?:)")) is None
    assert opening_words(re.compile(r"đại học", re.IGNORECASE)) is None
    assert opening_words(re.compile(r"(?i:Đại) học")) is None


def test_the_rules_that_cost_most_are_indexed():
    # If Python's regex syntax tree changed shape, opening_words would give up silently and extraction would
    # only get slower; this says so instead.
    by_name = {r.name: opening_words(r.pattern) for r in COUNT_RULES}
    assert by_name["staffing.it_staff_has"] and by_name["services.level3_zero"] == ("chưa", "không")
    assert all(opening_words(r.cue) for r in PERCENT_RULES)


def _same_as_finditer(pattern: re.Pattern[str], text: str, begin: int, end: int) -> None:
    index = WordIndex([pattern], text)
    expected = [m.span() for m in pattern.finditer(text[begin:end])]
    assert [m.span() for m in matches_in(pattern, text, index.starts(0), begin, end)] == expected


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_indexed_rules_match_what_a_full_scan_matches_in_every_document(pattern):
    for text in _texts():
        folded = fold(text)
        _same_as_finditer(pattern, folded, 0, len(folded))


@settings(max_examples=150, deadline=None)
@given(text=plan_text, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_indexed_rules_match_what_a_scan_of_any_window_matches(text, cut):
    folded = fold(text)
    begin, end = sorted(min(c, len(folded)) for c in cut)
    for pattern in PATTERNS:
        _same_as_finditer(pattern, folded, begin, end)


@settings(max_examples=100, deadline=None)
@given(text=plan_text, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_candidates_in_a_window_are_every_opening_word_there(text, cut):
    folded = fold(text)
    begin, end = sorted(min(c, len(folded)) for c in cut)
    patterns = [r.cue for r in PERCENT_RULES]
    index = WordIndex(patterns, folded, [(begin, end)])  # only the window is indexed, as for percentages
    expected = sorted(
        (i, m.start())
        for i, p in enumerate(patterns)
        for w in opening_words(p)
        for m in re.finditer(f"(?={re.escape(w)})", folded[begin:end])
        if m.start() + len(w) <= end - begin
    )
    assert sorted(set(index.candidates(begin, end))) == sorted(set((i, begin + at) for i, at in expected))


def _percentages_and_money_agree(text: str) -> None:
    spans = number_spans(text)
    layout = Layout(DocContext("d", "d.txt", text))
    assert find_percents(text, spans) == find_percents(text)
    assert find_percents(text, layout.numbers_followed_by(PERCENT_FOLLOWERS)) == find_percents(text)
    assert find_money(text, spans) == find_money(text)
    assert find_money(text, layout.numbers_followed_by(MONEY_FOLLOWERS)) == find_money(text)


def test_percentages_and_money_read_from_number_spans_are_those_a_scan_finds():
    for text in _texts():
        _percentages_and_money_agree(text)


@settings(max_examples=200, deadline=None)
@given(text=plan_text)
def test_percentages_and_money_from_number_spans_on_generated_text(text):
    _percentages_and_money_agree(text)


def _scan_agrees(text: str) -> None:
    """`scan_numbers` gives what its three separate scans gave: the numbers, the character after each, and the
    digit runs after `.` or `,` that no number covers (with the index of the number before them)."""
    spans, after, runs = scan_numbers(text)
    assert spans == number_spans(text)
    assert after == next_characters(text, spans)
    ends = [b for _, b in spans]
    expected = [
        (m.start(1), m.end(1), bisect.bisect_right(ends, m.start(1)) - 1)
        for m in re.finditer(r"[.,](\d+)", text)
        if not any(a <= m.start(1) < b for a, b in spans)
    ]
    assert runs == expected


def test_one_scan_finds_the_numbers_and_the_digit_runs_in_every_document():
    for text in _texts():
        _scan_agrees(text)
    _scan_agrees("Mục 1.2.3 và 1.4090; 12.345,6.7 tỷ, 1,.5 ,,5 x1,2,3 …1.409.5 ")
    assert scan_numbers("1.2 và 3")[2] == [(2, 3, 0)]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["1", "23", "409", ".", ",", " ", "\n", "a", "%", "\u00a0"]), max_size=30))
def test_one_scan_finds_the_numbers_and_the_digit_runs_in_generated_text(text):
    _scan_agrees("".join(text))


def test_the_number_gate_lets_through_every_number_a_count_rule_reads():
    number_first = [r.pattern for r in COUNT_RULES if r.starts_with_number]
    gate = _any_number_rule(tuple(number_first))
    tried = 0
    for text in _texts():
        folded = fold(text)
        for start, _ in number_spans(folded):
            if any(p.match(folded, start) for p in number_first):
                tried += 1
                assert gate.match(folded, start), folded[start : start + 80]
    assert tried > 20  # the documents do have counts for the gate to pass


def test_first_words_after_leading_spaces_are_read_from_the_pattern():
    assert first_words(r"\s*(?:dịch\s*vụ|dvc|thủ\s*tục)") == ("dvc", "dịch", "thủ")
    # optional words: what follows them may come first
    assert first_words(r" ?(?:người|cán bộ)? ?(?:có )?trung\s*cấp") == ("cán", "có", "người", "trung")
    assert first_words(r"c(?:án|bcc)") == ("cbcc", "cán")
    assert first_words(r"(?=x)\bmbps") == ("mbps",)  # what consumes nothing is passed over
    # no promise: a class, a case-blind group, a pattern that may match only spaces, a group that may be empty
    # before spaces (`c y` does not start with `cy`)
    for source in (r"[^.;]{0,5}x", r"(?i:a)b", r"\s*", r"(?:a|)?", r"c(?:x|)\s*y"):
        assert first_words(source) in (None, ("c",))


def _number_gate_agrees(text: str) -> int:
    """Wherever a number-first count rule matches, the words after the number are among its own words
    (`_words_after_number`) and so among `_number_rule_words`."""
    number_first = [r.pattern for r in COUNT_RULES if r.starts_with_number]
    words = _number_rule_words(tuple(number_first))
    folded = fold(text)
    seen = 0
    for (start, end), after in zip(*scan_numbers(folded)[:2], strict=True):
        for p in number_first:
            if p.match(folded, start):
                seen += 1
                at = folded.find(after, end)
                assert folded.startswith(words, at), folded[start : start + 80]
                assert folded.startswith(_words_after_number(p), at), (p.pattern[:60], folded[start : start + 80])
    return seen


def test_the_words_gate_lets_through_every_number_a_count_rule_reads():
    assert sum(_number_gate_agrees(text) for text in _texts()) > 20


@settings(max_examples=200, deadline=None)
@given(text=plan_text)
def test_the_words_gate_on_generated_text(text):
    _number_gate_agrees(text)


def test_required_words_are_read_from_the_pattern():
    assert required_words(cue(r"cấp xã|UBND (?:các )?xã|các xã\b")) == ("xã",)  # shared by every branch
    assert required_words(re.compile(r"abc(?:x|y)?d")) == ("abc",)  # the longest word; optional parts none
    assert required_words(re.compile(r"(?:ab|cd)e")) == ("e",)
    assert required_words(re.compile(r"xa|yb")) == ("xa", "yb")
    for source in (r"x*", r"ab|c*", r"[^a]"):
        assert required_words(re.compile(source)) is None
    assert required_words(re.compile(r"abc", re.IGNORECASE)) is None


def _required_words_agree(pattern: re.Pattern[str], text: str) -> None:
    words = required_words(pattern)
    for m in pattern.finditer(text):
        assert words is None or any(w in m.group() for w in words), (pattern.pattern[:60], m.group())


@pytest.mark.parametrize("pattern", [*PATTERNS, _LEVEL_PAIR], ids=lambda p: p.pattern[:40])
def test_every_match_holds_one_of_the_required_words_in_every_document(pattern):
    for text in _texts():
        _required_words_agree(pattern, fold(text))


@settings(max_examples=150, deadline=None)
@given(text=plan_text)
def test_every_match_holds_one_of_the_required_words_in_generated_text(text):
    for pattern in [*PATTERNS, _LEVEL_PAIR]:
        _required_words_agree(pattern, fold(text))


def _qualifier_by_regex(text: str, start: int, window: int = 24):
    """What `qualifier_before` gave before it looked at the last letter first."""
    left = text[max(0, start - window) : start]
    m = _QUALIFIER_BEFORE_RE.search(left)
    if not m:
        return None, start
    word = m.group(1)
    qualifier = QUALIFIERS.get(word.lower()) or next(
        v for k, v in QUALIFIERS.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE)
    )
    return qualifier, start - (len(left) - m.start(1))


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [*QUALIFIERS, *(q.upper() for q in QUALIFIERS), "TỐİ THİỂU", "ſ", "K", "İ", "ı", "x", " ", "\n", "\u00a0"]
        ),
        max_size=8,
    ).map("".join)
)
def test_qualifier_before_is_what_the_regex_alone_finds(text):
    text += " 12"
    for start in range(len(text) + 1):
        assert qualifier_before(text, start) == _qualifier_by_regex(text, start)


# What `Layout.sentences` did in one regex before it was split into two faster ones (with, since round 18, a full
# stop glued between a lower-case word and a capitalised one: `điện tử.Hiện tỉnh`; since round 21, a quotation opening
# after a full stop: `đạt 70%. "Năm 2021, …`).
_ONE_REGEX = re.compile(r"\n+|[.!?…](\s+)(?=[A-ZĐÀ-Ỹ\-\+\*•\d(\"“])|(?<=[^\W\d_]{2})\.()(?=[^\W\d_]{2})")


def _sentences_by_one_regex(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _ONE_REGEX.finditer(text):
        if m.group(2) is not None:
            a = m.start()
            if not (text[a + 1].isupper() and text[a + 2].islower() and text[a - 2 : a].islower()):
                continue
            end = m.end()
        else:
            end = m.start(1) if m.group(1) else m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _layout_sentences(text: str) -> list[tuple[int, int]]:
    return Layout(DocContext("d", "d.txt", text)).sentences


def test_sentences_are_those_one_regex_finds_in_every_document():
    for text in _texts():
        assert _layout_sentences(text) == _sentences_by_one_regex(text)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["a", "B", "1", "Đ", ".", "!", "?", "…", " ", "\t", "\n", "\u1680", "\u00a0", "(", "•", "x"]),
        max_size=40,
    ).map("".join)
)
def test_sentences_are_those_one_regex_finds_in_generated_text(text):
    # Odd spaces included: U+1680 is both a space and inside the capital-letter range À-Ỹ.
    assert _layout_sentences(text) == _sentences_by_one_regex(text)


def _issued_by_splitting(text: str):
    """What `_issued_date` did for news before: split the whole article into sentences first (a date right after a
    central body's document number, `số 1819/QĐ-TTg ngày …`, is that document's and is skipped)."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if re.search(r"ban hành|ký|phê duyệt", sentence, re.IGNORECASE):
            found = [
                d for d in find_dates(sentence) if not _CENTRAL_NUMBER_BEFORE.search(sentence, max(0, d[1] - 40), d[1])
            ]
            if found:
                return found[0][0]
    return None


_OLD_SIGNATURE = re.compile(
    r"(?:^|\n)(?:KT\.\s*)?(?:PHÓ\s+)?CHỦ\s*TỊCH\s*\n+(?:(?:PHÓ\s+)?CHỦ\s*TỊCH\s*\n+)?"
    r"(?:\(Đã ký\)\s*\n+)?([A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})\s*(?:\n|$)"
)
_NEWS_PIECES = [
    *["ban hành", "Ký", "phê duyệt", "ngày 29/10/2015", "29/10/2015", "ngày 5 tháng 3 năm 2016", "31/02/2015"],
    *["Kế hoạch", "UBND tỉnh", ". ", "! ", "? ", ".", " ", "\n", "\n\n", "  ", "A", "x", "12", "/"],
    *["CHỦ TỊCH", "KT. ", "PHÓ ", "(Đã ký)", "Nguyễn Văn An", "Lê Thị Hoa"],
    *["Số: ", "Số hiệu:", "176/KH-UBND", "2072/QĐ-UBND", " 36a/NQ-CP"],
]


_OLD_OWN_NUMBER = re.compile(
    # (with the year some numbers carry, `12/2021/NQ-HĐND`, as metadata._DOC_NUMBER reads them)
    # (and a party committee's, `Số 09-NQ/HU`: its type before the slash, as metadata._PARTY_NUMBER reads it; stop 26)
    r"(?:^|\n)\s*Số(?:\s*hiệu)?\s*:?\s*((?-i:\d+[a-zA-Z]?/(?:\d{4}/)?(?:[A-ZĐ]+[ .\-]*)*[A-ZĐ]+(?![a-zà-ỹ]))"
    r"|(?-i:\d+-[A-ZĐ]+/[A-ZĐ][A-ZĐa-z]{0,5}(?![\wà-ỹ])))"
)


def _same_own_number(text: str) -> None:
    old, new = _OLD_OWN_NUMBER.search(text), _own_number(text)
    assert (old and old.group(1)) == (new and new.group(1))


def test_metadata_shortcuts_agree_with_the_plain_scans_on_every_document():
    for text in _texts():
        _same_own_number(text)
        assert _issued_date(text, is_news=True)[0] == _issued_by_splitting(text)
        old = _OLD_SIGNATURE.search(text)
        new = _signature_block(text)
        assert (old and old.group(1)) == (new and new.group(1))


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_NEWS_PIECES), max_size=30).map("".join))
def test_metadata_shortcuts_agree_with_the_plain_scans_on_generated_text(text):
    _same_own_number(text)
    assert _issued_date(text, is_news=True)[0] == _issued_by_splitting(text)
    old = _OLD_SIGNATURE.search(text)
    new = _signature_block(text)
    assert (old and old.group(1)) == (new and new.group(1))


@pytest.mark.parametrize(
    "text",
    ["CHỦ TỊCH\n\nNguyễn Văn An\n", "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Thị Hoa", "Ý kiến.\nCHỦ TỊCH\nx"],
)
def test_a_signature_block_is_found_at_the_start_and_after_a_line_break(text):
    _same_own_number(text.replace("CHỦ TỊCH", "Số: 176/KH-UBND"))
    old = _OLD_SIGNATURE.search(text)
    assert (old and old.group(1)) == ((m := _signature_block(text)) and m.group(1))


def _top_level_branches(source: str) -> list[str]:
    branches, depth, current = [], 0, ""
    for i, ch in enumerate(source):
        escaped = i > 0 and source[i - 1] == "\\"
        if ch == "(" and not escaped:
            depth += 1
        elif ch == ")" and not escaped:
            depth -= 1
        if ch == "|" and depth == 0 and not escaped:
            branches.append(current)
            current = ""
        else:
            current += ch
    return [*branches, current]


def test_the_level_word_check_knows_every_level_word():
    for word in LEVEL_WORDS:
        assert names_a_level_word(f"… 100% cơ quan {word} đã …")
    assert not names_a_level_word("80% cán bộ thường xuyên sử dụng thư điện tử")


def test_every_level_cue_contains_a_level_word():
    # `Layout.scope` skips a window that contains none of LEVEL_WORDS; a cue without one would never fire.
    for rx in (_LEVEL_PAIR, *SCOPE_CUES.values()):
        for branch in _top_level_branches(rx.pattern):
            required = re.sub(r"\((?:[^()]|\([^()]*\))*\)[?*]", "", branch)  # optional groups may be absent
            assert any(word in required for word in LEVEL_WORDS), branch


@settings(max_examples=300, deadline=None)
@given(text=plan_text)
def test_a_window_that_names_a_level_contains_a_level_word(text):
    folded = fold(text)
    if any(rx.search(folded) for rx in (_LEVEL_PAIR, *SCOPE_CUES.values())):
        assert any(word in folded for word in LEVEL_WORDS)


def test_a_second_document_with_the_same_id_reads_as_if_extracted_under_its_new_id(tmp_path):
    # Two texts that describe themselves alike (one number changed): the second is numbered `-2`. Renaming what
    # was read must give what extracting the text again under that id gives.
    text = (ROOT / "data" / "raw" / "thai-binh-2013-2072-qd-ubnd.txt").read_text(encoding="utf-8")
    changed = re.sub(r"\b(\d{1,2})%", lambda m: f"{int(m.group(1)) // 2}%", text, count=1)
    assert changed != text
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(changed, encoding="utf-8")
    result = extract_corpus(tmp_path)
    ids = list(result.documents["doc_id"])
    assert len(ids) == 2 and ids[1] == ids[0] + "-2"
    source = read_source(tmp_path / "b.txt")
    meta = extract_metadata(source)
    meta.doc_id = ids[1]
    _, facts, lines, numbers = extract_source_numbers(source, meta)
    second = result.facts[result.facts["doc_id"] == ids[1]].reset_index(drop=True)
    pd.testing.assert_frame_equal(second, Fact.frame(facts), check_dtype=False)
    got_lines = result.budget_lines[result.budget_lines["doc_id"] == ids[1]].reset_index(drop=True)
    expected_lines = pd.DataFrame([r.as_row() for r in lines], columns=BUDGET_LINE_COLUMNS)
    pd.testing.assert_frame_equal(got_lines, expected_lines, check_dtype=False)
    expected_numbers = pd.DataFrame(numbers, columns=NUMBER_COLUMNS)
    got_numbers = result.numbers[result.numbers["doc_id"] == ids[1]].reset_index(drop=True)
    pd.testing.assert_frame_equal(got_numbers, expected_numbers, check_dtype=False)
    assert len(second) and len(got_lines) and len(got_numbers)


def _unwrap_by_plain_scan(text: str) -> str:
    """What `unwrap_lines` does, with the plain look-behind regex `_BREAK` run over the whole text."""
    from analysis.extract import unwrap

    if "\n" not in text:
        return text
    out = None
    if "\f" in text:
        for m in unwrap._PAGE_TOP.finditer(text):
            out = out or list(text)
            out[m.start()] = "\n"
    for m in unwrap._BREAK.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if "\t" in line and unwrap._CELL_GAP.search(line, 3):  # a table's row: never joined (the same rule)
            continue
        nxt = text[m.end() : len(text) if text.find("\n", m.end()) < 0 else text.find("\n", m.end())]
        if unwrap._column_laid(line, 0, len(line)) or unwrap._column_laid(nxt, 0, len(nxt)):
            continue  # a row of a column layout, or the line before one (the same rule)
        if unwrap._wraps(text, m.start(), m.end()):
            out = out or list(text)
            out[text.index("\n", m.start(), m.end())] = " "
    return text if out is None else "".join(out)


@given(
    st.lists(
        st.sampled_from(
            ["a", "B", " ", "\t", "\n", ".", ";", "(", "1", "%", "Mbps", "CNTT đạt", ":", "\f", "đ. ", "a) "]
        ),
        max_size=40,
    )
)
def test_unwrap_from_each_break_finds_what_the_plain_scan_finds(parts):
    from analysis.extract.unwrap import unwrap_lines

    text = "".join(parts)
    assert unwrap_lines(text) == _unwrap_by_plain_scan(text)


def test_unwrap_agrees_with_the_plain_scan_on_every_plan_text():
    from analysis.extract.unwrap import unwrap_lines

    for text in _texts():
        assert unwrap_lines(text) == _unwrap_by_plain_scan(text)


# --- case-blind patterns tried at their opening words ---------------------------------------------------------------
CASELESS = [v for v in vars(metadata_module).values() if isinstance(v, re.Pattern) and v.flags & re.IGNORECASE] + [
    re.compile(r"\b(?:kế hoạch|KÝ|Sở) (?:số|ban)", re.IGNORECASE),
    re.compile(r"(?:phê|s)(?<!x)", re.IGNORECASE),
]
# The case-sensitive patterns searched from their words (in the lower-cased text, in windows before a number).
FROM_WORDS = [
    *(
        getattr(engine_module, n)
        for n in ("_ANY_HEADING", "GOAL_NAMED_BEFORE", "_NEXT_YEAR", "_LEVEL_PAIR", "_PER_UNIT")
    ),
    *(getattr(numbers_module, n) for n in ("_DATE_BEFORE", "_DOC_BEFORE", "_ARTICLE_BEFORE", "_LEVEL_BEFORE")),
    metadata_module._SIGNER_LINE,
]
_ODD_CASES = [
    "İ",
    "ı",
    "ſ",
    "K",
    "Σ",
    "ς",
    "３",
    "٣ năm",
    "12 tháng năm 2019",
    "đến tháng 9/2020 đã",
    "SỞ",
    "Sở",
    "KẾ HOẠCH",
    "Kế Hoạch",
    "kế hoạch",
    "Ký",
    "PHÊ",
    "Số",
    "số",
]


def _same_from_words(pattern: re.Pattern[str], text: str, begin: int, end: int) -> None:
    spans = [m.span() for m in pattern.finditer(text, begin, end)]
    assert [m.span() for m in finditer_from_words(pattern, text, begin, end)] == spans
    found = pattern.search(text, begin, end)
    assert (found and found.span()) == ((m := search_from_words(pattern, text, begin, end)) and m.span())


def test_case_blind_patterns_read_their_opening_words():
    from analysis.extract.prefilter import _caseless_openings

    assert _caseless_openings(metadata_module._MOTTO) == (("cộng",), "")
    assert _caseless_openings(re.compile(r"\bSở|phê", re.IGNORECASE)) == (("phê", "sở"), "ſ")  # `ſ` stands for `s`
    assert _caseless_openings(re.compile(r"sở")) is None  # not case-blind: `opening_words` serves it
    # `\d` as the ASCII digits, marked: the text must hold no other digit
    assert _caseless_openings(re.compile(r"\d+ năm", re.IGNORECASE)) == (tuple("0123456789"), "\x00")
    assert _caseless_openings(re.compile(r"(?:tính )?đến|[-–]", re.IGNORECASE)) == (("-", "tính ", "đến", "–"), "")
    assert _caseless_openings(re.compile(r"[^a]bc", re.IGNORECASE)) is None


@pytest.mark.parametrize("pattern", CASELESS, ids=lambda p: p.pattern[:40])
def test_case_blind_patterns_match_what_a_full_scan_matches_in_every_document(pattern):
    for text in _texts():
        _same_from_words(pattern, text, 0, len(text))
        _same_from_words(pattern, text, 0, min(4000, len(text)))


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from(FRAGMENTS + _ODD_CASES), max_size=60).map("".join),
    cut=st.tuples(st.integers(0, 400), st.integers(0, 400)),
)
def test_case_blind_patterns_match_what_a_scan_of_any_window_matches(text, cut):
    begin, end = sorted(min(c, len(text)) for c in cut)
    for pattern in CASELESS:
        _same_from_words(pattern, text, begin, end)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="0123456789 /-a", max_size=40))
def test_year_tokens_are_those_a_look_behind_first_finds(text):
    plain = re.compile(r"(?<!\d)(?:19[89]|20\d)\d(?!\d)")
    assert [m.span() for m in metadata_module._YEAR_TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern", FROM_WORDS, ids=lambda p: p.pattern[:40])
def test_patterns_searched_from_their_words_find_what_a_search_finds_in_every_document(pattern):
    assert opening_words(pattern)  # else the shortcut silently gives up
    for text in _texts():
        folded = fold(text)
        for end in range(0, len(folded) + 40, 40):  # windows of 40 before each point, and the whole text
            _same_from_words(pattern, folded, max(0, end - 40), end)
        _same_from_words(pattern, folded, 0, len(folded))


@settings(max_examples=150, deadline=None)
@given(text=plan_text, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_patterns_searched_from_their_words_on_generated_text(text, cut):
    folded = fold(text)
    begin, end = sorted(min(c, len(folded)) for c in cut)
    for pattern in FROM_WORDS:
        _same_from_words(pattern, folded, begin, end)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=".;!?… \n\t\x85aAĐ-+*•", max_size=30), cut=st.tuples(st.integers(0, 30), st.integers(0, 30))
)
def test_clause_ends_are_those_the_look_behind_first_pattern_finds(text, cut):
    from analysis.extract.facts import _CLAUSE_END

    plain = re.compile(r"\n|(?<=[.;!?…])\s+(?=[A-ZĐÀ-Ỹ\-\+\*•])|;")
    begin, end = sorted(cut)
    assert [m.span() for m in _CLAUSE_END.finditer(text, begin, end)] == [
        m.span() for m in plain.finditer(text, begin, end)
    ]
