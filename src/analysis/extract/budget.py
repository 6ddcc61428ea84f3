"""Budget facts (total, central, local) and budget tables (budget_lines).

Rules, in one place:

* **Totals in sentences.** Each money amount (`14.250.000.000đồng`, `15 tỷ 945 triệu đồng`, `4 tỷ đồng`,
  `25.600 triệu đồng`) is given the indicator of the last budget cue written before it in the same sentence
  (and after the previous amount): the cues are in `BUDGET_CUES`. An amount with no cue that stands before
  `trong đó` ("of which") is the total. Amounts with no cue are not facts.
* **Kind.** A plan's budget is a target (planned spending); an amount reported as spent (`đã chi`, `đã giải
  ngân`) is a baseline.
* **Year or period.** An amount about several years (a 2016-2020 plan's budget, `giai đoạn 2011-2015 đã đầu
  tư …`) has no year: `year` is empty and `period_start`/`period_end` are set. A period named before the amount
  in its sentence wins, then one year named there (`Tổng kinh phí năm 2018: …` → 2018); otherwise a target of a
  multi-year plan is for the plan's period, and a one-year plan's budget (or a baseline) has the document's
  year. A fact about one year leaves the period columns empty.
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

from analysis.extract.engine import fold
from analysis.extract.facts import DocContext, Fact, clause_bounds
from analysis.vietnamese import NUMBER_PATTERN, Amount, find_money, parse_number

__all__ = ["BUDGET_CUES", "BUDGET_LINE_COLUMNS", "BudgetLine", "extract_budget_facts", "extract_budget_table"]

# indicator, rule name, the words that announce it. Order matters only for readability.
BUDGET_CUES: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "budget_central_mvnd",
        "budget.central",
        re.compile(
            r"(?:ngân\s*sách|kinh\s*phí|vốn|nguồn)\s*(?:do\s*|của\s*|hỗ\s*trợ\s*(?:từ\s*)?)?(?:Trung\s*ương|TW)\b"
            r"|Trung\s*ương\s*hỗ\s*trợ",
            re.IGNORECASE,
        ),
    ),
    (
        "budget_local_mvnd",
        "budget.local",
        re.compile(
            r"(?:ngân\s*sách|kinh\s*phí|vốn|nguồn)\s*(?:của\s*)?(?:địa\s*phương|tỉnh\b|ĐP\b)"
            r"|(?:ngân\s*sách|kinh\s*phí)\s*(?:và\s*)?(?:các\s*)?nguồn\s*(?:vốn\s*)?(?:hợp\s*pháp\s*)?khác",
            re.IGNORECASE,
        ),
    ),
    (
        "budget_total_mvnd",
        "budget.total",
        re.compile(
            r"tổng\s*(?:số\s*)?(?:kinh\s*phí|vốn|nguồn\s*vốn|mức\s*(?:đầu\s*tư|kinh\s*phí)|dự\s*toán|cộng)"
            r"|(?:nguồn\s*vốn|kinh\s*phí|vốn)\s*(?:đầu\s*tư\s*)?(?:thực\s*hiện|cho)\s*(?:kế\s*hoạch|đề\s*án)",
            re.IGNORECASE,
        ),
    ),
]
_OF_WHICH = re.compile(r"trong\s*đó", re.IGNORECASE)
_DIRECTLY_AFTER = re.compile(r"\s*(?:vốn|nguồn|từ|bằng)?\s*", re.IGNORECASE)
_SPENT = re.compile(r"đã\s*(?:chi|giải\s*ngân|sử\s*dụng|bố\s*trí\s*và\s*chi)", re.IGNORECASE)
# A period or one year named before an amount, in its sentence (`giai đoạn 2011-2015`, `năm 2018`; not
# `đến năm 2020`, which ends a period rather than naming one year).
_PERIOD_BEFORE = re.compile(r"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")
_ONE_YEAR_BEFORE = re.compile(r"(?<!đến\s)(?<!tới\s)năm\s*((?:19|20)\d{2})(?!\d)(?!\s*[-–—]\s*\d)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"tháng\s*\d{1,2}\s*$", re.IGNORECASE)
# Per-year allocations (`năm 2017: 5 tỷ`) are not plan totals.
_PER_YEAR = re.compile(r"năm\s*\d{4}\s*[:,]?\s*$|mỗi\s*năm\s*$|hàng\s*năm\s*$", re.IGNORECASE)


def _cue_in(segment: str) -> tuple[str, str, int, int] | None:
    """The last budget cue in `segment`: (indicator, rule, start, end)."""
    best = None
    for indicator, rule, cue in BUDGET_CUES:
        for m in cue.finditer(segment):
            if best is None or m.start() > best[2]:
                best = (indicator, rule, m.start(), m.end())
    return best


def _year_or_period(ctx: DocContext, kind: str, before: str) -> tuple[int | None, int | None, int | None]:
    """(year, period_start, period_end) of an amount, from the words before it in its sentence (`before`).

    A period named there (`giai đoạn 2011-2015 đã đầu tư …`) makes it a multi-year amount; a single year
    named there (`Tổng kinh phí năm 2018: …`) makes it that year's. Otherwise a planned amount (target) of a
    multi-year plan is for the plan's whole period, and anything else has the document's default year."""
    period = _PERIOD_BEFORE.findall(before)
    if period:
        start, end = (int(y) for y in period[-1])
        if start < end:
            return None, start, end
    # Not the year of a date (`ngày 12 tháng 5 năm 2016`).
    one_year = [m for m in _ONE_YEAR_BEFORE.finditer(before) if not _MONTH_BEFORE.search(before, 0, m.start())]
    if one_year:
        return int(one_year[-1].group(1)), None, None
    if kind == "target" and ctx.period_start and ctx.period_end and ctx.period_start < ctx.period_end:
        return None, ctx.period_start, ctx.period_end
    return ctx.default_year(kind), None, None


def extract_budget_facts(
    ctx: DocContext, numbers: Sequence[tuple[int, int]] | None = None, amounts: list[Amount] | None = None
) -> list[Fact]:
    """Budget amounts named by a cue (`numbers`, the text's number spans if known, saves a scan; see
    `find_money`; `amounts`, the text's money amounts if already read)."""
    text = ctx.text
    facts: list[Fact] = []
    if amounts is None:
        amounts = find_money(text, numbers)
    claimed: dict[tuple[int, int], int] = {}  # per sentence: text up to here belongs to an earlier amount
    for i, amount in enumerate(amounts):
        s_start, s_end = clause_bounds(text, amount.start, amount.end)
        seg_start = max(s_start, claimed.get((s_start, s_end), s_start))
        claimed[(s_start, s_end)] = amount.end
        segment = text[seg_start : amount.start]
        # `năm 2017: 5 tỷ` in a multi-year plan is one year's allocation, not the plan's total.
        if _PER_YEAR.search(segment[-20:]) and not (ctx.period_start and ctx.period_start == ctx.period_end):
            continue
        # A cue right after the amount names it (`18.975.000.000 đồng vốn ngân sách tỉnh`); otherwise the
        # last cue before it does (`ngân sách Trung ương hỗ trợ 4 tỷ đồng`).
        next_start = amounts[i + 1].start if i + 1 < len(amounts) else s_end
        after = re.split(r"[;.]", text[amount.end : min(next_start, s_end)], maxsplit=1)[0]
        post = _cue_in(after[:40])
        # Only a cue that follows the amount directly (`… đồng vốn ngân sách tỉnh`), not one after a comma,
        # which introduces the next amount (`18.750.000.000 đồng, trong đó ngân sách Trung ương …`).
        if post and _DIRECTLY_AFTER.fullmatch(after[: post[2]]):
            indicator, rule, _, cue_end = post
            quote_start, quote_end = amount.start, amount.end + cue_end
            claimed[(s_start, s_end)] = quote_end
        else:
            pre = _cue_in(segment)
            if pre is None:
                rest = text[amount.end : s_end]
                if not (_OF_WHICH.match(rest.lstrip(" ,(;:")) or _OF_WHICH.search(rest[:40])):
                    continue
                indicator, rule = "budget_total_mvnd", "budget.total_before_of_which"
                quote_start = amount.start
            else:
                indicator, rule = pre[0], pre[1]
                quote_start = seg_start + pre[2]
            quote_end = amount.end
        kind = "baseline" if _SPENT.search(text[s_start : amount.start]) else "target"
        year, period_start, period_end = _year_or_period(ctx, kind, text[s_start : amount.start])
        facts.append(
            Fact(
                doc_id=ctx.doc_id,
                source_file=ctx.source_file,
                indicator=indicator,
                kind=kind,
                scope="all",
                year=year,
                period_start=period_start,
                period_end=period_end,
                value=amount.value,
                qualifier=amount.qualifier,
                quote=text[quote_start:quote_end],
                char_start=quote_start,
                char_end=quote_end,
                rule=rule + (".after" if quote_start == amount.start and quote_end > amount.end else ""),
                value_start=amount.start,
                value_end=amount.end,
            )
        )
    return facts


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
    r"(?:KHÁI\s*TOÁN|DỰ\s*TOÁN|KINH\s*PHÍ)[^\n]*\n+\s*Đơn\s*vị\s*tính\s*:\s*([^\n]+)", re.IGNORECASE
)
_TABLE_UNIT = re.compile(r"đơn\s*vị\s*tính")  # matched in lower case
_CODE_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\.?$")
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


def _unit_factor(unit: str) -> float:
    unit = unit.lower()
    if "tỷ" in unit or "tỉ" in unit:
        return 1000.0
    if "nghìn" in unit or "ngàn" in unit:
        return 0.001
    if "triệu" in unit:
        return 1.0
    return 1e-6  # đồng


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
    factor = _unit_factor(start.group(1))
    # Header: which of ĐP/TW comes first after `Tổng`.
    header = text[start.end() : start.end() + 600]
    dp_at = re.search(r"^\s*(?:ĐP|NSĐP|Địa phương)\s*$", header, re.MULTILINE | re.IGNORECASE)
    tw_at = re.search(r"^\s*(?:TW|NSTW|Trung ương)\s*$", header, re.MULTILINE | re.IGNORECASE)
    columns = ("local", "central") if not (dp_at and tw_at) or dp_at.start() < tw_at.start() else ("central", "local")

    pos = start.end()
    lines = [(m.group().strip(), pos + m.start(), pos + m.end()) for m in re.finditer(r"[^\n]+", text[pos:])]
    lines = [ln for ln in lines if ln[0]]
    rows: list[BudgetLine] = []
    current: BudgetLine | None = None
    for i, (line, a, b) in enumerate(lines):
        if _TABLE_END.match(line):
            break
        code = _CODE_LINE.match(line)
        # `12` could be a code or a small amount: a code is followed by the item's name, not a number.
        if code and (i + 1 >= len(lines) or _NUMBER_LINE.match(lines[i + 1][0])):
            code = None
        total = _TOTAL_LINE.match(line)
        if code or (total and current is not None):
            if current:
                rows.append(current)
            code_str = code.group(1) if code else "total"
            parent = code_str.rsplit(".", 1)[0] if code and "." in code_str else None
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
