"""Indicator tables flattened into text lines: a header with one column per year, then one line per indicator.

Plans and decisions give their `Chỉ tiêu` as a table; a text copy keeps one line per row, its cells split by
`|`, by tabs or by runs of spaces:

    | STT | Chỉ tiêu | Đơn vị | Năm 2018 | Năm 2019 | Năm 2020 |
    | 1 | Tỷ lệ văn bản trao đổi dưới dạng điện tử … | % | 60 | 75 | 90 |

Each number under a year column is a fact of the row's indicator for that column's year. The row's label is read
with the dimensions' own cues (a percent rule when the row is a share: its unit is `%` or it opens with `Tỷ lệ`;
otherwise a count rule, tried on `N <label>` as a sentence would write it, `Số dịch vụ … mức độ 4` → `40 dịch vụ …
mức độ 4`). The level is the one the label names (`Tỷ lệ UBND cấp xã …` → commune), else all. The kind is the
section's (a column of a year before the document's is a baseline); the year is the column's.

A table with a column per level instead (`| Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã |`, a city's `Cấp thành phố |
Cấp quận, huyện | Cấp phường, xã`, blocks `Khối tỉnh`, with or without a column for the whole, `Tổng số`, `Toàn
tỉnh`: all) gives one fact per cell, of the column's level, its kind and year those of the cell's place (its
section's); the sentence rules' reading of such a cell (no level) is dropped.

A results table has a plan column and a result column instead of years (`| Chỉ tiêu | Đơn vị | Kế hoạch | Thực
hiện | Tỷ lệ % |`, also `KH`/`TH`, `Mục tiêu`, `Kết quả`, `Ước thực hiện`): each row gives the plan's target and the
result (a baseline), both for the year the result is for (named in the cell, else read as a baseline's year at
the cell: its section heading's, else the document's). A ratio column (`Tỷ lệ %`, `So sánh`) gives no fact.

Rows of money are budget tables (a unit of money, `Đơn vị: triệu đồng`, in the lines above the header or in its
cells), read here too: the `Tổng cộng` row gives the period's total from the header's total column (`Tổng cộng`,
`Tổng số`, `Cả giai đoạn`: multi-year, its period the header's first to last year, no year) and one total per year
column; a row naming a source (`Ngân sách tỉnh`, `Ngân sách Trung ương`, `Vốn TW`, read with the budget cues of
`budget.py`) gives that source's part the same way. Other rows (items, categories) are parts: no facts. A row
with one cell fewer than the header (its `TT` left blank) is read aligned on the right.

A budget table with no year columns (`| TT | Nội dung | Kinh phí |`, its unit in the caption or a line above:
`Bảng 1. Dự toán kinh phí năm 2019 (đơn vị: triệu đồng)`) has one amount column: its `Tổng cộng` row gives the
total (and a source's row that source's part) for the time its caption names (`năm 2019` → that year; `giai đoạn
2016-2020` → that period, multi-year), else for the document's period. Columns of sources right of the amount column
(`Tổng kinh phí | Ngân sách trung ương | Ngân sách tỉnh`, a decision's appendix) give the total row's parts too, when
they add up to its total; the header repeated on a page the table runs onto resumes the table (its unit and caption
were above its first page). Rows are read aligned on the right (a
total row often leaves its `TT` blank), and the table ends at the first line that is no row of it.

A staffing table with a row per level and a column per degree (`Cấp | Tổng số | Thạc sĩ | Đại học | Cao đẳng | Trung
cấp`, under a caption or header that names IT staff, `cán bộ CNTT`) gives each cell as the count of its column's
degree (`Tổng số`: all IT staff) at its row's level (`Cấp tỉnh`, `Khối huyện`, …; `Cộng`, `Tổng cộng`, `Toàn tỉnh`:
all), of the kind and year of its place.

A budget table with a row per year and a column per source (`Năm | Tổng kinh phí | Ngân sách Trung ương | Ngân sách
tỉnh`) gives each cell as its column's amount for its row's year, and the `Tổng cộng` row each column's amount for
the rows' years together (multi-year).

Tables as OCR gives them (a scanned page read by Tesseract, `formats.py`: cells split by a tab where the gap was a
column's) are read too: blank lines and page breaks (`\f`) between rows go by; a row that lost a cell or two (its
`STT` or unit cell empty or unread) is read aligned on the right when its year cells are all numbers; a row label
wrapped over lines of its own keeps the table going, the lines above the numbers (after the last blank line) and
those just below them completing a label that names nothing alone; a garbled line of tab cells between rows goes
by, while a short line of other cells or a note (ending in `.`, `:`) ends the table. A header of years and the first
row on one line (`…\t2020 1\tTỷ lệ …`) are cut apart, as is a by-year header with the first row's year glued to its
last cell (`…\tNgân sách tỉnh 2018\t12.400…`); a state-and-goal header wrapped over two lines (`Hiện trạng\tMục
tiêu đến` / `(năm 2017)\tnăm 2020`) makes each row's last two cells the state (baseline) and the goal (target) of
those years.

Tables as converters give them in a plain text (issue #11, round 21): a table pasted one cell per line is put back into
rows before (unwrap.py, `rebuild_cell_rows`: its breaks become tabs) and read as a Word table's rows. pdftotext's
column layout (cells apart by runs of spaces) is read as tab rows are: a row's number and the first words of its label
on a line of their own (`3    Tỷ lệ cơ quan nhà nước có cán bộ`) open the row whose numbers come on a later line,
and a label's words under a row that had its numbers (`      dạng điện tử giữa …`) end that row's label; a state-and-
goal header wrapped over two lines, a header's period wrapped under its `Giai đoạn` cell (`2022-2024`), a page number
or footer at a page break (`3`, `Trang 7`, then `\f`), `Trong đó:` over a budget table's source rows and a Markdown
table's rule (`|---|---|`) go by. A budget table's `Ghi chú` column may be empty (a row a cell short of the header is
then read without it), and a web page's `| |` cells stay in their columns. A transposed table (`| Năm | Số dịch vụ
… mức độ 3 | Tỷ lệ … (%) |`, then a row per year) gives each cell as its column's indicator for its row's year.
"""

from __future__ import annotations

import itertools
import re

from analysis.extract.budget import BUDGET_CUES
from analysis.extract.engine import (
    _LEVEL_PAIR,
    SCOPE_CUES,
    YEAR_ITEM_LEAD,
    CountRule,
    Layout,
    PercentRule,
    _make_fact,
    fold,
)
from analysis.extract.facts import DocContext, Fact
from analysis.vietnamese import Amount, parse_number

__all__ = ["extract_indicator_tables"]

# A cell separator: a bar, a tab, or two spaces or more.
_SEP = re.compile(r"\s*\|\s*|\s*\t\s*| {2,}")
_YEAR_CELL = re.compile(r"(?:năm\s*)?((?:19|20)\d\d)", re.IGNORECASE)
# A plan's state column beside its year columns (`| Hiện trạng năm 2020 | Năm 2023 | Năm 2025 |`): a column of that
# year whose cells are baselines (the state the plan starts from), whatever the year of the plan.
_STATE_CELL = re.compile(r"(?:hiện\s*trạng|thực\s*trạng)\s*\(?\s*(?:năm\s*)?((?:19|20)\d\d)\s*\)?", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?")
# A cell of a share's row written as a fraction of the units (`12/14`), or of a count's row with its unit (`2 người`).
# (`| 180/209 xã |`: the units' word after the fraction, stop 27 review)
_FRACTION_CELL = re.compile(
    r"(\d{1,5})\s*/\s*(\d{1,5})(?:\s+(?:xã|phường|huyện|sở|đơn vị|cơ quan|ubnd|ủy ban)(?:,?\s*(?:phường|thị trấn|ngành))*)?",
    re.IGNORECASE,
)
_COUNTED_CELL = re.compile(r"(\d{1,3}(?:\.\d{3})*|\d+) (?:người|cán bộ|công chức|đơn vị|cơ quan|dịch vụ|xã|điểm)")
_SHARE_LABEL = re.compile(r"\s*tỷ lệ", re.IGNORECASE)
# (OCR may leave a few specks of a table's erased rules before a label: `X2 8 3 \` Số dịch vụ …`.)
_COUNT_LABEL = re.compile(r"\s*(?:[^\s\w]{1,2}\s+|\w{1,2}\s+){0,4}?(?:tổng\s+)?số(?:\s+lượng)?\s+", re.IGNORECASE)
_MONEY = re.compile(r"đồng|kinh phí|tổng cộng|vốn", re.IGNORECASE)
# A unit of money (lower case), in the lines just above a table's header or in its cells.
_MONEY_UNIT = re.compile(
    r"(?:đơn\s*vị(?:\s*tính)?\s*:?|đvt\s*:?|\()\s*"
    r"(?:(tỷ|tỉ)\s*(?:đồng|vnđ|đ\b)|(?:triệu|tr\.?)\s*(?:đồng|vnđ|đ\b)|trđ|tr\.đ|(nghìn|ngàn)\s*(?:đồng|vnđ|đ\b)|(đồng|vnđ))"
)
_TOTAL_COLUMN = re.compile(r"\s*(?:tổng|cộng|cả\s*giai\s*đoạn|giai\s*đoạn|toàn\s*giai\s*đoạn)")
_TOTAL_ROW = re.compile(r"\s*(?:tổng\s*(?:cộng|số|kinh\s*phí|vốn|nhu\s*cầu)?|cộng)\s*(?:\(|:|$)")
_CODE_COLUMN = re.compile(r"\s*(?:s[ốo]\s*tt|s?tt)\.?\s*$")
# A results table's columns (`| Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ % |`): the plan's figure (a target)
# and the result (a baseline) of the same year; a ratio or comparison column (`Tỷ lệ %`, `So sánh`) is no fact.
# A plan's own table of its state and goals (`| Chỉ tiêu | Đơn vị | Hiện trạng 2015 | Mục tiêu 2020 |`, `Hiện trạng
# (năm 2017)`, `Mục tiêu đến năm 2020`) is read the same way: the state a baseline, the goal a target, each of the
# year its cell names.
# (a unit in brackets after it, `Kết quả năm 2020 (%)`, `Mục tiêu 2025 (dịch vụ)`, is the values' unit)
_CELL_UNIT = r"(?:\s*\((?:đvt\s*:?\s*)?(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)\))?\s*$"
_CELL_YEAR = r"(?:\s*\(?\s*(?:(?:đến\s*)?(?:hết\s*|cuối\s*)?năm\s*|đến\s*)?(?P<y>(?:19|20)\d\d)\s*\)?)?" + _CELL_UNIT
# (`Chỉ tiêu năm 2023` beside `Kết quả năm 2022`: a goal column by that word alone when it names its year; a bare
# `Chỉ tiêu` heads the labels, round 26)
_PLAN_CELL = re.compile(
    r"\s*(?:(?:chỉ\s*tiêu\s*)?(?:kế\s*hoạch|kh|mục\s*tiêu)"
    r"|chỉ\s*tiêu(?:\s*giao)?(?=\s*\(?\s*(?:(?:đến\s*)?(?:hết\s*|cuối\s*)?năm\s*|đến\s*)?(?:19|20)\d\d))" + _CELL_YEAR
)
# (a result of part of the year, `Thực hiện 6 tháng`, `Ước thực hiện cả năm`, `Thực hiện quý III`: the state of the
# year as of the report, as a report of six months reads its text's results; stop 27 review)
_RESULT_CELL = re.compile(
    r"\s*(?:kết\s*quả\s*)?(?:ước\s*)?(?:thực\s*hiện|th|kết\s*quả|đạt\s*được|hiện\s*trạng)"
    r"(?:\s*(?:(?P<part>(?:6|sáu|9|chín)\s*tháng(?:\s*đầu\s*năm)?|quý\s*(?:[ivx]{1,3}|[1-4]))|cả\s*năm))?" + _CELL_YEAR
)
# A result column's head in words, with no year (`Kết quả`, `Kết quả thực hiện`, `Hiện trạng (%)`).
# (Not a bare `Thực hiện`, which in a plan's table may head who carries a task out.)
_WORDED_RESULT_CELL = re.compile(r"\s*(?:kết\s*quả(?:\s*thực\s*hiện|\s*đạt\s*được)?|hiện\s*trạng)" + _CELL_UNIT)
# A plan's or a result's column whose year OCR misread (a digit read as a sign or a letter: `năm 201?`, `2O1S`, or a
# year no plan has: `Mục tiêu 2320`): its cells are no fact (their year is unknown), the table's other columns are.
_UNREAD_YEAR_CELL = re.compile(
    r"\s*(?:(?P<plan>(?:chỉ\s*tiêu\s*)?(?:kế\s*hoạch|mục\s*tiêu))|(?:kết\s*quả\s*)?(?:thực\s*hiện|hiện\s*trạng))"
    r"\s*\(?\s*(?:(?:đến\s*(?:hết\s*)?|cuối\s*)?năm\s*)?(?:(?:19|20)\d[^\d\s()]|2[1-9]\d\d|\d\s+\d{3})\s*\)?\s*$"
)
# A plan adjusting an earlier one sets the figures side by side (`| Chỉ tiêu | Kế hoạch đã ban hành | Điều chỉnh |`,
# `Trước điều chỉnh | Sau điều chỉnh`, `Chỉ tiêu cũ | Chỉ tiêu mới`): the adjusted column is the goal (a target); the
# replaced one is no fact (README, round 10), and the sentence rules' reading of its cells is dropped too.
_REPLACED_CELL = re.compile(
    r"\s*(?:chỉ\s*tiêu\s*|kế\s*hoạch\s*)?(?:đã\s*(?:ban\s*hành|phê\s*duyệt|giao)|trước\s*điều\s*chỉnh|ban\s*đầu|cũ)"
    + _CELL_YEAR
)
_ADJUSTED_CELL = re.compile(
    r"\s*(?:(?:chỉ\s*tiêu\s*|kế\s*hoạch\s*)?(?:sau\s*)?điều\s*chỉnh(?:\s*,?\s*bổ\s*sung)?|(?:chỉ\s*tiêu|kế\s*hoạch)\s*mới)"
    + _CELL_YEAR
)
_ROW_SOURCES = [(indicator, cue) for indicator, _, cue in BUDGET_CUES if indicator != "budget_total_mvnd"]


def _budget_row(label: str) -> tuple[str, str] | None:
    """The indicator and rule a money table's row label names (`Tổng cộng` → the total; one source's words → that
    source's part), or None when it names none or several."""
    if _TOTAL_ROW.match(label):
        return "budget_total_mvnd", "table.budget.total"
    found = [indicator for indicator, cue in _ROW_SOURCES if cue.match(label)]
    if len(found) != 1:
        return None
    return found[0], "table.budget." + found[0].removeprefix("budget_").removesuffix("_mvnd")


# The amount column of a budget table with no year columns (`Kinh phí`, `Thành tiền`, `Dự toán`, `Tổng`), lower case.
_AMOUNT_COLUMN = re.compile(
    r"\s*(?:tổng\s*)?(?:kinh\s*phí|thành\s*tiền|số\s*tiền|dự\s*toán|khái\s*toán|tổng\s*mức|vốn|tổng\s*cộng|tổng\s*số|tổng)"
    r"(?:\s*(?:dự\s*kiến|thực\s*hiện|đầu\s*tư))?\s*(?:\([^()]*\))?\s*$"
)
# The time a budget table's caption names (lower case): a period, else one year.
_CAPTION_PERIOD = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
_CAPTION_YEAR = re.compile(r"năm\s*((?:19|20)\d\d)(?!\s*[-–—]\s*\d)")


# A staffing table's columns by degree (folded header cells), in the order they are tried.
_DEGREE_COLUMNS = (
    ("it_staff_postgraduate_count", re.compile(r"\s*(?:thạc\s*sĩ|tiến\s*sĩ|trên\s*đại\s*học|sau\s*đại\s*học)\s*")),
    ("it_staff_university_count", re.compile(r"\s*đại\s*học\s*")),
    ("it_staff_college_count", re.compile(r"\s*cao\s*đẳng\s*")),
    ("it_staff_vocational_count", re.compile(r"\s*trung\s*cấp\s*")),
    ("it_staff_count", re.compile(r"\s*(?:tổng\s*(?:số|cộng)?|số\s*(?:lượng|cán\s*bộ|người))\s*")),
)
_IT_STAFF = re.compile(r"cntt|công\s*nghệ\s*thông\s*tin")
# A cell that names the whole province, not one level: a column beside the levels' (`Tổng số`, `Toàn tỉnh`) or the
# total row of a table by level (`Cộng:`).
_WHOLE_CELL = re.compile(r"\s*(?:tổng(?:\s*(?:số|cộng))?|cộng|toàn\s*(?:tỉnh|thành\s*phố)|cả\s*tỉnh|chung)\s*:?\s*")


def _degree_columns(folded: str, cells: list[tuple[int, int]], start: int) -> dict[int, str]:
    """Column index → staffing indicator, for a header with a column per degree (two degrees or more) of a table
    about IT staff (the header or the two lines above it name CNTT)."""
    columns = {}
    for i, (a, b) in enumerate(cells):
        for indicator, rx in _DEGREE_COLUMNS:
            if rx.fullmatch(folded, a, b):
                columns[i] = indicator
                break
    if sum(ind != "it_staff_count" for ind in columns.values()) < 2 or min(columns) == 0:
        return {}
    above = max(0, folded.rfind("\n", 0, max(0, folded.rfind("\n", 0, max(0, start - 1)))))
    return columns if _IT_STAFF.search(folded, above, cells[-1][1]) else {}


def _degree_row(
    ctx: DocContext, layout: Layout, cells: list[tuple[int, int]], columns: dict[int, str], start: int, end: int
) -> list[Fact] | None:
    """The facts of one row of a staffing table by level and degree, or None when the line is no such row."""
    text, folded = ctx.text, layout.folded
    label = folded[cells[0][0] : cells[0][1]]
    if _WHOLE_CELL.fullmatch(label):
        scope = "all"
    else:
        levels = [lvl for lvl, rx in SCOPE_CUES.items() if rx.search(label)]
        if len(levels) != 1:
            return None
        scope = levels[0]
    facts = []
    for i, indicator in columns.items():
        if i >= len(cells):
            break
        a, b = cells[i]
        if not _NUMBER_CELL.fullmatch(text[a:b]):
            continue
        kind = layout.kind(a)
        amount = Amount(parse_number(text[a:b]), a, b, unit="count")
        year = layout.year(kind, a)
        facts.append(
            _make_fact(ctx, layout, indicator, "table.level.degree", amount, start, end, kind, scope, year, (a, b))
        )
    return facts


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-empty cells of the line text[start:end]."""
    line = text[start:end]
    if "|" not in line and "\t" not in line and "  " not in line:  # no separator: one cell (most lines)
        return [(start, end)] if line.strip() else []
    spans, at = [], start
    for sep in _SEP.finditer(text, start, end):
        if sep.start() > at:
            spans.append((at, sep.start()))
        at = sep.end()
    if at < end:
        spans.append((at, end))
    out = []
    for a, b in spans:  # (a line's indent, a page break's `\f` before its first cell: no part of the cell)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _placed_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]] | None:
    """The cells of a Word, spreadsheet or web table's row with its empty cells in their places (an empty span where
    a cell is empty: not stated, never a reason to shift the cells after it), or None when the row has no empty cell
    or its cells' places are not known: a row of tabs whose cells reach the header's width, or whose first cell is
    the empty one (its cells counted from the left), or a `|` row (a web page's: always a full row)."""
    line = text[start:end]
    if "|" in line:
        inner = line.strip()
        if not (inner.startswith("|") and inner.endswith("|")) or "\t" in line:
            return None
        a = start + line.index("|") + 1
        b = start + line.rindex("|")
        sep = "|"
    elif "\t" in line:
        a, b, sep = start, end, "\t"
    else:
        return None
    spans, at = [], a
    for piece in text[a:b].split(sep):
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        spans.append((at + lead, at + lead + len(body)))
        at += len(piece) + 1
    filled = [i for i, (x, y) in enumerate(spans) if y > x]
    if not filled or len(filled) == len(spans):
        return None  # no empty cell among the row's cells
    trimmed = spans[: filled[-1] + 1]
    if len(trimmed) > width:
        return None
    if len(spans) >= width or sep == "|" or spans[0][1] == spans[0][0]:
        return (spans + [(b, b)] * width)[:width]
    return None


_INDICATOR_HEAD = re.compile(r"(?:các\s*)?chỉ\s*tiêu(?:\s*chủ\s*yếu)?|tên\s*chỉ\s*tiêu", re.IGNORECASE)


def _year_columns(text: str, cells: list[tuple[int, int]]) -> dict[int, int]:
    """Column index → year, for a header line with two years or more in increasing order."""
    years = {}
    for i, (a, b) in enumerate(cells):
        if m := _YEAR_CELL.fullmatch(text[a:b].strip()) or _STATE_CELL.fullmatch(text[a:b].strip()):
            years[i] = int(m.group(1))
    values = list(years.values())
    if len(values) >= 2 and all(x < y for x, y in itertools.pairwise(values)):
        return years
    # One year's column in an indicator table's header (`| Cấp | Chỉ tiêu | Đơn vị | Năm 2020 |`): its cells are of
    # that year, as a column of a table by year is.
    # (Not a plan's or a results table's column: `Hiện trạng 2016 | Mục tiêu 2020`, `Kết quả năm 2018` are theirs.)
    if (
        len(values) == 1
        and len(cells) >= 2
        and _YEAR_CELL.fullmatch(text[slice(*cells[next(iter(years))])].strip())
        and any(_INDICATOR_HEAD.fullmatch(text[a:b].strip()) for a, b in cells)
        and not any(
            _PLAN_CELL.fullmatch(c) or _RESULT_CELL.fullmatch(c) for c in (text[a:b].strip().lower() for a, b in cells)
        )
    ):
        return years
    return {}


# The values' head of a table of two columns whose caption says what they are (`Kết quả đến cuối năm 2018` over
# `Chỉ tiêu | Tỷ lệ`; two such tables side by side, results and goals)
_VALUES_HEAD = re.compile(r"\s*(?:tỷ\s*lệ(?:\s*\(?%\)?)?|giá\s*trị|số\s*liệu|số\s*lượng|%)\s*")


def _caption_column(text: str, folded: str, cells: list[tuple[int, int]], above: tuple[int, int]) -> tuple | None:
    """The line above a two-column header `Chỉ tiêu | Tỷ lệ` when it is the caption naming the values' kind and year
    (`Kết quả đến cuối năm 2018`, `Mục tiêu đến năm 2020`): read as the values' column head."""
    a, b = above
    if "\t" in text[a:b] or not _INDICATOR_HEAD.fullmatch(text[slice(*cells[0])].strip()):
        return None
    if not _VALUES_HEAD.fullmatch(folded, *cells[1]):
        return None
    m = _RESULT_CELL.fullmatch(folded, a, b) or _PLAN_CELL.fullmatch(folded, a, b)
    return (a, b) if m and m.group("y") else None


def _two_column_head(text: str, cells: list[tuple[int, int]]) -> bool:
    """A table of two columns, the indicators and one year's or one result's figures (`Chỉ tiêu | Năm 2020`, `Chỉ
    tiêu | Kết quả năm 2022`), as a sheet of one year's figures gives it. (Two cells are read as a header only so:
    a line of two cells is otherwise a layout's, the issuer beside the motto.)"""
    first, second = (text[a:b].strip() for a, b in cells)
    second = second.lower()
    return bool(
        _INDICATOR_HEAD.fullmatch(first)
        and (_YEAR_CELL.fullmatch(second) or _RESULT_CELL.fullmatch(second) or _PLAN_CELL.fullmatch(second))
    )


def _level_columns(folded: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """Column index → level, for a header with a column per level (`| Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã |`,
    a city's `Cấp thành phố | Cấp quận, huyện | Cấp phường, xã`): two levels or more, each named alone in its cell."""
    columns, whole = {}, {}
    for i, (a, b) in enumerate(cells):
        cell = folded[a:b]
        if len(cell) > 40:
            continue
        if _WHOLE_CELL.fullmatch(cell):  # `Tổng số`, `Toàn tỉnh`: the whole's column, beside the levels'
            whole[i] = "all"
            continue
        if _LEVEL_PAIR.search(cell):
            continue
        levels = [lvl for lvl, rx in SCOPE_CUES.items() if rx.search(cell)]
        if len(levels) == 1:
            columns[i] = levels[0]
    if len(columns) < 2 or len(set(columns.values())) != len(columns) or min(columns) == 0:
        return {}
    if len(whole) == 1 and min(whole) > 0:
        columns.update(whole)
    return dict(sorted(columns.items()))


def _plan_result_columns(folded: str, cells: list[tuple[int, int]]) -> dict[int, tuple[str, int | None]]:
    """Column index → (kind, year named in the cell or None), for a header with a plan column and a result column."""
    columns = {}
    for i, (a, b) in enumerate(cells):
        if m := _REPLACED_CELL.fullmatch(folded, a, b):
            columns[i] = ("replaced", int(m.group("y")) if m.group("y") else None)
        elif m := _ADJUSTED_CELL.fullmatch(folded, a, b):
            columns[i] = ("adjusted", int(m.group("y")) if m.group("y") else None)
        elif m := _PLAN_CELL.fullmatch(folded, a, b):
            columns[i] = ("target", int(m.group("y")) if m.group("y") else None)
        elif m := _RESULT_CELL.fullmatch(folded, a, b):
            columns[i] = ("baseline", int(m.group("y")) if m.group("y") else None)
    unread = set()
    for i, (a, b) in enumerate(cells):  # a year OCR could not read (`Hiện trạng (năm 201?)`, `Mục tiêu 2320`)
        if i not in columns and (m := _UNREAD_YEAR_CELL.fullmatch(folded, a, b)):
            columns[i], unread = ("target" if m.group("plan") else "baseline", None), unread | {i}
    if unread and len(columns) == len(unread):
        return {}
    # A bare year's column before the goals' (`| Chỉ tiêu | Năm 2023 | Chỉ tiêu năm 2025 |`: a plan's last year beside
    # its goal): the state of that year, a baseline (stop 27 review; before round 26 it was read as a table by year).
    if columns and all(k == "target" and y is not None for k, y in columns.values()):
        first_goal = min(y for _, y in columns.values())
        for i, (a, b) in enumerate(cells):
            if i not in columns and (m := _YEAR_CELL.fullmatch(folded[a:b].strip())) and int(m.group(1)) < first_goal:
                columns[i] = ("baseline", int(m.group(1)))
        columns = dict(sorted(columns.items()))
    if 0 in columns and len(columns) > 1 and len(folded[slice(*cells[0])].strip()) <= 2:
        del columns[0]  # the row numbers' head misread (`TH` for `TT`): the labels' side, no column of figures
    if not columns or min(columns) == 0:
        return {}
    if {k for k, _ in columns.values()} == {"target", "baseline"}:
        return {i: ("unread", None) if i in unread else c for i, c in columns.items()}
    if unread:
        return {}
    if {k for k, _ in columns.values()} == {"replaced", "adjusted"}:
        return columns
    # A report's one result column naming its year (`| Chỉ tiêu | Đơn vị tính | Kết quả năm 2018 | Ghi chú |`): its
    # cells are the results (baselines) of that year.
    if len(columns) == 1 and all(k == "baseline" and y is not None for k, y in columns.values()):
        return columns
    # … or naming none in words (`| Nội dung | Đơn vị tính | Kết quả |`): the results as of the text (round 24, lead;
    # not a lone `TH`, which may head anything; a table of two columns is read by its caption, `_caption_column`)
    if len(columns) == 1 and len(cells) >= 3 and all(k == "baseline" for k, _ in columns.values()):
        if _WORDED_RESULT_CELL.fullmatch(folded, *cells[next(iter(columns))]):
            return columns
    # A table of two columns, the labels and one goal naming its year (`| Chỉ tiêu | Mục tiêu đến năm 2020 |`, a
    # caption `Mục tiêu đến năm 2020` over `Chỉ tiêu | Tỷ lệ`): its cells are the goals of that year.
    if len(cells) == 2 and all(k == "target" and y is not None for k, y in columns.values()):
        return columns
    # Columns of one kind, each naming its year (`| Mục tiêu năm 2019 | Mục tiêu năm 2020 |`, `Kết quả thực hiện năm
    # 2017 | … năm 2018`, as a header over two rows gives them made one): each of its kind, of its year.
    years = [y for _, y in columns.values()]
    if len(columns) >= 2 and None not in years and all(x < y for x, y in itertools.pairwise(years)):
        return columns
    return {}


# A column of notes (`Ghi chú`) right of the values: a second number there (`(năm 2017: 60%)`, `Riêng cấp xã đạt 85%`)
# is the row's indicator again, of the year or level the note names; a row whose note is empty has a cell fewer.
_NOTES_CELL = re.compile(r"\s*ghi\s*chú\s*")
# A column of levels left of the labels (`| Cấp | Chỉ tiêu | … |`): each row is of the level in its first cell (a
# cell merged over several rows: the rows under it, which a PDF gives without that cell).
_LEVEL_HEAD = re.compile(r"\s*(?:cấp(?:\s*hành\s*chính|\s*quản\s*lý)?|khối|phạm\s*vi)\s*")
_NOTE_YEAR = re.compile(r"năm\s*((?:19|20)\d\d)")
# A money row in a table of indicators (`| Kinh phí chi cho ứng dụng CNTT | triệu đồng | 9.850 |`): the total spent.
_SPENDING_ROW = re.compile(r"\s*(?:tổng\s*)?(?:kinh\s*phí|vốn|ngân\s*sách)\b")
_ROW_MONEY_UNIT = re.compile(r"\s*(?:(tỷ|tỉ)|(triệu|tr\.?)|(nghìn|ngàn))(?:\s+\S{1,2})?\s*(?:đồng|vnđ|đ)\s*$")


def _level_head(folded: str, cells: list[tuple[int, int]], first_value: int) -> int | None:
    """The column of a header that heads the rows' levels (`Cấp`): the first cell, or one right of the labels and
    left of the values (`| Chỉ tiêu | Cấp | Năm 2015 | Năm 2016 |`, the indicator's cell merged down over its
    levels' rows), else None."""
    return next((i for i in range(min(first_value, len(cells))) if _LEVEL_HEAD.fullmatch(folded, *cells[i])), None)


def _percent_rule(rules: list[PercentRule], label: str) -> PercentRule | None:
    hits = [(r, m) for r in rules if (m := r.cue.search(label))]
    hits = [(r, m) for r, m in hits if not any(o.refines == r.indicator for o, _ in hits)]
    return max(hits, key=lambda h: h[1].end())[0] if hits else None


# A count after a tab in a list of goals or results (`Dịch vụ công trực tuyến mức độ 4 ⇥ 450 dịch vụ`, Word's numbered
# list with its values at a tab stop; a text box's name and figure): the figure and the unit it counts in.
_LIST_COUNT = re.compile(r"\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*\.?\s*")


def _list_count(
    ctx: DocContext, layout: Layout, count_rules: list[CountRule], cells: list[tuple[int, int]], start: int, end: int
) -> list[Fact]:
    """A line of two cells, an indicator's label and a count with its unit: the label's count (of the kind and year
    of its place, as a sentence's), `| Cán bộ chuyên trách CNTT | 55 người |` as `55 cán bộ chuyên trách CNTT`."""
    text = ctx.text
    m = _LIST_COUNT.fullmatch(text, *cells[1])
    label = fold(text[slice(*cells[0])]).strip()
    if m is None or _MONEY.search(fold(m.group(2))) or not label or _NUMBER_CELL.fullmatch(label):
        return []
    rule = _count_rule(count_rules, label)
    if rule is None or not rule.indicator:
        return []
    a, b = m.span(1)
    kind = layout.kind(a)
    amount = Amount(parse_number(text[a:b]), a, b, unit="count")
    scope = layout.scope("", label) or "all"
    return [
        _make_fact(
            ctx,
            layout,
            rule.indicator,
            f"table.list.{rule.name}",
            amount,
            start,
            end,
            kind,
            scope,
            layout.year(kind, a),
            (a, b),
        )
    ]


# A count's label on a line of its own, ending with a colon (`Số dịch vụ công trực tuyến mức độ 4:`), then its values
# line by line, each after its year (`- Năm 2021: 200 dịch vụ;`): a road map by year, as a table with a column per
# year gives it (round 24, lead).
_LABEL_LINE = re.compile(r"[ \t]*(?:[-+•*][ \t]*|\d{1,2}[.)][ \t]*|[a-zđ][.)][ \t]*)?([^\n:%]{8,120}):[ \t]*")
_COLON_AT_LINE_END = re.compile(r":[ \t]*\n")
_YEAR_COUNT_LINE = re.compile(
    YEAR_ITEM_LEAD + r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d%,./])"
    r"[ \t]*(?P<unit>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})?[ \t]*[;.,]?[ \t]*$",
    re.I,
)


def extract_year_lists(ctx: DocContext, count_rules: list[CountRule], layout: Layout) -> list[Fact]:
    """The counts of a road map by year under their label (see _LABEL_LINE): each a fact of its line's year, of the
    kind of its place, read by the count rule that reads `7 <label>`."""
    text, facts = ctx.text, []
    if "năm" not in layout.folded or ":\n" not in text:
        return []
    for colon in _COLON_AT_LINE_END.finditer(text):
        at = colon.end()
        if not _YEAR_COUNT_LINE.match(text, at, _line_end(text, at)):
            continue  # (most labels head no road map: the label and the rules are looked at only over one)
        label = _LABEL_LINE.fullmatch(text, text.rfind("\n", 0, colon.start()) + 1, at - 1)
        if label is None:
            continue
        rule = _count_rule(count_rules, fold(label.group(1)).strip())
        if rule is None or not rule.indicator or rule.scale != 1.0:
            continue
        while at < len(text) and (m := _YEAR_COUNT_LINE.match(text, at, _line_end(text, at))) is not None:
            a, b = m.span("n")
            kind = layout.kind(a)
            amount = Amount(parse_number(m.group("n")), a, b, unit="count")
            scope = layout.scope("", fold(label.group(1))) or "all"
            facts.append(
                _make_fact(ctx, layout, rule.indicator, f"list.year.{rule.name}", amount, label.start(1), m.end(),
                           kind, scope, int(m.group("y")), (a, b))
            )  # fmt: skip
            at = _line_end(text, at) + 1
    return facts


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _count_rule(rules: list[CountRule], label: str) -> CountRule | None:
    """The count rule that reads `7 <label>` (the label without its `Số`) as 7."""
    words = _COUNT_LABEL.sub("", label, count=1)
    sentence = f"có 7 {words}"
    for rule in rules:
        if rule.zero or (rule.context is not None and not rule.context.search(sentence)):
            continue
        m = rule.pattern.search(sentence)
        if m and m.group("n") == "7" and m.start("n") == 3:
            return rule
    return None


# A header of years and the first row on one OCR line (the header wrapped, its second line level with the row): the
# last year and the row's number are one cell (`…\t2019\t2020 1\tTỷ lệ …\t%\t60\t75\t90`).
_MERGED_HEADER = re.compile(
    r"\t(?:năm\s*)?(?:19|20)\d\d\t(?:năm\s*)?(?:19|20)\d\d( )\S{1,2}\t[^\t\n]*[^\W\d_][^\t\n]*\t", re.I
)


# The same in a table with a row per year (`Năm\tTổng kinh phí\t…\tNgân sách tỉnh 2018\t12.400\t3.000\t9.400`): the
# first row's year is glued to the header's last cell.
_MERGED_YEAR_HEADER = re.compile(r"(?:năm|thời gian)\t[^\n]*[^\W\d_]( )(?:19|20)\d\d(?:\t[ \d.,]+)+$", re.I | re.M)


def _split_merged_header(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`lines` with each line that holds a header and the first row cut in two: after the last year of a header of
    years, before the first row's year of a table by year."""
    out = []
    for start, end in lines:
        m = _MERGED_HEADER.search(text, start, end)
        if m is not None and _NUMBER_CELL.fullmatch(text[text.rfind("\t", start, end) + 1 : end].strip()):
            out += [(start, m.start(1)), (m.end(1), end)]
        elif (m := _MERGED_YEAR_HEADER.match(text, start, end)) is not None:
            out += [(start, m.start(1)), (m.end(1), end)]
        else:
            out.append((start, end))
    return out


# A plan's table of its state and goals whose header OCR gave wrapped (`Đơn vị\tHiện trạng\tMục tiêu đến` /
# `TT\tChỉ tiêu\ttính\t(năm 2017)\tnăm 2020`, the cells' order kept, their columns lost): the state's column and the
# goal's, each of the year under it, are the row's last two cells.
_STATE_WORD = re.compile(r"hiện\s*trạng|thực\s*hiện|kết\s*quả")
_GOAL_WORD = re.compile(r"mục\s*tiêu|kế\s*hoạch")
_HEAD_YEAR = re.compile(r"năm\s*((?:19|20)\d\d)")
_WIDE = 100  # the width given to such a header: its rows are read aligned on the right
_ROW_CODE = re.compile(r"\s*\d{1,2}[.)]?\s+(?=[^\W\d_])")


def _wrapped_plan_header(
    folded: str, lines: list[tuple[int, int]], at: int
) -> tuple[dict[int, tuple[str, int | None]], int] | None:
    """Columns (counted from the right of _WIDE) and the index of the line after the header, for a state-and-goal
    header on one line or wrapped over two; None for other lines."""
    start, end = lines[at]
    if end - start > 120:
        return None
    state, goal = _STATE_WORD.search(folded, start, end), _GOAL_WORD.search(folded, start, end)
    if state is None or goal is None or folded[start:end].rstrip().endswith("."):
        return None
    cell = max(start, folded.rfind("\t", start, state.start()) + 1, folded.rfind("  ", start, state.start()) + 2)
    if folded[cell : state.start()].strip():
        return None  # the state's word opens a cell: no sentence's word
    after = at + 1
    years = [int(y) for y in _HEAD_YEAR.findall(folded, min(state.end(), goal.end()), end)]
    if len(years) < 2 and at + 1 < len(lines):
        a, b = lines[at + 1]
        if folded.count("\n", end, a) == 1 and b - a <= 120 and ("\t" in folded[a:b] or "  " in folded[a:b].strip()):
            years += [int(y) for y in _HEAD_YEAR.findall(folded, a, b)]
            after = at + 2
    if len(years) != 2 or years[0] >= years[1] or state.start() > goal.start():  # the state's year, then the goal's
        return None
    return {_WIDE - 2: ("baseline", years[0]), _WIDE - 1: ("target", years[1])}, after


# A results table whose header is two rows: a year over each group of a plan and a result column (`| TT | Chỉ tiêu |
# ĐVT | Năm 2018 | Năm 2019 |` over `| Kế hoạch | Thực hiện | Kế hoạch | Thực hiện |`; a PDF's text layer may give the
# rows the other way round, the spanning cells' line after the other's). Each plan cell is a target of the year above
# it, each result cell a baseline of that year.
_PLAN_WORD = re.compile(r"kế\s*hoạch|\bkh\b|mục\s*tiêu")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _two_row_plan_header(
    text: str, folded: str, lines: list[tuple[int, int]], at: int
) -> tuple[dict[int, tuple[str, int | None]], int] | None:
    """Columns (counted from the right of _WIDE) and the index of the line after the header, for a header of years
    over groups of plan and result columns on two lines (either first); None for other lines."""
    if at + 1 >= len(lines):
        return None
    (s1, e1), (s2, e2) = lines[at], lines[at + 1]
    if "\t" not in folded[s1:e1] + folded[s2:e2] and "|" not in folded[s1:e1] + folded[s2:e2]:
        return None
    if folded.count("\n", e1, s2) > 2 or e1 - s1 > 200 or e2 - s2 > 200:
        return None
    if not (_PLAN_WORD.search(folded, s1, e2) and _YEAR_WORD.search(folded, s1, e2)):
        return None
    for (ys, ye), (ks, ke) in (((s1, e1), (s2, e2)), ((s2, e2), (s1, e1))):
        ycells, kcells = _cells(text, ys, ye), _cells(text, ks, ke)
        years: list[int] = []
        for a, b in reversed(ycells):  # the year cells end the line
            if not (m := _YEAR_CELL.fullmatch(folded[a:b].strip())):
                break
            years.insert(0, int(m.group(1)))
        if len(years) < 2 or any(x >= y for x, y in itertools.pairwise(years)):
            continue
        kinds: list[str] = []
        for a, b in reversed(kcells):
            if _PLAN_CELL.fullmatch(folded, a, b):
                kinds.insert(0, "target")
            elif _RESULT_CELL.fullmatch(folded, a, b):
                kinds.insert(0, "baseline")
            else:
                break
        group = len(kinds) // len(years)
        if group < 2 or group * len(years) != len(kinds):
            continue
        if set(kinds[:group]) != {"target", "baseline"} or kinds != kinds[:group] * len(years):
            continue
        n = len(kinds)
        return {_WIDE - n + j: (kind, years[j // group]) for j, kind in enumerate(kinds)}, at + 2
    return None


def _level_cell(folded: str, a: int, b: int) -> str | None:
    """The level a cell of a column of levels names alone (`Cấp tỉnh`; `Toàn tỉnh`, `Tổng cộng`: all), else None."""
    cell = folded[a:b]
    if _WHOLE_CELL.fullmatch(cell):
        return "all"
    if len(cell) > 40 or _LEVEL_PAIR.search(cell):
        return None
    found = [lvl for lvl, rx in SCOPE_CUES.items() if rx.search(cell)]
    return found[0] if len(found) == 1 else None


def _money_factor(units: str) -> float | None:
    """Million đồng per unit of a row's unit cell (`triệu đồng` 1, `tỷ đồng` 1000), None for no unit of money."""
    if not (m := _ROW_MONEY_UNIT.fullmatch(units)):
        return None
    return 1000.0 if m.group(1) else 1.0 if m.group(2) else 0.001


def _spending_row(
    ctx: DocContext,
    layout: Layout,
    cells: list[tuple[int, int]],
    header: dict,
    kinds: dict[int, tuple[str, int | None]],
    shift: int,
    label: str,
    units: str,
    start: int,
    end: int,
) -> list[Fact]:
    """A results table's row of money (`| Kinh phí chi cho ứng dụng CNTT | triệu đồng | 9.850 |`): the total spent
    (or a source's part, `Ngân sách tỉnh`) in each plan or result column, of the column's kind and year."""
    factor = _money_factor(units)
    if factor is None or not _SPENDING_ROW.match(label):
        return []
    named = _budget_row(label)
    indicator, rule = named if named else ("budget_total_mvnd", "table.budget.total")
    facts = []
    for i in header:
        a, b = cells[i - shift]
        if not _NUMBER_CELL.fullmatch(ctx.text[a:b]) or kinds[i][0] in ("unread", "partial"):
            continue
        kind, year = kinds[i][0], kinds[i][1] or layout.year("baseline", a)
        if kind in ("replaced", "adjusted"):  # an adjusted plan's money: the new amount only, of the plan's year
            kind, year = "target", kinds[i][1] or layout.year("target", a)
            rule = (
                rule.replace("table.", "table.replaced.", 1)
                if kinds[i][0] == "replaced"
                else rule.replace("table.replaced.", "table.", 1)
            )
        amount = Amount(round(parse_number(ctx.text[a:b]) * factor, 6), a, b, unit="million_vnd")
        facts.append(_make_fact(ctx, layout, indicator, rule, amount, start, end, kind, "all", year, (a, b)))
    return facts


_NOTE_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _note_facts(
    ctx: DocContext,
    layout: Layout,
    cell: tuple[int, int],
    kinds: dict[int, tuple[str, int | None]],
    rule: PercentRule | CountRule | None,
    label: str,
    units: str,
    scope: str,
    start: int,
    end: int,
) -> list[Fact]:
    """A second value of a row in its notes (`(năm 2017: 60%)`: the year named; `Riêng cấp xã đạt 85%`: the level
    named), for a results table with one result column: its unit the row's, its kind the column's for the column's
    year (a year before it: a baseline; after it: a target)."""
    if len(kinds) != 1:
        return []
    ((kind, year),) = kinds.values()
    if kind == "partial":  # a result of part of the year: a state, but no money
        if rule is None:
            return []
        kind = "baseline"
    a, b = cell
    folded, text = layout.folded, ctx.text
    years = [(m.start(1), m.end(1), int(m.group(1))) for m in _NOTE_YEAR.finditer(folded, a, b)]
    numbers = [m for m in _NOTE_NUMBER.finditer(text, a, b) if not any(s <= m.start() < e for s, e, _ in years)]
    if len(years) > 1 or len(numbers) != 1 or _LEVEL_PAIR.search(folded, a, b):
        return []
    named = [lvl for lvl, rx in SCOPE_CUES.items() if rx.search(folded[a:b])]
    if not years and len(named) != 1:
        return []
    n = numbers[0]
    if not _NUMBER_CELL.fullmatch(n.group()):
        return []
    percent = text[n.end() : n.end() + 2].lstrip().startswith("%")
    note_year = years[0][2] if years else year
    if year is not None and note_year != year:
        kind = "baseline" if note_year < year else "target"
    scope = named[0] if len(named) == 1 else scope
    if rule is None:  # a row of money: the total spent (or a source's part)
        factor = _money_factor(units)
        if factor is None or percent or not _SPENDING_ROW.match(label):
            return []
        indicator, name = _budget_row(label) or ("budget_total_mvnd", "table.note.budget.total")
        amount = Amount(round(parse_number(n.group()) * factor, 6), n.start(), n.end(), unit="million_vnd")
        return [
            _make_fact(ctx, layout, indicator, name, amount, start, end, kind, "all", note_year, (n.start(), n.end()))
        ]
    share = isinstance(rule, PercentRule)
    if share != percent or (share and rule.scopes is not None and scope not in rule.scopes):
        return []
    value = parse_number(n.group())
    if share and value > 100:
        return []
    amount = Amount(value, n.start(), n.end(), unit="percent" if share else "count")
    return [
        _make_fact(
            ctx,
            layout,
            rule.indicator,
            f"table.note.{rule.name}",
            amount,
            start,
            end,
            kind,
            scope,
            note_year,
            (n.start(), n.end()),
        )
    ]


_LEVEL_WORDS = re.compile(r"mức\s*độ\s*[1-4](?:\s*(?:,|và|-)\s*[1-4])?", re.IGNORECASE)


def _label_line(text: str, cells: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a line is part of a row label wrapped by OCR: short, one or two cells, no figure, no sentence's end
    (a note under the table, `Ghi chú: …`, ends it)."""
    line = text[start:end].strip()  # (a pdftotext line's indent is no part of it)
    words = _LEVEL_WORDS.sub("", line)  # (`mức độ 4` ending a wrapped label is no figure)
    return (
        len(cells) <= 2
        and sum(b - a for a, b in cells) <= 60
        and line[-1:] not in ".:;"
        and not any(ch.isdigit() for ch in words)
    )


def _label_after(text: str, lines: list[tuple[int, int]], at: int) -> str:
    """The words of a row label that OCR wrapped onto the lines after its row (up to two, no blank line between)."""
    words = []
    for start, end in lines[at + 1 : at + 3]:
        if text.count("\n", lines[at][1], start) != 1 or not _label_line(text, _cells(text, start, end), start, end):
            break
        words.append(text[start:end].strip())
        at += 1
    return " ".join(words)


def _numbers_right(text: str, cells: list[tuple[int, int]], n: int) -> bool:
    """Whether the last n cells are numbers (a percent sign allowed) and at least one cell stands before them."""
    if len(cells) <= n:
        return False
    return all(_NUMBER_CELL.fullmatch(text[a:b].rstrip("% ")) for a, b in cells[-n:])


def _row_rule(
    percent_rules: list[PercentRule], count_rules: list[CountRule], label: str, units: str
) -> tuple[PercentRule | CountRule | None, bool]:
    """The rule a table row's folded label and unit cells name, and whether the row is a share."""
    share = "%" in units or bool(_SHARE_LABEL.match(label))
    return (_percent_rule(percent_rules, label) if share else _count_rule(count_rules, label)), share


# A Markdown table's rule under its header (`|---|:---:|`), or a line of dashes between a table's rows.
_RULE_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*|[ \t]*[-=]{5,}[ \t]*")
# A page number or footer standing alone at a page break inside a table (`3`, `- 3 -`, `Trang 7`, `Trang 2/5`).
_PAGE_NUMBER = re.compile(r"\s*(?:trang\s*)?-?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*-?\s*")
# A header's cells wrapped onto its second line: years and periods only (`2022-2024`, `(năm 2020)`).
_HEAD_YEARS = re.compile(r"\s*\(?\s*(?:năm\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*\)?\s*")
# A row's number cell as OCR may give it: specks of the erased rules read after it (`2.`, `3...`, `4_`, `1 :`).
_OCR_ROW_CODE = re.compile(r"\s*\d{1,2}\s*[.,:;_)]*\s*")
_ROW_CODE_ONLY = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})[.)]?\s*")


def _page_furniture(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a line is a page number or footer beside a page break (`\\f` just after it, or opening it)."""
    return (
        len(text[start:end].strip()) <= 20
        and ("\f" in text[end : end + 3] or "\f" in text[max(0, start - 2) : start + 1])
        and _PAGE_NUMBER.fullmatch(folded, start, end) is not None
    )


def _spaced(text: str, start: int, end: int) -> bool:
    """Whether a table's line is laid out with runs of spaces (pdftotext's layout), not tabs or bars."""
    line = text[start:end]
    return "\t" not in line and "|" not in line and "  " in line.strip()


def _code_label(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a line is a row's number and the first words of its label, with no figure (a label wrapped, the row's
    numbers on its last line: `3    Tỷ lệ cơ quan nhà nước có cán bộ`)."""
    if not 2 <= len(cells) <= 3 or _ROW_CODE_ONLY.fullmatch(text, *cells[0]) is None:
        return False
    words = " ".join(text[a:b] for a, b in cells[1:])  # (two cells: its second line joined to it by unwrap.py)
    digits = any(ch.isdigit() for ch in _LEVEL_WORDS.sub("", words))
    return len(words) <= 120 and words.rstrip()[-1:] not in ".:;" and not digits


class _Transposed:
    """A table with a row per year and a column per indicator (`| Năm | Số dịch vụ … mức độ 3 | Tỷ lệ … (%) |`):
    its width and, counted from the right, each column's rule, whether it is a share, and its folded label."""

    def __init__(self, width: int, columns: dict[int, tuple[PercentRule | CountRule, bool, str]]) -> None:
        self.width, self.columns = width, columns


def _transposed_header(
    layout: Layout, cells: list[tuple[int, int]], percent_rules: list[PercentRule], count_rules: list[CountRule]
) -> _Transposed | None:
    """The columns of a header whose first cell is the rows' year (`Năm`) and whose other cells each name an
    indicator (read as a row's label is), or None."""
    folded = layout.folded
    year_col = next((i for i, (a, b) in enumerate(cells[:2]) if _YEAR_HEAD.fullmatch(folded, a, b)), None)
    if year_col is None or len(cells) - year_col < 3:
        return None
    columns = {}
    for i, (a, b) in enumerate(cells[year_col + 1 :], year_col + 1):
        label = folded[a:b].strip()
        if _MONEY.search(label):
            return None  # a budget table by year (read by `_by_year_header`)
        rule, share = _row_rule(percent_rules, count_rules, label, "%" if "%" in label else "")
        if rule is None or not rule.indicator:
            return None
        columns[len(cells) - i] = (rule, share, label)
    return _Transposed(len(cells), columns)


def _transposed_row(
    ctx: DocContext, layout: Layout, cells: list[tuple[int, int]], table: _Transposed, start: int, end: int
) -> list[Fact] | None:
    """The facts of one row of a transposed table: each cell its column's indicator for the row's year (before the
    document's year: a baseline; else the kind of its place). None when the line is no row of it."""
    if len(cells) not in (table.width, table.width - 1):
        return None
    text = ctx.text
    first = layout.folded[slice(*cells[len(cells) - table.width if len(cells) == table.width else 0])]
    if not (m := _ROW_YEAR.fullmatch(first)):
        return None
    year = int(m.group(1))
    facts = []
    for from_right, (rule, share, label) in table.columns.items():
        a, b = cells[len(cells) - from_right]
        if share and text[b - 1 : b] == "%":
            b = len(text[a : b - 1].rstrip()) + a
        if not _NUMBER_CELL.fullmatch(text[a:b]):
            continue
        value = parse_number(text[a:b])
        if share and value > 100:
            continue
        scope = layout.scope("", label) or "all"
        if isinstance(rule, PercentRule) and rule.scopes is not None and scope not in rule.scopes:
            continue
        kind = "baseline" if ctx.issued_year and year < ctx.issued_year else layout.kind(a)
        amount = Amount(value, a, b, unit="percent" if share else "count")
        facts.append(
            _make_fact(
                ctx, layout, rule.indicator, f"table.by_year.{rule.name}", amount, start, end, kind, scope, year, (a, b)
            )
        )
    return facts


def extract_indicator_tables(
    ctx: DocContext, percent_rules: list[PercentRule], count_rules: list[CountRule], layout: Layout
) -> list[Fact]:
    text = ctx.text
    if "\t" not in text and "|" not in text and "   " not in text:
        return []
    facts: list[Fact] = []
    # Lines with something written on them: a line of blanks or a page break (`\f`, OCR's page end inside a table)
    # is no row and does not end a table, like an empty line (OCR leaves one between rows).
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if not m.group().isspace()]
    if "\t" in text:
        lines = _split_merged_header(text, lines)
    header: dict[int, int | None] = {}
    kinds: dict[int, tuple[str, int | None]] = {}  # a results table's plan and result columns
    levels: dict[int, str] = {}  # a table's columns by level
    notes_col: int | None = None  # a results table's column of notes
    level_col, row_level = False, None  # a results table's column of levels; the level of the rows under its cell
    level_at = 0  # that column's place: first (`| Cấp | Chỉ tiêu | … |`) or after the labels (`| Chỉ tiêu | Cấp | … |`)
    level_years: dict | None = None  # the header of a table by year whose first column is of levels
    code_col = False  # a results table's column of row numbers (`TT`)
    width = 0
    # a budget table's unit factor, total column, code column, source columns, notes column
    money: tuple[float, int | None, bool, dict[int, str], bool] | None = None
    # A budget table with one amount column: its unit factor, the amount column counted from the right, its time.
    single: _Single | None = None
    last_single: tuple[str, _Single] | None = None  # the last budget table's header: repeated on a page it runs onto
    by_year: _ByYear | None = None  # a budget table with a row per year and a column per source
    degrees: dict[int, str] = {}  # a staffing table's columns by degree (rows by level)
    pending: list[tuple[int, int]] = []  # lines of a row label wrapped above its numbers
    wrapped, previous = 0, 0  # label lines in a row; where the last line ended
    skip = 0  # lines before this one were read as a header's
    spaced, row_done = False, False  # a table laid out with spaces (pdftotext); a row's numbers were read
    header_at = -1  # the line of the last header of years
    transposed: _Transposed | None = None  # a table with a row per year and a column per indicator
    for at, (start, end) in enumerate(lines):
        if _RULE_ROW.fullmatch(text, start, end) or _page_furniture(text, layout.folded, start, end):
            continue  # a Markdown table's rule under its header; a page number or footer at a page break
        cells = _cells(text, start, end)
        if len(cells) == 2 and at and (caption := _caption_column(text, layout.folded, cells, lines[at - 1])):
            cells = [cells[0], caption]
        if degrees:
            if (
                len(cells) == len(degrees) + 1
                and (got := _degree_row(ctx, layout, cells, degrees, start, end)) is not None
            ):
                facts += got
                continue
            degrees = {}
        if len(cells) >= 3 and (degrees := _degree_columns(layout.folded, cells, start)):
            header = {}
            continue
        if by_year is not None:
            if (got := _by_year_row(ctx, layout, cells, by_year, start, end)) is not None:
                facts += got
                continue
            by_year = None
        if len(cells) >= 3 and (by_year := _by_year_header(layout, cells, start)) is not None:
            header = {}
            continue
        if transposed is not None:
            if (got := _transposed_row(ctx, layout, cells, transposed, start, end)) is not None:
                facts += got
                continue
            transposed = None
        if len(cells) >= 3 and (transposed := _transposed_header(layout, cells, percent_rules, count_rules)):
            header = {}
            continue
        if single is not None:
            if len(cells) >= 2 and _NUMBER_CELL.fullmatch(text[slice(*cells[-1])].strip()):
                facts += _single_money_row(ctx, layout, cells, single, start, end)
                continue
            if _code_label(text, cells) or _label_line(text, cells, start, end):
                continue  # an item's label wrapped, its amount on the line below (pdftotext's layout)
            single = None
        if len(cells) >= 3 and not _year_columns(text, cells):
            single = _single_money_header(ctx, layout, cells, start)
            head_text = "\t".join(layout.folded[a:b].strip(_STRAY_SIGNS) for a, b in cells)
            if single is None and last_single is not None and last_single[0] == head_text:
                single = last_single[1]  # the header repeated over a page break: its unit and caption were above
            if single is not None:
                last_single = (head_text, single)
                header = {}
                continue
        if header and at == header_at + 1 and all(_HEAD_YEARS.fullmatch(layout.folded, a, b) for a, b in cells):
            continue  # a header's cells wrapped onto a second line (`Giai đoạn` / `2022-2024`)
        if (
            header
            and spaced
            and _code_label(text, cells)
            and not (money is not None and _LEAD_IN.fullmatch(layout.folded, *cells[1]))
        ):
            # pdftotext's row whose label wraps and whose numbers come on its last line: its number and first words
            pending, wrapped, previous, row_done = cells[1:], 1, end, False
            continue
        if header and money is not None and _LEAD_IN.fullmatch(layout.folded, start, end):
            continue  # `Trong đó:` over a budget table's source rows
        if header and spaced and row_done and _label_line(text, cells, start, end):
            previous = end  # the end of the label of the row above (its numbers on its first line): read with it
            continue
        if header and _label_line(text, cells, start, end) and wrapped < 3:
            # A row label wrapped onto a line of its own (OCR gives a table's wrapped cell as its own line): the
            # table goes on; the line may begin the next row's label (after a blank line: OCR leaves one between
            # rows, and the row's numbers come on the label's middle line).
            if text.count("\n", previous, start) > 1:
                pending = []
            pending.append((start, end))
            wrapped, previous = wrapped + 1, end
            continue
        if at < skip:  # the second line of a wrapped header, read with the first
            continue
        if text.count("\n", previous, start) > 1:
            pending = []
        wrapped, previous = 0, end
        if (
            not header
            and ("\t" in text[start:end] or _spaced(text, start, end))
            and (wrapped_head := _wrapped_plan_header(layout.folded, lines, at))
        ):
            planned, skip = wrapped_head
            header, width, kinds, levels, money = dict.fromkeys(planned), _WIDE, planned, {}, None
            spaced, row_done = _spaced(text, start, end), False
            continue
        if len(cells) >= 2 and (two_rows := _two_row_plan_header(text, layout.folded, lines, at)) is not None:
            planned, skip = two_rows
            header, width, kinds, levels, money = dict.fromkeys(planned), _WIDE, planned, {}, None
            continue
        if len(cells) < 3 and not (len(cells) == 2 and ((header and width == 2) or _two_column_head(text, cells))):
            if not header and len(cells) == 2:
                facts += _list_count(ctx, layout, count_rules, cells, start, end)
            header = {}
            continue
        if years := _year_columns(text, cells):
            header, width, kinds, levels = years, len(cells), {}, {}
            code_col = bool(_CODE_COLUMN.fullmatch(layout.folded, *cells[0]))
            spaced, row_done, header_at = _spaced(text, start, end), False, at
            # a column of levels left of the labels (`| Cấp | Chỉ tiêu | Đơn vị | Năm 2020 |`), as a results table's
            level_at = _level_head(layout.folded, cells, min(years))
            level_col, row_level, level_years = level_at is not None, None, header
            level_at = level_at or 0
            if states := [i for i in years if _STATE_CELL.fullmatch(text[slice(*cells[i])].strip())]:
                # the state column's cells are baselines; the year columns' are read as a plan's are
                kinds = {
                    i: ("baseline" if i in states or (ctx.issued_year and y < ctx.issued_year) else "target", y)
                    for i, y in years.items()
                }
            money = _money_header(ctx, layout, cells, header, start)
            continue
        if planned := _plan_result_columns(layout.folded, cells):
            if len(planned) == 1 and list(planned.values()) == [("baseline", None)]:
                # one result column naming no year: the results as of the text (not of a year a note beside a
                # cell names, `| 42 | năm 2018 là 30 |`); the year near the cell only when the text has none
                planned = dict.fromkeys(planned, ("baseline", ctx.default_year("baseline")))
            for i, (kind, year) in planned.items():
                # a result of part of the year (`Thực hiện 6 tháng`): the year's state, but its money is no budget
                # (round 21: money disbursed in part of a year)
                if kind == "baseline" and (m := _RESULT_CELL.fullmatch(layout.folded, *cells[i])) and m.group("part"):
                    planned[i] = ("partial", year)
            header, width, kinds, levels, money = dict.fromkeys(planned), len(cells), planned, {}, None
            notes_col = next(
                (i for i, (a, b) in enumerate(cells) if b - a <= 20 and _NOTES_CELL.search(layout.folded, a, b)), None
            )  # (a letter or two of OCR's beside it: a rule's remains)
            notes_col = notes_col if notes_col == len(cells) - 1 and notes_col > max(planned) else None
            level_col, row_level = bool(_LEVEL_HEAD.fullmatch(layout.folded, *cells[0])), None
            code_col = bool(_CODE_COLUMN.fullmatch(layout.folded, *cells[0]))
            continue
        notes_col, level_col = (notes_col, level_col) if kinds or (header and level_years is header) else (None, False)
        if by_level := _level_columns(layout.folded, cells):
            header, width, kinds, levels, money = dict.fromkeys(by_level), len(cells), {}, by_level, None
            continue
        if header and money is not None:
            if len(cells) != width and (placed := _placed_cells(text, start, end, width)) is not None:
                cells = placed  # a web page's row with empty cells (`| | Tổng cộng | … | |`): in their columns
            facts += _money_row(ctx, layout, cells, header, width, money, start, end)
            continue
        if not header:
            continue
        row_done = True
        if level_col and len(cells) > level_at and (named := _level_cell(layout.folded, *cells[level_at])):
            row_level = named  # a level's cell, over this row and those under it that have none
        if len(cells) != width and (placed := _placed_cells(text, start, end, width)) is not None:
            cells = placed  # a row with an empty cell (not stated): its cells in their columns
        shift = 0
        if notes_col is not None and len(cells) == width - 1 and _NUMBER_CELL.fullmatch(text[slice(*cells[-1])]):
            pass  # a row whose note is empty: its cells stand as the header's
        elif len(cells) != width:
            # OCR's row with a cell fewer or two (an empty or lost `STT` or unit cell): read aligned on the right
            # when every year's cell is a number and something stands left of them.
            shift = width - len(cells)
            # OCR's row that lost its `TT` and whose value is unreadable, its note read (`Riêng cấp xã đạt 85%`)
            noted = notes_col is not None and shift == 1 and _NOTE_NUMBER.search(text, *cells[-1]) is not None
            if not (0 < shift < min(header) and (noted or _numbers_right(text, cells, len(header)))):
                # A line of tab cells (OCR's garbled row, Word's) goes by; a short line of other cells ends the table.
                ocr = "\t" in text[start:end] and len(cells) >= 2
                header = {} if len(cells) < width - 1 and not ocr else header
                continue
        own = cells[: min(header) - shift]
        if level_col and len(own) > level_at and _level_cell(layout.folded, *own[level_at]):
            own = own[:level_at] + own[level_at + 1 :]
        if len(own) >= 2 and (
            _OCR_ROW_CODE.fullmatch(text, *own[0]) or (code_col and not shift and own[0][1] - own[0][0] <= 2)
        ):
            own = own[1:]  # the row's number, misread by OCR as a letter (`Ạ` for `4`) or with specks (`3...`)
        if level_col and row_level is None:
            continue
        label_cells = [(a, b) for a, b in own if text[a:b].strip() and not _NUMBER_CELL.fullmatch(text[a:b])]
        wrapped_label = " ".join(text[a:b].strip() for a, b in pending)
        pending = []
        if not label_cells and not wrapped_label:
            continue
        label = fold(text[slice(*label_cells[0])]) if label_cells else ""
        if shift:  # OCR glued the row's number to its label (`3 Tỷ lệ UBND cấp xã …`)
            label = _ROW_CODE.sub("", label, count=1)
        units = " ".join(fold(text[a:b]) for a, b in label_cells[1:])
        if any(
            0 <= i - shift < len(cells) and text[cells[i - shift][1] - 1 : cells[i - shift][1]] == "%" for i in header
        ):
            units = f"{units} %".strip()  # `| Cơ quan dùng chữ ký số | 70% |`: the value's own unit names a share
        elif "/" in text[start:end] and all(
            0 <= i - shift < len(cells) and _FRACTION_CELL.fullmatch(text[slice(*cells[i - shift])].strip())
            for i in header
        ):
            units = f"{units} %".strip()  # `| UBND cấp xã dùng … | 180/209 xã | 209/209 xã |`: fractions of units
        if _MONEY.search(label) or _MONEY.search(units):
            if kinds and not wrapped_label:
                facts += _spending_row(ctx, layout, cells, header, kinds, shift, label, units, start, end)
                if notes_col is not None and len(cells) + shift == width:
                    facts += _note_facts(
                        ctx, layout, cells[notes_col - shift], kinds, None, label, units, row_level, start, end
                    )
            continue
        if spaced and wrapped_label:  # pdftotext's row: its label's first lines above its numbers, then the rest
            label = fold(f"{wrapped_label} {label} {_label_after(text, lines, at)}".strip())
            if _MONEY.search(label):
                continue
        rule, share = _row_rule(percent_rules, count_rules, label, units)
        if (rule is None or not rule.indicator) and wrapped_label:  # the label's first lines above the numbers
            label = fold(f"{wrapped_label} {label}".strip())
            if _MONEY.search(label):
                continue
            rule, share = _row_rule(percent_rules, count_rules, label, units)
        if (rule is None or not rule.indicator) and (rest := _label_after(text, lines, at)):
            label = fold(f"{label} {rest}".strip())  # and its last lines below them (no blank line between)
            if _MONEY.search(label):
                continue
            rule, share = _row_rule(percent_rules, count_rules, label, units)
        if rule is None or not rule.indicator:
            continue
        scope = layout.scope("", label) or "all"
        if levels and scope != "all":
            continue  # a row naming its own level under columns by level: read by the sentence rules
        if level_col and scope == "all":
            scope = row_level or "all"
        if notes_col is not None and len(cells) + shift == width:
            facts += _note_facts(ctx, layout, cells[notes_col - shift], kinds, rule, label, units, scope, start, end)
        for i, year in header.items():
            if kinds and kinds[i][0] == "unread":
                continue
            if levels:
                scope = levels[i]
            if isinstance(rule, PercentRule) and rule.scopes is not None and scope not in rule.scopes:
                continue
            a, b = cells[i - shift]
            if share and text[b - 1 : b] == "%":  # `| 90% |`: the cell gives its unit
                b = len(text[a : b - 1].rstrip()) + a
            token = text[a:b]
            if _NUMBER_CELL.fullmatch(token):
                value = parse_number(token)
            elif share and (frac := _FRACTION_CELL.fullmatch(token)):
                # `| 12/14 | 14/14 |` in a row of a share: the fraction of the units, rounded to one decimal (round 22)
                part, whole = parse_number(frac.group(1)), parse_number(frac.group(2))
                if not 0 <= part <= whole or whole == 0:
                    continue
                value = round(100 * part / whole, 1)
            elif not share and (counted := _COUNTED_CELL.fullmatch(token)):
                b = a + counted.end(
                    1
                )  # `| 2 người | 3 người |` in a row of a count: the number, its unit word after it
                value = parse_number(counted.group(1))
            else:
                continue
            if share and value > 100:
                continue
            amount = Amount(value, a, b, unit="percent" if share else "count")
            if kinds and kinds[i][0] in ("replaced", "adjusted"):  # an adjusted plan: its goals, of the plan's year
                kind, year = "target", kinds[i][1] or layout.year("target", a)
            elif kinds:  # the plan and the result of one year: the year the result is for
                kind, year = kinds[i][0], kinds[i][1] or layout.year("baseline", a)
                kind = "baseline" if kind == "partial" else kind
            elif levels:  # a column per level: the kind and year of the cell's place (its section's)
                kind = layout.kind(a)
                year = layout.year(kind, a)
            else:
                kind = "baseline" if ctx.issued_year and year < ctx.issued_year else layout.kind(a)
            facts.append(
                _make_fact(
                    ctx,
                    layout,
                    rule.indicator,
                    f"table.{'level.' if levels else 'replaced.' if kinds and kinds[i][0] == 'replaced' else ''}{rule.name}",
                    amount,
                    start,
                    end,
                    kind,
                    scope,
                    year,
                    (a, b),
                )
            )
    return facts


def _money_header(
    ctx: DocContext, layout: Layout, cells: list[tuple[int, int]], header: dict[int, int], start: int
) -> tuple[float, int | None, bool] | None:
    """For a header of a budget table: its unit factor (to million đồng), the index of its total column
    (None if it has none) and whether it opens with a code column (`TT`). None for other tables."""
    folded = layout.folded
    above = start  # the three lines above the header, at most 400 characters
    for _ in range(3):
        above = folded.rfind("\n", max(0, start - 400), max(0, above - 1)) + 1
    first = min(header)
    unit = _MONEY_UNIT.search(folded, above, cells[-1][1])
    if unit is None:
        return None
    factor = 1000.0 if unit.group(1) else 0.001 if unit.group(2) else 1e-6 if unit.group(3) else 1.0
    total = next((i for i in range(first) if _TOTAL_COLUMN.match(folded, *cells[i])), None)
    last = max(header)
    if total is None and last + 1 < len(cells) and _TOTAL_COLUMN.match(folded, *cells[last + 1]):
        total = last + 1  # the period's column after the years' (`| 2019 | 2020 | Cộng |`)
    code = bool(_CODE_COLUMN.match(folded, *cells[0]))
    # Columns of sources between the total column and the years' (`| Tổng kinh phí | Ngân sách trung ương | Ngân sách
    # tỉnh | 2016 | … |`, an appendix's): the total row's parts of the period, as a table with one amount column has.
    sources: dict[int, str] = {}
    if total is not None and total < first:
        for i in range(total + 1, first):
            named = _budget_row(folded[slice(*cells[i])].strip())
            if named is None or named[0] == "budget_total_mvnd" or named[0] in sources.values():
                sources = {}
                break
            sources[i] = named[0]
    notes = bool(_NOTES_CELL.fullmatch(folded, *cells[-1])) and len(cells) - 1 > max(header)
    return factor, total, code, sources, notes


def _money_row(
    ctx: DocContext,
    layout: Layout,
    cells: list[tuple[int, int]],
    header: dict[int, int],
    width: int,
    money: tuple[float, int | None, bool, dict[int, str]],
    start: int,
    end: int,
) -> list[Fact]:
    """The facts of one row of a budget table: its total row's and its sources' rows' cells."""
    factor, total, code, sources, notes = money
    if notes and len(cells) < width and _NUMBER_CELL.fullmatch(ctx.text[slice(*cells[-1])]):
        width -= 1  # a row whose note is empty: its cells end with the last amount column
    shift = width - len(cells)
    if shift not in (0, 1) or (shift == 1 and not code):
        return []
    folded = layout.folded
    first = min(header) - shift
    labels = [
        (a, b)
        for a, b in cells[: first if total is None else min(first, total - shift)]
        if a < b and not _NUMBER_CELL.fullmatch(folded[a:b])
    ]
    if not labels:
        return []
    label_start, label_end = labels[0]
    label = folded[label_start:label_end].lstrip("-+•* ")
    if (named := _budget_row(label)) is None:
        return []
    indicator, rule = named
    years = sorted(header.values())
    columns: list[tuple[int, int | None, str]] = [(i - shift, year, indicator) for i, year in header.items()]
    if total is not None:
        columns.insert(0, (total - shift, None, indicator))
        if (
            indicator == "budget_total_mvnd"
            and sources
            and _parts_add_up(ctx.text, cells, total - shift, sources, shift)
        ):
            columns[1:1] = [(i - shift, None, source) for i, source in sources.items()]
    facts = []
    for i, year, named in columns:
        if named != indicator:  # a source's column of the total row
            indicator, rule = named, "table.budget." + named.removeprefix("budget_").removesuffix("_mvnd")
        a, b = cells[i]
        token = ctx.text[a:b]
        if not _NUMBER_CELL.fullmatch(token):
            continue
        amount = Amount(round(parse_number(token) * factor, 6), a, b, unit="million_vnd")
        if not amount.value:
            continue
        if year is None:
            kind = "baseline" if ctx.issued_year and years[-1] < ctx.issued_year else layout.kind(a)
        else:
            kind = "baseline" if ctx.issued_year and year < ctx.issued_year else layout.kind(a)
        fact = _make_fact(ctx, layout, indicator, rule, amount, start, end, kind, "all", year, (a, b))
        if year is None:
            fact.period_start, fact.period_end = years[0], years[-1]
        facts.append(fact)
    return facts


def _parts_add_up(text: str, cells: list[tuple[int, int]], total: int, sources: dict[int, str], shift: int) -> bool:
    """The total row's source cells add up to its total (each a number): they are its parts."""
    tokens = [text[slice(*cells[i - shift])].strip() for i in sources]
    whole = text[slice(*cells[total])].strip()
    if not all(_NUMBER_CELL.fullmatch(t) for t in (*tokens, whole)):
        return False
    return abs(sum(parse_number(t) for t in tokens) - parse_number(whole)) <= 0.01 * parse_number(whole)


# A budget table's column of money from no named budget (`Nguồn khác`, `Nguồn vốn khác`, `Xã hội hóa`, `Huy động
# doanh nghiệp`): a part of the total (the named sources and it add up to it), no codebook source.
_OTHER_SOURCE = re.compile(
    r"(?:các\s*)?(?:nguồn|vốn)\s*(?:vốn\s*)?(?:hợp\s*pháp\s*)?khác|(?:nguồn\s*|vốn\s*)?(?:xã\s*hội\s*hóa|huy\s*động(?:\s*khác|"
    r"\s*doanh\s*nghiệp)?)|khác"
)


_STRAY_SIGNS = " \t.,:;—–'`"


def _source_columns(folded: str, cells: list[tuple[int, int]], amount: int) -> dict[int, str]:
    """A budget table's columns right of its amount column that each name one source (`Ngân sách trung ương`,
    `Ngân sách tỉnh`, `NSTW`): counted from the right → the source's indicator."""
    sources = {}
    for i in range(amount + 1, len(cells)):
        # (a scan's speck or a rule's remains read as a sign beside the words: `— Ngân sách trung ương`, `… ương .`)
        cell = folded[slice(*cells[i])].strip(_STRAY_SIGNS)
        if _OTHER_SOURCE.fullmatch(cell):
            sources[len(cells) - 1 - i] = "other"  # a part of the total, no codebook source
            continue
        named = _budget_row(cell)
        if named is None or named[0] == "budget_total_mvnd":
            return {}
        sources[len(cells) - 1 - i] = named[0]
    named = [v for v in sources.values() if v != "other"]
    return sources if named and len(set(named)) == len(named) else {}


_Single = tuple[float, int, int | None, tuple[int, int] | None, dict[int, str]]


def _single_money_header(ctx: DocContext, layout: Layout, cells: list[tuple[int, int]], start: int) -> _Single | None:
    """For the header of a budget table with one amount column and no year columns: its unit factor (to million
    đồng), the amount column's place counted from the right, the year or period its caption names (None, None:
    the document's), and its source columns right of the amount (`Tổng kinh phí | Ngân sách trung ương | Ngân sách
    tỉnh`: counted from the right → indicator). None for other lines."""
    folded = layout.folded
    amount = [i for i, (a, b) in enumerate(cells) if i > 0 and _AMOUNT_COLUMN.fullmatch(folded, a, b)]
    if len(amount) != 1 or any(_NUMBER_CELL.fullmatch(folded[a:b].strip()) for a, b in cells):
        return None
    above = start  # the three lines above the header, at most 400 characters
    for _ in range(3):
        # (no line break within reach: the window's start, not the text's — a caption is never the whole page)
        above = max(folded.rfind("\n", max(0, start - 400), max(0, above - 1)) + 1, max(0, start - 400))
    unit = _MONEY_UNIT.search(folded, above, cells[-1][1])
    if unit is None:
        return None
    factor = 1000.0 if unit.group(1) else 0.001 if unit.group(2) else 1e-6 if unit.group(3) else 1.0
    caption = folded[above:start]
    year, period = None, None
    if m := _CAPTION_PERIOD.search(caption):
        period = (int(m.group(1)), int(m.group(2)))
    elif m := _CAPTION_YEAR.search(caption):
        year = int(m.group(1))
    elif ctx.period_start and ctx.period_end and ctx.period_start < ctx.period_end:
        period = (ctx.period_start, ctx.period_end)
    elif ctx.period_end:
        year = ctx.period_end
    return factor, len(cells) - 1 - amount[0], year, period, _source_columns(folded, cells, amount[0])


_LEAD_IN = re.compile(r"\s*(?:trong\s*đó|(?:bao\s*)?gồm|chia\s*ra)\s*:?\s*")


def _single_money_row(
    ctx: DocContext,
    layout: Layout,
    cells: list[tuple[int, int]],
    single: _Single,
    start: int,
    end: int,
) -> list[Fact]:
    """The fact of one row of a budget table with one amount column: its total's, or a source's part. The total
    row of a table with source columns also gives each source's part, when the sources add up to the total (a row
    that lost an empty cell is read aligned on the right, and then they do not)."""
    factor, from_right, year, period, sources = single
    at = len(cells) - 1 - from_right
    if at < 1:
        return []
    folded = layout.folded
    labels = [(a, b) for a, b in cells[:at] if not _NUMBER_CELL.fullmatch(folded[a:b].strip())]
    if labels and len(labels) > 1 and _LEAD_IN.fullmatch(folded, *labels[0]):  # `Trong đó:  - Ngân sách TW  5.000`
        labels = labels[1:]
    if not labels:
        return []
    label = folded[slice(*labels[0])].lstrip("-+•* ")
    if (named := _budget_row(label)) is None:
        return []
    indicator, rule = named
    a, b = cells[at]
    token = ctx.text[a:b]
    if not _NUMBER_CELL.fullmatch(token):
        return []
    amount = Amount(round(parse_number(token) * factor, 6), a, b, unit="million_vnd")
    if not amount.value:
        return []
    last = period[1] if period else year
    kind = "baseline" if ctx.issued_year and last and last < ctx.issued_year else layout.kind(a)
    if year is None and period is None:
        year = layout.year(kind, a)
    facts = [_make_fact(ctx, layout, indicator, rule, amount, start, end, kind, "all", year, (a, b))]
    if indicator == "budget_total_mvnd" and sources and all(k < len(cells) - 1 for k in sources):
        parts = [(k, cells[len(cells) - 1 - k]) for k in sorted(sources)]
        if all(_NUMBER_CELL.fullmatch(ctx.text[p:q]) for _, (p, q) in parts):
            values = [round(parse_number(ctx.text[p:q]) * factor, 6) for _, (p, q) in parts]
            if abs(sum(values) - amount.value) <= 0.001 * amount.value:
                for (k, (p, q)), value in zip(parts, values, strict=True):
                    if sources[k] == "other":
                        continue
                    part = Amount(value, p, q, unit="million_vnd")
                    rule_name = "table.budget." + sources[k].removeprefix("budget_").removesuffix("_mvnd")
                    facts.append(
                        _make_fact(ctx, layout, sources[k], rule_name, part, start, end, kind, "all", year, (p, q))
                    )
    for fact in facts:
        if period:
            fact.period_start, fact.period_end = period
    return facts


# A budget table with a row per year and a column per source (`Năm | Tổng kinh phí | Ngân sách Trung ương | Ngân
# sách tỉnh`, then `2018 | 12.400 | 3.000 | 9.400` …, `Tổng cộng | 45.000 | 12.000 | 33.000`): each cell is its
# column's amount for its row's year; the `Tổng cộng` row gives each column's amount for the years above it
# (multi-year). The header's year column (lower case):
_YEAR_HEAD = re.compile(r"\s*(?:năm|thời\s*gian|giai\s*đoạn|năm\s*thực\s*hiện)\s*")
_ROW_YEAR = re.compile(r"\s*(?:năm\s*)?((?:19|20)\d\d)\s*")


class _ByYear:
    """A by-year budget table being read: unit factor, width, year column and money columns (counted from the
    right: rows may leave a code cell out), and the years of the rows read so far."""

    def __init__(self, factor: float, width: int, year_col: int, money: dict[int, str]) -> None:
        self.factor, self.width, self.year_col, self.money = factor, width, year_col, money
        self.years: list[int] = []
        self.kind: str | None = None  # the kind the last year's row was read as


def _by_year_header(layout: Layout, cells: list[tuple[int, int]], start: int) -> _ByYear | None:
    folded = layout.folded
    year_col = next((i for i, (a, b) in enumerate(cells[:2]) if _YEAR_HEAD.fullmatch(folded, a, b)), None)
    if year_col is None:
        return None
    money: dict[int, str] = {}
    for i, (a, b) in enumerate(cells[year_col + 1 :], year_col + 1):
        cell = folded[a:b]
        if _AMOUNT_COLUMN.fullmatch(cell) or _TOTAL_COLUMN.fullmatch(cell):
            money[len(cells) - i] = "budget_total_mvnd"
        elif len(found := [ind for ind, cue in _ROW_SOURCES if cue.match(cell)]) == 1:
            money[len(cells) - i] = found[0]
    if len(money) < 2 or len(set(money.values())) != len(money):
        return None
    above = start  # the three lines above the header, at most 400 characters
    for _ in range(3):
        above = folded.rfind("\n", max(0, start - 400), max(0, above - 1)) + 1
    unit = _MONEY_UNIT.search(folded, above, cells[-1][1])
    if unit is None:
        return None
    factor = 1000.0 if unit.group(1) else 0.001 if unit.group(2) else 1e-6 if unit.group(3) else 1.0
    return _ByYear(factor, len(cells), len(cells) - year_col, money)


def _by_year_row(
    ctx: DocContext, layout: Layout, cells: list[tuple[int, int]], table: _ByYear, start: int, end: int
) -> list[Fact] | None:
    """The facts of one row of a by-year budget table; None when the line is no row of it (the table ends)."""
    if len(cells) not in (table.width, table.width - 1) or len(cells) < table.year_col:
        return None
    folded = layout.folded
    label = folded[slice(*cells[len(cells) - table.year_col])].lstrip("-+•* ")
    period = None
    if m := _ROW_YEAR.fullmatch(label):
        year = int(m.group(1))
        table.years.append(year)
    elif _TOTAL_ROW.match(label) and len(table.years) >= 2:
        year, period = None, (min(table.years), max(table.years))
    else:
        return None
    facts = []
    for from_right, indicator in table.money.items():
        a, b = cells[len(cells) - from_right]
        token = ctx.text[a:b]
        if not _NUMBER_CELL.fullmatch(token):
            continue
        amount = Amount(round(parse_number(token) * table.factor, 6), a, b, unit="million_vnd")
        if not amount.value:
            continue
        last = period[1] if period else year
        if ctx.issued_year and last < ctx.issued_year:
            kind = "baseline"
        elif period and table.kind:  # the rows' total: of the kind its last year's row was read as
            kind = table.kind
        else:
            kind = table.kind = layout.kind(a)
        rule = "table.budget_by_year." + indicator.removeprefix("budget_").removesuffix("_mvnd")
        fact = _make_fact(ctx, layout, indicator, rule, amount, start, end, kind, "all", year, (a, b))
        if period:
            fact.period_start, fact.period_end = period
        facts.append(fact)
    return facts
