"""Vietnamese numbers, money, percentages, ranges, qualifiers and dates.

Vietnamese writes `1.409` for 1409 (thousands dot) and `1,1` for 1.1 (decimal comma); money is written in
digits (`14.250.000.000đồng`), in scale words (`15 tỷ 945 triệu đồng`) or fully in words (`Mười bốn tỷ, hai
trăm năm mươi triệu đồng`). Everything here works on NFC text and returns character offsets into the string it
was given, so every value can be traced back to its quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import ahocorasick

__all__ = [
    "QUALIFIERS",
    "Amount",
    "digitise_numbers",
    "find_dates",
    "find_money",
    "find_money_under_unit_line",
    "find_money_words",
    "find_numbers",
    "find_percents",
    "find_percents_under_unit_line",
    "format_number",
    "money_unit_factor",
    "number_spans",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_number_words",
    "qualifier_after",
    "qualifier_before",
    "scan_numbers",
]

# A number as Vietnamese sources write it. Thousands groups must be exactly three digits (`1.409`,
# `14.250.000.000`), so `3.4` is never read as 34; a decimal part follows a comma (`1,1`). Tables and lists
# copied from English-style spreadsheets write a share with a point (`67.70%`, `12.5%`): one or two digits after
# the point and a `%` right after is such a decimal (a thousands group has three digits).
# The look-behind after the first digit keeps us from starting in the middle of another number; words glued
# to the number (`với3.403`, `80%người`) are fine because letters are not in it. Starting with `\d` lets the
# regex engine skip straight to digits, which makes every scanner built on this pattern several times faster.
NUMBER_PATTERN = r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d{0,2}\.\d{1,2}(?=\s?%)|\d*(?:,\d+)?(?!\d))"
_NUMBER_RE = re.compile(NUMBER_PATTERN)

_DASH = r"[-–—]"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ANY_NOTATION = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+")


def parse_number(token: str) -> float:
    """Parse one Vietnamese-formatted number: `1.409` → 1409, `1,1` → 1.1, `01` → 1.

    Raises ValueError for anything that is not a number in that notation.
    """
    s = token.strip()
    if not _ANY_NOTATION.fullmatch(s):
        raise ValueError(f"not a Vietnamese number: {token!r}")
    if _THOUSANDS_DOTS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    # Anything left with a dot is an English-style decimal (`2.5`), which sources occasionally use.
    return float(s)


def format_number(value: float, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way (`14250` → `14.250`, `1.1` → `1,1`)."""
    if decimals is None:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    # Swap the English separators for Vietnamese ones.
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@dataclass(frozen=True)
class Amount:
    """A number found in text, with its span (start, end) in that text."""

    value: float | None
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str = "count"

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


def find_numbers(text: str) -> list[Amount]:
    """Every number in `text`, in order, with offsets."""
    return [Amount(parse_number(m.group()), m.start(), m.end()) for m in _NUMBER_RE.finditer(text)]


def number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every number in `text`, without parsing them (for callers that only need where)."""
    return [m.span() for m in _NUMBER_RE.finditer(text)]


# One pass for `scan_numbers`: at a digit, a number with the first character after it that is not a space
# (group 1, empty at the end of the text), or else a digit run no number starts at (the rest of it is group 2).
# Opening with the digit outside any group keeps the engine jumping from digit to digit.
_NUMBER_START = r"\d(?<![\d.,]\d)"
assert NUMBER_PATTERN.startswith(_NUMBER_START)
_NUMBER_OR_RUN = re.compile(rf"\d(?:{_NUMBER_START[2:]}{NUMBER_PATTERN[len(_NUMBER_START) :]}(?=\s*(\S?))|(\d*))")


def scan_numbers(text: str) -> tuple[list[tuple[int, int]], list[str], list[tuple[int, int, int]]]:
    """What `number_spans` and `next_characters` give, and the digit runs no number covers, in one pass.

    A digit that does not start a number follows a digit, `.` or `,`; as every number ends before a non-digit,
    such a digit is either inside a number or starts a run right after `.` or `,` (the `2` of a heading's `1.2`).
    Runs come as (start, end, index of the last number before them, or -1)."""
    spans: list[tuple[int, int]] = []
    after: list[str] = []
    runs: list[tuple[int, int, int]] = []
    found = list(_NUMBER_OR_RUN.finditer(text))
    if not any(m.lastindex == 2 for m in found):  # most texts: no run
        return [m.span() for m in found], [m.group(1) for m in found], runs
    for m in found:
        if m.lastindex == 2:
            runs.append((m.start(), m.end(), len(spans) - 1))
        else:
            spans.append(m.span())
            after.append(m.group(1))
    return spans, after, runs


_NOT_SPACE = re.compile(r"\S")

# What may follow (after spaces) the number a percentage or an amount of money opens with.
PERCENT_FOLLOWERS = "%-–—đp"  # `%`, or a dash or `đến` opening a range, or `phần trăm`
MONEY_FOLLOWERS = "tTđĐvVnN"  # tỷ, tỉ, triệu, đồng, đ, VNĐ, VND, nghìn/ngàn (đồng) in any case


def next_characters(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The first character that is not a space after each span ("" at the end of the text)."""
    out = []
    for _, end in spans:
        after = text[end : end + 1]
        if after.isspace():
            found = _NOT_SPACE.search(text, end)
            after = found.group() if found else ""
        out.append(after)
    return out


def _matches_from_numbers(
    regex: re.Pattern[str], text: str, numbers: Sequence[tuple[int, int]] | None, next_chars: str
) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)` for a regex that opens with a number, tried only at the `numbers` found by
    `number_spans` that are followed (after any spaces) by one of `next_chars`.

    Every match of such a regex starts where `number_spans` finds a number (a number cannot start inside
    another: it may not follow a digit, `.` or `,`), and what follows the number starts right after the
    whole of it (a shorter reading would leave a digit, `.` or `,` next). So trying those positions in
    order, skipping overlaps, finds the same matches without scanning the text again."""
    if numbers is None:
        yield from regex.finditer(text)
        return
    taken_until = 0
    for (at, _), after in zip(numbers, next_characters(text, numbers), strict=True):
        if after and after in next_chars and at >= taken_until and (m := regex.match(text, at)):
            taken_until = m.end()
            yield m


# --- qualifiers ------------------------------------------------------------------------------------
# Words that bound or soften a number when they stand right before it. `trên` also means "on"
# (`trên Cổng thông tin`), so it only counts when a number follows it directly.
# Words the conventions do not list are mapped to the nearest qualifier they have (issue #11, round 3; the
# conventions define no new qualifier): `trên dưới` (give or take) and `xấp xỉ` → approx, `gần như` (all but) →
# nearly, `chừng` (about) → approx, `ngót` (just short of) → nearly,
# `không dưới` (not below) and `tối thiểu / ít nhất đạt` → at_least; `N% trở lên` (N and more) after
# the number → at_least (`qualifier_after`).
QUALIFIERS: dict[str, str] = {
    "khoảng": "approx",
    "xấp xỉ": "approx",
    "trên dưới": "approx",
    "chừng": "approx",
    "chừng khoảng": "approx",
    "ngót": "nearly",
    "gần như": "nearly",
    "tối thiểu đạt": "at_least",
    "ít nhất đạt": "at_least",
    "ước đạt": "approx",
    "ước": "approx",
    "trên": "over",
    "hơn": "over",
    "vượt": "over",
    "quá": "over",  # (`quá nửa số xã`: more than half, stop 26)
    "gần": "nearly",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "không dưới": "at_least",
    # (`Không ít hơn 90% UBND cấp xã …`, `không thấp hơn`: not below, stop 27 review; longer than `hơn`, so it wins)
    "không ít hơn": "at_least",
    "không thấp hơn": "at_least",
}
_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:^|[^\wÀ-ỹ])(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)


# The last letter of every qualifier, matched the way the regex above matches letters (ignoring case): a text
# whose last letter before the number is none of these has no qualifier, which one character tells.
_QUALIFIER_LAST_LETTER = re.compile("[" + "".join(sorted({q[-1] for q in QUALIFIERS})) + "]", re.IGNORECASE)


def qualifier_before(text: str, start: int, window: int = 24) -> tuple[str | None, int]:
    """The qualifier written right before position `start`, and where that word begins.

    Returns (None, start) when there is none.
    """
    left = text[max(0, start - window) : start]
    core = left.rstrip()  # the same spaces as the regex's `\s*$`
    if not core or not _QUALIFIER_LAST_LETTER.match(core, len(core) - 1):
        return None, start
    m = _QUALIFIER_BEFORE_RE.search(left)
    if not m:
        return None, start
    word = m.group(1)
    # The regex matched ignoring case; `lower()` may not give the key back (`TỐİ THİỂU` has a Turkish İ,
    # whose lower case is two characters), so fall back to the same case-blind comparison.
    qualifier = QUALIFIERS.get(word.lower()) or next(
        v for k, v in QUALIFIERS.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE)
    )
    return qualifier, start - (len(left) - m.start(1))


_AND_MORE_RE = re.compile(r"\s*trở\s*lên\b", re.IGNORECASE)


def qualifier_after(text: str, end: int) -> str | None:
    """`at_least` when `trở lên` (and more) follows the value that ends at `end` (`từ 35% trở lên`, `35% trở lên`)."""
    return "at_least" if _AND_MORE_RE.match(text, end) else None


# --- percentages -----------------------------------------------------------------------------------
# The number is matched once and the alternatives follow it: written as `range|single`, the engine would parse
# every number twice, which made this scanner three times slower.
# (`99,5 phần trăm`: the word for `%`, as news spells it out)
_PERCENT_RE = re.compile(
    rf"(?P<low>{NUMBER_PATTERN})\s*(?:%?\s*(?:{_DASH}|đến)\s*(?P<high>{NUMBER_PATTERN})\s*%|%|phần trăm(?![^\W\d_]))"
)


# A list marker written against the value (`1.100%`, `4.100% cán bộ`) reads as a thousands number; a share above
# 100% at the start of a line, written so, is such a marker and no value is read from it (the number spans are
# left as they are: which digits the value is belongs to the number finder).
_GLUED_MARKER = re.compile(r"\d{1,2}\.\d{3}")  # `1.100`: an item number, then 100
_LINE_START = re.compile(r"(?:^|\n)[ \t]*\Z")
_GLUED_SMALL_MARKER = re.compile(r"\d\.\d{1,2}")  # `2.80`: item 2 and 80, or the decimal 2,8


def find_percents(text: str, numbers: Sequence[tuple[int, int]] | None = None) -> list[Amount]:
    """Percentages (`80%`, `50 - 60%`, `60-70%`, `gần 100%`) with their qualifiers and offsets.

    `numbers`, the text's `number_spans` (or those of them followed by PERCENT_FOLLOWERS), saves scanning
    the text again."""
    found = []
    for m in _matches_from_numbers(_PERCENT_RE, text, numbers, PERCENT_FOLLOWERS):
        qualifier, qstart = qualifier_before(text, m.start())
        qualifier = qualifier_after(text, m.end()) or qualifier
        if m.group("high") is None:
            value = parse_number(m.group("low"))
            if value > 100 and _GLUED_MARKER.fullmatch(m.group("low")) and _LINE_START.search(text, 0, m.start()):
                # `1.100% cán bộ …` on a line of its own: a list marker glued to 100% (item 1), not 1100%; the
                # fact's value span keeps the whole token so that the number in numbers.csv is read.
                if not m.group("low").endswith(".100"):
                    continue
                value = 100.0
            elif _GLUED_SMALL_MARKER.fullmatch(m.group("low")) and _LINE_START.search(text, 0, m.start()):
                continue  # `2.80% …` opening a line: item 2 glued to 80%, or 2,8%? Neither is read.
            found.append(Amount(value, qstart, m.end(), qualifier=qualifier, unit="percent"))
        else:
            low, high = parse_number(m.group("low")), parse_number(m.group("high"))
            if low >= high:  # `2013 - 20%` or similar: not a range
                value = parse_number(m.group("high"))
                found.append(Amount(value, m.start("high"), m.end(), unit="percent"))
                continue
            found.append(Amount(None, qstart, m.end(), low=low, high=high, qualifier=qualifier, unit="percent"))
    return found


# --- numbers written in words ----------------------------------------------------------------------
_DIGIT_WORDS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mươi": 10,
}
_SCALE_WORDS = {
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}
_FILLER_WORDS = {"linh", "lẻ", "và", "chẵn", "đồng"}


def parse_number_words(words: str) -> float:
    """`Mười bốn tỷ, hai trăm năm mươi triệu` → 14_250_000_000. Raises ValueError if not a number."""
    tokens = [t for t in re.split(r"[\s,]+", words.lower().strip()) if t]
    if not tokens or not any(t in _DIGIT_WORDS or t in _SCALE_WORDS for t in tokens):
        raise ValueError(f"not a number in words: {words!r}")
    total = 0  # completed groups (tỷ, triệu, nghìn)
    group = 0  # the part below a thousand being built
    current = 0  # the last digit(s) not yet multiplied
    last_scale = 0  # the scale word that completed the last group
    for tok in tokens:
        if tok in _FILLER_WORDS:
            continue
        if tok in ("mười",):
            current += 10
        elif tok == "mươi":
            current = (current or 1) * 10
        elif tok in _DIGIT_WORDS:
            current += _DIGIT_WORDS[tok]
        elif tok == "trăm":
            group += (current or 1) * 100
            current = 0
        elif tok in _SCALE_WORDS:
            scale = _SCALE_WORDS[tok]
            if total and last_scale < scale:  # `một nghìn hai trăm triệu`: 1 200 millions
                total = (total + (group + current)) * scale
            else:
                total += (group + current or 1) * scale
            group = current = 0
            last_scale = scale
        else:
            raise ValueError(f"unexpected word {tok!r} in number {words!r}")
    return float(total + group + current)


# --- money -----------------------------------------------------------------------------------------
_CURRENCY = r"(?:đồng|đ\b|VNĐ|VND)"
_OTHER_CURRENCY = r"(?!\s*(?:USD|US\$|đô\s*la|EUR|euro))"  # `2,8 triệu USD` is no amount of đồng
_HUNDREDS_WORD = "một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín"
_MONEY_RE = re.compile(
    # The number first, then which unit follows it (one parse per number, as for percentages).
    rf"(?P<n>{NUMBER_PATTERN})\s*(?:"
    # 15 tỷ 945 triệu đồng / 4 tỷ đồng / 2,5 tỷ đồng (not `63 tỉnh`, a count of provinces)
    # 38 tỷ 7 trăm triệu đồng / 3 tỷ 2 trăm 50 triệu đồng / 3 tỷ bảy trăm triệu đồng (the hundreds of millions in
    # a word, its digit as a figure or a word)
    # 2 tỷ rưỡi đồng (and a half: 2.500 million; stop 27 review)
    rf"(?P<ty>tỷ|tỉ(?!nh)){_OTHER_CURRENCY}(?:\s*(?P<ty_ruoi>rưỡi|rưởi)\b)?(?:\s*(?:(?P<ty_tram>\d|{_HUNDREDS_WORD})\s*trăm(?:\s*(?P<ty_tram_rest>\d{{1,2}}))?|(?P<ty_trieu>{NUMBER_PATTERN}))\s*triệu)?"
    rf"\s*(?:{_CURRENCY})?"
    # 290 triệu đồng / 25.600 triệu đồng / 4.850 trđ, 7.380 tr.đ, 850 tr đồng (tables and reports abbreviate triệu đồng)
    rf"|(?P<trieu>triệu|tr\.?\s?(?:đồng|đ\b)){_OTHER_CURRENCY}\s*(?:{_CURRENCY})?"
    # 21.000.000 nghìn đồng (tables and estimates in thousands; the currency is required)
    rf"|(?P<nghin>nghìn|ngàn)\s*{_CURRENCY}"
    # 14.250.000.000đồng / 2.500.000.000 đồng
    rf"|{_CURRENCY})",
    re.IGNORECASE,
)


def _money_mvnd(m: re.Match[str]) -> float:
    value = parse_number(m.group("n"))
    if m.group("ty") is not None:
        value *= 1000
        if m.group("ty_ruoi") is not None:
            value += 500
        elif m.group("ty_trieu") is not None:
            value += parse_number(m.group("ty_trieu"))
        elif m.group("ty_tram") is not None:
            hundreds = m.group("ty_tram")
            digit = int(hundreds) if hundreds.isdigit() else _DIGIT_WORDS[hundreds.lower()]
            value += digit * 100 + int(m.group("ty_tram_rest") or 0)
        return value
    if m.group("trieu") is not None:
        return value
    if m.group("nghin") is not None:
        return value / 1_000
    return value / 1_000_000


# The low end of a range of money whose unit is written once, after the high end (`từ 45 - 50 tỷ đồng`, `khoảng
# 3.500 đến 4.000 triệu đồng`): a bare number, then a dash or `đến`/`tới`, right before the amount.
_MONEY_RANGE_LOW = re.compile(rf"(?<![\d.,/])(?P<low>{NUMBER_PATTERN})\s*(?:[-–—]|đến|tới)\s*$", re.IGNORECASE)


def _money_range_low(text: str, m: re.Match[str], value: float) -> tuple[float, int] | None:
    """(low end in million VND, where it starts) of a range of money ending in the amount `m` (see
    _MONEY_RANGE_LOW), or None. Only an amount of one number and one unit (not `3 tỷ 200 triệu`); the low end is
    below the high and not ten times smaller (`1 - 50 tỷ đồng` is an item's number and its amount)."""
    if m.group("ty_trieu") is not None or m.group("ty_tram") is not None or m.group("ty_ruoi") is not None:
        return None
    r = _MONEY_RANGE_LOW.search(text, max(0, m.start() - 30), m.start())
    if r is None:
        return None
    low, high = parse_number(r.group("low")), parse_number(m.group("n"))
    if not 0 < low < high <= 10 * low:
        return None
    return round(value * low / high, 6), r.start("low")


def find_money(text: str, numbers: Sequence[tuple[int, int]] | None = None) -> list[Amount]:
    """Money amounts in million VND with offsets (`numbers`: as for `find_percents`, with MONEY_FOLLOWERS); a range
    (`45 - 50 tỷ đồng`) has its ends as low and high and no value."""
    found = []
    for m in _matches_from_numbers(_MONEY_RE, text, numbers, MONEY_FOLLOWERS):
        value = _money_mvnd(m)
        if (low := _money_range_low(text, m, value)) is not None:
            qualifier, qstart = qualifier_before(text, low[1])
            found.append(
                Amount(None, qstart, m.end(), low=low[0], high=round(value, 6), qualifier=qualifier, unit="million_vnd")
            )
            continue
        # A plain `1.000 đ` amount below a million is a price, not a plan budget; keep it anyway,
        # callers decide. Round away float noise from the division.
        qualifier, qstart = qualifier_before(text, m.start())
        found.append(Amount(round(value, 6), qstart, m.end(), qualifier=qualifier, unit="million_vnd"))
    return found


# Money written only in words (`bốn tỷ hai trăm năm mươi triệu đồng`, `ba trăm triệu đồng`, `mười lăm tỷ`): the
# words of a number, ending in `tỷ` or `triệu`; after `triệu` the currency must follow (`hai triệu người` is no
# money). Such amounts are looked for backwards from each `tỷ`/`triệu` (few in a text), never at every word.
_NUMBER_WORD = "|".join(sorted([*_DIGIT_WORDS, *_SCALE_WORDS, "linh", "lẻ"], key=len, reverse=True))
_MONEY_SCALE = re.compile(r"(?<![\wÀ-ỹ])(?:tỷ|tỉ(?!nh)|triệu)(?![\wÀ-ỹ])", re.IGNORECASE)
_WORDS_BEFORE = re.compile(rf"(?<![\wÀ-ỹ])(?:(?:{_NUMBER_WORD}),?\s+)+$", re.IGNORECASE)
_RESTATED = re.compile(r"(?:\d[^\d()\n]{0,16}\(|bằng\s*chữ\s*:?)\s*$", re.IGNORECASE)
_WORD_CURRENCY = re.compile(r"\s*(?:đồng|VNĐ|VND)(?![\wÀ-ỹ])", re.IGNORECASE)
# A number's first word (`tư`, `mốt`, `lăm`, `mươi`, `linh` only follow another; `năm` before a digit word is
# the year's `năm`: `năm hai tỷ` → `hai tỷ`).
_FIRST_WORDS = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"}
_AFTER_YEAR_WORD = _FIRST_WORDS - {"năm"}


_SCALE_SPELLINGS = ("tỷ", "tỉ", "triệu", "Tỷ", "Tỉ", "Triệu", "TỶ", "TỈ", "TRIỆU")


def _scale_words_after_a_word(text: str) -> list[int]:
    """Where `tỷ`/`triệu` (in any case) stands after a letter and a space, in order: most stand after digits
    (`15 tỷ`), which `find_money` reads. Each spelling's occurrences come from `hint_positions` (one pass for every
    hint word; a regex scan is several times slower)."""
    at: list[int] = []
    where = hint_positions(text)
    for word in _SCALE_SPELLINGS:
        for i in where.get(word, ()):
            if i > 1 and text[i - 1] in " \t\n," and text[i - 2].isalpha():
                at.append(i)
    at.sort()
    return at


_HALF_AFTER = re.compile(r"\s*(?:rưỡi|rưởi)\b", re.IGNORECASE)


def find_money_words(text: str, taken: Sequence[Amount] = ()) -> list[Amount]:
    """Amounts of money written only in words, in million VND, with the words' offsets (the currency
    included). `taken`: amounts already read with digits (`3 tỷ bảy trăm triệu đồng`), which these never
    overlap."""
    found: list[Amount] = []
    for at in _scale_words_after_a_word(text):
        m = _MONEY_SCALE.match(text, at)
        if m is None:  # `tỉnh`
            continue
        lo = max(0, m.start() - 100)
        words = _WORDS_BEFORE.search(text, lo, m.start())
        if words is None:
            continue
        start = words.start()
        tokens = list(re.finditer(r"[^\s,]+", text[start : m.start()]))
        if tokens[0].group().lower() in _SCALE_WORDS and text[lo:start].rstrip()[-1:].isdigit():
            continue  # `3 tỷ bảy trăm triệu đồng`: the scale of a number in digits, read with them
        while tokens and (
            tokens[0].group().lower() not in _FIRST_WORDS
            or (
                tokens[0].group().lower() == "năm" and len(tokens) > 1 and tokens[1].group().lower() in _AFTER_YEAR_WORD
            )
        ):
            tokens.pop(0)
        if not tokens:
            continue
        start += tokens[0].start()
        if _RESTATED.search(text, lo, start):  # `48.600 triệu đồng (Bằng chữ: Bốn mươi tám tỷ, …)`: the digits again
            continue
        end = m.end()
        half = _HALF_AFTER.match(text, end)  # `hai tỷ rưỡi đồng`: and a half of the scale (stop 27 review)
        if half is not None:
            end = half.end()
        currency = _WORD_CURRENCY.match(text, end)
        if currency is not None:
            end = currency.end()
        elif m.group().lower() == "triệu":
            continue
        if any(a.start < end and start < a.end for a in taken):
            continue
        try:
            value = parse_number_words(text[start : m.end()]) / 1_000_000
        except ValueError:
            continue
        if half is not None:
            value += _SCALE_WORDS.get(m.group().lower(), 0) / 2 / 1_000_000
        if found and found[-1].end > start:  # `bốn tỷ` grown into `bốn tỷ hai trăm … triệu đồng`
            found.pop()
        qualifier, qstart = qualifier_before(text, start)
        found.append(Amount(round(value, 6), qstart, end, qualifier=qualifier, unit="million_vnd"))
    return found


# A unit written once in a line of its own above a list (`Đơn vị tính: triệu đồng`, `ĐVT: tỷ đồng`, `(Đơn vị: triệu
# đồng)`), then lines that end in a bare number (`- Tổng kinh phí: 12.400`, `- Năm 2016: 8.500`, `Cộng: 41.000`): each
# such number is money in that unit. The list runs up to a blank line, a heading or a line with no such number
# (after the first). Numbers that carry a unit of their own are left to `find_money`.
_UNIT_LINE = re.compile(
    r"^[ \t]*\(?\s*(?:đơn\s*vị(?:\s*tính)?|đvt)\s*:\s*"
    r"(?P<unit>triệu\s*đồng|tỷ\s*đồng|tỉ\s*đồng|nghìn\s*đồng|ngàn\s*đồng|đồng)"
    r"\s*\)?[ \t]*\.?$",
    re.IGNORECASE | re.MULTILINE,
)
_UNIT_LINE_WORDS = re.compile(r"đơn|đvt", re.IGNORECASE)  # (one of them is in every unit line)
_BARE_AMOUNT_LINE = re.compile(
    rf"^[ \t]*(?:[-–•+*][ \t]*)?(?P<label>[^\n:%]{{2,90}}?)\s*:\s*(?P<num>{NUMBER_PATTERN})[ \t]*[.;,]?[ \t]*$"
)


def money_unit_factor(unit: str) -> float:
    """Million VND in one of a written unit (`triệu đồng` 1, `tỷ đồng` 1000, `nghìn đồng` 0.001, `đồng` 1e-6): the
    unit a table's or a list's `Đơn vị tính` line gives its bare numbers."""
    unit = unit.lower()
    if "tỷ" in unit or "tỉ" in unit:
        return 1000.0
    if "nghìn" in unit or "ngàn" in unit:
        return 0.001
    if "triệu" in unit:
        return 1.0
    return 1e-6  # đồng


def _unit_lines(unit_line: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `unit_line.finditer(text)` finds, tried only at the start of each line that holds `đơn` or `đvt`.

    A regex that opens with a line start is tried at every character of the text (a tenth of a millisecond a
    document, twice); one that opens with a letter skips to that letter. Every match of a unit line reaches its word
    over spaces and at most one `(` from the start of the word's own line (a match that starts on a blank line above
    reads the same word and ends at the same place), so that line's start is where it is found."""
    taken_until = 0
    for line_start in _unit_word_lines(text):
        if line_start >= taken_until and (u := unit_line.match(text, line_start)) is not None:
            taken_until = u.end()
            yield u


_recent_unit_words: tuple[tuple[str, list[int]], ...] = ()  # (text, `_unit_word_lines`) of the last two texts


def _unit_word_lines(text: str) -> list[int]:
    """The start of each line that holds `đơn` or `đvt` (in any case), in order. Kept for the last two texts: the
    money and the shares under a unit line are read from one text (a tuple replaced at once, safe with threads)."""
    global _recent_unit_words
    recent = _recent_unit_words
    for known, found in recent:
        if known is text:
            return found
    found = []
    for word in _UNIT_LINE_WORDS.finditer(text):
        line_start = text.rfind("\n", 0, word.start()) + 1
        if not found or found[-1] != line_start:
            found.append(line_start)
    _recent_unit_words = ((text, found), *recent[:1])
    return found


def _bare_numbers_under(unit_line: re.Pattern[str], text: str, taken: Sequence[Amount]):
    """(unit line's match, number's start, end, value) for each bare number of a list under a unit line."""
    starts = {a.start for a in taken}
    for u in _unit_lines(unit_line, text):
        pos = u.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            m = _BARE_AMOUNT_LINE.match(text[pos:end])
            if not m:
                break
            if (start := pos + m.start("num")) not in starts:
                yield u, start, pos + m.end("num"), parse_number(m.group("num"))
            pos = end + 1


def find_money_under_unit_line(text: str, taken: Sequence[Amount] = ()) -> list[Amount]:
    """Money in a list under a line that gives its unit (see `_UNIT_LINE`), in million VND."""
    found: list[Amount] = []
    for u, start, end, number in _bare_numbers_under(_UNIT_LINE, text, taken):
        factor = money_unit_factor(u.group("unit"))
        found.append(Amount(round(number * factor, 6), start, end, unit="million_vnd"))
    return found


# The same for shares: `Đơn vị tính: %` over `- Cán bộ, công chức cấp tỉnh được cấp hộp thư …: 100`.
_PERCENT_UNIT_LINE = re.compile(
    r"^[ \t]*\(?\s*(?:đơn\s*vị(?:\s*tính)?|đvt)\s*:\s*%\s*\)?[ \t]*\.?$", re.IGNORECASE | re.MULTILINE
)


def find_percents_under_unit_line(text: str, taken: Sequence[Amount] = ()) -> list[Amount]:
    """Shares in a list under a line that gives `%` as the unit (values up to 100)."""
    return [
        Amount(number, start, end, unit="percent")
        for _, start, end, number in _bare_numbers_under(_PERCENT_UNIT_LINE, text, taken)
        if number <= 100
    ]


def parse_money(text: str) -> float:
    """The first money amount in `text`, in million VND (`15 tỷ 945 triệu đồng` → 15945).

    Also reads amounts written fully in words (`Mười bốn tỷ, hai trăm năm mươi triệu đồng` → 14250).
    """
    found = find_money(text)
    if found:
        return float(found[0].value)  # type: ignore[arg-type]
    return parse_number_words(re.sub(r"đồng.*$", "", text, flags=re.IGNORECASE)) / 1_000_000


# --- dates -----------------------------------------------------------------------------------------
_DATE_WORDS_RE = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)
# (a stray space after the second slash, `17/10/ 2014`, as pages and PDF text have it, is the same date)
_DATE_SLASH_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/ ?(\d{4})(?![\d/])")
# A page's dateline written with hyphens (`19-09-2012`, as some sites print the date of an item): day, month and a
# four-digit year, two hyphens and nothing else joined to them (not a range of years, `2012-2015`, nor a code).
_DATE_DASH_RE = re.compile(r"(?<![\d\-–/.,])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d\-–/])")


def _safe_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _slash_dates(text: str) -> Iterator[re.Match[str]]:
    """What `_DATE_SLASH_RE.finditer(text)` finds, tried only one and two characters before each slash (a match
    opens with one or two digits and a slash): positions in order, overlaps skipped as finditer does. A regex
    that opens with a look-behind and a digit is otherwise tried at every character of the text."""
    taken_until = 0
    slash = text.find("/")
    while slash >= 0:
        for at in (slash - 2, slash - 1):
            if at >= taken_until and (m := _DATE_SLASH_RE.match(text, at)):
                taken_until = m.end()
                yield m
        slash = text.find("/", slash + 1)


def _dash_dates(text: str) -> Iterator[re.Match[str]]:
    """What `_DATE_DASH_RE` finds, tried only one and two characters before each hyphen that follows a digit (as
    `_slash_dates` does for slashes): most hyphens of a text join no date."""
    taken_until = 0
    dash = text.find("-")
    while dash >= 0:
        if dash > 0 and text[dash - 1].isdigit():
            for at in (dash - 2, dash - 1):
                if at >= taken_until and (m := _DATE_DASH_RE.match(text, at)):
                    taken_until = m.end()
                    yield m
        dash = text.find("-", dash + 1)


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Dates written `ngày 29 tháng 10 năm 2015`, `29/10/2015` or `29-10-2015`, with offsets, in text order."""
    found = []
    for m in _DATE_WORDS_RE.finditer(text):
        d = _safe_date(m.group(3), m.group(2), m.group(1))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _slash_dates(text):
        d = _safe_date(m.group(3), m.group(2), m.group(1))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _dash_dates(text):
        d = _safe_date(m.group(3), m.group(2), m.group(1))
        if d:
            found.append((d, m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def parse_date(text: str) -> date:
    """`ngày 29 tháng 10 năm 2015` or `29/10/2015` → date(2015, 10, 29). Raises ValueError otherwise."""
    found = find_dates(text)
    if not found:
        raise ValueError(f"no date in {text!r}")
    return found[0][0]


# --- zeros in words --------------------------------------------------------------------------------
ZERO_PATTERN = r"(?:không có|chưa có)"


# --- numbers written other ways, rewritten in the notation the rules read ----------------------------------
# Authors write small counts and shares in words (`bốn mươi lăm công chức`, `một trăm phần trăm`, `một nửa số
# xã`, `hai phần ba`, `cứ 10 cán bộ thì 9 người`), thousands with spaces (`12 500 triệu`), an English decimal point
# (`1.5 tỷ`) or a scale word inside an amount (`1,2 nghìn tỷ`). `digitise_numbers` rewrites each such span, in a
# text of the same length, as the digits a reader would write (right-aligned, spaces before them: the number stays
# next to what follows it), so that every rule reads it as it reads digits and every offset is the source's. Words
# are rewritten only where a count or share is expected: before `phần trăm`, before a counted noun of an
# indicator, as a fraction before the whole it divides; a lone `một` (also "a", `một số`, `một cửa`) never is, nor
# a capitalised word inside a sentence (`Ba Vì`), nor an ordinal (`thứ ba`, `lần hai`).
_NUM_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ)"
_COUNTED = (
    r"cán\s+bộ|công\s+chức|viên\s+chức|người|dịch\s+vụ|thủ\s+tục|hộp\s+thư|tài\s+khoản|xã|điểm|trang|đơn\s+vị"
    r"|cơ\s+quan|sở|huyện|máy|thạc\s+s[ĩỹ]|tiến\s+s[ĩỹ]|kỹ\s+sư|cử\s+nhân|phòng"
)
# (`phân nửa` is `một nửa`; `quá nửa`, `hơn nửa`: the half, its qualifier before it (over), stop 26)
_FRACTION_IN_WORDS = (
    rf"(?:(?P<run>(?:một|phân)[ \t]+nửa|(?P<num>{_NUM_WORD})[ \t]+phần[ \t]+(?P<den>hai|ba|tư|bốn|năm|mười))"
    rf"|(?:quá|hơn)[ \t]+(?P<half>nửa))"
)
_FRACTION_WORDS = re.compile(
    _FRACTION_IN_WORDS
    # (`khoảng hai phần ba trong số đó có trình độ đại học`: of the staff just named, round 25)
    + rf"(?=[ \t]+(?:số|tổng\s+số|trong\s+số|các|những|{_COUNTED})(?!\w))",
    re.IGNORECASE,
)
_THEN = re.compile(r"thì", re.IGNORECASE)
# The same fraction ending its clause after the verb that gives a share (`số người mở hộp thư hằng ngày mới chiếm khoảng
# ba phần năm.`): of the whole the clause named before it (round 26).
# (the same words as `_FRACTION_WORDS`, so that both give the same groups to digitise_numbers)
_FRACTION_WORDS_LAST = re.compile(
    _FRACTION_IN_WORDS + r"(?=[ \t]*(?:[.;,)\n]|$))",
    re.IGNORECASE,
)
_SHARE_VERB_BEFORE = re.compile(
    r"(?:chiếm|đạt|là|bằng)(?:[ \t]+(?:khoảng|chừng|gần|hơn|trên|xấp[ \t]+xỉ|độ|ngót))?[ \t]+$", re.IGNORECASE
)
_EACH_TEN = re.compile(
    r"cứ[ \t]+(?P<whole>\d{1,3})[ \t]+(?P<noun>[^\d.;:\n]{2,40}?)[ \t]+thì[ \t]+(?:có[ \t]+)?"
    r"(?:(?P<q>gần|khoảng|chừng|hơn|trên|xấp[ \t]+xỉ)[ \t]+)?(?P<part>\d{1,3})"
    r"[ \t]+(?:người|cán\s+bộ|công\s+chức|đơn\s+vị|cơ\s+quan|xã)(?!\w)",
    re.IGNORECASE,
)
# (each opens with its first digit and looks behind it after: the regex engine then skips straight to digits)
_SPACED_THOUSANDS = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2}(?: \d{3})+(?![\d.,])(?=[ \t]*(?:triệu|tỷ|tỉ(?!nh)|đồng|tài\s+khoản|hộp\s+thư|người"
    r"|cán\s+bộ|hồ\s+sơ|dịch\s+vụ|thủ\s+tục|máy)(?!\w))"
)
# What separates the groups of a number's thousands, with the group after it: where a number written so (`12 500`,
# `1.409`) may be found (see `_grouped`).
_SPACE_AND_GROUP = re.compile(r" \d{3}")
_DOT_AND_GROUP = re.compile(r"\.\d{3}")


def _grouped(pattern: re.Pattern[str], separators: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern whose every match opens with a run of one to three digits
    (its look-behind lets only the run's first digit start it) right before a match of `separators` (` ddd`, `.ddd`):
    tried only at the three places before each of those.

    A regex that opens with a digit tests every character of the text for one (a lookup in the Unicode tables, a fifth
    of digitise_numbers); one that opens with a space or a point skips to the next. (No place is passed over: a run of
    digits holds no separator, so the run before one separator never starts before the one before an earlier.)"""
    taken_until = 0
    for separator in separators.finditer(text):
        at = separator.start()
        for k in range(max(taken_until, at - 3), at):
            if (m := pattern.match(text, k)) is not None:
                taken_until = m.end()
                yield m
                break


# `1,200 tỷ đồng`, `2,150 hộp thư`: an English thousands comma (groups of exactly three digits after each comma) before
# a scale word or a counted noun; `1,2 tỷ` (one or two digits) and `0,606` (a score) stay decimal commas. Read by the
# digit grouping, as a reader does (issue #11, round 21); only in a text that writes no thousands with dots (`1.409`),
# where a comma before three digits is as often a decimal comma (`1,159 tỷ` beside `2.450 triệu`).
_COMMA_THOUSANDS_HINTS = ("tỷ", "tỉ", "triệu", "tài khoản", "hộp thư", "cán bộ", "người", "dịch vụ", "thủ tục")
_COMMA_THOUSANDS = re.compile(
    r"[1-9](?<![\d.,][1-9])\d{0,2}(?:,\d{3})+(?![\d.,])(?=[ \t]*(?:tỷ|tỉ(?!nh)|triệu|tài[ \t]+khoản|hộp[ \t]+thư"
    r"|cán[ \t]+bộ|người|dịch[ \t]+vụ|thủ[ \t]+tục)(?!\w))"
)
# ... but not when the thousands reading would be a hundred thousand tỷ or more (`Tổng kinh phí thực hiện kế hoạch là
# 131,680 tỷ` in a province's one-year plan): more than any budget a text of ours speaks of (a city's whole IT
# investment over a decade is some tens of thousands of tỷ), so the comma is the decimal one (131,68 tỷ).
_BEYOND_ANY_PLAN = re.compile(r"\d{3},\d{3}(?![\d.,])[ \t]*(?:tỷ|tỉ(?!nh))(?!\w)")
_DOT_THOUSANDS = re.compile(r"[1-9](?<![\d.,][1-9])\d{0,2}\.\d{3}(?![\d])")
_POINT_DECIMAL = re.compile(r"\d(?<![\d.,]\d)\d{0,2}\.\d{1,2}(?![\d.,])(?=[ \t]*(?:tỷ|tỉ|triệu)(?![\wỆệ]|[ \t]*lệ))")
# `1,2 nghìn tỷ`, `hơn 12 nghìn tài khoản`, `38,5 nghìn cán bộ`: thousands as a word inside an amount or a count.
# `4 nghìn 200 hộp thư`: thousands as a word, then the hundreds in digits (issue #11, round 22).
_THOUSAND_OF = re.compile(
    rf"\d(?<![\d.,]\d)\d{{0,2}}(?:(?:,\d{{1,3}})?[ \t]+(?:nghìn|ngàn)|[ \t]+(?:nghìn|ngàn)[ \t]+\d{{3}}(?![\d.,]))"
    rf"(?=[ \t]+(?:tỷ|tỉ|{_COUNTED})(?!\w))"
)
_DIGITS_PERCENT = re.compile(r"(\d(?<![\d.,]\d)\d{0,2}(?:,\d{1,2})?)[ \t]+phần[ \t]+trăm(?!\w)", re.IGNORECASE)
# `3/4 số xã`, `Gần 3/4 trong tổng số 204 xã`: a fraction of a whole (a small denominator), before what it divides.
_SMALL_FRACTION = re.compile(
    r"(?P<num>\d)(?<![\d/.,]\d)/(?P<den>\d{1,2})(?![\d/])(?:[ \t]+trong[ \t]+tổng[ \t]+số[ \t]+\d[\d.]*|[ \t]+số)"
    r"(?=[ \t]+(?:xã|sở|cán|công|cơ|đơn|huyện|UBND|các))",
    re.IGNORECASE,
)
_OUT_OF = re.compile(
    r"(?<![\d.,/])(?P<a>\d{1,3}(?:\.\d{3})*)[ \t]+trên[ \t]+(?:tổng[ \t]+số[ \t]+)?"
    r"(?P<b>\d{1,3}(?:\.\d{3})*)(?![\d.,/%])"
    r"(?=[ \t]+(?:xã|sở|huyện|cơ[ \t]+quan|đơn[ \t]+vị|UBND|phòng|cán[ \t]+bộ|công[ \t]+chức|CBCC|điểm)(?!\w))",
    re.IGNORECASE,
)
# `Hai trong số 13 phòng, ban …`, `18 trong tổng số 23 xã`: `trong số` is "out of", as `trên` is (round 25); a lone
# `một` (`là một trong số …`: one of them, a rank) is none.
_AMONG = re.compile(
    r"(?P<a>\d{1,3}(?:\.\d{3})*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+trong[ \t]+(?:tổng[ \t]+)?số[ \t]+"
    r"(?P<b>\d{1,3}(?:\.\d{3})*)(?![\d.,/%])"
    r"(?=[ \t]+(?:xã|sở|huyện|cơ[ \t]+quan|đơn[ \t]+vị|UBND|phòng|cán[ \t]+bộ|công[ \t]+chức|CBCC|điểm)(?!\w))",
    re.IGNORECASE,
)
_SMALL_WORD_VALUES = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _among(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """`_AMONG` matched at the number (in digits, or a small one in words) before each ` trong số` / ` trong tổng số`,
    with the first number's value."""
    for hint in (" trong số ", " trong tổng số "):
        i = text.find(hint)
        while i > 0:
            k = i
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "."):
                k -= 1
            after_number = k > 0 and (text[k - 1].isalnum() or text[k - 1] in "/,")  # (`3/4 trong tổng số …`)
            if k < i and not after_number and (m := _AMONG.match(text, k)) is not None:
                a = m.group("a")
                yield m, int(a.replace(".", "")) if a[0].isdigit() else _SMALL_WORD_VALUES[a.lower()]
            i = text.find(hint, i + 1)


_ORDINAL_BEFORE = re.compile(r"(?:thứ|lần|đợt|khóa|kỳ|giai\s+đoạn)[ \t]*$", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:trong|mỗi|hằng|hàng|cả|các|những|từng|nhiều|của|sau|trước|đầu|cuối|giữa|nửa|qua|suốt|năm)[ \t]*$", re.I
)
_SENTENCE_OPENS = re.compile(r"(?:^|[\n.:;!?(\-–•+*|\t])[ \t\"“]*$")
# The first words of a number in words (`một` only before a scale word: alone it is also "a"), searched with
# `str.find`, and the run and the counted noun (or `phần trăm`) read from each.
_RUN_OPENERS = (
    *(
        w + " "
        for f in ("hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "trăm")
        for w in (f, f.capitalize())
    ),
    *("một trăm", "Một trăm", "một nghìn", "Một nghìn", "một ngàn", "Một ngàn"),
)
_RUN_AT = re.compile(
    rf"(?P<run>{_NUM_WORD}(?:[ \t]+{_NUM_WORD})*)(?P<after>[ \t]+(?:phần[ \t]+trăm|{_COUNTED})(?!\w))", re.IGNORECASE
)
# `Số dịch vụ … hiện là bốn mươi tám.`, `riêng cấp xã mới có sáu.`: a count in words with no noun after it, the last
# words of its clause after `là`/`có`/`đạt` (the noun was named before it).
_RUN_BARE = re.compile(rf"(?P<run>{_NUM_WORD}(?:[ \t]+{_NUM_WORD})*)(?P<after>)(?=[ \t]*[.;](?:\s|$))", re.IGNORECASE)
_VERB_BEFORE_BARE = re.compile(r"(?:^|\s)(?:là|có|đạt)[ \t]+$", re.IGNORECASE)
_NUMBER_WORDS = frozenset(_NUM_WORD[3:-1].split("|"))
_FRACTION_HINTS = (" nửa", " phần ")
_NUMBER_CHARS = frozenset("0123456789.,")
_THOUSAND_HINTS = ("nghìn", "ngàn")


# --- where the hint words of numbers written in words stand: one pass over a text for all of them ---------------
# Reading numbers in words and scales (`_word_runs`, `_number_before`, `_fraction_words`, `_scale_words_after_a_word`)
# starts from some fifty literal words (`năm `, `Ba `, `triệu`, ` phần `, …). Looked for one by one with `str.find`,
# each was a scan of the whole text; one Aho-Corasick automaton finds every occurrence of all of them in one pass.
# (`/`, frequent in dates, is still looked for with `str.find`: an automaton hit costs a step of Python.)
_HINT_WORDS = tuple(
    sorted({*_RUN_OPENERS, *_FRACTION_HINTS, *_THOUSAND_HINTS, *_SCALE_SPELLINGS, "phần trăm", "Phần trăm", "tỷ", "tỉ"})
)


def _hint_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for i, word in enumerate(_HINT_WORDS):
        automaton.add_word(word, (i, len(word)))
    automaton.make_automaton()
    return automaton


_HINTS = _hint_automaton()
_recent_hints: tuple[tuple[str, dict[str, list[int]]], ...] = ()  # (text, its hint positions) of the last few texts


def hint_positions(text: str) -> dict[str, list[int]]:
    """Where each of `_HINT_WORDS` starts in `text`: every occurrence, overlapping ones too, in order (what `str.find`
    from each occurrence + 1 gives); a word that is not there has no entry. Kept for the last few texts (one text is
    read by several of the functions here; a tuple replaced at once, safe with threads)."""
    global _recent_hints
    recent = _recent_hints
    for known, found in recent:
        if known is text:
            return found
    starts: list[list[int]] = [[] for _ in _HINT_WORDS]
    for end, (i, length) in _HINTS.iter(text):
        starts[i].append(end - length + 1)
    found = {word: at for word, at in zip(_HINT_WORDS, starts, strict=True) if at}
    _recent_hints = ((text, found), *recent[:3])
    return found


def _occurrences(text: str, word: str, where: dict[str, list[int]]) -> list[int] | Iterator[int]:
    """The occurrences of `word` in `text` that `i = text.find(word); while i > 0: …; i = text.find(word, i + 1)`
    visits: all of them, unless the first is at the very start (then none)."""
    if word in _HINT_SET:
        found = where.get(word, [])
        return [] if found and found[0] == 0 else found
    return _found_from(text, word)


def _found_from(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i > 0:
        yield i
        i = text.find(word, i + 1)


_HINT_SET = frozenset(_HINT_WORDS)


def _digits(value: float) -> str:
    """`45`, `1.000`, `66,7`: the notation NUMBER_PATTERN reads."""
    whole, frac = divmod(round(value, 1), 1)
    out = f"{int(whole):,}".replace(",", ".")
    return out + (f",{round(frac * 10):d}" if round(frac, 1) else "")


def _word_run_value(text: str, start: int, run: str, percent: bool) -> tuple[int, float] | None:
    """The offset (in `run`) and value of a number in words that counts, or None when the words are no count.
    A bare `trăm` is a number only in `trăm phần trăm` (`hàng trăm cán bộ` is many, no count)."""
    tokens = list(re.finditer(r"\S+", run))
    while (
        tokens
        and tokens[0].group().lower() not in _FIRST_WORDS
        and (tokens[0].group().lower() != "trăm" or not percent or len(tokens) > 1)
    ):
        tokens.pop(0)  # `tư`, `lăm`, `mươi` … go on from a number before them
    if not tokens:
        return None
    first = tokens[0]
    words = [t.group().lower() for t in tokens]
    if words == ["một"] or words == ["mốt"]:
        return None
    at = start + first.start()
    before = text[max(0, at - 24) : at]
    if _ORDINAL_BEFORE.search(before) or before.rstrip(" \t")[-1:].isdigit():
        return None
    if len(words) == 1 and words[0] == "năm" and _NOT_A_COUNT_BEFORE.search(before):
        return None  # `trong năm`, `mỗi năm`: the year
    if first.group()[0].isupper() and not _SENTENCE_OPENS.search(before):
        return None  # `Ba Vì`, `Năm Căn`: a name
    try:
        return first.start(), parse_number_words(" ".join(words))
    except ValueError:
        return None


def _word_runs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, before `phần trăm`) of each run of number words right before a counted noun or `phần trăm`,
    found from each first word of a number where `hint_positions` finds it (a regex scan of the whole text is many
    times slower; most texts hold few such words)."""
    where = hint_positions(text)
    for first in _RUN_OPENERS:
        for at in where.get(first, ()):
            if at and text[at - 1].isalnum():
                continue  # inside a word (`khai`)
            if (m := _RUN_AT.match(text, at)) is None:
                m = _RUN_BARE.match(text, at)
                if m is None or not _VERB_BEFORE_BARE.search(text, max(0, at - 8), at):
                    continue
                run = m.group("run").lower()
                if run in ("một", "mười") or run.endswith("năm"):
                    continue  # `có năm.`, `đã có hai năm.` (two years): no count sure enough
            prev = text[max(0, at - 9) : at].rsplit(None, 1)
            if prev and prev[-1].lower() in _NUMBER_WORDS:
                continue  # inside a run read from its first word
            yield at, m.end("run"), m.group("after").lstrip().lower().startswith("phần")
    # one word, the clause's last (`mới có sáu.`)
    for first in ("hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín"):
        for stop in (".", ";"):
            i = text.find(first + stop)
            while i > 0:
                at, i = i, text.find(first + stop, i + 1)
                if text[at - 1] in " \t" and _VERB_BEFORE_BARE.search(text, max(0, at - 8), at):
                    yield at, at + len(first), False


def _number_before(text: str, hints: tuple[str, ...], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern` matched at a number in digits right before one of `hints` (`12 nghìn`, `95 phần trăm`, `12 500
    triệu`), found from each hint where `hint_positions` finds it (`/` with `str.find`; a regex scan of the whole text
    is several times slower)."""
    where = hint_positions(text)
    for hint in hints:
        for i in _occurrences(text, hint, where):
            if text[i - 1].isdigit() or (i > 1 and text[i - 1] in " \t" and text[i - 2].isdigit()):
                k = i - 1 if text[i - 1] in " \t" else i
                while k > 0 and (
                    text[k - 1] in _NUMBER_CHARS or (text[k - 1] == " " and text[k - 2 : k - 1].isdigit())
                ):
                    k -= 1  # back over the number (its thousands may be split by spaces)
                for j in range(k, i):
                    if text[j].isdigit() and (j == 0 or text[j - 1] not in _NUMBER_CHARS):
                        if (m := pattern.match(text, j)) is not None:
                            yield m
                            break


def _fraction_words(text: str) -> Iterator[re.Match[str]]:
    """`_FRACTION_WORDS` matched from the word before each ` nửa` / ` phần ` (a regex scan of the text is slow)."""
    where = hint_positions(text)
    for hint in _FRACTION_HINTS:
        for i in _occurrences(text, hint, where):
            k = i
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            if k > 0 and text[k - 1].isalnum():
                continue
            if (m := _FRACTION_WORDS.match(text, k)) is not None:
                yield m
            elif (m := _FRACTION_WORDS_LAST.match(text, k)) is not None and _SHARE_VERB_BEFORE.search(
                text, max(0, k - 24), k
            ):
                yield m


def digitise_numbers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with numbers written other ways rewritten in digits (same length), and the rewritten spans."""
    edits: list[tuple[int, int, str]] = []
    has_digits = any(c in text for c in "0123456789")
    if has_digits:
        for m in _grouped(_SPACED_THOUSANDS, _SPACE_AND_GROUP, text):
            edits.append((m.start(), m.end(), m.group().replace(" ", ".")))
        # (a text that groups thousands with dots never does so with commas)
        if "," in text and next(_grouped(_DOT_THOUSANDS, _DOT_AND_GROUP, text), None) is None:
            for m in _number_before(text, _COMMA_THOUSANDS_HINTS, _COMMA_THOUSANDS):
                if _BEYOND_ANY_PLAN.match(text, m.start()):
                    continue  # `131,680 tỷ`: read as thousands it would be past any plan's money; a decimal comma
                edits.append((m.start(), m.end(), m.group().replace(",", ".")))
        if "." in text:
            for m in _number_before(text, ("tỷ", "tỉ", "triệu"), _POINT_DECIMAL):
                edits.append((m.start(), m.end(), m.group().replace(".", ",")))
        if any(h in hint_positions(text) for h in _THOUSAND_HINTS):
            for m in _number_before(text, _THOUSAND_HINTS, _THOUSAND_OF):
                n, *rest = m.group().split()
                tail = int(rest[1]) if len(rest) > 1 else 0  # (`4 nghìn 200`: the hundreds after the word)
                edits.append((m.start(), m.end(), _digits(float(n.replace(",", ".")) * 1000 + tail)))
        if "phần trăm" in hint_positions(text) or "Phần trăm" in hint_positions(text):
            for m in _number_before(text, ("phần trăm", "Phần trăm"), _DIGITS_PERCENT):
                edits.append((m.start(), m.end(), m.group(1) + "%"))
        if " trên " in text:
            # `200 trên tổng số 226 xã`, `15 trên 20 sở, ban, ngành`: `trên` is "out of", the fraction `a/b` of a
            # level (issue #11, round 23); not a rank (`thứ 12 trên 63 tỉnh`) nor `trên 90%` (no count before it).
            # (matched from each `trên` with a number right before it: a scan of the whole text with this
            # case-blind pattern cost a quarter of digitise_numbers)
            taken = -1
            for m in sorted(_number_before(text, ("trên", "Trên", "TRÊN"), _OUT_OF), key=lambda m: m.start()):
                if m.start() < taken:
                    continue
                taken = m.end()
                a, b = int(m.group("a").replace(".", "")), int(m.group("b").replace(".", ""))
                if 0 < a <= b and not _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    edits.append((m.start(), m.end(), f"{m.group('a')}/{m.group('b')}"))
    if " trong số " in text or " trong tổng số " in text:
        for m, a in _among(text):
            b = int(m.group("b").replace(".", ""))
            if 0 < a <= b and not _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                edits.append((m.start(), m.end(), f"{a}/{m.group('b')}"))
    if has_digits:
        if "/" in text and " số" in text:
            for m in _number_before(text, ("/",), _SMALL_FRACTION):
                num, den = int(m.group("num")), int(m.group("den"))
                if 0 < num <= den <= 10:
                    edits.append((m.start(), m.end(), _digits(num / den * 100) + "%"))
    for m in _fraction_words(text):
        if m.group("num") is None:
            share = 50.0
        else:
            try:
                share = parse_number_words(m.group("num")) / parse_number_words(m.group("den")) * 100
            except ValueError:
                continue
        if 0 < share <= 100:
            span = m.span("half") if m.group("half") else (m.start(), m.end("run"))
            edits.append((*span, _digits(share) + "%"))
    for start, end, percent in _word_runs(text):
        read = _word_run_value(text, start, text[start:end], percent)
        if read is not None:
            stop = text.index("trăm", end) + 4 if percent else end
            edits.append((start + read[0], stop, _digits(read[1]) + ("%" if percent else "")))
    edits.sort()
    if not edits and not has_digits:
        return text, []
    edits = _apply_free(edits)
    pieces, at = [], 0
    for a, b, new in edits:
        pieces += [text[at:a], new.rjust(b - a)]
        at = b
    out = "".join([*pieces, text[at:]]) if edits else text
    spans = [(a, b) for a, b, _ in edits]
    if has_digits and ("cứ " in text or "Cứ " in text) and _THEN.search(text):  # (both words of `cứ … thì`)
        rewritten = out
        for m in _EACH_TEN.finditer(rewritten):
            if m.start() and rewritten[m.start() - 1].isalnum():
                continue
            whole, part = int(m.group("whole")), int(m.group("part"))
            if not 0 < part <= whole:
                continue
            # (`thì có gần 8 người`: the qualifier stays before the share)
            qualifier = f"{m.group('q')} " if m.group("q") else ""
            new = f"{qualifier}{_digits(part / whole * 100)}% {m.group('noun')}"
            a, b = m.start(), m.end()
            if len(new) > b - a:
                continue
            out = out[:a] + new.rjust(b - a) + out[b:]
            spans = [s for s in spans if s[1] <= a or s[0] >= b] + [(a, b)]
    if not spans:
        return text, []
    return out, sorted(spans)


def _apply_free(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The edits in text order, each longer than its new text needs, none overlapping an earlier-listed one."""
    kept: list[tuple[int, int, str]] = []
    for a, b, new in edits:
        if len(new) <= b - a and not any(a < kb and ka < b for ka, kb, _ in kept):
            kept.append((a, b, new))
    return sorted(kept)
