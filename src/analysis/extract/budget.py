"""Budget facts (total, central, local) and budget tables (budget_lines).

What is a budget fact. Money counts only when it is the IT plan's (or the province's IT application's) money
as a whole or by source: the total planned for a plan or a year, the total spent over a period or a year,
and their central (`ngân sách Trung ương`, `vốn TW`, `nguồn Chương trình mục tiêu`, `trái phiếu Chính
phủ`) and local (`ngân sách tỉnh/địa phương`, `vốn đối ứng`, `NSĐP`, `… và các nguồn hợp pháp khác`) parts.
Money that is **not** a budget fact: one project's cost or contract (`Dự án … có tổng mức đầu tư …`, a
tender's or contract's value, the per-project parts listed after a total), a province's economy
(GRDP, society-wide investment, revenue), fines, savings, salaries, prices, national programmes (`cả nước`),
money in another currency, and recurring amounts (`mỗi năm`, `hằng năm`; but `Năm 2024 và năm 2025: mỗi năm 14 tỷ
đồng` in a list by year is each of the two years' amount).

Rules, in one place (the word lists are data at the top of this module, to be extended):

* **Indicator.** Each money amount (`14.250.000.000đồng`, `15 tỷ 945 triệu đồng`, `4 tỷ đồng`, `25.600 triệu
  đồng`, `21.000.000 nghìn đồng`) takes the indicator of, in this order: a source cue right after it
  (`18.975.000.000 đồng vốn ngân sách tỉnh`); the last budget cue (`BUDGET_CUES`) before it in its clause,
  after the previous amount (`Tổng nhu cầu vốn …`, `khái toán kinh phí`, `ngân sách Trung ương hỗ trợ …`);
  for an item of a list by year (`năm 2017: 6 tỷ đồng`), the cue heading the list; the total when it stands
  before `trong đó`; the total when what follows it says it is for several projects or for IT as a whole
  (`bố trí 3.200 triệu đồng để thực hiện 8 dự án`, `hơn 40 tỷ đồng cho ứng dụng CNTT`). Other amounts are no
  facts. A sentence naming one project, contract or tender (`dự án X`, not `các dự án`, `8 dự án`) before
  the amount, or a word of `_NOT_A_BUDGET`, makes none of its amounts a fact; nor does a bulleted line of a
  project's item (`1. Dự án …` / `- Tổng kinh phí: …`, or any item under `DANH MỤC DỰ ÁN`).
* **Changed amounts.** `(điều chỉnh) tổng kinh phí … từ X lên Y`: X (the figure replaced, written right before
  `lên`/`xuống còn`/`thành` and Y) is no fact; Y takes the words before X.
* **Kind.** The nearest cue before the amount in its sentence: money spent (`đã đầu tư`, `đã bố trí`, `đã
  giải ngân`, not `đã phê duyệt`, which approves planned money; `đến nay`, `sau 5 năm`) → baseline; money
  planned (`dự kiến`, `nhu cầu`, `dự toán`, `khái toán`, `đề xuất`, `sẽ`) → target. Else the time named:
  a period ended by the time of writing (`giai đoạn 2016-2020` in a text of 2020) or an earlier year →
  baseline; a later one → target. Else a report of results (BC, `BÁO CÁO`, a news review) → baseline, but
  target in its part about what comes next (`II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021`, for the year it names);
  else the section (hiện trạng / kết quả → baseline; kinh phí, nhiệm vụ … → target); else target (a plan's
  budget).
* **Year or period.** An amount about several years (a 2016-2020 plan's budget, money spent over 2011-2015)
  has no year: `year` is empty and `period_start`/`period_end` are set; an amount for one year keeps its year
  and leaves the period empty. Read, in order: a year label right before the amount (`Năm 2017: …`, `năm 2018
  là …`: one fact per year, never summed; `Năm 2023 - 2025: …`, those years together); the nearest period (`giai đoạn 2011-2015`, `từ năm 2013 đến nay`)
  or year (`năm 2018`; not `đến năm 2020`, nor a date's year) before it in its sentence; a year or period
  right after it (`… trong năm 2019`); the time of the total it is a part of (`…, trong đó:` / `Trong đó,
  ngân sách Trung ương …`); `sau 5 năm`, `trong 5 năm qua` → the period the text reports on if it has ended,
  else the five years before the period it plans, else the five years up to the time of writing; money
  spent, in a report of a period (or of one year) → that period (year); otherwise a target of a multi-year
  plan is for the plan's period, a target with no plan period for the year named in its paragraph or
  headline, and a baseline is as of the time of writing (the document's date; for a news item with no
  reported document, the date it was published).
* **Repeats.** The same amount for the same indicator read twice (a headline and its lead) gives one fact:
  the reading whose time or kind the text states wins over one that fell back on the document's defaults.
* **Tables.** A budget table flattened to one cell per line (Thái Bình, section V) is rebuilt row by row; a
  row with one number besides its total has lost a blank cell, and which column (ĐP or TW) that number
  belongs to is decided by reconciling every subtotal and the grand total. A table that does not reconcile
  is flagged (`reconciled = False`) and its ambiguous cells are left empty: never guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.extract.engine import GOAL_NAMED_BEFORE, Layout, _list_lead, fold
from analysis.extract.facts import DocContext, Fact, clause_bounds
from analysis.extract.metadata import later_than_its_article
from analysis.vietnamese import (
    NUMBER_PATTERN,
    Amount,
    find_dates,
    find_money,
    find_money_under_unit_line,
    find_money_words,
    money_unit_factor,
    parse_number,
)

__all__ = ["BUDGET_CUES", "BUDGET_LINE_COLUMNS", "BudgetLine", "extract_budget_facts", "extract_budget_table"]

# (the older years' words too: `tin học hóa quản lý hành chính nhà nước`, `ứng dụng tin học`)
_IT = r"(?:CNTT|CĐS|công\s*nghệ\s*thông\s*tin|chuyển\s*đổi\s*số|chính\s*quyền\s*(?:điện\s*tử|số)|tin\s*học\s*h(?:óa|oá)|ứng\s*dụng\s*tin\s*học)"
_SEVERAL = r"(?:(?!0*1\s)\d+|các|những|nhiều|một\s*số)\s*(?:chương\s*trình,?\s*|nhiệm\s*vụ,?\s*)?(?:và\s*)?"
_WORKS = r"(?:chương\s*trình|dự\s*án|nhiệm\s*vụ|đề\s*án|hạng\s*mục)"


def _folded_cue(pattern: str) -> re.Pattern[str]:
    """A cue matched against the lower-cased text (`fold`): several times faster than ignoring case. The
    pattern is lower-cased here (its escapes are all lower-case ones: `\\s`, `\\b`, `\\d`)."""
    return re.compile(pattern.lower())


# indicator, rule name, the words that announce it (matched in lower case). Order matters only for readability.
BUDGET_CUES: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "budget_central_mvnd",
        "budget.central",
        _folded_cue(
            r"(?:ngân\s*sách|kinh\s*phí|vốn|nguồn)\s*(?:do\s*|của\s*|hỗ\s*trợ\s*(?:từ\s*|của\s*)?)?(?:Trung\s*ương|TW)\b"
            r"|Trung\s*ương\s*hỗ\s*trợ|\bNSTW\b|\bNS\s+(?:Trung\s*ương|TW)\b|trái\s*phiếu\s*Chính\s*phủ"
            r"|(?:nguồn|vốn)\s*(?:vốn\s*)?(?:từ\s*)?(?:các\s*)?(?:Chương\s*trình\s*mục\s*tiêu|CTMT)"
            # a source named bare in a split right before its amount (`…, trong đó trung ương 30 tỷ đồng`, round 23)
            # (… or before its amount in brackets: `Tổng vốn của hai nguồn, trung ương (32 tỷ đồng) và địa phương (48 tỷ
            # đồng), … là 80 tỷ đồng`, round 25)
            r"|(?:(?<=^)|(?<=[,;:])|(?<=[,;:]\s)|(?<=trong\sđó\s)|(?<=gồm\s)|(?<=và\s))(?:Trung\s*ương|TW)\s*(?:\(\s*)?$",
        ),
    ),
    (
        "budget_local_mvnd",
        "budget.local",
        _folded_cue(
            r"(?:ngân\s*sách|kinh\s*phí|vốn|nguồn)\s*(?:của\s*)?(?:cấp\s*)?(?:địa\s*phương|tỉnh\b|thành\s*phố\b|ĐP\b"
            # a district's, a town's or an urban district's own money (`ngân sách huyện`, `Ngân sách quận bố trí …`), not
            # when joined to another source (`từ ngân sách huyện và nguồn hỗ trợ của tỉnh`: two sources, no one's part)
            r"|(?:huyện|quận|thị\s*xã)\b(?!\s*(?:và|,)\s*(?:các\s*)?(?:nguồn|ngân\s*sách|vốn|kinh\s*phí)))"
            r"|(?:ngân\s*sách|kinh\s*phí)\s*(?:và\s*)?(?:các\s*)?nguồn\s*(?:vốn\s*)?(?:hợp\s*pháp\s*)?khác"
            r"|vốn\s*đối\s*ứng|\bNSĐP\b|\bNS\s+(?:địa\s*phương|tỉnh\b|ĐP\b)"  # (`NS tỉnh`: a table's column)
            # (`vốn đầu tư phát triển của tỉnh`, the local source by its kind of spending)
            r"|(?:nguồn|vốn)\s*(?:vốn\s*)?(?:đầu\s*tư(?:\s*phát\s*triển)?|sự\s*nghiệp)(?:\s*(?:và|,)\s*(?:đầu\s*tư|sự\s*nghiệp))?\s*(?:của\s*)?tỉnh\b"
            r"|(?:(?<=^)|(?<=[,;:])|(?<=[,;:]\s)|(?<=trong\sđó\s)|(?<=gồm\s)|(?<=và\s))(?:tỉnh|địa\s*phương)\s*(?:\(\s*)?$",  # (`…, tỉnh 45 tỷ đồng` in a split)
        ),
    ),
    (
        "budget_total_mvnd",
        "budget.total",
        _folded_cue(
            # (`phân bổ kinh phí … với tổng số tiền là 8.650 triệu đồng`: a decision allotting a year's IT money)
            r"tổng\s*(?:số\s*)?(?:nhu\s*cầu\s*)?(?:kinh\s*phí|vốn|nguồn\s*vốn|mức\s*(?:đầu\s*tư|kinh\s*phí)|dự\s*toán|cộng|số\s*tiền)"
            # (`… trên tổng kế hoạch vốn năm 2023 là X`: the year's capital planned, beside money disbursed)
            r"|tổng\s*kế\s*hoạch\s*vốn"
            r"|(?:nguồn\s*vốn|kinh\s*phí|vốn)\s*(?:đầu\s*tư\s*)?(?:thực\s*hiện|cho|triển\s*khai)\s*(?:kế\s*hoạch|đề\s*án)"
            r"|nhu\s*cầu\s*(?:vốn|kinh\s*phí)|(?:khái|dự)\s*toán\s*(?:tổng\s*)?(?:kinh\s*phí|vốn)|kinh\s*phí\s*dự\s*kiến"
            r"|(?:dự\s*kiến|dự\s*trù)\s*kinh\s*phí|(?:kinh\s*phí|vốn)\s*(?:phân|chia)\s*(?:bổ\s*)?theo\s*(?:từng\s*)?năm"
            r"|phân\s*kỳ\s*(?:đầu\s*tư|kinh\s*phí|vốn)|nguồn\s*lực\s*(?:đầu\s*tư|thực\s*hiện)|kinh\s*phí\s*(?:thực\s*hiện\s*|đã\s*(?:được\s*)?bố\s*trí\s*)?(?:năm|giai\s*đoạn)\s*(?:19|20)\d{2}"
            # (`Kinh phí đã bố trí giai đoạn 2016-2019` heading a list by year, issue #11, round 22)
            # (`Tổng chi ngân sách cho công nghệ thông tin năm 2019 là …`: a year's spending named in a press release)
            rf"|(?:kinh\s*phí|vốn|tổng\s*chi|chi|đầu\s*tư|bố\s*trí)\s*(?:ngân\s*sách\s*)?(?:đầu\s*tư\s*|bố\s*trí\s*|dành\s*|chi\s*)?cho\s*"
            rf"(?:việc\s*|công\s*tác\s*|lĩnh\s*vực\s*)?(?:ứng\s*dụng\s*|phát\s*triển\s*)?{_IT}"
            rf"|kinh\s*phí\s*(?:bố\s*trí\s*|dành\s*)?cho\s*(?:các|những)\s*{_WORKS}"
            # `Kinh phí ứng dụng CNTT năm 2016 là …`, `vốn đầu tư phát triển CNTT …`: IT money as the subject with no `cho`
            rf"|(?:kinh\s*phí|vốn)\s*(?:đầu\s*tư\s*)?(?:ứng\s*dụng|phát\s*triển)\s*{_IT}"
            # `Kinh phí CĐS năm 2024: 86,5 tỷ đồng` (a slide's line): IT money of a year named, IT right after `kinh phí`
            rf"|kinh\s*phí\s*{_IT}\s*(?:năm|giai\s*đoạn)\s*(?:19|20)\d{{2}}"
            # `vốn đầu tư cho các dự án CNTT của tỉnh`: several IT works (not `vốn đầu tư cho các dự án giao thông`)
            # (`kinh phí thực hiện các nhiệm vụ ứng dụng CNTT là X`: the works named after the verb, round 24)
            rf"|(?:kinh\s*phí|vốn)\s*(?:đầu\s*tư\s*)?(?:cho|thực\s*hiện|triển\s*khai)\s*(?:các|những)\s*{_WORKS}[^\d,;.:]{{0,30}}?{_IT}"
            # `… đầu tư xây dựng chính quyền điện tử, chính quyền số với kinh phí 249 tỷ đồng`: IT as a whole, then its money
            rf"|{_IT}\s*(?:của\s*(?:tỉnh|thành\s*phố)\s*)?,?\s*với\s*(?:tổng\s*)?(?:kinh\s*phí|số\s*vốn|vốn)"
            # `Riêng năm 2020, kinh phí bố trí là 16,8 tỷ đồng`: the money a review says was allotted, as such
            r"|kinh\s*phí\s*(?:đã\s*)?(?:được\s*)?(?:bố\s*trí|giải\s*ngân|phân\s*bổ)\s*(?:là|đạt)\b"
            # `các dự án công nghệ thông tin đã giải ngân 12 tỷ đồng`, `kinh phí đã giải ngân cho các dự án CNTT là X`:
            # what the IT works disbursed, no source named (stop 27 review; by the year's end, spent that year)
            rf"|(?:kinh\s*phí\s*(?:đã\s*)?(?:được\s*)?giải\s*ngân\s*cho\s*)?(?:các|những)\s*{_WORKS}[^\d,;.:]{{0,30}}?{_IT}"
            r"(?:[^\d,;.:]{0,20}?đã\s*giải\s*ngân|\s*(?:là|đạt)\b)"
            # `Riêng năm 2019, số đã chi là 88 tỷ đồng` (the year's money named by what was spent); `kinh phí năm tới dự
            # kiến là X` (the next year's, by a news item's words for it), round 25
            r"|số\s*(?:tiền\s*|vốn\s*|kinh\s*phí\s*)?đã\s*(?:chi|giải\s*ngân)\s*(?:là|đạt)\b"
            r"|kinh\s*phí\s*(?:thực\s*hiện\s*)?năm\s*(?:tới|sau|nay)\b"
            # `số kinh phí đầu tư X … giai đoạn này` (the amount the plan invests, named back); `… dự tính phải huy động
            # từ các nguồn đầu tư khoản vốn lên tới X` (the capital a plan must raise to meet its goals)
            r"|số\s*kinh\s*phí\s*đầu\s*tư"
            r"|huy\s*động\s*(?:từ\s*(?:các\s*)?nguồn\s*(?:đầu\s*tư\s*)?)?(?:một\s*)?(?:khoản\s*|số\s*|tổng\s*)?vốn"
            # `Điều 1. Phân bổ 14.861 triệu đồng (…) từ nguồn … cho các cơ quan …`: a decision's article allotting the money,
            # right before the amount (stop 27, dev_wording14)
            # (the article's number may end the sentence before: the clause then opens with the verb)
            r"|(?:^\s*|điều\s*\d+\s*[.:]\s*)(?:phân\s*bổ|bố\s*trí)\s*(?:kinh\s*phí\s*|số\s*tiền\s*|tổng\s*số\s*(?:tiền\s*)?)?(?:là\s*)?$",
        ),
    ),
]
# `Tổng kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh là X`: the whole amount comes from one source, so
# X is the total and that source's part (two facts), when no other amount stands in its sentence. What may
# stand between the total's words and the source's (lower case): the rest of the total's words, then `từ`.
# (`Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2021 là X`: the plan's money, all of it, with no `tổng`)
_WHOLE_FROM = re.compile(
    r"(?:tổng\s*(?:số\s*)?(?:kinh\s*phí|vốn|nguồn\s*vốn)|kinh\s*phí\s*thực\s*hiện\s*(?:kế\s*hoạch|đề\s*án|chương\s*trình)"
    r")\b[^,;:\d]{0,60}?\btừ\s*(?:nguồn\s*)?(?:vốn\s*)?$"
)
# The money just read, named back for another time (`…. Năm 2018, con số này là 58 tỷ đồng`), lower case.
_THIS_FIGURE = re.compile(
    r"(?:con\s*số|số\s*tiền|số\s*kinh\s*phí|khoản\s*kinh\s*phí)\s*(?:này|đó|trên)\b[^\d;.]{0,25}$"
)
# A total's only source in parentheses right after it (`… 18.250 triệu đồng (ngân sách tỉnh)`), lower case.
_ONE_SOURCE_AFTER = re.compile(r"\s*\(\s*(?:từ\s*)?(?:nguồn\s*)?([^()\d;]{4,40}?)\s*\)")
# An amount repeated in words in brackets right after it (`(Một tỷ hai trăm năm mươi triệu đồng)`, `(Bằng chữ: …)`).
_AMOUNT_IN_WORDS_AFTER = re.compile(r"\s*\((?:bằng\s*chữ\s*:?\s*)?[^()\d;]{5,120}?đồng\s*\)")
# `… X đồng từ nguồn ngân sách tỉnh` after a total's words: what stands between the amount and the source's words.
# (`…, bố trí từ ngân sách tỉnh` too).
# (`… từ nguồn chi thường xuyên ngân sách tỉnh`: the kind of spending named before the source is no source of its own,
# round 26)
_FROM_ONE_SOURCE = re.compile(
    r",?\s*(?:(?:được\s*)?(?:bố\s*trí|cân\s*đối|đảm\s*bảo|lấy)\s*)?(?:toàn\s*bộ\s*)?từ\s*(?:nguồn\s*)?(?:vốn\s*)?"
    # (`sự nghiệp kinh tế`, a chapter of recurrent spending)
    r"(?:(?:chi\s*|kinh\s*phí\s*)?(?:thường\s*xuyên|sự\s*nghiệp(?:\s*kinh\s*tế)?)\s*(?:của\s*)?(?:nguồn\s*)?)?"
)
# What may follow an amount to say it is the money of several projects or of IT as a whole: a total.
_FOR_SEVERAL = _folded_cue(
    rf"\s*(?:(?:để|nhằm)\s*)?(?:(?:thực\s*hiện|triển\s*khai|đầu\s*tư)\s*)?(?:cho\s*)?(?:việc\s*)?"
    rf"(?:(?:thực\s*hiện|triển\s*khai)\s*)?{_SEVERAL}{_WORKS}"
    # (`… là 12,7 tỷ đồng, triển khai 25 hạng mục dự án phát triển ứng dụng CNTT`: after a comma, the verb and IT named;
    # round 24, real9)
    rf"|\s*,\s*(?:(?:để|nhằm)\s*)?(?:thực\s*hiện|triển\s*khai|đầu\s*tư)\s*{_SEVERAL}{_WORKS}[^.;\d]{{0,40}}?{_IT}"
    # (`… đầu tư gần 900 tỉ đồng nhằm phục vụ ứng dụng CNTT trong …`: what the money serves)
    rf"|\s*(?:cho|để|nhằm)?\s*(?:phục\s*vụ\s*(?:cho\s*)?)?(?:việc\s*|công\s*tác\s*|hoạt\s*động\s*)?"
    rf"(?:(?:ứng\s*dụng|phát\s*triển|đầu\s*tư|thực\s*hiện|triển\s*khai|xây\s*dựng)\s*)?(?:và\s*phát\s*triển\s*)?"
    # (`… đã chi 3,6 tỷ đồng cho hạ tầng công nghệ thông tin`: the IT infrastructure as a whole, not one work; stop 27)
    rf"(?:hạ\s*tầng\s*)?{_IT}"
)
# Money that is no IT plan's budget, when named in the sentence before the amount (matched in lower case).
_NOT_A_BUDGET = re.compile(
    r"grdp|gdp|tổng sản phẩm|thu ngân sách|thu nội địa|doanh thu|kim ngạch|xuất khẩu|toàn xã hội|xử phạt|phạt tiền"
    r"|nộp phạt|tiền lương|mức lương|thu nhập|giá trị hợp đồng|gói thầu|trúng thầu|vốn điều lệ|tiết kiệm|lợi nhuận"
    r"|giá cước|giá trị|trị giá|cả nước|toàn quốc|đề án 112"
    # the national programme by its name (not the province's own money spent on it: `tỉnh đã đầu tư 38,6 tỷ đồng cho
    # tin học hóa quản lý hành chính nhà nước, trong đó ngân sách Trung ương 21 tỷ đồng`)
    r"|(?<!cho )tin học hóa quản lý hành chính nhà nước"
)
# Money disbursed in part of a year (`Sáu tháng đầu năm, ngân sách tỉnh đã giải ngân X`, `đến hết quý III đã giải ngân
# X`): no year's spending (README, round 21; round 26 read it when no completion share followed), lower case. Money
# disbursed by the year's end (`đến hết quý IV`, round 24) or over a whole period (`lũy kế cả giai đoạn`) is spending of
# that year or period: a running total stops a part of the year only when it names a month or quarter before the last.
_DISBURSED_IN_PART_OF_A_YEAR = re.compile(
    r"(?:\b(?:sáu|6|chín|9|ba|3|bảy|7|tám|8|mười|10|bốn|4|năm|5|hai|2)\s*tháng\s*(?:đầu\s*)?năm|\bquý\s*(?:i{1,3}|1|2|3)\b"
    r"|lũy\s*kế\s*(?:đến\s*(?:hết\s*|cuối\s*)?)?tháng\s*(?:[1-9]|1[01])\b"
    # (`Đến ngày 30/6/2023, các dự án CNTT đã giải ngân 4 tỷ đồng`: a date before the year's last month; review 27b)
    r"|đến\s*(?:hết\s*)?ngày\s*\d{1,2}\s*(?:/|tháng)\s*0?(?:[1-9]|1[01])\s*(?:/|năm))[^.;\n]{0,80}?giải\s*ngân[^.;\n\d]{0,30}$"
)
# One project, contract or tender (`dự án X`), unless several are meant (`các dự án`, `8 dự án`,
# `nhiệm vụ, dự án`): its money is a part, not the plan's.
_ONE_WORK = re.compile(r"dự án|gói thầu|công trình|hợp đồng|hạng mục")
# One facility or system named as such, then its cost (`Trung tâm dữ liệu của tỉnh … với tổng mức đầu tư 25 tỷ đồng`,
# `Hệ thống hội nghị truyền hình được đầu tư 9 tỷ đồng`): that facility's money, not the plan's (lower case).
# `tổng mức đầu tư` is a project's own cost; `được đầu tư` only when the facility opens the sentence.
_FACILITY = r"(?:trung\s*tâm|hệ\s*thống|cổng|nền\s*tảng|phần\s*mềm|tòa\s*nhà|trụ\s*sở)"
_FACILITY_COST = re.compile(
    rf"{_FACILITY}[^.;:]{{0,100}}?tổng\s*mức\s*đầu\s*tư[^.;:\d]{{0,12}}$"
    # `Tổng kinh phí xây dựng trung tâm hơn 21 tỷ đồng`: the building named in the money's own words
    r"|kinh\s*phí\s*(?:đầu\s*tư\s*)?xây\s*dựng\s*(?:tòa\s*nhà|trụ\s*sở|trung\s*tâm)[^.;:\d]{0,40}$"
)
# `Đề án xây dựng Trung tâm giám sát … của tỉnh với tổng kinh phí thực hiện gần 15,4 tỷ đồng`: a scheme to build one
# facility, its cost (round 25, real10); the facility right after `xây dựng` (a plan builds many things: `xây dựng các
# hệ thống …` is no one facility). Tried only where `xây dựng` stands.
_FACILITY_BUILT = re.compile(
    rf"(?<=xây dựng ){_FACILITY}[^.;:]{{0,100}}?với\s*tổng\s*kinh\s*phí(?:\s*thực\s*hiện)?[^.;:\d]{{0,12}}$"
)
_FACILITY_FUNDED = re.compile(
    rf"\s*(?:[-+•*]\s*)?(?:riêng\s*|trong\s*đó,?\s*)?{_FACILITY}[^.;:]{{0,100}}?được\s*(?:đầu\s*tư|phê\s*duyệt|xây\s*dựng)[^.;:\d]{{0,30}}$"
)
_SEVERAL_BEFORE = re.compile(r"(?:\d+|các|những|nhiều|một số|danh mục|chương trình|nhiệm vụ|đề án)[\s,]*(?:và\s*)?$")
# An item of a list of projects: a bulleted line under a line naming one project or task (`1. Dự án …`),
# or under a heading listing projects (`DANH MỤC DỰ ÁN`); matched in lower case.
_BULLET_LINE = re.compile(r"[ \t]*[-+•*]")
_ONE_WORK_LINE = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•*])?[ \t]*(?:tên[ \t]*)?(?:dự án|gói thầu|nhiệm vụ|hạng mục)\b"
)
_LIST_OF_WORKS = re.compile(r"\n[ \t]*(?:[ivx]+\.|\d+\.)?[^\n]{0,20}danh mục[^\n]{0,40}(?:dự án|nhiệm vụ)[^\n]*\n")
# (a part too: `Phần II. KẾ HOẠCH NĂM 2014`, `PHẦN II: …`)
_HEADING = re.compile(r"\n[ \t]*(?:(?:PHẦN|Phần)[ \t]+[IVX]+[.:]?[ \t]|[IVX]+\.[ \t])")
# A report's part about what comes next (`II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021`), matched in lower case.
# A line of a plan that names its money as its topic, the amount right after the colon (`Kinh phí thực hiện: X`,
# `4. Kinh phí: X`), lower case, from the line's start to the amount. Not bulleted: `- Kinh phí: X` is a task's or a
# project's field. It is the plan's total when the line is a numbered part of its own or stands under a heading about
# the money (`IV. KINH PHÍ THỰC HIỆN`), and no other line of the text is such a line (a task list's `Kinh phí: …` under
# each task is the tasks'); issue #11, round 23 (lead).
_PLAN_MONEY_LINE = re.compile(
    r"[ \t]*(?P<num>(?:\d{1,2}|[ivx]{1,4})\.[ \t]*)?kinh\s*phí\s*(?:thực\s*hiện|dự\s*kiến)?[ \t]*:[ \t]*"
    r"(?:(?:là|khoảng|dự\s*kiến|tổng\s*cộng)[ \t]*)?"
)
_MONEY_HEADING = re.compile(r"[^\n]*(?:kinh\s*phí|nguồn\s*vốn|nguồn\s*lực\s*tài\s*chính)")
_AHEAD_HEADING = re.compile(r"[^\n]*(?:phương hướng|nhiệm vụ|kế hoạch|đề xuất|kiến nghị|giải pháp)[^\n]*")
# After `triệu`/`tỷ` without a currency: millions of people, visits … (a count, not money).
_COUNT_AFTER = re.compile(r"[ \t]*(?:người|lượt|hộ|thuê bao|dân|hồ sơ|văn bản|trang|tin|lần|tài khoản)\b")
_OF_WHICH = re.compile(r"trong\s*đó", re.IGNORECASE)
# An amount its parts follow (`năm 2019 bố trí 51 tỷ đồng, gồm 16 tỷ đồng vốn trung ương và 35 tỷ đồng vốn tỉnh`,
# `…, trong đó …`): the whole of its time, not an item of a list by year that the amount before opened (round 23).
_PARTS_FOLLOW = re.compile(
    r"\s*[,(;:]?\s*(?:trong\s*đó|(?:bao\s*)?gồm)\b[\s:,]*(?=\d|vốn|nguồn|ngân\s*sách|trung\s*ương|tỉnh|địa\s*phương)",
    re.I,
)
# An amount changed to another right after it (`từ 96.000 triệu đồng lên 128.000 triệu đồng`; lower case).
_FROM_BEFORE = re.compile(r"\btừ\s*$")
_CHANGED_TO = re.compile(r"\s*(?:lên|xuống\s*còn|thành)\s*")
_DIRECTLY_AFTER = re.compile(r"\s*(?:vốn|nguồn|từ|bằng|do)?\s*", re.IGNORECASE)  # (`80 tỷ đồng do ngân sách tỉnh …`)
# Kind cues (matched in lower case), the nearest before the amount in its sentence wins.
_SPENT = re.compile(
    r"đã\s*(?:được\s*)?(?:chi|giải\s*ngân|sử\s*dụng|bố\s*trí|đầu\s*tư|huy\s*động|dành|cấp|phân\s*bổ"
    r"|thực\s*hiện|triển\s*khai|hỗ\s*trợ)\b(?!\s*(?:kế\s*hoạch|đề\s*án|quyết\s*định|chương\s*trình|danh\s*mục))"
    r"|đến\s*nay|thời\s*gian\s*qua|sau\s*\d+\s*năm|\d+\s*năm\s*qua|năm\s*qua|giải\s*ngân\s*được"
)
_PLANNED = re.compile(
    r"dự\s*kiến|nhu\s*cầu|đề\s*xuất|\bsẽ\b|khái\s*toán|dự\s*toán|phấn\s*đấu|dự\s*trù|kế\s*hoạch\s*vốn|cần\s*bố\s*trí|năm\s*tới"
    # (`Năm 2015, tỉnh phân bổ nguồn vốn … là 12,7 tỷ đồng`: the province allotting capital, the year's plan money, not
    # money said to be spent, `đã phân bổ`, `được phân bổ`; round 24, real9)
    r"|(?<!đã\s)(?<!được\s)(?<!đã)(?<!được)phân\s*bổ\s*(?:nguồn\s*)?(?:vốn|kinh\s*phí)"
)
# An allotting verb not said done right before an amount (`Năm 2023, tỉnh bố trí gần hai mươi tỷ đồng cho chuyển đổi
# số`, `dành khoảng 30 tỷ đồng`, `Huyện bố trí 6,8 tỷ đồng`; not `đã bố trí`, `được bố trí`, `cần bố trí`), lower case: the
# year's plan money, as round 24's allotment is, when no `đã` stands before it in its sentence either (`Sở đã tham mưu
# UBND tỉnh bố trí 6.400 triệu đồng` reports what was done; stop 27), or when a share of it disbursed follows.
_ALLOTTING_BEFORE = re.compile(
    r"(?<!đã\s)(?<!được\s)(?<!được)(?<!cần\s)\b(?:bố\s*trí|dành|phân\s*bổ)\s*"
    r"(?:(?:khoảng|gần|hơn|trên|xấp\s*xỉ|chừng)\s*)?$"
)
_DID = re.compile(r"\bđã\b")
# Time named before an amount, in its sentence (lower case): a period (`giai đoạn 2011-2015`, `từ năm 2011
# đến năm 2015`, `từ đầu năm 2013 đến nay`) or one year (`năm 2018`; not `đến năm 2020`, which ends a
# period rather than naming one year, nor a date's year).
_YEAR = r"((?:19|20)\d{2})"
_PERIOD = re.compile(
    rf"{_YEAR}\s*[-–—]\s*{_YEAR}(?!\d)"
    rf"|từ\s*(?:đầu\s*|cuối\s*)?năm\s*{_YEAR}\s*(?:đến|tới)\s*(?:hết\s*|cuối\s*)?(?:năm\s*{_YEAR}|(nay))"
)
_ONE_YEAR = re.compile(rf"(?<!đến\s)(?<!tới\s)(?<!hết\s)năm\s*{_YEAR}(?!\d)(?!\s*[-–—]\s*\d)")
_MONTH_BEFORE = re.compile(r"(?:tháng\s*\d{1,2}|ngày\s*\d{1,2})\s*$")
# `Năm 2017: …`, `năm 2018 là …` right before an amount: that year's part of a list by year.
_YEAR_LABEL = re.compile(
    # (`Năm 2023 - 2025: X` closing a list by year: the years' together, multi-year; round 24)
    rf"(?<!đến )(?<!tới )năm\s*{_YEAR}(?:\s*[-–]\s*(?P<last>(?:19|20)\d{{2}}))?\s*(?:\)\s*)?"
    r"(?:là|:|đạt|khoảng|bố\s*trí|dự\s*kiến)?\s*:?\s*$"
)
# A line whose topic is the money (`4. Kinh phí: …`, `- Về kinh phí: …`, `b) Nguồn vốn: …`), lower case; and the verbs
# that allot it (`đã bố trí`, `đầu tư`), looked for between the topic and the line's first amount.
_MONEY_TOPIC = re.compile(
    r"[ \t]*(?:(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•*])[ \t]*)?(?:về[ \t]*)?(?:kinh\s*phí|nguồn\s*vốn|ngân\s*sách)"
    r"(?:[ \t]*(?:thực\s*hiện|đầu\s*tư))?[ \t]*:"
)
_ALLOTTING = re.compile(r"bố\s*trí|đầu\s*tư|phân\s*bổ|dành|cấp\b")
# A year or a part of the period, then what it is allotted (`Năm 2022 bố trí`, `năm 2021 dự kiến bố trí`, `giai đoạn
# 2021-2025 bố trí`), right before an amount (lower case): read only right after a budget amount (see its use).
_ALLOTTED = re.compile(
    rf"(?:năm\s*{_YEAR}(?!\s*[-–—]\s*\d)|giai\s*đoạn\s*{_YEAR}\s*[-–—]\s*{_YEAR})\s*,?\s*"
    # (`Riêng năm 2020, tỉnh chi 250 tỷ đồng` after the period's money: that year's, issue #11, round 23)
    r"(?:(?:tỉnh|huyện|thành\s*phố)\s*)?(?:dự\s*kiến\s*|đã\s*)?(?:bố\s*trí|phân\s*bổ|cân\s*đối|chi|đầu\s*tư)\s*"
    r"(?:khoảng\s*|hơn\s*|trên\s*|gần\s*|tối\s*thiểu\s*)?$"
    # (`…; riêng năm 2017 là 17.200 triệu đồng` after the period's money: that year's, stop 25; not `vốn … giai đoạn
    # 2021-2025 là 268 tỷ đồng`, a part by kind of spending)
    rf"|riêng\s*năm\s*{_YEAR}(?!\s*[-–—]\s*\d)\s*,?\s*là\s*(?:khoảng\s*|hơn\s*|trên\s*|gần\s*)?$"
)
# A year right after the amount (`… trong năm 2019`, `(năm 2016)`).
# (Not a year that labels the next amount, `36,2 tỷ đồng (năm 2018: 10,5 tỷ đồng; …)`: a list by year in brackets.)
# `… X tỷ đồng cho các nhiệm vụ … trong năm (nay).`: the money of the year of writing, named at the clause's end.
_THIS_YEAR_AFTER = re.compile(r"[^\d.;:()\n]{0,80}?\btrong\s*năm(?:\s*nay)?\s*(?:[.;\n]|$)")
_YEAR_AFTER = re.compile(
    rf"\s*(?:\(\s*)?(?:trong\s*|của\s*|cho\s*)?(?:năm\s*{_YEAR}(?!\s*[-–—]\s*\d)(?!\s*(?::|là)\s*\d)"
    rf"|giai\s*đoạn\s*{_YEAR}\s*[-–—]\s*{_YEAR})"
)
# `sau 5 năm`, `trong 5 năm qua`: the period the document reviews (searched in the whole sentence).
_YEARS_OF_PERIOD = re.compile(r"(?:sau|trong)\s*(\d+)\s*năm(?!\s*(?:tới|(?:19|20)\d{2}))|(\d+)\s*năm\s*qua")
# `từ nay đến năm 2010` in an amount's sentence (lower case): money set aside for the years ahead, up to that
# year (`đã dành 134 tỷ đồng cho các dự án … từ nay đến năm 2010`): a target for the years from the text's own.
_FROM_NOW_TO = re.compile(rf"từ\s*nay\s*(?:đến|tới)\s*(?:hết\s*|cuối\s*)?năm\s*{_YEAR}(?!\s*[-–—]\s*\d)")
# A part by kind of spending named after a source's words (`Tổng kinh phí … 4.820 triệu đồng (ngân sách tỉnh), trong đó
# chi đầu tư 3.000 triệu đồng, chi sự nghiệp 1.820 triệu đồng`): no source's part, and no codebook indicator (lower
# case; not `vốn đầu tư phát triển của tỉnh`, `nguồn sự nghiệp tỉnh`, which name the local source).
_SPENDING_KIND = re.compile(
    # (opening a new item after the source: `, trong đó chi đầu tư …`, `; vốn sự nghiệp …` — not the source's own kind
    # in parentheses or after a colon, `Ngân sách tỉnh (vốn sự nghiệp): 5.000 triệu đồng`)
    r"(?:trong\s*đó|bao\s*gồm|gồm|[,;])\s*(?:[-+•]\s*)?(?:chi|vốn|kinh\s*phí|nguồn)\s*(?:vốn\s*)?(?:đầu\s*tư(?!\s*phát)|đầu\s*tư\s*phát\s*triển|sự\s*nghiệp)\b"
    r"(?!\s*(?:của\s*|thuộc\s*)?(?:tỉnh|thành\s*phố|trung|địa|tw|ngân|nguồn))"
)
# The same opening a bracket after a source's amount, the part's own amount inside it (`64,25 tỷ đồng từ nguồn ngân sách
# tỉnh (chi đầu tư phát triển 40 tỷ đồng, chi thường xuyên 24,25 tỷ đồng)`): not a source's kind named before its
# amount (`Ngân sách tỉnh (vốn sự nghiệp): 5.000 triệu đồng`, the bracket closed before the amount).
_SPENDING_KIND_IN_BRACKET = re.compile(
    r"\(\s*(?:chi|vốn|kinh\s*phí|nguồn)\s*(?:vốn\s*)?(?:đầu\s*tư(?:\s*phát\s*triển)?|sự\s*nghiệp|thường\s*xuyên)[^()\d]{0,20}$"
)
_KINDS_BRACKET = re.compile(
    r"\s*\(\s*(?:chi|vốn|kinh\s*phí|nguồn)\s*(?:vốn\s*)?(?:đầu\s*tư|sự\s*nghiệp|thường\s*xuyên)[^()]*\)"
)


def _in_kinds_bracket(folded: str, at: int, pos: int) -> bool:
    """Whether `pos` lies in a bracket of parts by kind of spending that opens at `at` (see _SPENDING_KIND_IN_BRACKET)."""
    m = _KINDS_BRACKET.match(folded, at)
    return m is not None and at <= pos < m.end()


# Recurring amounts are no totals.
# `Năm 2024 và năm 2025: mỗi năm 14 tỷ đồng`: each year's amount of a list by year, given once for two years (one
# fact per year, not a recurring amount).
_EACH_OF_YEARS = re.compile(
    r"(?<!đến )năm\s*(?P<first>(?:19|20)\d{2})\s*(?:và|,)\s*(?:năm\s*)?(?P<y>(?:19|20)\d{2})\s*:?\s*mỗi\s*năm\s*"
    r"(?:là\s*|khoảng\s*|bố\s*trí\s*)?:?\s*$"
)
_RECURRING = re.compile(r"(?:mỗi|hàng|hằng)\s*năm")
_RECURRING_AFTER = re.compile(r"\s*(?:/\s*năm|mỗi\s*năm|một\s*năm)")
# What may stand between a total and its parts (`…, trong đó:\n- Vốn Trung ương …`, `. Trong đó, …`).
_PARTS_GAP = re.compile(
    # (`…: 250 tỷ đồng, phân kỳ như sau: - Năm 2021: …`, `phân bổ theo từng năm như sau:`: its years, round 24)
    r"(?:[\s,;:.()\-–+•*]|trong\s*đó|bao\s*gồm|gồm|cụ\s*thể|chia\s*ra|phần|còn\s*lại|và|phân\s*kỳ|phân\s*bổ"
    r"|(?:theo\s*)?(?:từng|hằng|hàng)\s*năm|như\s*sau)*",
    re.IGNORECASE,
)
# ... and what must be among it, beyond a sentence's end (`. Tổng kinh phí …` starts another statement).
# (`• Kinh phí CĐS năm 2024: 86,5 tỷ đồng` over `   - NSTW: 12 tỷ đồng`: a dash indented under the amount's line is its
# part, as after `trong đó`; stop 27, dev_wording14)
_PARTS_LINK = re.compile(
    r"[,;:]|trong\s*đó|gồm|cụ\s*thể|chia\s*ra|phần|còn\s*lại|phân\s*kỳ|như\s*sau|\n[ \t]+[-+•*–]", re.IGNORECASE
)
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
# The plan's own figure named after an amount (`150 tỷ đồng của Kế hoạch`), lower case; and a comparison before it.
_OF_THE_PLAN_AFTER = re.compile(r"\s*(?:của|theo)\s+(?:kế hoạch|đề án)\b")
_COMPARED_WITH = re.compile(r"so với|thấp hơn|cao hơn|vượt")
# What may stand between the items of a list by year (`; - `, `, `, ` và `).
_LIST_GAP = re.compile(r"(?:[\s,;.\-–+•*]|và)*", re.IGNORECASE)
# A line that sums the list by year above it (`Cộng: 41.000`, `- Tổng cộng: …`, `Tổng số cả giai đoạn: …`), lower case,
# from the line's start up to its amount.
_BULLET = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?")
_SUM_LINE = re.compile(
    r"[ \t]*(?:[-–+•*][ \t]*)?(?:tổng\s*cộng|cộng|tổng\s*số|tổng)(?:\s*(?:cả|các|toàn)\s*(?:giai\s*đoạn|năm))?"
    r"(?:\s*\(?\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\)?)?\s*:?\s*(?:là\s*)?"
)
# A report of results (its amounts are money spent unless said otherwise).
_REPORT = re.compile(r"Số\s*:?\s*\d+[^\n]{0,6}/BC-|^\s*BÁO\s*CÁO\s*$", re.MULTILINE)
_EXAMINATION = re.compile(r"^\s*BÁO\s*CÁO\s*THẨM\s*TRA\b", re.MULTILINE)
_REVIEW_HEADLINE = re.compile(r"tổng kết|sơ kết|nhìn lại|sau \d+ năm|\d+ năm qua|kết quả (?:thực hiện|triển khai)")


@dataclass
class _Reading:
    """How one amount was read (before it becomes a Fact)."""

    indicator: str
    rule: str
    quote_start: int
    quote_end: int
    kind: str
    year: int | None
    period: tuple[int, int] | None
    stated: bool  # time or kind stated by the text, not the document's defaults


class _Doc:
    """What the budget rules need to know about the document, worked out once."""

    def __init__(self, ctx: DocContext, layout: Layout):
        self.ctx, self.layout = ctx, layout
        self.now = ctx.issued_year or self._published_year()
        head = ctx.text[:1500]
        first_line = fold(head.split("\n", 1)[0])
        self.is_report = (
            ctx.doc_type in ("report", "review")
            # (a news review read so from its lead, `… tổ chức hội nghị tổng kết …`, not only from its headline)
            or getattr(ctx, "genre", None) in ("report", "review", "news_review")
            or bool(_REPORT.search(head))
            or (ctx.doc_type == "news_article" and bool(_REVIEW_HEADLINE.search(first_line)))
        ) and not _EXAMINATION.search(head)  # the HĐND's `BÁO CÁO THẨM TRA` of a proposed plan: the plan's money
        multi = ctx.period_start and ctx.period_end and ctx.period_start < ctx.period_end
        self.period = (ctx.period_start, ctx.period_end) if multi else None

    def _published_year(self) -> int | None:
        """A news article with no reported document's date: the year it was published (its first date)."""
        found = find_dates(self.ctx.text[:600])
        if not found or later_than_its_article(self.ctx.text, found[0][0].year):  # a site's banner date
            return None
        return found[0][0].year

    def ahead(self, pos: int) -> tuple[bool, int | None]:
        """In a report: whether `pos` is in its part about what comes next (the last top-level heading before
        it speaks of tasks, plans or proposals), and the year that heading names."""
        text, folded = self.ctx.text, self.layout.folded
        heading = max((m.end() for m in _HEADING.finditer(text, max(0, pos - 5000), pos)), default=-1)
        line = _AHEAD_HEADING.match(folded, heading) if heading >= 0 else None
        if line is None or re.search(r"kết quả|tình hình|đánh giá|thực trạng", line.group()):
            return False, None
        years = _ONE_YEAR.findall(line.group())
        return True, int(years[-1]) if years else None

    def years_before(self, n: int) -> tuple[int, int] | None:
        """The `n` years a text looks back on (`sau 5 năm`, `5 năm qua`): the period it reports on if that
        has ended; the `n` years before the period it plans; else the `n` years up to the time of writing."""
        if n < 2 or self.now is None:
            return None
        if self.period and self.period[1] <= self.now:
            return self.period
        if self.period and self.period[0] >= self.now:
            return self.period[0] - n, self.period[0] - 1
        return self.now - n + 1, self.now

    def past(self, year: int | None, period: tuple[int, int] | None) -> bool | None:
        """Whether the time named is before the time of writing (True), after it (False), or neither."""
        if self.now is None:
            return None
        if period is not None:
            start, end = period
            if end <= self.now and start < self.now:
                return True
            return False if start > self.now else None
        if year is not None and year != self.now:
            return year < self.now
        return None


def _is_part(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end], between an amount and the next one's cue, makes the next one its part."""
    return _PARTS_GAP.fullmatch(text, begin, end) is not None and _PARTS_LINK.search(text, begin, end) is not None


def _cue_in(segment: str) -> tuple[str, str, int, int] | None:
    """The last budget cue in `segment` (lower case): (indicator, rule, start, end)."""
    best = None
    for indicator, rule, cue in BUDGET_CUES:
        for m in cue.finditer(segment):
            if best is None or m.start() > best[2]:
                best = (indicator, rule, m.start(), m.end())
    return best


def _in_a_list_of_works(text: str, folded: str, pos: int) -> bool:
    """Whether `pos` is on a bulleted line of a project's item: under a line naming one project or task, or
    in a section whose heading lists projects (`III. DANH MỤC DỰ ÁN`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _BULLET_LINE.match(text, line_start):
        return False
    above = folded.rfind("\n", 0, max(0, line_start - 1)) + 1
    while above > 0 and _BULLET_LINE.match(text, above):  # the item's other fields
        above = folded.rfind("\n", 0, above - 1) + 1
    if _ONE_WORK_LINE.match(folded, above):
        return True
    heading = max((m.start() for m in _HEADING.finditer(text, max(0, pos - 3000), pos)), default=-1)
    return heading >= 0 and _LIST_OF_WORKS.match(folded, heading) is not None


# Money in a phrase that opens its sentence (`Với tổng vốn gần 60 tỷ đồng, dự án … đặt mục tiêu …`, `Từ nguồn kinh
# phí 8 tỷ đồng, tỉnh đã triển khai nhiều nhiệm vụ ứng dụng CNTT`): what it is for is said by the main clause
# after the comma. Matched in lower case: the words from the sentence's start to the amount, then what follows it.
_FRONTED = re.compile(r"\s*(?:[-+•*]\s*)?(?:với|từ|bằng)\s+(?:[^,;:\d\s]+\s+){0,6}$")
_FRONTED_END = re.compile(r"[^,;.\d]{0,24},")
_IT_WORDS = _folded_cue(_IT)


def _fronted_main_clause(folded: str, sentence: tuple[int, int], amount: Amount) -> str | None:
    """The main clause after money that opens its sentence in a phrase of its own (lower case), or None."""
    if not _FRONTED.fullmatch(folded, sentence[0], amount.start):
        return None
    if not (end := _FRONTED_END.match(folded, amount.end, sentence[1])):
        return None
    return folded[end.end() : sentence[1]]


def _for_it_as_a_whole(main: str) -> bool:
    """Whether a main clause says its money went to IT as a whole or to several IT works, not to one project."""
    return _IT_WORDS.search(main) is not None and not _not_a_budget(main)


def _not_a_budget(before: str) -> bool:
    """Whether the sentence up to an amount (lower case) names money that is no plan budget, or one project."""
    if _NOT_A_BUDGET.search(before):
        return True
    if "giải" in before and _DISBURSED_IN_PART_OF_A_YEAR.search(before):
        return True  # money disbursed in part of a year (README, round 21)
    for m in _ONE_WORK.finditer(before):
        if not _SEVERAL_BEFORE.search(before, max(0, m.start() - 24), m.start()):
            return True
    if (
        m := _FACILITY_COST.search(before)
        or _FACILITY_FUNDED.match(before)
        or ("xây dựng" in before and _FACILITY_BUILT.search(before))
    ) and not _SEVERAL_BEFORE.search(before, max(0, m.start() - 24), m.start()):
        return True
    return False


def _ends_a_period(folded: str, year_end: int, start: int) -> bool:
    """Whether the year ending at `year_end` closes a period named just before it (`từ năm 2021 đến hết năm 2022`)."""
    return any(m.end() == year_end for m in _PERIOD.finditer(folded, max(start, year_end - 60), year_end))


def _time_before(before: str, now: int | None) -> tuple[int | None, tuple[int, int] | None, int] | None:
    """(year, period, where it ends) of the nearest time named in `before` (lower case), or None.
    `từ năm 2013 đến nay` ends at `now`, the year of writing."""
    best = None
    for m in _PERIOD.finditer(before):
        start = int(m.group(1) or m.group(3))
        end = now if m.group(5) else int(m.group(2) or m.group(4))
        if end is not None and start < end:
            best = (None, (start, end), m.end())
        elif end is not None and start == end:
            best = (start, None, m.end())
    for m in _ONE_YEAR.finditer(before):
        if _MONTH_BEFORE.search(before, max(0, m.start() - 12), m.start()):
            continue  # the year of a date (`ngày 12 tháng 5 năm 2016`)
        if best is None or m.end() > best[2]:
            best = (int(m.group(1)), None, m.end())
    for m in _YEAR_END_DATE.finditer(before):  # `đến hết ngày 31/12/2023`: the year it ends (stop 27 review)
        if best is None or m.end() > best[2]:
            best = (int(m.group(1)), None, m.end())
    return best


_YEAR_END_DATE = re.compile(r"(?:đến|tới)\s*(?:hết\s*)?ngày\s*31\s*(?:/|tháng)\s*12\s*(?:/|năm)\s*((?:19|20)\d\d)\b")


_TOTAL_OPENS = re.compile(r"\s*(?:[-+•]\s*)?tổng\s*(?:số\s*)?(?:kinh\s*phí|vốn|nguồn)")


# A share of the plan disbursed after an allotment, in its sentence (`… đã giải ngân 75% kế hoạch vốn`), lower case.
_DISBURSED_SHARE_AFTER = re.compile(r"giải\s*ngân[^.;\n\d]{0,30}?\d+(?:,\d+)?\s*%\s*(?:kế\s*hoạch|dự\s*toán|tổng)")


def _kind_cue(before: str, allotment_planned: bool = True) -> str | None:
    """baseline/target from the nearest spent or planned cue in `before` (lower case), if any (with
    `allotment_planned`, an allotment right before the amount is planned money: not in a section of results)."""
    spent = max((m.end() for m in _SPENT.finditer(before)), default=-1)
    planned = max((m.end() for m in _PLANNED.finditer(before)), default=-1)
    if (
        allotment_planned
        and (allotted := _ALLOTTING_BEFORE.search(before, max(0, len(before) - 30)))
        and not _DID.search(
            before, own := max(before.rfind(c, 0, allotted.start()) for c in ".!?\n") + 1, allotted.start()
        )
        # (a news sentence opening `Năm nay, …` reports the year so far, round 22: `Năm nay, huyện dành gần 2,4 tỷ đồng`)
        and not before[own:].lstrip().startswith("năm nay")
    ):
        planned = len(before)
    if spent < 0 and planned < 0:
        return None
    return "baseline" if spent > planned else "target"


# (the cue may end inside the period: `kinh phí … giai đoạn 2016` then `-2019`)
_HEADING_PERIOD = re.compile(rf"^[^\n\d]*?(?:giai\s*đoạn\s*{_YEAR}\s*)?[-–—]\s*{_YEAR}(?=[^\n\d]*\n)", re.IGNORECASE)


# A lead spreading the money over years with no money word of its own, right before a list's first year (`Phân kỳ đầu
# tư:`, `Phân kỳ thực hiện:`, `Dự kiến phân bổ theo năm:`), case-blind but searched only in the 80 characters before it.
_PHASING_LEAD = re.compile(
    r"(?:phân\s*kỳ\s*(?:đầu\s*tư|thực\s*hiện)|(?:dự\s*kiến\s*)?phân\s*bổ\s*theo\s*(?:từng\s*)?năm)\s*:[\s\-–+•*]*$",
    re.IGNORECASE,
)

_YEAR_THEN_AMOUNT = re.compile(
    r"năm\s*(?P<y>(?:19|20)\d\d)\s*(?:[:,]\s*|là\s*|khoảng\s*|dự\s*kiến\s*|bố\s*trí\s*|cần\s*)*\d", re.IGNORECASE
)


def _list_head(
    text: str,
    list_head: tuple[str, str, int] | None,
    previous: _Reading | None,
    label_start: int,
    ctx: DocContext | None = None,
) -> tuple[str, str, int] | None:
    """The cue heading the list by year that the item at `label_start` (its `năm 2017`) belongs to: the list
    read so far, when only separators stand between its last item and this one; the amount just read, when
    this item is one of its parts (`… 120 tỷ đồng, trong đó: năm 2021 là …`); else a cue shortly before on a
    line or clause that ends with `:` or `như sau` (`Nhu cầu vốn từng năm như sau:`), no number between."""
    if list_head is not None and _LIST_GAP.fullmatch(text, list_head[2], label_start):
        return list_head
    if (
        list_head is not None
        and previous is not None
        and previous.quote_start >= list_head[2]
        and "\n" not in text[list_head[2] : previous.quote_end]
        and _LIST_GAP.fullmatch(text, previous.quote_end, label_start)
    ):
        return list_head  # the year before gave its own parts on its line (`…, trong đó ngân sách trung ương …;`)
    if previous is not None and _is_part(text, previous.quote_end, label_start):
        return previous.indicator, previous.rule.removesuffix(".after"), label_start
    if previous is not None and _BRACKET_OPENS.fullmatch(text, previous.quote_end, label_start):
        # `Tổng kinh phí … là 36,2 tỷ đồng (năm 2018: 10,5 tỷ đồng; năm 2019: …)`: the total's years in brackets after
        # it, each that year's amount of the same thing (issue #11, round 22)
        return previous.indicator, previous.rule.removesuffix(".after"), label_start
    window = max(0, label_start - 300)
    cue = _cue_in(fold(text[window:label_start]))
    if cue is not None:
        between = text[window + cue[3] : label_start]
        # (the years of the heading's own period are no number between: `Kinh phí đã bố trí giai đoạn 2016-2019` /
        # `Đơn vị tính: triệu đồng` / `- Năm 2016: 8.500`, issue #11, round 22)
        between = _HEADING_PERIOD.sub("", between)
        if not re.search(r"\d|\.\s", between) and re.search(r":|như\s*sau", between, re.IGNORECASE):
            return cue[0], cue[1], label_start
    # `Phân kỳ thực hiện:` / `- Năm 2021: 12,5 tỷ đồng;`, `Dự kiến phân bổ theo năm: năm 2021 là …`: in a plan, a lead that
    # spreads its money over its own years names no money itself; each year's amount is the plan's (issue #11, round
    # 25). Each item a year and its amount (not a year's works with their cost), a year of the plan's period (not an
    # earlier plan's phasing restated), and no project named shortly before (`Dự án …: tổng mức đầu tư …; phân kỳ …`).
    if (
        ctx is not None
        and ctx.genre in ("plan", "decision")
        and (lead := _PHASING_LEAD.search(text, max(0, label_start - 80), label_start)) is not None
        and (first := _YEAR_THEN_AMOUNT.match(text, label_start)) is not None
        and (ctx.period_start is None or ctx.period_start <= int(first.group("y")) <= (ctx.period_end or 9999))
        and "dự án" not in fold(text[_shortly_before(text, lead.start()) : lead.start()])
    ):
        return "budget_total_mvnd", "budget.phased", label_start
    return None


def _shortly_before(text: str, at: int) -> int:
    """Where the text "shortly before" `at` begins: its line and about 300 characters before that line, at most 600
    characters in all (a text with no line breaks before `at` is not searched from its start)."""
    line_start = text.rfind("\n", 0, at) + 1
    return max(0, line_start - 300, at - 600)


# `năm tới`, `năm sau`, `sang năm` (not `năm sau đó`, nor a year written after it), lower case.
# (not several years ahead: `Trong 3 năm tới`, `những năm tới`)
_NEXT_YEAR_BEFORE = re.compile(
    r"\b(?:(?<!\d )(?<!những )(?<!các )(?<!mấy )năm\s*(?:tới|sau)(?!\s*đó)|sang\s*năm)\b(?![\s,]*\d)"
)


def _when(
    doc: _Doc,
    amount: Amount,
    quote_start: int,
    sentence: tuple[int, int],
    label: re.Match[str] | None,
    previous: _Reading | None,
) -> tuple[str, int | None, tuple[int, int] | None, bool]:
    """(kind, year, period, stated) of an amount; `stated` when the text says its time or kind."""
    text, folded = doc.ctx.text, doc.layout.folded
    before = folded[sentence[0] : amount.start]
    # A part of the total read just before (`…, trong đó:\n- Vốn Trung ương …`, `. Trong đó, …`).
    # (Not an item of a list by year, from a line after it: `- Năm 2023 - 2025: X.` / `Trong đó ngân sách trung ương …`
    # are the parts of the list's whole, not of its last year; `- Năm 2021: X, trong đó …` on its line are the year's.)
    part_of = (
        previous
        if previous is not None
        and not (previous.rule.endswith(".by_year") and "\n" in text[previous.quote_end : quote_start])
        and 0 <= quote_start - previous.quote_end < 300
        and _is_part(text, previous.quote_end, quote_start)
        else None
    )
    year: int | None = None
    period: tuple[int, int] | None = None
    time_stated = True
    if label:
        year = int(label.group("y") if "y" in label.re.groupindex else label.group(1))
        if "last" in label.re.groupindex and label.group("last") and int(label.group("last")) > year:
            year, period = None, (year, int(label.group("last")))
    elif doc.now is not None and _THIS_YEAR_AFTER.match(folded, amount.end, sentence[1]) is not None:
        # `… dành khoảng 35 tỷ đồng cho các nhiệm vụ chuyển đổi số trong năm.`: the year the text is written in, before a
        # period named earlier in the sentence, which is the plan's (round 23)
        year = doc.now
    elif (
        doc.now is not None
        and (ahead := _NEXT_YEAR_BEFORE.search(before, max(0, len(before) - 60))) is not None
        and not re.search(r"(?:19|20)\d\d", before[ahead.end() :])
    ):
        year = doc.now + 1  # `kinh phí năm tới dự kiến là X` in a news item: the year after its own (round 25)
    elif (named := _time_before(before, doc.now)) is not None:
        year, period = named[0], named[1]
    elif (after := _YEAR_AFTER.match(folded, amount.end)) is not None:
        if after.group(1):
            year = int(after.group(1))
        else:
            period = (int(after.group(2)), int(after.group(3)))
    elif part_of is not None and part_of.stated:
        year, period = part_of.year, part_of.period
    elif (years := _YEARS_OF_PERIOD.search(folded, sentence[0], sentence[1])) and (
        period := doc.years_before(int(years.group(1) or years.group(2)))
    ):
        pass
    else:
        time_stated = False
    # `… Kế hoạch giai đoạn 2016-2020 (93 tỷ đồng)`: the plan's own amount quoted in a review is its target.
    goal = GOAL_NAMED_BEFORE.search(before, max(0, len(before) - 80))
    clause = before[before.rfind(";") + 1 :]
    # (`Kinh phí … từ nguồn … đã phân bổ; tổng kinh phí giai đoạn 2023-2025 là X`: a clause after `;` that opens with the
    # total's words is a statement of its own, its tense not the sources' before it)
    # (`I. KẾT QUẢ THỰC HIỆN NĂM 2017` / `Năm 2017, UBND tỉnh bố trí 3.200 triệu đồng …`: what a section of results says
    # was allotted was spent)
    # (nor does an allotment over a period wholly before the text's own year: `Giai đoạn 2021-2023, tỉnh bố trí 45 tỷ
    # đồng` in a news item of 2024 looks back, review 27b; one past year's allotment stays its plan money, round 24)
    allotment_planned = doc.layout.section_kind(amount.start) != "baseline" and not (
        doc.now is not None and period is not None and period[1] < doc.now
    )
    cue = "target" if goal else _kind_cue(clause if _TOTAL_OPENS.match(clause) else before, allotment_planned)
    if (
        cue is None
        and _ALLOTTING_BEFORE.search(before, max(0, len(before) - 40))
        and _DISBURSED_SHARE_AFTER.search(folded, amount.end, sentence[1])
    ):
        # `Huyện bố trí 6,8 tỷ đồng cho các nhiệm vụ chuyển đổi số năm 2024; đến nay đã giải ngân 75% kế hoạch vốn`: the
        # money whose disbursement is measured after it is the year's capital plan (round 24's allotment; stop 27)
        cue = "target"
    if goal and doc.period and period is not None and not re.search(r"(?:19|20)\d\d", before[goal.start() :]):
        # `giai đoạn 2016-2018, tỉnh đã bố trí X, đạt 41% tổng kinh phí Kế hoạch (133 tỷ đồng)`: the plan's own amount
        # is for the plan's period, not for the part of it the sentence's result is of
        year, period = None, doc.period
    if (cue is None or not time_stated) and (main := _fronted_main_clause(folded, sentence, amount)) is not None:
        # `Từ nguồn kinh phí 8 tỷ đồng, năm 2019 tỉnh đã triển khai …`: the main clause's tense and time are the money's
        cue = cue or _kind_cue(main)
        if not time_stated and (named := _time_before(main, doc.now)) is not None:
            year, period, time_stated = named[0], named[1], True
    if not label and (ahead := _from_now_to(folded, amount, sentence)) is not None:
        # `… dành X cho … từ nay đến năm 2010`: the years ahead, from the text's own year to the one named.
        end, cue = ahead, "target"
        year, period, time_stated = (None, (doc.now, end), True) if doc.now and doc.now < end else (end, None, True)
    kind = cue
    if kind is None and part_of is not None:
        kind = part_of.kind
    if kind is None and time_stated:
        past = doc.past(year, period)
        kind = None if past is None else "baseline" if past else "target"
    if doc.is_report and kind in (None, "target"):
        # The part of a report about what comes next (`II. PHƯƠNG HƯỚNG NĂM 2019`): its goals are for the year
        # its heading names, also when the amount says `dự kiến` itself.
        ahead, heading_year = doc.ahead(amount.start)
        kind = "target" if ahead or kind else "baseline"
        if ahead and not time_stated and heading_year:
            year, time_stated = heading_year, True
    if kind is None and doc.ctx.genre == "news_mixed" and not doc.layout.section_kind(amount.start):
        # News of a look back and what comes next (`hội nghị tổng kết …`, then a director's goals): the amount
        # leans the way the words around it do, as every other value of such news does (`Layout.kind`).
        kind = doc.layout.kind(amount.start)
    if kind is None:
        kind = doc.layout.section_kind(amount.start) or "target"
    if (
        year is None
        and period is None
        and kind == "target"
        and (opened := _OPENING_YEAR.match(folded, _line_start(folded, amount.start)))
    ):
        # `Năm 2020, thành phố phấn đấu … . Ngân sách thành phố dự kiến bố trí X cho các nhiệm vụ này.`: money planned
        # in a line that opens with a year (not before the text's own) is for that year, as the line's goals are.
        if doc.now is None or int(opened.group(1)) >= doc.now:
            year = int(opened.group(1))
    elif (
        year is None
        and period is None
        and kind == "baseline"
        and (opened := _OPENING_YEAR.match(folded, _line_start(folded, amount.start)))
        and (doc.now is None or int(opened.group(1)) <= doc.now)
    ):
        # `Năm 2015, tỉnh phân bổ X …. Tính đến cuối năm, tổng số vốn đã giải ngân Y`: money spent in a line that opens
        # with a year is of that year, as the line's other results are (round 24, real9)
        year = int(opened.group(1))
    if year is None and period is None:
        if kind == "target" and doc.period:
            period = doc.period
        elif kind == "target" and doc.ctx.period_end and not doc.ctx.period_start:
            # a plan that names only its horizon (`Quy hoạch … đến năm 2020`): its money is for the years up to
            # it, from the time of writing when known (not for the horizon's one year)
            end = doc.ctx.period_end
            period = (doc.now, end) if doc.now and doc.now < end else (None, end)
        elif kind == "baseline" and doc.is_report and doc.ctx.period_end and doc.now and doc.ctx.period_end <= doc.now:
            period, year = doc.period, doc.ctx.period_end  # a report of a period, or of one year
        elif kind == "baseline":
            # `Trong năm 2019, … đã có các kết quả sau:` over `- Kinh phí bố trí … đạt X`: the year the list's opening
            # line names (of no later than the text), as every other item of the list is read
            year = _list_lead_year(doc, amount.start) or doc.now
        else:
            year = doc.ctx.default_year(kind) or _year_in_paragraph(doc, amount.start)
    return kind, year, period, time_stated or cue is not None


# A line that opens with one year (`Năm 2020, …`, `- Năm 2023: …`), lower case.
_OPENING_YEAR = re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?(?:trong\s*)?năm\s*{_YEAR}\s*[,:]")


def _is_plan_money_line(text: str, folded: str, line_at: int, at: int) -> bool:
    """Whether the line from `line_at` up to the amount at `at` is the plan's own money line (`_PLAN_MONEY_LINE`)."""
    line = _PLAN_MONEY_LINE.fullmatch(folded, line_at, at)
    if line is None:
        return False
    if sum(1 for _ in _PLAN_MONEY_LINES.finditer(folded)) > 1:
        return False
    if line.group("num"):
        return True
    heading = max((m.start() for m in _HEADING.finditer(text, max(0, line_at - 3000), line_at)), default=-1)
    return heading >= 0 and _MONEY_HEADING.match(folded, heading + 1) is not None


# Every such line of a text (see `_is_plan_money_line`): an amount right after the colon.
_PLAN_MONEY_LINES = re.compile(rf"(?m)^(?:{_PLAN_MONEY_LINE.pattern})\d")


def _line_start(folded: str, pos: int) -> int:
    return folded.rfind("\n", 0, pos) + 1


def _from_now_to(folded: str, amount: Amount, sentence: tuple[int, int]) -> int | None:
    """The year of a `từ nay đến năm Y` said of the amount: after it with no number between (`… X đồng cho các dự án
    … từ nay đến năm 2010`), or before it with no number between (`Từ nay đến năm 2025, tỉnh sẽ bố trí X`)."""
    after = _FROM_NOW_TO.search(folded, amount.end, sentence[1])
    if after is not None and not re.search(r"[\d;]", folded[amount.end : after.start()]):
        return int(after.group(1))
    before = max(_FROM_NOW_TO.finditer(folded, sentence[0], amount.start), key=lambda m: m.start(), default=None)
    if before is not None and not re.search(r"[\d;]", folded[before.end() : amount.start]):
        return int(before.group(1))
    return None


def _list_lead_year(doc: _Doc, pos: int) -> int | None:
    """The last year the opening line of the bullet list holding `pos` names, when it is not later than the text."""
    layout = doc.layout
    lead = _list_lead(layout, layout.sentence(pos)[0])
    years = layout._years("baseline", *lead) if lead else []
    return years[-1] if years and (doc.now is None or years[-1] <= doc.now) else None


def _year_in_paragraph(doc: _Doc, pos: int) -> int | None:
    """The last year named before `pos` in its paragraph, else in the headline (a target with no plan period)."""
    folded = doc.layout.folded
    for begin, end in ((folded.rfind("\n\n", 0, pos) + 1, pos), (0, max(0, folded.find("\n")))):
        found = [
            m
            for m in _ONE_YEAR.finditer(folded, begin, end)
            if not _MONTH_BEFORE.search(folded, m.start() - 12, m.start())
        ]
        if found:
            return int(found[-1].group(1))
    return None


def _sources_before(readings: list, begin: int, end: int) -> list[Amount]:
    """The amounts read as a source's part between `begin` and `end` (a sentence up to an amount), when every amount
    read there is one."""
    found = [(a, r) for a, r in readings if begin <= a.start < end]
    if any(r.indicator not in ("budget_central_mvnd", "budget_local_mvnd") for _, r in found):
        return []
    return [a for a, _ in found]


def extract_budget_facts(
    ctx: DocContext,
    numbers: Sequence[tuple[int, int]] | None = None,
    amounts: list[Amount] | None = None,
    layout: Layout | None = None,
) -> list[Fact]:
    """Budget amounts (see the module's rules). `numbers`, the text's number spans if known, saves a scan
    (see `find_money`); `amounts`, the text's money amounts if already read; `layout`, the document's Layout
    if already built (its sections and sentences)."""
    text = ctx.text
    if amounts is None:
        amounts = find_money(text, numbers)
    if in_words := find_money_words(text, amounts):  # `bốn tỷ hai trăm năm mươi triệu đồng`
        amounts = sorted([*amounts, *in_words], key=lambda a: a.start)
    if under_unit := find_money_under_unit_line(text, amounts):  # `Đơn vị tính: triệu đồng` over `- Tổng kinh phí: X`
        amounts = sorted([*amounts, *under_unit], key=lambda a: a.start)
    if not amounts:
        return []
    doc = _Doc(ctx, layout or Layout(ctx))
    folded = doc.layout.folded
    readings: list[tuple[Amount, _Reading]] = []
    claimed: dict[tuple[int, int], int] = {}  # per clause: text up to here belongs to an earlier amount
    list_head: tuple[str, str, int] | None = None  # a list by year read so far: indicator, rule, its end
    not_plans: set[float | None] = set()  # amounts a rule read but the text says are no plan's (one project …)
    for i, amount in enumerate(amounts):
        if (
            i + 1 < len(amounts)
            and _FROM_BEFORE.search(folded, max(0, amount.start - 8), amount.start)
            and (to := _CHANGED_TO.match(folded, amount.end)) is not None
            and to.end() == amounts[i + 1].start
        ):
            continue  # `điều chỉnh tổng kinh phí từ X lên Y`: X is replaced; Y is read with the words before X
        s_start, s_end = clause_bounds(text, amount.start, amount.end)
        seg_start = max(s_start, claimed.get((s_start, s_end), s_start))
        claimed[(s_start, s_end)] = amount.end
        if _COUNT_AFTER.match(text, amount.end) or _RECURRING_AFTER.match(text, amount.end):
            continue
        each = (
            _EACH_OF_YEARS.search(folded, max(seg_start, amount.start - 60), amount.start)
            if "mỗi" in folded[max(seg_start, amount.start - 20) : amount.start]
            else None
        )
        if each is None and _RECURRING.search(folded, seg_start, amount.start):  # in its clause, before it
            continue
        segment = folded[seg_start : amount.start]
        # (a plan figure quoted beside an amount is no whole that parts after it belong to: `…, đạt 78% so với kế
        # hoạch (400 tỷ đồng); trong đó vốn Trung ương …` are the parts of the amount spent)
        previous = next((r for _, r in reversed(readings) if not r.rule.endswith(".plan_figure")), None)
        label = each or _YEAR_LABEL.search(folded, max(seg_start, amount.start - 40), amount.start)
        if label is not None and not each and _ends_a_period(folded, label.end(1), seg_start):
            label = None  # `từ năm 2021 đến hết năm 2022 là X`: the end of a period, not a year's label (round 24)
        # A cue right after the amount names it (`18.975.000.000 đồng vốn ngân sách tỉnh`); otherwise the
        # last cue before it does (`ngân sách Trung ương hỗ trợ 4 tỷ đồng`).
        next_start = amounts[i + 1].start if i + 1 < len(amounts) else s_end
        after = re.split(r"[;.]", folded[amount.end : min(next_start, s_end)], maxsplit=1)[0]
        post = _cue_in(after[:40])
        pre = _cue_in(segment)
        if (
            pre is None
            and (this := _THIS_FIGURE.search(segment)) is not None
            and any(r.indicator == "budget_total_mvnd" for _, r in readings[-4:])
        ):
            # `Năm 2017, tỉnh đã chi 42,5 tỷ đồng …. Năm 2018, con số này là 58 tỷ đồng`: the total named back (round 23)
            pre = ("budget_total_mvnd", "budget.total", this.start(), this.end())
        if (
            pre is None
            and (line_at := _line_start(folded, amount.start))
            and _is_plan_money_line(text, folded, line_at, amount.start)
        ):
            # (offsets in `segment`, as `_cue_in` gives them; the topic words stand before the amount in its clause)
            topic = max(line_at, seg_start)
            pre = ("budget_total_mvnd", "budget.plan_money_line", topic - seg_start, amount.start - seg_start)
        rest = text[amount.end : s_end]
        # Only a cue that follows the amount directly (`… đồng vốn ngân sách tỉnh`), not one after a comma,
        # which introduces the next amount (`18.750.000.000 đồng, trong đó ngân sách Trung ương …`).
        if (
            not label
            and list_head is not None
            and (line := _line_start(folded, amount.start)) >= list_head[2]
            and _LIST_GAP.fullmatch(text, list_head[2], line)
            and _SUM_LINE.fullmatch(folded, line, amount.start)
            and (items := _list_items(readings, list_head[1] + ".by_year"))
        ):
            # `- Năm 2016: 8.500` … `- Năm 2019: 12.300` / `Cộng: 41.000`: the line summing a list by year is the amount
            # of the years listed, a period's (issue #11, round 23)
            first = items[0]
            period = (min(r.year for r in items), max(r.year for r in items))
            readings.append(
                (
                    amount,
                    _Reading(
                        first.indicator,
                        first.rule.removesuffix(".by_year") + ".sum_of_years",
                        _BULLET.match(text, line).end(),
                        amount.end,
                        first.kind,
                        None,
                        period,
                        True,
                    ),
                )
            )
            list_head = None
            continue
        if post and _DIRECTLY_AFTER.fullmatch(after[: post[2]]):
            indicator, rule, _, cue_end = post
            quote_start, quote_end = amount.start, amount.end + cue_end
            rule += ".after"
            claimed[(s_start, s_end)] = quote_end
        elif pre is not None and (
            _SPENDING_KIND.search(segment, pre[3]) or _SPENDING_KIND_IN_BRACKET.search(segment, pre[3])
        ):
            continue  # `… (ngân sách tỉnh), trong đó chi đầu tư 3.000 triệu đồng`: a part by kind of spending
        elif pre is not None:
            indicator, rule = pre[0], pre[1]
            quote_start, quote_end = seg_start + pre[2], amount.end
        elif (
            label
            and not _PARTS_FOLLOW.match(rest)
            and (head := _list_head(text, list_head, previous, label.start(), doc.ctx)) is not None
        ):
            indicator, rule = head[0], head[1] + ".by_year"
            quote_start, quote_end = max(seg_start, label.start()), amount.end
        elif (
            (topic := _MONEY_TOPIC.match(folded, _line_start(folded, amount.start))) is not None
            and not any(a.start < amount.start for a in amounts[max(0, i - 3) : i] if a.start >= topic.end())
            and _ALLOTTING.search(folded, topic.end(), amount.start)
        ):
            # `4. Kinh phí: giai đoạn 2016-2018, tỉnh đã bố trí 54,7 tỷ đồng, …`: the line's topic names the money, the
            # first amount of the line is what was (or is to be) allotted for IT as a whole
            indicator, rule = "budget_total_mvnd", "budget.total.topic_line"
            quote_start, quote_end = topic.start(), amount.end
        elif (
            readings
            and (allot := _ALLOTTED.search(folded, max(seg_start, amount.start - 60), amount.start)) is not None
            and 0 <= allot.start() - readings[-1][1].quote_end <= 300
            and "\n\n" not in folded[readings[-1][1].quote_end : allot.start()]
        ):
            # `Tổng kinh phí … khoảng 18,6 tỷ đồng …. Năm 2022 bố trí 3,5 tỷ đồng.`, `Phân kỳ đầu tư: năm 2020 bố trí 40 tỷ
            # đồng; giai đoạn 2021-2025 bố trí 245 tỷ đồng`: right after the plan's money, what a year or a part of the
            # period is allotted is that time's total
            indicator, rule = "budget_total_mvnd", "budget.total.allotted_after"
            quote_start, quote_end = allot.start(), amount.end
        elif _OF_WHICH.match(rest.lstrip(" ,(;:")) or _OF_WHICH.search(rest[:40]) or _PARTS_FOLLOW.match(rest):
            indicator, rule = "budget_total_mvnd", "budget.total_before_of_which"
            quote_start, quote_end = amount.start, amount.end
        elif (several := _FOR_SEVERAL.match(folded, amount.end)) is not None:
            indicator, rule = "budget_total_mvnd", "budget.total_for_several"
            quote_start, quote_end = amount.start, several.end()
            claimed[(s_start, s_end)] = quote_end
        elif (
            "," in folded[amount.end : amount.end + 25]
            and (main := _fronted_main_clause(folded, doc.layout.sentence(amount.start), amount)) is not None
            and _for_it_as_a_whole(main)
        ):
            # `Từ nguồn kinh phí 8 tỷ đồng, năm 2019 tỉnh đã triển khai nhiều nhiệm vụ ứng dụng CNTT`
            indicator, rule = "budget_total_mvnd", "budget.total_fronted"
            quote_start, quote_end = doc.layout.sentence(amount.start)[0], amount.end
        elif (
            previous is not None
            and i > 0
            and readings[-1][0] is amounts[i - 1]
            and readings[-1][1] is previous
            and seg_start in (amounts[i - 1].end, previous.quote_end)
            and (
                GOAL_NAMED_BEFORE.search(segment)
                # `… trên dưới 95 tỷ đồng, thấp hơn nhiều so với con số 150 tỷ đồng của Kế hoạch`: the plan's own figure,
                # named after it, that the amount before is measured against (issue #11, round 23)
                or (_OF_THE_PLAN_AFTER.match(folded, amount.end) and _COMPARED_WITH.search(segment))
            )
        ):
            # `… giai đoạn 2016-2020 là 312,5 tỷ đồng, đạt 78% so với kế hoạch (400 tỷ đồng)`: the plan's figure the
            # amount before is measured against, of the same thing (a target, see `_when`)
            indicator, rule = previous.indicator, previous.rule.split(".")[0] + ".plan_figure"
            named = GOAL_NAMED_BEFORE.search(segment)
            quote_start = seg_start + named.start() if named else amount.start
            quote_end = amount.end if named else _OF_THE_PLAN_AFTER.match(folded, amount.end).end()
        elif (
            len(parts := _sources_before(readings, doc.layout.sentence(amount.start)[0], amount.start)) >= 2
            and abs(sum(a.value for a in parts) - amount.value) < 0.5
            and "tổng" in folded[doc.layout.sentence(amount.start)[0] : parts[0].start]
        ):
            # `Tổng vốn của hai nguồn, trung ương (32 tỷ đồng) và địa phương (48 tỷ đồng), … là 80 tỷ đồng`: the sum of the
            # sources named before it, under a total's words (round 25)
            indicator, rule = "budget_total_mvnd", "budget.total_of_sources"
            quote_start, quote_end = seg_start + len(segment) - len(segment.lstrip(" ),;")), amount.end
        else:
            continue
        # Which amounts are no budget is asked only of those a rule read (most amounts have no cue at all).
        sentence = doc.layout.sentence(amount.start)
        sentence = (min(sentence[0], s_start), max(sentence[1], s_end))
        if (
            _not_a_budget(folded[sentence[0] : amount.start])
            or _in_a_list_of_works(text, folded, amount.start)
            # `Với tổng vốn gần 60 tỷ đồng, dự án xây dựng cầu … đặt mục tiêu …`: the main clause says what the
            # money opening the sentence is for, and it is no IT budget (one project, or not IT at all)
            or (
                rule != "budget.total_fronted"
                and (main := _fronted_main_clause(folded, sentence, amount)) is not None
                and not _for_it_as_a_whole(main)
            )
        ):
            not_plans.add(amount.value)
            continue
        if label:
            list_head = (indicator, rule.removesuffix(".by_year"), amount.end)
        elif not (list_head is not None and "\n" not in text[list_head[2] : amount.start]):
            # (a year's own parts on its line, `- Năm 2021: 30 tỷ đồng, trong đó ngân sách trung ương 10 tỷ đồng;`,
            # leave the list going on at the next year's line with the list's own money, round 24)
            list_head = None
        kind, year, period, stated = _when(doc, amount, quote_start, sentence, label, previous)
        if rule.endswith(".plan_figure") and kind != "target":
            # (the plan's figure named after the amount: a goal, for the plan's period when the text names none)
            kind = "target"
            if not stated or (period is None and year is None):
                year, period = (None, doc.period) if doc.period else (year, period)
        readings.append((amount, _Reading(indicator, rule, quote_start, quote_end, kind, year, period, stated)))
        if each is not None and year is not None and period is None:  # the first of the two years, the same amount
            first = int(each.group("first"))
            readings.append((amount, _Reading(indicator, rule, quote_start, quote_end, kind, first, None, stated)))
        if (
            pre is not None
            and rule in ("budget.central", "budget.local")
            and (whole_words := _WHOLE_FROM.search(segment, 0, pre[2])) is not None
            and not any(
                a is not amount and sentence[0] <= a.start < sentence[1] for a in amounts[max(0, i - 3) : i + 4]
            )
            and not _OF_WHICH.search(folded, amount.end, min(len(folded), amount.end + 80))
        ):
            start = seg_start + whole_words.start()
            whole = _Reading(
                "budget_total_mvnd", "budget.total_from_one_source", start, quote_end, kind, year, period, stated
            )
            readings.append((amount, whole))
        elif (
            rule in ("budget.total", "budget.plan_money_line")
            and (only := _ONE_SOURCE_AFTER.match(folded, amount.end)) is not None
            and (source := _cue_in(only.group(1))) is not None
            and source[0] != "budget_total_mvnd"
            and source[2] == 0
            and source[3] == len(only.group(1))
        ):
            # `Kinh phí thực hiện năm 2019 là 18.250 triệu đồng (ngân sách tỉnh)`: the total and its only source
            r = readings[-1][1]
            only_source = _Reading(
                source[0], source[1] + ".only", quote_start, only.end(), r.kind, r.year, r.period, r.stated
            )
            readings.append((amount, only_source))
        elif (
            rule in ("budget.total", "budget.plan_money_line")
            and (words := _AMOUNT_IN_WORDS_AFTER.match(folded, amount.end)) is not None
            and (frm := _FROM_ONE_SOURCE.match(folded, words.end())) is not None
            and (source := _cue_in(folded[frm.end() : frm.end() + 40])) is not None
            and source[0] != "budget_total_mvnd"
            and source[2] == 0
            and not any(
                a is not amount and a.start >= words.end() and a.start < sentence[1] for a in amounts[i : i + 4]
            )
        ):
            # `Kinh phí thực hiện: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng) từ ngân sách huyện`: the
            # total and its only source, the amount repeated in words between them (round 25)
            r = readings[-1][1]
            only_source = _Reading(
                source[0], source[1] + ".only", quote_start, frm.end() + source[3], r.kind, r.year, r.period, r.stated
            )
            readings.append((amount, only_source))
        elif (
            pre is not None
            and rule == "budget.total"
            # (the source's name may end past the first 40 characters when the kind of spending stands before it: `…
            # từ nguồn chi thường xuyên ngân sách tỉnh`, round 26)
            and (
                whole_from := post or (_cue_in(after[:64]) if "thường xuyên" in after or "sự nghiệp" in after else None)
            )
            is not None
            and whole_from[1] in ("budget.central", "budget.local")
            and _FROM_ONE_SOURCE.fullmatch(after[: whole_from[2]])
            # (`…, bố trí từ ngân sách tỉnh và nguồn Trung ương hỗ trợ`: two sources named, neither is the whole)
            and _cue_in(after[whole_from[3] :]) is None
            and not any(
                a is not amount
                and sentence[0] <= a.start < sentence[1]
                # (the parts by kind of spending in a bracket after the source are no other amount of it)
                and not _in_kinds_bracket(folded, amount.end + whole_from[3], a.start)
                for a in amounts[max(0, i - 3) : i + 4]
            )
        ):  # `Dự toán kinh phí: X đồng từ nguồn ngân sách tỉnh`: the total, all of it from one source
            source = _Reading(
                whole_from[0],
                whole_from[1] + ".whole_after",
                amount.start,
                amount.end + whole_from[3],
                kind,
                year,
                period,
                stated,
            )
            readings.append((amount, source))
        elif (
            pre is not None
            and pre[1] in ("budget.total", "budget.plan_money_line")
            and rule in ("budget.central.after", "budget.local.after")
            and not any(
                a is not amount and sentence[0] <= a.start < sentence[1] for a in amounts[max(0, i - 3) : i + 4]
            )
        ):  # `Tổng kinh phí …: X đồng từ ngân sách tỉnh`: the source's part read after it, and the total before it
            total = _Reading(
                "budget_total_mvnd",
                "budget.total.whole_before",
                seg_start + pre[2],
                amount.end,
                kind,
                year,
                period,
                stated,
            )
            readings.append((amount, total))
    _same_amount_same_time(readings)
    # A headline repeating an amount its lead says is one project's (`Trà Vinh đầu tư gần 48 tỷ đồng …` over
    # `dự án …, với tổng kinh phí gần 48 tỷ đồng`) is that project's money too, when it states no time or kind.
    readings = [(a, r) for a, r in readings if r.stated or a.value not in not_plans]
    return [_fact(ctx, amount, r) for amount, r in readings]


def _list_items(readings: list[tuple[Amount, _Reading]], rule: str) -> list[_Reading]:
    """The readings of the list by year read last (each of `rule`, with a year), in order, when it has two years
    or more."""
    items: list[_Reading] = []
    for _, r in reversed(readings):
        if r.rule != rule or r.year is None or r.period is not None:
            break
        items.insert(0, r)
    return items if len({r.year for r in items}) >= 2 else []


def _same_amount_same_time(readings: list[tuple[Amount, _Reading]]) -> None:
    """The same amount for the same indicator read again where the text states neither time nor kind (a
    headline repeating its lead) takes the time and kind of a reading that states them: one fact, not two."""
    stated: dict[tuple[str, float | None], _Reading] = {}
    for amount, r in readings:
        if r.stated:
            stated.setdefault((r.indicator, amount.value), r)
    for amount, r in readings:
        model = stated.get((r.indicator, amount.value))
        if not r.stated and model is not None:
            r.kind, r.year, r.period = model.kind, model.year, model.period


def _fact(ctx: DocContext, amount: Amount, r: _Reading) -> Fact:
    return Fact(
        doc_id=ctx.doc_id,
        source_file=ctx.source_file,
        indicator=r.indicator,
        kind=r.kind,
        scope="all",
        year=None if r.period else r.year,
        period_start=r.period[0] if r.period else None,
        period_end=r.period[1] if r.period else None,
        value=amount.value,
        low=amount.low,
        high=amount.high,
        qualifier=amount.qualifier,
        quote=ctx.text[r.quote_start : r.quote_end],
        char_start=r.quote_start,
        char_end=r.quote_end,
        rule=r.rule,
        value_start=amount.start,
        value_end=amount.end,
    )


# --- budget tables ----------------------------------------------------------------------------------
BUDGET_LINE_COLUMNS = [
    "doc_id",
    "source_file",
    "code",
    "parent_code",
    "row_type",
    "item",
    "lead_agency",
    "partner_agencies",
    "total_mvnd",
    "local_mvnd",
    "central_mvnd",
    "reconciled",
    "note",
    "quote",
    "char_start",
    "char_end",
]

_TABLE_START = re.compile(
    # (an appendix's `(Kèm theo Quyết định số … )` line may stand between its heading and its unit)
    r"(?:KHÁI\s*TOÁN|DỰ\s*TOÁN|KINH\s*PHÍ)[^\n]*\n+(?:[ \t]*\([^\n]*\)[ \t]*\n+)?\s*(?:Đơn\s*vị\s*tính|ĐVT)\s*:\s*([^\n]+)",
    re.IGNORECASE,
)
_TABLE_UNIT = re.compile(r"đơn\s*vị\s*tính|đvt\s*:")  # matched in lower case (`ĐVT: triệu đồng`, a sheet's)
_CODE_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\.?$")
# A group row numbered in Roman (`I`, `II.`): a category whose items are numbered 1, 2, … under it.
_ROMAN_LINE = re.compile(r"^([IVX]{1,4})\.?$")
_NUMBER_LINE = re.compile(rf"^(?:{NUMBER_PATTERN})$")
_TOTAL_LINE = re.compile(r"^(Tổng\s*(?:cộng|số)?(?:\s*\([^)]*\))?)\s*:?$", re.IGNORECASE)
_TABLE_END = re.compile(r"^(?:Tổng\s*kinh\s*phí\s*:|[IVX]+\.\s|Ghi\s*chú)", re.IGNORECASE)
_HEADER_CELLS = re.compile(
    r"^(?:Số\s*TT|STT|TT|Các\s*dự\s*án.*|Nội\s*dung.*|Tên\s*(?:dự\s*án|nhiệm\s*vụ).*|Đơn\s*vị\s*chủ\s*trì.*"
    r"|Đơn\s*vị\s*phối\s*hợp.*|Tổng\s*kinh\s*phí|Tổng|Chia\s*ra|Trong\s*đó|ĐP|TW|NSĐP|NSTW|Địa\s*phương|Trung\s*ương)$",
    re.IGNORECASE,
)


@dataclass
class BudgetLine:
    doc_id: str
    source_file: str
    code: str
    parent_code: str | None
    row_type: str  # category | item | total
    item: str
    lead_agency: str | None = None
    partner_agencies: str | None = None
    total_mvnd: float | None = None
    local_mvnd: float | None = None
    central_mvnd: float | None = None
    reconciled: bool = False
    note: str | None = None
    quote: str = ""
    char_start: int = 0
    char_end: int = 0
    numbers: list[float] = field(default_factory=list, repr=False)

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in BUDGET_LINE_COLUMNS}  # shallow: asdict would deep-copy `numbers`


def extract_budget_table(ctx: DocContext, folded: str | None = None) -> list[BudgetLine]:
    """Rebuild a flattened budget table, if the document has one. Returns [] when it has none.

    `folded` is the lower-cased text (same offsets), if the caller has it."""
    text = ctx.text
    # Most documents have no table: looking for its rare unit line first is far cheaper than for its heading
    # (`kinh phí` is everywhere), and every table start contains one. In lower case the engine can jump to it.
    unit = _TABLE_UNIT.search(folded if folded is not None else fold(text))
    if not unit:
        return []
    # A table's heading ends on the last written line above its unit line, and its words may be split over
    # that line and the written line before it (`KINH\nPHÍ`). So no table starts before the second written
    # line above the first unit line: the heading search begins there instead of at the top of the document.
    last_line = text.rfind("\n", 0, len(text[: unit.start()].rstrip())) + 1
    start = _TABLE_START.search(text, text.rfind("\n", 0, len(text[:last_line].rstrip())) + 1)
    if not start:
        return []
    factor = money_unit_factor(start.group(1))
    # Header: which of ĐP/TW comes first after `Tổng`.
    header = text[start.end() : start.end() + 600]
    dp_at = re.search(
        r"(?:^|[\t|])[ ]*(?:ĐP|NSĐP|(?:Ngân\s*sách\s*|NS\s+|Vốn\s*)?(?:Địa\s*phương|tỉnh))[ ]*(?:$|[\t|])",
        header,
        re.MULTILINE | re.IGNORECASE,
    )
    tw_at = re.search(
        r"(?:^|[\t|])[ ]*(?:TW|NSTW|(?:Ngân\s*sách\s*|NS\s+|Vốn\s*)?(?:Trung\s*ương|TW))[ ]*(?:$|[\t|])",
        header,
        re.MULTILINE | re.IGNORECASE,
    )
    columns = ("local", "central") if not (dp_at and tw_at) or dp_at.start() < tw_at.start() else ("central", "local")

    pos = start.end()
    lines = _table_cells(text, pos)
    rows: list[BudgetLine] = []
    current: BudgetLine | None = None
    group: str | None = None  # the Roman-numbered group row the items below belong to
    for i, (line, a, b) in enumerate(lines):
        if not line:  # an empty cell among a row's amounts: nothing in that column
            if current is not None and current.numbers:
                current.numbers.append(0.0)
            continue
        if _TABLE_END.match(line):
            break
        code = _CODE_LINE.match(line) or _ROMAN_LINE.match(line)
        # `12` could be a code or a small amount: a code is followed by the item's name, not a number.
        if code and (i + 1 >= len(lines) or _NUMBER_LINE.match(lines[i + 1][0])):
            code = None
        total = _TOTAL_LINE.match(line)
        if code or (total and current is not None):
            if current:
                rows.append(current)
            code_str = code.group(1) if code else "total"
            parent = code_str.rsplit(".", 1)[0] if code and "." in code_str else None
            if code and code_str[0] in "IVX":
                group = code_str
            elif code and group and parent is None:  # item `1` of group `II` → `II.1`
                code_str, parent = f"{group}.{code_str}", group
            row_type = "total" if total and not code else ("item" if parent else "category")
            current = BudgetLine(ctx.doc_id, ctx.source_file, code_str, parent, row_type, "" if code else line)
            current.char_start, current.char_end = a, b
            continue
        if current is None:
            continue  # still in the header
        if _NUMBER_LINE.match(line):
            current.numbers.append(parse_number(line) * factor)
        elif not current.item:
            current.item = line
        elif line.startswith(("-", "+", "•")):
            partner = line.lstrip("-+• ").strip()
            current.partner_agencies = f"{current.partner_agencies}; {partner}" if current.partner_agencies else partner
        elif current.lead_agency is None and not current.numbers:
            current.lead_agency = line
        else:
            current.item = f"{current.item} {line}"
        current.char_end = b
    if current:
        rows.append(current)
    rows = [r for r in rows if r.numbers]
    if not rows:
        return []
    for r in rows:
        r.quote = text[r.char_start : r.char_end]
        r.total_mvnd = round(r.numbers[0], 6)
        if len(r.numbers) >= 3:
            vals = dict(zip(columns, r.numbers[1:3], strict=True))
            r.local_mvnd, r.central_mvnd = round(vals["local"], 6), round(vals["central"], 6)
        elif len(r.numbers) == 1:
            r.local_mvnd = r.central_mvnd = None  # only a total: split unknown
    _reconcile(rows)
    # Categories without items are leaves too (Thái Bình's `5. Đào tạo …`): they keep row_type category.
    return rows


def _table_cells(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The cells of a budget table from `pos` on, one (text, start, end) per cell: a line each when the table is
    flattened one cell per line; a row of cells separated by tabs (a Word table, a ruled PDF table:
    analysis.formats) cell by cell. In a table of tab rows, the header repeated on a page the table runs onto goes
    by, as do the lines of no cells next to a page break (a running header, `Trang 2/3`); another line of no cells
    ends the table."""
    out: list[tuple[str, int, int]] = []
    # (a web page's table comes as `| a | b |` rows: read as a Word table's tab rows are)
    barred = re.search(r"^[ \t]*\|.*\|[ \t]*$", text[pos : pos + 400], re.MULTILINE) is not None
    tabbed = barred or "\t" in text[pos : pos + 400]
    sep = "|" if barred else "\t"
    header: list[str] | None = None
    for m in re.finditer(r"[^\n]+", text[pos:]):
        a, b = pos + m.start(), pos + m.end()
        if not m.group().strip():
            continue
        if tabbed and sep not in m.group():
            if "\f" in text[max(0, a - 160) : b + 160]:
                continue  # page furniture
            break
        cells, at = [], a
        row = m.group()
        if barred:  # the cells between the row's outer bars
            inner_start = row.index("|") + 1
            at, row = a + inner_start, row[inner_start : row.rindex("|")]
        for piece in row.split(sep):
            cells.append((piece.strip(), at, at + len(piece)))
            at += len(piece) + 1
        filled = [k for k, c in enumerate(cells) if c[0]]
        # an empty cell between two written ones keeps its place (`8.500\t\t8.500`: nothing from that source), as
        # an empty span; those at either end of the row go
        cells = [c for k, c in enumerate(cells) if c[0] or (filled and filled[0] < k < filled[-1])]
        if tabbed:
            names = [c[0] for c in cells if c[0]]
            if header is None:
                header = names
            elif names == header:
                continue  # the header repeated over a page break
        out += cells
    return out


def _reconcile(rows: list[BudgetLine]) -> None:
    """Place each lone number (a row with total + one other number) in ĐP or TW so that every category
    and the grand total add up in all three columns. Flags the table when no single placement works.

    Categories are solved one at a time (their items' lone cells only affect that category), then the
    category-level placements are combined against the grand total: a handful of cases each, never 2**n."""
    lone = [r for r in rows if len(r.numbers) == 2]
    lone_ids = {id(r) for r in lone}  # rows are told apart by identity (comparing dataclasses is slow)
    categories = [r for r in rows if r.row_type == "category"]
    groups: list[list[BudgetLine]] = []
    for cat in categories:
        members = [cat, *[r for r in rows if r.parent_code == cat.code]]
        groups.append([r for r in members if id(r) in lone_ids])
    grouped = {id(r) for g in groups for r in g}
    groups += [[r] for r in lone if id(r) not in grouped]  # lone cells outside any category
    # Placements of each group that make its own category add up.
    options: list[list[dict[int, tuple[float, float]]]] = []
    for group in groups:
        if len(group) > 12:
            options.append([])
            continue
        ok = []
        for placement in itertools.product(("local", "central"), repeat=len(group)):
            trial = {id(r): _split(r, side) for r, side in zip(group, placement, strict=True)}
            if _adds_up(rows, trial, only=group):
                ok.append(trial)
        options.append(ok)
    solutions = []
    if all(options) and _count(options) <= 4096:
        for combo in itertools.product(*options):
            trial = {k: v for part in combo for k, v in part.items()}
            if _adds_up(rows, trial):
                solutions.append(trial)
    if len(solutions) == 1:
        for r in lone:
            r.local_mvnd, r.central_mvnd = solutions[0][id(r)]
        for r in rows:
            r.reconciled = True
        return
    reason = "no placement of lone cells reconciles" if not solutions else "several placements reconcile"
    for r in rows:
        r.reconciled = False
        if id(r) in lone_ids:
            r.local_mvnd = r.central_mvnd = None
            r.note = f"lone cell {r.numbers[1]:g}: column unknown ({reason})"
    # Keep what can be checked without the lone cells: rows with all three numbers stay as read.
    for r in rows:
        if r.note is None:
            r.note = f"table does not reconcile: {reason}"


def _count(options: list[list]) -> int:
    n = 1
    for o in options:
        n *= len(o)
    return n


def _split(r: BudgetLine, side: str) -> tuple[float, float]:
    """(local, central) for a row whose one non-total number goes to `side`; the other cell was blank."""
    v = round(r.numbers[1], 6)
    return (v, 0.0) if side == "local" else (0.0, v)


def _adds_up(
    rows: list[BudgetLine], trial: dict[int, tuple[float, float]], only: list[BudgetLine] | None = None
) -> bool:
    """Do rows add up with the lone cells placed as in `trial`? With `only`, check just the rows of those
    cells and the category they belong to (the grand total is checked when all groups are combined)."""
    if only is not None:
        codes = {r.code if r.row_type == "category" else r.parent_code for r in only}
        only_ids = {id(r) for r in only}
        rows_in = [r for r in rows if r.code in codes or r.parent_code in codes or id(r) in only_ids]
        cats = [r for r in rows_in if r.row_type == "category"]
        return _check(rows_in, cats, trial, with_total=False, all_rows=rows)
    return _check(rows, [r for r in rows if r.row_type == "category"], trial, with_total=True, all_rows=rows)


def _check(rows, categories, trial, with_total: bool, all_rows) -> bool:
    def cols(r: BudgetLine) -> tuple[float, float, float] | None:
        if id(r) in trial:
            lo, ce = trial[id(r)]
        elif r.local_mvnd is not None and r.central_mvnd is not None:
            lo, ce = r.local_mvnd, r.central_mvnd
        else:
            return None
        return (r.total_mvnd or 0.0, lo, ce)

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 1e-6 * max(1.0, abs(a))

    for r in rows:
        c = cols(r)
        if c is not None and not close(c[0], c[1] + c[2]):
            return False
    for cat in categories:
        items = [r for r in all_rows if r.parent_code == cat.code]
        if not items:
            continue
        c, parts = cols(cat), [cols(i) for i in items]
        if c is None or any(p is None for p in parts):
            return False
        for k in range(3):
            if not close(c[k], sum(p[k] for p in parts)):  # type: ignore[index]
                return False
    if not with_total:
        return True
    for total in (r for r in rows if r.row_type == "total"):
        c, parts = cols(total), [cols(cat) for cat in categories]
        if c is None or any(p is None for p in parts):
            return False
        for k in range(3):
            if not close(c[k], sum(p[k] for p in parts)):  # type: ignore[index]
                return False
    return True
