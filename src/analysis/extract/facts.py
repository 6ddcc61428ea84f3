"""What every extractor shares: the Fact record, the document context, and how a value's kind, scope and
year are read from the words around it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from analysis import codebook

__all__ = ["FACT_COLUMNS", "DocContext", "Fact", "clause_bounds", "dedupe"]

FACT_COLUMNS = [
    "doc_id",
    "source_file",
    "dimension",
    "indicator",
    "kind",
    "scope",
    "year",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "quote",
    "char_start",
    "char_end",
    "rule",
    "override",
    "page",  # the PDF page the quote is on (1 + form feeds before char_start); empty for unpaged sources
    "period_start",
    "period_end",
]


# News of a year-end review held early the next year (`… tổ chức hội nghị tổng kết công tác năm 2019, triển khai …
# nhiệm vụ năm 2020`, dated 08/01/2020): the year its lead says it reviews (see DocContext.now_year).
_REVIEW_OF_A_YEAR = re.compile(r"tổng\s+kết\s+(?:[^\n.;]{0,40}?\s)?năm\s+(\d{4})\b", re.IGNORECASE)


@dataclass
class DocContext:
    """What an extractor needs to know about the document a value sits in."""

    doc_id: str
    source_file: str
    text: str
    issued_year: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    doc_type: str | None = None
    # Spans (start, end) of parts of the text that report the current state (hiện trạng) or set goals.
    baseline_spans: list[tuple[int, int]] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)
    # What kind of text this is (metadata.GENRES): plan, decision, report, news_plan, news_review, news_mixed.
    genre: str | None = None
    published_year: int | None = None  # a news page's own date, when it has one
    published_month: int | None = None
    # Where a news page's article ends (related news, comments follow: metadata.article_end); None: the whole text.
    article_end: int | None = None
    # The level of the committee that issued an official text: a district's or a commune's own plan speaks of its own
    # area when it names no level (metadata.local_issuer).
    issuer_level: str | None = None
    # The province the document is about (metadata's), by name: a value said of another province named just before it
    # in its sentence is no fact of this one (Layout.other_province_before).
    province: str | None = None
    # Slides (a .pptx read a slide a page): each slide's first line is its title, a heading of its own
    # (Layout.sections), whatever its case or number.
    slides: bool = False

    @property
    def question_session(self) -> bool:
        """Minutes or news of a council's question session (`chất vấn` in the first lines: metadata.read_genre)."""
        return "chất vấn" in self.text[:400].lower()

    @cached_property
    def interview(self) -> bool:
        """An interview (a reporter's turn on a line of its own: metadata.read_genre), whose answers give the state now,
        then what is planned, as a question session's do."""
        from .metadata import _has_interview_turn

        return _has_interview_turn(self.text)

    @property
    def reviews(self) -> bool:
        """A report of results or a news review: its unmarked numbers are what was done (baselines)."""
        return self.genre in ("report", "news_review", "news_mixed")

    @property
    def now_year(self) -> int | None:
        """The year the text speaks from (`hiện nay`, `đến nay`): the document's date, else the page's. A
        review speaks from the later of the two (the `ban hành` date a news review finds may be an old plan's).
        A review of one year published in the first two months of the next (`Nhìn lại ứng dụng CNTT năm 2018`, dated
        10/01/2019), or an official report on one year issued the next, speaks from the end of the year it reviews:
        its `đến nay`, `hiện có` are of that year."""
        if (
            self.reviews
            and self.published_month is not None
            and self.published_month <= 2
            and self.period_end is not None
            and self.period_start == self.period_end == (self.published_year or 0) - 1
        ):
            return self.period_end
        # News of a year-end review held in January or February (`hội nghị tổng kết công tác năm 2019, triển khai nhiệm
        # vụ năm 2020`, dated 08/01/2020) whose plan for the new year gave it that year as its period: its `Trong năm
        # qua`, `hiện có` are of the year reviewed, named in its first lines (stop 25, dev_wording11).
        if (
            self.reviews
            and self.doc_type == "news_article"
            and self.published_month is not None
            and self.published_month <= 2
            and self.published_year is not None
            and (m := _REVIEW_OF_A_YEAR.search(self.text, 0, 600)) is not None
            and int(m.group(1)) == self.published_year - 1
        ):
            return self.published_year - 1
        # An official report on one year issued the next year (`Báo cáo kết quả … năm 2021`, dated 15/3/2022) speaks
        # of the end of the year it reports on: its `hiện có` is of that year (issue #11, round 21).
        if (
            self.genre == "report"
            and self.published_year is None
            and self.period_end is not None
            and self.period_start == self.period_end == (self.issued_year or 0) - 1
        ):
            return self.period_end
        if self.reviews and self.issued_year and self.published_year:
            return max(self.issued_year, self.published_year)
        return self.issued_year or self.published_year

    @property
    def beside_goal_year(self) -> int | None:
        """The year of a state named beside a goal (`60% … (hiện nay 25%)`): when the goal was written, the date of an
        official report (not the end of the year it reports on, which `now_year` may be), else `now_year`."""
        if self.genre == "report" and self.published_year is None and self.issued_year:
            return self.issued_year
        return self.now_year

    @property
    def latest_year(self) -> int | None:
        """The latest year a baseline can be of: the text's own year, or the page's date when later (a January
        review of the year before still reports `tính đến tháng 1/2019`)."""
        now = self.now_year
        if now is not None and self.published_year is not None:
            return max(now, self.published_year)
        return now

    def default_year(self, kind: str) -> int | None:
        """The year of a value whose words name none: a target is for the end of the plan period; a baseline
        is as of the document (the year it was issued, or the page's date for news that reports no document).
        A review's baseline is as of the end of the period it looks back on (`năm 2014` → 2014, `giai đoạn
        2011-2015` → 2015), which is often the year before it was written."""
        if kind == "target":
            return self.period_end
        now = self.now_year
        if self.reviews and self.period_end and (now is None or self.period_end <= now):
            return self.period_end
        return now


@dataclass
class Fact:
    doc_id: str
    source_file: str
    indicator: str
    kind: str
    scope: str
    year: int | None
    value: float | None
    quote: str
    char_start: int
    char_end: int
    rule: str
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    override: bool = False
    page: int | None = None
    # A multi-year amount (a 2016-2020 plan's budget) has no single year: `year` is None and the period is
    # set. A fact about one year leaves both empty.
    period_start: int | None = None
    period_end: int | None = None
    # Where the number(s) the value was read from stand (the amount with its qualifier and unit; None for
    # words that mean zero). Not a column: `numbers` links the numbers inside it to this fact.
    value_start: int | None = field(default=None, repr=False)
    value_end: int | None = field(default=None, repr=False)

    @property
    def dimension(self) -> str:
        return codebook.indicator(self.indicator).dimension

    @property
    def unit(self) -> str:
        return codebook.indicator(self.indicator).unit

    def as_row(self) -> dict:
        ind = codebook.indicator(self.indicator)
        values = {**vars(self), "dimension": ind.dimension, "unit": ind.unit}
        return {col: values[col] for col in FACT_COLUMNS}

    @staticmethod
    def frame(facts: list[Fact]) -> pd.DataFrame:
        """The facts as a table with FACT_COLUMNS, built column by column (several times faster than from
        one `as_row` dict per fact)."""
        if not facts:
            return pd.DataFrame([], columns=FACT_COLUMNS)
        looked_up = {name: codebook.indicator(name) for name in {f.indicator for f in facts}}
        columns = {col: [getattr(f, col) for f in facts] for col in FACT_COLUMNS if col not in ("dimension", "unit")}
        columns["dimension"] = [looked_up[f.indicator].dimension for f in facts]
        columns["unit"] = [looked_up[f.indicator].unit for f in facts]
        frame = pd.DataFrame({col: columns[col] for col in FACT_COLUMNS}, columns=FACT_COLUMNS)
        frame["page"] = frame["page"].astype("Int64")
        return frame

    def key(self) -> tuple:
        """What makes two facts the same fact (the strict evaluation key)."""
        return (
            self.indicator,
            self.kind,
            self.scope,
            self.year,
            self.period_start,
            self.period_end,
            self.value,
            self.low,
            self.high,
        )


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per key in a document: a news article's repeated lead paragraph gives one fact, not two.
    The first occurrence is kept (its quote is where a reader meets it first); the numbers of the others are
    listed in numbers.csv as duplicates."""
    seen: set[tuple] = set()
    out = []
    for f in sorted(facts, key=lambda f: f.char_start):
        k = (f.doc_id, *f.key())
        if k not in seen:
            seen.add(k)
            out.append(f)
    rounded = [f for f in out if f.qualifier in ("over", "nearly", "approx")]
    if not rounded:
        return out
    exact: dict[tuple, list[Fact]] = {}
    for g in out:
        if g.qualifier is None:
            exact.setdefault((g.doc_id, *g.key()[:6]), []).append(g)
    drop = {id(f) for f in rounded if any(_rounds(f, g) for g in exact.get((f.doc_id, *f.key()[:6]), ()))}
    return [f for f in out if id(f) not in drop] if drop else out


def _rounds(f: Fact, g: Fact) -> bool:
    """Whether `f` restates `g` rounded (a headline's `Hơn 400 dịch vụ` over the body's 412, `gần 180 tỷ đồng` over
    179.650 triệu đồng): the same indicator, kind, level and time, a qualifier of approximation, and a value that is
    `g`'s rounded down (`hơn`), up (`gần`) or either way (`khoảng`) to tens, hundreds, thousands …, within 10%."""
    if f.qualifier not in ("over", "nearly", "approx") or g.qualifier is not None or f is g:
        return False
    if f.value is None or not g.value or f.value == g.value or f.key()[:6] != g.key()[:6] or f.doc_id != g.doc_id:
        return False
    if abs(f.value - g.value) > 0.1 * abs(g.value):
        return False
    for k in range(1, 7):
        unit = 10**k
        down, up = math.floor(g.value / unit) * unit, math.ceil(g.value / unit) * unit
        if (f.qualifier == "over" and f.value == down) or (f.qualifier == "nearly" and f.value == up):
            return True
        if f.qualifier == "approx" and f.value in (down, up):
            return True
    return False


# A line break, a semicolon, or the spaces after a full stop before a capital or a bullet. (Written to open with one
# character class, `[\s;]`, which the regex engine jumps between; the same matches as
# `\n|(?<=[.;!?…])\s+(?=[A-ZĐÀ-Ỹ\-\+\*•])|;`, which it tried at every character.)
_CLAUSE_END = re.compile(r"[\s;](?:(?<=[\n;])|(?<=[.;!?…]\s)\s*(?=[A-ZĐÀ-Ỹ\-\+\*•]))")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from after the previous sentence end to before the next one."""
    window = max(0, start - 600)
    left = max((m.end() for m in _CLAUSE_END.finditer(text, window, start)), default=window)
    m = _CLAUSE_END.search(text, end)
    right = m.start() if m else len(text)
    return left, right
