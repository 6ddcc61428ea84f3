"""The machinery every dimension's rules run on: sentences and clauses, sections (hiện trạng vs mục tiêu),
and how a number's indicator, kind, scope and year are read from the words around it.

A dimension module only lists rules (`PercentRule`, `CountRule`); this module applies them. Rules key on the
language of plans ("dịch vụ công trực tuyến mức độ 3", "cán bộ chuyên trách CNTT"), never on a document's
file name, province or the position of a sentence.

How a percentage finds its indicator, in order (the first tier with a cue wins; within a tier the cue
nearest to the number wins, and a more specific cue beats the general one it refines):
  1. after the number, up to the next percentage in the clause (`100% CBCC cấp xã được trang bị máy tính`);
  2. before the number, back to the start of its clause (`Tỷ lệ CBCC thường xuyên sử dụng thư điện tử là 80%`);
  3. after the number, to the end of the clause (`90% cán bộ cấp tỉnh, 80% cán bộ cấp huyện thường xuyên sử
     dụng máy tính`);
  4. for a clause that only names a level (`; ở cấp huyện 30%`), the sentence before it.
A percentage in parentheses after another one, `60% (năm 2009: 30%)`, is the baseline of that year for the
same indicator and level.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from analysis.extract.facts import DocContext, Fact
from analysis.extract.prefilter import WordIndex, by_identity, first_words, matches_in, required_words
from analysis.vietnamese import (
    MONEY_FOLLOWERS,
    NUMBER_PATTERN,
    PERCENT_FOLLOWERS,
    Amount,
    find_money,
    find_percents,
    parse_number,
    qualifier_before,
    scan_numbers,
)

__all__ = ["CountRule", "Layout", "PercentRule", "extract_counts", "extract_percents"]


@dataclass(frozen=True)
class PercentRule:
    """A percentage is `indicator` when `cue` stands near it (see the tiers above)."""

    indicator: str
    cue: re.Pattern[str]
    name: str
    refines: str | None = None  # a more specific reading of another indicator's cue


@dataclass(frozen=True)
class CountRule:
    """A count (or a bandwidth) read by `pattern`, whose group `n` is the number. A rule with `zero=True`
    matches words that mean none (`chưa có`, `không có`) and gives 0."""

    indicator: str
    pattern: re.Pattern[str]
    name: str
    zero: bool = False

    @functools.cached_property
    def starts_with_number(self) -> bool:
        """Patterns that begin with the number (after look-behinds) are tried only where a number stands,
        instead of at every character of the text: the bulk of extraction time otherwise."""
        return re.sub(r"^(?:\(\?<!(?:[^()\\]|\\.)*\))*", "", self.pattern.pattern).startswith("(?P<n>")


def cue(pattern: str) -> re.Pattern[str]:
    """Compile a cue. A space in the pattern also matches words glued together (`công chứccấp tỉnh`), as
    sources drop spaces. Cues are matched against the lower-cased text (`fold`), which is several times
    faster than a case-insensitive regex; the pattern is lower-cased here so rules can be written naturally."""
    source = pattern.replace(" ", r"\s*").lower().replace("(?p<", "(?P<")
    return re.compile(source)


def fold(text: str) -> str:
    """Lower case with the same length and offsets as `text` (every offset still points at the original)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


N = rf"(?P<n>{NUMBER_PATTERN})(?!\s*%)"  # a count is never a percentage

# --- sections -----------------------------------------------------------------------------------------
_HEADING_LINE = (
    r"[ \t]*(?P<num>[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|PHỤ LỤC\b)[ \t]*(?P<title>[^\n]{2,200})$"
    r"|[ \t]*(?P<upper>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9 ,\-–:]{8,200})$"
)
# A heading is a whole line. It is looked for after each line break (a literal the regex engine jumps
# between) and at the very start: a `^` would make the engine try every character of the text.
_HEADING_AT_START = re.compile(_HEADING_LINE, re.MULTILINE)
_HEADING_AFTER_BREAK = re.compile(rf"\n(?:{_HEADING_LINE})", re.MULTILINE)


def _headings(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(start of the line, match) of every heading line, in order."""
    first = _HEADING_AT_START.match(text)
    if first:
        yield 0, first
    for m in _HEADING_AFTER_BREAK.finditer(text, first.end() if first else 0):
        yield m.start() + 1, m


_ROMAN = re.compile(r"[IVX]+\.")
_BASELINE_HEADING = cue(r"tình hình|hiện trạng|thực trạng|kết quả|đánh giá|mặt mạnh|mặt yếu|khó khăn|hạn chế")
_TARGET_HEADING = cue(
    r"mục tiêu|kế hoạch|nhiệm vụ|nội dung|giải pháp|khái toán|dự toán|kinh phí|lộ trình|chỉ tiêu|tổ chức thực hiện"
)
_NEUTRAL_HEADING = cue(r"căn cứ|quan điểm")
_ANY_HEADING = re.compile(
    "|".join(f"(?:{rx.pattern})" for rx in (_BASELINE_HEADING, _NEUTRAL_HEADING, _TARGET_HEADING))
)

# --- sentence cues for kind, where the document has no sections (news articles) ------------------------
_TARGET_CUE = cue(
    r"mục tiêu|phấn đấu|chỉ tiêu:|theo đó|đến năm \d{4}|sẽ |dự kiến|đặt (?:ra )?yêu cầu|yêu cầu đến|kế hoạch đặt"
)
_BASELINE_CUE = cue(
    r"hiện nay|hiện tại|hiện có|đến nay|thời gian qua|chỉ có|mới đạt|còn thấp|chưa có|chưa đạt|đã được|đã triển khai"
    r"|đã có|đã sử dụng|đã đạt|đã kết nối|đã cấp|hiện trạng"
)
_PAREN_BASELINE = re.compile(r"\(\s*(?:năm\s*(\d{4})|hiện nay|hiện tại)\s*(?:là|:|đạt)?\s*$", re.IGNORECASE)
# `lên 1.000 Mbps (hiện nay 200 Mbps)`: the state today, after a target count.
_PAREN_COUNT_BASELINE = re.compile(
    rf"\s*\(\s*(?:năm\s*(?P<year>\d{{4}})|hiện nay|hiện tại)\s*(?:là|:|đạt|có)?\s*(?P<n>{NUMBER_PATTERN})[^()\n]{{0,20}}\)",
    re.IGNORECASE,
)
_TARGET_YEAR = cue(r"(?:đến|tới|trong) (?:hết |cuối )?năm (\d{4})")
_BASELINE_YEAR = cue(r"(?:năm|đến hết năm|tính đến năm|cuối năm) (\d{4})")

# --- scope -----------------------------------------------------------------------------------------------
SCOPE_CUES = {
    "commune": cue(r"cấp xã|UBND (?:các )?xã|xã, phường, thị trấn|các xã\b"),
    "district": cue(r"cấp huyện|UBND (?:các )?huyện|thuộc UBND huyện|huyện, thị xã|huyện, thành phố|cấp ?huyện"),
    "province": cue(
        r"(?:các )?sở, (?:ban, )?ngành(?: tỉnh)?|cấp tỉnh|các sở\b|thuộc UBND tỉnh|cơ quan chuyên môn thuộc tỉnh"
        r"|cho các Sở"
    ),
}
_LEVEL_PAIR = cue(
    r"cấp tỉnh, (?:cấp )?huyện|tỉnh, huyện|tỉnh, huyện, xã|cả 3 cấp|các cấp|sở, (?:ban, )?ngành,? (?:và )?(?:các )?địa phương"
    r"|từ cấp tỉnh đến cấp (?:huyện|xã)|toàn tỉnh|sở, (?:ban, )?ngành, (?:các )?huyện"
)


# Every level cue above contains one of these words (tests check it): a window without any names no level.
# Looking for them with `in` is far cheaper than running the cues, and most windows name no level.
LEVEL_WORDS = ("cấp", "xã", "huyện", "tỉnh", "sở")


# Words one of which each level cue's every match holds: a window without them needs that cue not run.
_SCOPE_WORDS = [(lvl, rx, required_words(rx) or ("",)) for lvl, rx in SCOPE_CUES.items()]
_LEVEL_PAIR_WORDS = required_words(_LEVEL_PAIR) or ("",)


def names_a_level_word(window: str) -> bool:
    """Whether one of LEVEL_WORDS is in `window` (spelled out: twice as fast as `any()` over the tuple)."""
    return "cấp" in window or "xã" in window or "huyện" in window or "tỉnh" in window or "sở" in window


class Layout:
    """Sentences, clauses and sections of one document, computed once."""

    # A sentence ends at a line break, or at . ! ? … followed by space and a capital, a digit or a bullet (the
    # sentence keeps its full stop; the space belongs to neither). The two are looked for separately, each
    # by a regex the engine can jump through quickly (`\n\n*` opens with a literal; `\n+|[.!?…]…` made it
    # try every character), and merged in text order: what one regex with both alternatives would find.
    _LINE_BREAKS = re.compile(r"\n\n*")
    _FULL_STOP = re.compile(r"[.!?…](\s+)(?=[A-ZĐÀ-Ỹ\-\+\*•\d(])")

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.text = ctx.text
        self.folded = fold(ctx.text)  # what cues are matched against; same offsets as text
        self._clauses: dict[int, tuple[int, int]] = {}

    @cached_property
    def _number_scan(self) -> tuple[list[tuple[int, int]], list[str], list[tuple[int, int, int]]]:
        return scan_numbers(self.text)

    @cached_property
    def numbers(self) -> list[tuple[int, int]]:
        """Spans of every number, found once per document (`number_spans`)."""
        return self._number_scan[0]

    @cached_property
    def number_starts(self) -> list[int]:
        return [a for a, _ in self.numbers]

    @cached_property
    def after_numbers(self) -> list[str]:
        """The first character after each number that is not a space (`next_characters`)."""
        return self._number_scan[1]

    @property
    def digit_runs(self) -> list[tuple[int, int, int]]:
        """Digit runs no number covers (after `.` or `,`), with the index of the number before each."""
        return self._number_scan[2]

    @cached_property
    def percents(self) -> list[Amount]:
        """Every percentage (`80%`, `50 - 60%`), read once per document."""
        return find_percents(self.text, self.numbers_followed_by(PERCENT_FOLLOWERS))

    @cached_property
    def money(self) -> list[Amount]:
        """Every amount of money, in million VND, read once per document."""
        return find_money(self.text, self.numbers_followed_by(MONEY_FOLLOWERS))

    def numbers_followed_by(self, characters: str) -> list[tuple[int, int]]:
        """Spans of the numbers followed (after any spaces) by one of `characters`."""
        return [n for n, after in zip(self.numbers, self.after_numbers, strict=True) if after and after in characters]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        text = self.text
        # Each separator: (where it starts, where the sentence before it ends, where the next one starts).
        separators = [(m.start(), m.start(), m.end()) for m in self._LINE_BREAKS.finditer(text)]
        stops = [(m.start(), m.start(1), m.end()) for m in self._FULL_STOP.finditer(text)]
        if stops:
            separators = sorted(separators + stops)
        spans, start = [], 0
        for at, end, next_start in separators:
            if at < start:  # line breaks inside a full stop's spaces (`. \n\nB`) are part of it
                continue
            if end > start:
                spans.append((start, end))
            start = next_start
        if start < len(text):
            spans.append((start, len(text)))
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)
        return self.sentences[i]

    def clause(self, pos: int) -> tuple[int, int]:
        """The part of the sentence between semicolons (or `:` that opens a list) around `pos`."""
        found = self._clauses.get(pos)  # a number's clause is asked for its kind, its year and its level
        if found is None:
            s, e = self.sentence(pos)
            left = max(self.text.rfind(";", s, pos), self.text.rfind(":", s, pos))
            left = left + 1 if left >= 0 else s
            right = self.text.find(";", pos, e)
            found = self._clauses[pos] = (left, (right if right >= 0 else e))
        return found

    def paragraph_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    @cached_property
    def sections(self) -> tuple[list[int], list[str | None]]:
        starts, kinds = [0], [None]
        current: str | None = None
        folded = self.folded
        for line_start, m in _headings(self.text):
            group = "title" if m.group("title") is not None else "upper"
            begin, end = m.span(group)
            roman = bool(m.group("num") and _ROMAN.match(m.group("num")))
            if end - begin > 160 or self.text[begin:end].rstrip().endswith((";", ",")):
                continue
            # Cues are searched in the lower-cased text, between the title's ends (none looks beyond them).
            if not _ANY_HEADING.search(folded, begin, end):  # most numbered lines name no section
                if roman:
                    current = None
            elif _BASELINE_HEADING.search(folded, begin, end):
                current = "baseline"
            elif _NEUTRAL_HEADING.search(folded, begin, end):
                current = None
            elif _TARGET_HEADING.search(folded, begin, end):
                current = "target"
            elif roman:
                current = None
            starts.append(line_start)
            kinds.append(current)
        return starts, kinds

    def section_kind(self, pos: int) -> str | None:
        starts, kinds = self.sections
        return kinds[bisect.bisect_right(starts, pos) - 1]

    # --- kind, year, scope ----------------------------------------------------------------------------
    def kind(self, pos: int) -> str:
        section = self.section_kind(pos)
        if section:
            return section
        s, _ = self.sentence(pos)
        c, _ = self.clause(pos)
        folded = self.folded
        if _TARGET_CUE.search(folded, s, pos):
            return "target"
        if _BASELINE_CUE.search(folded, c, min(pos + 80, len(folded))):
            return "baseline"
        if _TARGET_CUE.search(folded, self.paragraph_start(pos), s):
            return "target"
        return "baseline"

    def year(self, kind: str, pos: int) -> int | None:
        c, _ = self.clause(pos)
        s, _ = self.sentence(pos)
        if kind == "target":
            found = _TARGET_YEAR.findall(self.folded, s, pos)
            return int(found[-1]) if found else self.ctx.default_year("target")
        found = [int(y) for y in _BASELINE_YEAR.findall(self.folded, c, pos)]
        issued = self.ctx.issued_year
        found = [y for y in found if issued is None or y <= issued]
        return found[-1] if found else self.ctx.default_year("baseline")

    @staticmethod
    def scope(before: str, after: str, after_leads_into_number: bool = False) -> str | None:
        """The level named right after the number, else right before it. Levels listed together as one
        subject (`sở, ngành tỉnh, UBND cấp huyện`, `cấp tỉnh, cấp huyện`) mean `all`; otherwise, of several
        levels, the one nearest the number counts (`cấp tỉnh đạt 60% …; ở cấp huyện 30%`)."""
        for window, nearest_last in ((after, False), (before, True)):
            if not names_a_level_word(window):
                continue
            if any(w in window for w in _LEVEL_PAIR_WORDS) and _LEVEL_PAIR.search(window):
                return "all"
            hits = sorted(
                (m.start(), m.end(), lvl)
                for lvl, rx, words in _SCOPE_WORDS
                if any(w in window for w in words)
                for m in rx.finditer(window)
            )
            if not nearest_last and after_leads_into_number:
                # `cấp tỉnh đạt 98%, cấp huyện 92%`: a level right before the next number is that number's.
                hits = [h for h in hits if not _LEADS_INTO_NUMBER.fullmatch(window[h[1] :])]
            if not hits:
                continue
            if len({h[2] for h in hits}) > 1:
                joined = all(_LIST_GAP.fullmatch(window[a[1] : b[0]]) for a, b in itertools.pairwise(hits))
                if joined:
                    return "all"
            return hits[-1][2] if nearest_last else hits[0][2]
        return None


_CONTINUATION = re.compile(
    r"\s*(?:$|[(),;.…]|ở\b|ở\s|đối với|tại\b|cấp\s|và\s|và$|(?:UBND|Ủy ban nhân dân)\s*(?:các\s*)?(?:cấp\s*)?(?:xã|huyện|tỉnh))",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(
    r"[\s,]*(?:và|hoặc)?[\s,]*(?:phần lớn|hầu hết|một số|các)?\s*(?:trực thuộc\s*)?(?:UBND\s*)?(?:các\s*)?",
    re.IGNORECASE,
)
_LEADS_INTO_NUMBER = re.compile(
    r"\s*(?:đạt|là|:|có|chiếm)?\s*(?:khoảng|trên|hơn|gần|ít nhất|tối thiểu)?\s*", re.IGNORECASE
)


def _make_fact(
    ctx: DocContext,
    layout: Layout,
    indicator: str,
    rule: str,
    amount: Amount,
    quote_start: int,
    quote_end: int,
    kind: str,
    scope: str,
    year: int | None,
    value_span: tuple[int, int] | None = None,
) -> Fact:
    value_start, value_end = value_span if value_span else (None, None)
    return Fact(
        doc_id=ctx.doc_id,
        source_file=ctx.source_file,
        indicator=indicator,
        kind=kind,
        scope=scope,
        year=year,
        value=amount.value,
        low=amount.low,
        high=amount.high,
        qualifier=amount.qualifier,
        quote=ctx.text[quote_start:quote_end],
        char_start=quote_start,
        char_end=quote_end,
        rule=rule,
        value_start=value_start,
        value_end=value_end,
    )


def _find_cue(rules: list[PercentRule], openings: WordIndex, text: str, begin: int, end: int, nearest_last: bool):
    """The rule whose cue is nearest the number in `text[begin:end]` (a refining cue beats the one it refines);
    match offsets are in that window."""
    window = text[begin:end]
    found: list[tuple[int, re.Match[str]]] = []
    # Each rule is tried only where one of its opening words stands, skipping overlaps as finditer does.
    taken_until: dict[int, int] = {}  # per rule: the end of its last match
    for at, i in openings.in_window(begin, end):
        if at - begin >= taken_until.get(i, 0) and (m := rules[i].cue.match(window, at - begin)):
            taken_until[i] = m.end()
            found.append((i, m))
    for i in openings.unindexed:
        found.extend((i, m) for m in rules[i].cue.finditer(window))
    found.sort(key=lambda h: h[0])  # rule order, then match order: ties go to the earlier rule, as before
    hits = [(rules[i], m) for i, m in found]
    if not hits:
        return None
    found = {r.indicator for r, _ in hits}
    hits = [(r, m) for r, m in hits if not any(o.refines == r.indicator and o.indicator in found for o, _ in hits)]
    return max(hits, key=lambda h: h[1].end()) if nearest_last else min(hits, key=lambda h: h[1].start())


def extract_percents(ctx: DocContext, rules: list[PercentRule], layout: Layout | None = None) -> list[Fact]:
    layout = layout or Layout(ctx)
    text = ctx.text
    facts: list[Fact] = []
    percents = layout.percents
    previous: dict[int, tuple[int, Fact]] = {}  # per sentence start: (index, fact) of the last main percentage
    claimed_until = 0  # end of the last cue read after its number: those words belong to that number
    number_ends = [end for _, end in layout.numbers]
    # Every window a cue is looked for in lies inside the percentage's sentence: only those are indexed.
    sentences = sorted({layout.sentence(p.start) for p in percents})
    openings = WordIndex(tuple(r.cue for r in rules), layout.folded, sentences)
    for i, amount in enumerate(percents):
        s, e = layout.sentence(amount.start)
        c_start, c_end = layout.clause(amount.start)
        paren = _PAREN_BASELINE.search(text[max(s, amount.start - 20) : amount.start])
        main_i, main = previous.get(s, (-1, None))
        # The parenthesis annotates the percentage just before it (`80% (năm 2016 khoảng 60%)`), in its clause.
        if paren and main is not None and main_i == i - 1 and ";" not in text[percents[main_i].end : amount.start]:
            year = int(paren.group(1)) if paren.group(1) else ctx.issued_year
            close = text.find(")", amount.end, e)
            end = close + 1 if close != -1 else amount.end
            facts.append(
                _make_fact(
                    ctx,
                    layout,
                    main.indicator,
                    "percent.parenthetical_baseline",
                    amount,
                    main.char_start,
                    end,
                    "baseline",
                    main.scope,
                    year,  # `(năm 2009 là 30%)` → 2009; `(hiện nay 60%)` → the year the document was issued
                    (amount.start, amount.end),
                )
            )
            continue
        prev_end = max([p.end for p in percents[:i] if p.end <= amount.start and p.end > c_start] or [c_start])
        next_starts = [p.start for p in percents[i + 1 :] if p.start < c_end]
        folded = layout.folded
        near_end = next_starts[0] if next_starts else c_end
        after_near = folded[amount.end : near_end]
        prev_end = max(prev_end, min(claimed_until, amount.start))
        before_near = folded[prev_end : amount.start]
        tiers = [(amount.end, near_end, False), (prev_end, amount.start, True), (amount.end, c_end, False)]
        # A number whose own words name only a level (`; ở cấp huyện 30%`, `, các cơ quan thuộc UBND huyện 50%
        # (năm 2009 là 20%)`) continues the sentence's subject; one followed by a noun has a subject of its own.
        if len(before_near.strip(" ,;")) < 40 and _CONTINUATION.match(after_near):
            tiers.append((s, prev_end, True))
        hit = None
        for begin, end, nearest_last in tiers:
            found = _find_cue(rules, openings, folded, begin, end, nearest_last)
            if found:
                hit = (found[0], found[1].start() + begin, found[1].end() + begin)
                break
        if hit is None:
            continue
        rule, cue_start, cue_end = hit
        if cue_start >= amount.end:
            claimed_until = cue_end
        # A level named before another number in the clause (`cấp tỉnh có 46 cán bộ, … 15% cán bộ`) is that
        # number's: the before-window for the level starts after the last number of any kind.
        before = bisect.bisect_right(number_ends, amount.start) - 1  # ends are in text order
        last_number = number_ends[before] if before >= 0 and number_ends[before] >= prev_end else prev_end
        scope = (
            layout.scope(folded[last_number : amount.start], after_near, after_leads_into_number=bool(next_starts))
            or layout.scope(folded[c_start:last_number], "")
            or "all"
        )
        kind = layout.kind(amount.start)
        year = layout.year(kind, amount.start)
        q_start = min(cue_start, amount.start) if cue_start >= c_start else amount.start
        q_end = max(cue_end, amount.end) if cue_start >= amount.end - 1 else amount.end
        if cue_start < c_start:  # tier 4: quote the sentence's subject through the number
            q_start = cue_start
        fact = _make_fact(
            ctx,
            layout,
            rule.indicator,
            rule.name,
            amount,
            q_start,
            q_end,
            kind,
            scope,
            year,
            (amount.start, amount.end),
        )
        facts.append(fact)
        previous[s] = (i, fact)
    return facts


@by_identity
def _any_number_rule(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """A regex that matches at a number wherever one of the number-first `patterns` could: the number once,
    then any of what the patterns want after it. It may accept more than they do (their look-behinds are
    left out), never less, so a number it rejects needs no rule tried at it."""
    tails = []
    for p in patterns:
        at = p.pattern.find(N)
        if at < 0:  # not written with N: no shortcut for it, every number passes
            return re.compile(r"\d")
        tails.append(re.sub(r"\(\?P<\w+>", "(?:", p.pattern[at + len(N) :]))
    return re.compile(N + "(?:" + "|".join(f"(?:{t})" for t in tails) + ")" if tails else r"(?!)")


def _words_after_number(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words one of which follows the number (after any spaces) wherever the number-first `pattern`
    matches (None: anything may)."""
    at = pattern.pattern.find(N)
    return first_words(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern[at + len(N) :])) if at >= 0 else None


@by_identity
def _number_rule_words(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    """The words one of which follows a number (after any spaces) wherever one of the number-first `patterns`
    matches (None: anything may). A `startswith` turns away most numbers (`năm`, `tháng` …) before the
    `_any_number_rule` regex is tried at them."""
    out: set[str] = set()
    for p in patterns:
        words = _words_after_number(p)
        if words is None:
            return None
        out.update(words)
    return tuple(sorted(out))


@by_identity
def _each_rule_words(patterns: tuple[re.Pattern[str] | None, ...]) -> list[tuple[str, ...] | None]:
    """`_words_after_number` of each number-first pattern (None in place of the others)."""
    return [None if p is None else _words_after_number(p) for p in patterns]


def extract_counts(ctx: DocContext, rules: list[CountRule], layout: Layout | None = None) -> list[Fact]:
    layout = layout or Layout(ctx)
    text = ctx.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []  # number spans already read: one fact per number

    # A count is followed by what it counts (`52 điểm`, `40Mbps`); a number followed by punctuation, or inside
    # a date or a document number (`29/10/2015`, `2072/QĐ`), is not one.
    def counts_something(a: int, b: int) -> bool:
        if text[a - 1 : a] == "/":
            return False
        nxt = text[b + 1 : b + 2] if text[b : b + 1] == " " else text[b : b + 1]
        return nxt.isalpha()

    folded = layout.folded
    # One test per number with all number-first rules at once: only numbers it accepts are tried rule by rule.
    patterns = [r.pattern for r in rules]
    any_rule = _any_number_rule(tuple(r.pattern for r in rules if r.starts_with_number))
    words = _number_rule_words(tuple(r.pattern for r in rules if r.starts_with_number))
    # (A count is followed by a word, so numbers followed by anything else are passed over at once; `after`
    # is the first character after the spaces that follow the number.)
    number_starts = [
        (a, p)
        for (a, b), after in zip(layout.numbers, layout.after_numbers, strict=True)
        if after.isalpha()
        and (p := text.find(after, b)) >= 0  # where `after` stands
        and (words is None or folded.startswith(words, p))
        and counts_something(a, b)
        and any_rule.match(folded, a)
    ]
    # Each number-first rule is tried only at the numbers followed by one of its own words.
    rule_words = _each_rule_words(tuple(r.pattern if r.starts_with_number else None for r in rules))
    all_starts = layout.number_starts
    # Rules that open with words are tried only where one of their words stands (see `prefilter`).
    openings = WordIndex(patterns, folded)
    for i, rule in enumerate(rules):
        if rule.starts_with_number:
            if not number_starts:
                continue
            own = rule_words[i]
            matches = (
                m
                for pos, after_at in number_starts
                if (own is None or folded.startswith(own, after_at)) and (m := rule.pattern.match(folded, pos))
            )
        else:
            starts = openings.starts(i)
            if starts == []:  # none of its words is in the text
                continue
            matches = matches_in(rule.pattern, folded, starts)
        for m in matches:
            if rule.zero:
                value, n_start, n_end = 0.0, m.start(), m.end()
            else:
                try:
                    value = parse_number(m.group("n"))
                except ValueError:
                    continue
                n_start, n_end = m.start("n"), m.end("n")
            if any(a < n_end and n_start < b for a, b in taken):
                continue
            qualifier, q_at = qualifier_before(text, n_start) if not rule.zero else (None, n_start)
            c_start, c_end = layout.clause(n_start)
            start = min(m.start(), q_at)
            s_start, _ = layout.sentence(n_start)
            if rule.zero:  # `Cán bộ CNTT tại các xã … chưa có`: the level is inside the matched words
                n_start = n_end = m.end()
            # Counts often name their level inside the matched words (`cấp tỉnh có 80 CBCCVC`) or earlier in
            # the sentence (`… cấp tỉnh có 80 CBCCVC trong đó: Đại học: 41`).
            # The level after a count is read up to the next number only (`46 cán bộ …, nhưng 15% … toàn tỉnh`).
            nxt = bisect.bisect_right(all_starts, n_end)
            a_end = min(c_end, all_starts[nxt]) if nxt < len(all_starts) else c_end
            scope = (
                layout.scope(folded[c_start:n_start], folded[n_end:a_end])
                or layout.scope(folded[s_start:n_start], "")
                or "all"
            )
            kind = layout.kind(n_start)
            year = layout.year(kind, n_start)
            amount = Amount(value, start, m.end(), qualifier=qualifier)
            value_span = None if rule.zero else (m.start("n"), m.end("n"))
            facts.append(
                _make_fact(
                    ctx, layout, rule.indicator, rule.name, amount, start, m.end(), kind, scope, year, value_span
                )
            )
            taken.append((m.start("n") if not rule.zero else m.start(), m.end("n") if not rule.zero else m.end()))
            paren = _PAREN_COUNT_BASELINE.match(text, m.end()) if kind == "target" else None
            if paren:
                p_year = int(paren.group("year")) if paren.group("year") else ctx.issued_year
                p_amount = Amount(parse_number(paren.group("n")), start, paren.end())
                facts.append(
                    _make_fact(
                        ctx,
                        layout,
                        rule.indicator,
                        rule.name + ".parenthetical_baseline",
                        p_amount,
                        start,
                        paren.end(),
                        "baseline",
                        scope,
                        p_year,
                        (paren.start("n"), paren.end("n")),
                    )
                )
                taken.append((paren.start("n"), paren.end("n")))
    return facts
