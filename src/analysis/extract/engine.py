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
same indicator and level. A percentage that no cue reaches takes the indicator of the one before it when the
same words follow both (`cho 100% số cán bộ … và trên 75% số cán bộ …`); one on a bullet line (`- Cấp tỉnh:
100%;`) may take its cue from the line that opens the list (`Tỷ lệ cán bộ được cấp hộp thư …:`).

Levels in lists: `cấp tỉnh đạt 90%, cấp huyện 70%` (the level nearest each number); `ở cấp tỉnh, cấp huyện và
cấp xã lần lượt là 95%, 80% và 55%` (`lần lượt` = respectively: the levels before it, in order, one per value,
when they are as many as the values); counts listed by level (`…: cấp tỉnh 40 người, cấp huyện 22 người, cấp xã
chưa có`) give one fact per level (`_count_list`), as do counts that name their level after the number (`86 điểm
kết nối, gồm 26 điểm cấp tỉnh, 14 điểm cấp huyện và 46 điểm cấp xã`: the total is of all; `tại 20 sở, ngành, 10 UBND
cấp huyện và 45 UBND cấp xã`). A count written with a space between its thousands (`3 500 hộp thư`) is one number.

How the codebook's conventions are applied to numbers that are not written as a plain value (issue #11):
  - Fractions `a/b` of agencies (`21/24 sở`, `12/12 huyện, thành phố`, `18/45 UBND xã`): for an indicator that
    is a share of agencies or communes (`PercentRule.fractions`) the fraction is that share, 100·a/b rounded to
    one decimal; a share the source states itself after it (`(đạt 36,9%)`) is read instead. For a count
    indicator the first number is the count (`28/28 sở … có trang thông tin điện tử` → 28 websites). Fractions
    of anything else (`xếp thứ 23/63 tỉnh`, `9/33 nhiệm vụ`) are no facts.
  - Ratios: `85 máy tính/100 cán bộ` → computers_per_staff_pct 85; `0,95 máy tính/cán bộ` → 95.
  - Totals raised: `nâng tổng số … lên 45` is the fact; the increment (`thêm 30`, `bổ sung 12`) is not.
  - None in words (`chưa có`, `chưa triển khai`, `chưa có xã nào`) is 0, as the conventions say.
  - All in words (`toàn bộ`, `tất cả các sở`) is NOT read as 100%: the conventions define words for zero only,
    and `toàn bộ` often qualifies a list of things rather than a share of agencies or staff.
  - Bandwidth in Gbps is read in Mbps (×1000), as numbers.csv converts it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property

import ahocorasick

from analysis.extract.facts import DocContext, Fact
from analysis.extract.prefilter import (
    WordIndex,
    by_identity,
    first_words,
    lowered_known,
    matches_in,
    pattern_openings,
    required_words,
    search_from_words,
)
from analysis.provinces import fold as fold_name
from analysis.provinces import province_mentions
from analysis.vietnamese import (
    MONEY_FOLLOWERS,
    NUMBER_PATTERN,
    PERCENT_FOLLOWERS,
    QUALIFIERS,
    Amount,
    find_money,
    find_percents,
    find_percents_under_unit_line,
    parse_number,
    qualifier_before,
    scan_numbers,
)

__all__ = ["CountRule", "Layout", "PercentRule", "extract_counts", "extract_percents"]


@dataclass(frozen=True)
class PercentRule:
    """A percentage is `indicator` when `cue` stands near it (see the tiers above)."""

    indicator: str  # "" for a cue that names something no indicator is about (it wins, and gives no fact)
    cue: re.Pattern[str]
    name: str
    refines: str | None = None  # a more specific reading of another indicator's cue
    # A share of agencies (or communes) at a level may also be written as a fraction of them, `21/24 sở`:
    # such an indicator reads the fraction as a percentage (see `_fractions`).
    fractions: bool = False
    scopes: tuple[str, ...] | None = None  # the only levels the indicator can be about (None: any)
    # The count indicator of the staff a fraction's item names with it, in a list whose shared words follow the
    # last item (`18/42 cơ quan tỉnh với 62 cán bộ, 5/8 huyện (6 cán bộ); … có cán bộ chuyên trách CNTT`).
    item_count: str = ""
    # A cue about no indicator whose subject is agencies (`100% cơ quan có mạng LAN, …`): the other predicates of its
    # share are still read (`…, sử dụng phần mềm quản lý văn bản`), never as a share of staff.
    of_agencies: bool = False


@dataclass(frozen=True)
class CountRule:
    """A count (or a bandwidth) read by `pattern`, whose group `n` is the number. A rule with `zero=True`
    matches words that mean none (`chưa có`, `không có`) and gives 0."""

    indicator: str
    pattern: re.Pattern[str]
    name: str
    zero: bool = False
    scale: float = 1.0  # the value is the number times this (`0,95 máy tính/cán bộ` → 95 per 100 staff)
    # A scaled count whose level list after it is read too, each item scaled (`tỷ lệ máy tính/cán bộ cấp tỉnh là 0,8,
    # cấp huyện 0,5` → 80, 50); other scaled counts name their unit with each number, and read no list.
    scaled_list: bool = False
    # Words that must stand earlier in the sentence (`36 điểm cấp tỉnh` is a point of the specialised network only
    # in a sentence about that network): lets a rule open with the number or a plain word and still need its cue.
    context: re.Pattern[str] | None = None
    # Words that must not stand earlier in the sentence (`Dự báo nhu cầu đào tạo … 1551 cán bộ, trong đó 151 cán bộ
    # chuyên trách`: a need, not the staff there are).
    not_context: re.Pattern[str] | None = None
    # Words that may stand in the heading the count is under instead of in its sentence (`2. Nhân lực công nghệ thông
    # tin` over `+ Cấp tỉnh: 41 cán bộ chuyên trách;`, issue #11, round 24).
    heading_context: re.Pattern[str] | None = None

    @functools.cached_property
    def starts_with_number(self) -> bool:
        """Patterns that begin with the number (after look-behinds, negative or positive) are tried only where a
        number stands, instead of at every character of the text: the bulk of extraction time otherwise."""
        return _LOOK_BEHINDS.sub("", self.pattern.pattern).startswith("(?P<n>")


# Look-behinds a pattern opens with: plain (`(?<!mỗi )`) or as alternatives of a group (`(?:(?<=ít nhất )|(?<=tối
# thiểu ))`); either takes no characters, so a pattern whose number follows them starts with that number.
_LOOK_BEHIND = r"\(\?<[!=](?:[^()\\]|\\.)*\)"
_LOOK_BEHINDS = re.compile(rf"^(?:{_LOOK_BEHIND}|\(\?:{_LOOK_BEHIND}(?:\|{_LOOK_BEHIND})*\))*")


def cue(pattern: str) -> re.Pattern[str]:
    """Compile a cue. A space in the pattern also matches words glued together (`công chứccấp tỉnh`), as
    sources drop spaces. Cues are matched against the lower-cased text (`fold`), which is several times
    faster than a case-insensitive regex; the pattern is lower-cased here so rules can be written naturally."""
    source = pattern.replace(" ", r"\s*").lower().replace("(?p<", "(?P<")
    return re.compile(source)


# The points of a mail or web address (`thư điện tử @hagiang.gov.vn thường xuyên …`, `Hệ thống thư điện tử
# dienbien.gov.vn có 1.150 tài khoản`) end no clause: cues that stop at a full stop (`[^.;%\n]`) read across them.
_DOMAIN_DOT = re.compile(r"\.(?=(?:gov|vn|com|net|org|edu)\b)")


def _mask_domain_dots(folded: str) -> str:
    """`folded` with the points inside addresses written `·` (same length and offsets)."""
    return _DOMAIN_DOT.sub("·", folded) if "." in folded else folded


# A year typed with a letter O for the zero (`năm 2O17`, a slip of the keyboard, lower-cased `2o17`): read as the year
# (stop 25, dev_wording11). Only after `năm`, and only in the folded text cues and years are read from.
_YEAR_TYPED_WITH_O = re.compile(r"(?<=năm )2o(?=[0-4]\d(?!\d))")


def _unslip_years(folded: str) -> str:
    """`folded` with `năm 2o17` read `năm 2017` (same length and offsets)."""
    return _YEAR_TYPED_WITH_O.sub("20", folded) if "2o" in folded else folded


def fold(text: str) -> str:
    """Lower case with the same length and offsets as `text` (every offset still points at the original)."""
    lowered = lowered_known(text)  # metadata may have lower-cased this very text already
    if lowered is not None:
        return lowered
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# A count is never a percentage, nor the whole part of a decimal (`… là 88,5%`: NUMBER_PATTERN may stop at `88`).
N = rf"(?P<n>{NUMBER_PATTERN})(?![.,]\d)(?!\s*%)"

# --- sections -----------------------------------------------------------------------------------------
_HEADING_LINE = (
    r"[ \t]*(?P<num>(?:PHẦN|Phần)[ \t]+(?:[IVX]+\b|(?:THỨ|thứ)[ \t]+\w+)[.:]?|[A-E]\.|[IVX]+\.|\d{1,2}(?:\.\d{1,2})*(?![\d%]|,\d|[ \t]*%)(?:\.|(?![ \t]+(?:tháng|năm|ngày|quý|tuần)\b))|[a-zđ]\)|PHỤ LỤC\b)[ \t]*"
    r"(?P<title>[^\n]{2,200})$"
    r"|[ \t]*(?P<upper>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9 ,\-–:]{8,200})$"
)
# (A line that opens with a figure, `98,4% văn bản …`, `100% cán bộ …`, is a sentence: the number is no item's.)
# A heading is a whole line. It is looked for after each line break (a literal the regex engine jumps
# between) and at the very start. A number with no dot then a unit of time opens a sentence, not a heading (`6 tháng
# đầu năm, các cơ quan đã …`): a `^` would make the engine try every character of the text.
_HEADING_AT_START = re.compile(_HEADING_LINE, re.MULTILINE)
_HEADING_AFTER_BREAK = re.compile(rf"\n(?:{_HEADING_LINE})", re.MULTILINE)


def _headings(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(start of the line, match) of every heading line, in order."""
    first = _HEADING_AT_START.match(text)
    if first:
        yield 0, first
    for m in _HEADING_AFTER_BREAK.finditer(text, first.end() if first else 0):
        yield m.start() + 1, m


# A slide's title: the first written line of the text and after each form feed (`analysis.formats.read_pptx`).
_SLIDE_TITLE = re.compile(r"(?:\A|\f)\s*?([^\s\f][^\n\f]{1,200})")
_ROMAN = re.compile(r"(?:PHẦN|Phần)\s|[A-E]\.|[IVX]+\.")  # a part or a top-level section
# (see Layout._past_period_intros: the state or results of a period named before `như sau:` ending its line)
_PAST_PERIOD_INTRO = re.compile(
    r"(?:hiện trạng|thực trạng|kết quả)[^\n]{0,160}?giai đoạn\s*(\d{4})\s*[-–]\s*(\d{4})[^\n\d]{0,80}như sau:"
)
# Another, earlier programme named as what a section of results reviews (`Qua thực hiện Kế hoạch số 76/KH-UBND về ứng
# dụng CNTT giai đoạn 2016-2020, …`): its period's last year (issue #11, round 25).
_REVIEWED_PROGRAMME = re.compile(
    r"(?:kế hoạch|chương trình|đề án)[^\n.;:]{0,160}?giai đoạn\s*(\d{4})\s*[-–]\s*(\d{4})(?!\s*[-–,]?\s*(?:định hướng|tầm nhìn))"
)

# A numbered line that states a share and ends as a sentence does (`… đạt 96,2%, … (90%).`): an item, not a heading.
_ITEM_SENTENCE = re.compile(r"\d\s*%[^\n]*[.]\s*$", re.MULTILINE)
# A table's row whose label opens with its number (`5 ⇥ Đánh giá an toàn hệ thống ⇥ 780 ⇥ ⇥ 780`): its cells end in a
# figure; a row of figures, not a heading (its label's words open no section).
_FIGURES_ROW = re.compile(r"\t[ \t]*[\d.,%]+[ \t]*$")
_BASELINE_HEADING = cue(r"tình hình|hiện trạng|thực trạng|kết quả|đánh giá|mặt mạnh|mặt yếu|khó khăn|hạn chế")
_TARGET_HEADING = cue(
    r"mục tiêu|kế hoạch|nhiệm vụ|nội dung|giải pháp|khái toán|dự toán|kinh phí|lộ trình|chỉ tiêu|tổ chức thực hiện"
)
_NEUTRAL_HEADING = cue(r"căn cứ|quan điểm")
# In a report of results, `kế hoạch`, `nội dung` or `nhiệm vụ` in a heading name what was carried out
# (`2. Việc triển khai các nhiệm vụ của Kế hoạch`): only words of what comes next open a target section.
_REVIEW_TARGET_HEADING = cue(
    r"phương hướng|mục tiêu|nhiệm vụ (?:trọng tâm |chủ yếu )?(?:năm|giai đoạn|thời gian tới)|đề xuất|kiến nghị"
    r"|kế hoạch (?:năm|giai đoạn) \d{4}|dự toán|thời gian tới"
    # `II. NHIỆM VỤ, GIẢI PHÁP NĂM 2018`, `CHỈ TIÊU NĂM 2019`: what comes next, by the year its heading names
    r"|(?:nhiệm vụ|giải pháp|chỉ tiêu)[^\n]{0,30}? (?:năm|giai đoạn) \d{4}"
)
# A report's heading that names its tasks and nothing else (`II. NHIỆM VỤ TRỌNG TÂM`, `PHẦN II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ
# YẾU`, `III. NHIỆM VỤ, GIẢI PHÁP`): what comes next, a target section, even with no year (stop 26, leftovers4). Matched at
# the title's start and to its end: `Việc triển khai các nhiệm vụ …`, `Nhiệm vụ phát triển hạ tầng` (results by task) and
# `Nhiệm vụ đã thực hiện` are none.
_TASKS_ONLY_HEADING = cue(
    r"nhiệm vụ(?:,? (?:và )?giải pháp)?(?: (?:trọng tâm|chủ yếu|cần thực hiện|cần triển khai))?(?:,? (?:và )?giải pháp)?"
    r"(?: (?:chủ yếu|trọng tâm))?\s*:?\s*$"
)
_ANY_HEADING = re.compile(
    "|".join(
        f"(?:{rx.pattern})" for rx in (_BASELINE_HEADING, _NEUTRAL_HEADING, _TARGET_HEADING, _REVIEW_TARGET_HEADING)
    )
)

# --- kind and year: cue lexicons --------------------------------------------------------------------------
# Words that say a value is the state reported (baseline) or a goal (target), from docs/phrasing.md §1. They are
# data: a researcher can add wording here. "Strong" cues name a time (now, the past, a goal) and win even over
# the section a value stands in (`II. MỤC TIÊU …: hiện nay mới có 30%, phấn đấu 80%`); "weak" cues (a verb's
# tense, `theo đó`) decide only where no section does. `có` and `đạt` are no cue: plans write `100% xã có …`
# and `phấn đấu đạt 80%` of goals, reviews write the same of results; the genre decides those.
# `Hiện 20/23 sở …`, `Hiện bình quân có …`: `hiện` alone opening a sentence or clause (now), not `thực hiện`.
_NOW_ALONE = r"hiện(?<![a-zà-ỹđ]\shiện)(?= (?:\d|bình quân|toàn|tỉnh|thành phố|các|cả|mới|chỉ|đã|vẫn|còn))"
BASELINE_STRONG = (
    r"hiện nay|hiện tại|hiện có|hiện đang|đến nay|tính đến|thời gian qua|năm qua|vừa qua"
    # `Kết quả năm 2020:`, `Kết quả thực hiện năm 2022:`: the results of a year named, opening what follows the colon
    r"|kết quả (?:thực hiện |đạt được )?(?:năm |đến hết năm |đến cuối năm )(?:19|20)\d\d ?:"
    r"|trong (?:\d+ )?năm (?:qua|trước)|sau \d+ năm"
    # `Năm ngoái, tỉnh mới đưa được 22 dịch vụ …`: last year (not a comparison, `so với năm ngoái`, `cùng kỳ năm ngoái`)
    r"|năm ngoái\b(?<!với\u0020năm\u0020ngoái)(?<!kỳ\u0020năm\u0020ngoái)(?<!hơn\u0020năm\u0020ngoái)"
    # `Số cán bộ … của các sở, ngành hiện là 46 người`: `hiện là` after its subject (not `thực hiện là`)
    r"|hiện(?<!thực\shiện) là\b"
    rf"|{_NOW_ALONE}"
)
# A goal named only to measure a result against (`vượt chỉ tiêu`, `đạt 95% so với kế hoạch`) is no goal.
BASELINE_WEAK = (
    r"\bđã(?! ?(?:được )?(?:ký|ban hành|phê duyệt))|đạt được|mới có|mới đạt|chỉ có|chỉ đạt|còn thấp|chưa có"
    r"|chưa đạt|chưa được|theo báo cáo|theo đánh giá|so với năm trước|tăng so với|hiện trạng|thực trạng|kết quả đạt"
    r"|(?:vượt|hoàn thành|so với) (?:\S+ ){0,2}?(?:chỉ tiêu|mục tiêu|kế hoạch)|còn hạn chế|vẫn còn|mới chỉ|tuy nhiên"
    # `Cổng … đang cung cấp 126 dịch vụ`, `hệ thống đang quản lý 7.420 hộp thư`: a state now (stop 25; not `đang triển
    # khai xây dựng`, work in progress)
    r"|đang (?:cung cấp|sử dụng|vận hành|quản lý|khai thác)\b"
)
# (`giảm 200 chỉ tiêu biên chế`: posts on a staff roll, no goal; `Chương trình mục tiêu quốc gia`, a programme's name
# (money from it is no goal of its own).)
TARGET_STRONG = (
    r"phấn đấu|mục tiêu(?<!trình\u0020mục\u0020tiêu)|chỉ tiêu(?! biên chế)|\bsẽ\b|dự kiến|kế hoạch đề ra|kế hoạch đặt|đặt ra|định hướng"
    r"|(?:đến |tới )?cuối năm nay|(?:trong |vào )?năm tới|sang năm"  # the rest of the text's year, the next one
    # `quyết tâm nâng tỷ lệ … lên 90%` (not `với quyết tâm cao, tỉnh đã đạt …`: determination named, no goal; round 24)
    r"|quyết tâm (?:nâng|đưa|đạt|hoàn thành|tăng)"
)
TARGET_WEAK = (
    r"theo đó|(?:đến|tới) (?:hết |cuối )?năm(?! ?\d)|yêu cầu đến|cần đạt|phải đạt|tiếp tục duy trì"
    # (`…, nâng tổng số lên 310 người` after a comma goes on with the clause before it: `đã tuyển thêm 40 người, …`)
    r"|nâng(?<!,\u0020nâng) tổng số"
    r"|bảo đảm 100|đảm bảo 100|tối thiểu|ít nhất"
    # (`Chúng tôi hướng tới 90% cán bộ cấp xã dùng hộp thư …`, `Tỉnh tiến tới 100% …`: an aim; review 27c)
    r"|hướng (?:tới|đến) (?=\d|(?:khoảng|gần|trên|ít nhất) \d)|tiến tới (?=\d)"
)
# A goal quoted with its value right after it (`kế hoạch đề ra 80%`, `thấp so với mục tiêu 60%`, `vượt chỉ tiêu đề ra
# (cấp huyện 70%)`, `chỉ tiêu 50% cán bộ … chưa đạt`, `tổng kinh phí Kế hoạch giai đoạn 2016-2020 (93 tỷ đồng)`): the
# value is the target, even where the words around it measure a result against that goal.
GOAL_NAMED_BEFORE = re.compile(
    # (`chỉ tiêu giao năm 2022 (90%)`, `kế hoạch năm 2018 đề ra 75%`: the goal's year between its name and its verb)
    r"(?:\b(?:chỉ tiêu|mục tiêu)(?: (?:đề ra|đặt ra|được giao|của kế hoạch|cả năm|(?:của |giao )?năm(?: \d{4})?))?"
    r"|\bkế hoạch (?:năm \d{4} )?(?:đề ra|đặt ra)"
    r"|\bkế hoạch (?:năm|giai đoạn) \d{4}(?: ?[-–] ?\d{4})? \("
    # a results row's plan cell written as text (`… — Kế hoạch năm: 80%. Thực hiện 6 tháng: 72%.`, round 25)
    r"|\bkế hoạch (?:cả )?năm(?: \d{4})? ?:"
    # `đạt 41% tổng kinh phí Kế hoạch (133 tỷ đồng)`: the plan's own amount in parentheses after its name
    r"|\btổng kinh phí (?:của |thực hiện )?(?:kế hoạch|đề án) \("
    # `Tổng kinh phí của Kế hoạch giai đoạn 2021-2025 là 520 tỷ đồng` in a review: the plan's own amount, named with the
    # plan and its whole period (not `… thực hiện Kế hoạch …`, which may be the money spent), round 24
    r"|\btổng kinh phí (?:của )?(?:kế hoạch|đề án) giai đoạn \d{4} ?[-–] ?\d{4} (?=là ))"
    r"\s*(?:\(\s*(?:ở |tại )?(?:cấp (?:tỉnh|huyện|xã))?\s*)?(?:là |đạt )?(?:khoảng |chừng |ngót |xấp xỉ |trên dưới |trên |hơn |gần |tối thiểu )?$"
    # a review setting each result beside its plan figure (`đạt 92%/kế hoạch 95%`, `486 dịch vụ (kế hoạch 300 dịch
    # vụ)`, `vượt chỉ tiêu kế hoạch (80%)`, `đạt 78% so với kế hoạch (400 tỷ đồng)`): `kế hoạch` right before a value
    # (`thấp hơn so với kế hoạch là 85%`, round 24)
    r"|(?:/ ?|\( ?|so với |chỉ tiêu )kế hoạch(?: đề ra| được giao| giao)?(?: ?[:(] ?| )(?:là |đạt )?(?:khoảng |chừng |ngót |xấp xỉ |trên dưới |trên |hơn |gần )?$"
)
# A result, then its goal after a slash (`đạt 91%/80%` under `(thực hiện/chỉ tiêu)`, a review of a term): the share after
# the slash is the goal (stop 25, dev_wording11; both figures carry `%`, so no fraction of a level). Only where the text
# says that a slash sets a result against its goal (`thực hiện/chỉ tiêu`, `kết quả/kế hoạch`), or the sentence names a
# goal: `cấp tỉnh/cấp huyện đạt 95%/85%` is two results, one per level.
_RESULT_SLASH_BEFORE = re.compile(r"(?P<n>\d[\d.,]*)\s*%\s*/\s*$")
_RESULT_SLASH_GOAL_KEY = re.compile(
    r"(?:thực hiện|kết quả|đạt được)\s*/\s*(?:chỉ tiêu|kế hoạch|mục tiêu)|(?:chỉ tiêu|kế hoạch|mục tiêu)\s*/\s*thực hiện"
)
_GOAL_WORD = re.compile(r"chỉ tiêu|kế hoạch|mục tiêu")
# A figure grown from, then `lên` (`104 dịch vụ lên 512`), and the year a growth is measured against (`So với năm 2015`).
_VALUE_THEN_UP = re.compile(r"[\d.,]+(?: ?%)?(?: [^\W\d]+){0,3}? lên ")
_COMPARED_WITH_YEAR = re.compile(r"\bso với (?:cùng kỳ )?(?:(?:đầu|cuối|hết) )?năm (?P<y>(?:19|20)\d\d)\b")
# A change written in points after its number (`9 điểm phần trăm`, `12 điểm %`).
_POINTS_AFTER = re.compile(r"\s*điểm(?:\s*phần\s*trăm|\s*%)")
# A value denied and named as the goal right after it (`không phải 100% như kế hoạch mà chỉ 85%`, `không phải là 90%
# theo mục tiêu đề ra`): the goal's value (issue #11, round 22); the value after `mà` is the result.
# (`không đạt 80% như kế hoạch, chỉ đạt 65%`: the goal not reached, named with its plan, stop 27 review)
_NOT_THE_GOAL_BEFORE = re.compile(r"\b(?:không phải (?:là )?|(?:không|chưa) đạt (?:được )?(?:mức )?)$")
_GOAL_NAMED_AFTER = re.compile(r"[\d.,]+ ?%?,? (?:như|theo) (?:kế hoạch|mục tiêu|chỉ tiêu)\b")
# What stands between a goal's value and the result set against it (`90%, mới đạt 76%`, `100% như kế hoạch mà chỉ 85%`,
# `80% mà đã đạt 100%`, `…, thực tế mới được 64%`), lower case.
_RESULT_AFTER_GOAL = re.compile(
    r"\s*%?(?:\s*(?:như|theo) (?:kế hoạch|mục tiêu|chỉ tiêu)(?: đề ra| đặt ra)?)?\s*[,;]?\s*"
    r"(?:(?:nhưng|song|mà|còn) )?(?:thực tế |trên thực tế |kết quả |hiện )?(?:chỉ |mới |đã )?(?:đạt |được |là )?(?:khoảng |gần |hơn |trên |chừng )?"
)
# A value set against a goal right after it (`45% so với mục tiêu 80%`, `128 dịch vụ, so với chỉ tiêu 150`): a result.
# A goal a result is set against, up to the goal's name (`… thấp so với mục tiêu`, `so với chỉ tiêu`), lower case.
_COMPARED_TO_GOAL = re.compile(r"\bso với (?:\S+ )?(?:mục tiêu|chỉ tiêu|kế hoạch)\b")
_MEASURED_AGAINST_GOAL = re.compile(
    r"[\d.,]+ ?(?:%|[^\W\d]+(?: [^\W\d]+)?)?,? so với (?:\S+ )?(?:mục tiêu|chỉ tiêu|kế hoạch)(?: [^\W\d]+){0,4} ?[(:]? ?\d"
)
# A year named in the words (`năm 2017`, `giai đoạn 2011-2015`, `tháng 6/2019`); `lead` marks years that are no
# value's year: a comparison (`so với năm 2015`), a start (`từ năm 2015`, `hoạt động từ tháng 5/2008`) or a date (`ngày 5 tháng 12 năm 2016`).
# A bare year after `đến`/`tới` (`phấn đấu đến 2020 …`) counts too, when it is no quantity (`đến 1000 Mbps`).
# An as-of date (`Tính đến ngày 5/1/2017, có 827 dịch vụ …`) names the year of its sentence's values, as `tính đến
# hết năm 2017` does (a date of any other kind stays no value's year), in the official long form too: `đến hết tháng 9
# năm 2020`, `Đến ngày 30 tháng 6 năm 2019` (round 23; a month with `năm` after `đến`/`tới`/`hết`/`cuối` is an as-of
# month as `tháng 9/2020` is; a document's date `ngày 5 tháng 12 năm 2016` stays a lead).
# Every cue opens a word (`\b` first): the engine then skips the inside of words at once, which keeps reading
# all cues of a text once cheap.
_YEAR_NAMED = re.compile(
    # (`gấp đôi năm 2022`: the year compared with, as `so với năm 2022`; stop 27 review)
    r"\b(?:(?P<lead>so\s*với\s*(?:cùng\s*kỳ\s*)?(?:(?:đầu|cuối|hết)\s*)?(?:năm\s*)?|từ\s*(?:năm\s*|tháng\s*\d{1,2}\s*(?:/|năm)\s*)?"
    r"|gấp\s*(?:đôi|rưỡi|\d{1,2}(?:,\d)?\s*lần|(?:hai|ba|bốn|năm|mười)\s*lần)\s*(?:so\s*với\s*)?(?:năm\s*)?"
    r"|(?<!đến\s)(?<!tới\s)(?<!hết\s)(?<!cuối\s)tháng\s*\d{1,2}\s*năm\s*)"
    r"|tháng\s*\d{1,2}\s*(?:/|năm)\s*|quý\s*[ivx1-4]{1,3}\s*/\s*|năm\s*"
    r"|(?:tính\s*)?đến\s*(?:hết\s*)?ngày\s*\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]|tháng\s*\d{1,2}\s*năm)\s*"
    r"|giai\s*đoạn\s*|(?:đến|tới|hết|cuối)\s*(?=(?:19|20)\d\d(?![\d.,]?\d|\s*(?:%|[a-zđ]*bps|triệu|tỷ|đồng|điểm"
    r"|người|cán|máy|dịch|hộp|tài|thủ|đơn|văn))))(?P<y>\d{4})(?!\d)(?:\s*[-–—]\s*(?P<y2>\d{4}))?"
)
# The words of a vision beyond a plan's period (`định hướng đến năm 2030`, `tầm nhìn đến năm 2045`), up to its year.
_VISION_BEFORE = re.compile(r"(?:định\s*hướng|tầm\s*nhìn)\s*(?:(?:đến|tới)\s*)?(?:năm\s*)?$")
# `tháng 6/2019`, `tháng 6 năm 2019` opening a year named (see _as_of_a_month_gone_by)
_MONTH_NAMED = re.compile(r"tháng\s*(\d{1,2})\s*(?:/|năm)")
# `hiện nay`, `đến nay`: the year the text speaks from, for a baseline.
# `toàn tỉnh hiện có 52 người` names the text's year too, after any word but `thực` (`thực hiện có hiệu quả`).
_NOW_NAMED = cue(rf"\b(?:hiện nay|hiện tại|đến nay|tính đến thời điểm|{_NOW_ALONE}|hiện(?<!thực\shiện) (?:có|đang)\b)")
# `đến cuối năm`, `trong năm`, `năm nay` with no number: the year of a one-year plan, else of the document.
# A reporter's turn of an interview, opening a line (`Phóng viên: …?`, `PV: …`; as metadata._INTERVIEW_TURN).
_INTERVIEW_TURN = re.compile(r"(?:phóng\s+viên|pv)\s*:", re.IGNORECASE)
_THIS_YEAR = cue(r"(?:cuối|trong|hết) năm(?!\s*\d)|năm nay")
# `năm tới`, `năm sau`, `sang năm` (the year after the text's own): a goal for that year.
_NEXT_YEAR = cue(r"(?:năm tới|năm sau|sang năm)(?![\s,]*\d)")
# `năm nay` alone (not `hai năm nay`, for two years now): in a news page, the year of the page's date, whatever year
# the document or the ranking it reports is of (`(An Giang, 12/6/2020) - … năm nay tỉnh phấn đấu …` → 2020).
_THIS_YEAR_WORDS = cue(
    r"(?<!\d)(?<!\d\u0020)(?<!hai\u0020)(?<!ba\u0020)(?<!mấy\u0020)(?<!vài\u0020)(?<!nhiều\u0020)năm nay\b"
)
# `năm ngoái` (last year) dating a result (`đến cuối năm ngoái tỉnh đã cung cấp …`, `Cuối năm ngoái, 100% xã …`): in a
# news page, the year before the page's date, as `năm nay` is the page's year. A comparison (`tăng 20% so với năm
# ngoái`) names no result's year.
# `năm trước` alone is the same (`Năm trước, tỉnh mới có 470 dịch vụ …`; round 24), not years before (`những năm trước`,
# `2 năm trước`), the year before another (`năm trước đó`) nor a comparison (`so với cùng kỳ năm trước`, `gấp đôi năm
# trước`).
_LAST_YEAR_WORDS = cue(
    r"(?<!với\u0020)(?<!hơn\u0020)(?<!như\u0020)(?:(?<!kỳ\u0020)năm ngoái\b"
    r"|(?<!những\u0020)(?<!các\u0020)(?<!nhiều\u0020)(?<!mấy\u0020)(?<!vài\u0020)(?<!kỳ\u0020)(?<!đôi\u0020)(?<!lần\u0020)"
    r"(?<!\d\u0020)năm trước\b(?!\u0020đó))"
)
# An as-of date closing a sentence after a comma (`…, tính đến hết năm 2018.`, `…, tính đến cuối năm 2020`), lower case.
_AS_OF_CLOSING = re.compile(r",\s*tính\s*(?:đến|tới)\s*(?:hết\s*|cuối\s*)?(?:năm\s*)?(?P<y>(?:19|20)\d{2})\s*[.;]?\s*$")
# A line that only dates the data above it (`Số liệu tổng hợp đến ngày 31/12/2019`, `Số liệu tính đến hết năm 2021.`,
# `Số liệu thống kê đến tháng 6/2020`), lower case: a note's opening words, the date, then the line ends or goes on
# after a `;`, `,` or `(` with what the note also says (`…; không tính cán bộ kiêm nhiệm`).
_DATA_NOTE = re.compile(
    r"[ \t]*số\s*liệu\s*(?:được\s*)?(?:tổng\s*hợp|thống\s*kê|cập\s*nhật|báo\s*cáo|tính)?\s*(?:tính\s*)?(?:đến|tới)\s*"
    r"(?:hết\s*|cuối\s*)?(?:ngày\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*|tháng\s*\d{1,2}\s*/\s*|năm\s*)(?P<y>(?:19|20)\d{2})"
    r"\s*(?:[.;,(]|$)",
    re.MULTILINE,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A sentence that opens at the text's own time (`Tính đến nay, …`, `Hiện nay, …`): its baselines are as of that time,
# not of a year another clause names (`… cam kết … hàng năm và giai đoạn 2016 – 2020; các sở đã cung cấp …`).
_SENTENCE_AT_NOW = cue(
    r"[\s\-–•+*]*(?:tính )?(?:đến nay|đến thời điểm (?:này|hiện nay|hiện tại)|hiện nay|hiện tại)\s*,"
)
# A paragraph that opens with a year (`Năm 2018, …`, `Trong năm 2018, …`, `Theo báo cáo của Sở …, năm 2017 tỉnh đã …`):
# its later sentences speak of that year unless they name another. An as-of date (`Tính đến hết năm 2018, …`) dates
# its own sentence only: the next ones may be as of another date (`Tính đến tháng 6/2019, …`).
# A sentence (or a news lead after its dateline) that opens with `Năm nay,` / `Trong năm nay,`, lower case.
# A sentence that draws a conclusion from what was just said (`Như vậy, cứ 10 cán bộ … thì có gần 8 người …`, `Tính ra,
# …`): a figure of the same time as the ones before it (issue #11, round 23).
_ONLY_QUALIFIER = re.compile(
    r"(?:hơn|trên dưới|trên|gần như|gần|khoảng|chừng|ngót|xấp xỉ|ít nhất|tối thiểu|không dưới)\s*"
)
_SO_THEN = re.compile(r"[\s\-–•+*]*(?:như vậy|tính ra|nói cách khác|nghĩa là|tức là)\s*,")
_OPENS_THIS_YEAR = re.compile(r"[\s\-–•+*]*(?:\([^)\n]{0,40}\)\s*[-–]\s*)?(?:trong |riêng )?năm nay\s*,")
_OPENING_YEAR = re.compile(r"[ \t]*(?:theo [^,.;:\n]{0,80}, )?(?:trong |riêng |cả |cuối )?năm (\d{4})(?![\d/])\s*,?")
# Work still in progress (`đang triển khai xây dựng Cổng …`) and its expected completion (`dự kiến (sẽ) hoàn thành
# vào cuối năm 2017`, `dự kiến đưa vào sử dụng trong quý II năm 2019`): what the work will give is a goal of that year.
_IN_PROGRESS = cue(
    r"\bđang (?:triển khai |tiến hành |thực hiện |khẩn trương )?(?:xây dựng|triển khai|nâng cấp|hoàn thiện|đầu tư)"
)
_DONE_BETWEEN = cue(r"\bđã\b|hiện (?:đã|có)\b|đến nay")
# A deadline a goal's sentence sets: `trước ngày 31/12/2022`, `chậm nhất là ngày 30/6/2023`, `trước ngày 15 tháng 12
# năm 2021`.
# What was given to staff and to a level's committees together (`… hộp thư điện tử cho cán bộ, công chức và Ủy ban nhân
# dân các xã, phường, thị trấn`): staff of every level are among those counted, not the communes only.
_STAFF_AND_BODIES = re.compile(
    r"[^.;\d\n]{0,30}?\bcho (?:các |toàn bộ )?cán bộ,? công chức(?:,? viên chức)? và (?:các )?(?:ủy ban nhân dân|ubnd)"
    r" (?:các )?(?:cấp )?(?:xã|huyện)",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"\b(?:trước|chậm nhất(?: là)?)\s*(?:ngày\s*)?\d{1,2}\s*(?:/\s*\d{1,2}\s*/|tháng\s*\d{1,2}\s*năm)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
_DUE = cue(
    r"\bdự kiến (?:sẽ )?(?:hoàn thành|đưa vào (?:sử dụng|vận hành|hoạt động|khai thác)|vận hành|khai trương)"
    r"(?:[^.;\d\n]{0,30}?(?:quý [ivx1-4]+ )?năm (?P<y>(?:19|20)\d\d)(?!\d))?"
)
# A value's own words saying it is to come (`… 70% UBND cấp xã sẽ sử dụng …`, `… dự kiến đạt …`); not a comparison
# with what was expected (`cao hơn dự kiến`, `vượt dự kiến`), nor after the value's own `đã` (`đã sử dụng …, sẽ`).
_WILL_OWN_WORDS = re.compile(r"^(?:(?!\bđã\b)[^,;:])*?(?<!hơn )(?<!với )(?<!vượt )\b(?:sẽ|dự kiến)\b")
# A value's own number, its scale word and the rest of the amount (`7 tỷ 450 triệu đồng`): the `450` ends no words.
_SCALE_THEN_MORE = re.compile(r"\d[\d.,]* ?(?:tỷ|nghìn tỷ) ")
# A programme carried out, named at a clause's opening with its horizon (`Thực hiện Chương trình chuyển đổi số quốc gia
# đến năm 2025, định hướng đến năm 2030, tỷ lệ … đạt 70%`): its name up to the comma, vision included, says nothing of
# the value's kind or year (stop 27 review; `Theo kế hoạch, …` is no name: it cues a goal).
_PROGRAMME_CARRIED_OUT = re.compile(
    r"(?:thực hiện|triển khai(?: thực hiện)?) "
    r"(?:chương trình|kế hoạch|đề án|chiến lược|nghị quyết|quyết định)\b[^,.;:\n]{8,160}?"
    r"(?:, (?:định hướng|tầm nhìn)[^,.;:\n]{0,40})?(?=, )"
)
# A period that opens a sentence (`Giai đoạn 2015-2020, …`, `Trong giai đoạn 2016 - 2020, …`): what went before it.
_LOOK_BACK_OPENING = re.compile(r"[\s\-–•+*]*(?:trong |qua )?")
# A year is a cue by its tense (see `Layout._cues`); `đến năm N` of the text's own year is a goal.
_KIND_CUES = cue(
    rf"\b(?:(?P<bs>{BASELINE_STRONG})|(?P<bw>{BASELINE_WEAK})|(?P<ts>{TARGET_STRONG})|(?P<tw>{TARGET_WEAK})"
    rf"|(?P<until>(?:đến|tới) (?:hết |cuối )?)?(?P<year>{_YEAR_NAMED.pattern}))"
)


# `đến hết năm`, `tới cuối năm` with no year after it (see Layout._end_of_the_year_reported).
_UNTIL_END_OF_YEAR = re.compile(r"(?:đến|tới) (?:hết|cuối) năm(?! ?\d)")


def _opening_words(*lexicons: str) -> set[str]:
    """The first word of every alternative of the lexicons (`hiện nay|tính đến` → hiện, tính; a leading
    `(?:vượt|hoàn thành)` gives each of its words). Every cue starts with one of them (tests check it)."""
    words: set[str] = set()
    for lexicon in lexicons:
        depth, alternative, alternatives = 0, "", []
        for ch in lexicon:  # split at the top-level bars only
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if ch == "|" and depth == 0:
                alternatives.append(alternative)
                alternative = ""
            else:
                alternative += ch
        alternatives.append(alternative)
        for alt in alternatives:
            alt = alt.removeprefix(r"\b")
            if alt.startswith("(?:"):
                words |= _opening_words(alt[3 : alt.index(")")])
            else:
                words.add(re.match(r"[^\s\\(?|]+", alt).group(0))
    return words


# Cues are looked for only where one of their first words opens a word (found for all at once by one
# Aho-Corasick pass): an alternation of common words is otherwise tried at every character of a sentence.
CUE_OPENINGS = frozenset(
    _opening_words(BASELINE_STRONG, BASELINE_WEAK, TARGET_STRONG, TARGET_WEAK)
    | {
        "so",
        "từ",
        "tháng",
        "năm",
        "giai",
        "đến",
        "tới",
        "hết",
        "cuối",
        "hiện",
        "tính",
        "quý",
        "gấp",
    }  # years, `hiện nay`
)
_CUE_AUTOMATON = ahocorasick.Automaton()
for _word in CUE_OPENINGS:
    _CUE_AUTOMATON.add_word(_word, len(_word))
_CUE_AUTOMATON.make_automaton()
# A line that opens a list item: a bullet, `a)`, `1.` or `1)` (`1.100%` is item 1 with 100%). Kind and year
# reading and the per-level lists below share it.
_BULLET = re.compile(r"[ \t]*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])(?:\s|(?<=\.)(?=100\s*%))")  # (`1.100%`: item 1, 100%)
# `80% (hiện nay 60%)`, `(năm 2017 đạt 45%)`, `(đến nay mới đạt 30%)`, `(tính đến hết năm 2017 là 52%)`: the state of
# that year (of the text's own year when none is named), after a target.
_PAREN_BASELINE = re.compile(
    r"\(\s*(?:(?:tính\s*)?(?:đến\s*)?(?:hết\s*|cuối\s*)?năm\s*(\d{4})|hiện nay|hiện tại|hiện|đến nay)\s*(?:mới|chỉ)?\s*(?:là|:|đạt|có)?\s*$",
    re.IGNORECASE,
)
# `lên 100 Mbps trong nước và 10 Mbps quốc tế (hiện nay lần lượt là 60 Mbps và 6 Mbps)`: one baseline per value, for
# the targets before the parenthesis in its clause, in order (see `_respective_parenthesis`).
_PAREN_RESPECTIVELY = re.compile(
    r"\(\s*(?:năm\s*(?P<year>\d{4})|hiện nay|hiện tại|đến nay)\s*,?\s*(?:lần lượt\s*(?:là|:|đạt|có)?|(?:là|:|đạt|có)\s*lần lượt)\s*",
    re.IGNORECASE,
)
# `lên 1.000 Mbps (hiện nay 200 Mbps)`: the state today, after a target count.
_PAREN_COUNT_BASELINE = re.compile(
    rf"\s*\(\s*(?:năm\s*(?P<year>\d{{4}})|hiện nay|hiện tại)\s*(?:là|:|đạt|có)?\s*(?P<n>{NUMBER_PATTERN})[^()\n]{{0,20}}\)",
    re.IGNORECASE,
)


_OPEN, _CLOSE = re.compile(r"\("), re.compile(r"\)")
# (a count's unit may stand between: `từ 268 dịch vụ (năm 2021) lên …`)
_YEAR_IN_BRACKETS_AFTER = re.compile(
    rf"{NUMBER_PATTERN}\s*(?:%|phần trăm|[^\W\d]+(?:\s[^\W\d]+)?)?\s*\(\s*năm\s*(?P<y>\d{{4}})\s*\)"
)
_YEAR_NUMBER = re.compile(r"(?:năm|đoạn|[-–—/])\s*\d{4}$")


def _named_year(m: re.Match[str]) -> int:
    """The year a `_YEAR_NAMED` match names: the year, or the end of a period."""
    return int(m.group("y2") or m.group("y"))


# --- scope -----------------------------------------------------------------------------------------------
SCOPE_CUES = {
    "commune": cue(
        r"cấp xã|khối (?:các )?xã|UBND (?:các )?xã|xã, phường, thị trấn|các xã\b|^ ?(?:số )?xã\b|xã nào"
        # a city's communes (`UBND phường, xã, thị trấn`, `cấp phường, xã`)
        r"|(?:UBND |cấp |khối |các )?phường,? xã"  # (also unbroken: `cán bộ phường xã, thị trấn`)
        # a district's communes and towns (`còn ở xã, thị trấn là 76%`), an urban district's wards (`UBND các phường`,
        # `8/8 phường`)
        r"|xã, thị trấn|(?:UBND )?các phường\b|^ ?phường\b"
        r"|tỷ lệ xã\b"  # a table's row of the share of communes (`Tỷ lệ xã có hệ thống hội nghị truyền hình`)
    ),
    "district": cue(
        r"cấp huyện|khối (?:các )?huyện|UBND (?:các )?huyện|thuộc UBND huyện|huyện, thị xã|huyện, thành phố|cấp ?huyện|các huyện\b|quận, huyện"
        r"|^ ?huyện\b"  # `10/10 huyện`: the word right after the number
        # a district's own offices and the district as a whole, in news of one district (`phòng, ban chuyên môn của
        # huyện`, `Hiện huyện có 2 cán bộ …`, `toàn huyện có …`)
        r"|phòng, ban (?:chuyên môn )?(?:của|thuộc) (?:UBND )?huyện|(?:hiện|toàn) huyện (?:hiện |nay |hiện nay )?(?:có|đã)"
        r"|^ ?(?:các )?phòng, ban\b"  # `100% phòng, ban và 27 xã, thị trấn`: the words right after the number
    ),
    "province": cue(
        r"(?:các )?sở,? (?:ban,? )?ngành(?: tỉnh)?|cấp tỉnh|các sở\b|thuộc UBND tỉnh|cơ quan chuyên môn thuộc tỉnh"
        r"|cho các Sở|văn phòng (?:UBND|ủy ban nhân dân) tỉnh|cấp thành phố|khối (?:các )?tỉnh"
        # a city's own block (`khối thành phố 100%, quận, huyện 95%`: its departments, as `khối tỉnh` is a province's)
        r"|khối (?:các )?(?:cơ quan )?thành phố"
        r"|^ ?cơ quan tỉnh\b"  # `18/42 cơ quan tỉnh`: the words right after the number
        # `cơ quan chuyên môn Ủy ban nhân dân tỉnh`, `… của UBND tỉnh`: the province's departments
        r"|cơ quan chuyên môn (?:thuộc |của )?(?:ubnd|ủy ban nhân dân) tỉnh"
    ),
}
_LEVEL_PAIR = cue(
    r"cấp tỉnh, (?:cấp )?huyện|tỉnh, huyện|tỉnh, huyện, xã|cả 3 cấp|các cấp|sở, (?:ban, )?ngành,? (?:và )?(?:các )?địa phương"
    r"|từ cấp tỉnh (?:đến|tới) (?:cấp )?(?:huyện|xã|cơ sở)|từ cấp huyện trở lên|toàn tỉnh|sở, (?:ban, )?ngành, (?:các )?huyện|sở, (?:ban, )?ngành,? và (?:các )?huyện\b"
    # blocks and a city's levels together (`khối tỉnh và khối huyện`, `sở, ban, ngành, quận, huyện`, `cơ quan chuyên môn
    # thuộc UBND thành phố, UBND quận, huyện`), three levels in words (`ở cả ba cấp`, `từ tỉnh đến xã`)
    r"|(?:cấp|khối) tỉnh,? (?:và )?(?:cấp |khối )?huyện|sở, (?:ban, )?ngành,? (?:và )?(?:UBND )?(?:các )?quận, huyện"
    r"|thuộc UBND thành phố,? (?:và )?UBND (?:các )?(?:quận|huyện)|cả (?:ba|3) cấp|ba cấp|từ tỉnh (?:đến|tới) (?:xã|cơ sở)"
    r"|cấp huyện(?:,| và) xã\b"  # `cán bộ cấp huyện và xã`: the second level without its `cấp`
    # the two levels of government from 2025 (`ở hai cấp tỉnh, xã`, `cả 2 cấp`, `cấp tỉnh và cấp xã`; round 26)
    r"|hai cấp(?: chính quyền)?(?: (?:tỉnh|huyện),? (?:và )?(?:cấp )?(?:huyện|xã))?|cả 2 cấp|cấp tỉnh(?:,| và) (?:cấp )?xã\b"
    # a range written from the lowest level up (`từ cấp xã trở lên`, `từ cấp xã đến cấp tỉnh`)
    r"|từ cấp xã trở lên|từ cấp (?:xã|huyện) (?:đến|tới) (?:cấp )?tỉnh|từ xã (?:đến|tới) tỉnh"
    # a district's staff `từ huyện đến xã` (its offices and its communes: two levels, round 25)
    r"|từ (?:cấp )?huyện (?:đến|tới|xuống) (?:cấp )?(?:xã|cơ sở)"
    # staff or agencies "down to the communes", said aside (`cán bộ … trong cơ quan nhà nước (đến cấp xã)`, `– đến cấp
    # xã –`) or of the state's agencies (`cơ quan nhà nước các cấp đến cấp xã`): every level, not the communes alone
    # (each alternative opens with a word: the aside's closing mark, not its opening one, is matched)
    r"|(?:đến|tới) cấp (?:xã|cơ sở) ?(?:\)|–|—)|nhà nước (?:các cấp )?(?:đến|tới) cấp (?:xã|cơ sở)"
    # documents exchanged between the province and the districts (`giữa lãnh đạo UBND tỉnh với UBND các huyện`)
    r"|giữa (?:lãnh đạo )?(?:UBND |cấp )?tỉnh (?:với|và) (?:UBND |cấp )?(?:các )?(?:huyện|địa phương)"
)


# Every level cue above contains one of these words (tests check it): a window without any names no level.
# Looking for them with `in` is far cheaper than running the cues, and most windows name no level.
LEVEL_WORDS = ("cấp", "xã", "huyện", "tỉnh", "sở", "khối", "phường", "phòng")


# Words one of which each level cue's every match holds: a window without them needs that cue not run.
_SCOPE_WORDS = [(lvl, rx, required_words(rx) or ("",)) for lvl, rx in SCOPE_CUES.items()]
_LEVEL_PAIR_WORDS = required_words(_LEVEL_PAIR) or ("",)


def names_a_level_word(window: str) -> bool:
    """Whether one of LEVEL_WORDS is in `window` (spelled out: twice as fast as `any()` over the tuple)."""
    return (
        "cấp" in window
        or "xã" in window
        or "huyện" in window
        or "tỉnh" in window
        or "sở" in window
        or "khối" in window
        or "phường" in window  # an urban district's wards (`8/8 phường`)
        or "phòng" in window  # a district's offices (`100% phòng, ban và 27 xã, thị trấn`)
    )


# What follows a full stop that ends a sentence (see Layout); a quotation opens one too (`… đạt 70%. "Năm 2021, tỉnh
# phấn đấu …", ông … nói.`: the quoted goal is a sentence of its own).
_AFTER_STOP = r"(\s+)(?=[A-ZĐÀ-Ỹ\-\+\*•\d(\"“])"


class Layout:
    """Sentences, clauses and sections of one document, computed once."""

    # A sentence ends at a line break, or at . ! ? … followed by space and a capital, a digit or a bullet (the
    # sentence keeps its full stop; the space belongs to neither). The two are looked for separately, each
    # by a regex the engine can jump through quickly (`\n\n*` opens with a literal; `\n+|[.!?…]…` made it
    # try every character), and merged in text order: what one regex with both alternatives would find.
    _LINE_BREAKS = re.compile(r"\n\n*")
    _FULL_STOP = re.compile(r"[.!?…]" + _AFTER_STOP)
    # The same, one regex per mark: a regex that opens with one literal character is searched for with a fast
    # scan, one that opens with a class is tried at every character. Their matches are those of `_FULL_STOP`
    # (a match is its mark and the spaces after it, so no match of one mark lies inside one of another).
    _FULL_STOP_BY_MARK = tuple((mark, re.compile(re.escape(mark) + _AFTER_STOP)) for mark in ".!?…")
    # A full stop with no space after it, between a lower-case word and a capitalised one (`… hồ sơ thủ tục hành
    # chính.Hiện tỉnh đã cung cấp …`, a page that lost its space): a sentence ends there too. `TP.HCM`, `Tp.Hồ Chí
    # Minh`, `ThS.Nguyễn` and addresses (`hatinh.gov.vn`) are not such a stop (no two lower-case letters before, or
    # no capital after).
    # (Opening with the full stop, not a look-behind: a pattern that opens with a literal is scanned for quickly, one
    # that opens with a look-behind is tried at every character. The two letters before are checked in Python.)
    _GLUED_STOP = re.compile(r"\.(?=[^\W\d_]{2})")

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.text = ctx.text
        # `str.lower` of the text, done once (metadata may have done it: `lowered_known`); province_mentions reads it too
        self._lower = lowered_known(ctx.text) or ctx.text.lower()
        # what cues are matched against, same offsets (`fold`: the lower case itself when it keeps every offset)
        folded = self._lower if len(self._lower) == len(ctx.text) else fold(ctx.text)
        self.folded = _unslip_years(_mask_domain_dots(folded))
        self._clauses: dict[int, tuple[int, int]] = {}
        self._cue_rows: dict[int, list] = {}  # per sentence: its kind cues (see `_cues`)
        self._year_rows: dict[int, list] = {}  # per sentence: the years it names (see `_years`)
        self._opening_cache: dict[tuple[int, int], list[int]] = {}  # per sentence: where cues may open
        self._reviewed_ends: dict[int, int | None] = {}  # per section of results: the earlier programme's last year
        self._list_leads: dict[int, tuple[int, int] | None] = {}  # per line start: its list's opening line

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
        """Every percentage (`80%`, `50 - 60%`), read once per document; with the bare numbers of a list under a line
        giving `%` as their unit (`Đơn vị tính: %`, issue #11, round 22)."""
        found = find_percents(self.text, self.numbers_followed_by(PERCENT_FOLLOWERS))
        if "%" in self.text and (listed := find_percents_under_unit_line(self.text, found)):
            found = sorted([*found, *listed], key=lambda a: a.start)
        return found

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
        stops = [
            (m.start(), m.start(1), m.end())
            for mark, rx in self._FULL_STOP_BY_MARK
            if mark == "." or mark in text
            for m in rx.finditer(text)
        ]
        if "." in text:
            stops += [
                (m.start(), m.end(), m.end())
                for m in self._GLUED_STOP.finditer(text)
                if text[m.end()].isupper()
                and text[m.end() + 1].islower()
                and m.start() >= 2
                and text[m.start() - 2 : m.start()].isalpha()
                and text[m.start() - 2 : m.start()].islower()
            ]
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
            colon = self.text.rfind(":", s, pos)
            if colon >= 0 and (shut := self.text.find(")", colon, pos)) >= 0 and "(" in self.text[s:colon]:
                # `… 215 dịch vụ (năm 2017: 96 dịch vụ) và 31 dịch vụ …`: a colon inside brackets closed before the
                # value opens no list the value is in (issue #11, round 22)
                opened = self.text.rfind("(", s, colon)
                if opened >= 0 and self.text.find(")", opened, colon) < 0 and shut < pos:
                    colon = -1
            left = max(self.text.rfind(";", s, pos), colon)
            left = left + 1 if left >= 0 else s
            right = self.text.find(";", pos, e)
            found = self._clauses[pos] = (left, (right if right >= 0 else e))
        return found

    def paragraph_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    @cached_property
    def _other_provinces(self) -> tuple[list[int], list[str]]:
        """Where a province other than the document's is named (starts), and which (folded names); the document's
        own mentions are kept among them, as they end another's sentence-long reach."""
        if self.ctx.province is None:
            return [], []
        found = province_mentions(self.text, self._lower)
        own = self._own_province
        if all(name == own for _, _, name in found):
            return [], []
        return [a for a, _, _ in found], [name for _, _, name in found]

    @cached_property
    def _own_province(self) -> str | None:
        """The document's province as `fold` writes it (asked for each value whose sentence names another)."""
        return fold_name(self.ctx.province) if self.ctx.province is not None else None

    @property
    def names_other_provinces(self) -> bool:
        return bool(self._other_provinces[0])

    def other_province_before(self, pos: int) -> str | None:
        """The other province a value at `pos` is said of: the province named last before it in its sentence, when that
        is not the document's own (`Tỉnh Gia Lai có 95 dịch vụ …`, `Kon Tum cung cấp 60 dịch vụ …` in a regional
        meeting's news filed under Đắk Lắk). None when the document's own is the nearest, or none is named there."""
        starts, names = self._other_provinces
        if not starts:
            return None
        own = self._own_province
        s = self.sentence(pos)[0]
        i = bisect.bisect_left(starts, pos) - 1
        if i < 0:
            return None
        if starts[i] >= s:
            return None if names[i] == own else names[i]
        # A bullet line whose own words name no province is said of the one its list's opening line names (`Tỉnh Gia
        # Lai:` then `- 95 dịch vụ công trực tuyến mức độ 3;`).
        lead = _list_lead(self, s)
        if lead is not None:
            j = bisect.bisect_left(starts, lead[1]) - 1
            if j >= 0 and starts[j] >= lead[0] and names[j] != own:
                return names[j]
        return None

    @cached_property
    def sections(self) -> tuple[list[int], list[str | None], list[int | None]]:
        """Where each section starts, its kind and the year its heading names (`I. KẾT QUẢ … NĂM 2017`,
        `II. MỤC TIÊU ĐẾN NĂM 2020`, `giai đoạn 2011-2015` → 2015). A sub-heading with no cue keeps both; one of
        the same kind keeps the year unless it names its own."""
        starts, kinds, years = [0], [None], [None]
        current: str | None = None
        year: int | None = None
        folded = self.folded
        target_heading = _REVIEW_TARGET_HEADING if self.ctx.reviews else _TARGET_HEADING
        intros = self._past_period_intros()
        lines = sorted(self._heading_lines() + list(intros)) if intros else self._heading_lines()
        for line_start, begin, end, roman in lines:
            if (line_start, begin, end, roman) in intros:
                # a line announcing the state reached over a past period (`… hiện trạng … giai đoạn 2016-2020 đã đạt
                # được một số kết quả như sau:`): what follows are results of that period's end
                current, year = "baseline", intros[(line_start, begin, end, roman)]
                starts.append(line_start)
                kinds.append(current)
                years.append(year)
                continue
            if end - begin > 160 or self.text[begin:end].rstrip().endswith((";", ",")):
                continue
            if "\t" in self.text[begin:end] and _FIGURES_ROW.search(self.text, begin, end):
                continue
            if not roman and folded.find("%", begin, end) >= 0 and _ITEM_SENTENCE.search(folded, begin, end):
                # `2. Tỷ lệ văn bản … đạt 96,2%, vượt chỉ tiêu giao năm 2022 (90%).`: a numbered sentence stating a
                # figure is an item of the section it stands in, no heading of its own (stop 25, dev_wording11)
                continue
            before = current
            # Cues are searched in the lower-cased text, between the title's ends (none looks beyond them).
            if not search_from_words(_ANY_HEADING, folded, begin, end):  # most numbered lines name no section
                if roman:
                    current = None
            elif _BASELINE_HEADING.search(folded, begin, end):
                current = "baseline"
            elif _NEUTRAL_HEADING.search(folded, begin, end):
                current = None
            elif target_heading.search(folded, begin, end) or (
                # (a section of the report, roman-numbered or in capitals: `II. NHIỆM VỤ TRỌNG TÂM`; not a numbered
                # task inside its results, `1. Nhiệm vụ, giải pháp chủ yếu` under `I. KẾT QUẢ …`, the review of stop 26)
                self.ctx.reviews
                and (roman or self.text[begin:end].isupper())
                and _TASKS_ONLY_HEADING.match(folded, begin, end)
            ):
                current = "target"
            elif roman:
                current = None
            named = (
                [_named_year(y) for y in _YEAR_NAMED.finditer(folded, begin, end) if not y.group("lead")]
                if current is not None and ("20" in (title := folded[begin:end]) or "19" in title)
                else []
            )
            if current is None:
                year = None
            elif named:
                year = named[-1]
            elif current != before or roman:
                year = None
            starts.append(line_start)
            kinds.append(current)
            years.append(year)
        return starts, kinds, years

    def _past_period_intros(self) -> dict[tuple[int, int, int, bool], int]:
        """Lines of running text that open a section of results, as a heading would: a line ending `như sau:` that
        names the state or the results (`hiện trạng`, `thực trạng`, `kết quả`) of a period already over when the text
        was written (`Đề án đã đánh giá hiện trạng … giai đoạn 2016-2020 đã đạt được một số kết quả như sau:`, news of
        a scheme issued in 2022; round 24, real8) → the period's last year, keyed as `_heading_lines` keys a line."""
        folded, out = self.folded, {}
        now = self.ctx.now_year
        at = folded.find("như sau:")
        while at >= 0:
            line_start = folded.rfind("\n", 0, at) + 1
            end = at + len("như sau:")
            m = _PAST_PERIOD_INTRO.search(folded, line_start, end)
            line_end = folded.find("\n", end)
            if (
                m is not None
                and not folded[end : line_end if line_end >= 0 else len(folded)].strip()
                and (now is None or int(m.group(2)) < now)
            ):
                out[(line_start, line_start, end, False)] = int(m.group(2))
            at = folded.find("như sau:", end)
        return out

    def _heading_lines(self) -> list[tuple[int, int, int, bool]]:
        """(line start, title start, title end, whether it opens a top-level section) of every heading line. In slides
        each slide's title (its page's first line, in any case and with no number: `Kết quả nổi bật năm 2020`,
        `Hiện trạng đến cuối năm 2021`) heads what the slide shows, a top-level section: a slide is read under its own
        title, never under the one before."""
        out = []
        for line_start, m in _headings(self.text):
            group = "title" if m.group("title") is not None else "upper"
            begin, end = m.span(group)
            out.append((line_start, begin, end, bool(m.group("num") and _ROMAN.match(m.group("num")))))
        if not self.ctx.slides:
            return out
        titles = {}
        for m in _SLIDE_TITLE.finditer(self.text):
            begin, end = m.span(1)
            titles[begin] = (begin, begin, end, True)
        return sorted([e for e in out if e[0] not in titles] + list(titles.values()))

    def _section_at(self, pos: int) -> int:
        return bisect.bisect_right(self.sections[0], pos) - 1

    def heading_says(self, pattern: re.Pattern[str], pos: int) -> bool:
        """Whether the heading line of the section `pos` is in matches `pattern`; before the first heading, the text's
        first line (a page's title: `Hệ thống thông tin quản lý văn bản và điều hành của tỉnh` over what it counts;
        round 24, real9), when it is a line of its own above the text."""
        i = self._section_at(pos)
        if i == 0:
            start = len(self.folded) - len(self.folded.lstrip())
            end = self.folded.find("\n", start)
            if end < 0 or end >= pos or end - start > 150:
                return False
            return pattern.search(self.folded, start, end) is not None
        start = self.sections[0][i]
        end = self.folded.find("\n", start)
        return pattern.search(self.folded, start, len(self.folded) if end < 0 else end) is not None

    def section_kind(self, pos: int) -> str | None:
        return self.sections[1][self._section_at(pos)]

    # --- kind, year, scope ----------------------------------------------------------------------------
    @cached_property
    def _parens(self) -> tuple[list[int], list[int]]:
        """Offsets of every `(` and every `)`, found once."""
        folded = self.folded
        return [m.start() for m in _OPEN.finditer(folded)], [m.start() for m in _CLOSE.finditer(folded)]

    def _paren_around(self, at: int) -> tuple[int, int]:
        """(the `(` still open at `at`, the first `)` after it), or (-1, -1) when none is open."""
        opens, closes = self._parens
        i, j = bisect.bisect_left(opens, at), bisect.bisect_left(closes, at)
        if i == 0 or (j > 0 and closes[j - 1] > opens[i - 1]):
            return -1, -1
        return opens[i - 1], (closes[j] if j < len(closes) else -1)

    def _per_sentence(self, table: dict, read, begin: int, end: int) -> list[tuple]:
        """The rows `read(sentence start, sentence end)` gives for each sentence that overlaps [begin, end),
        each sentence read once (cached in `table`): only the sentences around values are ever read."""
        starts, spans = self._sentence_starts, self.sentences
        first, stop = max(0, bisect.bisect_right(starts, begin) - 1), bisect.bisect_left(starts, end)
        rows: list[tuple] = []
        for i in range(first, stop):
            found = table.get(i)
            if found is None:
                found = table[i] = read(*spans[i])
            if stop - first == 1:  # most windows lie in one sentence: its rows as they are
                return found
            rows.extend(found)
        return rows

    def _openings(self, begin: int, end: int) -> list[int]:
        """Where a word of CUE_OPENINGS opens a word in folded[begin:end], in order."""
        found = self._opening_cache.get((begin, end))
        if found is None:
            folded = self.folded
            found = self._opening_cache[begin, end] = sorted(  # (a slice: see `WordIndex.__init__`)
                at
                for last, length in _CUE_AUTOMATON.iter(folded[begin:end])
                if (at := begin + last - length + 1) == 0 or not folded[at - 1].isalnum()
            )
        return found

    def _matches(self, pattern: re.Pattern[str], begin: int, end: int) -> Iterator[re.Match[str]]:
        """What `pattern.finditer(folded, begin, end)` finds, for a pattern whose every match opens with a word
        of CUE_OPENINGS: tried only there, skipping overlaps as finditer does."""
        folded, taken = self.folded, begin
        for at in self._openings(begin, end):
            if at >= taken and (m := pattern.match(folded, at, end)):
                taken = m.end()
                yield m

    @cached_property
    def _theo_do_of_results(self) -> bool:
        """`Theo đó` opens a plan's contents in news of a plan; in a report or a news review (`… đã ban hành nhiều
        văn bản chỉ đạo. Theo đó, phần mềm … được triển khai tại 26 đơn vị`) it goes on with what was done."""
        return self.ctx.genre in ("report", "news_review")

    def _read_cues(self, begin: int, end: int) -> list[tuple[int, int, str, bool, int, int]]:
        """The kind cues of folded[begin:end]: (start, end, kind, strong, open paren, its close). A named year
        is a cue by its tense: before the year the text speaks from → baseline, after it → target (a January review
        of the year before writes `đến cuối năm 2018` of what was done: the page's year is the tense's)."""
        now = self.ctx.latest_year
        rows = []
        for m in self._matches(_KIND_CUES, begin, end):
            group = next(g for g in ("bs", "bw", "ts", "tw", "year") if m.group(g) is not None)
            if group == "tw" and self._theo_do_of_results and self.folded.startswith("theo", m.start()):
                continue  # a review's `Theo đó, …` goes on with the results before it, as its genre reads them
            if self._in_programme_carried_out(m.start()):
                continue
            if group == "tw" and self._end_of_the_year_reported(m):
                # `… ; đến cuối năm có 1.032 đơn vị sử dụng` in a report on 2022 issued in 2023: the end of the year
                # reported, results as of then (as `đến hết năm 2022` there is, round 22; stop 27, dev_wording14)
                kind, strong = "baseline", False
            elif group != "year":
                kind, strong = ("baseline" if group[0] == "b" else "target"), group[1] == "s"
            elif m.group("lead") or now is None:
                continue
            elif _GOAL_WORD_BEFORE.search(self.folded, max(0, m.start() - 24), m.start()):
                continue  # `… đặt mục tiêu đến năm 2020 có 80% …` quoted in a later review: the goal's horizon, no tense
            elif (named := _named_year(m)) != now:
                kind, strong = ("baseline" if named < now else "target"), True
            elif m.group("until") and self._as_of_a_month_gone_by(m):
                # `Đến tháng 6/2019, 100% sở … đã …` in a review, or on a page of a later month: results as of then
                kind, strong = "baseline", True
            elif m.group("until") and self._end_of_a_year_gone_by(named):
                # `Đến hết năm 2019, tỉnh cung cấp …` in a report on 2019 written in 2020: results as of then (round 22)
                kind, strong = "baseline", False
            elif m.group("until"):
                kind, strong = "target", False
            elif (
                m.group("y2")
                and int(m.group("y")) < now
                and _LOOK_BACK_OPENING.fullmatch(self.folded, begin, m.start())
            ):
                # `Giai đoạn 2015-2020, … 91% cán bộ có máy tính` opening a sentence of a text of 2020: the period
                # behind it, looked back on (a goal of it says so: `phấn đấu`, `đến năm 2020`).
                kind, strong = "baseline", False
            else:
                continue
            rows.append((m.start(), m.end(), kind, strong, *self._paren_around(m.start())))
        return rows

    @cached_property
    def _programmes_carried_out(self) -> tuple[list[int], list[int]]:
        """Where each programme named at a clause's opening as carried out stands (starts, ends)."""
        folded = self.folded
        if "thực hiện " not in folded and "triển khai " not in folded:
            return [], []
        spans = []
        # (each verb found with `str.find`: a scan of the whole text with the pattern is slow)
        for verb in ("thực hiện ", "triển khai "):
            at = folded.find(verb)
            while at >= 0:
                if (at == 0 or not folded[at - 1].isalnum()) and (m := _PROGRAMME_CARRIED_OUT.match(folded, at)):
                    opening = next((at - len(pre) for pre in ("để ", "tiếp tục ") if folded.endswith(pre, 0, at)), at)
                    before = folded[max(0, opening - 12) : opening].rstrip(" \t-–•+*")
                    if before.endswith(("\n", ".", ",", ":")) or (not before and opening < 12):
                        spans.append((opening, m.end()))
                at = folded.find(verb, at + 1)
        spans.sort()
        return [a for a, _ in spans], [b for _, b in spans]

    def _in_programme_carried_out(self, at: int) -> bool:
        starts, ends = self._programmes_carried_out
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < ends[i]

    def _end_of_a_year_gone_by(self, year: int) -> bool:
        """Whether `đến (hết/cuối) năm YYYY` dates results: in a review written after that year."""
        written = max(self.ctx.issued_year or 0, self.ctx.published_year or 0)
        return self.ctx.reviews and written > year

    def _end_of_the_year_reported(self, m: re.Match[str]) -> bool:
        """Whether a weak goal cue is `đến (hết/cuối) năm` with no year, in an official report on one year issued
        after it (`Báo cáo … năm 2022`, dated 16/01/2023): the end of that year, not a deadline ahead."""
        folded = self.folded
        if folded[m.start()] not in "đt" or not _UNTIL_END_OF_YEAR.match(folded, m.start()):
            return False
        ctx = self.ctx
        return (
            ctx.genre == "report"
            and ctx.period_end is not None
            and ctx.period_start == ctx.period_end
            and self._end_of_a_year_gone_by(ctx.period_end)
        )

    def _as_of_a_month_gone_by(self, m: re.Match[str]) -> bool:
        """Whether `đến (hết/cuối) tháng M/YYYY` (of the text's own year) dates results: in a review (a report, a news
        review or a mixed article), or on a page dated after that month. A plan's `đến tháng 12/2021` is a deadline."""
        month = _MONTH_NAMED.match(self.folded, m.start("year"))
        if month is None:
            return False
        if self.ctx.reviews:
            return True
        published = self.ctx.published_month
        return (
            published is not None and self.ctx.published_year == int(m.group("y")) and int(month.group(1)) < published
        )

    def _cues(self, begin: int, end: int, own: int | None = None) -> list[tuple[int, str, bool]]:
        """(where, kind, strong) of each kind cue in folded[begin:end], in order; cues inside a parenthesis
        that closes before `end` are another value's (`60% (năm 2009 là 40%); ở cấp huyện 30%`). With `own` (where
        a value starts), a strong cue that leads straight into another number is that number's, not the value's (`80% …,
        trong khi hiện nay mới khoảng 55%`)."""
        return [
            (at, kind, strong)
            for at, cue_end, kind, strong, opened, closed in self._per_sentence(
                self._cue_rows, self._read_cues, begin, end
            )
            if begin <= at
            and cue_end <= end
            and not (opened >= begin and 0 <= closed < end)
            and (own is None or not strong or not self._leads_into_another_number(cue_end, own))
        ]

    def _leads_into_another_number(self, cue_end: int, own: int) -> bool:
        """Whether the words after a cue ending at `cue_end` lead straight into a number other than the one at `own`
        (`hiện nay mới khoảng 55%`, `năm 2015 là 40%`)."""
        m = _LEADS_INTO_NUMBER.match(self.folded, cue_end)
        at = m.end() if m else cue_end
        if at == own or at >= len(self.folded) or not self.folded[at].isdigit():
            return False
        i = bisect.bisect_left(self.number_starts, at)
        return i < len(self.number_starts) and self.number_starts[i] == at

    @cached_property
    def _lead_end(self) -> int:
        """Where the lead paragraph ends: the end of the second line that is not blank (a headline, then its lead)."""
        seen, pos = 0, 0
        for line in self.text.splitlines(keepends=True):
            pos += len(line)
            if line.strip():
                seen += 1
                if seen == 2:
                    return pos
        return pos

    @cached_property
    def _strong_cues(self) -> tuple[list[int], list[str]]:
        """Where each strong cue of the text stands, and its kind (for mixed articles)."""
        found = [(at, k) for at, k, strong in self._cues(0, len(self.text)) if strong]
        return [at for at, _ in found], [k for _, k in found]

    def _paragraph_or_list(self, pos: int) -> int:
        """Where the paragraph of `pos` starts; for an item of a bulleted list, where the line that opens the
        list starts (`Mục tiêu năm 2019:` above `- 100% …`)."""
        start = self.paragraph_start(pos)
        while start > 0 and _BULLET.match(self.text, start):
            start = self.paragraph_start(max(0, start - 1))
            while start > 0 and not self.text[start : self.text.find("\n", start)].strip():
                start = self.paragraph_start(start - 1)
        return start

    def kind(self, pos: int) -> str:
        """baseline or target. The section a value stands in decides (hiện trạng/kết quả vs mục tiêu/nhiệm vụ),
        unless a strong cue of the other kind is the nearest cue before the value in its clause. Outside
        sections: the nearest cue before the value in its clause, then right after it (up to the next number)
        or the nearest in its sentence (a strong cue before a weak one), then the first strong cue of its
        paragraph (or list), else its nearest; else the genre's default (a review
        or report: baseline; a plan, decision or news about a plan: target). A headline is its own paragraph,
        so it keeps the genre's default unless it has a cue of its own."""
        c, c_end = self.clause(pos)
        if self._result_before_slash(pos, c) is not None:
            return "target"  # `đạt 91%/80%` (thực hiện/chỉ tiêu): the goal written after the result and a slash
        # (the goal named as a cell's key before a colon that opens the value's clause: `Kế hoạch năm: 80%`, round 25)
        g = self.sentence(pos)[0] if c > 0 and self.text[c - 1] == ":" else c
        if search_from_words(GOAL_NAMED_BEFORE, self.folded, max(g, pos - 60), pos):
            return "target"  # `so với mục tiêu 60%`, `vượt chỉ tiêu đề ra (cấp huyện 70%)`: the goal's own value
        if _NOT_THE_GOAL_BEFORE.search(self.folded, max(c, pos - 16), pos) and _GOAL_NAMED_AFTER.match(
            self.folded, pos
        ):
            return "target"  # `không phải 100% như kế hoạch mà chỉ 85%`: the goal the result is not
        if _MEASURED_AGAINST_GOAL.match(self.folded, pos):
            # `… mới đạt 45% so với mục tiêu 80% của Kế hoạch` (under `CHỈ TIÊU KHÓ ĐẠT VÀO NĂM 2020`): the value set
            # against a goal is the result, whatever section it stands in
            return "baseline"
        if self._due(pos) is not None:
            return "target"  # work in progress, to be finished by a date: what it will give is a goal
        section = self.section_kind(pos)
        clause_cues = self._cues(c, pos)
        nearest = clause_cues[-1] if clause_cues else None
        if section:
            # The cues of the other kind nearest the value, back to the last of the section's own kind.
            for _, cue_kind, strong in reversed(clause_cues):
                if cue_kind == section:
                    break
                if strong:
                    return cue_kind
            # A value said to come in its own words, in a section of results (`Trong năm 2023, 70% UBND cấp xã sẽ sử
            # dụng chữ ký số` under `ĐÁNH GIÁ KẾT QUẢ NĂM 2022`): a goal, when nothing of the section's kind stands
            # between (stop 26). Its own words end at the first comma: what follows is another predicate (`…, qua đó
            # sẽ giúp …`, `…, dự kiến đến hết năm sẽ đạt 80%`), which says nothing of this value (stop 27 review).
            if section == "baseline" and not clause_cues:
                own = self.folded[pos : self._next_number_or_paren(pos, c_end)]
                if _WILL_OWN_WORDS.search(own):
                    return "target"
            # An item of a list whose opening line says otherwise (`Phấn đấu năm 2019:` at the end of a report's
            # results): the opening line's strong cue, when the item's own clause has none.
            if not clause_cues and (lead := _list_lead(self, self.sentence(pos)[0])):
                lead_kind = next((k for _, k, strong in self._cues(*lead) if strong), None)
                if lead_kind is not None:
                    return lead_kind
            # A sentence that opens with a year's result before a colon (`Kết quả năm 2020: tỷ lệ này đạt 91%`, a
            # plan's note on last year under its goals): that opening's strong cue, when the clause after it has none.
            s = self.sentence(pos)[0]
            if not clause_cues and s < c and self.text[c - 1] == ":":
                opening = next((k for _, k, strong in self._cues(s, c) if strong), None)
                if opening is not None and opening != section:
                    return opening
            return section
        if nearest:
            return nearest[1]
        # Then the value's own words after it, and the sentence before its clause: a strong cue first (`Phấn
        # đấu đến năm 2020: 100% xã …, 80% cán bộ đã được đào tạo` — the goal, not the verb's tense).
        after = self._cues(pos, self._next_number_or_paren(pos, c_end), own=pos) or self._shared_cues(pos, c_end)
        s, _ = self.sentence(pos)
        earlier = self._cues(s, c) if s < c else []
        # (a cue that leads into another number earlier in the sentence is that number's when another strong cue
        # sets the sentence's tense: `phấn đấu … 80% …, trong khi hiện nay mới khoảng 55%; và 100% UBND cấp xã …`; alone,
        # it still opens the sentence: `… hiện có 4.250 hộp thư; 100% cán bộ … đã được cấp`)
        if (
            sum(strong for _, _, strong in earlier) > 1
            and (mine := self._cues(s, c, own=pos)) != earlier
            and any(strong for _, _, strong in mine)
        ):
            earlier = mine
        if after and after[0][2]:
            return after[0][1]
        if earlier and earlier[-1][2]:
            return earlier[-1][1]
        if after or earlier:
            return after[0][1] if after else earlier[-1][1]
        # A paragraph's first strong cue sets its topic (`Mục tiêu cụ thể đến năm 2010 là …. Nâng cấp Trang
        # thông tin … hiện nay lên Cổng …. Cung cấp 2 dịch vụ …`); without one, the nearest cue counts.
        p = self._paragraph_or_list(pos)
        found = self._cues(p, s) if p < s else []
        if found and self.ctx.reviews and self.folded.find("so với", p, s) >= 0:
            # (not a goal a result was measured against: `… lên 47 người, vẫn thấp so với mục tiêu 60 người mà Kế hoạch đặt
            # ra cho năm 2015. 47 người này gồm 3 thạc sĩ, …` goes on with the results, round 25)
            found = [
                f
                for f in found
                if f[1] != "target"
                or not _COMPARED_TO_GOAL.search(self.folded, max(self.clause(f[0])[0], f[0] - 80), f[0] + 9)
            ]
        if found:
            return next((k for _, k, strong in found if strong), found[-1][1])
        # A news sentence that opens `Năm nay, …` with no cue of its own reports the year so far (`(Long An, 28/12/2020) -
        # Năm nay, 96% văn bản … . Năm tới, tỉnh phấn đấu …`), whatever goal the paragraph goes on to (round 22).
        if _SO_THEN.match(self.folded, s):  # `Như vậy, …`: of the kind of the last strong cue before it
            at, kinds = self._strong_cues
            if (i := bisect.bisect_left(at, s)) > 0:
                return kinds[i - 1]
        if self.ctx.doc_type == "news_article" and _OPENS_THIS_YEAR.match(self.folded, s):
            return "baseline"
        # Else the first strong cue later in its paragraph (`… tổng số cán bộ làm CNTT là 96 người. Hiện 20/23 sở
        # đã bố trí …`): a paragraph about the state today says so somewhere.
        p_end = self.text.find("\n", s)
        later_cues = [(at, k) for at, k, strong in self._cues(c_end, p_end if p_end >= 0 else len(self.text)) if strong]
        genre = self.ctx.genre
        if genre in ("news_mixed", "news_review") and later_cues and later_cues[0][1] == "target":
            # (Not a goal in a later sentence that opens a time ahead, in news of a look back and what comes next:
            # `Về dịch vụ công, tỉnh có 1.823 thủ tục …. Năm 2024, tỉnh đặt mục tiêu …` — the goal is that year's only,
            # round 26; nor any goal of a later sentence: `Toàn tỉnh có 74 cán bộ …. Tỉnh phấn đấu đến năm 2025 …`, stop 27
            # review; in news of results too: `Tỷ lệ … đạt 97%. Năm 2023, huyện dự kiến bố trí …`, stop 27.)
            if self.sentence(later_cues[0][0])[0] > s:
                later_cues = []
        later = [k for _, k in later_cues]
        # (Not in a question session, whose answers state the state and then a promise in one paragraph: `… các sở,
        # ngành có 64 người làm CNTT …. Riêng cấp xã …, Sở sẽ phối hợp …` — there the last strong cue before counts.)
        # (Nor in an interview's answer, as at a question session: `Cả tỉnh có 58 người làm CNTT …. Năm tới, tỉnh phấn
        # đấu …`, round 26.)
        # (An interview's answer whose goal is said in the value's own sentence, `… 90% cán bộ cấp xã được cấp hộp thư;
        # đây là chỉ tiêu tỉnh phấn đấu …`, is a goal: only a promise in a later sentence is the promise's alone.)
        if later and not (
            genre == "news_mixed"
            and (self.ctx.question_session or (self.ctx.interview and self.sentence(later_cues[0][0])[0] > s))
        ):
            return later[0]
        if genre == "news_mixed":  # a look back, then what comes next: the last strong cue before the value
            at, kinds = self._strong_cues
            i = bisect.bisect_left(at, p)
            # (the years the headline and lead name the event by, `hội nghị tổng kết công tác năm 2019, triển khai
            # nhiệm vụ năm 2020`, are no tense of the paragraphs below them)
            lead_end = self._lead_end
            while i > 0 and p >= lead_end > at[i - 1] and _YEAR_NAMED.match(self.folded, at[i - 1]):
                i -= 1
            return kinds[i - 1] if i > 0 else "baseline"
        if genre is None:
            return "baseline"
        return "baseline" if self.ctx.reviews else "target"

    def heading_level(self, s: int) -> str | None:
        """The level of a heading line above the sentence starting at `s` (`Cấp tỉnh và cấp huyện:`, `Về hạ tầng
        ở cấp xã:` on a line of its own, then `100% các cơ quan … được trang bị máy tính …`): the nearest line
        ending with a colon, if it is short, names a level and no number. An ordinary sentence carries none."""
        i = bisect.bisect_right(self._sentence_starts, s) - 1
        text = self.text
        for j in range(i - 1, max(-1, i - 7), -1):
            a, b = self.sentences[j]
            line = text[a:b].strip()
            if not line.endswith(":"):
                continue
            if len(line) > 60 or any(ch.isdigit() for ch in line) or (a > 0 and text[a - 1] != "\n"):
                return None
            return self.scope(self.folded[a:b], "")
        return None

    def carried_level(self, s: int, depth: int = 2) -> str | None:
        """The level a sentence goes on with from the one before (`Ở khối huyện, các phòng đã dùng phần mềm …. Cùng
        với đó, 90% cán bộ ở khối này được cấp hộp thư …`): when the sentence starting at `s` opens with a connective
        that continues (`Cùng với đó`, `Bên cạnh đó`, `Đồng thời`) or points back (`ở khối này`, `cấp này`), the
        level the sentence before opens with (or carries on itself). Any other sentence carries none."""
        i = bisect.bisect_right(self._sentence_starts, s) - 1
        if i <= 0:
            return None
        folded = self.folded
        end = self.sentences[i][1]
        if not (_GOES_ON.match(folded, s) or ("này" in folded[s:end] and _THIS_LEVEL.search(folded, s, end))):
            return None
        a, _ = self.sentences[i - 1]
        if opening := _OPENING_LEVEL.match(folded, a) or _LEVEL_OPENS.match(folded, a):
            return self.scope(opening.group("lvl"), "")
        return self.carried_level(a, depth - 1) if depth > 0 else None

    def _due(self, pos: int) -> tuple[int | None] | None:
        """For a value in work still in progress whose completion is expected (`đang triển khai xây dựng Cổng …,
        bảo đảm cung cấp khoảng 300 dịch vụ …. Các chỉ tiêu này dự kiến sẽ hoàn thành vào cuối năm 2017`): (the
        year it is due, or None); None when the value is no such one. The work is named before the value in its
        sentence, the completion after it, in that sentence or the next."""
        s, e = self.sentence(pos)
        folded = self.folded
        if folded.find("đang", s, pos) < 0 or not (work := _IN_PROGRESS.search(folded, s, pos)):
            return None
        if _DONE_BETWEEN.search(folded, work.end(), pos):
            return None  # `đang xây dựng …; đã cung cấp 200 dịch vụ`: a result of its own
        i = bisect.bisect_right(self._sentence_starts, pos)
        end = self.sentences[i][1] if i < len(self.sentences) else e
        if folded.find("dự kiến", pos, end) < 0 or not (due := _DUE.search(folded, pos, end)):
            return None
        return (int(due.group("y")) if due.group("y") else None,)

    def _period_named_last(self, begin: int, end: int) -> bool:
        """Whether the last year named in folded[begin:end] is a period's (`giai đoạn 2016 – 2020`)."""
        found = list(_YEAR_NAMED.finditer(self.folded, begin, end))
        return bool(found) and found[-1].group("y2") is not None

    def _shared_cues(self, pos: int, c_end: int) -> list:
        """The cues of a predicate shared by a list of values (`100% cán bộ cấp tỉnh và 70% cán bộ cấp xã sẽ được trang
        bị máy tính`): when only the value's own words and `,`/`và` stand before the next number, the cues after the
        clause's last number (its predicate), else none."""
        nxt = self._next_number_or_paren(pos, c_end)
        if nxt >= c_end or self.text[nxt] == "(" or not _LISTED_BEFORE_NEXT.fullmatch(self.folded, pos, nxt):
            return []
        starts = self.number_starts
        k = bisect.bisect_left(starts, c_end) - 1
        last = self.numbers[k][1] if k >= 0 and starts[k] >= nxt else nxt
        return self._cues(last, c_end)

    def _next_number_or_paren(self, pos: int, limit: int) -> int:
        """Where the words after the number at `pos` end: at the next number or an opening parenthesis."""
        starts, numbers, folded = self.number_starts, self.numbers, self.folded
        i = bisect.bisect_right(starts, pos)
        # A value that starts at its qualifier (`hơn 66,7% số cán bộ … đã được cấp`): its own number ends no words.
        if i < len(starts) and _ONLY_QUALIFIER.fullmatch(folded, pos, starts[i]):
            i += 1
        # A year's own number (`vào năm 2016`, `giai đoạn 2016-2020`) does not end the words, nor the whole a fraction
        # is of (`8/8 quận, huyện đều đã bố trí …`: the value's words go on after its denominator).
        # (`_YEAR_NUMBER` ends with four digits: a number whose last four characters are not all digits is passed at once;
        # `isdigit` holds for every character `\d` matches)
        while i < len(starts) and (
            (
                folded[numbers[i][1] - 4 : numbers[i][1]].isdigit()
                and _YEAR_NUMBER.search(folded, max(0, starts[i] - 12), numbers[i][1])
            )
            or (starts[i] - pos < 12 and folded[starts[i] - 1] == "/" and folded[pos : starts[i] - 1].isdigit())
            or (
                starts[i] - pos < 16
                and "tỷ " in folded[pos : starts[i]]
                and _SCALE_THEN_MORE.fullmatch(folded, pos, starts[i])
            )
        ):
            i += 1
        end = min(limit, starts[i]) if i < len(starts) else limit
        paren = self.text.find("(", pos, end)
        return paren if paren >= 0 else end

    def _read_years(self, begin: int, end: int) -> list[tuple[int, int, int | None, int, int]]:
        """The years named in folded[begin:end]: (start, end, year, open paren, its close); `hiện nay`/`đến nay`
        have year None (the text's own, for a baseline). Comparisons, starts and dates are left out (`so với
        năm 2015`, `từ năm`, `tháng 12 năm 2016`)."""
        # (nor the years of a programme carried out, named with its horizon at a clause's opening: `Thực hiện Chương trình
        # … đến năm 2025, định hướng đến năm 2030, phấn đấu 100% …` in a plan for 2024 is of 2024; review 27b)
        found = [
            (m.start(), m.end(), _named_year(m))
            for m in self._matches(_YEAR_NAMED, begin, end)
            if not m.group("lead") and not self._in_programme_carried_out(m.start())
        ]
        found += [(m.start(), m.end(), None) for m in self._matches(_NOW_NAMED, begin, end)]
        found.sort(key=lambda f: f[0])
        return [(a, b, y, *self._paren_around(a)) for a, b, y in found]

    def _years(self, kind: str, begin: int, end: int) -> list[int]:
        """The years named in folded[begin:end] that can be a `kind` value's year, in order. A baseline is not
        later than the text's own year; `hiện nay`/`đến nay` name that year."""
        now, latest = self.ctx.now_year, self.ctx.latest_year
        found = []
        for at, year_end, y, opened, closed in self._per_sentence(self._year_rows, self._read_years, begin, end):
            if at < begin or year_end > end or (opened >= begin and 0 <= closed < end):
                continue
            if y is None:
                if kind == "baseline" and now is not None:
                    found.append(now)
            elif kind == "target" or latest is None or y <= latest:
                found.append(y)
        return found

    def year(self, kind: str, pos: int) -> int | None:
        """The nearest year named before the value in its clause, else right after it (up to the next number),
        else the nearest before it in its sentence (`năm 2017 đạt 60%, năm 2018 đạt 75%` → 2017, 2018); else the
        year its section's heading names; else the document's default (a target: the end of the plan period,
        or for `đến cuối năm` in a one-year text its year; a baseline: the year of the document, or the end
        of the period a review looks back on)."""
        c, c_end = self.clause(pos)
        s, s_end = self.sentence(pos)
        if kind == "target" and (slash := self._result_before_slash(pos, c)) is not None:
            return self.year("baseline", slash.start("n"))  # `đạt 91%/80%`: the goal of the result's own year
        if kind == "target" and (due := self._due(pos)) is not None and due[0] is not None:
            return due[0]  # `… dự kiến hoàn thành vào cuối năm 2017`: the year the work is due
        if kind == "target" and ("trước" in self.folded[s:c_end] or "chậm nhất" in self.folded[s:c_end]):
            # `… hoàn thành kết nối … đến 100% xã … trước ngày 31/12/2022`, `trước ngày 30/6/2022 đưa 150 dịch vụ …`:
            # the deadline its sentence sets is the goal's year (one deadline only; a date is otherwise no year).
            deadlines = {int(m.group("y")) for m in _DEADLINE.finditer(self.folded, s, c_end)}
            if len(deadlines) == 1:
                return deadlines.pop()
        if "(" in self.folded[pos : pos + 16] and (m := _YEAR_IN_BRACKETS_AFTER.match(self.folded, pos)):
            # `tỷ lệ 100 % (năm 2020)`: the year in brackets right after the value is its year
            y = int(m.group("y"))
            if kind == "target" or self.ctx.latest_year is None or y <= self.ctx.latest_year:
                return y
        # A note on the data right under the value's line (`Số liệu tổng hợp đến ngày 31/12/2019; …`: a Word footnote,
        # read right after the paragraph citing it, analysis.formats._DocxNotes) dates that line's results, its `hiện có`
        # too (the note says when `now` was), unless the value's sentence names a year of its own (round 23).
        if (
            kind == "baseline"
            and (line_end := self.text.find("\n", pos)) >= 0
            and "số" in self.folded[line_end : line_end + 8]
        ):
            m = _DATA_NOTE.match(self.folded, line_end + 1)
            if (
                m is not None
                and (self.ctx.latest_year is None or int(m.group("y")) <= self.ctx.latest_year)
                and not _A_YEAR.search(self.folded, s, s_end)
            ):
                return int(m.group("y"))
        before = self._years(kind, c, pos)
        if before and kind == "baseline" and _SENTENCE_AT_NOW.match(self.folded, s) and self._period_named_last(c, pos):
            # `Tính đến nay, … cam kết … hàng năm và giai đoạn 2016 – 2020 …, các sở … đã cung cấp hơn 20 dịch vụ`:
            # a result as of the text's own time, not of the period a commitment before it names.
            before = []
        # `tăng từ 30% năm 2015 lên 88% năm 2020`: the year before `lên` is the first value's, not the second's.
        raised = bool(before) and _FROM_YEAR_TO.search(self.folded, max(c, pos - 30), pos) is not None
        # (a value quoted from its qualifier, `tối thiểu 50% vào năm 2025`: the words after it follow its number)
        num = bisect.bisect_left(self.number_starts, pos)
        from_number = pos
        if num < len(self.number_starts) and 0 < self.number_starts[num] - pos <= 16:
            if not any(ch.isdigit() for ch in self.folded[pos : self.number_starts[num]]):
                from_number = self.number_starts[num]
        after = self._years(kind, from_number, self._next_number_or_paren(from_number, c_end))
        # `… tăng từ 420 dịch vụ năm 2022 lên 806`: the year right after a first value, before `lên`, is its own
        # (over a year the clause named before: `tổng kết năm 2023, … cho biết, … tăng từ 420 …`).
        own = after and _VALUE_YEAR_THEN_UP.match(self.folded, pos) is not None
        if before and not raised and not own and not (after and self._year_trails_a_number(c, pos)):
            return before[-1]
        # (`cấp xã đạt 77% năm 2017, 79% năm 2018`: the year right after the value before is that value's; this one
        # names its own right after it)
        if after:
            return after[0]
        if (
            kind == "baseline"
            and not after
            and self.folded.endswith("từ ", 0, pos)
            and _VALUE_THEN_UP.match(self.folded, pos)
            and (compared := _COMPARED_WITH_YEAR.search(self.folded, s, pos)) is not None
        ):
            # `So với năm 2015, số dịch vụ … tăng gần gấp 5 lần, từ 104 dịch vụ lên 512 dịch vụ`: the figure grown from
            # is of the year the growth is measured against
            return int(compared.group("y"))
        earlier = self._years(kind, s, c) if s < c and not raised else []
        if earlier and kind == "baseline" and _SENTENCE_AT_NOW.match(self.folded, s):
            return self.ctx.now_year if self.ctx.now_year is not None else self.ctx.default_year(kind)
        if earlier:
            return earlier[-1]
        if kind == "target" and self.ctx.doc_type == "report" and _TIME_AHEAD_UNNAMED.search(self.folded, s, pos):
            # `…, thời gian tới sẽ phấn đấu đạt 100%` in a report: a goal of a time ahead no year names, its year unknown
            # (README, stop 27), not the year the report is on. (News of a plan reads `Thời gian tới, huyện sẽ …` as of
            # its own year, round 12; an interview's goal takes the year its question asks about, stop 27.)
            return None
        # `…, tỷ lệ A đạt 82%, tỷ lệ B đạt 91% và tỷ lệ C đạt 76%, tính đến hết năm 2018.`: an as-of date closing the
        # sentence dates each result of it, however far before (issue #11, round 22)
        if (
            kind == "baseline"
            and (m := _AS_OF_CLOSING.search(self.folded, pos, s_end)) is not None
            and (self.ctx.latest_year is None or int(m.group("y")) <= self.ctx.latest_year)
        ):
            return int(m.group("y"))
        # An item of a list takes the year its opening line names (`Chỉ tiêu cụ thể năm 2019:`, `Phấn đấu năm 2018:`).
        if (lead := _list_lead(self, s) or _list_title(self, s)) and (named := self._years(kind, *lead)):
            return named[-1]
        ctx = self.ctx
        # `năm tới`, `sang năm` in the value's sentence: a goal of the year after the text's own.
        if kind == "target" and ctx.now_year is not None and search_from_words(_NEXT_YEAR, self.folded, s, c_end):
            return ctx.now_year + 1
        # (`Năm ngoái, tỉnh mới có 22 dịch vụ …; năm nay con số này đã là 136`: the words of the value's own clause
        # first, then those of its sentence)
        if (
            ctx.doc_type == "news_article"
            and ctx.published_year is not None
            and s < c
            and search_from_words(_THIS_YEAR_WORDS, self.folded, c, pos)
            and not search_from_words(_LAST_YEAR_WORDS, self.folded, c, pos)
        ):
            return ctx.published_year
        if (
            kind == "baseline"
            and ctx.doc_type == "news_article"
            and ctx.published_year is not None
            and search_from_words(_LAST_YEAR_WORDS, self.folded, s, c_end)
        ):
            return ctx.published_year - 1
        if (
            ctx.doc_type == "news_article"
            and ctx.published_year is not None
            and search_from_words(_THIS_YEAR_WORDS, self.folded, s, c_end)
        ):
            return ctx.published_year
        # A paragraph that opens with a year (`Năm 2018, …`): its later sentences carry that year.
        p = self.paragraph_start(pos)
        if p < s and (m := _OPENING_YEAR.match(self.folded, p)):
            opened, now = int(m.group(1)), ctx.now_year
            # A paragraph that goes on to other years (`Năm 2013, …; năm 2014, …`) tells a chronology: a later
            # sentence of it is not of the opening year. A comparison (`so với năm 2017`) is no such year.
            others = any(
                int(y.group("y")) != opened and not (y.group("lead") or "").startswith("so")
                for y in _YEAR_NAMED.finditer(self.folded, m.end(), s)
            )
            if not others and (now is None or (opened <= now if kind == "baseline" else opened >= now)):
                return opened
        # A paragraph that opens `Đến nay, …` / `Hiện nay, …`: its later sentences speak of the text's own time too,
        # not of a period the text names elsewhere (`Đến nay, 100% … . Tỉnh đã có 1.265 DVCTT …` on a 2021 page of
        # news that also names 2016-2020). A review's `hiện nay` is of the period it looks back on, as its default is.
        if (
            kind == "baseline"
            and p < s
            and ctx.now_year is not None
            and ctx.genre not in ("news_review", "report")
            and _SENTENCE_AT_NOW.match(self.folded, p)
        ):
            return ctx.now_year
        if kind == "target" and ctx.interview and (asked := self._question_before(s)) is not None:
            # A goal in an interview's answer that names no year of its own is of the year its question asks about
            # (`Phóng viên: Năm nay, ngành đặt ra những chỉ tiêu nào?` → the page's year; `… đến năm 2025 …?` → 2025);
            # with none, its year is unknown: not the year an earlier answer looked back on (`Năm 2022, 88% …`), which
            # the text's default period then is (stop 27, leftovers5).
            q, q_end = asked
            if named := self._years("target", q, q_end):
                return named[-1]
            now = ctx.published_year or ctx.now_year
            if now is not None and search_from_words(_NEXT_YEAR, self.folded, q, q_end):
                return now + 1
            if now is not None and search_from_words(_THIS_YEAR_WORDS, self.folded, q, q_end):
                return now
            if ctx.period_end is not None and now is not None and ctx.period_end < now:
                return None
        i = self._section_at(pos)
        if self.sections[1][i] == kind and self.sections[2][i] is not None:
            return self.sections[2][i]
        if kind == "target" and ctx.reviews:
            # A review's goals are for after the period it looks back on: the last such year named before.
            looked_back = ctx.period_end or ctx.now_year
            later = [y for y in self._years("target", 0, s) if looked_back is None or y > looked_back]
            if later and ctx.period_end is not None:
                # (not the vision beyond the plan a review looks back on: `Kế hoạch … giai đoạn 2021-2025, định hướng
                # đến năm 2030` — its goals are the plan's, of its period's end)
                vision = {
                    _named_year(y)
                    for y in _YEAR_NAMED.finditer(self.folded, 0, s)
                    if _VISION_BEFORE.search(self.folded, max(0, y.start() - 25), y.start())
                }
                later = [y for y in later if y not in vision]
            if later:
                return later[-1]
        if kind == "target" and ctx.period_end is None and _THIS_YEAR.search(self.folded, s, c_end):
            return ctx.now_year
        if kind == "baseline" and (reviewed := self._reviewed_programme_end(i)) is not None:
            return reviewed
        return ctx.default_year(kind)

    def _question_before(self, s: int) -> tuple[int, int] | None:
        """The reporter's question (`Phóng viên: …?`, `PV: …`, a line of its own) last before an answer's sentence at `s`
        in an interview, as (start, end) of its line; None when the sentence is in no answer after one."""
        text = self.text
        line = text.rfind("\n", 0, s) + 1
        best = -1
        for word in ("\nPhóng viên", "\nPHÓNG VIÊN", "\nPV"):
            at = text.rfind(word, 0, line)
            if at > best and _INTERVIEW_TURN.match(text, at + 1):
                best = at
        if best < 0:
            return None
        end = text.find("\n", best + 1)
        return best + 1, end if end >= 0 else len(text)

    @cached_property
    def _slash_sets_result_against_goal(self) -> bool:
        """Whether the text says that its slashes set a result against its goal (`(thực hiện/chỉ tiêu)`)."""
        return "/" in self.folded and _RESULT_SLASH_GOAL_KEY.search(self.folded) is not None

    def _result_before_slash(self, pos: int, clause_start: int) -> re.Match[str] | None:
        """The result right before the slash in front of the share at `pos` (`đạt 91%/80%`), when that share is its
        goal: the text keys its slashes so, or the share's sentence names a goal (see _RESULT_SLASH_BEFORE)."""
        if "/" not in self.folded[max(clause_start, pos - 3) : pos]:
            return None
        slash = _RESULT_SLASH_BEFORE.search(self.folded, max(clause_start, pos - 16), pos)
        if slash is None or self._slash_sets_result_against_goal:
            return slash
        s, s_end = self.sentence(pos)
        return slash if _GOAL_WORD.search(self.folded, s, s_end) else None

    def _reviewed_programme_end(self, i: int) -> int | None:
        """In a section of results with no year of its own, the last year of an earlier programme its opening lines name
        as the one carried out (`I. KẾT QUẢ ĐẠT ĐƯỢC` / `… đã ban hành Kế hoạch … giai đoạn 2016-2020. Qua thực hiện …`,
        in a text of 2021-2025): its results are as of that programme's end, not of the text's own period's (round 25).
        """
        ctx = self.ctx
        starts, kinds, years = self.sections
        if ctx.period_start is None or kinds[i] != "baseline":
            return None
        # (from the first of its sub-sections: `I. ĐÁNH GIÁ KẾT QUẢ` / `Chương trình … giai đoạn 2016-2020 …` / `1. Có 67% …`)
        while i > 1 and kinds[i - 1] == "baseline" and years[i - 1] is None and years[i] is None:
            i -= 1
        cache = self._reviewed_ends
        if i not in cache:
            begin = starts[i]
            end = min(len(self.folded), begin + 600)
            found = None
            if "giai đoạn" in self.folded[begin:end]:
                for m in _REVIEWED_PROGRAMME.finditer(self.folded, begin, end):
                    last = int(m.group(2))
                    if int(m.group(1)) < last < ctx.period_start and (
                        ctx.latest_year is None or last <= ctx.latest_year
                    ):
                        found = last
            cache[i] = found
        return cache[i]

    def _year_trails_a_number(self, begin: int, pos: int) -> bool:
        """Whether the last year named in folded[begin:pos] follows a number right away (`77% năm 2017`)."""
        last = None
        for m in _YEAR_NAMED.finditer(self.folded, begin, pos):
            if not m.group("lead"):
                last = m
        return last is not None and bool(
            _NUMBER_RIGHT_BEFORE.search(self.folded, max(begin, last.start() - 30), last.start())
        )

    @staticmethod
    def scope(before: str, after: str, after_leads_into_number: bool = False) -> str | None:
        """The level named right after the number, else right before it. Levels listed together as one
        subject (`sở, ngành tỉnh, UBND cấp huyện`, `cấp tỉnh, cấp huyện`) mean `all`; otherwise, of several
        levels, the one nearest the number counts (`cấp tỉnh đạt 60% …; ở cấp huyện 30%`)."""
        # `tại sở, ngành đạt 100%, tại UBND các quận, huyện đạt 97%`: the level after `, tại`/`và ở` opens the next
        # item of a value-last list, not this value's (`đạt 95% ở cấp tỉnh` keeps its own: no comma or `và` before).
        if "tại" in after or "ở" in after or "còn" in after:
            after = _NEXT_ITEM_AT.split(after, 1)[0]
        # `100% UBND cấp xã … kết nối với tỉnh, huyện`: the levels after `với`/`đến`/`tới` are the other end of a link,
        # once a level is named before it (not `từ cấp tỉnh đến cấp xã`, all levels; not where a number follows: `20/40 sở,
        # ngành với 35 cán bộ, …` is a list whose levels lead into their numbers). A `từ … đến …` after the value's own
        # level is such a link too (`100% xã … được kết nối …, bảo đảm gửi, nhận văn bản từ tỉnh đến cơ sở`: the
        # communes' share, the documents' way from the province down).
        if (
            not after_leads_into_number
            and (cut := _LINKED_WITH.search(after)) is not None
            and names_a_level_word(after[: cut.start()])
            and (
                (start := _FROM_LEVEL.search(after, 0, cut.start())) is None
                # (a level named before the range, not the verb `cấp`: `… hộp thư … đã được cấp cho cán bộ, công chức
                # từ cấp huyện đến cấp xã` is a range of levels, round 25)
                or (names_a_level_word(after[: start.start()]) and Layout.scope("", after[: start.start()]) is not None)
            )
        ):
            after = after[: cut.start()]
        if ")" in before:
            # An aside with a figure of its own, closed before the value (`100% xã có điểm cầu (hiện có 12 điểm cầu cấp xã)
            # và nâng tỷ lệ cán bộ dùng thư điện tử lên 80%`): its level is its figure's, not the value's (round 26). A
            # window that starts inside it (after its figure) keeps only what follows its close.
            close = before.rfind(")")
            if "(" not in before[:close]:
                before = before[close + 1 :]
            elif "(" in before:
                before = _ASIDE_WITH_A_FIGURE.sub(" ", before)
        if "và" in after and _STAFF_AND_BODIES.match(after):
            return "all"  # `3.630 hộp thư … cho cán bộ, công chức và UBND các xã`: staff of every level, and more
        for window, nearest_last in ((after, False), (before, True)):
            if not names_a_level_word(window):
                continue
            if any(w in window for w in _LEVEL_PAIR_WORDS) and search_from_words(_LEVEL_PAIR, window):
                return "all"
            hits = sorted(
                (m.start(), m.end(), lvl)
                for lvl, rx, words in _SCOPE_WORDS
                if any(w in window for w in words)
                for m in rx.finditer(window)
            )
            if not nearest_last and after_leads_into_number:
                # `cấp tỉnh đạt 98%, cấp huyện 92%`: a level right before the next number is that number's.
                hits = [h for h in hits if not _LEVEL_LEADS_INTO_NUMBER.fullmatch(window[h[1] :])]
            if not hits:
                continue
            if len({h[2] for h in hits}) > 1:
                joined = all(_LIST_GAP.fullmatch(window[a[1] : b[0]]) for a, b in itertools.pairwise(hits))
                if joined:
                    return "all"
            return hits[-1][2] if nearest_last else hits[0][2]
        return None


# `với`/`gồm` right before a count (matched on the reversed words before it: ` với ` → ` iớv `).
_WITH_A_COUNT = re.compile(r"\s*(?:iớv|mồg)\s")
# A bracketed aside holding a figure (`(hiện có 12 điểm cầu cấp xã)`): another value's words.
_ASIDE_WITH_A_FIGURE = re.compile(r"\([^()]*\d[^()]*\)")


# The words of a value that lead into the next value of a list (`… cấp tỉnh và `, `… sở, ngành, `): they end with `và` or a
# comma, and hold no verb of their own.
_LISTED_BEFORE_NEXT = re.compile(
    r"(?:(?!\b(?:được|đã|đạt|có|là|sẽ)\b)[^.;:\n])*(?:,|\svà)\s*(?:khoảng|chừng|ngót|xấp xỉ|trên dưới|trên|hơn|gần)?\s*$"
)
# (`ở cấp huyện là 92%, còn cấp xã tỷ lệ này chỉ là 58%`: `còn` opens the next item too, issue #11, round 22)
_NEXT_ITEM_AT = re.compile(r"(?:[,;]|\svà)\s+(?:tại|ở|còn(?: (?:tại|ở))?)\s")
# A clause's own predicate after its last number (`…; 100% sở, ngành, UBND các huyện và 80% xã được kết nối cáp quang
# với mạng diện rộng`): its values are what that verb says, not a continuation of the clause before the `;`. Only verbs
# that bring something new (a link, an installation, training, investment): one that echoes a use or a grant (`…;
# 151/151 xã cũng đã sử dụng`) continues the clause before, as do the words of another subject after a comma (`50-60%
# ở cấp huyện, đa số máy tính được kết nối mạng`: the computers' link, a clause of its own).
_TAIL_PREDICATE = re.compile(
    r"\b(?:được|đã|đều|đã được|đều được)\s+(?:kết nối|nối mạng|lắp đặt|đầu tư|xây dựng|cài đặt|đào tạo|bồi dưỡng|phủ sóng)\b"
)
_LEVEL_WORDS_ONLY = re.compile(
    r"\s*(?:và\s+)?(?:các\s+)?(?:ubnd\s+)?(?:(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|sở|ban|ngành)\s*)+"
)


def _own_predicate_after(folded: str, layout: Layout, begin: int, end: int) -> bool:
    """Whether the clause from `begin` (a number's end) to `end` has, after its last number, a predicate of its own
    (see `_TAIL_PREDICATE`) that the last number's own words lead into."""
    starts = layout.number_starts
    k = bisect.bisect_left(starts, end) - 1  # the last number that starts before `end`
    last = max(begin, layout.numbers[k][1]) if k >= 0 and starts[k] >= begin else begin
    if folded.find("đ", last, end) < 0:  # (each of its opening words, `được`, `đã`, `đều`, has a `đ`)
        return False
    verb = _TAIL_PREDICATE.search(folded, last, end)
    if verb is None:
        return False
    between = folded[last : verb.start()]
    return "," not in between or _LEVEL_WORDS_ONLY.fullmatch(between.rsplit(",", 1)[1]) is not None


# (`77% năm 2017`, `100% từ năm 2017 đến năm 2019`: the year, or the period's end, of the value right before it)
_NUMBER_RIGHT_BEFORE = re.compile(
    r"\d\s*(?:%|[gm]bps)?\s*(?:(?:vào|trong)\s*)?(?:từ\s*(?:năm\s*)?(?:19|20)\d\d\s*(?:đến|tới|[-–])\s*)?$"
)
# A sentence that opens with the name of a rate and a colon (`Tỷ lệ máy tính/cán bộ: …`).
_RATE_TITLE = re.compile(r"[\s\-–•+*]*tỷ lệ\s")
# An item's mark before its words (`2.`, `b)`, `-`), if any.
_ITEM_MARK = r"\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•*–])?\s*"
# An item that opens with its topic (`2. Về thư điện tử:`, `- Đối với chữ ký số:`), lower case.
_TOPIC_OPENS = re.compile(_ITEM_MARK + r"(?:về|đối với|riêng)\s+(?P<topic>[^:;.\d\n]{3,80}):(?!\s*\n)")
# … or with its topic before a comma, then its levels each with a value (`Về việc cấp hộp thư, cấp tỉnh và cấp huyện cùng
# đạt 100% …; cấp xã đạt 82%`, `Đối với phần mềm quản lý văn bản, 100% phòng, ban …; ở cấp xã, chừng ba phần tư …`): the
# topic is the comma before a level's word or a value, and the clause after it states a value (not `Về phần mềm quản lý
# văn bản, các huyện đánh giá tốt; 35% xã đề nghị tập huấn lại`: no value of the topic; stop 26, leftovers4 and review).
_TOPIC_BEFORE_COMMA = re.compile(
    _ITEM_MARK + r"(?:về|đối với|riêng)\s+(?P<topic>[^:;.\d\n]{3,80}?),\s*"
    r"(?=(?:ở\s+|tại\s+)?(?:các\s+)?(?:cấp|khối|sở|ubnd|xã|huyện|phòng)\b|\d)"
    r"(?=(?:[^;.\n]|\.(?=\d))*?\d)"  # (a dot between digits is a thousands mark, no clause's end)
)
_BARE_TOPIC = re.compile(_ITEM_MARK + r"(?P<topic>[^:;.,\d\n]{8,60}):(?!\s*\n)")
# Between two values of one series: the year of the first, a comma or `và`, the year of the second and its verb.
_SERIES_GAP = re.compile(
    r"\s*(?:(?:trong |vào )?năm\s*(?:19|20)\d\d)?\s*(?:,|;)?\s*(?:và\s*)?(?:(?:đến|tới|trong|cuối|hết)\s*)?"
    r"(?:năm\s*(?:19|20)\d\d\s*,?\s*)?(?:(?:mới|đã)\s*)?(?:đạt\s*)?(?:tỷ lệ\s*)?(?:là\s*)?"
    r"(?:khoảng\s*|chừng\s*|ngót\s*|xấp\s*xỉ\s*|trên\s*dưới\s*|trên\s*|hơn\s*|gần\s*)?"
)
# After a value and its year, the next value of the same goal for a later year (`đạt 50% vào năm 2025 và 80% vào năm
# 2030`, `80% UBND cấp xã … vào năm 2025, đến năm 2030 đạt 100%`): only the first value's words, its year, and the
# second value's year (before it, or right after it and nothing else) stand between.
_NEXT_YEARS_VALUE = re.compile(
    r"[^.;%\d\n]{0,80}?(?:vào|trong|đến|tới|cuối|hết)?\s*năm\s*(?:19|20)\d\d\s*[,;]?\s*(?:và\s*)?"
    r"(?P<y2>(?:(?:vào|trong|đến|tới|cuối|hết)\s*)*năm\s*(?:19|20)\d\d\s*,?\s*(?:sẽ\s*)?(?:đạt\s*|là\s*|lên\s*)?)?"
    r"(?:tối\s*thiểu|ít\s*nhất|khoảng|chừng|ngót|xấp\s*xỉ|trên\s*dưới|trên|hơn|gần)?\s*"
)
_YEAR_THEN_END = re.compile(
    r"\s*(?:(?:vào|trong|đến|tới|cuối|hết)\s*)*năm\s*(?:19|20)\d\d(?!\d)\s*(?:$|[(),;.…])|\s*(?:$|[(),;.…])"
)
# (`100% xã, phường, thị trấn có điểm cầu … kết nối ba cấp`: the levels the points link, not the value's; stop 27)
_LINKED_WITH = re.compile(r"\s(?:với|đến|tới|kết nối)\s", re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\btừ\s", re.IGNORECASE)
_CONTINUATION = re.compile(
    r"\s*(?:trở\s*lên\b\s*)?(?:$|[(),;.…]|ở\b|ở\s|đối với|tại\b|cấp\s|và\s|và$|(?:UBND|Ủy ban nhân dân)\s*(?:các\s*)?(?:cấp\s*)?(?:xã|huyện|tỉnh)"
    # a level noun and nothing else (`và trên 80% các xã, phường, thị trấn.`; not `100% xã có đài truyền thanh`)
    r"|(?:các\s*|số\s*)?(?:xã|phường|huyện|quận|sở)(?:,?\s*(?:phường|thị trấn|ban|ngành|thành phố|thị xã|huyện))*\s*(?:$|[(),;.…]|và\b)"
    # the staff a share is of and their levels, and nothing else (`…, đạt 81% số cán bộ, công chức cấp tỉnh và cấp huyện.`)
    # (`- Máy tính: 100% cán bộ, công chức cấp tỉnh và cấp huyện; 92% …`: a list's label before, no `số`)
    r"|(?:số\s*)?(?:cán\s*bộ|cbcc)(?:,?\s*công\s*chức)?(?:,?\s*viên\s*chức)?(?:\s*(?:và\s*)?(?:ở\s*|tại\s*)?(?:các\s*)?cấp\s*(?:tỉnh|huyện|xã),?)*\s*(?:$|[.;…])"
    # a fraction's unit and nothing else (`; cấp huyện 7/8 đơn vị.`)
    r"|(?:đơn vị|cơ quan)\s*(?:$|[(),;.…])"
    # the plan a goal is quoted from (`thấp so với mục tiêu 60% của Kế hoạch.`)
    r"|(?:của|theo)\s*(?:kế\s*hoạch|đề\s*án|chương\s*trình)\s*(?:$|[(),;.…])"
    # the goal a value is, set or given (`chưa đạt chỉ tiêu 80% đề ra.`)
    r"|(?:đề|đặt)\s*ra\s*(?:$|[(),;.…])|được\s*giao\s*(?:$|[(),;.…])"
    # a year and nothing else (`tăng từ 30% năm 2015 lên 88% năm 2020;`, `… lên hơn 98% trong năm 2024.`)
    r"|(?:(?:trong|vào|cuối|hết)\s*)?năm\s*(?:19|20)\d\d\s*(?:$|[(),;.…]|và\b))",
    re.IGNORECASE,
)
# (A level's other nouns may trail it before the next level: `UBND huyện, thị xã, thành phố, UBND các xã, phường`.)
_LIST_GAP = re.compile(
    r"(?:[\s,]*(?:và\s*)?(?:thị\s*xã|thành\s*phố|quận|thị\s*trấn|phường)\b)*"
    # (`các huyện, thị xã và thành phố (bao gồm các đơn vị trực thuộc) và các xã`: what a level includes, in brackets,
    # stands inside the list; round 24, real9)
    r"(?:\s*\((?:bao\s*gồm|kể\s*cả|gồm)\b[^()\d]{0,40}\))?"
    # (`Ủy ban nhân dân` written out, as `UBND` is: `sở, ban, ngành và Ủy ban nhân dân cấp huyện`; stop 27, dev_pdf6)
    r"[\s,]*(?:và|hoặc)?[\s,]*(?:phần lớn|hầu hết|một số|các)?\s*(?:trực thuộc\s*)?(?:UBND\s*|(?:ủy|uỷ)\s*ban\s*nhân\s*dân\s*)?"
    r"(?:các\s*)?",
    re.IGNORECASE,
)
# After a number, a new verb after `và` (`… 30% UBND cấp xã và lắp đặt …`) or a new `tỷ lệ` after a comma
# (`… đạt 80%, tỷ lệ thường xuyên sử dụng … đạt 60%`) opens words that are not that number's.
_NEW_PREDICATE = re.compile(
    r"\svà\s+(?:sẽ\s+)?(?:lắp đặt|triển khai|xây dựng|trang bị|mở rộng|nâng cấp|đầu tư|cung cấp|hoàn thành|thực hiện)\b"
    r"|[,;]\s*(?:còn\s+|và\s+)?tỷ lệ\b"
    # (` … đạt 91% và tỷ lệ cơ quan sử dụng chữ ký số đạt 76%`: a new share after `và` too, not one named back)
    r"|\svà\s+tỷ lệ\b(?!\s*(?:này|đó|trên|nói trên))"
    # a comment on the value after a comma: its change against another time (`…, tăng rõ rệt so với năm trước`) or
    # what brought it (`…, nhờ …`, `…, do …`); a software or a service named there is no subject of the value
    r"|,\s*(?:(?:tăng|giảm)\s[^.;%\n]{0,30}?so\s*với|nhờ|do)\s"
)
# `đạt 100%, cao hơn so với trung bình cả nước là 88,5%`: the national figure a share is measured against is no
# share of the province's.
# (`cao hơn mức bình quân cả nước (89%)`, `đạt 45% (cả nước: 40%)`: the country's figure in brackets, stop 27 review)
_NATIONAL_BEFORE = re.compile(
    r"(?:(?:trung\s*bình|bình\s*quân)\s*(?:chung\s*)?(?:của\s*)?|so\s*với\s*|\(\s*)(?:cả\s*nước|toàn\s*quốc)"
    r"\s*(?:(?:là|đạt|chỉ|mới|ở mức|:|\()\s*){0,2}(?:khoảng|chừng|ngót|xấp xỉ|trên dưới|gần|hơn|trên)?\s*$"
    r"|\b(?:cả\s*nước|toàn\s*quốc)\s*:\s*(?:khoảng|chừng|gần|hơn|trên)?\s*$"
)
# `tăng 35% so với cùng kỳ năm 2017`, `thời gian xử lý văn bản giảm 30%, chi phí giảm 40%`, `tiết kiệm được 25% chi
# phí`: a change or a saving written as a percentage is no share (README round 22), with or without the time it is
# measured against and whatever cue stands before it (`tăng lên 90%`, `giảm xuống còn 5%` name the share reached and
# are read; stop 27 review).
_CHANGE_BEFORE = re.compile(
    r"\b(?:tăng|giảm|rút\s*ngắn|tiết\s*kiệm)\s*(?:được\s*)?(?:thêm\s*)?"
    r"(?:khoảng|chừng|ngót|xấp xỉ|trên dưới|gần|hơn|trên)?\s*$"
)
# `… thường xuyên đạt 100% kế hoạch`, `bằng 95% chỉ tiêu năm`: a share of the plan done is no share of units (README
# round 6, completion shares; stop 27 review).
_OF_THE_PLAN_AFTER = re.compile(
    r"\s*%\s*(?:so\s*với\s*)?(?:kế\s*hoạch|chỉ\s*tiêu|mục\s*tiêu)(?:\s*(?:cả\s*)?năm(?:\s*(?:19|20)\d\d)?)?"
    r"(?:\s*(?:đề\s*ra|được\s*giao|giao|của\s*tỉnh))?\s*(?:$|[,.;)…])"
)
# `Cục Tin học hóa đã sử dụng 2 tiêu chí … để đánh giá …: Ít nhất 95% cán bộ … được cấp hộp thư …; 75% các đơn vị …`:
# the yardsticks an evaluation grades by (after the colon that opens them, in the sentence) are no facts.
_CRITERIA_BEFORE = re.compile(
    r"tiêu\s*chí[^.;:]{0,150}?(?:để|nhằm)\s*(?:đánh\s*giá|xếp\s*hạng|chấm\s*điểm)[^.:]{0,200}:"
)
# `Thủ tướng … đã phê duyệt Chương trình quốc gia … (Quyết định số 1605/QĐ-TTg), trong đó xác định rõ “60% các văn bản
# …`: the goals of a central document quoted in its own words (a quotation opened after the document or its author is
# named, in the sentence, and not yet closed) are the country's, not the province's.
_CENTRAL_QUOTE_BEFORE = re.compile(
    r"(?:\d+/(?:\d{4}/)?(?:qđ|nq|ct)-(?:ttg|cp)\b|chương\s*trình\s*quốc\s*gia|thủ\s*tướng)[^“”\n]{0,300}“[^”]*$"
)
# A level right after a number and its noun (`320 thủ tục cấp huyện`): one part of a count broken down by level.
_LEVEL_PARTS = re.compile(r"\d[\d.,]*\s*(?:[^\W\d]+\s*){0,3}?cấp\s*(?P<lvl>tỉnh|huyện|xã)\b")
# `tổng số điểm kết nối là 156 điểm` after `100% UBND cấp xã …` in the clause: a total is of every level.
_TOTAL_WORDS = re.compile(r"tổng số|tổng cộng")
# (The qualifiers are those of `vietnamese.QUALIFIERS`, before or after the verb: `cấp huyện xấp xỉ 90%`, `cấp xã
# tối thiểu đạt 90%`, `ở cấp huyện đạt từ 50% trở lên`.)
_QUALIFIER_WORDS = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
_LEADS_INTO_NUMBER = re.compile(
    rf"\s*(?:mới|chỉ|cũng|đều|đã|vẫn)?\s*(?:{_QUALIFIER_WORDS})?\s*(?:đạt|là|:|có|chiếm|được)?\s*(?:tỷ\s*lệ\s*)?"
    rf"(?:{_QUALIFIER_WORDS}|từ)?\s*",
    re.IGNORECASE,
)

# (the level's other nouns may stand between: `cấp tỉnh là 85%, cấp huyện, thị xã là 65%`, `cấp huyện- thị- thành 70%`)
_LEVEL_LEADS_INTO_NUMBER = re.compile(
    r"(?:\s*[,\-–]?\s*(?:và\s*)?(?:thị\s*xã|thành\s*phố|thị\s*trấn|thị|thành|quận|huyện|phường|xã|ban|ngành)\b)*"
    + _LEADS_INTO_NUMBER.pattern,
    re.IGNORECASE,
)

# --- fractions of agencies: `21/24 sở, ngành`, `12/12 huyện, thành phố`, `18/45 UBND xã` -----------------
# How the codebook reads them (decided for issue #11): a fraction whose second number counts the agencies (or
# communes) of a level is the share of them, in percent, for the indicators that are shares of agencies or
# communes (`PercentRule.fractions`), rounded to one decimal as sources round their own shares (`52/141 xã …
# (đạt 36,9%)`). When the source states that share right after (`(đạt 36,9%)`, `, đạt tỷ lệ 48,96%`) the
# stated one is read and the fraction is not. A fraction of anything else (`xếp thứ 23/63 tỉnh`, `9/33 nhiệm
# vụ`, `9.690 đài/10.599 xã`) is no share. Count indicators read the first number as their count
# (`28/28 sở … có trang thông tin điện tử` → 28 component websites; see `FRACTION` and `extract_counts`).
# (a district's offices, `14/14 phòng, ban chuyên môn`, are its agencies too, round 25; not `phòng họp`, rooms)
_AGENCY_NOUN = (
    r"(?:các\s*)?(?:ubnd|ủy ban|uỷ ban|cơ quan|đơn vị|sở\b|ban\b|ngành|huyện|quận|thị xã|xã\b|phường|địa phương"
    r"|phòng\b(?!\s*họp))"
)
_FRACTION_RE = re.compile(rf"(?<![\d.,/])(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,4}})(?![\d/.,])(?=\s*{_AGENCY_NOUN})")
# A share the source states itself after the fraction, in the same clause.
# (Not a goal it is measured against: `241/241 xã, vượt chỉ tiêu kế hoạch (80%)` is 100, and the 80 the plan's goal.)
_NO_GOAL = r"(?!kế hoạch|chỉ tiêu|mục tiêu)"
_STATED_SHARE = re.compile(
    rf"(?:{_NO_GOAL}[^.;%/\n]){{0,80}}?(?:\(|đạt|chiếm|bằng|tỷ lệ)(?:{_NO_GOAL}[^.;%/\n]){{0,20}}?\d[\d.,]*\s*%"
)
# A share the source states itself before the fraction, which restates it in brackets (`45,45% UBND cấp xã (70/154
# xã)`, `25,68% UBND cấp xã (28/107 đơn vị)`): the stated one is read and the fraction is not.
# Brackets that give the state beside a goal (`(hiện có …`, `(năm 2020 …`, `(đến nay …`), lower case (round 22).
_STATE_BESIDE = re.compile(r"\(\s*(?:hiện|năm\s*\d{4}|đến\s*nay|trước\s*đây)")
_SHARE_BEFORE = re.compile(r"%[^%()\d.;\n]{0,30}\(\s*$")
FRACTION = r"(?:/\d{1,4})?"  # after a count's number: the count of a fraction `28/28 sở`
_ANOTHER_SUBJECT = re.compile(
    r",(?!\s*(?:ban|ngành|huyện|xã|phường|thị|thành phố|quận|cấp|ubnd)\b)[^,;.\d]{0,40}?\s(?:có|là|đạt|chưa|đã)\s"
)
# A level said to have none, after a comma (`cả tỉnh có 68 cán bộ chuyên trách, cấp xã chưa có …`): a subject of its own.
# Where most of a count are (`…, phần lớn ở cấp tỉnh`, `chủ yếu tại cấp huyện`): no level of the count itself.
# (`…, phần lớn làm việc tại các sở, ngành`, `đa số công tác ở cấp huyện`: where they work, issue #11, round 23)
# A new goal joined by `và` (`… và nâng số dịch vụ …`), lower case.
_AND_THEN_RAISE = re.compile(r"\svà\s+(?:nâng|đưa|tăng|phấn đấu|bảo đảm|đảm bảo)\b")
_MOSTLY_AT = re.compile(
    # (`…, tập trung ở cấp tỉnh`: where they are gathered, stop 27)
    r"[,;(]?\s*(?:phần\s*lớn|chủ\s*yếu|đa\s*số|hầu\s*hết|tập\s*trung(?:\s*chủ\s*yếu)?)\s*(?:là\s*|đang\s*)?"
    r"(?:(?:làm\s*việc|công\s*tác)\s*)?"
    r"(?:ở|tại|thuộc|trong)\s"
)
_NONE_AT_LEVEL = re.compile(
    r"[,;]\s*(?:còn\s*|nhưng\s*|song\s*|riêng\s*)?(?:ở\s*|tại\s*)?(?:ubnd\s*)?(?:các\s*)?cấp\s*(?:tỉnh|huyện|xã)\s*(?:vẫn\s*)?"
    r"(?:chưa|không)\s"  # (`…, nhưng cấp xã vẫn chưa có cán bộ chuyên trách nào`, round 23)
)
_LEVEL_THEN_NONE = re.compile(
    r"(?P<lvl>cấp\s*(?:tỉnh|huyện|xã))\s*(?:vẫn\s*|hiện\s*|còn\s*)?(?:chưa|không)\s*(?:có|bố\s*trí)"
)
# `… từ 46 dịch vụ năm 2016 lên 512 dịch vụ`: the words between a first value's year and the second value.
_UNIT_AFTER = re.compile(r"(?:\s*[^\W\d]+){0,2}")  # the words a raised-to count is quoted with (`512 dịch vụ`)
_VALUE_YEAR_THEN_UP = re.compile(r"\d[\d.,]*\s*%?\s*(?:[^\W\d]+\s*){0,3}?\(?\s*năm\s*(?:19|20)\d\d\s*\)?\s*,?\s*lên\b")
_FROM_YEAR_TO = re.compile(r"năm\s*(?:19|20)\d\d\s*\)?\s*,?\s*(?:lên|đến|tới)\s*(?:mức\s*)?$")
# `tăng từ 46 dịch vụ năm 2016 lên 512 dịch vụ`: the second value of a count raised from one value to another.
_THEN_UP_TO = re.compile(
    # (`giảm từ 60 người năm 2020 xuống còn 52 người`: a count that fell, read alike, stop 27 review)
    r"\s*(?:[^\W\d]+\s*){0,3}?(?:\(?\s*năm\s*(?:19|20)\d\d\s*\)?\s*)?,?\s*(?:lên|xuống(?:\s*còn)?)\s*(?:mức\s*)?"
    rf"(?P<n>{NUMBER_PATTERN})(?![\d%/.,])"
)
# A clause of a level and a verb only (`, cấp xã đạt 45%`, `; ở cấp huyện mới đạt 30%`), up to the number.
# Words after a percentage that name only a level or a kind of agency, no subject of their own (`%, cấp huyện `,
# `% ở các xã, phường`; not `% hồ sơ công việc cấp tỉnh`).
_LEVEL_FIRST = re.compile(
    r"[\s,;)]*(?:và\s*)?(?:còn\s*)?(?:ở\s*|tại\s*|đối với\s*)?(?:các\s*)?(?:ubnd\s*|ủy ban nhân dân\s*)?"
    r"(?:cấp\s*(?:tỉnh|huyện|xã)|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|sở|ban|ngành|cơ quan|đơn vị)|[\s,;)]*$"
)
# What may stand between an item's start (a `;`, `:`, `,` or the clause's start) and a share that opens it: a
# qualifier or a goal's verb, no more (`; tối thiểu 80% hồ sơ …`), lower case.
_ITEM_LEAD = r"\s*(?:(?:tối\s*thiểu|ít\s*nhất|phấn\s*đấu|có|khoảng|trên|hơn|gần)\s*)*"
_OPENS_AN_ITEM = re.compile(rf"(?:[;:,\n]|\svà){_ITEM_LEAD}$")
_ITEM_LEAD_ONLY = re.compile(_ITEM_LEAD)


def _opens_an_item(folded: str, clause_start: int, at: int) -> bool:
    """Whether the share at `at` opens an item of its clause (see _OPENS_AN_ITEM)."""
    lo = max(clause_start, at - 30)
    if lo == clause_start and _ITEM_LEAD_ONLY.fullmatch(folded, lo, at):
        return True
    return _OPENS_AN_ITEM.search(folded, lo, at) is not None


# A list's line opening with a year (`- Năm 2022: `, `+ 2023: đạt `), lower case: up to its value when fullmatched.
# (shared with tables.extract_year_lists, which reads a count after it)
YEAR_ITEM_LEAD = (
    r"[ \t]*[-+•*][ \t]*(?:năm[ \t]*)?(?P<y>(?:19|20)\d\d)[ \t]*:?[ \t]*(?:(?:đạt|là)[ \t]*)?"
    r"(?:(?P<q>khoảng|trên|hơn|tối thiểu|ít nhất)[ \t]*)?"
)
_YEAR_ITEM = re.compile(YEAR_ITEM_LEAD)
_AGENCIES_NAMED = re.compile(r"\b(?:cơ quan|ubnd|ủy ban|sở, ngành|đơn vị hành chính)\b")
_TIME_AHEAD_UNNAMED = re.compile(r"\b(?:(?:trong )?thời gian tới|tới đây|sắp tới)\b")
_OWN_RATE_OPENS = re.compile(
    r"[\s,;:]*(?:và\s+|còn\s+|riêng\s+)?(?:tỷ\s*lệ|mức\s*độ|chỉ\s*số|phủ\s*sóng)\b(?!\s*(?:này|đó|trên|nói\s*trên)\b)"
)
# A goal's word right before a year cue (`đặt mục tiêu đến năm 2020`, `phấn đấu đến năm 2025`): the year is the goal's.
_GOAL_WORD_BEFORE = re.compile(r"\b(?:mục tiêu|phấn đấu|chỉ tiêu)\s*(?:(?:đề ra|đặt ra|giao)\s*)?$")
# A sentence of a goal or a state with its value alone (`Mục tiêu năm 2024 là 90%`, `Hiện nay, cấp xã mới đạt 70%`),
# up to the value.
_BARE_GOAL_OR_STATE = re.compile(
    r"[\s\-–•+*]*(?:(?:mục tiêu|chỉ tiêu)(?: (?:của )?(?:tỉnh|huyện|thành phố))?(?: (?:đến |trong |cuối )?năm (?:19|20)\d\d)?"
    r"(?: (?:là|đạt|đặt ra là))?"
    r"|(?:hiện nay|hiện tại|đến nay|hiện),? (?:(?:ở |tại )?cấp (?:tỉnh|huyện|xã),? )?(?:tỷ lệ (?:này )?)?(?:mới |chỉ |đã )?(?:đạt|là)"
    # (`Năm 2025, tỉnh phấn đấu đạt 100%.`, `Tới đây, chúng tôi phấn đấu nâng lên 100%.`: a goal of the share before)
    r"|(?:(?:đến |tới |trong )?năm (?:19|20)\d\d|tới đây|thời gian tới|năm tới),? (?:(?:tỉnh|huyện|thành phố|chúng tôi) )?"
    r"(?:phấn đấu|dự kiến|đặt mục tiêu|sẽ) (?:đạt|nâng lên|tăng lên|lên))"
    r"\s*(?:mức\s*)?(?:khoảng|chừng|gần|hơn|trên|xấp xỉ)?\s*"
)
_ITEM_ENDS = re.compile(r"[ \t]*[;.]?[ \t]*$")
_LEVEL_ONLY = re.compile(
    r"(?:[,;]|\svà)\s*(?:còn\s*)?(?:ở\s*|tại\s*)?(?:ubnd\s*)?(?:các\s*)?"
    r"(?:cấp\s*(?:tỉnh|huyện|xã|thành\s*phố)|quận,\s*huyện|xã,\s*phường,\s*thị\s*trấn|sở,\s*(?:ban,\s*)?ngành(?:\s*tỉnh)?)"
    r"\s*(?:mới\s*|chỉ\s*)?(?:đạt|là|:)?\s*"
    r"(?:khoảng|chừng|ngót|trên\s*dưới|trên|hơn|gần|xấp\s*xỉ)?\s*$"
)
# `…; cấp xã có 115/129 xã sử dụng.`: a level that `có` so many of its units, echoing the verb of the share before it
# and saying nothing else, continues that share too.
_LEVEL_HAS = re.compile(
    r"(?:[,;]\s*)?(?:còn\s*)?(?:ở\s*|tại\s*)?(?:ubnd\s*)?(?:các\s*)?cấp\s*(?:huyện|xã)\s*(?:mới\s*|chỉ\s*)?có\s*"
    r"(?:khoảng|chừng|ngót|xấp xỉ|trên dưới|trên|hơn|gần)?\s*$"
)
_ECHO_AFTER = re.compile(
    r"\s*(?:xã|huyện|đơn\s*vị|cơ\s*quan)?(?:,\s*(?:phường|thị\s*xã)(?:,\s*(?:thị\s*trấn|thành\s*phố))?)?\s*(?:đã\s*)?"
    r"(?:sử\s*dụng|triển\s*khai|áp\s*dụng|ứng\s*dụng|(?:được\s*)?kết\s*nối)?\s*(?:$|[.;…])"
)


# After the words of a share's indicator, a second predicate joined by `và` (`… chuyên dùng và được trang bị …`).
# The `và` follows the first words closely and opens a verb (`và lắp đặt`, `và có`), not a second object (`trong quản
# lý và trao đổi văn bản`) or a second subject.
def _next_predicate(
    rules: list[PercentRule],
    openings: WordIndex,
    folded: str,
    layout: Layout,
    join_from: int,
    c_end: int,
    scope: str,
) -> tuple[PercentRule, int] | None:
    """After a share's first predicate (its cue ending at `join_from`), the first of up to three more joined to it
    by commas or `và` whose cue names an indicator that is not a share of staff and can be about `scope`: (its
    rule, its cue's end)."""
    k = bisect.bisect_left(layout.number_starts, join_from)
    limit = min(c_end, layout.number_starts[k]) if k < len(layout.number_starts) else c_end
    for _ in range(4):
        join = _SECOND_PREDICATE.match(folded, join_from)
        found = _find_cue(rules, openings, folded, join.end(), limit, False) if join is not None else None
        if join is None or found is None or found[1].start() > 30:
            # a predicate no cue reads (`kết nối Internet băng rộng`, `dùng …`): on to the next one joined after it
            if (after := _NEXT_JOIN.search(folded, (join.end() if join else join_from) + 1, limit)) is None:
                return None
            join_from = after.start()
            continue
        other, om = found
        join_from = join.end() + om.end()
        if (
            other.indicator
            and not other.indicator.startswith("staff_")
            and (other.scopes is None or scope in other.scopes)
        ):
            return other, join_from
    return None


_NEXT_JOIN = re.compile(r",|\svà\s")


def _subject_of(indicator: str) -> str:
    """What a share's indicator counts: staff, documents, or agencies and communes."""
    if indicator.startswith("staff_"):
        return "staff"
    return "documents" if indicator == "edocument_exchange_pct" else "agencies"


_SECOND_PREDICATE = re.compile(
    r"[^.;,\d\n]{0,15}?(?:\svà|,(?:\s*và)?)\s+(?:đã\s+)?(?:được\s+)?"
    r"(?=trang\s*bị|kết\s*nối|lắp\s*đặt|triển\s*khai|sử\s*dụng|ứng\s*dụng|cấp\s|có\s)"
)
# A share whose words are a level only, after the clause of the share before it (`100% sở, ngành … sử dụng chữ ký số;
# tối thiểu 80% UBND phường, xã, thị trấn.`): the same indicator, at that level.
_LEVEL_ONLY_AFTER = re.compile(
    r"\s*(?:ở\s*|tại\s*)?(?:ubnd\s*)?(?:các\s*)?(?:cấp\s*)?"
    r"(?:tỉnh|huyện|xã|quận,\s*huyện|phường,\s*xã|xã,\s*phường|sở,\s*(?:ban,\s*)?ngành)"
    r"(?:,\s*(?:thị\s*trấn|thị\s*xã|thành\s*phố))*\s*(?:$|[.;…])"
)
_BEFORE_LEVEL_ONLY = re.compile(rf"\s*(?:[,;]\s*(?:và\s*|còn\s*)?|\svà\s+)(?:{_QUALIFIER_WORDS})?\s*(?:đạt\s*)?$")
# A sentence that opens with its level (`Đối với UBND cấp huyện, …; tỷ lệ … đạt 45%`, `Riêng cấp xã, …`): the level
# of its shares that name none, in whichever clause.
# An item headed by a level and nothing else (`a) Cấp tỉnh:`, `- Khối huyện:`, `2. Đối với cấp xã:`).
# (or by the units of a level listed together, `- UBND các xã, phường: tối thiểu 80% …; 100% kết nối …`, `- Các phòng, ban
# chuyên môn thuộc UBND huyện: …`; stop 27)
_LEVEL_HEAD = re.compile(
    r"\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•*–])?\s*(?:đối với\s*)?(?:ubnd\s*)?(?:các\s*)?"
    r"(?P<lvl>(?:cấp|khối)\s*[^:;,.\d\n]{2,20}|(?:xã|phòng|sở|huyện), (?:phường|ban|thị)[^:;.\d\n]{0,40}):"
)
_OPENING_LEVEL = re.compile(r"\s*(?:[-+•*–]\s*)?(?:đối với|riêng|về phía|ở|tại)\s+(?P<lvl>[^,;.\d\n]{3,40}),")
# A sentence that goes on from the one before (see `Layout.carried_level`), and one that points back at its level.
_GOES_ON = re.compile(r"\s*(?:[-+•*–]\s*)?(?:cùng với đó|bên cạnh đó|đồng thời)\s*,")
_THIS_LEVEL = re.compile(r"(?:ở|tại|trong|của)\s+(?:các\s+)?(?:khối|cấp)\s+này\b")
_LEVEL_OPENS = re.compile(r"\s*(?:[-+•*–]\s*)?(?P<lvl>(?:khối|cấp)\s+[^,;.\d\n]{2,30}),")
# The levels after a share that have none of it (`100% các sở, ban, ngành, UBND cấp huyện; các xã, phường, thị trấn
# chưa triển khai phần mềm này`): 0 at that level, for the share's indicator.
_NONE_AT_LEVEL_AFTER = re.compile(
    r"\s*[;,]\s*(?:còn\s*)?(?:ở\s*|tại\s*)?(?:ubnd\s*)?(?:các\s*)?(?P<lvl>cấp\s*(?:xã|huyện)"
    r"|xã,\s*phường,\s*thị\s*trấn|phường,\s*xã(?:,\s*thị\s*trấn)?|xã|huyện,\s*thị\s*xã|quận,\s*huyện)"
    r"\s*(?:vẫn\s*)?(?P<zero>chưa\s*(?:triển\s*khai|sử\s*dụng|áp\s*dụng|được\s*(?:triển\s*khai|kết\s*nối|trang\s*bị)))"
)
# Words in an item of a fraction list that make it a clause of its own: a verb, or a share.
_ITEM_PREDICATE = re.compile(
    r"\b(?:đã|được|đang|chưa|không|bố trí|triển khai|sử dụng|kết nối|xây dựng|trang bị|ứng dụng|áp dụng|thực hiện"
    r"|đạt|chiếm|là)\b|\bcó\b(?!\s*\d)|%"
)
# The staff an item of a fraction list names with its agencies: `… với 62 cán bộ`, `… (6 cán bộ)`.
_ITEM_STAFF = re.compile(
    r"[^\d;.%()\n]{0,60}?(?:\svới\s+(?P<n>\d{1,4})\s*(?:cán\s*bộ|người|cbcc)\b(?=\s*(?:[,;]|và\s|$))"
    r"|\(\s*(?P<m>\d{1,4})\s*(?:cán\s*bộ|người|cbcc)\s*\))"
)
_DENOMINATOR = re.compile(r"/\d{1,4}(?![\d/])")
# (the first number may have thousands too, and the services be abbreviated: `1.397/1.725 TTHC được cung cấp …`)
_COUNT_FRACTION_RE = re.compile(
    rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}})/(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}})(?![\d/.,])"
    rf"(?=\s*(?:{_AGENCY_NOUN}|điểm|dịch vụ|thủ tục|tthc|dvc))"
)


# A fraction of staff (`2.310/2.450 cán bộ, công chức cấp tỉnh được cấp hộp thư`, `980/1.200 CBCC`): the share of
# staff, read only by the staff-share indicators (`staff_…_pct`), as a fraction of agencies is by theirs (round 22).
# Staff are counted in thousands: the numbers may carry a thousands dot.
_STAFF_NOUN = r"(?:cán\s*bộ|công\s*chức|viên\s*chức|cbcc|cbcc\s*vc|cbccvc|người(?!\s*dân))"
_STAFF_FRACTION_RE = re.compile(
    rf"(?<![\d.,/])(?P<a>\d{{1,3}}(?:\.\d{{3}})*)\s*/\s*(?P<b>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,]|\.\d)"
    rf"(?=\s*(?:tổng\s*số\s*)?{_STAFF_NOUN}\b)"
)


def _fractions(layout: Layout, staff: bool = False) -> list[Amount]:
    """Fractions of agencies (with `staff`: of staff) as percentages (value rounded to one decimal), spans over
    `a/b`."""
    folded = layout.folded
    found = []
    pattern = _STAFF_FRACTION_RE if staff else _FRACTION_RE
    # Tried only at numbers followed by a slash (a scan of the whole text cost as much as all percentages).
    for (start, _), after in zip(layout.numbers, layout.after_numbers, strict=True):
        if after != "/" or not (m := pattern.match(folded, start)):
            continue
        if folded[max(0, start - 8) : start].rstrip().endswith(("ngày", "tháng", "số", "thứ")):
            continue  # `ngày 12/12 huyện …`, `xếp thứ 5/11 huyện`: a date, a number or a rank
        a, b = int(m.group("a").replace(".", "")), int(m.group("b").replace(".", ""))
        if b == 0 or a > b:
            continue
        _, c_end = layout.clause(m.start())
        stated = _STATED_SHARE.match(folded, m.end(), c_end)
        if stated and _STATE_BESIDE.search(folded, m.end(), stated.end()):
            stated = (
                None  # `200/200 xã … (hiện có 176 xã, đạt 88%)`: the share in brackets is today's, not the fraction's
            )
        if stated or _SHARE_BEFORE.search(folded, max(0, start - 40), start):
            continue
        found.append(Amount(round(100 * a / b, 1), m.start(), m.end(), unit="percent"))
    return found


# `…, trong đó (khoảng) 80% thường xuyên sử dụng (trong công việc)`: a part of the value before, which uses it
# regularly, with what is used left unsaid (matched in lower case).
_OF_WHICH_END = re.compile(
    r"[,;:]?\s*trong\s*đó,?\s*(?:có\s*)?(?:khoảng|chừng|ngót|trên\s*dưới|trên|hơn|gần|xấp\s*xỉ)?\s*$"
)
_REGULAR_USE = re.compile(
    r"\s*(?:(?:cán\s*bộ|công\s*chức|người)[^\d%;.]{0,20}?)?(?:đã\s*)?"
    r"(?:thường\s*xuyên\s*(?:sử\s*dụng|dùng)|(?:sử\s*dụng|dùng)\s*(?:thường\s*xuyên|hằng\s*ngày|hàng\s*ngày))"
)
# `… được cấp hộp thư công vụ; 55% cán bộ, công chức cấp xã sử dụng thường xuyên.`: staff who use regularly, and
# nothing else named after it (not `… thường xuyên sử dụng máy tính`), continue the mailbox of the value before.
_REGULAR_USE_ALONE = re.compile(
    _REGULAR_USE.pattern
    + r"(?:\s*(?:trong|vào|để)\s*(?:xử\s*lý\s*|giải\s*quyết\s*)?(?:công\s*việc|công\s*tác))?\s*[.,;…]?\s*$"
)
_USE_ENDS = re.compile(r"\s*(?:[.,;…(]|$)")
_MAILBOX_BEFORE = cue(r"hộp thư|thư điện tử|thư công vụ")
_NAMED_BACK = re.compile(r"\b(?:tỷ lệ|con số|chỉ số|số) (?:này|đó|trên)\b")
_USERS_NAMED_BACK = re.compile(
    r"\bsố (?:người|cán bộ(?:,? công chức)?|tài khoản)(?: [^.;%\d\n]{0,20}?)? (?:sử dụng|dùng|đăng nhập|truy cập|mở)"
    r"(?: hộp thư)? (?:thường xuyên|hằng ngày|hàng ngày|mỗi ngày)"
)
_RATE_OF_REGULAR_USE = re.compile(
    r"tỷ\s*lệ\s*(?:sử\s*dụng|dùng)\s*thường\s*xuyên\s*(?:mới|chỉ)?\s*(?:đạt|là)?\s*(?:khoảng|chừng|ngót|xấp xỉ|trên dưới|trên|hơn|gần)?\s*$"
)
# What an item of a list names when it names only the agencies (or units) its value counts, nothing they do:
# `các sở, ban, ngành`, `UBND các huyện, thành phố, thị xã`, `cơ quan cấp tỉnh và cấp huyện` (lower case, no digit).
_AGENCY_WORD = (
    r"(?:các|những|toàn\s*bộ|sở|ban|ngành|cơ\s*quan|đơn\s*vị|ubnd|ủy\s*ban\s*nhân\s*dân|uỷ\s*ban\s*nhân\s*dân"
    r"|cấp|tỉnh|huyện|quận|thị\s*xã|thành\s*phố|thị\s*trấn|xã|phường|nhà\s*nước|chuyên\s*môn|thuộc|trực\s*thuộc"
    r"|và|hành\s*chính|địa\s*phương)"
)
_AGENCIES_ONLY = re.compile(rf"[ \t]*(?:{_AGENCY_WORD}(?:[ \t]*[,/][ \t]*|[ \t]+|(?=[ \t]*$)))+[ \t]*")
# The value opening the next item of such a list: a share or a fraction, after a qualifier (lower case).
_NEXT_ITEM_VALUE = re.compile(
    r"[ \t]*(?:(?:trên|hơn|gần|khoảng|đạt|có)[ \t]+)?(?:\d{1,3}(?:[.,]\d+)?[ \t]*%|\d{1,4}[ \t]*/[ \t]*\d{1,4}(?![\d/]))"
)
_HEAD_WORDS = re.compile(r"\s*(?:số\s+)?[^\W\d]+\s+[^\W\d]+,?\s+[^\W\d]+")  # three words after a number

# --- a list on lines of its own: `Tỷ lệ …:` then `- Cấp tỉnh: 100%;`, `- Cấp huyện: 90%` ------------------


def _list_lead(layout: Layout, start: int) -> tuple[int, int] | None:
    """The line that opens the list a bullet line starting at `start` belongs to (it ends with a colon)."""
    # (asked for a line again and again: for its kind, its year, its level and its province; read once per line)
    found = layout._list_leads.get(start, False)
    if found is False:
        found = layout._list_leads[start] = _read_list_lead(layout, start)
    return found


def _read_list_lead(layout: Layout, start: int) -> tuple[int, int] | None:
    text = layout.text
    if not _BULLET.match(text, start):
        return None
    i = bisect.bisect_right(layout._sentence_starts, start) - 1
    dash = _DASH_ITEM.match(text, start) is not None
    for j in range(i - 1, max(-1, i - 15), -1):
        a, b = layout.sentences[j]
        # A lettered or numbered item may open the list too (`a) Tỷ lệ văn bản …:` then `- Các sở, ngành: 85%;`).
        if text[a:b].rstrip().endswith(":"):
            return a, b
        if dash and not _DASH_ITEM.match(text, a) and (head := _ITEM_TITLE.match(text, a)):
            # `b) Văn bản điện tử giữa các cơ quan nhà nước` (no colon, no figure) over `- Cấp tỉnh: 90%;`: a lettered
            # or numbered title names what the dashes below it are of (issue #11, round 23)
            return (a, head.end()) if not any(c.isdigit() for c in head.group("title")) else None
        if not _BULLET.match(text, a):
            return None
    return None


_DASH_ITEM = re.compile(r"[ \t]*[-+•*–][ \t]")
# `- Cán bộ, công chức cấp xã: 85%`: the staff and a level only, before the colon of a dash line.
_STAFF_SUBJECT = re.compile(
    r"[ \t]*[-+•*–][ \t]*(?P<who>(?:cán\s*bộ|cbcc)(?:,?\s*công\s*chức)?(?:,?\s*viên\s*chức)?)\s*"
    r"(?:(?:ở|tại)\s*)?(?:cấp\s*(?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*(?:cấp\s*)?(?:tỉnh|huyện|xã))*)\s*:\s*$"
)
_ITEM_TITLE = re.compile(r"[ \t]*(?:[a-zđ]\)|\d{1,2}[.)])[ \t]+(?P<title>[^\n:;.]{4,80})[ \t]*(?=\n)")


def _list_title(layout: Layout, start: int) -> tuple[int, int] | None:
    """A short title line with no closing punctuation right above the run of bullet lines that the one at `start`
    belongs to (`Mục tiêu năm 2018` then `- 80% văn bản …`): it names what the list is of, like an opening line
    with a colon. Used for the list's year only."""
    text = layout.text
    if not _BULLET.match(text, start):
        return None
    i = bisect.bisect_right(layout._sentence_starts, start) - 1
    for j in range(i - 1, max(-1, i - 15), -1):
        a, b = layout.sentences[j]
        if _BULLET.match(text, a):
            continue
        line = text[a:b].rstrip()
        whole_line = (a == 0 or text[a - 1] == "\n") and text.startswith("\n", a + len(line))
        if whole_line and 4 <= len(line) <= 80 and not line.endswith((".", ";", ",", "…")):
            return a, a + len(line)
        return None
    return None


# --- `lần lượt` (respectively): levels listed before it, one value each after it ---------------------------
_RESPECTIVELY = "lần lượt"
_THREE_LEVELS = cue(r"(?:cấp )?tỉnh,? (?:cấp )?huyện,? (?:và )?(?:cấp )?xã")


def _respective_levels(folded: str, begin: int, end: int) -> list[str]:
    """The levels named in folded[begin:end], in order (`ở cấp tỉnh, cấp huyện và cấp xã`)."""
    window = folded[begin:end]
    if (m := _THREE_LEVELS.search(window)) and not names_a_level_word(window[: m.start()] + window[m.end() :]):
        return ["province", "district", "commune"]
    hits = sorted((m.start(), m.end(), lvl) for lvl, rx in SCOPE_CUES.items() for m in rx.finditer(window))
    levels, until = [], -1
    for a, b, lvl in hits:
        if a >= until:
            levels.append(lvl)
            until = b
    return levels


# `… các năm 2016, 2017, 2018 và 2019 lần lượt là 40%, 52%, 68% và 81%`: years listed before `lần lượt`, one per value.
_YEAR_LIST = re.compile(r"năm\s+((?:19|20)\d{2}(?:\s*(?:,|và|;)\s*(?:năm\s+)?(?:19|20)\d{2}){1,9})")


def _respective_years(folded: str, begin: int, end: int) -> list[int]:
    """The years listed in folded[begin:end] just before `lần lượt` (`các năm 2016, 2017 và 2018`), in order; [] when
    none (issue #11, round 23)."""
    found = None
    for m in _YEAR_LIST.finditer(folded, begin, end):
        found = m
    if found is None or folded[found.end() : end].strip(" ,:") not in ("", "tương ứng"):
        return []
    return [int(y) for y in re.findall(r"(?:19|20)\d{2}", found.group(1))]


def _figure_after_count(
    ctx: DocContext,
    layout: Layout,
    rule: CountRule,
    suffix: str,
    m: re.Match[str],
    kind: str,
    scope: str,
    year: int | None,
) -> Fact:
    """A second figure read after a count (its number is `m`'s group `n`: a year compared with, the plan's figure), quoted
    from its number through its unit, as the rule's indicator."""
    at, end = m.start("n"), m.end("n")
    amount = Amount(parse_number(m.group("n")) * rule.scale, at, end)
    quote_end = end + len(_UNIT_AFTER.match(layout.folded, end).group())
    return _make_fact(
        ctx, layout, rule.indicator, rule.name + suffix, amount, at, quote_end, kind, scope, year, (at, end)
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


_JOINED = re.compile(r"[\s,]*(?:và|hoặc)?\s*")


def _same_words(a: re.Match[str], b: re.Match[str], window: str) -> bool:
    """Whether two cue matches overlap or are joined by `và` / a comma only."""
    if a.start() < b.end() and b.start() < a.end():
        return True
    first, second = (a, b) if a.end() <= b.start() else (b, a)
    return _JOINED.fullmatch(window, first.end(), second.start()) is not None


def _in_brackets(window: str, start: int, end: int) -> bool:
    """Whether window[start:end] lies inside a pair of round brackets that closes in the window."""
    opened = window.rfind("(", 0, start)
    if opened < 0 or window.rfind(")", 0, start) > opened:
        return False
    closed = window.find(")", end)
    return closed >= 0 and not 0 <= window.find("(", end) < closed


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
    # A refining cue beats the one it refines when they are about the same words: overlapping, or joined by `và`
    # (`được cấp và thường xuyên sử dụng thư điện tử`). Apart (`… được cấp hộp thư, nhưng tỷ lệ thường xuyên dùng
    # thư điện tử …`) each keeps its own place, and the nearest wins.
    hits = [
        (r, m) for r, m in hits if not any(o.refines == r.indicator and _same_words(m, om, window) for o, om in hits)
    ]
    if len(hits) > 1 and "(" in window:  # a cue inside brackets that explain the subject (`Văn bản … điện tử (gửi,
        # nhận qua … phần mềm quản lý văn bản) đạt 85%`) gives way to one outside them
        outside = [(r, m) for r, m in hits if not _in_brackets(window, m.start(), m.end())]
        if outside:
            hits = outside
    return max(hits, key=lambda h: h[1].end()) if nearest_last else min(hits, key=lambda h: h[1].start())


# A count after `và` / `cùng với` opens the next item (`100% các sở … và 145 đơn vị cấp xã …`): the levels after a
# share stop there (round 25, real10).
_AND_A_COUNT = re.compile(r"\s(?:và|cùng(?: với)?)\s+\d")

# `… và tỷ lệ … đều đạt 100%`: `đều` (both, all) right before the verb of a value that several shares share.
_BOTH_REACH = re.compile(r"\bđều\s*(?:đã\s*)?(?:đạt|là|ở\s*mức)\s*(?:mức\s*)?$")


_NEXT_SHARE = re.compile(r"(?:,|\s+và)\s+tỷ\s*lệ\b")


def _cues_in_order(
    rules: list[PercentRule], openings: WordIndex, text: str, begin: int, end: int
) -> list[tuple[PercentRule, int, int, tuple[int, int] | None]]:
    """The indicators named in text[begin:end], in order: (rule, start, end, the part of the text that names it, when
    each has its own `tỷ lệ`) of one cue per group of overlapping cues (the one that refines another, else the longest),
    none of words about no indicator; empty when two are of the same indicator (no list of different ones)."""
    # Shares each named with their own `tỷ lệ` (`tỷ lệ … và tỷ lệ …`, `tỷ lệ …, tỷ lệ …`): the nearest cue of each part.
    cuts = [begin] + [m.start() for m in _NEXT_SHARE.finditer(text, begin, end)] + [end]
    if len(cuts) > 2:
        named = []
        for k, (a, b) in enumerate(itertools.pairwise(cuts)):
            if (hit := _find_cue(rules, openings, text, a, b, True)) is not None and hit[0].indicator:
                named.append((hit[0], a + hit[1].start(), a + hit[1].end(), (a, b)))
            elif k or hit is not None:  # (words before the first `tỷ lệ` may name none: `Năm 2019, tỷ lệ …`)
                return []
        return named if len({r.indicator for r, *_ in named}) == len(named) else []
    window = text[begin:end]
    found = []
    for at, i in openings.in_window(begin, end):
        if m := rules[i].cue.match(window, at - begin):
            found.append((m.start(), m.end(), rules[i]))
    for i in openings.unindexed:
        found.extend((m.start(), m.end(), rules[i]) for m in rules[i].cue.finditer(window))
    found.sort(key=lambda h: (h[0], -h[1]))
    groups: list[list[tuple[int, int, PercentRule]]] = []
    for hit in found:
        if groups and hit[0] < max(h[1] for h in groups[-1]):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    named = []
    for group in groups:
        indicators = {r.indicator for _, _, r in group}
        refining = [h for h in group if h[2].refines in indicators]
        a, b, rule = max(refining or group, key=lambda h: h[1] - h[0])
        if rule.indicator:
            named.append((rule, begin + a, begin + b, None))
    if len({r.indicator for r, *_ in named}) < len(named):
        return []
    return named


class _PercentPlan:
    """What `extract_percents` needs of a list of rules that is the same for every document: the rules by name and
    the opening words of their cues (for `WordIndex`), worked out once per list (they were redone for each document)."""

    def __init__(self, rules: tuple[PercentRule, ...]):
        self.by_name = {r.name: r for r in rules}
        self.openings = pattern_openings(tuple(r.cue for r in rules))


@by_identity
def _percent_plan(rules: tuple[PercentRule, ...]) -> _PercentPlan:
    return _PercentPlan(rules)


def extract_percents(ctx: DocContext, rules: list[PercentRule], layout: Layout | None = None) -> list[Fact]:
    layout = layout or Layout(ctx)
    text = ctx.text
    facts: list[Fact] = []
    staff_fractions = _fractions(layout, staff=True)
    fractions = _fractions(layout) + staff_fractions
    percents = sorted(layout.percents + fractions, key=lambda a: a.start) if fractions else layout.percents
    is_fraction = {id(a) for a in fractions}
    is_staff_fraction = {id(a) for a in staff_fractions}

    def reads_fraction(rule: PercentRule, amount: Amount) -> bool:
        """Whether `rule` reads the fraction `amount` as its share: of staff for a share of staff, else of agencies."""
        if id(amount) in is_staff_fraction:
            return rule.indicator.startswith("staff_") and rule.indicator.endswith("_pct")
        return rule.fractions

    previous: dict[int, tuple[int, Fact]] = {}
    rules_plan = _percent_plan(rules)  # (worked out once per list of rules)
    by_name = rules_plan.by_name  # per sentence start: (index, fact) of the last main percentage
    claimed_until = 0  # end of the last cue read after its number: those words belong to that number
    number_ends = [end for _, end in layout.numbers]
    # Every window a cue is looked for in lies inside the percentage's sentence: only those are indexed.
    sentences = {layout.sentence(p.start) for p in percents}
    leads = {s: lead for s in sentences if (lead := _list_lead(layout, s[0]))}
    openings = WordIndex(rules_plan.openings, layout.folded, sorted(sentences | set(leads.values())))
    respective = _respective_parens(layout)
    # The percentages' ends, for the end of the last one before each: found by bisection when, as nearly always,
    # starts and ends are both in order (fractions and percentages could overlap: then all are looked at).
    pct_ends = [p.end for p in percents]
    in_order = all(a.start <= b.start and a.end <= b.end for a, b in itertools.pairwise(percents))
    unread_subject: set[int] = set()  # percentages whose subject, named after an earlier one, no rule reads
    for i, amount in enumerate(percents):
        if respective and any(a <= amount.start < b for a, _, b, _ in respective):
            continue  # read with the targets before its parenthesis (`_respective_parenthesis`)
        s, e = layout.sentence(amount.start)
        c_start, c_end = layout.clause(amount.start)
        paren = _PAREN_BASELINE.search(layout.folded[max(s, amount.start - 20) : amount.start])
        main_i, main = previous.get(s, (-1, None))
        # The parenthesis annotates the percentage just before it (`80% (năm 2016 khoảng 60%)`), in its clause.
        if (
            paren
            and main is not None
            and main_i == i - 1
            and id(amount) not in is_fraction
            and ";" not in text[percents[main_i].end : amount.start]
        ):
            year = int(paren.group(1)) if paren.group(1) else ctx.beside_goal_year
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
        if _NATIONAL_BEFORE.search(layout.folded, max(s, amount.start - 40), amount.start):
            continue  # `… so với trung bình cả nước là 88,5%`: the country's figure
        if _CHANGE_BEFORE.search(layout.folded, max(c_start, amount.start - 30), amount.start):
            continue  # `tăng 35% so với cùng kỳ`, `chi phí giảm 40%`: a change
        if (pct := layout.folded.find("%", amount.start, amount.end + 2)) >= 0 and _OF_THE_PLAN_AFTER.match(
            layout.folded, pct
        ):
            continue  # `đạt 100% kế hoạch`: the plan's part done
        if _CRITERIA_BEFORE.search(layout.folded, s, amount.start):
            continue  # `… 2 tiêu chí … để đánh giá …: Ít nhất 95% …`: a yardstick
        if "“" in layout.folded[s : amount.start] and _CENTRAL_QUOTE_BEFORE.search(layout.folded, s, amount.start):
            continue  # `… (Quyết định số 1605/QĐ-TTg), trong đó xác định rõ “60% …`: the country's goal, quoted
        if in_order:  # the last end among the earlier ones that is not after the number, if in its clause
            k = bisect.bisect_right(pct_ends, amount.start, 0, i) - 1
            prev_end = pct_ends[k] if k >= 0 and pct_ends[k] > c_start else c_start
        else:
            prev_end = max([p.end for p in percents[:i] if p.end <= amount.start and p.end > c_start] or [c_start])
        if in_order:  # the next one, if it starts in the clause
            next_start = percents[i + 1].start if i + 1 < len(percents) and percents[i + 1].start < c_end else None
        else:
            next_start = next((p.start for p in percents[i + 1 :] if p.start < c_end), None)
        folded = layout.folded
        near_end = next_start if next_start is not None else c_end
        # `đến 30% UBND cấp xã và lắp đặt hệ thống hội nghị truyền hình …`: another predicate (see _NEW_PREDICATE).
        if (verb := _NEW_PREDICATE.search(folded, amount.end, near_end)) is not None:
            near_end = verb.start()
        after_near = folded[amount.end : near_end]
        prev_end = max(prev_end, min(claimed_until, amount.start))
        before_near = folded[prev_end : amount.start]
        # A new share opened after the number (`…, tỷ lệ …`, `… và tỷ lệ …`) has its own words and value: none of its
        # words is this number's, however far the clause goes on.
        far_end = verb.start() if verb is not None and "tỷ lệ" in verb.group() else c_end
        tiers = [(amount.end, near_end, False), (prev_end, amount.start, True), (amount.end, far_end, False)]
        # A number whose own words name only a level (`; ở cấp huyện 30%`, `, các cơ quan thuộc UBND huyện 50%
        # (năm 2009 là 20%)`) continues the sentence's subject; one followed by a noun has a subject of its own.
        # So does the share a source states for its own fraction (`ở cấp xã mới có 52/141 xã … được kết nối
        # (đạt 36,9%)`): the fraction's words name only which agencies.
        short = len(before_near.strip(" ,;")) < 40
        if not short and "/" in before_near and (frac := _FRACTION_RE.search(folded, prev_end, amount.start)):
            short = bool((st := _STATED_SHARE.match(folded, frac.end())) and st.end() == amount.end)
        # `… 100% văn bản … dưới dạng điện tử; tối thiểu 80% hồ sơ công việc cấp tỉnh, 60% cấp huyện và 30% cấp xã được
        # xử lý trên môi trường mạng`: the share before, in the clause, was of a subject of its own that no rule reads
        # (`hồ sơ công việc`); the levels after it continue that subject, not the sentence's earlier one.
        # (Only a share that opens its item is of a subject: not one in brackets or set against another,
        # `95% (tăng 5% so với năm 2022), cấp huyện 80%`, `100%, bằng 100% kế hoạch, cấp huyện 90%`.)
        if (
            i
            and main_i != i - 1
            and pct_ends[i - 1] == prev_end > c_start
            and (
                i - 1 in unread_subject
                or (not _LEVEL_FIRST.match(before_near) and _opens_an_item(folded, c_start, percents[i - 1].start))
            )
        ):
            unread_subject.add(i)
        if (
            short
            and i not in unread_subject
            # (`…; mức độ hài lòng của người dân đạt 92%`, `; tỷ lệ giải ngân vốn đầu tư công đạt 90%`: a rate of its
            # own, naming no level, continues no share before it; stop 27 review)
            and not (_OWN_RATE_OPENS.match(before_near) and not names_a_level_word(before_near))
            and _CONTINUATION.match(after_near)
            and not _own_predicate_after(folded, layout, amount.end, c_end)
        ):
            tiers.append((s, prev_end, True))
            if lead := leads.get((s, e)):  # `Tỷ lệ …:` then `- Cấp tỉnh: 100%;` on lines of their own
                tiers.append((lead[0], lead[1], True))
        elif c_start > s and text[c_start - 1] == ":" and c_start - s <= 80 and _RATE_TITLE.match(folded, s):
            # `Tỷ lệ máy tính/ cán bộ công chức: Các cơ quan … cấp tỉnh và cấp huyện đạt 100% …, cấp xã đạt 77% …`:
            # a title naming the rate, then its values level by level in the clause after the colon.
            tiers.append((s, c_start - 1, True))
        if (
            (topic := _TOPIC_OPENS.match(folded, s) or _TOPIC_BEFORE_COMMA.match(folded, s)) is not None
            # (or a line that opens with its topic alone: `Mạng truyền số liệu chuyên dùng: 216/216 xã, phường, thị trấn
            # đã kết nối.`, round 25)
            or (
                (s == 0 or text[s - 1] == "\n")
                and text.find(":", s, prev_end) >= 0
                and (topic := _BARE_TOPIC.match(folded, s)) is not None
            )
        ) and topic.end() <= prev_end:
            # `1. Về phần mềm quản lý văn bản: mục tiêu … là 80% cơ quan cấp huyện sử dụng; kết quả … đạt 100%`: an item
            # whose topic names the indicator before a colon, its values after it in words that name none (issue #11,
            # round 23)
            tiers.append((topic.start("topic"), topic.end("topic"), True))
        hit = None
        next_year_of: Fact | None = None
        those_of_main = False
        if (
            main is not None
            and main_i == i - 1
            and main.rule in by_name
            and (
                _LEVEL_ONLY.search(folded, max(prev_end, amount.start - 45), amount.start)
                or (
                    _LEVEL_HAS.search(folded, max(prev_end, amount.start - 45), amount.start)
                    and _ECHO_AFTER.match(after_near)
                )
            )
        ):
            # `100% sở, ngành … đã sử dụng chữ ký số trong gửi, nhận văn bản điện tử, cấp xã đạt 45%`: a clause that
            # names only a level continues the value before it, whatever words that value's clause ends with.
            hit = (by_name[main.rule], main.char_start, main.char_start)
        if (
            hit is None
            and main is not None
            and main_i == i - 1
            and main.rule in by_name
            and _LEVEL_ONLY_AFTER.match(after_near)
            and _BEFORE_LEVEL_ONLY.search(folded, percents[main_i].end, amount.start)
            and not any(percents[main_i].end <= a < amount.start for a, _ in layout.numbers)
        ):
            hit = (by_name[main.rule], main.char_start, main.char_start)
        if (
            hit is None
            and main is not None
            and main_i == i - 1
            and main.rule in by_name
            and search_from_words(GOAL_NAMED_BEFORE, folded, max(prev_end, amount.start - 60), amount.start)
            # (a change in points between them, `cao hơn năm trước 9 điểm phần trăm và vượt mục tiêu 90%`, is no value)
            and not any(
                percents[main_i].end <= a < amount.start and not _POINTS_AFTER.match(folded, b)
                for a, b in layout.numbers
            )
        ):
            # `… đã kết nối 241/241 xã, phường, thị trấn, vượt chỉ tiêu kế hoạch (80%)`: the goal a result is measured
            # against, named right after it, is a goal of the same thing
            hit = (by_name[main.rule], main.char_start, main.char_start)
        if (
            hit is None
            and main is not None
            and main_i == i - 1
            and main.rule in by_name
            and (gap := _NEXT_YEARS_VALUE.fullmatch(folded, percents[main_i].end, amount.start)) is not None
            and (after_year := _YEAR_THEN_END.match(after_near)) is not None
            and (gap.group("y2") is not None) != ("năm" in after_year.group())
        ):
            # `… đạt 50% vào năm 2025 và 80% vào năm 2030`: the same goal for another year (see _NEXT_YEARS_VALUE),
            # of the same level
            hit = (by_name[main.rule], main.char_start, main.char_start)
            next_year_of = main
        if (
            hit is None
            and main is not None
            and main_i == i - 1
            and (
                _REGULAR_USE_ALONE.match(after_near)
                # `… được cấp tài khoản …, đạt gần 95%; tuy nhiên tỷ lệ sử dụng thường xuyên mới khoảng 60%`: the rate
                # of regular use named before the value, of the mailbox before it
                or _RATE_OF_REGULAR_USE.search(folded, max(prev_end, amount.start - 50), amount.start)
            )
            and not any(percents[main_i].end <= a < amount.start for a, _ in layout.numbers)
        ):
            # `92% cán bộ … được cấp hộp thư công vụ; 55% cán bộ cấp xã sử dụng thường xuyên`: the regular use of
            # the mailbox the clause before names (the rule that refines its indicator; a value of an indicator no rule
            # refines goes on to the tiers).
            refining = next((r for r in rules if r.refines == main.indicator and r.indicator), None)
            if refining is not None:
                hit = (refining, main.char_start, main.char_start)
                # `95% cán bộ … cấp tỉnh đã được cấp hộp thư …, nhưng chỉ chừng 60% sử dụng thường xuyên`: the share of
                # those given a mailbox who use it, with no subject of its own, is of their level (issue #11, round 23)
                those_of_main = _REGULAR_USE_ALONE.match(after_near) is not None
        users_of: tuple[int, int] | None = None
        if (
            hit is None
            and "số" in folded[c_start : amount.start]
            and (named_back := _USERS_NAMED_BACK.search(folded, c_start, amount.start)) is not None
            and search_from_words(_MAILBOX_BEFORE, folded, s, named_back.start())
            and (usage := next((r for r in rules if r.indicator == "staff_email_usage_pct"), None)) is not None
        ):
            # `Cán bộ cấp xã được cấp hộp thư công vụ; số người sử dụng thường xuyên chiếm hơn một nửa`: the users of
            # the mailboxes named before, named back in a clause of their own (stop 27 review)
            hit = (usage, named_back.start(), named_back.end())
            users_of = (s, named_back.start())  # (whose level they are of, unless their clause names one)
        if (
            hit is None
            and (use := _REGULAR_USE.match(after_near)) is not None
            and _USE_ENDS.match(after_near, use.end())
            and search_from_words(_MAILBOX_BEFORE, folded, s, amount.start)
            and not any(s <= a < amount.start for a, _ in ((p.start, p.end) for p in percents))
            and (usage := next((r for r in rules if r.indicator == "staff_email_usage_pct"), None)) is not None
        ):
            # `… đã cấp 3.100 hộp thư điện tử công vụ, nhưng chỉ khoảng 40% cán bộ, công chức sử dụng thường xuyên`:
            # staff who use regularly, nothing named after it, in a sentence on the mailboxes given (a count, no share
            # before it): the regular use of those mailboxes (issue #11, round 22)
            hit = (usage, amount.end, amount.end + use.end())
        for begin, end, nearest_last in tiers if hit is None else ():
            found = _find_cue(rules, openings, folded, begin, end, nearest_last)
            if found:
                hit = (found[0], found[1].start() + begin, found[1].end() + begin)
                break
        if (
            hit is not None
            and not hit[0].indicator
            and hit[0].refines
            and hit[2] <= prev_end
            and _AGENCIES_NAMED.search(before_near)
        ):
            # `Tỷ lệ doanh nghiệp sử dụng chữ ký số đạt 80%, các cơ quan cấp huyện đạt 100%`: the words that make the first
            # share no indicator's (businesses') are not the next one's, whose own words name agencies: the indicator
            # those words refine (review 27b)
            hit = (next((r for r in rules if r.indicator == hit[0].refines), hit[0]), hit[1], hit[2])
        if (
            hit is None
            and short
            and _DASH_ITEM.match(text, s)
            and (last := facts[-1] if facts else None) is not None
            and last.rule in by_name
            and last.value_start is not None
            and _DASH_ITEM.match(text, (p_start := text.rfind("\n", 0, s - 1) + 1))
            and p_start <= last.value_start < s
            and (subject := _STAFF_SUBJECT.fullmatch(folded, s, amount.start)) is not None
            and folded.startswith(subject.group("who"), p_start + len(_DASH_ITEM.match(text, p_start).group()))
        ):
            # `- Cán bộ, công chức cấp tỉnh, cấp huyện được cấp hộp thư: 100%;` / `- Cán bộ, công chức cấp xã: 85%.`: a
            # dash line naming only the same staff at another level continues the line before it (round 23)
            hit = (by_name[last.rule], last.char_start, last.char_start)
        year_item_of: Fact | None = None
        if (
            hit is None
            and _YEAR_ITEM.fullmatch(folded, s, amount.start)
            and _ITEM_ENDS.match(after_near)
            and (last := facts[-1] if facts else None) is not None
            and last.rule in by_name
            and last.value_start is not None
            and _YEAR_ITEM.match(folded, (p_start := text.rfind("\n", 0, s - 1) + 1))
            and p_start <= last.value_start < s
        ):
            # `- Năm 2021: 60% cơ quan cấp xã sử dụng chữ ký số;` / `- Năm 2022: 75%;`: a year's line with a value alone
            # goes on with the year's line before it, another year of the same goal, of its level (round 24, lead)
            hit = (by_name[last.rule], last.char_start, last.char_start)
            year_item_of = last
        bare_of: Fact | None = None
        if (
            hit is None
            and (bare := _BARE_GOAL_OR_STATE.fullmatch(folded, s, amount.start)) is not None
            and (last := facts[-1] if facts else None) is not None
            and last.rule in by_name
            and last.value_start is not None
            and layout.sentence(last.value_start)[1] <= s
            and s - last.value_start < 400
            and _ITEM_ENDS.match(after_near)
            # (only the sentence right before, in the same paragraph, with no other value after the share: `Tỷ lệ hồ sơ
            # giải quyết đúng hạn đạt 98%. Mục tiêu năm 2024 là 99%` is the on-time rate's goal; review 27b)
            and layout.sentence(s - 1)[0] <= last.value_start
            and "\n" not in text[last.value_end : s]
            and not _numbers_between(layout, last.value_end, s)
        ):
            # `Hiện 70% UBND cấp xã có cán bộ chuyên trách CNTT. Mục tiêu năm 2024 là 90%.`, `… đặt mục tiêu đến năm
            # 2025, 100% UBND cấp xã sử dụng chữ ký số. Hiện nay, cấp xã mới đạt 70%.`: a sentence of a goal or a state
            # and its value alone goes on with the share of the sentence before (its level, unless it names one; stop
            # 27 review)
            hit = (by_name[last.rule], bare.start(), bare.start())
            bare_of = last
        listed = False
        if hit is None and id(amount) in is_fraction:
            # `mới có 18/42 cơ quan tỉnh với 62 cán bộ, 5/8 huyện, … (6 cán bộ); 7/126 xã, … (7 cán bộ) có cán bộ
            # chuyên trách CNTT`: items of fractions and their agencies only, apart by `;`, share the words after the
            # last item. (Words of their own in an item, a verb, end the list: that item has its own predicate.)
            end, tail_from = c_end, amount.end
            for _ in range(4):
                if text[end : end + 1] != ";" or _ITEM_PREDICATE.search(folded, tail_from, end):
                    break
                nxt = _FRACTION_RE.match(folded, end + 1 + len(folded[end + 1 :]) - len(folded[end + 1 :].lstrip()))
                if nxt is None:
                    break
                tail_from, end = nxt.end(), layout.clause(nxt.start())[1]
                found = _find_cue(rules, openings, folded, nxt.end(), end, False)
                if found:
                    hit = (found[0], found[1].start() + nxt.end(), found[1].end() + nxt.end())
                    listed = not _ITEM_PREDICATE.search(folded, nxt.end(), hit[1])
                    if not listed:
                        hit = None
                    break
        if hit is None and main is not None and main_i == i - 1:
            # `cho 100% số cán bộ, công chức tại các sở … và trên 75% số cán bộ, công chức ở các xã`: the same
            # words after both numbers, so the same indicator as the one before.
            head = _HEAD_WORDS.match(after_near)
            if head and folded.startswith(head.group(), percents[main_i].end) and main.rule in by_name:
                hit = (by_name[main.rule], main.char_start, main.char_start)
        forward = False
        if (
            hit is None
            and text[c_end : c_end + 1] == ";"
            and i + 1 < len(percents)
            and percents[i + 1].start < e
            and (head := _HEAD_WORDS.match(after_near)) is not None
            and not _ITEM_PREDICATE.search(folded, amount.end, c_end)
        ):
            # `Trên 90% cán bộ, công chức cấp tỉnh, cấp huyện; 60% cán bộ, công chức cấp xã thường xuyên sử dụng thư
            # điện tử`: an item of the staff and their level only, the next item after `;` opening with the same
            # words, shares that item's predicate (a qualifier such as `trên` may open the next item).
            nxt = percents[i + 1]
            gap = folded[c_end + 1 : nxt.start].strip()
            if len(gap) <= 12 and not any(ch.isdigit() for ch in gap) and folded.startswith(head.group(), nxt.end):
                n_end = layout.clause(nxt.start)[1]
                found = _find_cue(rules, openings, folded, nxt.end, n_end, False)
                if found and not _ITEM_PREDICATE.search(folded, nxt.end, found[1].start() + nxt.end):
                    hit = (found[0], found[1].start() + nxt.end, found[1].end() + nxt.end)
                    forward = True
        if hit is None and text[c_end : c_end + 1] == ";" and _AGENCIES_ONLY.fullmatch(folded, amount.end, c_end):
            # `100% các sở, ban, ngành; 13/13 UBND huyện, thành phố; 85% UBND cấp xã đã triển khai phần mềm …`: items of
            # a value and the agencies it counts, nothing more, apart by `;`, share the predicate after the last item
            # (one with words of its own, a verb, ends the list). Issue #11, round 23 (lead).
            end = c_end
            for _ in range(4):
                nxt = _NEXT_ITEM_VALUE.match(folded, end + 1)
                if nxt is None:
                    break
                n_end = layout.clause(nxt.end() - 1)[1]
                found = _find_cue(rules, openings, folded, nxt.end(), n_end, False)
                if found:
                    if not _ITEM_PREDICATE.search(folded, nxt.end(), found[1].start() + nxt.end()) or (
                        _AGENCIES_ONLY.match(folded, nxt.end()) is not None
                    ):
                        hit = (found[0], found[1].start() + nxt.end(), found[1].end() + nxt.end())
                        forward = True
                    break
                if text[n_end : n_end + 1] != ";" or not _AGENCIES_ONLY.fullmatch(folded, nxt.end(), n_end):
                    break
                end = n_end
        if (
            hit is None
            and main is not None
            and main_i == i - 1
            and _OF_WHICH_END.search(folded, percents[main_i].end, amount.start)
            and _REGULAR_USE.match(after_near)
        ):
            # `96% cán bộ … được cấp hộp thư điện tử, trong đó khoảng 80% thường xuyên sử dụng`: the part after
            # `trong đó` that uses it regularly refines the value before it (the rule that refines its indicator).
            refining = next((r for r in rules if r.refines == main.indicator and r.indicator), None)
            if refining is not None:
                hit = (refining, main.char_start, main.char_start)
        if hit is None:
            continue
        rule, cue_start, cue_end = hit
        own_scope = None
        if (respectively := folded.rfind(_RESPECTIVELY, c_start, amount.start)) >= 0 and " và " in folded[
            c_start:respectively
        ]:
            # `tỷ lệ … được cấp hộp thư … và tỷ lệ … sử dụng thư điện tử thường xuyên lần lượt là 98% và 82%`: the
            # indicators named before `lần lượt`, in order, one per value (issue #11, round 22)
            values = [p for p in percents if respectively < p.start < c_end]
            named = _cues_in_order(rules, openings, folded, c_start, respectively)
            if len(values) > 1 and len(named) == len(values):
                rule, cue_start, cue_end, part = named[next(k for k, p in enumerate(values) if p is amount)]
                if part is not None:  # the level its own words name, else one named before the list, else none
                    own_scope = (
                        layout.scope(folded[part[0] : part[1]], "")
                        or layout.scope(folded[c_start : named[0][3][0]], "")
                        or "all"
                    )
        if cue_start >= amount.end and not forward:  # (the next item's words are its own number's too)
            claimed_until = cue_end
        agencies_subject = rule.of_agencies or not rule.indicator.startswith("staff_")
        # `100% cơ quan có mạng LAN, kết nối Internet, sử dụng phần mềm quản lý văn bản`: no indicator for the first
        # predicate, whose subject is agencies; a later one may still name an agency indicator (found below).
        chain = not rule.indicator and rule.of_agencies and cue_start >= amount.end and id(amount) not in is_fraction
        if (not rule.indicator and not chain) or (id(amount) in is_fraction and not reads_fraction(rule, amount)):
            continue  # words about no indicator (`dân số … có chữ ký số`), or a fraction of no share
        # A level named before another number in the clause (`cấp tỉnh có 46 cán bộ, … 15% cán bộ`) is that
        # number's: the before-window for the level starts after the last number of any kind.
        before = bisect.bisect_right(number_ends, amount.start) - 1  # ends are in text order
        last_number = number_ends[before] if before >= 0 and number_ends[before] >= prev_end else prev_end
        scope = own_scope
        respectively = folded.rfind(_RESPECTIVELY, c_start, amount.start)
        if respectively >= 0:  # `ở cấp tỉnh, cấp huyện và cấp xã lần lượt là 95%, 80% và 55%`
            values = [p for p in percents if respectively < p.start < c_end]
            levels = _respective_levels(folded, s, respectively)
            if len(values) > 1 and len(levels) == len(values):
                scope = levels[next(k for k, p in enumerate(values) if p is amount)]
        if (
            scope is None
            and before >= 0
            and layout.numbers[before][0] >= c_start
            and _RESULT_AFTER_GOAL.fullmatch(folded, last_number, amount.start)
            and (
                search_from_words(
                    GOAL_NAMED_BEFORE, folded, max(c_start, layout.numbers[before][0] - 60), layout.numbers[before][0]
                )
                or _NOT_THE_GOAL_BEFORE.search(
                    folded, max(c_start, layout.numbers[before][0] - 16), layout.numbers[before][0]
                )
            )
            and not names_a_level_word(folded[last_number : amount.start] + after_near)
        ):
            # `… của các cơ quan cấp huyện chưa đạt mục tiêu 90%, mới đạt 76%`, `không phải 100% như kế hoạch mà chỉ
            # 85%`: the result set against the goal just named is of the goal's level (issue #11, round 22)
            scope = layout.scope(folded[c_start : layout.numbers[before][0]], "")
        # `100% các sở, ban, ngành, UBND cấp huyện và 145 đơn vị cấp xã đã đưa phần mềm … vào hoạt động`: a count after
        # `và` opens the next item, its units counted at their own level; the levels before it are the share's (round
        # 25, real10; round 24 read one level before such a count).
        levels_after_share = after_near
        if (
            ("và" in after_near or "cùng" in after_near)  # (the pattern opens with `\s`: tried at every character)
            and (cut := _AND_A_COUNT.search(after_near)) is not None
            and names_a_level_word(after_near[: cut.start()])
        ):
            levels_after_share = after_near[: cut.start()]
        scope = (
            scope
            or layout.scope(
                folded[last_number : amount.start], levels_after_share, after_leads_into_number=next_start is not None
            )
            # a level that opens the clause, before its first number, is shared by its numbers (`Ở cấp huyện, tỷ lệ
            # A đạt 80%, tỷ lệ B 60%`); one named after an earlier number is that number's (`100% cán bộ cấp tỉnh …,
            # nhưng tỷ lệ thường xuyên dùng thư điện tử … 60%`)
            or layout.scope(folded[c_start : _first_number_after(layout, c_start, last_number)], "")
            # `- Cấp tỉnh: 100%`: the level before the colon that opens the clause
            or (layout.scope(folded[s : c_start - 1], "") if text[c_start - 1 : c_start] == ":" else None)
            # `b) Cấp huyện: 85% văn bản …; 95% cán bộ …`: an item headed by a level alone gives it to all its clauses
            or (
                layout.scope(head.group("lvl"), "")
                if c_start > s and (head := _LEVEL_HEAD.match(folded, s)) and head.end() <= c_start
                else None
            )
            # `Đối với UBND cấp huyện, …; tỷ lệ … đạt 45%`: the level the sentence opens with
            or (
                layout.scope(opening.group("lvl"), "")
                if c_start > s and (opening := _OPENING_LEVEL.match(folded, s)) and opening.end() <= c_start
                else None
            )
            or layout.heading_level(s)
            # `Ở khối huyện, …. Cùng với đó, 90% cán bộ ở khối này …`: the level the sentence before opens with
            or layout.carried_level(s)
            or "all"
        )
        if (
            those_of_main
            and scope == "all"
            and main is not None
            # (its own words, after the comma or the clause's start before it, name no level)
            and not names_a_level_word(folded[max(c_start, folded.rfind(",", 0, amount.start) + 1) : amount.start])
        ):
            scope = main.scope
        if year_item_of is not None and scope == "all":
            scope = year_item_of.scope
        if bare_of is not None and scope == "all":
            scope = bare_of.scope
        if users_of is not None and scope == "all":
            scope = layout.scope(folded[users_of[0] : users_of[1]], "") or "all"
        if (
            scope == "all"
            and main is not None
            and main_i == i - 1
            and main.indicator == rule.indicator
            and search_from_words(GOAL_NAMED_BEFORE, folded, max(prev_end, amount.start - 60), amount.start)
        ):
            scope = main.scope  # `52% UBND cấp xã …, thấp so với mục tiêu 75%`: the goal of the value it measures
        if (
            scope == "all"
            and main is not None
            and main_i == i - 1
            and main.indicator == rule.indicator
            and cue_start < c_start <= amount.start
            and not names_a_level_word(folded[c_start : amount.start])
            # (a share named back, `hiện con số này mới khoảng 64%`, is read by its own rule: `percent.this_share`)
            and not _NAMED_BACK.search(folded, c_start, amount.start)
        ):
            # `70% UBND cấp xã dùng phần mềm một cửa; năm 2024 phấn đấu đạt 100%`: a clause naming neither the share
            # nor a level goes on with the share before it, at its level (stop 27 review)
            scope = main.scope
        if (
            main is not None
            and main_i == i - 1
            and main.indicator == rule.indicator
            and main.scope != scope
            and respectively < 0
            and _SERIES_GAP.fullmatch(folded, percents[main_i].end, amount.start)
            and "năm" in folded[percents[main_i].end : amount.start]
        ):
            # `cấp xã đạt 77% năm 2017, 79% năm 2018 và đến năm 2019 đạt 80%`: a value of a series, with only a year
            # between it and the one before, is of that one's level (not of the levels the clause opened with).
            scope = main.scope
        if next_year_of is not None:
            scope = next_year_of.scope
        if chain:
            if (follow := _next_predicate(rules, openings, folded, layout, cue_end, c_end, scope)) is None:
                continue
            rule, cue_end = follow
        if rule.scopes is not None and scope not in rule.scopes:
            continue
        kind = layout.kind(amount.start)
        year = layout.year(kind, amount.start)
        if respectively >= 0 and (listed_years := _respective_years(folded, c_start, respectively)):
            # `… các năm 2016, 2017, 2018 và 2019 lần lượt là 40%, 52%, 68% và 81%`: one value per year, in order
            values = [p for p in percents if respectively < p.start < c_end]
            if len(values) > 1 and len(listed_years) == len(values):
                year = listed_years[next(k for k, p in enumerate(values) if p is amount)]
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
        if (
            cue_end <= amount.start
            and folded.find("đều", cue_end, amount.start) >= 0  # (a cheap test first: `\b` opens the pattern)
            and _BOTH_REACH.search(folded, cue_end, amount.start)
        ):
            # `Tỷ lệ cơ quan sử dụng phần mềm quản lý văn bản và tỷ lệ cơ quan sử dụng chữ ký số đều đạt 100%`: two
            # shares named before one value with `đều` (both): a fact for each (issue #11, round 22)
            for other, o_start, *_ in _cues_in_order(rules, openings, folded, c_start, cue_end):
                if other.indicator != rule.indicator and other.refines != rule.indicator and o_start < cue_start:
                    facts.append(
                        _make_fact(
                            ctx,
                            layout,
                            other.indicator,
                            other.name + ".both",
                            amount,
                            o_start,
                            q_end,
                            kind,
                            scope,
                            year,
                            (amount.start, amount.end),
                        )
                    )
            # `Tỷ lệ cơ quan cấp tỉnh có một cửa điện tử và tỷ lệ cơ quan cấp huyện có một cửa điện tử đều là 100%`: the
            # same share of two levels, each named with its own `tỷ lệ` (round 25): a fact for the first level too
            cuts = [c_start, *(m.start() for m in _NEXT_SHARE.finditer(folded, c_start, cue_start))]
            for part_start, part_end in itertools.pairwise(cuts):
                if not rule.cue.search(folded, part_start, part_end):
                    continue
                level = layout.scope(folded[part_start:part_end], "")
                if level in (None, scope, "all"):
                    continue
                part = folded[part_start:part_end]
                facts.append(
                    _make_fact(
                        ctx,
                        layout,
                        rule.indicator,
                        rule.name + ".both_levels",
                        amount,
                        part_start + len(part) - len(part.lstrip(" ,")),
                        q_end,
                        kind,
                        level,
                        year,
                        (amount.start, amount.end),
                    )
                )
        if (
            rule.refines
            and amount.value == 100.0
            and cue_start >= amount.end
            and " và " in folded[amount.end : cue_end]
            and (given := next((r for r in rules if r.indicator == rule.refines and not r.refines), None)) is not None
            and given.cue.search(folded, amount.end, cue_end) is not None
        ):
            # `100% cán bộ … được cấp hộp thư công vụ và sử dụng thường xuyên`: the refining cue (regular use) wins
            # the value, and when all of them use it, all of them were given it. (Below 100% the share given is only
            # at least the value, so it is not stated.)
            facts.append(replace(fact, indicator=given.indicator, rule=given.name + ".all_given"))
        if rule.item_count and id(amount) in is_fraction and (listed or cue_start >= amount.end):
            # `18/42 cơ quan tỉnh với 62 cán bộ`, `5/8 huyện, thị xã (6 cán bộ)`: the staff of that item's agencies
            if (staff := _ITEM_STAFF.match(folded, amount.end, near_end if next_start is not None else c_end)) and not (
                _ITEM_PREDICATE.search(folded, amount.end, staff.start("n" if staff.group("n") else "m"))
            ):
                n_at, n_end = staff.span("n" if staff.group("n") else "m")
                facts.append(
                    _make_fact(
                        ctx,
                        layout,
                        rule.item_count,
                        rule.name + ".item_staff",
                        Amount(parse_number(text[n_at:n_end]), n_at, staff.end()),
                        amount.start,
                        staff.end(),
                        kind,
                        scope,
                        year,
                        (n_at, n_end),
                    )
                )
        join_from, joined = cue_end, {rule.indicator}
        # `173/173 xã … đã kết nối mạng truyền số liệu chuyên dùng và được trang bị hệ thống hội nghị truyền hình`,
        # `100% sở, ngành đã sử dụng phần mềm quản lý văn bản, triển khai ứng dụng chữ ký số, …`: one share, several
        # predicates joined by `và` or commas, each another indicator's words: a fact for each (up to three more).
        for _ in range(3 if cue_start >= amount.end else 0):
            if (join := _SECOND_PREDICATE.match(folded, join_from)) is None:
                break
            k = bisect.bisect_left(layout.number_starts, join.end())
            limit = min(c_end, layout.number_starts[k]) if k < len(layout.number_starts) else c_end
            second = _find_cue(rules, openings, folded, join.end(), limit, False)
            if second is None or second[1].start() > 30:
                break
            other, om = second
            join_from = join.end() + om.end()
            if (
                other.indicator
                and not (agencies_subject and other.indicator.startswith("staff_"))
                # after a comma, a predicate of another kind of subject is not this share's (`100% cán bộ được cấp
                # hộp thư, sử dụng chữ ký số cá nhân`: staff, not agencies signing)
                and ("," not in join.group(0) or _subject_of(other.indicator) == _subject_of(rule.indicator))
                and other.indicator not in joined
                and other.refines not in joined
                and rule.refines != other.indicator
                and (id(amount) not in is_fraction or reads_fraction(other, amount))
                and (other.scopes is None or scope in other.scopes)
            ):
                joined.add(other.indicator)
                facts.append(
                    _make_fact(
                        ctx,
                        layout,
                        other.indicator,
                        other.name + ".second_predicate",
                        amount,
                        q_start,
                        join_from,
                        kind,
                        scope,
                        year,
                        (amount.start, amount.end),
                    )
                )
        if (
            folded.find("chưa", amount.end, e) >= 0
            and (none := _NONE_AT_LEVEL_AFTER.search(folded, amount.end, e)) is not None
            and (next_start is None or none.end() <= next_start)
            and not any(amount.end <= a < none.start() for a, _ in layout.numbers)
            and (level := layout.scope(none.group("lvl"), "")) not in (None, scope)
            and (rule.scopes is None or level in rule.scopes)
        ):  # `…; các xã, phường, thị trấn chưa triển khai phần mềm này`: that level has none
            z_kind = layout.kind(none.start("lvl"))
            zero = Amount(0.0, none.start("lvl"), none.end("zero"))
            facts.append(
                _make_fact(
                    ctx,
                    layout,
                    rule.indicator,
                    rule.name + ".none_at_level",
                    zero,
                    none.start("lvl"),
                    none.end("zero"),
                    z_kind,
                    level,
                    layout.year(z_kind, none.start("lvl")),
                    None,
                )
            )
    for paren in respective:
        values = [(p.start, p.end, p.value) for p in percents if paren[1] <= p.start < paren[2] and p.value is not None]
        facts += _respective_parenthesis(ctx, layout, facts, paren, values)
    return facts


def _first_number_after(layout: Layout, start: int, end: int) -> int:
    """Where the first number at or after `start` begins (`end` if none before it)."""
    i = bisect.bisect_left(layout.number_starts, start)
    return min(layout.number_starts[i], end) if i < len(layout.number_starts) else end


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
    matches (None: anything may). A `startswith` turns away most numbers (`năm`, `tháng` …) before any rule is
    tried at them."""
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


class _CountPlan:
    """What `extract_counts` needs of a list of rules that is the same for every document, worked out once per list
    (it was redone for each document): the patterns, which rules open with the number, the one regex that tells
    whether any number-first rule can match at a number (`_any_number_rule`, asked of fractions) and the words one of which follows such
    a number (`_number_rule_words`), and for each of those words the rules that want it after their number."""

    def __init__(self, rules: tuple[CountRule, ...]):
        self.patterns = tuple(r.pattern for r in rules)
        self.openings = pattern_openings(self.patterns)  # (for `WordIndex`: not looked up again per document)
        self.number_first = tuple(r.starts_with_number for r in rules)
        number_patterns = tuple(r.pattern for r in rules if r.starts_with_number)
        self.any_rule = _any_number_rule(number_patterns)
        self.words = _number_rule_words(number_patterns)
        own = _each_rule_words(tuple(r.pattern if r.starts_with_number else None for r in rules))
        number_rules = [i for i, first in enumerate(self.number_first) if first]
        self.number_rules = tuple(number_rules)
        # Rules that take any word after their number (their own words unknown), then per word the rules that
        # want it; per length, the words of that length (a number's next word is looked up once per length).
        self.rules_of_any_word = tuple(i for i in number_rules if own[i] is None)
        rules_of_word: dict[str, list[int]] = {}
        for i in number_rules:
            for w in own[i] or ():
                rules_of_word.setdefault(w, []).append(i)
        self.rules_of_word = {w: tuple(found) for w, found in rules_of_word.items()}
        self.word_lengths = tuple(sorted({len(w) for w in rules_of_word}))

    def rules_at(self, folded: str, after_at: int) -> tuple[int, ...]:
        """The number-first rules (indices, in order) one of whose words follows a number at `after_at` (where the
        word after it stands), or all of them for -1 (a fraction: its words follow its second number)."""
        if after_at < 0:
            return self.number_rules
        of_word = self.rules_of_word
        found = [i for n in self.word_lengths if (rs := of_word.get(folded[after_at : after_at + n])) for i in rs]
        if not found:
            return self.rules_of_any_word
        return tuple(sorted({*found, *self.rules_of_any_word}))


@by_identity
def _count_plan(rules: tuple[CountRule, ...]) -> _CountPlan:
    return _CountPlan(rules)


def extract_counts(ctx: DocContext, rules: list[CountRule], layout: Layout | None = None) -> list[Fact]:
    layout = layout or Layout(ctx)
    text = ctx.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []  # number spans already read: one fact per number
    respective = _respective_parens(layout)
    taken += [(values_at, close) for _, values_at, close, _ in respective]  # read after the rules (see below)

    # A count is followed by what it counts (`52 điểm`, `40Mbps`); a number followed by punctuation, or inside
    # a date or a document number (`29/10/2015`, `2072/QĐ`), is not one.
    def counts_something(a: int, b: int) -> bool:
        if text[a - 1 : a] == "/":
            return False
        if b - a == 3 and text[a - 1 : a] == " " and text[a - 2 : a - 1].isdigit() and _spaced_lead(text, a) is None:
            return False  # `12 15 500`: numbers listed apart, not a count of 500 (see `_spaced_lead`)
        if search_from_words(_PER_UNIT, folded, max(0, a - 30), a):
            return False  # `mỗi xã 01 cán bộ`, `mỗi huyện 01 điểm cầu`: so many for each, not a count of them

        nxt = text[b + 1 : b + 2] if text[b : b + 1] == " " else text[b : b + 1]
        return nxt.isalpha()

    folded = layout.folded
    rules_plan = _count_plan(rules)  # (worked out once per list of rules)
    # One test with all number-first rules at once for a fraction, where every rule would be tried: only fractions it
    # accepts are tried rule by rule. (After a word only the few rules that want that word are tried: cheaper than
    # the one regex of every rule's words, which cost about four tries of a rule.)
    any_rule, words = rules_plan.any_rule, rules_plan.words
    # (A count is followed by a word, so numbers followed by anything else are passed over at once; `after`
    # is the first character after the spaces that follow the number.) Each number-first rule is tried only at the
    # numbers followed by one of its own words: the rules that want the word after a number are looked up once per
    # number (`_CountPlan.rules_at`), and each rule gets its numbers in order.
    numbers_of_rule: dict[int, list[int]] = {}
    for (a, b), after in zip(layout.numbers, layout.after_numbers, strict=True):
        if after.isalpha():
            p = text.find(after, b)  # where `after` stands
            if p < 0 or (words is not None and not folded.startswith(words, p)) or not counts_something(a, b):
                continue
        elif after == "/" and _COUNT_FRACTION_RE.match(folded, a) and any_rule.match(folded, a):
            p = -1  # a fraction (`28/28 sở`): its words follow the second number, so every rule is tried there
        else:
            continue
        for i in rules_plan.rules_at(folded, p):
            numbers_of_rule.setdefault(i, []).append(a)
    all_starts = layout.number_starts
    # Rules that open with words are tried only where one of their words stands (see `prefilter`).
    openings = WordIndex(rules_plan.openings, folded)
    for i, rule in enumerate(rules):
        if rules_plan.number_first[i]:
            positions = numbers_of_rule.get(i)
            if not positions:
                continue
            matches = (m for pos in positions if (m := rule.pattern.match(folded, pos)))
        else:
            starts = openings.starts(i)
            if starts == []:  # none of its words is in the text
                continue
            matches = matches_in(rule.pattern, folded, starts)
        for m in matches:
            if rule.zero:
                # `còn 27 xã, phường, thị trấn chưa có cán bộ …`: a count of units that lack it, not none at all
                if _UNITS_LACKING.search(folded, layout.clause(m.start())[0], m.start()):
                    continue
                # `Không còn xã nào chưa có điểm cầu …`: none lacking it, which is all (no value, round 3), not none
                if _NONE_LEFT.search(folded, max(0, m.start() - 20), m.start()):
                    continue
                value, n_start, n_end = 0.0, m.start(), m.end()
            else:
                try:
                    value = parse_number(m.group("n"))
                except ValueError:
                    continue
                if rule.scale != 1.0:
                    value = round(value * rule.scale, 6)
                n_start, n_end = m.start("n"), m.end("n")
                if (lead := _spaced_lead(text, n_start)) is not None:  # `3 500 hộp thư`: 3500, spanning both groups
                    value = round(parse_number(text[lead:n_end].replace(" ", "")) * rule.scale, 6)
                    n_start = lead
                if search_from_words(_PER_UNIT, folded, max(0, n_start - 30), n_start):
                    continue  # a rule opening with words reached a count for each unit (`…, mỗi xã có 01 người`)
            if any(a < n_end and n_start < b for a, b in taken):
                continue
            if (
                rule.context is not None
                and not rule.context.search(folded, layout.sentence(n_start)[0], m.start())
                and not (rule.heading_context is not None and layout.heading_says(rule.heading_context, n_start))
            ):
                continue
            if rule.not_context is not None and rule.not_context.search(folded, layout.sentence(n_start)[0], m.start()):
                continue
            v_start = n_start  # where the value starts (a number written with spaces starts at its first group)
            qualifier, q_at = qualifier_before(text, n_start) if not rule.zero else (None, n_start)
            c_start, c_end = layout.clause(n_start)
            start = min(m.start(), q_at)
            s_start, _ = layout.sentence(n_start)
            if rule.zero:  # `Cán bộ CNTT tại các xã … chưa có`: the level is inside the matched words
                n_start = n_end = m.end()
            # Counts often name their level inside the matched words (`cấp tỉnh có 80 CBCCVC`) or earlier in
            # the sentence (`… cấp tỉnh có 80 CBCCVC trong đó: Đại học: 41`).
            # The level after a count is read up to the next number only (`46 cán bộ …, nhưng 15% … toàn tỉnh`).
            if text[n_end : n_end + 1] == "/" and (over := _DENOMINATOR.match(text, n_end)):
                n_end = over.end()  # `28/28 sở`: the level is named after the fraction's second number
            nxt = bisect.bisect_right(all_starts, n_end)
            a_end = min(c_end, all_starts[nxt]) if nxt < len(all_starts) else c_end
            # … and to a comma that opens another subject (`150 cán bộ chuyên trách CNTT, các xã có …`).
            if (comma := _ANOTHER_SUBJECT.search(folded, n_end, a_end)) is not None:
                a_end = comma.start()
            if (none := _NONE_AT_LEVEL.search(folded, n_end, a_end)) is not None:
                a_end = none.start()  # `68 cán bộ chuyên trách, cấp xã chưa có …`: that level's own statement
            if (mostly := _MOSTLY_AT.search(folded, n_end, a_end)) is not None:
                a_end = mostly.start()  # `142 cán bộ chuyên trách CNTT, phần lớn ở cấp tỉnh`: where most are, not whose
            if (parts := folded.find("trong đó", n_end, a_end)) >= 0:
                a_end = parts  # `210 điểm …, trong đó cấp tỉnh 45 điểm`: the levels of the parts, not the total's
            elif (colon := _PARTS_AFTER_COLON.search(folded, n_end, a_end)) is not None:
                a_end = colon.start()  # `64 cán bộ chuyên trách …: cấp tỉnh 29 người, …`: the same, after a colon
            totals = [t.end() for t in _TOTAL_WORDS.finditer(folded, c_start, n_start)]
            if totals:  # `…, tổng số điểm kết nối là 156 điểm`: the levels before the total are not its own
                scope = layout.scope(folded[totals[-1] : n_start], folded[n_end:a_end]) or "all"
            else:
                # A level named earlier in the sentence, but not before a percentage: `100% cán bộ cấp tỉnh …; đội
                # ngũ … có 62 cán bộ chuyên trách` names the level of the share only (a `;` alone may separate the
                # items of one count's breakdown: `cấp huyện có 24 người; trình độ: Thạc sỹ 02 người; …`).
                s_from = s_start
                pct = folded.rfind("%", s_start, n_start)
                if ";" in folded[s_start:n_start]:
                    # (`138/138 xã … đã kết nối …; hệ thống thư … có 7.920 tài khoản`: a share as a fraction of the
                    # agencies it counts is its clause's, as a percentage is)
                    pct = max([pct] + [f.end() for f in _FRACTION_RE.finditer(folded, s_start, n_start)])
                if pct >= 0:
                    s_from = folded.find(";", pct, n_start) + 1 or pct + 1
                # `… 1.700 thủ tục gồm 1.400 thủ tục cấp tỉnh, 200 thủ tục cấp huyện và 100 thủ tục cấp xã; trong đó
                # mức độ 3 là 600 thủ tục`: levels each after a number of their own are the parts of another count.
                if c_start > s_from and "cấp" in folded[s_from:c_start]:
                    parts = list(_LEVEL_PARTS.finditer(folded, s_from, c_start))
                    if len({p.group("lvl") for p in parts}) > 1:
                        s_from = parts[-1].end()
                # (nor one before a percentage in the count's own clause: `… cán bộ cấp xã … 80%, số dịch vụ … mức độ 4
                # tối thiểu 150 dịch vụ`, issue #11, round 23)
                c_from = max(c_start, pct + 1) if pct >= 0 else c_start
                if pct >= 0 and (
                    then := max(_AND_THEN_RAISE.finditer(folded, pct, n_start), key=lambda m: m.end(), default=None)
                ):
                    # `… đưa 100% văn bản trao đổi giữa các sở, ngành … và nâng số dịch vụ mức độ 4 lên 120`: the level
                    # before a new verb after `và` is the share's, not the count's (issue #11, round 23)
                    c_from, s_from = max(c_from, then.end()), max(s_from, then.end())
                if pct >= 0 and _WITH_A_COUNT.match(folded[max(pct, n_start - 12) : n_start][::-1]):
                    # `… đã kết nối đến 100% UBND cấp xã với 312 điểm kết nối`: the level after the share is its subject;
                    # the count joined after it by `với`/`gồm` names the whole (round 26)
                    c_from = s_from = n_start
                # `Toàn tỉnh có 81 công chức chuyên trách …, trong đó cấp xã chỉ có 9 người`: a part after `trong đó` that
                # names its level is of that level, not of the whole the words before it name (round 24)
                if (within := folded.rfind("trong đó", c_from, n_start)) >= 0 and names_a_level_word(
                    folded[within:n_start]
                ):
                    c_from = s_from = within
                scope = (
                    layout.scope(folded[c_from:n_start], folded[n_end:a_end])
                    or layout.scope(folded[s_from:n_start], "")
                    or layout.heading_level(s_start)
                    or layout.carried_level(s_start)
                    or "all"
                )
            if rule.zero and (lv := _LEVEL_THEN_NONE.search(folded, m.start(), m.end())) is not None:
                # `… 74 cán bộ chuyên trách CNTT, nhưng cấp xã vẫn chưa có …`: the level the words of none are said of
                scope = layout.scope(lv.group("lvl"), "") or scope
            kind = layout.kind(n_start)
            if (
                kind == "target"
                and folded.endswith("từ ", 0, v_start)
                and _VALUE_YEAR_THEN_UP.match(folded, v_start)
                and "điều chỉnh" not in folded[s_start:n_start]
            ):
                kind = "baseline"  # `nâng số dịch vụ … từ 268 dịch vụ (năm 2021) lên 650`: the state of its year
            year = layout.year(kind, n_start)
            amount = Amount(value, start, m.end(), qualifier=qualifier)
            value_span = None if rule.zero else (v_start, m.end("n"))
            facts.append(
                _make_fact(
                    ctx, layout, rule.indicator, rule.name, amount, start, m.end(), kind, scope, year, value_span
                )
            )
            taken.append((v_start if not rule.zero else m.start(), m.end("n") if not rule.zero else m.end()))
            paren = _PAREN_COUNT_BASELINE.match(text, m.end()) if kind == "target" else None
            if paren:
                p_year = int(paren.group("year")) if paren.group("year") else ctx.beside_goal_year
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
            elif (
                not rule.zero
                and kind == "baseline"
                and (then := _COMPARED_YEAR_VALUE.match(folded, m.end()) or _BRACKET_YEAR_VALUE.match(folded, m.end()))
                and not any(a < then.end("n") and then.start("n") < b for a, b in taken)
            ):
                facts.append(
                    _figure_after_count(
                        ctx, layout, rule, ".compared_year", then, "baseline", scope, int(then.group("year"))
                    )
                )
                taken.append((then.start("n"), then.end("n")))
            elif (
                not rule.zero
                and kind == "baseline"
                and (plan := _PLAN_FIGURE.match(folded, m.end()))
                and not any(a < plan.end("n") and plan.start("n") < b for a, b in taken)
            ):
                plan_year = layout.year("target", plan.start("n"))
                facts.append(_figure_after_count(ctx, layout, rule, ".plan_figure", plan, "target", scope, plan_year))
                taken.append((plan.start("n"), plan.end("n")))
            elif (
                not rule.zero
                and folded.endswith("từ ", 0, m.start("n"))
                and (up := _THEN_UP_TO.match(folded, m.end()))
                and not any(a < up.end("n") and up.start("n") < b for a, b in taken)
            ):
                up_at = up.start("n")
                up_amount = Amount(parse_number(up.group("n")) * rule.scale, up_at, up.end("n"))
                up_kind = layout.kind(up_at)
                up_year = layout.year(up_kind, up_at)
                if facts and facts[-1].value_start == n_start and up_year == facts[-1].year and "năm" in up.group():
                    # (`giảm từ 60 người năm 2020 xuống còn 52 người`: the year between is the first figure's; the one
                    # reached is as of the text, stop 27 review)
                    up_year = ctx.default_year(up_kind) or up_year
                facts.append(
                    _make_fact(
                        ctx,
                        layout,
                        rule.indicator,
                        rule.name + ".raised_to",
                        up_amount,
                        up.start("n") - 4 if folded.startswith("lên ", up.start("n") - 4) else up_at,
                        up.end("n") + len(_UNIT_AFTER.match(folded, up.end("n")).group()),
                        up_kind,
                        scope,
                        up_year,
                        (up_at, up.end("n")),
                    )
                )
                taken.append((up_at, up.end("n")))
                if (
                    up_kind == "baseline"
                    and (plan := _PLAN_FIGURE.match(folded, up.end()))
                    and not any(a < plan.end("n") and plan.start("n") < b for a, b in taken)
                ):
                    # `… tăng từ 29 người (năm 2010) lên 47 người, vẫn thấp so với mục tiêu 60 người …`: the goal the
                    # count raised to is measured against (round 25), as after a count read alone
                    plan_year = layout.year("target", plan.start("n"))
                    facts.append(
                        _figure_after_count(ctx, layout, rule, ".plan_figure", plan, "target", scope, plan_year)
                    )
                    taken.append((plan.start("n"), plan.end("n")))
            elif not rule.zero and (rule.scale == 1.0 or rule.scaled_list):
                more = _count_list(layout, m.end(), c_start, s_start, n_start)
                if more:  # the first item's level is named before it (`… lần lượt là 46 và 30 người`: in order)
                    # A total whose levels follow in parentheses or after `trong đó` (`131 người (cấp tỉnh: 62
                    # người; …)`, `1.758 thủ tục; trong đó cấp tỉnh: …`) is of all of them (unless a level precedes).
                    whole = "all" if _WHOLE_THEN_PARTS.match(folded, m.end()) else None
                    # (the level that opens the item, after `(`, `;` or `,`: `Toàn tỉnh có 96 … (cấp tỉnh: 48 người;
                    # cấp huyện: 30 người; …)`: the 48 is the province's, not the whole's that the clause opens with)
                    cut = max(folded.rfind(ch, s_start, n_start) for ch in "(;,")
                    near = layout.scope(folded[cut:n_start], "") if cut >= 0 and n_start - cut <= 30 else None
                    facts[-1].scope = (
                        more[0][0] or near or layout.scope(folded[c_start:n_start], "") or whole or facts[-1].scope
                    )
                for level, (a, b), q_start, q_end in more[1:]:
                    if any(x < b and a < y for x, y in taken):
                        break
                    zero = a == b
                    item = Amount(0.0 if zero else round(parse_number(text[a:b]) * rule.scale, 6), q_start, q_end)
                    facts.append(
                        _make_fact(
                            ctx,
                            layout,
                            rule.indicator,
                            rule.name + ".level_list",
                            item,
                            q_start,
                            q_end,
                            layout.kind(a),
                            level,
                            layout.year(layout.kind(a), a),
                            None if zero else (a, b),
                        )
                    )
                    taken.append((a, b) if not zero else (q_start, q_end))
    if ": năm" in folded or ":năm" in folded:
        facts += _year_series(ctx, layout, rules, taken)
    if "theo cấp" in folded:
        facts += _levels_told_apart(ctx, layout, facts, taken)
    for paren in respective:
        values = []
        for (a, b), after in zip(layout.numbers, layout.after_numbers, strict=True):
            if paren[1] <= a < paren[2] and after != "%" and text[a - 1 : a] != "/":
                scale = 1000.0 if layout.folded.startswith("gbps", b + (text[b : b + 1] == " ")) else 1.0
                try:
                    values.append((a, b, parse_number(text[a:b]) * scale))
                except ValueError:
                    continue
        facts += _respective_parenthesis(ctx, layout, facts, paren, values)
    return facts


# --- a count's levels in a sentence of their own: `… có 112 cán bộ …. Phân theo cấp: cấp tỉnh 46 người, …` ----------
_BY_LEVEL_OPENS = re.compile(r"(?:phân|chia|xét)\s*theo\s*cấp(?:\s*hành\s*chính)?(?=\s*[:,])")
_TOLD_APART_ITEM = re.compile(
    rf"\s*(?:[:,;]\s*(?:và\s+)?|\s+và\s+)(?P<lvl>(?:cấp|khối)\s*(?:tỉnh|huyện|xã))\s*(?:có|là|:)?\s*"
    rf"(?P<n>{NUMBER_PATTERN})(?![\d%/]|[.,]\d)\s*(?:người|cán\s*bộ|đơn\s*vị|cơ\s*quan|điểm|hộp\s*thư|tài\s*khoản)?"
)


def _levels_told_apart(ctx: DocContext, layout: Layout, facts: list[Fact], taken: list[tuple[int, int]]) -> list[Fact]:
    """`Tính đến …, toàn tỉnh có 112 cán bộ chuyên trách …. Về trình độ: …. Phân theo cấp: cấp tỉnh 46 người, cấp huyện
    38 người, cấp xã 28 người.`: the parts by level of the last count of the paragraph, told apart in a sentence that
    opens with `phân theo cấp` (issue #11, round 23); as the parts after `trong đó` are (round 4)."""
    folded, text, out = layout.folded, layout.text, []
    for opens in _BY_LEVEL_OPENS.finditer(folded):
        p = layout.paragraph_start(opens.start())
        whole = max(
            (
                f
                for f in facts
                if f.scope == "all"
                and f.value_start is not None
                and p <= f.value_start < opens.start()
                and f.indicator.endswith("_count")
                # (not a part by degree read between: `Về trình độ: …; trung cấp 9 người.`)
                and not f.indicator.startswith(
                    ("it_staff_postgraduate", "it_staff_university", "it_staff_college", "it_staff_vocational")
                )
                and ".level_list" not in f.rule
            ),
            key=lambda f: f.value_start,
            default=None,
        )
        if whole is None:
            continue
        at = opens.end()
        while (m := _TOLD_APART_ITEM.match(folded, at)) is not None:
            level = next((lvl for lvl, rx in SCOPE_CUES.items() if rx.search(m.group("lvl"))), None)
            a, b = m.span("n")
            if level is None or any(x < b and a < y for x, y in taken):
                break
            out.append(
                _make_fact(
                    ctx,
                    layout,
                    whole.indicator,
                    whole.rule + ".level_told_apart",
                    Amount(parse_number(text[a:b]), a, b),
                    m.start("lvl"),
                    b,
                    whole.kind,
                    level,
                    whole.year,
                    (a, b),
                )
            )
            taken.append((a, b))
            at = m.end()
    return out


# --- a count given year by year after its label: `Số dịch vụ … mức độ 4: năm 2016 chưa có, năm 2018 có 105 dịch vụ, …` --
_SERIES_OPENS = re.compile(r":\s*(?=năm\s*(?:19|20)\d{2}\b)")
_SERIES_ITEM = re.compile(
    r"\s*(?:[,;]\s*)?(?:(?:sang|đến|tới|và|còn|rồi|riêng|trong)\s+)*năm\s+(?P<y>(?:19|20)\d{2})\b\s*,?\s*"
    rf"(?P<w>[^\d,;.:()\n]{{0,30}}?)(?:(?P<n>{NUMBER_PATTERN})(?![\d%/]|[.,]\d)\s*(?P<u>[^\W\d]+(?: [^\W\d]+)?)"
    r"|(?P<z>chưa\s*có))(?=\s*(?:[,;.]|và\s|$))"
)


def _year_series(ctx: DocContext, layout: Layout, rules: list[CountRule], taken: list[tuple[int, int]]) -> list[Fact]:
    """`Số dịch vụ công trực tuyến mức độ 4: năm 2016 chưa có, năm 2018 có 105 dịch vụ, đến năm 2020 đạt 530 dịch vụ`:
    a label, then the count of each year (none in words is 0). The label's indicator is the one a rule reads in `label
    là N unit` (the label shortened by up to four words at its end: `… mức độ 4 cũng tăng nhanh`); each item is a
    fact of its year, of the label's level (issue #11, round 23)."""
    folded, out = layout.folded, []
    for opens in _SERIES_OPENS.finditer(folded):
        s, _ = layout.sentence(opens.start())
        label = folded[s : opens.start()].strip()
        items, at = [], opens.end()
        while m := _SERIES_ITEM.match(folded, at):
            items.append(m)
            at = m.end()
        counted = [m for m in items if m.group("n")]
        if len(items) < 2 or not counted or not label:
            continue
        unit = counted[0].group("u")
        rule = None
        words = label.split()
        for cut in range(0, min(5, len(words))):
            probe = " ".join(words[: len(words) - cut]) + " là 1 " + unit
            at_n = probe.rindex(" là 1 ") + 4
            found = next(
                (
                    r
                    for r in rules
                    if not r.zero
                    and r.scale == 1.0
                    and (pm := r.pattern.search(probe)) is not None
                    and "n" in pm.re.groupindex
                    and pm.start("n") == at_n
                ),
                None,
            )
            if found is not None:
                rule = found
                break
        if rule is None:
            continue
        scope = layout.scope(label, "") or "all"
        for m in items:
            if m.group("n"):
                a, b = m.span("n")
                if any(x < b and a < y for x, y in taken):
                    continue
                amount = Amount(parse_number(m.group("n")), a, b)
                q_start, q_end, span = m.start("y") - 4, m.end("u"), (a, b)
            else:
                amount = Amount(0.0, m.start("z"), m.end("z"))
                q_start, q_end, span = m.start("y") - 4, m.end("z"), None
            # (a year before the text's own is a result, whatever the sentence's tense: as a table's column of it)
            now = ctx.published_year or ctx.issued_year
            kind = "baseline" if now is not None and int(m.group("y")) < now else layout.kind(amount.start)
            out.append(
                _make_fact(
                    ctx,
                    layout,
                    rule.indicator,
                    rule.name + ".year_series",
                    amount,
                    q_start,
                    q_end,
                    kind,
                    scope,
                    int(m.group("y")),
                    span,
                )
            )
            taken.append((q_start, q_end) if span is None else span)
    return out


# A review's plan figure right after a result counted (`486 dịch vụ, vượt chỉ tiêu (kế hoạch 300 dịch vụ)`, `128 dịch
# vụ/kế hoạch 150 dịch vụ`): the figure the plan set, a target of the same thing at the same level.
_PLAN_FIGURE = re.compile(
    # (`387 dịch vụ … (Kế hoạch đề ra đến năm 2025 là 600 dịch vụ)`: the plan's year and a verb may stand between)
    # (`… đạt 410, vượt chỉ tiêu 300 dịch vụ`, `95 dịch vụ, chưa đạt chỉ tiêu 200 dịch vụ`: the goal a count is measured
    # against after a comma, issue #11, round 22)
    rf"[^\d.;()\n/%]{{0,30}}?"
    # (`1.032 dịch vụ …, đạt 86% kế hoạch năm (kế hoạch năm 2023 là 1.200 dịch vụ)`: the completion share before the
    # bracket is no figure of its own, round 24)
    rf"(?:, đạt \d{{1,3}}(?:,\d{{1,2}})? ?% (?:kế hoạch|chỉ tiêu)(?: (?:cả )?năm)? ?(?=\())?"
    rf"(?:/ ?|\( ?(?:so với )?|,? (?:vượt|chưa đạt|không đạt|thấp hơn|cao hơn|so với) (?:so với )?)"
    rf"(?:kế hoạch|chỉ tiêu|mục tiêu)(?: đề ra| được giao| giao)?"
    rf"(?: (?:(?:đến|tới|trong|cho) (?:hết |cuối )?)?năm (?:19|20)\d\d)?(?: là| đạt)?:? ?(?P<n>{NUMBER_PATTERN})(?![\d%/.,])"
)

# The value of the year a result is compared with, in brackets after it (`… là 205 người, tăng 47 người so với năm
# 2015 (158 người)`): a baseline of that year, of the same thing at the same level.
_COMPARED_YEAR_VALUE = re.compile(
    rf"[^.;()\n]{{0,40}}?so với (?:cuối |hết )?năm (?P<year>(?:19|20)\d\d) ?\( ?(?:là |có )?(?P<n>{NUMBER_PATTERN})"
    r"(?![\d%/.,])[^()\n\d]{0,15}\)"
)
# `215 dịch vụ … mức độ 3 (năm 2017: 96 dịch vụ)`, `62 người (năm 2019 là 58 người)`: a baseline's value of an
# earlier year in brackets right after it, with no comparison word (issue #11, round 22).
_BRACKET_YEAR_VALUE = re.compile(
    rf"[^.;()\n\d]{{0,40}}?\( ?năm (?P<year>(?:19|20)\d\d) ?(?::|là|có|đạt) ?(?P<n>{NUMBER_PATTERN})"
    r"(?![\d%/.,])[^()\n\d]{0,15}\)"
)

# A number written with a space between its thousands (`3 500 hộp thư`, `1 250 máy tính`, `12 000`): a first group
# of 1-3 digits, then groups of exactly 3, with no number just before it (`2015 500`, `12 15 500` are numbers apart).
_SPACED_LEAD = re.compile(r"(?<![\d.,/%] )(?<![\d.,/%])\d{1,3}(?: \d{3})* $")


def _spaced_lead(text: str, at: int) -> int | None:
    """Where the number written with spaces whose last 3-digit group starts at `at` starts (None if it is none)."""
    if text[at - 1 : at] != " " or not text[at - 2 : at - 1].isdigit() or text[at + 3 : at + 4].isdigit():
        return None
    m = _SPACED_LEAD.search(text, max(0, at - 40), at)
    return m.start() if m else None


# A count for each unit (`mỗi xã 01 cán bộ`, `mỗi huyện 01 điểm cầu`, `mỗi đơn vị có 02 người`): no total.
_PER_UNIT = re.compile(
    r"\bmỗi\s*(?:ubnd\s*)?(?:cấp\s*)?(?:cơ quan|đơn vị|sở|ngành|huyện|xã|phường|địa phương|điểm)(?:,\s*\w+)*"
    r"(?:\s*(?:cấp\s*)?(?:tỉnh|huyện|xã))?\s*:?\s*(?:có|được|bố trí|là|từ)?\s*(?:khoảng|trung bình|bình quân)?\s*$"
)


def _respective_parens(layout: Layout) -> list[tuple[int, int, int, int | None]]:
    """(where `(hiện nay lần lượt là …` opens, where its values start, where it closes, the year it names) of each
    such parenthesis; looked for only in a text that says `lần lượt`."""
    folded = layout.folded
    if _RESPECTIVELY not in folded:
        return []
    found = []
    for m in _PAREN_RESPECTIVELY.finditer(folded):
        close = folded.find(")", m.end(), m.end() + 120)
        if close >= 0:
            found.append((m.start(), m.end(), close, int(m.group("year")) if m.group("year") else None))
    return found


def _respective_parenthesis(ctx: DocContext, layout: Layout, facts: list[Fact], paren, values) -> list[Fact]:
    """Baselines for `… 100 Mbps trong nước và 10 Mbps quốc tế (hiện nay lần lượt là 60 Mbps và 6 Mbps)`: the
    values in the parenthesis, in order, one for each target read before it in its clause (as many as they are)."""
    opened, _, close, year = paren
    c_start, _ = layout.clause(opened)
    targets = sorted(
        (
            f
            for f in facts
            if f.kind == "target" and f.value_start is not None and c_start <= f.value_start and f.value_end <= opened
        ),
        key=lambda f: f.value_start,
    )
    if not values or len(targets) < len(values):
        return []
    out = []
    for target, (a, b, value) in zip(targets[-len(values) :], values, strict=True):
        amount = Amount(value, a, b)
        out.append(
            _make_fact(
                ctx,
                layout,
                target.indicator,
                target.rule + ".parenthetical_baseline",
                amount,
                opened,
                close + 1,
                "baseline",
                target.scope,
                year or ctx.beside_goal_year,
                (a, b),
            )
        )
    return out


# --- a count listed by level: `…: cấp tỉnh 40 người, cấp huyện 22 người, cấp xã chưa có` -------------------
# `… cấp tỉnh và cấp huyện 11 điểm kết nối mạng …`: a list of counts may end at the verb that the counts share.
_LIST_ENDS_VERB = r"(?:đã\s|được\s|kết\s*nối\s)"
# (`cấp tỉnh 322 danh mục, cấp huyện 39 danh mục`: services counted as list items)
_UNIT_WORD = r"(?:người|cán bộ|CBCC|CBCCVC|đơn vị|cơ quan|điểm|hộp thư|tài khoản|trang|dịch vụ|thủ tục|danh mục)"
_LEVEL_ITEM = re.compile(
    # (`… là 210 người, gồm: cấp tỉnh 85 người, …`: the parts after `gồm:`, stop 27 review)
    # (`148 người (tỉnh 71 – huyện 45 – xã 32)`: a slide's items between spaced dashes, stop 27, dev_wording14)
    rf"\s*{_UNIT_WORD}?\s*(?:[,;]\s*(?:và\s+|trong\s*đó:?\s*|(?:bao\s*)?gồm:\s*|[-+•*–]\s*)?|\s+và\s+|\s*\(\s*|\s+[–-]\s+)"
    r"(?:ở\s+|tại\s+)?"
    r"(?P<lvl>(?:cấp|khối)\s*(?:các\s*)?(?:tỉnh|huyện|xã|thành\s*phố|quận,\s*huyện|phường,\s*xã)"
    r"|(?:khối\s*)?(?:các\s*)?sở,\s*(?:ban,\s*)?ngành(?:\s*(?:tỉnh|thành\s*phố))?|(?:khối\s*)?ubnd\s*cấp\s*(?:huyện|xã)"
    r"|khối\s*(?:ubnd\s*)?(?:các\s*)?(?:quận,\s*huyện|phường,\s*xã|huyện,\s*(?:thị\s*xã|thành\s*phố)|xã,\s*phường,\s*thị\s*trấn)"
    # a city's levels (`UBND các quận, huyện 21 người; phường, xã chưa có`), longest first
    r"|(?:ubnd\s*)?(?:các\s*)?quận,\s*huyện(?:,\s*thị\s*xã)?|(?:ubnd\s*)?(?:các\s*)?phường,\s*xã(?:,\s*thị\s*trấn)?"
    r"|(?:ubnd\s*)?(?:các\s*)?huyện,\s*thị\s*xã|(?:ubnd\s*)?(?:các\s*)?xã,\s*phường,\s*thị\s*trấn"
    r"|các\s*(?:huyện|xã)"
    # a bulletin's bare level words before a colon (`186 điểm (tỉnh: 38; huyện: 11; xã: 137)`)
    r"|(?:tỉnh|huyện|xã)(?=\s*(?::|\d)))\s*(?:(?:chỉ|mới)\s*)?(?:có|là|:|đạt)?\s*"  # (`…, cấp xã chỉ 7 người`)
    rf"(?:(?P<n>{NUMBER_PATTERN})(?![\d%/]|[.,]\d)(?=\s*{_UNIT_WORD}?\s*(?:[,;.)]|và\s|$|{_LIST_ENDS_VERB}|[–-]\s))"
    # none at a level, alone or with what it lacks (`; cấp xã chưa có`, `; cấp xã chưa có cán bộ chuyên trách.`)
    rf"|(?P<zero>chưa\s*có|không\s*có)(?=(?:\s*{_UNIT_WORD}[^\d,;.()\n]{{0,30}}?)?\s*(?:[,;.)]|$)))"
)
# The level named after a count's unit (`26 điểm cấp tỉnh`, `10 UBND cấp huyện`, `20 sở, ngành`), ending the item.
_LEVEL_AFTER = (
    r"(?:của\s*|ở\s*|tại\s*)?(?:(?:các\s*)?(?:cơ\s*quan|đơn\s*vị|ubnd)\s*)?"  # (`14 trang của UBND các huyện, thị xã`)
    r"(?P<lvl>cấp\s*(?:tỉnh|huyện|xã|thành\s*phố)|(?:các\s*)?sở,?\s*(?:ban,?\s*)?ngành(?:\s*(?:tỉnh|thành\s*phố))?"
    r"|huyện\s*-\s*thị\s*-\s*thành(?:\s*phố)?"  # `8 huyện- thị- thành`
    r"|(?:các\s*)?(?:quận,\s*)?huyện,\s*(?:thị\s*xã|thành\s*phố|huyện)(?:,\s*(?:thị\s*xã|thành\s*phố))*"
    r"|(?:các\s*)?quận,\s*huyện|xã,\s*(?:phường,\s*)?thị\s*trấn|(?<=\d\s)phòng,\s*ban(?:\s*chuyên\s*môn)?"
    # (`…, 22 điểm cấp huyện và hai mươi lăm xã.`: the last level of a list by number first, its unit left out;
    # issue #11, round 23)
    r"|(?<=\d\s)xã(?=\s*[.;)]|$))"
    r"(?=\s*(?:[,;.)]|và\s|$))"
    # (not `38 đơn vị sở, ngành, UBND các huyện, thành phố`: one count of two levels)
    r"(?!,\s*(?:ubnd|ủy\s*ban|uỷ\s*ban|các\s*huyện|huyện|cấp\s*huyện)\b)"
)
# A count listed by level with its number first (`86 điểm kết nối, gồm 26 điểm cấp tỉnh, 14 điểm cấp huyện và 46
# điểm cấp xã`; `tại 20 sở, ngành, 10 UBND cấp huyện và 45 UBND cấp xã`): the items after the first. The first
# item may be preceded by the words that open the parts (`, gồm`, `, trong đó`, `(`).
_NUMBER_LEVEL_ITEM = re.compile(
    rf"\s*(?:[,;]\s*(?:và\s+|(?:bao\s*)?gồm:?\s*|trong\s*đó:?\s*)?|\s+và\s+|\s+(?:bao\s*)?gồm:?\s+|\s*\(\s*(?:gồm:?\s*)?)"
    rf"(?P<n>{NUMBER_PATTERN})(?![\d%/]|[.,]\d)\s*{_UNIT_WORD}?\s*{_LEVEL_AFTER}"
)
# An item of a list by number first that names two levels at once (`gồm: 33 đơn vị sở, ban, ngành, UBND các huyện,
# thị xã; 14 xã, phường, thị trấn`): no fact of its own, but the items after it are read (it ends at a `;`).
_MIXED_LEVEL_ITEM = re.compile(
    rf"\s*(?:[,;]\s*(?:(?:bao\s*)?gồm:?\s*|trong\s*đó:?\s*)?|\s+(?:bao\s*)?gồm:?\s+|\s*\(\s*(?:gồm:?\s*)?)"
    rf"{NUMBER_PATTERN}(?![\d%/]|[.,]\d)\s*{_UNIT_WORD}?(?P<words>[^\d;.()\n]{{4,80}}?)(?=;)"
)
# The words between a total's unit and its parts (`86 điểm| kết nối, gồm 26 điểm cấp tỉnh`), past the bracket a total
# stood in after its cue (`Số cán bộ chuyên trách CNTT (38| người) còn ít, trong đó cấp tỉnh 21 người`).
_PARTS_OPEN = re.compile(
    r"(?:[^\d.;%()\n]{0,12}\))?[^\d.;%()\n]{0,30}?(?=[,:]\s*(?:bao\s*)?(?:gồm|trong\s*đó)\b|\s*\(|\s+(?:bao\s*)?gồm\s+\d)"
)
# The level a listed count names right after its unit, before the next item (`40 đơn vị cấp tỉnh và cấp huyện …`).
# (`32 cơ quan, đơn vị cấp tỉnh và 7 huyện, thành phố`: two unit words before the level, issue #11, round 23)
_OWN_LEVEL = re.compile(rf"\s*(?:{_UNIT_WORD}(?:,?\s*(?:đơn\s*vị|cơ\s*quan))?)?\s*{_LEVEL_AFTER}")
# `Không còn xã nào chưa có điểm cầu …`: none lacking it (all: no value, round 3), before a rule of none.
_NONE_LEFT = re.compile(r"\bkhông\s*còn\s*(?:một\s*)?$")
# (not `cả 75 xã, phường, thị trấn chưa có …`: all of the level's units, named by their number, lack it: none, round 24)
_UNITS_LACKING = re.compile(
    r"(?<![\d.,/])(?<!cả\s)\d{1,4}(?:/\d{1,4})?\s*(?:xã|huyện|đơn vị|cơ quan|sở|ubnd|phòng)[^\d%;.]{0,40}$"
)
# A colon that opens parts by level (`64 cán bộ chuyên trách công nghệ thông tin: cấp tỉnh 29 người, cấp huyện …`).
_PARTS_AFTER_COLON = re.compile(r":\s*(?:ở\s*|tại\s*)?cấp\s*(?:tỉnh|huyện|xã)\b")
_WHOLE_THEN_PARTS = re.compile(rf"\s*{_UNIT_WORD}?[^\d.;%()\n]{{0,30}}?(?:\(|[;,:]\s*(?:trong\s*đó|(?:bao\s*)?gồm)\b)")
# `lần lượt là 46 và 30 người`: the values after the first.
_MORE_VALUES = re.compile(rf"\s*(?:,|và)\s*(?P<n>{NUMBER_PATTERN})(?![\d%/])")


def _numbers_between(layout: Layout, begin: int, end: int) -> list[int]:
    """Where the numbers of the text that start after `begin` and before `end` start."""
    starts = layout.number_starts
    return starts[bisect.bisect_right(starts, begin) : bisect.bisect_left(starts, end)]


def _count_list(layout: Layout, end: int, c_start: int, s_start: int, n_start: int):
    """The items of a count listed by level that follow a count read up to `end`: (level, value span, quote
    start, quote end) each; a span of zero width is a level that has none (`cấp xã chưa có`). The first item is
    the count already read (its level None unless `lần lượt` gives it one)."""
    folded = layout.folded
    respectively = folded.rfind(_RESPECTIVELY, c_start, n_start)
    if respectively >= 0:
        spans, at = [], end
        while m := _MORE_VALUES.match(folded, at):
            spans.append(m.span("n"))
            at = m.end()
        levels = _respective_levels(folded, s_start, respectively)
        if not spans or len(levels) != len(spans) + 1:
            return []
        return [(levels[0], None, None, None)] + [
            (lvl, sp, sp[0], sp[1]) for lvl, sp in zip(levels[1:], spans, strict=True)
        ]
    items: list = [(None, None, None, None)]
    at = end
    own = _OWN_LEVEL.match(folded, end)
    if own is None and (k := bisect.bisect_left(layout.number_starts, n_start)) < len(layout.numbers):
        # `kết nối 30 sở, ban, ngành thành phố, 14 UBND …`: the rule's words end inside the first level's name
        n_end = layout.numbers[k][1]
        if n_end < end and (own := _OWN_LEVEL.match(folded, n_end)) is not None and own.end("lvl") < end:
            own = None
    if own:  # `40 đơn vị cấp tỉnh và cấp huyện 12 đơn vị`: the first count's level
        items[0] = (next(lvl for lvl, rx in SCOPE_CUES.items() if rx.search(own.group("lvl"))), None, None, None)
        at = own.end("lvl")
    if (
        own is None
        and not _LEVEL_ITEM.match(folded, at)
        and (lead := _PARTS_OPEN.match(folded, at))
        and _LEVEL_ITEM.match(folded, lead.end())
    ):  # words between the total's unit and its parts (`31.000 hộp thư| điện tử công vụ, trong đó cấp thành phố …`)
        at = lead.end()
    while m := _LEVEL_ITEM.match(folded, at):
        level = next((lvl for lvl, rx in SCOPE_CUES.items() if rx.search(m.group("lvl"))), None)
        if level is None and m.group("lvl") == "tỉnh":  # a bulletin's bare `tỉnh: 38` (`cấp` left out)
            level = "province"
        if level is None:
            break
        span = m.span("n") if m.group("n") else (m.end("zero"), m.end("zero"))
        items.append((level, span, m.start("lvl"), m.end("n") if m.group("n") else m.end("zero")))
        at = m.end()
    if len(items) == 1:  # the number first: `…, gồm 26 điểm cấp tỉnh, 14 điểm cấp huyện và 46 điểm cấp xã`
        if items[0][0] is None and (lead := _PARTS_OPEN.match(folded, at)):
            at = lead.end()
        while True:
            if (m := _NUMBER_LEVEL_ITEM.match(folded, at)) is None:
                mixed = _MIXED_LEVEL_ITEM.match(folded, at)
                if mixed is None or sum(1 for rx in SCOPE_CUES.values() if rx.search(mixed.group("words"))) < 2:
                    break
                at = mixed.end()  # an item of two levels at once: no fact, the next items are read
                continue
            level = next((lvl for lvl, rx in SCOPE_CUES.items() if rx.search(m.group("lvl"))), None)
            if level is None:
                break
            items.append((level, m.span("n"), m.start("n"), m.end("lvl")))
            at = m.end()
    return items if len(items) > 1 else []
