"""Every number in a text, what kind of number it is, and whether a fact was read from it (numbers.csv).

Nothing a source states is silently dropped: each number written with digits gets one row, with the fact it
became (`read_as`, the fact's indicator) or why it became none (`why_not`). The numbers are those the engine
finds once per document (`Layout.numbers`, the project's number notation: `1.409`, `1,1`), plus any run of
digits that notation does not start a number at (the `2` of a section `1.2`, or a digit glued after a dot or
comma): every digit of the text lies in exactly one row. Numbers written in words get a row only when a fact
was read from them (money in words: `bốn tỷ hai trăm năm mươi triệu đồng`, the words as the row's text).

`unit` says what the number is, from the words around it:
  percent      followed by `%` (or the low end of `50 - 60%`)
  million_vnd  an amount of money (`tỷ`, `triệu`, `đồng`, `VNĐ`), value converted to million VND; in a budget
               table, the table's cells in its own unit converted likewise
  mbps         followed by `Kbps`/`Mbps`/`Gbps`, value in Mbps
  date         part of a date (`29/10/2015`, `10/2015`, `ngày 29 tháng 10 năm 2015`, `16:47`) or a year
               (`năm 2020`, `giai đoạn 2016-2020`, a four-digit 1950-2100 not followed by a word)
  doc_ref      part of a document number (`176/KH-UBND`, `43/2011/NĐ-CP`, `Quyết định số 1819`, `Đề án 112`) or
               an article or clause (`Điều 3`, `khoản 2`)
  count        followed by a word (`52 điểm`, `18 huyện`)
  other        anything else (`21/24`, a heading's `1.`)
`value` is the number itself (`1.409` → 1409), except money and bandwidth, which are converted.

`read_as` is the indicator of the fact whose value the number gave (its value, or the low or high of a range;
both numbers of `15 tỷ 945 triệu đồng`), or `budget_line` for a cell of a budget table (budget_lines.csv).
A number inside a fact's quote that is not its value (a year, a level) is not read. When one number gave
several facts their indicators are joined with `;`.

`why_not` (empty when read), a small fixed vocabulary, the first that applies:
  duplicate of a fact already read   a rule read it, but the same fact (indicator, kind, scope, year, value)
                                     was read earlier in the document and is kept once
  part of a date                     unit date, except a year
  year                               a year on its own
  document reference                 part of a document number
  article or clause number           `Điều 3`, `khoản 2`, `mục 1`, `Chương 2`, `phần 3`, `điểm 4`
  names a level                      `mức độ 3`, `mức độ 3 và 4`, `cả 3 cấp`, `cấp 2` (unit other)
  ranking                            `xếp thứ 5`, `đứng thứ 12`, `hạng 3`, `top 10`, `01 trong các tỉnh` (unit other)
  in a budget table line             a budget table row's code or a number in its item's name
  heading or list number             a number opening a line and followed by `.` or `)` (`1.`, `2)`)
  part of a dotted number            a digit run the number notation does not start at (the `5` of `2.5`); one
                                     that continues an unread number (`1.2` of a heading) has that one's reason
  in a fact's quote, not its value   inside the words a fact was read from, not its value (`ít nhất 1 cán bộ`
                                     in `100% sở, ngành có ít nhất 1 cán bộ chuyên trách`)
  after the article                  on a news page, in the related news or comments after its article
                                     (metadata.article_end): other articles' figures
  about another province              a province other than the document's is named last before it in its
                                     sentence (`Tỉnh Gia Lai có 95 dịch vụ …` in news filed under Đắk Lắk):
                                     that province's figure, no fact of this document
  no rule read it                    any other number: a percentage, amount, bandwidth or count that no
                                     extractor rule turned into a fact (no indicator cue the rules know stands
                                     near it, or it is about something the codebook does not list; or a share
                                     read at over 100 %, which no share can be: an OCR error such as `859%`
                                     for `85%` is left for a reader to look at; or a count of a million or
                                     more, an amount in a list of projects read after its cue)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from analysis.extract.budget import BudgetLine
from analysis.extract.engine import Layout
from analysis.extract.facts import Fact
from analysis.extract.prefilter import search_from_words

__all__ = ["NUMBER_COLUMNS", "NUMBER_UNITS", "WHY_NOT", "list_numbers"]

NUMBER_COLUMNS = [
    "doc_id",
    "source_file",
    "char_start",
    "char_end",
    "text",
    "value",
    "unit",
    "sentence",
    "read_as",
    "why_not",
]
NUMBER_UNITS = ["percent", "count", "million_vnd", "mbps", "date", "doc_ref", "other"]
DUPLICATE = "duplicate of a fact already read"
DATE = "part of a date"
YEAR = "year"
DOC_REF = "document reference"
ARTICLE = "article or clause number"
HEADING = "heading or list number"
DOTTED = "part of a dotted number"
LEVEL = "names a level"
RANKING = "ranking"
BUDGET_LINE = "in a budget table line"
IN_QUOTE = "in a fact's quote, not its value"
AFTER_ARTICLE = "after the article"
OTHER_PROVINCE = "about another province"
NOT_READ = "no rule read it"
WHY_NOT = [
    DUPLICATE, DATE, YEAR, DOC_REF, ARTICLE, LEVEL, RANKING, BUDGET_LINE, HEADING, DOTTED, IN_QUOTE, AFTER_ARTICLE,
    OTHER_PROVINCE, NOT_READ,
]  # fmt: skip

_SENTENCE_MAX = 600  # a longer "sentence" (a table flattened into one line) is cut to this around the number

# Every before-window pattern below ends with one of these separators or words (then spaces): a number preceded
# by neither needs none of them tried.
_SEPARATORS = set("/-–—:,")
# What may follow a number that opens a date, a time or a document number (`29/10`, `16:47`, `36a/NQ`, `216-CTr`).
_JOINERS = set("-/:h") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_KEYWORDS = {
    *"ngày tháng năm đoạn từ đến tới khóa điều khoản chương mục phần điểm tiết thứ hạng top mức độ cấp và hoặc".split(),
    *"số định quyết tư thị hoạch văn bản trình án luật cáo báo dẫn cả các ở tại trong".split(),
}
_KEYWORD_ENDINGS = tuple(sorted(k for k in _KEYWORDS if 2 <= len(k) <= 6))  # a keyword glued after a word
# Matched at the number's start: `29/10/2015`, `10/2015`, `16:47`, `16h47`.
_SLASH_DATE = re.compile(r"\d{1,2}/\d{1,2}/ ?(?:19|20)\d{2}(?![\d/])|\d{1,2}/(?:19|20)\d{2}(?![\d/])")
_TIME = re.compile(r"\d{1,2}(?::|h)\d{2}(?![\d/:])")
# Matched at the number's start: `176/KH-UBND`, `43/2011/NĐ-CP`, `36a/NQ-CP`, `855/QĐ .GV-UBND`.
_DOC_NUMBER = re.compile(r"\d+[a-zA-Z]?(?:/\d+)*(?:/\s*[A-ZĐ]|-[A-ZĐ][A-Za-zĐ]*[-/])")
# Searched in the lower-cased text just before the number (`$` is the number's start).
_DATE_BEFORE = re.compile(r"(?:ngày|tháng)\s*$|tháng\s*\d{1,2}\s*(?:năm|/|-)\s*$")
_YEAR_BEFORE = re.compile(
    r"(?:năm|giai đoạn|đoạn|từ|đến|tới|niên khóa|khóa)\s*$|\d{4}\s*[-–—]\s*$|\d/[a-zđ]+(?:-[a-zđ]+)*\s*$"
)
_DOC_BEFORE = re.compile(
    r"(?:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|kế hoạch|công văn|văn bản|tờ trình|đề án|chương trình"
    r"|luật|báo cáo|thông báo|hướng dẫn)(?:[^\d\n.;]{0,25}?\ssố)?\s*:?\s*$|số\s*(?:hiệu\s*)?:\s*$"
)
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:điều|khoản|chương|mục|phần|điểm|tiết)\s*$")
# `mức độ 3`, `cấp độ 4`, `mức 2` name a level; `cấp 2` and the second of `mức độ 3 và 4` do only when no word follows the
# number: `cung cấp 60 dịch vụ`, `đã cấp 1.200 chứng thư số`, `mức độ 3 và 12 dịch vụ mức độ 4` are counts.
_LEVEL_BEFORE = re.compile(r"(?:mức|cấp)\s*độ\s*$|mức\s*$|(?P<maybe>cấp\s*|mức\s*độ\s*\d\s*(?:và|,|-|/|hoặc)\s*)$")
_LEVEL_AFTER = re.compile(r"\s*cấp(?!\s*(?:xã|huyện|tỉnh))(?:\s*(?:chính quyền|hành chính))?\b")
_LEVEL_AFTER_BEFORE = re.compile(r"(?:cả|các|ở|tại|trong)\s*$")
_RANK_BEFORE = re.compile(r"(?:thứ|hạng|top)\s*(?:\d+\s*/\s*)?$")
_RANK_AFTER = re.compile(r"\s*trong\s*(?:số\s*)?(?:\d+\s*|các\s*)(?:tỉnh|địa phương)")
# After `triệu`/`tỷ` without a currency: millions of people, visits, records … (a count, not money).
_MILLIONS_OF = re.compile(r"[ \t]*(?:người|lượt|hộ|thuê bao|dân|hồ sơ|văn bản|trang|tin|lần|tài khoản)\b")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?![\d/])")
_BANDWIDTH = re.compile(r"\s*([kmg])bps", re.IGNORECASE)
_BANDWIDTH_FACTOR = {"k": 0.001, "m": 1.0, "g": 1000.0}


def _as_written(rewritten, source, starts, ends, texts, units, value, read_as, why_not):
    """The rows of numbers read from rewritten spans (vietnamese.digitise_numbers), as the source writes them:
    one row per span, its whole words or digits as its text (`bốn mươi lăm`, `12 500`). A span written in words
    that no fact was read from gets no row (numbers in words are listed when read); one with digits keeps its row."""
    span_starts = [a for a, _ in rewritten]
    cols: list[list] = [[], [], [], [], [], [], []]
    at_span: dict[int, int] = {}
    for row in range(len(starts)):
        a = starts[row]
        k = bisect.bisect_right(span_starts, a) - 1
        if k < 0 or not rewritten[k][0] <= a < rewritten[k][1]:
            for col, v in zip(
                cols, (a, ends[row], texts[row], units[row], value[row], read_as[row], why_not[row]), strict=True
            ):
                col.append(v)
            continue
        sa, sb = rewritten[k]
        if k in at_span:  # a second number of one span (none is written so): its reading joins the first's
            first = at_span[k]
            if read_as[row] and read_as[row] not in cols[5][first]:
                cols[5][first] = ";".join(x for x in (cols[5][first], read_as[row]) if x)
                cols[6][first] = ""
            continue
        if not read_as[row] and not any(c.isdigit() for c in source[sa:sb]):
            continue
        at_span[k] = len(cols[0])
        for col, v in zip(
            cols, (sa, sb, source[sa:sb], units[row], value[row], read_as[row], why_not[row]), strict=True
        ):
            col.append(v)
    return tuple(cols)


def _inside(starts: list[int], begin: int, end: int) -> range:
    """Indices of the numbers (by their starts, sorted) that start in [begin, end)."""
    return range(bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end))


def _mark_facts(facts: Iterable[Fact], starts: list[int], into: dict[int, list[str]]) -> None:
    for f in facts:
        if f.value_start is None or f.value_end is None:
            continue
        for i in _inside(starts, f.value_start, f.value_end):
            names = into.setdefault(i, [])
            if f.indicator not in names:
                names.append(f.indicator)


def list_numbers(
    layout: Layout,
    facts: list[Fact],
    dropped: list[Fact] | None = None,
    budget_lines: list[BudgetLine] | None = None,
    rewritten: list[tuple[int, int]] | None = None,
    source: str | None = None,
) -> dict[str, list]:
    """numbers.csv's rows for one document, as columns (NUMBER_COLUMNS). `facts` are the document's facts,
    `dropped` those `dedupe` left out, `budget_lines` its budget table's rows; `rewritten` the spans of `source` (the
    text before vietnamese.digitise_numbers) that the layout's text holds in digits."""
    ctx, text, folded = layout.ctx, layout.text, layout.folded
    spans = layout.numbers
    starts = layout.number_starts
    after_chars = layout.after_numbers
    n = len(spans)
    unit: list[str | None] = [None] * n
    # A number as NUMBER_PATTERN finds it: thousands dots and a decimal comma (what parse_number reads). All of
    # them are rewritten at once (a number holds only digits, dots and commas; none holds the separator).
    tokens = [text[a:b] for a, b in spans]
    value: list[float | None] = (
        list(map(float, "\n".join(tokens).replace(".", "").replace(",", ".").split("\n"))) if tokens else []
    )
    why: list[str | None] = [None] * n
    article_ends = ctx.article_end if ctx.article_end is not None else len(text)

    for amount in layout.percents:
        for i in _inside(starts, amount.start, amount.end):
            unit[i] = "percent"
    for amount in layout.money:
        inside = _inside(starts, amount.start, amount.end)
        # `1,5 triệu người`: millions of something else, not money (a count, in units).
        if _MILLIONS_OF.match(text, amount.end):
            for k, i in enumerate(inside):
                unit[i] = "count"
                if k == 0:
                    value[i] = round(amount.value * 1e6, 6) if amount.value is not None else value[i]
            continue
        for k, i in enumerate(inside):
            unit[i] = "million_vnd"
            if k == 0:
                value[i] = amount.value
    read: dict[int, list[str]] = {}
    _mark_facts(facts, starts, read)
    duplicates: dict[int, list[str]] = {}
    _mark_facts(dropped or [], starts, duplicates)
    for line in budget_lines or []:
        cells = iter(line.numbers)
        for i in _inside(starts, line.char_start, line.char_end):
            a, b = spans[i]
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            if text[line_start:a].strip() == "" and text[b : len(text) if line_end < 0 else line_end].strip() == "":
                cell = next(cells, None)
                if cell is not None and unit[i] is None:
                    unit[i], value[i] = "million_vnd", round(cell, 6)
                    read.setdefault(i, []).append("budget_line")
                    continue
            if i not in read:
                why[i] = BUDGET_LINE

    # Dates, document numbers and times cover several numbers: each is marked from its first number.
    covered_until = -1
    joined = [i for i, (_, b) in enumerate(spans) if text[b : b + 1] in _JOINERS]
    for i in joined:
        a, b = spans[i]
        if unit[i] is not None or a < covered_until:
            continue
        nxt, m, kind, reason = text[b : b + 1], None, "date", DATE
        if nxt == "-":  # `216-CTr/TU`
            m, kind, reason = _DOC_NUMBER.match(text, a), "doc_ref", DOC_REF
        elif nxt == "/":
            m = _SLASH_DATE.match(text, a)
            if m is None and search_from_words(_DATE_BEFORE, folded, max(0, a - 16), a):  # `ngày 15/6`
                m = _DAY_MONTH.match(text, a)
            if m is None:
                m, kind, reason = _DOC_NUMBER.match(text, a), "doc_ref", DOC_REF
        elif nxt in (":", "h"):
            m = _TIME.match(text, a)
        elif nxt.isascii() and nxt.isalpha():  # `36a/NQ-CP`
            m, kind, reason = _DOC_NUMBER.match(text, a), "doc_ref", DOC_REF
        if m is None:
            continue
        covered_until = m.end()
        for j in _inside(starts, a, m.end()):
            if unit[j] is None:
                unit[j] = kind
                why[j] = why[j] or reason

    # The facts' quotes, overlapping ones merged: a number inside one is in the words a fact was read from.
    quote_starts: list[int] = []
    quote_ends: list[int] = []
    for q_start, q_end in sorted((f.char_start, f.char_end) for f in facts):
        if quote_ends and q_start <= quote_ends[-1]:
            quote_ends[-1] = max(quote_ends[-1], q_end)
        else:
            quote_starts.append(q_start)
            quote_ends.append(q_end)
    # Numbers with a unit and a reason (or read) already need nothing more.
    todo = [i for i, u in enumerate(unit) if u is None or (i not in read and why[i] in (None, BUDGET_LINE))]
    for i in todo:
        is_read = i in read
        a, b = spans[i]
        after = after_chars[i]
        lo = a - 32 if a > 32 else 0
        # The before-window's patterns all end with a keyword or a separator: most numbers have neither.
        tail = folded[lo:a].rstrip()
        word = tail[max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t")) + 1 :].lstrip("(\"'“[")
        look_before = (
            tail[-1:] in _SEPARATORS
            or "/" in word  # `176/KH-UBND 2015`
            or word in _KEYWORDS
            or word.endswith(_KEYWORD_ENDINGS)  # also glued to the word before: `mứcđộ 3`, `đếnnăm 2020`
        )
        if unit[i] is None:
            if after in "kKmMgG" and after and (m := _BANDWIDTH.match(text, b)) is not None:
                unit[i] = "mbps"
                value[i] = round(value[i] * _BANDWIDTH_FACTOR[m.group(1).lower()], 6)
            elif look_before and search_from_words(_DATE_BEFORE, folded, lo, a):
                unit[i], why[i] = "date", why[i] or DATE
            elif (
                b - a == 4
                and (token := text[a:b]).isdigit()
                and 1950 <= int(token) <= 2100
                and (not after.isalpha() or (look_before and _YEAR_BEFORE.search(folded, lo, a)))
            ):
                unit[i], why[i] = "date", why[i] or YEAR
            elif look_before and search_from_words(_DOC_BEFORE, folded, lo, a):
                unit[i], why[i] = "doc_ref", why[i] or DOC_REF
            elif look_before and search_from_words(_ARTICLE_BEFORE, folded, lo, a):
                unit[i], why[i] = "doc_ref", why[i] or ARTICLE
            else:
                unit[i] = "count" if after.isalpha() else "other"
        # Why it was not read: context first, then the fallback.
        if is_read or (why[i] is not None and why[i] != BUDGET_LINE):
            continue
        if i in duplicates:
            why[i] = DUPLICATE
        elif (
            look_before
            and (level := search_from_words(_LEVEL_BEFORE, folded, lo, a)) is not None
            and not (level.group("maybe") and after.isalpha())
        ) or (after == "c" and _LEVEL_AFTER.match(folded, b) and _LEVEL_AFTER_BEFORE.search(folded, lo, a)):
            unit[i], why[i] = "other", LEVEL
        elif (look_before and _RANK_BEFORE.search(folded, lo, a)) or (after == "t" and _RANK_AFTER.match(folded, b)):
            unit[i], why[i] = "other", RANKING
        elif why[i] == BUDGET_LINE:
            continue
        elif text[b : b + 1] in ".)" and text[text.rfind("\n", 0, a) + 1 : a].strip(" \t-+•") == "":
            why[i] = HEADING
        elif (q := bisect.bisect_right(quote_starts, a) - 1) >= 0 and quote_ends[q] >= b:
            why[i] = IN_QUOTE
        elif a >= article_ends:
            why[i] = AFTER_ARTICLE
        elif layout.names_other_provinces and layout.other_province_before(a) is not None:
            why[i] = OTHER_PROVINCE
        else:
            why[i] = NOT_READ

    starts_ = starts
    ends_ = [b for _, b in spans]
    units = [u or "other" for u in unit]
    read_as = [";".join(read[i]) if i in read else "" for i in range(n)]
    why_not = ["" if i in read else w for i, w in enumerate(why)]
    texts = tokens
    runs = layout.digit_runs
    if runs:  # digit runs no number covers get rows of their own, in text order
        starts_, ends_, texts = list(starts_), list(ends_), list(texts)  # (copies: appended to below)
        for a, b, prev in runs:
            reason = DOTTED
            if prev >= 0 and ends_[prev] == a - 1 and why_not[prev] not in ("", NOT_READ):
                reason = why_not[prev]  # `1.2` of a heading or a table's code …
            starts_.append(a)
            ends_.append(b)
            texts.append(text[a:b])
            units.append("other")
            value.append(float(text[a:b]))
            read_as.append("")
            why_not.append(reason)
        order = sorted(range(len(starts_)), key=starts_.__getitem__)
        starts_, ends_, texts, units, value, read_as, why_not = (
            [col[k] for k in order] for col in (starts_, ends_, texts, units, value, read_as, why_not)
        )

    # Money written only in words (`bốn tỷ hai trăm năm mươi triệu đồng`) that a fact was read from: a row of
    # its own, the words as its text (no digit of them is in another row).
    in_words: dict[tuple[int, int], list[str]] = {}
    for f in facts:
        vs, ve = f.value_start, f.value_end
        if vs is not None and ve is not None and f.indicator.endswith("_mvnd") and not _inside(starts, vs, ve):
            names = in_words.setdefault((vs, ve), [])
            if f.indicator not in names:
                names.append(f.indicator)
    if in_words:
        for (a, b), names in sorted(in_words.items()):
            starts_, ends_, texts = [*starts_, a], [*ends_, b], [*texts, text[a:b]]
            units.append("million_vnd")
            value.append(next(f.value for f in facts if (f.value_start, f.value_end) == (a, b)))
            read_as.append(";".join(names))
            why_not.append("")
        order = sorted(range(len(starts_)), key=starts_.__getitem__)
        starts_, ends_, texts, units, value, read_as, why_not = (
            [col[k] for k in order] for col in (starts_, ends_, texts, units, value, read_as, why_not)
        )

    if rewritten and source is not None:
        starts_, ends_, texts, units, value, read_as, why_not = _as_written(
            rewritten, source, starts_, ends_, texts, units, value, read_as, why_not
        )

    # Each number's sentence (the last sentence that starts at or before it); numbers of one sentence share
    # its text. A longer "sentence" (a table flattened into one line) is cut around each number.
    sentences = layout.sentences or [(0, len(text))]
    after_start = list(map(functools.partial(bisect.bisect_right, [s for s, _ in sentences]), starts_))
    shared: dict[int, str | None] = {}
    for k in set(after_start):
        s, e = sentences[k - 1 if k else 0]
        shared[k] = text[s:e].strip() if e - s <= _SENTENCE_MAX else None
    sentence_text = [shared[k] for k in after_start]
    if None in shared.values():
        for row, k in enumerate(after_start):
            if sentence_text[row] is None:
                s, e = sentences[k - 1 if k else 0]
                s = max(s, starts_[row] - _SENTENCE_MAX // 2)
                sentence_text[row] = text[s : min(e, s + _SENTENCE_MAX)].strip()
    rows = len(starts_)
    return {
        "doc_id": [ctx.doc_id] * rows,
        "source_file": [ctx.source_file] * rows,
        "char_start": starts_,
        "char_end": ends_,
        "text": texts,
        "value": value,
        "unit": units,
        "sentence": sentence_text,
        "read_as": read_as,
        "why_not": why_not,
    }
