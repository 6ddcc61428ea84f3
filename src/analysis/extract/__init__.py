"""Extraction: plan texts → documents, facts (each with its quote and offsets), budget lines and numbers.

One module per dimension holds that dimension's rules (`budget.py`, …); this module runs them over a corpus
and writes the four interim tables (`numbers`: every number in every text, read or with the reason it was
not; see `numbers.py`). Nothing here interprets beyond what the text says: cleaning happens in
`analysis.clean`.
"""

from __future__ import annotations

import bisect
import logging
import re
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from analysis import codebook
from analysis.atomic import atomic_write_many
from analysis.corpus import DEFAULT_MAX_BYTES, ReadProblem, SourceText, read_corpus
from analysis.executors import InlineExecutor, run_all
from analysis.extract import adoption, infrastructure, services, staffing
from analysis.extract.budget import BUDGET_LINE_COLUMNS, extract_budget_facts, extract_budget_table
from analysis.extract.engine import _LEVEL_PAIR, Layout, extract_counts, extract_percents
from analysis.extract.facts import DocContext, Fact, dedupe
from analysis.extract.metadata import (
    DOCUMENT_COLUMNS,
    DocumentMeta,
    article_end,
    as_of_date,
    extract_metadata,
    names_one_unit,
    one_district_news,
    years_into_period,
)
from analysis.extract.numbers import NUMBER_COLUMNS, list_numbers
from analysis.extract.prefilter import finditer_from_words
from analysis.extract.tables import extract_indicator_tables, extract_year_lists
from analysis.extract.unwrap import rebuild_cell_rows, restore_quotes, unwrap_lines
from analysis.formats import PAGED_FORMATS
from analysis.vietnamese import Amount, digitise_numbers

__all__ = [
    "ExtractResult",
    "extract_corpus",
    "extract_facts",
    "extract_source",
    "extract_source_numbers",
    "write_interim",
]

log = logging.getLogger(__name__)

# Each dimension lists its rules in its own module; they run together so that, for every number, the cue
# nearest to it wins across dimensions.
DIMENSION_MODULES = [services, staffing, adoption, infrastructure]
PERCENT_RULES = [r for m in DIMENSION_MODULES for r in m.PERCENT_RULES]
COUNT_RULES = [r for m in DIMENSION_MODULES for r in m.COUNT_RULES]


@dataclass
class ExtractResult:
    documents: pd.DataFrame
    facts: pd.DataFrame
    budget_lines: pd.DataFrame
    numbers: pd.DataFrame = field(default_factory=lambda: pd.DataFrame([], columns=NUMBER_COLUMNS))
    problems: list[ReadProblem] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (skipped file, same as file)


def _context(source: SourceText, meta: DocumentMeta, text: str | None = None) -> DocContext:
    body = source.text if text is None else text
    end = article_end(body) if meta.doc_type == "news_article" else None
    published = (meta.published.year, meta.published.month) if meta.published else None
    if published is None and meta.issued is None and meta.doc_type == "news_article":
        # An article with no date of its own nor of a document it reports speaks as of the date it states its
        # figures as of (`Tính đến hết tháng 11/2021, …`): its year is that of its baselines.
        published = as_of_date(body, end)
    if published is None and meta.issued is None and meta.genre in ("report", "news_review", "news_mixed"):
        # An undated review that says how far into its plan it looks (`Sơ kết 3 năm thực hiện Kế hoạch … 2016 - 2020`)
        # speaks as of that year, not of the period's end (round 24, lead).
        if (year := years_into_period(body, meta.period_start, meta.period_end)) is not None:
            published = (year, None)
    return DocContext(
        doc_id=meta.doc_id,
        source_file=source.source_file,
        text=source.text if text is None else text,
        issued_year=meta.issued.year if meta.issued else None,
        period_start=meta.period_start,
        period_end=meta.period_end,
        doc_type=meta.doc_type,
        genre=meta.genre,
        published_year=published[0] if published else None,
        published_month=published[1] if published else None,
        # (on the text the rules read, as metadata did: offsets are the source's, one character for one)
        article_end=end,
        issuer_level=meta.issuer_level,
        province=meta.province,
        slides=source.source_format == "pptx",
    )


def extract_facts(ctx: DocContext, layout: Layout | None = None) -> tuple[list[Fact], list[Fact]]:
    """Every fact the rules read in one text, in both forms: all that were found (numbers.csv says why a dropped
    one was dropped) and those kept after de-duplication. The one place the rules of every dimension are run
    together; tests give it a DocContext of their own to read a sentence in a chosen setting."""
    layout = layout or Layout(ctx)
    found: list[Fact] = extract_budget_facts(ctx, amounts=layout.money, layout=layout)
    found += extract_percents(ctx, PERCENT_RULES, layout)
    found += extract_counts(ctx, COUNT_RULES, layout)
    tables = extract_indicator_tables(ctx, PERCENT_RULES, COUNT_RULES, layout)
    tables += extract_year_lists(ctx, COUNT_RULES, layout)
    cells = {f.value_start for f in tables}
    if cells:  # a table's cell under a column by level is that level's, not the sentence rules' (they name none);
        # a number in a results table's notes is the row's indicator of the year or level the note names; a cell that
        # carries its unit (`83%` under `Năm 2019`) is its column's, not a sentence's with no year
        found = [f for f in found if f.value_start not in cells]
    if replaced := {f.value_start for f in tables if f.rule.startswith("table.replaced.")}:
        # the column of figures an adjusted plan replaces (`| Kế hoạch đã ban hành | Điều chỉnh |`): no fact at all
        found = [f for f in found if f.value_start not in replaced]
        tables = [f for f in tables if not f.rule.startswith("table.replaced.")]
    found += tables
    if "thực tế" in ctx.text and (claims := _refuted_claims(ctx.text)):
        found = [f for f in found if not any(a <= (f.value_start or f.char_start) < b for a, b in claims)]
    own_level, pairs_kept = ctx.issuer_level, False
    if ctx.doc_type == "news_article" and one_district_news(ctx.text):
        # news about one district speaks of it as the district's own plan does; a value it gives its levels together
        # (`cán bộ, công chức cấp huyện và xã`) stays of both
        own_level, pairs_kept = "district", True
    if own_level in ("district", "commune"):
        # A district's own plan names no level when it speaks of the whole district: its `all` is that district's
        # (never the province's: comparisons of provinces read `all`). A level it names stays as named.
        for f in found:
            if f.scope == "all" and not (pairs_kept and _levels_together(layout, f)):
                f.scope = own_level
    if own_level is None or own_level == "province":
        # A province's text giving its districts' figures one by one (`Cao nhất là huyện Yên Thế (97%)`, `huyện Đồng Hỷ
        # có 22 dịch vụ mức độ 3`): one district's figure is no level's value (issue #11, round 23, dev_district).
        found = [f for f in found if not _of_one_named_unit(ctx.text, f)]
    # A share is at most 100 %: `859%` (an OCR'd `85%`), `tăng 150%` read as a share, are no share. (Computers per
    # 100 staff can pass 100.)
    found = [f for f in found if not _over_a_whole(f) and not _money_as_a_count(f)]
    found = [f for f in found if not _the_complement(layout.folded, f)]
    if ctx.doc_type == "news_article":
        found = _headline_restated(ctx.text, found)
    if any(w in layout.folded for w in ("tỷ lệ này", "con số này", "tỷ lệ đó", "con số đó")):
        found += _this_share(layout, found)
        found += _this_count(layout, found)
    if "hệ thống này" in layout.folded or "hệ thống đó" in layout.folded:
        found += _this_system(layout, found)
    if any(w in layout.folded for w in ("việc này", "điều này", "việc đó", "điều đó")):
        found += _this_task(layout, found)
    if "thử" in layout.folded and (trials := [m.start() for m in _ON_TRIAL.finditer(layout.folded)]):
        found = [f for f in found if not _on_trial(layout, f, trials)]
    if (scoring := _scoring_method_starts(layout.folded)) is not None:
        found = [f for f in found if not _points_of_a_score(layout.folded, f, scoring)]
    if "mục tiêu" in layout.folded or "phấn đấu" in layout.folded:
        found += _bare_goal(layout, found)
    found = _raised_from(layout, found)
    if any(w in layout.folded for w in ("thực tế", "kết quả", "mới đạt", "chỉ đạt", "đã đạt", "mới được", "chỉ được")):
        found = _result_against_goal(layout, found)
    found += _each_year_of_a_range(ctx.text, found)
    if ctx.article_end is not None:  # the related news and comments after a page's article state nothing of it
        found = [f for f in found if (f.char_start if f.value_start is None else f.value_start) < ctx.article_end]
    if ctx.province is not None and layout.names_other_provinces:
        # A value said of another province (`Tỉnh Gia Lai có 95 dịch vụ …` in a regional meeting's news filed under Đắk
        # Lắk) is none of this document's facts; numbers.csv says `about another province`.
        found = [f for f in found if layout.other_province_before(_value_at(f)) is None]
    return found, dedupe(found)


# A share of those who still lack the thing (`gần một nửa số cán bộ … cấp xã chưa có hộp thư`, `30% cơ quan chưa được
# trang bị …`): the complement of the indicator's share, which the text does not state as such: no fact (issue #11,
# round 22). Words for none with no number stay 0 (they are read by their own rules, with no value before them).
_NOT_YET_HAVING = re.compile(
    r"\b(?:chưa|không) (?:có|được|sử dụng|dùng|kết nối|bố trí|triển khai|lắp đặt|cài đặt|trang bị|ứng dụng|mở)\b"
)
# A share of units said, right after the units it counts, to struggle, complain or lack (`khoảng 30% UBND cấp xã còn lúng
# túng khi ký số`, `còn 22% UBND xã gặp khó khăn khi dùng`, `15% đơn vị than phiền …`, `18% cơ quan … còn hạn chế trong
# việc …`), or not to do the thing yet (`Về hộp thư, còn 12% cán bộ cấp xã chưa được cấp`, the topic before the value):
# no share of units doing it (stop 27, leftovers5; as a share stated by its complement, round 22). The words between
# the value and these are the units' only: no verb of doing, nor a word that opens a reason or a contrast.
_STRUGGLING_AFTER = re.compile(
    r"(?:(?!sử dụng|dùng|đã |được |có |triển khai|kết nối|ký |dù |nhưng |song |tuy |do |vì |đạt )[^\d,.;:()\n]){0,45}?"
    r"(?<!\w)(?:lúng túng|gặp (?:nhiều |không ít )?khó khăn|còn (?:nhiều )?khó khăn|(?:còn )?hạn chế trong|"
    r"chưa thành thạo|chưa quen|phản ánh|than phiền|kêu ca|vướng mắc|"
    r"(?:chưa|không) (?:có|được|sử dụng|dùng|kết nối|bố trí|triển khai|lắp đặt|cài đặt|trang bị|ứng dụng|mở)\b)"
)
# (a cheap test before the pattern: one of its words in the window)
_STRUGGLE_WORDS = ("lúng túng", "khó khăn", "hạn chế", "chưa", "không", "phản ánh", "than phiền", "kêu ca", "vướng mắc")


_CLAUSE_BREAK = re.compile(r"[.;:\n]")


def _levels_together(layout: Layout, fact: Fact) -> bool:
    """Whether a fact's words, or its value's clause after them, name levels together (`cán bộ, công chức cấp huyện và
    xã`; `1.240 hộp thư … đã được huyện cấp cho cán bộ, công chức từ huyện đến xã`: the staff the count is given to,
    after the words the rule quotes; stop 26, leftovers4)."""
    end = fact.char_end
    if fact.value_start is not None and fact.char_start <= fact.value_start:
        end = max(end, layout.clause(fact.value_start)[1])
    return _LEVEL_PAIR.search(layout.folded, fact.char_start, end) is not None


def _of_one_named_unit(text: str, fact: Fact) -> bool:
    """Whether the clause right before a fact's value names one district-level unit by name (table cells and
    facts read from elsewhere than their value keep theirs)."""
    if fact.value_start is None or fact.scope not in ("all", "district") or fact.rule.startswith("table."):
        return False
    return names_one_unit(_clause_before(text, fact.value_start))


def _the_complement(folded: str, fact: Fact) -> bool:
    if not fact.indicator.endswith("_pct") or fact.value_end is None or fact.value_start is None:
        return False
    if fact.indicator != "computers_per_staff_pct" and _struggling_after(folded, fact.value_end):
        return True
    if not fact.char_start <= fact.value_start < fact.char_end:
        return False  # the cue stands before the value: the words between are not its predicate
    a, b = fact.value_end, fact.char_end
    if folded.find("chưa", a, b) < 0 and folded.find("không", a, b) < 0:  # (a cheap test: `\b` opens the pattern)
        return False
    return _NOT_YET_HAVING.search(folded, a, b) is not None


def _struggling_after(folded: str, value_end: int) -> bool:
    """Whether the units right after a share's value struggle with the thing or lack it (see _STRUGGLING_AFTER)."""
    window = folded[value_end : value_end + 70]
    if not any(w in window for w in _STRUGGLE_WORDS):
        return False
    return _STRUGGLING_AFTER.match(folded, value_end, value_end + 70) is not None


def _headline_restated(text: str, found: list[Fact]) -> list[Fact]:
    """Without the headline's facts that the body states too (`Phú Thọ: 88% văn bản được trao đổi điện tử` over `… năm
    2020 đạt 88%`): one statement, read with the body's words, which give its year and level (issue #11, round 23)."""
    stripped = text.lstrip()
    head_end = len(text) - len(stripped) + (stripped.find("\n") if "\n" in stripped else len(stripped))
    # (a saved page gives its title, then the article's own heading: `Cao Bằng: 95% văn bản … - Cổng thông tin điện tử
    # tỉnh Cao Bằng` over `Cao Bằng: 95% văn bản …`; the heading repeating the title is the headline too, round 24)
    title = text[:head_end].strip()
    while (
        (nxt := _NEXT_LINE.match(text, head_end))
        and len(line := nxt.group(1).strip()) >= 15
        and not line.endswith(".")  # (a lead's sentence that quotes the headline is the body)
        and (line in title or title in line)
    ):
        head_end = nxt.end(1)
    head = [f for f in found if _value_at(f) < head_end]
    if not head:
        return found
    # (a level the headline names that the body's figure is not of is a fact of its own: `100% sở, ngành … dùng chữ ký
    # số` over the body's `100% sở, ngành và UBND các quận, huyện …`)
    body = {(f.indicator, f.value, f.scope) for f in found if _value_at(f) >= head_end and f.value is not None}
    levels = {(i, v) for i, v, _ in body}
    return [
        f
        for f in found
        if not (
            _value_at(f) < head_end
            and ((f.indicator, f.value, f.scope) in body or (f.scope == "all" and (f.indicator, f.value) in levels))
        )
    ]


_NEXT_LINE = re.compile(r"\s*\n\s*([^\n]+)")


def _value_at(fact: Fact) -> int:
    return fact.char_start if fact.value_start is None else fact.value_start


# A figure an agency reported that an inspection or audit found otherwise (`Báo cáo của Sở nêu 100% UBND cấp xã đã sử
# dụng …, nhưng qua kiểm tra thực tế chỉ 71/91 xã …`, `Sở báo cáo 250 dịch vụ …; thực tế trên Cổng … chỉ có 196`): the
# reported figure is no fact (neither the state nor a goal); the one found is read as usual.
_REFUTED_CLAIM = re.compile(
    r"(?:\bbáo cáo(?: của [^,.;:\n]{1,40}?)? (?:nêu|ghi|cho rằng)|\b(?:sở|đơn vị|cơ quan|địa phương|huyện) báo cáo(?: là| có)?)"
    r"([^\n]{0,250}?)[,;.]\s*(?:nhưng |song |tuy nhiên,? )?"
    r"(?:qua (?:kiểm tra|thanh tra|kiểm toán|xác minh)(?: thực tế)?|(?:trên )?thực tế)",
    re.IGNORECASE,
)


# `…; tỷ lệ này hiện nay là 68%`, `"… phấn đấu nâng tỷ lệ này ở cấp xã lên 100%"`: a share of the indicator just read,
# named back by `tỷ lệ này`, at the level it names (else the share's before it).
# (issue #11, round 22: `con số này`, `tỷ lệ đó` too, and a qualifier with no verb: `hiện con số này mới chừng 70%`)
_THIS_SHARE = re.compile(
    r"\b(?:tỷ lệ|con số) (?:này|đó)\s*(?:(?:ở|tại)\s*)?(?P<lvl>cấp\s*(?:tỉnh|huyện|xã)|(?:các\s*)?xã(?:,\s*thị\s*trấn)?)?\s*"
    r"(?:(?:hiện nay|hiện|đến nay|mới|chỉ)\s*){0,2}"
    # (`đạt từ 20% trở lên`: at least, round 23; not `từ 70% lên 85%`, a share raised)
    # (`nâng tỷ lệ này ở cấp xã lên ít nhất 90%`: a goal's floor, stop 25)
    r"(?:(?:là|đạt|lên|:)\s*(?:mức\s*)?(?:(?:khoảng|chừng|xấp xỉ|gần|ngót|hơn|trên|ít nhất|tối thiểu)\s*|từ\s*(?=\d[\d,]*\s*%\s*trở\s*lên))?"
    r"|(?:khoảng|chừng|xấp xỉ|gần|ngót|hơn|trên)\s*)"
    # (… or a fraction of the level's units: `Ở cấp xã, con số này là 61/71`, round 25)
    r"(?:(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%|(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})(?![\d/]|[.,]\d))"
)
# `Ở cấp xã, con số này …`: the level a clause opens with before the share named back (round 25), lower case.
_LEVEL_BEFORE_THIS = re.compile(
    r"(?:^|[.;:\n])\s*(?:còn\s*|riêng\s*)?(?:ở\s*|tại\s*)?(?P<lvl>cấp\s*(?:tỉnh|huyện|xã))\s*,?\s*$"
)
# Shares of agencies or of communes: what a fraction of a level's units (`61/71`) can be.
_SHARES_OF_UNITS = frozenset(
    {
        "agencies_with_eonestop_pct",
        "agencies_with_dedicated_it_staff_pct",
        "agencies_using_document_management_pct",
        "agencies_using_digital_signature_pct",
        "communes_on_specialized_network_pct",
        "communes_with_videoconference_pct",
    }
)
_NOW_WITH_THIS_SHARE = re.compile(r"\b(?:hiện|đến nay|mới)\b")
_LEVEL_OF = {"tỉnh": "province", "huyện": "district", "xã": "commune", "trấn": "commune"}
_THIS_SHARE_REACH = 400  # characters back to the share it names


_LEVEL_WORD = re.compile(r"\b(?:cấp|tỉnh|huyện|xã|phường|sở|ngành)\b")


def _this_share(layout: Layout, found: list[Fact]) -> list[Fact]:
    """Facts of `tỷ lệ này … N%`, `con số này …` (see _THIS_SHARE) that no rule read: the indicator of the nearest share read before
    it in its paragraph, the level it names or that share's; kind and year as for any value there."""
    folded, more = layout.folded, []
    read = {f.value_start for f in found}
    # (a value read with its qualifier and a level starts at the qualifier: `ở các xã, thị trấn con số này gần 60%` read
    # as `gần 60%` of the communes; one read with no level is still read again here, with the level of the share before)
    read_ends = {f.value_end for f in found if f.value_end is not None and f.scope != "all"}
    shares = sorted(
        (f for f in found if f.indicator.endswith("_pct") and f.value_start is not None), key=lambda f: f.value_start
    )
    # (tried only where `tỷ lệ`/`con số` stands: a regex opening with `\b` is otherwise tried at every character)
    for m in finditer_from_words(_THIS_SHARE, folded):
        fraction = m.group("n") is None
        if fraction and not 0 < int(m.group("a")) <= int(m.group("b")):
            continue
        at = m.start("a") if fraction else m.start("n")
        if at in read and not m.group("lvl"):
            # `… cấp xã … mới đạt 63%, chưa đạt mục tiêu 80%; cuối năm 2022 tỷ lệ này là 55%`: read with no level, the
            # share named back keeps the level of the share it names (same indicator, same paragraph)
            last = max((f for f in shares if m.start() - _THIS_SHARE_REACH <= f.value_start < m.start()),
                       key=lambda f: f.value_start, default=None)  # fmt: skip
            clause = folded[max(folded.rfind(";", 0, m.start()), folded.rfind(". ", 0, m.start()), 0) : m.start()]
            if (
                last is not None
                and last.scope != "all"
                and "\n" not in folded[last.value_start : m.start()]
                and not _LEVEL_WORD.search(clause)  # (`ở cấp tỉnh và cấp huyện, tỷ lệ này …`: its own levels)
            ):
                for k, f in enumerate(found):
                    if f.value_start == at and f.scope == "all" and f.indicator == last.indicator:
                        found[k] = replace(f, scope=last.scope)
        if at in read or m.end() in read_ends:
            continue
        before = [f for f in shares if m.start() - _THIS_SHARE_REACH <= f.value_start < m.start()]
        if not before:
            continue
        gap = folded[before[-1].value_start : m.start()]
        # (quoted speech that goes on in the next paragraph names back the share just before it: `… mới khoảng 8%.` /
        # `"Mục tiêu của chúng tôi là năm 2020 tỷ lệ này đạt từ 20% trở lên", ông … nói.`, round 23)
        opens_quote = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip()[:1] in ('"', "“")
        # (nor does one across a paragraph that gives no other share: `… ở xã, thị trấn là 76%.` / `Huyện mới có 3 cán bộ
        # …` / `Năm 2022, … phấn đấu đưa tỷ lệ này ở các xã lên 90%`, round 23)
        # (nor do shares of single named districts: `Thành phố … đạt 95%, huyện … 42%.` / `Tính chung, tỷ lệ này ở cấp
        # huyện là 74%`, issue #11, round 24: they are no level's values, round 23)
        no_share_between = all(
            names_one_unit(_clause_before(layout.text, before[-1].value_start + p.start()))
            for p in _PERCENT_IN_GAP.finditer(gap, gap.find("%") + 1)
        )
        if gap.count("\n\n") > (2 if no_share_between else 1 if opens_quote else 0):
            continue
        named = before[-1]
        lead = _LEVEL_BEFORE_THIS.search(folded, max(0, m.start() - 30), m.start()) if not m.group("lvl") else None
        scope = (
            _LEVEL_OF[(m.group("lvl") or (lead and lead.group("lvl")) or "").split()[-1]]
            if m.group("lvl") or lead
            else named.scope
        )
        if fraction and named.indicator not in _SHARES_OF_UNITS:
            continue  # (a fraction counts units: only a share of agencies or communes is named back by it)
        kind = layout.kind(at)
        if _NOW_WITH_THIS_SHARE.search(folded, max(0, m.start() - 12), at):
            # `Mục tiêu … 100% …, hiện con số này mới chừng 70%`: today's state beside the goal, not the goal
            kind = "baseline"
        number = f"{int(m.group('a')) / int(m.group('b')) * 100:.1f}".replace(".", ",") if fraction else m.group("n")
        items = [(scope, m.start(), at, m.end(), number)]
        end = m.end()
        # (the share's next levels: `tỷ lệ này ở cấp huyện là 74%, ở cấp xã 51%`, round 24)
        while m.group("lvl") and (nxt := _THIS_SHARE_NEXT_LEVEL.match(folded, end)) and nxt.start("n") not in read:
            items.append(
                (_LEVEL_OF[nxt.group("lvl").split()[-1]], nxt.start("lvl"), nxt.start("n"), nxt.end(), nxt["n"])
            )
            end = nxt.end()
        for scope, q_start, n_at, q_end, number in items:
            kind_here = kind if n_at == at else layout.kind(n_at)
            more.append(
                replace(
                    named,
                    kind=kind_here,
                    scope=scope,
                    year=layout.year(kind_here, n_at),
                    value=float(number.replace(",", ".")),
                    low=None,
                    high=None,
                    qualifier=None,
                    quote=layout.text[q_start:q_end],
                    char_start=q_start,
                    char_end=q_end,
                    rule="percent.this_share" if n_at == at else "percent.this_share.level_list",
                    value_start=n_at,
                    value_end=q_end,
                )
            )
    return more


# `Mục tiêu đến hết năm 2018, cấp huyện đạt ít nhất 85%.`: a goal for a level that names no indicator, after a share it
# goes on from (issue #11, round 24).
_BARE_GOAL = re.compile(
    r"\b(?:mục tiêu|phấn đấu)\b[^.;%\d\n]{0,30}?(?:năm\s*\d{4}[^.;%\d\n]{0,10}?)?(?:,\s*|\s+)(?:(?:ở|tại)\s*)?"
    r"(?P<lvl>cấp\s*(?:tỉnh|huyện|xã))\s*(?:sẽ\s*|phải\s*)?(?:đạt|là|lên)\s*(?P<q>ít nhất|tối thiểu|trên|hơn|khoảng)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%"
)
_QUALIFIER_OF = {"ít nhất": "at_least", "tối thiểu": "at_least", "trên": "over", "hơn": "over", "khoảng": "approx"}


def _bare_goal(layout: Layout, found: list[Fact]) -> list[Fact]:
    """Goals of `_BARE_GOAL` that no rule read: the indicator of the nearest share read before, as `tỷ lệ này` takes it
    (within reach, no other share between but single named districts', at most two paragraph breaks)."""
    folded, more = layout.folded, []
    read = {f.value_start for f in found}
    shares = sorted(
        (f for f in found if f.indicator.endswith("_pct") and f.value_start is not None), key=lambda f: f.value_start
    )
    for m in finditer_from_words(_BARE_GOAL, folded):
        at = m.start("n")
        before = [f for f in shares if m.start() - _THIS_SHARE_REACH <= f.value_start < m.start()]
        if at in read or not before:
            continue
        gap = folded[before[-1].value_start : m.start()]
        if gap.count("\n\n") > 2 or not all(
            names_one_unit(_clause_before(layout.text, before[-1].value_start + p.start()))
            for p in _PERCENT_IN_GAP.finditer(gap, gap.find("%") + 1)
        ):
            continue
        more.append(
            replace(
                before[-1],
                kind="target",
                scope=_LEVEL_OF[m.group("lvl").split()[-1]],
                year=layout.year("target", at),
                value=float(m.group("n").replace(",", ".")),
                low=None,
                high=None,
                qualifier=_QUALIFIER_OF.get(m.group("q") or ""),
                quote=layout.text[m.start("lvl") : m.end()],
                char_start=m.start("lvl"),
                char_end=m.end(),
                rule="percent.bare_goal",
                value_start=at,
                value_end=m.end(),
            )
        )
    return more


# A count named back by `con số này` in its sentence (`Nếu cuối năm 2022 tỉnh mới có 402 dịch vụ toàn trình thì đến nay
# con số này đã là 968`): the indicator and level of the count read just before it, kind and year as for any value
# there (round 24). Not money (budget.py reads `con số này là 58 tỷ đồng`), not a share (above).
_THIS_COUNT = re.compile(
    # (`Dự kiến đến cuối năm nay, con số này sẽ là 600 dịch vụ`: the count ahead, stop 27 review)
    r"\bcon số (?:này|đó)\s*(?:(?:hiện nay|hiện|đến nay|đã|mới|chỉ|sẽ|dự kiến|sẽ tăng)\s*){0,2}(?:là|đạt|lên tới|lên|tăng lên)\s*"
    r"(?:(?:khoảng|chừng|gần|hơn|trên)\s*)?(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d,]|\s*%|\s*(?:triệu|tỷ|nghìn|ngàn|đồng))"
)


def _this_count(layout: Layout, found: list[Fact]) -> list[Fact]:
    """Facts of `con số này … N` (see _THIS_COUNT) that no rule read: the count read last before it in its sentence,
    or else in the sentence before (`Hiện tỉnh cung cấp 412 dịch vụ …. Dự kiến …, con số này sẽ là 600 dịch vụ`)."""
    folded, more = layout.folded, []
    read = {f.value_start for f in found}
    for m in finditer_from_words(_THIS_COUNT, folded):
        at = m.start("n")
        if at in read:
            continue
        s_start = layout.sentence(at)[0]
        if s_start > 0 and not any(
            f.indicator.endswith("_count") and f.value_start is not None and s_start <= f.value_start < m.start()
            for f in found
        ):
            s_start = layout.sentence(s_start - 1)[0]
        before = [
            f
            for f in found
            if f.indicator.endswith("_count") and f.value_start is not None and s_start <= f.value_start < m.start()
        ]
        if not before:
            continue
        named = max(before, key=lambda f: f.value_start)
        kind = layout.kind(at)
        more.append(
            replace(
                named,
                kind=kind,
                year=layout.year(kind, at),
                value=float(m.group("n").replace(".", "")),
                low=None,
                high=None,
                qualifier=None,
                quote=layout.text[m.start() : m.end()],
                char_start=m.start(),
                char_end=m.end(),
                rule="count.this_count",
                value_start=at,
                value_end=m.end(),
            )
        )
    return more


# A commune share of a system named back by `hệ thống này` (`… hệ thống hội nghị truyền hình trực tuyến …. Hiện hệ thống
# này đã được triển khai đến 100% các xã, phường, thị trấn`): the share of the system the text named last before it, the
# video-conference network or the specialised data network (round 25, real10); lower case.
_THIS_SYSTEM = re.compile(
    r"\bhệ thống (?:này|đó)\s*(?:(?:hiện|đã|đều|cũng)\s*)*(?:được\s*)?(?:triển khai|lắp đặt|kết nối|mở rộng|phủ)\s*"
    r"(?:đến|tới|cho|tại|ở)\s*(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:các\s*)?(?:ubnd\s*)?(?:cấp\s*)?xã\b"
)
_SYSTEM_NAMED = re.compile(
    r"(?P<video>hội\s*nghị\s*truyền\s*hình|giao\s*ban\s*(?:điện\s*tử|trực\s*tuyến)|họp\s*trực\s*tuyến)"
    r"|(?P<network>truyền\s*số\s*liệu\s*chuyên\s*dùng|mạng\s*chuyên\s*dùng)"
)
# Another system named after it (`… hội nghị truyền hình …; hệ thống một cửa điện tử …. Hiện hệ thống này …`): `này` is
# that one, which no indicator of these measures. `hệ thống` then a word of grammar is the same one spoken of again
# (`Toàn bộ hệ thống với gần 200 điểm cầu …`, `hệ thống đã được …`), no other named.
_ANOTHER_SYSTEM = re.compile(
    r"\bhệ thống\s+(?!(?:này|đó|nói trên|trên|với|được|đã|đang|đều|cũng|của|gồm|là|có|và|vẫn|hiện|chạy|vận hành|"
    r"hoạt động)\b)[^\W\d]"
)


def _share_fact(layout: Layout, amount: Amount, indicator: str, scope: str, start: int, end: int, rule: str) -> Fact:
    """The fact of a share (`amount`, one of layout.percents) that a rule reading words elsewhere in the text gave its
    indicator, quoted from `start` to `end`; its kind and year are read at the value, as every rule's are."""
    kind = layout.kind(amount.start)
    return Fact(
        doc_id=layout.ctx.doc_id,
        source_file=layout.ctx.source_file,
        indicator=indicator,
        kind=kind,
        scope=scope,
        year=layout.year(kind, amount.start),
        value=amount.value,
        low=amount.low,
        high=amount.high,
        qualifier=amount.qualifier,
        quote=layout.text[start:end],
        char_start=start,
        char_end=end,
        rule=rule,
        value_start=amount.start,
        value_end=amount.end,
    )


def _this_system(layout: Layout, found: list[Fact]) -> list[Fact]:
    """Facts of `hệ thống này … đến N% xã` (see _THIS_SYSTEM) that no rule read: the commune share of the system named
    last in the 600 characters before it, when no other system is named after that one."""
    folded, more = layout.folded, []
    read = {f.value_start for f in found}
    for m in _THIS_SYSTEM.finditer(folded):
        at = m.start("n")
        if at in read:
            continue
        named = list(_SYSTEM_NAMED.finditer(folded, max(0, m.start() - 600), m.start()))
        if not named or _ANOTHER_SYSTEM.search(folded, named[-1].end(), m.start()):
            continue
        indicator = (
            "communes_with_videoconference_pct" if named[-1].group("video") else "communes_on_specialized_network_pct"
        )
        amount = next((a for a in layout.percents if a.start == at), None)
        if amount is None:
            continue
        more.append(_share_fact(layout, amount, indicator, "commune", m.start(), m.end(), "infrastructure.this_system"))
    return more


# A share of units said to do what the sentence before names, by `việc này` / `điều này` (`Các sở, ngành đều đã dùng chữ
# ký số. Ở cấp xã, mới có chừng một nửa số UBND xã làm được việc này.`): that sentence's indicator, at the share's own
# level (stop 26, leftovers4); lower case. The words for all before it (`đều đã dùng`) are no value of their own.
_THIS_TASK = re.compile(
    r"\b(?:(?:đã|cũng|mới)\s+)*(?:làm được|làm|thực hiện được|thực hiện|triển khai được|áp dụng được)\s+(?:việc|điều)\s+"
    r"(?:này|đó)\b"
)
# The share is of units, named right after it (`một nửa số UBND xã`, `80% cơ quan`): not of money or time saved, nor of
# staff trained to do it (`tiết kiệm 30% chi phí khi thực hiện việc này`, `40% cán bộ được tập huấn để làm việc này`;
# the review of stop 26).
_UNITS_AFTER_SHARE = re.compile(
    r"\s*(?:số\s+)?(?:các\s+)?(?:cơ quan|đơn vị|ubnd|ủy ban|uỷ ban|xã|phường|sở|huyện|quận|phòng|ban)\b"
)


# (staff, for a share of staff named in the sentence before: `Cán bộ cấp tỉnh đều dùng thư công vụ hằng ngày. Ở cấp xã,
# chỉ 40% cán bộ làm được điều này`; stop 27 review)
_STAFF_AFTER_SHARE = re.compile(r"\s*(?:số\s+)?(?:cán bộ|công chức|cbcc)\b")


def _tasks_named_back(folded: str) -> list[re.Match[str]]:
    """`_THIS_TASK` matched around each `việc này` / `điều này` / `việc đó` (found with `str.find`: the pattern opens with
    no literal, and a scan of the whole text would try it at every character)."""
    out = []
    for words in ("việc này", "điều này", "việc đó", "điều đó"):
        at = folded.find(words)
        while at >= 0:
            end = at + len(words)
            if (m := _THIS_TASK.search(folded, max(0, at - 32), end + 1)) is not None and m.end() == end:
                out.append(m)
            at = folded.find(words, end)
    return sorted(out, key=lambda m: m.start())


def _this_task(layout: Layout, found: list[Fact]) -> list[Fact]:
    """Facts of `N% … làm được việc này` (see _THIS_TASK) that no rule read: the share right before the words, in their
    clause, of the indicator whose cue the sentence before names first."""
    folded, more = layout.folded, []
    read = {f.value_start for f in found}
    starts = [a.start for a in layout.percents]
    for m in _tasks_named_back(folded):
        k = bisect.bisect_left(starts, m.start()) - 1
        c_start, _ = layout.clause(m.start())
        if k < 0 or starts[k] < c_start or starts[k] in read:
            continue
        amount = layout.percents[k]
        if (
            any(amount.end <= a < m.start() for a in starts[k + 1 :])
            or _CLAUSE_BREAK.search(folded, amount.end, m.start())
            or not (
                units := _UNITS_AFTER_SHARE.match(folded, amount.end) or _STAFF_AFTER_SHARE.match(folded, amount.end)
            )
        ):
            continue
        s, _ = layout.sentence(m.start())
        if s == 0:
            continue
        p_start, p_end = layout.sentence(s - 1)
        named = [
            (cue.start(), -cue.end(), rule)
            for rule in PERCENT_RULES
            if rule.indicator and (cue := rule.cue.search(folded, p_start, p_end)) is not None
        ]
        if not named:
            continue
        rule = min(named, key=lambda t: t[:2])[2]
        if units.re is _STAFF_AFTER_SHARE and not rule.indicator.startswith("staff_"):
            continue  # (staff doing it are units only of a share of staff: `… chỉ 40% cán bộ làm được điều này`)
        scope = layout.scope(folded[s : amount.start], folded[amount.end : m.start()]) or "all"
        if rule.scopes is not None and scope not in rule.scopes:
            continue
        more.append(_share_fact(layout, amount, rule.indicator, scope, amount.start, m.end(), f"{rule.name}.this_task"))
    return more


# A trial run (`lắp đặt, vận hành thử hệ thống … tại 173/195 xã`, `lắp đặt thử nghiệm thiết bị tại 120/164 xã`): a step
# on the way to the state a text gives, no state of its own (round 25, real10); lower case, in the value's clause.
_ON_TRIAL = re.compile(r"\b(?:vận hành|chạy|lắp đặt|triển khai|kết nối) thử(?: nghiệm)?\b")


# A trial that ended (`sau khi triển khai thử nghiệm thành công, 100% xã đã …`, `… thử nghiệm, nay chính thức …`): what
# follows is the state.
_TRIAL_ENDED = re.compile(r"thành công|chính thức|sau khi|sau đó|hoàn thành")


def _on_trial(layout: Layout, fact: Fact, trials: list[int]) -> bool:
    """Whether a trial's words (at `trials`, in text order) stand in the value's clause before it, the trial not said to
    be over. Money is never a trial's state (`kinh phí … (lắp đặt thử nghiệm …) là 5.000 triệu đồng` is a budget)."""
    if fact.value_start is None or fact.indicator.endswith("_mvnd"):
        return False
    k = bisect.bisect_left(trials, fact.value_start) - 1
    return (
        k >= 0
        and trials[k] >= layout.clause(fact.value_start)[0]
        and not _TRIAL_ENDED.search(layout.folded, trials[k], fact.value_start)
    )


# A scoring method (`Cách tính điểm`, `Điểm tối đa`): its numbers next to `điểm` are points (`Điểm = Tỷ lệ * 25 điểm`,
# `Có trang thông tin: 15 điểm; …: 10 điểm 25`), no values of the indicators its criteria name (round 25, real10).
_POINTS_AFTER = re.compile(r"\s*điểm\b")
_POINTS_BEFORE = re.compile(r"(?:\bđiểm(?:\s*tối\s*đa)?|=[^.;\n]{0,30})\s*$")


_SCORING_METHOD = re.compile(r"điểm tối đa|cách tính điểm")


def _scoring_method_starts(folded: str) -> int | None:
    """Where a scoring method opens in a text (its first `cách tính điểm` / `điểm tối đa`), if it has one."""
    if "điểm tối đa" not in folded and "cách tính điểm" not in folded:
        return None
    m = _SCORING_METHOD.search(folded)
    return m.start() if m else None


def _points_of_a_score(folded: str, fact: Fact, scoring_starts: int) -> bool:
    """Whether a value after the opening of a scoring method is a number of points (`25 điểm`, `Điểm = Tỷ lệ * 25`):
    before it, `kết nối tại 52 điểm` is a count of network points as anywhere else."""
    at, end = fact.value_start, fact.value_end
    if at is None or end is None or at < scoring_starts:
        return False
    return bool(_POINTS_AFTER.match(folded, end) or _POINTS_BEFORE.search(folded, max(0, at - 40), at))


_PERCENT_IN_GAP = re.compile(r"\d\s*%")
_THIS_SHARE_NEXT_LEVEL = re.compile(
    r"\s*[,;]\s*(?:và\s*|còn\s*)?(?:(?:ở|tại)\s*)?(?P<lvl>cấp\s*(?:tỉnh|huyện|xã))\s*(?:là|đạt|chỉ|mới)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{1,2})?)\s*%"
)


def _clause_before(text: str, at: int) -> str:
    """The clause right before position `at` (at most 60 characters, from the last clause break)."""
    clause = text[max(0, at - 60) : at]
    # (the last break, `.`, `;`, `:` or a line's end, found with rfind: no regex run per fact)
    last = max(clause.rfind("."), clause.rfind(";"), clause.rfind(":"), clause.rfind("\n"))
    return clause[last + 1 :] if last >= 0 else clause


# `Nâng tỷ lệ … từ 70% (năm 2020) lên 95%`, `nâng chỉ tiêu … từ 70% lên 85%`: the share a goal raises, before `lên`.
_FROM_BEFORE = re.compile(r"\btừ\s*(?:mức\s*)?$")
_THEN_UP = re.compile(r"\s*%?\s*(?:\(\s*năm\s*\d{4}\s*\)\s*|năm\s*\d{4}\s*)?,?\s*(?:hiện nay\s*)?lên\s*(?:mức\s*)?\d")
# A goal changed by an amendment (`điều chỉnh chỉ tiêu … từ 60% lên 80%`): the figure it replaces is no fact at all.
_AMENDED = re.compile(r"điều chỉnh|sửa đổi")


def _raised_from(layout: Layout, found: list[Fact]) -> list[Fact]:
    """A share a goal raises from (`từ 70% lên 95%`) is the state the text starts from: a baseline (of the year in
    brackets after it, else the text's own), not a second goal (issue #11, round 21). When the text states that
    state already (`cấp xã 65%` in its results, then `nâng … cấp xã … từ 65% lên 80%`), it is that fact, not another."""
    folded = layout.folded
    kept = []

    for f in found:
        at = f.value_start
        if (
            f.kind == "target"
            and at is not None
            and f.value_end is not None
            and f.indicator.endswith("_pct")
            and _FROM_BEFORE.search(folded, max(0, at - 12), at)
            and _THEN_UP.match(folded, f.value_end)
            and not _AMENDED.search(folded, max(0, at - 120), at)
        ):
            stated = any(
                g is not f
                and g.kind == "baseline"
                and (g.indicator, g.scope, g.value) == (f.indicator, f.scope, f.value)
                for g in found
            )
            if stated:
                continue
            f = replace(f, kind="baseline", year=layout.year("baseline", at))
        kept.append(f)
    return kept


# A goal's value, then in the next clause of its sentence the result set against it (`mục tiêu … là 80% cơ quan cấp
# huyện sử dụng; kết quả đến nay không phải 80% mà đã đạt 100%`, `kế hoạch đề ra 90% cán bộ … cấp xã được cấp hộp thư,
# thực tế mới được 64%`), lower case, from the goal's value on: no number between; `again` the goal restated.
_RESULT_AGAINST_GOAL = re.compile(
    r"\s*%?[^.\n\d;]{0,100}?[,;]\s*(?:(?:nhưng|song|còn)\s+)?(?:(?:kết quả|thực tế|trên thực tế)(?:\s+(?:thực hiện|đạt được))?"
    r"\s*,?\s*(?:(?:đến nay|hiện nay|hiện|năm nay|(?:đến )?(?:hết |cuối )?năm \d{4})\s*,?\s*)?"
    # (`Kế hoạch đặt ra 100% … cấp xã được cấp hộp thư; hiện mới đạt 82%`: the time of the result alone, then a verb of
    # a result short of or at the goal, round 24)
    r"|(?:đến nay|hiện nay|hiện)\s*,?\s*(?=(?:đã|chỉ|mới)\s*(?:đạt|được)))"
    r"(?:không phải\s*(?:là\s*)?(?P<again>\d{1,3}(?:,\d{1,2})?)\s*%?\s*,?\s*mà\s*)?"
    r"(?P<verb>(?:(?:đã|chỉ|mới)\s*)?(?:(?:đạt|được|là|có)\s*)?)(?:(?:khoảng|gần|hơn|trên|chừng|xấp xỉ)\s*)?"
    r"(?P<r>\d{1,3}(?:,\d{1,2})?)\s*%"
)


def _result_against_goal(layout: Layout, found: list[Fact]) -> list[Fact]:
    """The result a sentence sets against a goal it has just quoted (see _RESULT_AGAINST_GOAL) is that goal's indicator at
    that goal's level, a baseline (issue #11, round 23); the goal restated (`không phải 80% mà …`) is no second fact."""
    folded = layout.folded
    at_value = {}
    for f in found:
        if f.value_start is not None:
            at_value.setdefault(f.value_start, []).append(f)
    more: list[Fact] = []
    drop: set[int] = set()
    for g in found:
        if g.kind != "target" or not g.indicator.endswith("_pct") or g.value_end is None or g.value is None:
            continue
        m = _RESULT_AGAINST_GOAL.match(folded, g.value_end)
        if m is None or m.end() > layout.sentence(g.value_start)[1]:
            continue
        if m.group("again") is not None:
            if float(m.group("again").replace(",", ".")) != g.value:
                continue
            drop.add(m.start("again"))
        at = m.start("r")
        year = layout.year("baseline", at)
        result = replace(
            g,
            kind="baseline",
            year=year,
            period_start=None,
            period_end=None,
            value=float(m.group("r").replace(",", ".")),
            low=None,
            high=None,
            qualifier=None,
            quote=layout.text[m.start("verb") : m.end()],
            char_start=m.start("verb"),
            char_end=m.end(),
            rule=g.rule + ".result_against_goal",
            value_start=at,
            value_end=m.end(),
        )
        drop.add(at)
        more.append(result)
    if not more and not drop:
        return found
    return [f for f in found if f.value_start not in drop] + more


# `duy trì 100% từ năm 2017 đến năm 2019`: the value stated for each year of the range right after it.
_YEAR_RANGE_AFTER = re.compile(
    r"\s*(?:%|phần trăm)?\s*(?:trong\s+)?(?:liên tục\s+)?(?:từ|suốt(?:\s+từ)?)\s+năm\s+(?P<a>\d{4})\s+(?:đến|tới)\s+(?:hết\s+)?"
    r"năm\s+(?P<b>\d{4})(?![\d/])",
    re.IGNORECASE,
)


def _refuted_claims(text: str) -> list[tuple[int, int]]:
    """Spans of figures reported and then found otherwise (see _REFUTED_CLAIM)."""
    return [(m.start(), m.end(1)) for m in _REFUTED_CLAIM.finditer(text)]


def _each_year_of_a_range(text: str, found: list[Fact]) -> list[Fact]:
    """Copies of a value read with the last year of a range of years right after it (`100% từ năm 2017 đến năm
    2019`), one for each earlier year of the range (a reader gives one fact per year)."""
    more = []
    for f in found:
        if f.value_end is None or f.year is None or f.indicator.endswith("_mvnd"):
            continue
        m = _YEAR_RANGE_AFTER.match(text, f.value_end)
        if m is None:
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if f.year == b and 0 < b - a <= 10:
            more += [replace(f, year=y) for y in range(a, b)]
    return more


_NOT_A_SHARE_OF_A_WHOLE = frozenset({"computers_per_staff_pct"})


def _over_a_whole(fact: Fact) -> bool:
    """Whether a fact of a share (`_pct`) states more than 100 %."""
    if not fact.indicator.endswith("_pct") or fact.indicator in _NOT_A_SHARE_OF_A_WHOLE:
        return False
    return any(v is not None and v > 100 for v in (fact.value, fact.low, fact.high))


# No province counts a million services, procedures, staff, units or mailboxes: such a count is an amount in a list
# of projects whose unit is stated once above it (`- Nâng cấp 30 dịch vụ … mức độ 4: 2.600.000;` under `đơn vị
# tính: nghìn đồng`), read by a count rule as the figure after its cue.
_MOST_A_COUNT_CAN_BE = 1_000_000


def _money_as_a_count(fact: Fact) -> bool:
    """Whether a fact of a count states a million or more (see _MOST_A_COUNT_CAN_BE)."""
    if codebook.indicator(fact.indicator).unit != "count":
        return False
    return any(v is not None and v >= _MOST_A_COUNT_CAN_BE for v in (fact.value, fact.low, fact.high))


def extract_source(source: SourceText, meta: DocumentMeta | None = None):
    """Metadata, facts and budget lines of one source text."""
    meta, facts, lines, _ = extract_source_numbers(source, meta)
    return meta, facts, lines


def extract_source_numbers(source: SourceText, meta: DocumentMeta | None = None):
    """Metadata, facts, budget lines and numbers (columns of numbers.csv) of one source text."""
    # tables pasted one cell per line put back into rows, a PDF's wrapped lines joined, offsets kept (see unwrap.py)
    text = unwrap_lines(rebuild_cell_rows(source.text))
    meta = meta or extract_metadata(source if text is source.text else replace(source, text=text))
    meta.source_format = source.source_format
    meta.pages = source.pages
    meta.ocr_confidence = source.ocr_confidence
    # Numbers written in words, with spaces or an English point (`bốn mươi lăm công chức`, `12 500 triệu`), read
    # as the digits a reader would write, in a text of the same length (vietnamese.digitise_numbers).
    read, rewritten = digitise_numbers(text)
    read = _row_items_joined(read)
    ctx = _context(source, meta, read)
    layout = Layout(ctx)
    found, facts = extract_facts(ctx, layout)
    lines = extract_budget_table(ctx, layout.folded)
    if rewritten:  # a fact or line read from rewritten words quotes the words, its value the whole of them
        widen_to_spans([*found, *lines], rewritten)
    if ctx.text is not source.text:  # quotes as the source reads (a joined break is `\n` there again)
        restore_quotes(found, source.text)
        restore_quotes(lines, source.text)
    if source.source_format in PAGED_FORMATS:  # the page a quote is on: 1 + the form feeds before it
        for fact in facts:
            fact.page = 1 + source.text.count("\f", 0, fact.char_start)
    kept = {id(f) for f in facts}
    numbers = list_numbers(layout, facts, [f for f in found if id(f) not in kept], lines, rewritten, text)
    return meta, facts, lines, numbers


# A row of a table written as text, its cells as `key: value` items each closed by a full stop (`4. Cơ quan sử dụng phần
# mềm quản lý văn bản — Cấp tỉnh: 100%. Cấp huyện: 100%. Cấp xã: 96%.`, `… — Kế hoạch năm: 80%. Thực hiện 6 tháng: 72%.`):
# the stop between two items of one line ends a cell, not the row's statement (round 25).
_ROW_ITEM_STOP = re.compile(r"\. (?=[A-ZĐ][^\W\d]*(?: (?:[^\W\d]+|\d{1,4}(?:/\d{1,4})?)){0,5} ?: ?\d)")
_VALUE_BEFORE_STOP = re.compile(r"\d[\d.,]*(?: ?%| [^\W\d]+(?: [^\W\d]+)?)?$")


_KEY_VALUE = re.compile(r": ?\d")


def _lines_of_several_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line where a `key: value` item (`: 100%`) follows another colon: the only lines where
    `_ROW_ITEM_STOP` can apply. (A scan for `:` is cheap; `_ROW_ITEM_STOP` tried at every `. X` of the text was not.)"""
    lines: list[tuple[int, int]] = []
    for m in _KEY_VALUE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if (not lines or lines[-1][0] != line_start) and text.find(":", line_start, m.start()) >= 0:
            end = text.find("\n", m.end())
            lines.append((line_start, len(text) if end < 0 else end))
    return lines


def _row_items_joined(text: str) -> str:
    """`text` with each full stop between two `key: value` items of one line read as a `;` (same length)."""
    stops = []
    for line_start, line_end in _lines_of_several_items(text) if ":" in text else ():
        for m in _ROW_ITEM_STOP.finditer(text, line_start, line_end):
            if text.find(":", line_start, m.start()) >= 0 and _VALUE_BEFORE_STOP.search(
                text, max(line_start, m.start() - 30), m.start()
            ):
                stops.append(m.start())
    if not stops:
        return text
    chars = list(text)
    for at in stops:
        chars[at] = ";"
    return "".join(chars)


def widen_to_spans(records, spans: list[tuple[int, int]]) -> None:
    """Stretch each record's quote (char_start/char_end) and value (value_start/value_end) over any rewritten
    span it starts, ends or lies in: the offsets then cover whole words of the source (`bốn mươi lăm`)."""
    starts = [a for a, _ in spans]
    for r in records:
        for attr_start, attr_end in (("char_start", "char_end"), ("value_start", "value_end")):
            a, b = getattr(r, attr_start, None), getattr(r, attr_end, None)
            if a is None or b is None:
                continue
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0 and spans[k][0] <= a < spans[k][1]:
                setattr(r, attr_start, spans[k][0])
            k = bisect.bisect_left(starts, b) - 1
            if k >= 0 and spans[k][0] < b < spans[k][1]:
                setattr(r, attr_end, spans[k][1])


def _extract_task(source: SourceText, meta: DocumentMeta | None = None):
    """The extraction of one document on a worker; a failure comes back as its message."""
    try:
        return extract_source_numbers(source, meta)
    except Exception as exc:  # one document's bug must not lose the others
        log.exception("extraction failed for %s", source.source_file)
        return f"extraction failed ({type(exc).__name__}: {exc})"


def _rename(doc_id: str, facts: list[Fact], lines: list, numbers: dict[str, list]) -> None:
    """Give one document's facts, budget lines and numbers another doc_id. The id is only copied into what
    is read (no rule looks at it), so this is what extracting the text again under that id would give."""
    for record in (*facts, *lines):
        record.doc_id = doc_id
    numbers["doc_id"] = [doc_id] * len(numbers["doc_id"])


def extract_corpus(
    raw_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    executor: Executor | None = None,
    text_cache: Path | None = None,
) -> ExtractResult:
    """Extract every readable plan in `raw_dir`; unreadable files are listed in `problems`.

    Reading (OCR included) and extraction run per file on `executor` (default: this process; see
    analysis.executors); `text_cache` is the texts/ folder that keeps what was read by sha256."""
    executor = executor or InlineExecutor()
    sources, problems = read_corpus(raw_dir, max_bytes, executor=executor, cache_dir=text_cache)
    documents, facts, lines, duplicates = [], [], [], []
    numbers: dict[str, list] = {c: [] for c in NUMBER_COLUMNS}
    unique: list[SourceText] = []
    seen_text: dict[str, str] = {}
    for source in sources:
        digest = source.text.strip()
        if digest in seen_text:
            duplicates.append((source.source_file, seen_text[digest]))
            continue
        seen_text[digest] = source.source_file
        unique.append(source)
    seen_ids: set[str] = set()
    for source, result in zip(unique, run_all(executor, _extract_task, [(s,) for s in unique]), strict=True):
        if isinstance(result, str):
            problems.append(ReadProblem(source.source_file, result))
            continue
        meta, doc_facts, doc_lines, doc_numbers = result
        if meta.doc_id in seen_ids:  # two different texts that describe themselves alike: number the second
            base, n = meta.doc_id, 2
            while meta.doc_id in seen_ids:
                meta.doc_id = f"{base}-{n}"
                n += 1
            _rename(meta.doc_id, doc_facts, doc_lines, doc_numbers)
        seen_ids.add(meta.doc_id)
        documents.append(meta.as_row())
        facts.extend(doc_facts)
        lines.extend(r.as_row() for r in doc_lines)
        for col, values in doc_numbers.items():
            numbers[col].extend(values)
    documents = pd.DataFrame(documents, columns=DOCUMENT_COLUMNS)
    documents["pages"] = documents["pages"].astype("Int64")
    documents["ocr_confidence"] = documents["ocr_confidence"].astype("Float64")
    return ExtractResult(
        documents=documents,
        facts=Fact.frame(facts),
        budget_lines=pd.DataFrame(lines, columns=BUDGET_LINE_COLUMNS),
        numbers=pd.DataFrame(numbers, columns=NUMBER_COLUMNS),
        problems=problems,
        duplicates=duplicates,
    )


SKIPPED_COLUMNS = ["source_file", "reason"]


def skipped_table(result: ExtractResult) -> pd.DataFrame:
    """Every file of the raw folder that gave no document, with why: the ones that could not be read, and copies
    of a text already read (counted once). The reports show it, so that a reader of the PDF alone knows what
    the folder held that the figures do not cover."""
    rows = [(p.source_file, p.reason) for p in result.problems]
    rows += [(copy, f"same text as {original}; counted once") for copy, original in result.duplicates]
    return pd.DataFrame(sorted(rows), columns=SKIPPED_COLUMNS)


def write_interim(result: ExtractResult, out_dir: Path) -> list[Path]:
    """Write documents.csv, facts.csv, budget_lines.csv, numbers.csv and skipped.csv (UTF-8) into `out_dir`,
    published together."""
    out_dir.mkdir(parents=True, exist_ok=True)
    frames = {
        "documents": result.documents,
        "facts": result.facts,
        "budget_lines": result.budget_lines,
        "numbers": result.numbers,
        "skipped": skipped_table(result),
    }
    return atomic_write_many(
        {
            out_dir / f"{name}.csv": (lambda tmp, f=frame: f.to_csv(tmp, index=False, encoding="utf-8"))
            for name, frame in frames.items()
        }
    )
