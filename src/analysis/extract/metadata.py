"""Document metadata: province, number, type, issuer, signer, dates, plan period, truncation.

Official documents (decisions, plans) carry the national motto header and `Số: 176/KH-UBND`; news articles
report another document's number and date. Rules key on those phrasings, never on file names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from analysis.corpus import SourceText
from analysis.extract.prefilter import finditer_from_words, search_from_words
from analysis.provinces import find_province, lookup, province_scores, slugify
from analysis.vietnamese import find_dates, parse_number_words

__all__ = ["DOCUMENT_COLUMNS", "DocumentMeta", "extract_metadata", "later_than_its_article"]

DOCUMENT_COLUMNS = [
    "doc_id",
    "source_file",
    "sha256",
    "province",
    "province_code",
    "province_2025",
    "doc_number",
    "doc_type",
    "genre",  # plan | decision | report | news_plan | news_review | news_mixed (see `read_genre`)
    "reported_doc_type",
    "issuer",
    "issuer_level",  # province | district | commune: the committee that issued an official text (see _LOCAL_ISSUER)
    "signer",
    "issued",
    "published",
    "period_start",
    "period_end",
    "period_quote",
    "truncated",
    "n_chars",
    "language",
    "encoding",
    "source_format",  # text | html | mht | pdf | pdf-ocr | image-ocr | docx | doc | odt | rtf | pptx | xlsx | xls | ods | csv
    "pages",  # PDF pages; empty for unpaged formats
    "ocr_confidence",  # Tesseract's mean word confidence 0-100 for scans (a caveat in reports); else empty
]


@dataclass
class DocumentMeta:
    doc_id: str
    source_file: str
    sha256: str
    province: str | None
    province_code: str | None
    province_2025: str | None
    doc_number: str | None
    doc_type: str
    reported_doc_type: str | None
    issuer: str | None
    signer: str | None
    issued: date | None
    published: date | None
    period_start: int | None
    period_end: int | None
    period_quote: str | None
    truncated: bool
    n_chars: int
    language: str
    encoding: str
    source_format: str = "text"
    pages: int | None = None
    ocr_confidence: float | None = None
    genre: str = "plan"
    issuer_level: str | None = None

    def as_row(self) -> dict:
        # Shallow on purpose: `dataclasses.asdict` deep-copies every field, a tenth of extraction time.
        row = {c: getattr(self, c) for c in DOCUMENT_COLUMNS}
        for k in ("issued", "published"):
            row[k] = row[k].isoformat() if row[k] else None
        return row


_MOTTO = re.compile(r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM", re.IGNORECASE)
# `176/KH-UBND`, `2072/QĐ-UBND`, `36a/NQ-CP`, `855/QĐ .GV-UBND`
_DOC_NUMBER = r"(?-i:\d+[a-zA-Z]?/(?:\d{4}/)?(?:[A-ZĐ]+[ .\-]*)*[A-ZĐ]+(?![a-zà-ỹ]))"
# A document's own number opens a line: `Số: 176/KH-UBND`. Looked for at the very start and after line
# breaks (a literal the engine jumps between; `(?:^|\n)` in front made it try every character).
# A party committee's number puts its type before the slash and its issuer after it: `17-NQ/TU` (a resolution of the
# province's party committee, Tỉnh ủy), `05-KH/ThU` (a city's, Thành ủy), `09-CT/HU` (a district's, Huyện ủy).
_PARTY_NUMBER = r"(?-i:\d+-[A-ZĐ]+/[A-ZĐ][A-ZĐa-z]{0,5}(?![\wà-ỹ]))"
_OWN_NUMBER_LINE = rf"\s*Số(?:\s*hiệu)?\s*:?\s*({_DOC_NUMBER}|{_PARTY_NUMBER})"
_OWN_NUMBER_AT_START = re.compile(_OWN_NUMBER_LINE)
_OWN_NUMBER_AFTER_BREAK = re.compile(rf"\n{_OWN_NUMBER_LINE}")


def _type_code(doc_number: str | None) -> str:
    """The code of a document's type in its number: `KH` in `176/KH-UBND`, `NQ` in a party committee's `17-NQ/TU`."""
    if not doc_number:
        return ""
    m = re.match(r"\d+-([A-ZĐ]+)/", doc_number) or re.search(r"/([A-ZĐ]+)", doc_number)
    return m.group(1) if m else ""


_PARTY_COMMITTEES = {"TU": "province", "ThU": "province"}  # (a district's `HU`: its header names it, local_issuer)


def _party_committee(doc_number: str | None) -> str | None:
    """The level of the party committee that numbered a document (`17-NQ/TU`: the province's), or None."""
    m = re.match(r"\d+-[A-ZĐ]+/([A-ZĐ][A-ZĐa-z]*)$", doc_number or "")
    return _PARTY_COMMITTEES.get(m.group(1)) if m else None


def _own_number(text: str) -> re.Match[str] | None:
    return _OWN_NUMBER_AT_START.match(text) or _OWN_NUMBER_AFTER_BREAK.search(text)


_REPORTED_NUMBER = re.compile(rf"(Quyết định|Kế hoạch|Chỉ thị)\s+(?:số\s+)?({_DOC_NUMBER})", re.IGNORECASE)
# (`BC`: a report of results, whoever reports: `/BC-UBND`, a department's `/BC-STTTT`, a council's `/BC-HĐND`; issue
# #11, round 24. Before, a report was typed `plan` and told apart by its genre only.)
_TYPE_CODES = {"QĐ": "decision", "KH": "plan", "CT": "directive", "NQ": "resolution", "BC": "report"}
_TYPE_WORDS = {"quyết định": "decision", "kế hoạch": "plan", "chỉ thị": "directive"}
_APPENDIX = re.compile(r"phụ\s*lục", re.IGNORECASE)
_ANNEX_OF = re.compile(
    r"\(\s*(?:ban\s*hành\s*)?kèm\s*theo\s*(kế\s*hoạch|quyết\s*định|chỉ\s*thị|nghị\s*quyết)\s*(?:số\s*:?\s*)?"
    r"(\d+[\w/.\-]*)",
    re.IGNORECASE,
)
_ANNEX_TYPES = {**_TYPE_WORDS, "nghị quyết": "resolution"}
_TRUNCATION = re.compile(r"\[(?:\.\.\.|…)\]")
_SIGNER_LINE = re.compile(r"^Người ký\s*:?\s*(.+)$", re.MULTILINE)
_SIGNATURE = (
    r"(?:KT\.\s*)?(?:PHÓ\s+)?CHỦ\s*TỊCH\s*\n+(?:(?:PHÓ\s+)?CHỦ\s*TỊCH\s*\n+)?"
    r"(?:\(Đã ký\)\s*\n+)?([A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})\s*(?:\n|$)"
)
# The block opens a line: at the very start, or after a line break (a literal the engine jumps between;
# `(?:^|\n)` in front made it try every character).
_SIGNATURE_AT_START = re.compile(_SIGNATURE)
_SIGNATURE_AFTER_BREAK = re.compile(rf"\n{_SIGNATURE}")


def _signature_block(text: str) -> re.Match[str] | None:
    return _SIGNATURE_AT_START.match(text) or _SIGNATURE_AFTER_BREAK.search(text)


# `(Phó) Chủ tịch UBND tỉnh … - Nguyễn Văn A đã ký`: only the name is kept, so the pattern opens with the
# literal `Chủ tịch` (an optional `Phó` in front would make the engine try every character of the article).
_NEWS_SIGNER = re.compile(
    r"Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+tỉnh\s+[^,\n–—-]{2,30}?\s*[-–—,]\s*"
    r"([A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})\s+(?:đã\s+)?ký"
)
_PERIOD_RANGE = re.compile(r"giai\s*đoạn\s*(\d{4})\s*[-–—]\s*(\d{4})", re.IGNORECASE)
_PERIOD_UNTIL = re.compile(r"(?:đến|tới)\s+năm\s*(\d{4})", re.IGNORECASE)
_PERIOD_YEAR = re.compile(r"\bnăm\s*(\d{4})\b", re.IGNORECASE)
# `Đến năm 2015, …` opening a sentence (a roadmap's milestone), and a later one after a full stop or a line break.
_MILESTONE = re.compile(r"(?:đến|tới)\s+năm\s*(\d{4})\s*,", re.IGNORECASE)
_MILESTONE_AFTER_STOP = re.compile(r"(?:[.…]\s+|\n\s*)(?:đến|tới)\s+năm\s*(\d{4})\s*,", re.IGNORECASE)
_BARE_RANGE = re.compile(r"(?<![\d/.])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\d/])")
_ISSUING = re.compile(r"ban hành|ký|phê duyệt", re.IGNORECASE)
_AFTER_FULL_STOP = re.compile(r"(?<=[.!?])\s+")
_ARTICLE_STAMP = re.compile(r"^(\d{1,2}/\d{1,2}/ ?\d{4})\s*-\s*\d{1,2}:\d{2}", re.MULTILINE)


def _title_zone(text: str, is_news: bool) -> tuple[int, int]:
    """Where a document states its own title: the header up to the first `Căn cứ`/`Thực hiện` paragraph
    (official documents) or the headline and first paragraphs (news)."""
    if is_news:
        return 0, min(len(text), 1200)
    for m in _BASIS_OPENING.finditer(text, 0, 3000):
        above = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if m.group(1) == "Thực hiện" and _TITLE_WORD_LINE.fullmatch(above):
            continue  # `CHƯƠNG TRÌNH HÀNH ĐỘNG` / `Thực hiện Nghị quyết … giai đoạn 2017-2020`: the title's second line
        return 0, m.start()
    # No `Căn cứ` line (a report to the council, an examination report): the title ends where the first section opens
    # (`I. KẾT QUẢ …`, `1. Về sự cần thiết`), not 3000 characters on, deep in the body's own periods.
    if first := _FIRST_SECTION.search(text, 0, 3000):
        return 0, first.start()
    return 0, min(len(text), 3000)


_BASIS_OPENING = re.compile(r"\n\s*(Căn cứ|Thực hiện|Xét đề nghị)\b")
# A title in capitals on a line of its own (`KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`)
_TITLE_WORD_LINE = re.compile(r"(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH(?:\s*HÀNH\s*ĐỘNG)?|ĐỀ\s*ÁN|NGHỊ\s*QUYẾT|QUYẾT\s*ĐỊNH)")


def _plan_period(text: str, zone: tuple[int, int], issued_year: int | None):
    start, end = zone
    head = text[start:end]
    m = _PERIOD_RANGE.search(head)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(0)
    m = _PERIOD_UNTIL.search(head)
    if m:
        # `dự thảo kế hoạch … từ nay đến năm 2020 … Trong 5 năm 2016-2020 dự kiến …`: a range that ends in that
        # year names the start too (the date found, `issued_year`, may be a programme's the text cites).
        end = int(m.group(1))
        opening = head[: m.start()].rstrip(" \t")
        if _MILESTONE.match(head, m.start()) and (not opening.strip() or opening.endswith((".", "…", "\n"))):
            # milestones opening sentences one after another (`Đến năm 2015, thành phố phấn đấu …. Đến năm 2020, …`):
            # the plan runs to the last of them, not to the first
            end = max([end] + [int(x.group(1)) for x in _MILESTONE_AFTER_STOP.finditer(head, m.end())])
        for r in _BARE_RANGE.finditer(head):
            if int(r.group(2)) == end and 0 < end - int(r.group(1)) <= 10:
                return int(r.group(1)), end, r.group(0)
        return issued_year, end, m.group(0)
    # `KẾ HOẠCH ... NĂM 2014` — a one-year plan. Not `tháng 10 năm 2015` (a date) and not
    # `176/KH-UBND năm 2016` (the year a document was numbered in).
    for m in _PERIOD_YEAR.finditer(head):
        before = head[max(0, m.start() - 20) : m.start()]
        if re.search(r"tháng\s*\d{1,2}\s*$", before, re.IGNORECASE) or re.search(rf"{_DOC_NUMBER}\s*$", before):
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        # The title line itself, or the `KẾ HOẠCH` line just above a title that starts on its own line.
        above = head[max(0, head.rfind("\n", 0, max(0, line_start - 1)) - 200) : line_start]
        above_lines = [ln for ln in above.splitlines() if ln.strip()]
        title_above = bool(above_lines) and re.fullmatch(r"\s*KẾ\s*HOẠCH\s*", above_lines[-1]) is not None
        if not title_above and head[line_start : m.start()].isupper():
            # A title a legal site keeps broken over several lines (`KẾ HOẠCH` / `ỨNG DỤNG … CỦA CƠ QUAN NHÀ` / `NƯỚC,
            # PHÁT TRIỂN … TRÊN ĐỊA BÀN` / `TỈNH HẢI DƯƠNG NĂM 2021`): every line up to `KẾ HOẠCH` in capitals.
            lines_up = [ln for ln in head[max(0, line_start - 600) : line_start].splitlines() if ln.strip()]
            for line in reversed(lines_up[-5:]):
                if re.fullmatch(r"\s*KẾ\s*HOẠCH\s*", line):
                    title_above = True
                    break
                if not line.isupper():
                    break
        # (`Hà Giang triển khai chương trình ứng dụng CNTT năm 2015`, a lead's `ban hành chương trình … năm 2015`: a
        # programme of one year is such a plan; not `Chương trình hành động số 02 … năm 2016`, a document's number.)
        # (A service level's number is no year nor a document's number: `Danh mục dịch vụ công trực tuyến mức độ 3,
        # mức độ 4 để các sở … thực hiện trong năm 2021` is that year's list, as a list with no level named is.)
        between = re.sub(r"(mức\s*(?:độ\s*)?)\d\b", r"\g<1>N", head[line_start : m.start()], flags=re.IGNORECASE)
        # (`Phê duyệt Danh mục dự án ứng dụng CNTT năm 2020`, `phân bổ kinh phí thực hiện các nhiệm vụ … năm 2020`: a
        # decision approving one year's list of projects, or allotting one year's money, is that year's plan.)
        if title_above or re.search(
            r"kế\s*hoạch|(?:chương\s*trình|danh\s*mục|phân\s*bổ\s*kinh\s*phí|dự\s*toán)[^\d\n]{0,120}$",
            between,
            re.IGNORECASE,
        ):
            y = int(m.group(1))
            return y, y, m.group(0)
    return None, None, None


# A plan whose title names no period names it in the sentence that issues it, after the `Căn cứ` lines (`Ủy ban
# nhân dân tỉnh ban hành Kế hoạch … năm 2019 như sau:`), else in its goals (`II. MỤC TIÊU` … `giai đoạn 2019 -
# 2020`); those lines may name a national programme's period too, so only the words after `ban hành … Kế hoạch`
# count, and in the goals only a range, `đến năm N` or a year not before the plan's own.
_ISSUES_A_PLAN = re.compile(
    r"(?:ban\s*hành|xây\s*dựng|triển\s*khai)\s+(?:[^\s.;:]+\s+){0,3}?kế\s*hoạch\b(?!\s*số)", re.IGNORECASE
)
_FIRST_SECTION = re.compile(r"\n[ \t]*(?:(?:PHẦN|Phần)\s|[IVX]+\.|[A-E]\.|1\.\s)")
_GOALS_HEADING = re.compile(r"\n[ \t]*(?:[IVX]+\.|[A-E]\.|\d\.)?[ \t]*MỤC[ \t]*TIÊU\b[^\n]*")
_YEAR_NOT_LED = re.compile(r"(?<!với )(?<!từ )\bnăm\s*(\d{4})\b", re.IGNORECASE)


def _period_in(words: str, issued_year: int | None, not_before: int | None = None):
    m = _PERIOD_RANGE.search(words)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(0)
    m = _PERIOD_UNTIL.search(words)
    if m:
        return issued_year, int(m.group(1)), m.group(0)
    for m in _YEAR_NOT_LED.finditer(words):
        before = words[max(0, m.start() - 20) : m.start()]
        if re.search(r"tháng\s*\d{1,2}\s*$", before, re.IGNORECASE) or re.search(rf"{_DOC_NUMBER}\s*$", before):
            continue
        y = int(m.group(1))
        if not_before is None or y >= not_before:
            return y, y, m.group(0)
    return None, None, None


def _period_outside_title(text: str, zone_end: int, issued_year: int | None):
    """The period of an official plan whose title names none: see _ISSUES_A_PLAN."""
    first = _FIRST_SECTION.search(text, zone_end, zone_end + 6000)
    lead_end = first.start() if first else min(len(text), zone_end + 3000)
    for m in _ISSUES_A_PLAN.finditer(text, zone_end, lead_end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.match(r"\s*Căn\s*cứ", text[line_start : m.start()], re.IGNORECASE):
            continue
        line_end = text.find("\n", m.end())
        found = _period_in(text[m.end() : line_end if line_end >= 0 else len(text)], issued_year)
        if found[1] is not None:
            return found
    goals = _GOALS_HEADING.search(text, zone_end)
    if goals:
        return _period_in(text[goals.start() : goals.end() + 1200], issued_year, not_before=issued_year)
    return None, None, None


# A headline that states a year's goal (`Năm 2019: 100% sở, ngành có một cửa điện tử`): the year of the plan
# the article reports, when its words name no period.
_HEADLINE_YEAR = re.compile(
    r"\s*(?:[^\n:]{0,40}:\s*)?(?:trong\s*|đến\s*(?:hết\s*|cuối\s*)?)?năm\s*(\d{4})\s*[:,\-–]", re.IGNORECASE
)


# --- genre -------------------------------------------------------------------------------------------
# What kind of text a document is decides what an unmarked number in it means (docs/phrasing.md §1): a plan,
# a decision (with its plan annexed) and news about a new plan state goals (targets); a report of results
# (`Số: N/BC-UBND`, `BÁO CÁO`) and a news review (`tổng kết`, `sau 5 năm`, `năm qua`) state what was done
# (baselines). Phrases, not single words, so that a plan's lead (`… nhằm phát huy kết quả đạt được`) does
# not make it a review. A researcher can extend these lists.
GENRES = ("plan", "decision", "report", "news_plan", "news_review", "news_mixed")
BASELINE_GENRES = ("report", "news_review", "news_mixed")
_NEWS_OF_A_PLAN = re.compile(
    r"vừa\s+(?:được\s+)?(?:[^\s.,;]+\s+){0,5}?(?:ban\s+hành|phê\s+duyệt|ký|thông\s+qua)"
    r"|(?:ban\s+hành|phê\s+duyệt|triển\s+khai)\s+(?:kế\s+hoạch|đề\s+án)|ký\s+(?:ban\s+hành|quyết\s+định)"
    r"|đặt\s+(?:ra\s+)?mục\s+tiêu|phấn\s+đấu|mục\s+tiêu\s+(?:đến|năm|của)|đến\s+năm\s+\d{4}"
    # a plan made public (`Theo kế hoạch mới công bố, thành phố sẽ đầu tư …`, `… công bố Quy hoạch phát triển CNTT …`)
    r"|(?:kế\s+hoạch|quy\s+hoạch|đề\s+án|chương\s+trình)\s+(?:mới|vừa)\s+(?:được\s+)?công\s+bố"
    r"|công\s+bố\s+(?:kế\s+hoạch|quy\s+hoạch|đề\s+án)",
    re.IGNORECASE,
)
# `Theo đó, …` opens a plan's contents only after a plan named as issued (`vừa ban hành Kế hoạch … Theo đó, …`);
# after `đã ban hành nhiều văn bản chỉ đạo. Theo đó, phần mềm … được triển khai tại 26 đơn vị` it opens results.
_THEO_DO = re.compile(r"\btheo\s+đó\b", re.IGNORECASE)
_PLAN_NAMED = re.compile(
    r"(?:kế\s+hoạch|đề\s+án|quyết\s+định|nghị\s+quyết|chỉ\s+thị|chương\s+trình)\s+(?:số\s+)?\d"
    r"|(?:ban\s+hành|phê\s+duyệt|ký|thông\s+qua)\s+(?:[^\s.,;]+\s+){0,3}?"
    r"(?:kế\s+hoạch|đề\s+án|quyết\s+định|nghị\s+quyết|chỉ\s+thị|chương\s+trình)",
    re.IGNORECASE,
)


def _news_of_a_plan(text: str) -> bool:
    if _NEWS_OF_A_PLAN.search(text):
        return True
    m = _THEO_DO.search(text)
    return bool(m and _PLAN_NAMED.search(text, 0, m.start()))


# Words that only a look back uses (a plan's lead may say `thời gian qua` of its baseline, never `tổng kết`).
_NEWS_OF_RESULTS = re.compile(
    # (not `Sau 4 năm thực hiện, các hệ thống … sẽ được tích hợp`: a plan's look ahead, its sentence in the future)
    r"báo\s+cáo\s+kết\s+quả|tổng\s+kết|sơ\s+kết|(?:sau|qua)\s+\d+\s+năm(?![^.;!?\n]{0,150}?\b(?:sẽ|dự\s+kiến)\b)"
    r"|\d+\s+năm\s+(?:triển\s+khai|thực\s+hiện)(?![^.;!?\n]{0,150}?\b(?:sẽ|dự\s+kiến)\b)"
    r"|kết\s+quả\s+(?:\d+\s+năm|thực\s+hiện|triển\s+khai|ứng\s+dụng|xây\s+dựng|chuyển\s+đổi\s+số)|nhìn\s+lại"
    r"|đánh\s+giá\s+kết\s+quả"
    # results achieved, in so many words (`Năm 2024, tỉnh … đạt nhiều kết quả quan trọng trên lĩnh vực chuyển đổi số`,
    # `đã đạt được những thành tựu`): a look back, as `kết quả nổi bật` is
    r"|đạt\s+(?:được\s+)?(?:nhiều|những|một\s+số)\s+(?:kết\s+quả|thành\s+tựu)"
    # `những kết quả nổi bật …`, `… 10 tháng năm 2020` (the months of a year gone by: a report of results)
    r"|kết\s+quả\s+nổi\s+bật|\b\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+\d{4}"
    # results as of a date (`Đến tháng 9/2020, 100% xã … đã sử dụng …`): a date of a month, then `đã` in its sentence
    # (a plan's `đến tháng 12/2020, 100% … được cấp` states a goal with no `đã`)
    r"|(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?tháng\s+\d{1,2}\s*/\s*\d{4}[^.;!?\n]{0,120}?\bđã\b"
    # a body reporting the state now (`Sở TT&TT cho biết, đến nay 97% văn bản …`)
    r"|cho\s+biết,?\s+(?:tính\s+)?(?:đến\s+nay|hiện\s+nay|năm\s+qua)"
    # ... or the results of a year it names (`ông … cho biết, năm 2020 toàn tỉnh đã cung cấp 312 dịch vụ …`)
    r"|cho\s+biết,?\s+(?:trong\s+)?năm\s+\d{4}[^.;!?\n]{0,60}?\bđã\b",
    re.IGNORECASE,
)
# ...and words a headline about results uses (`Năm qua, …`, `… đã đạt được`, `… bước tiến`).
_HEADLINE_OF_RESULTS = re.compile(
    rf"{_NEWS_OF_RESULTS.pattern}|năm\s+qua|thời\s+gian\s+qua|đạt\s+được|\bđã\b|những\s+kết\s+quả|bước\s+(?:tiến|chuyển)"
    # a headline setting results against their goal (`… chưa đạt kỳ vọng`, `nhiều chỉ tiêu vượt kế hoạch`, round 24; in
    # a lead the same words may open a new plan's reasons, so only a headline counts them)
    r"|chưa\s+đạt\s+(?:kỳ\s+vọng|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|yêu\s+cầu)|vượt\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)"
    r"|đến\s+nay|hiện\s+(?:nay|có)"
    # a ranking (`Tây Ninh tăng 8 bậc trong bảng xếp hạng ICT Index 2019`, `Đà Nẵng tiếp tục đứng đầu …`): results
    r"|xếp\s+(?:hạng|thứ)|(?:tăng|giảm|tụt)\s+\d+\s+(?:bậc|hạng)|dẫn\s+đầu|đứng\s+đầu|ict\s*index"
    # a launch (`Bạc Liêu khai trương Cổng thông tin điện tử tỉnh`, `… chính thức đưa vào vận hành …`): what the portal
    # or system offers at its launch is its state then (not `sẽ khai trương`, `dự kiến đưa vào …`: a plan's date)
    r"|(?<!sẽ\s)(?<!kiến\s)(?:khai\s+trương|khánh\s+thành|ra\s+mắt)"
    r"|chính\s+thức\s+(?:hoạt\s+động|vận\s+hành|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|hoạt\s+động))",
    re.IGNORECASE,
)
# Over the whole article, when its headline and lead say neither: which way its clauses lean.
# (a text naming a plan, a programme or money for one reads as news of it when it says nothing else: `Kế hoạch năm 2026
# của tỉnh …: 100% cơ quan …`)
_PLAN_WORDS = re.compile(r"kế\s+hoạch|đề\s+án|chương\s+trình|chỉ\s+tiêu|kinh\s+phí|ngân\s+sách|vốn\b", re.IGNORECASE)
# (nor any other word of an aim: `Tỉnh hướng tới …`, `quyết tâm`, `nỗ lực để`, `bảo đảm 100% …`, `nâng số dịch vụ … lên`,
# `trong thời gian tới`, `trước ngày 31/12/2024`, `yêu cầu`, `nhằm`; review 27c)
_OTHER_GOAL_WORDS = re.compile(
    r"hướng\s+(?:tới|đến)|tiến\s+tới|quyết\s+tâm|nỗ\s+lực|bảo\s+đảm|đảm\s+bảo|\bcần\b|\bphải\b|yêu\s+cầu"
    r"|nhằm|\bnâng\b|thời\s+gian\s+tới|sắp\s+tới|tới\s+đây|trước\s+ngày|đích\s+đến|kỳ\s+vọng|đặt\s+ra|năm\s+tới"
    r"|sang\s+năm|cuối\s+năm\s+nay|trong\s+năm\s+(?:nay|\d{4})",
    re.IGNORECASE,
)
_GOAL_WORDS = re.compile(r"phấn\s+đấu|mục\s+tiêu|\bsẽ\b|dự\s+kiến|đến\s+năm\s+\d{4}", re.IGNORECASE)
_RESULT_WORDS = re.compile(r"\bđã\b|đến\s+nay|hiện\s+nay|hiện\s+có|đạt\s+được|năm\s+qua", re.IGNORECASE)
_REPORT_TITLE = re.compile(r"(?:^|\n)[ \t]*BÁO[ \t]*CÁO\b")  # the title of a report, in capitals
# Papers around the People's Council (HĐND) and the purse (docs/phrasing.md §1): an examination report of a proposal
# (`BÁO CÁO THẨM TRA` / `Tờ trình … về Kế hoạch …`) speaks of the plan proposed, as the proposal does (a plan's genre:
# its goals and money are targets, its account of the state is marked `đã`, `hiện`, `mới đạt`); an inspection's or an
# audit's conclusion (`Số: N/KL-TTr`, `KẾT LUẬN THANH TRA`, `KẾT LUẬN KIỂM TOÁN`) states what was found, as of its
# own date; minutes or news of a question session (`chất vấn`) give the state now in the answers, then commitments.
_EXAMINATION_TITLE = re.compile(r"(?:^|\n)[ \t]*BÁO[ \t]*CÁO[ \t]*THẨM[ \t]*TRA\b")
_INSPECTION_TITLE = re.compile(r"(?:^|\n)[ \t]*KẾT[ \t]*LUẬN[ \t]*(?:THANH[ \t]*TRA|KIỂM[ \t]*(?:TRA|TOÁN))\b")
_QUESTION_SESSION = re.compile(r"chất\s+vấn", re.IGNORECASE)
# A reporter's turn of an interview, on a line of its own (`Phóng viên: Thưa ông, …?`, `PV: …`), or right after the
# dateline that opens the article's body (`(Kiên Giang, 2/11/2023) - Phóng viên: …`, stop 27 review).
_INTERVIEW_TURN = re.compile(r"(?:phóng\s+viên|pv)\s*:", re.IGNORECASE)
_DATELINE_END = re.compile(r"\)\s*[-–—]\s*$")


def _has_interview_turn(text: str) -> bool:
    """Whether a line opens with a reporter's turn (found with `str.find`: a case-blind scan of the text is slow)."""
    for word in ("Phóng viên", "PHÓNG VIÊN", "PV"):
        i = text.find(word)
        while i >= 0:
            if (
                i == 0 or text[i - 1] == "\n" or _DATELINE_END.search(text, max(0, i - 6), i)
            ) and _INTERVIEW_TURN.match(text, i):
                return True
            i = text.find(word, i + 1)
    return False


# A lead that opens on a period (`(Báo X) – Giai đoạn 2016 – 2020, tổng kinh phí bố trí … hơn 22 tỷ đồng.`): a look back
# when that period has ended by the time of writing (or the page is undated), its sentence states no goal and the
# lead speaks of results (`đã tạo điều kiện`). `Giai đoạn 2021-2025, … dự kiến 200 tỷ đồng` is a plan's.
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")  # where a sentence ends (its break, for a lead's sentences)
_LEAD_PERIOD = re.compile(
    r"(?:^|\n|[.!?]\s+)(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*)?(?:trong\s+)?giai\s*đoạn\s*(\d{4})\s*[-–—]\s*(\d{4})\s*,",
    re.IGNORECASE,
)


def _looks_back_on_a_period(lead: str, now: int | None) -> bool:
    m = _LEAD_PERIOD.search(lead)
    if m is None or (now is not None and int(m.group(2)) > now):
        return False
    stop = _SENTENCE_BREAK.search(lead, m.end())
    sentence = lead[m.start() : stop.start() if stop else len(lead)]
    return not _GOAL_WORDS.search(sentence) and bool(_RESULT_WORDS.search(lead, m.end()))


# Where a news article's body states the state today (`đến nay … đã`, `hiện có`, `Hiện …`): the words of a result.
_STATE_NOW = re.compile(
    r"\b(?:đến\s+nay|hiện\s+(?:nay|có|huyện|tỉnh|thành\s+phố)|(?:đã|đều\s+đã)\s+(?!ban\s+hành|phê\s+duyệt)"
    r"|toàn\s+(?:tỉnh|huyện|thành\s+phố)\s+(?:hiện\s+)?có\s+\d"
    # (`Sau 9 tháng, tỷ lệ … đạt 70%`: a time gone by, review 27b)
    r"|sau\s+(?:\d{1,2}|một|hai|ba|sáu|chín|mấy)\s+(?:tháng|năm)\b)",
    re.IGNORECASE,
)


def _goal_only_after_the_state(text: str, body_from: int) -> bool:
    """Whether a news article names its goals (`đặt mục tiêu`, `phấn đấu`, `đến năm 2025`) only after a paragraph of its
    body that states the state today with none of them: news of the state with its goals at the end, not of a new plan
    (which names the plan or its goals in its first paragraph: `UBND tỉnh vừa ban hành Kế hoạch …`)."""
    first_goal = _NEWS_OF_A_PLAN.search(text, body_from)
    if first_goal is None:
        return False
    # the sentence of the first goal starts after an earlier one, of its paragraph or one before (stop 27 review: `Toàn
    # tỉnh có 74 cán bộ …. Tỉnh phấn đấu đến năm 2025 …` in one paragraph)
    p = max(text.rfind("\n", 0, first_goal.start()), text.rfind(". ", 0, first_goal.start()))
    return (
        p > body_from
        and bool(_STATE_NOW.search(text, body_from, p))
        and not _THEO_DO.search(text, body_from, p)
        and not _PLAN_NAMED.search(text, body_from, p)  # (`… đã thông qua 21 nghị quyết, trong đó có Đề án …`)
    )


def read_genre(text: str, is_news: bool, doc_type: str, doc_number: str | None, now: int | None = None) -> str:
    """The genre of a document, read once: see GENRES. Official texts by their number's code (`BC`) or their
    title; news by the words of the headline, then of the lead, then the balance of the whole article (`now`: the
    year the page was written, when known)."""
    if not is_news:
        code = _type_code(doc_number)
        title_end = _title_zone(text, False)[1]
        if _EXAMINATION_TITLE.search(text, 0, title_end):
            return "plan"  # the HĐND's examination of a proposal (`BÁO CÁO THẨM TRA Tờ trình … về Kế hoạch …`)
        if code in ("BC", "KL") or (
            code not in _TYPE_CODES
            and (_REPORT_TITLE.search(text, 0, title_end) or _INSPECTION_TITLE.search(text, 0, title_end))
        ):
            return "report"
        return "decision" if doc_type == "decision" else "plan"
    if _QUESTION_SESSION.search(text, 0, 400):
        return "news_mixed"  # a question session: the state now in the answers, then commitments
    if _has_interview_turn(text):
        # An interview (`Phóng viên: …?` then the answers): the state now and the goals ahead side by side, as at a
        # question session, whatever its headline quotes (`"Chính quyền điện tử phải bắt đầu từ xã"`; round 25)
        return "news_mixed"
    head = text.lstrip()[:300].split("\n", 1)[0]
    plan_head, results_head = _news_of_a_plan(head), bool(search_from_words(_HEADLINE_OF_RESULTS, head))
    if plan_head != results_head:
        return "news_plan" if plan_head else "news_review"
    lead = text[:1500]
    plan_lead = _news_of_a_plan(lead)
    results_lead = bool(search_from_words(_NEWS_OF_RESULTS, lead)) or _looks_back_on_a_period(lead, now)
    if plan_lead and results_lead:
        return "news_mixed"
    if plan_lead and _goal_only_after_the_state(lead, len(head)):
        # The state today first, the goal last (`… đến nay 14/14 phòng … đã ký số …. Năm 2023, huyện đặt mục tiêu
        # 100% xã …`): a look back, then what comes next, as news of results and a plan together is (round 26)
        return "news_mixed"
    if plan_lead or results_lead:
        return "news_plan" if plan_lead else "news_review"
    goals, results = len(_GOAL_WORDS.findall(text)), len(_RESULT_WORDS.findall(text))
    if goals == results == 0 and not _PLAN_WORDS.search(text) and not _OTHER_GOAL_WORDS.search(text):
        # (a news item with no word of a goal nor of a result, `Có 90% cán bộ cấp xã dùng thư công vụ, tuy còn …`,
        # states how things stand: results, as any sentence in the present tense with no goal word is; review 27b)
        return "news_review"
    return "news_plan" if goals >= results else "news_review"


_REVIEW_RANGE = re.compile(r"(?:giai\s*đoạn|từ(?:\s*năm)?)?\s*\(?(\d{4})\s*[-–—]\s*(\d{4})\)?")
# (`ICT Index 2018` with no `năm`: the ranking of a year measures that year, round 22)
_REVIEW_YEAR = re.compile(r"\b(?:năm|ict[\s-]*index)\s*(\d{4})\b", re.IGNORECASE)
_UNTIL_A_YEAR = re.compile(r"(?:đến|tới)\s*(?:hết|cuối)?\s*$", re.IGNORECASE)
# (`… gần 2,4 tỷ đồng, gấp đôi năm 2023` in news of 2024: the year an amount is measured against, stop 27)
_COMPARED_WITH = re.compile(
    r"(?:so\s*với\s*(?:cùng\s*kỳ\s*)?(?:đầu|cuối|hết)?|gấp\s*(?:đôi|rưỡi|(?:\d+(?:,\d+)?|hai|ba|bốn|năm|mười)\s*lần)(?:\s*so\s*với)?)\s*$",
    re.IGNORECASE,
)


# A range in a news review's lead is the period it looks back on when it is in the headline, opens its sentence
# (`Giai đoạn 2016-2020, tỉnh đã …`, `Trong giai đoạn …`) or follows words of a review in it (`tổng kết Kế hoạch …
# giai đoạn 2016-2020`); elsewhere it is context (`cam kết thực hiện cải cách hành chính hàng năm và giai đoạn 2016 –
# 2020`), and a review that names no period of its own speaks of its own year.
_OPENS_ITS_SENTENCE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*)?(?:(?:trong|qua|sau)\s*)?", re.IGNORECASE)


def _range_looks_back(text: str, at: int, headline_end: int) -> bool:
    if 0 <= at < headline_end <= 200 and text[headline_end:].strip():  # a headline: a short first line, text after it
        return True
    starts = [b.end() for b in _SENTENCE_BREAK.finditer(text, 0, at)]
    before = text[starts[-1] if starts else 0 : at]
    return bool(_OPENS_ITS_SENTENCE.fullmatch(before) or search_from_words(_NEWS_OF_RESULTS, before))


_NAMED_BACK_AFTER = re.compile(r"[^\n.;:!?]{0,40}?\b(?:tỷ\s*lệ|tỉ\s*lệ|con\s*số|số\s*liệu)\s+này\b", re.IGNORECASE)


# `giai đoạn trước`, `nhiệm kỳ trước` right before a range in brackets: an earlier period than the text's own.
_EARLIER_PERIOD_BEFORE = re.compile(r"(?:giai\s*đoạn|nhiệm\s*kỳ)\s+trước(?:\s+đó)?\s*[:,]?\s*$", re.IGNORECASE)


def _review_period(text: str, zone: tuple[int, int], latest: int | None, body_from: int | None = None):
    """The period a report or a news review looks back on: `năm 2014` or `giai đoạn 2011-2015`/`(2011 - 2015)`
    in its title (the header of a report, the headline and lead of news); not a date's year, not later than the
    text itself, and not a point in time a figure of the body is given at (`Tính đến hết năm 2018, …` after
    `body_from`, where a news headline ends)."""
    head = text[zone[0] : zone[1]]
    for m in _REVIEW_RANGE.finditer(head):
        a, b = int(m.group(1)), int(m.group(2))
        named = m.group(0).lstrip()[:1] in "gG"  # `giai đoạn 2016-2020`, a named period (not `(2011-2015)`)
        if body_from is not None and m.start() > body_from and _EARLIER_PERIOD_BEFORE.search(head, 0, m.start()):
            # `Trong giai đoạn trước (2019 - 2021), huyện đã chi …` in a news body: the period before the one the article
            # speaks of, named for its own figure, not the period looked back on (stop 27, leftovers5)
            continue
        if body_from is not None and named and not _range_looks_back(head, m.start(), body_from):
            continue
        if 1990 < a < b <= (latest or 2100) and b - a <= 10:
            return a, b, m.group(0).strip()
    for m in _REVIEW_YEAR.finditer(head):
        before = head[max(0, m.start() - 20) : m.start()]
        if re.search(r"tháng\s*\d{1,2}\s*$", before, re.IGNORECASE) or re.search(rf"{_DOC_NUMBER}\s*$", before):
            continue
        # `Tính đến hết năm 2018, …` in the body is a point in time a figure is given at, not the period the text
        # looks back on (a review of mid-2019 may date one figure so); in the title it is that period.
        if body_from is not None and m.start() > body_from and _UNTIL_A_YEAR.search(before):
            continue
        # `tăng 600 hộp thư so với cuối năm 2018`: the year a figure is compared with, not the period looked back on;
        # `được đầu tư từ năm 2015`: when something began, not the period either.
        if _COMPARED_WITH.search(before) or re.search(r"\btừ\s*$", before, re.IGNORECASE):
            continue
        # `Năm 2011, tỷ lệ này ở cấp xã chỉ là 31%` in a news body: an earlier year of a figure named back, given
        # beside today's (`đến nay … 58%`), not the period the article looks back on.
        if body_from is not None and m.start() > body_from and _NAMED_BACK_AFTER.match(head, m.end()):
            continue
        if re.match(r"\s*[-–—]\s*\d{4}", head[m.end() :]):  # the start of a range (`năm 2025-2026`), passed over above
            continue
        y = int(m.group(1))
        if 1990 < y <= (latest or 2100):
            return y, y, m.group(0)
    return None, None, None


# A news page's own date: a short line near the top that holds a date (`16/05/2018 08:45`, `Thứ Tư,
# 03/01/2018 - 14:20`, `Ngày đăng: 09/10/2019`, `15:30 | 08/01/2019`).
# (also with hyphens, `19-09-2012` on a line of its own under the headline, as some sites print it)
_DATE_LINE = re.compile(
    r"^[^\n]{0,30}?(?<![\d\-–/])(\d{1,2}/\d{1,2}/ ?\d{4}|\d{1,2}-\d{1,2}-\d{4})(?![\d\-–/])[^\n]{0,30}$", re.MULTILINE
)
# ... or, when the top has none, a line near the bottom that is a date and nothing else but the words a page puts
# around its date (`Cập nhật: 08/07/2019 15:30`, `Ngày đăng: 12-01-2019`, `(21/09/2022)`, `Thứ Ba, 08.01.2019`):
# a stricter shape than at the top, as the end of an article also holds signatures and document numbers.
_DATE_WORDS = r"(?:cập\s*nhật|ngày\s*(?:đăng|cập\s*nhật|xuất\s*bản)|đăng\s*(?:ngày|lúc)|xuất\s*bản|ngày|lúc|giờ|thứ\s*\w+|chủ\s*nhật|gmt\s*\+\s*7)"
_BARE_DATE_LINE = re.compile(
    rf"(?:{_DATE_WORDS}|[\s:|,()\-–—]|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:am|pm|sa|ch))?)*"
    r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2 ?(\d{4})(?![\d/.\-])"
    rf"(?:{_DATE_WORDS}|[\s:|,()\-–—]|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:am|pm|sa|ch))?)*",
    re.IGNORECASE,
)


# `(Baoxyz.vn) - Ngày 8/1/2020, Sở … tổ chức hội nghị …`: the lead's own date, for a page that shows none.
# The date in the lead's first sentence: at its opening, or after a clause (`(Báo X) - Nhân dịp …, ngày 15/8/2022,
# phóng viên …`); a point inside a word (`Baohaugiang.com.vn`) ends no sentence.
# A part of the day may stand for `Ngày` (`Chiều 8/10/2020, UBND tỉnh tổ chức họp báo …`, `sáng ngày 5/3/2021`).
_LEAD_DATE = re.compile(
    r"^(?:[^\n.!?]|[.!?](?!\s)){0,160}?\b(?:[Nn]gày|(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+ngày)?)\s*"
    r"(\d{1,2}/\d{1,2}/ ?\d{4})",
    re.MULTILINE,
)


# ... or written in words (`Đà Nẵng, ngày 08 tháng 01 năm 2020 – Sáng nay, …` in a press release, `Phiên chất vấn ngày
# 14 tháng 7 năm 2021` over minutes), when no date in figures opens the lead.
_LEAD_DATE_WORDS = re.compile(
    r"^(?:[^\n.!?]|[.!?](?!\s)){0,160}?\b([Nn]gày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})", re.MULTILINE
)


# ... or a dateline in brackets opening the lead, a place (or a site) and the date, then a dash (`(Sóc Trăng,
# 22/12/2020) - Tại buổi họp báo …`): the page's date; so is the page's own update date bracketed there (`(Cập nhật:
# 15/10/2020) - Theo Sở …`, `(Ngày đăng 03/5/2019) –`), as a date line under the headline is.
_LEAD_DATELINE = re.compile(
    r"^\(\s*(?:[^\d()\n]{2,60}?,|(?i:cập\s*nhật|ngày\s*(?:đăng|cập\s*nhật|xuất\s*bản)|đăng\s*ngày)\s*:?)"
    r"\s*(\d{1,2}/\d{1,2}/\d{4})\s*\)\s*[-–—]",
    re.MULTILINE,
)


def _date_of_lead(text: str) -> date | None:
    """The date that opens the lead paragraph (within its first words), in the first lines of a news page."""
    m = (
        _LEAD_DATE.search(text, 0, _nth_line_end(text, 4))
        or _LEAD_DATE_WORDS.search(text, 0, _nth_line_end(text, 6))
        or _LEAD_DATELINE.search(text, 0, _nth_line_end(text, 6))
    )
    if m and _CENTRAL_NUMBER_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
        return None  # `Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 …`: that decision's date, not the page's
    found = find_dates(m.group(1)) if m else []
    return found[0][0] if found else None


# The number of a central body's document right before a date (`số 749/QĐ-TTg ngày`, `Nghị quyết 17/NQ-CP ngày`,
# `Công văn số 793/BTTTT-THH ngày`): the date is that document's. A news page cites them as the basis of what it
# reports; neither the page's date nor the date of a province's plan.
_CENTRAL_NUMBER_BEFORE = re.compile(
    r"\d+/(?:\d{4}/)?(?:[A-ZĐ]+-)?(?:TTg|CP|BTTTT|VPCP|BNV|BTC|BKHĐT)(?:-[A-ZĐ]+)?\s*(?:ngày|,\s*ngày)\s*$"
    r"|\d+-[A-Z]+/TW\s*(?:ngày|,\s*ngày)\s*$"
)


# A byline or a credit with the date in brackets (`Minh Anh (08/01/2019)`, `(Theo Cổng TTĐT tỉnh, 15/3/2016)`): the
# words before the date are a name or a source (no digits, no sentence), the date closes the line.
_BYLINE_DATE = re.compile(
    r"(?:\(\s*theo\s[^\n\d()]{1,80}?,|[^\W\d_][^\n\d().,;:]{0,40}?\()"
    r"\s*(\d{1,2})([/.\-])(\d{1,2})\2 ?(\d{4})\s*\)",
    re.IGNORECASE,
)


def _date_at_bottom(text: str, lines: int = 8) -> date | None:
    """The page's date from one of the last `lines` lines that are not blank, when such a line is a date only
    (or a byline or credit with its date in brackets)."""
    tail = [ln.strip() for ln in text[-1500:].splitlines() if ln.strip()][-lines:]
    for line in reversed(tail):
        m = _BARE_DATE_LINE.fullmatch(line) or _BYLINE_DATE.fullmatch(line)
        if m:
            try:
                return date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            except ValueError:
                continue
    return None


_UNDATED_LINE = re.compile(r"^[^\n,]{0,40},\s*ngày[\s._…]*tháng[\s._…]*năm\s*(\d{4})\s*$", re.MULTILINE | re.IGNORECASE)


# Words of an article about the whole country, not one province.
_NATIONWIDE = re.compile(
    r"\b(?:cả nước|toàn quốc|trên (?:quy mô|phạm vi) cả nước|các bộ, (?:ngành|tỉnh),? (?:và )?(?:các )?địa phương)\b",
    re.IGNORECASE,
)
# A province's rank among all (`xếp thứ 53/63 tỉnh, thành phố cả nước`, `đứng thứ 5 cả nước`): its own standing.
_RANK_BEFORE = re.compile(r"(?:\d+\s*/\s*63|xếp (?:thứ|hạng)|đứng (?:thứ|đầu))[^.;\n]{0,30}$", re.IGNORECASE)


def _nationwide(text: str, end: int) -> bool:
    """Whether an article speaks of the whole country (see `_NATIONWIDE`), beyond ranking its own province."""
    return any(
        not _RANK_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
        for m in finditer_from_words(_NATIONWIDE, text, 0, end)
    )


# The issuer at the head of a central body's text (not a people's committee): the Prime Minister, the Government or
# its office, a ministry, a national committee.
_CENTRAL_ISSUER = re.compile(
    r"^\W*(?:\(\d\))?(?:THỦ\s*TƯỚNG\s*CHÍNH\s*PHỦ|(?:VĂN\s*PHÒNG\s*)?CHÍNH\s*PHỦ|BỘ\s+[A-ZĐÀ-Ỹ]|ỦY\s*BAN\s*QUỐC\s*GIA)",
    re.MULTILINE,
)


def _central_issuer(text: str) -> bool:
    """Whether a central body issued the text: its name at the head, or (under a legal site's table of the
    document's fields, `Số hiệu | … | Lĩnh vực | …`) right before the national motto, with no people's committee."""
    if _CENTRAL_ISSUER.search(text, 0, 300):
        return True
    motto = search_from_words(_MOTTO, text, 0, 4000)
    if motto is None or motto.start() <= 300:
        return False
    begin = max(0, motto.start() - 300)
    return bool(_CENTRAL_ISSUER.search(text, begin, motto.start())) and not re.search(
        r"ỦY\s*BAN\s*NHÂN\s*DÂN|UBND", text[begin : motto.start()]
    )


_PLACE_DATE = re.compile(r"^[^\n]{0,40},\s*[Nn]gày[^\n]*", re.MULTILINE)
# A date on a `Căn cứ` line (or `Căn …` when a PDF lost the word `cứ`) is another document's.
_BASIS_LINE = re.compile(r"^[ \t\-–•]*Căn\b[^\n]*", re.MULTILINE)


def _issued_date(text: str, is_news: bool) -> tuple[date | None, date | None]:
    """(issued, published). For a news article, issued is the date of the document it reports."""
    if not is_news:
        m = re.search(r"Ngày ban hành\s*:?\s*(\d{1,2}/\d{1,2}/ ?\d{4})", text)
        if m:
            found = find_dates(m.group(1))
            if found:
                return found[0][0], None
        m = re.search(r"^[^\n]{0,40},\s*(ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})", text, re.MULTILINE)
        found = find_dates(m.group(1)) if m else []
        if found:  # an impossible date (`ngày 31 tháng 02`) is no date
            return found[0][0], None
        head = _BASIS_LINE.sub(lambda b: " " * len(b.group(0)), text[:3000])
        dates = find_dates(head)
        return (dates[0][0] if dates else None), None
    published = None
    stamp = _ARTICLE_STAMP.search(text) or _page_date_line(text)
    if stamp and find_dates(stamp.group(1)):
        published = find_dates(stamp.group(1))[0][0]
    else:
        published = _date_at_bottom(text) or _date_of_lead(text)
    if published and later_than_its_article(text, published.year):
        published = None
    # The first sentence that speaks of issuing or signing and has a date. Sentences end at a line break or
    # at spaces after . ! ?; only the sentences around the words are cut out, not the whole article.
    checked_until = 0
    for word in finditer_from_words(_ISSUING, text):
        if word.start() < checked_until:
            continue  # a sentence already looked at
        line_start = text.rfind("\n", 0, word.start()) + 1
        line_end = text.find("\n", word.start())
        begin, end = line_start, len(text) if line_end < 0 else line_end
        for stop in _AFTER_FULL_STOP.finditer(text, line_start, end):
            if stop.start() > word.start():
                end = stop.start()
                break
            begin = stop.end()
        found = [
            d
            for d in find_dates(text[begin:end])
            if not _CENTRAL_NUMBER_BEFORE.search(text, max(begin, begin + d[1] - 40), begin + d[1])
        ]
        if found:
            return found[0][0], published
        checked_until = end
    return None, published


_BANNER_GAP = 3  # years between the latest year an article names and a page date taken as a banner's `today`
# A year the text speaks of: `năm 2014`, a range's, a date's (not `ISO 9001:2008`, a standard's number): four digits,
# then the words before them.
# (The look-behind stands after the first digit: a pattern opening with it was tried at every character, one opening
# with `1` or `2` jumps between those digits.)
_YEAR_TOKEN = re.compile(r"(?:1(?<!\d1)9[89]|2(?<!\d2)0\d)\d(?!\d)")
_YEAR_PREFIX = re.compile(r"(?:\bnăm\s*|\d[/.\-]|giai\s*đoạn\s*|[-–—]\s*)$", re.IGNORECASE)
_YEAR_PREFIX_ENDS = frozenset("mMnN/.-–—")


def _years_in_text(text: str, end: int) -> list[int]:
    """The years named in text[:end] (see _YEAR_TOKEN), found from the four digits: the regex engine jumps between
    digits, while one pattern opening with the words and classes was tried at every character (tests compare the
    two)."""
    return [
        int(m.group())
        for m in _YEAR_TOKEN.finditer(text, 0, end)
        # (each of _YEAR_PREFIX's words ends, before any spaces, with one of _YEAR_PREFIX_ENDS: a cheap test first, as
        # a pattern anchored at its end is tried at every character of the window)
        if text[max(0, m.start() - 40) : m.start()].rstrip()[-1:] in _YEAR_PREFIX_ENDS
        and _YEAR_PREFIX.search(text, max(0, m.start() - 40), m.start())
    ]


# A year that is the end of a goal or an outlook (`đến năm 2025`, `định hướng đến 2030`, `tầm nhìn 2030`), or a
# document's number (`Quyết định 80/2014/QĐ-TTg`): not a time the results of a review are of.
_GOAL_YEAR_BEFORE = re.compile(
    r"(?:(?:đến|tới)\s*(?:hết\s*|cuối\s*)?(?:năm\s*)?|định\s*hướng\s*|tầm\s*nhìn\s*(?:đến\s*)?(?:năm\s*)?)$",
    re.IGNORECASE,
)
_DOC_NUMBER_AFTER = re.compile(r"/\s*[A-ZĐ]")
# Nor a start (`từ năm 2009`, `từ ngày 07/1/2022`), a comparison (`so (với) năm 2012`), a range's end (`2016-2020`) or
# the date of a document the text cites (`Chỉ thị số 34/2008/CT-TTg ngày 03/12/2008`).
_NOT_THE_TIME_BEFORE = re.compile(
    r"(?:\b(?:từ|so\s*với|so)\s*(?:cùng\s*kỳ\s*)?(?:(?:đầu|cuối|hết)\s*)?(?:năm\s*|ngày\s*(?:\d{1,2}\s*[/.\-]\s*){1,2})"
    r"|(?:19|20)\d\d\s*[-–—]\s*"
    r"|\d+/(?:\d{4}/)?[A-ZĐ][\w\-]*\s*,?\s*ngày\s*(?:\d{1,2}\s*[/.\-]\s*){2})$",
    re.IGNORECASE,
)
# One year, not a period's end (`giai đoạn 2016 – 2020` may be a commitment or a plan the text only mentions), that
# frames results: a date's (`1-12-2022`, `5/1/2017`), `trong năm 2020`, `tính đến (hết) năm 2020`. A year told in the
# article's story (`Cuối năm 2015, phần mềm … được triển khai` in a piece of 2021) or a goal's (`phải chiếm 20% GRDP
# vào năm 2025`) is no time its figures are of.
_ONE_YEAR_PREFIX = re.compile(r"(?:\btrong\s*năm\s*|\btính\s*đến\s*(?:hết\s*|cuối\s*)?năm\s*|\d[/.\-])$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d\d")


def _latest_year_named(text: str, end: int) -> tuple[int | None, int | None, str | None]:
    """(year, year, its words): the latest single year text[:end] names (`năm 2020`, a date's) that is no goal's end,
    no period's, no start, no comparison and no document number's or cited document's date; (None, None, None) when
    it names none."""
    best = None
    for m in _YEAR_TOKEN.finditer(text, 0, end):
        before = text[max(0, m.start() - 40) : m.start()]
        if not _ONE_YEAR_PREFIX.search(before) or _GOAL_YEAR_BEFORE.search(before):
            continue
        if _NOT_THE_TIME_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if _DOC_NUMBER_AFTER.match(text, m.end()) or _RANGE_AFTER.match(text, m.end()):
            continue
        if best is None or int(m.group()) > int(best.group()):
            best = m
    if best is None:
        return None, None, None
    y = int(best.group())
    return y, y, text[max(0, best.start() - 12) : best.end()].strip()


# The date an article states its figures as of (`Tính đến hết tháng 11/2021, …`, `Đến tháng 9/2020, …`, `tính đến ngày
# 15/10/2022`): a month or a day with its year after `(tính) đến (hết|cuối)`; a bare date after `tính đến` (`Tính đến
# 31/12/2019, …`: `ngày` left out; without `tính`, `đến 31/12/2020` may be a deadline).
_AS_OF_DATE = re.compile(
    r"(?<!\w)(?:(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}[/.\-]|tháng\s+)|tính\s+đến\s+\d{1,2}[/.\-])"
    r"(\d{1,2})[/.\-](\d{4})(?!\d)",
    re.IGNORECASE,
)


def as_of_date(text: str, end: int | None = None) -> tuple[int, int] | None:
    """(year, month) of the first date the text states its figures as of (see _AS_OF_DATE), in text[:end]. An
    article copied without its page's date (no date line, no `Ngày …` in its lead) speaks as of that date: its
    `đã`, `hiện có` are of that year."""
    m = _AS_OF_DATE.search(text, 0, len(text) if end is None else end)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return None
    return int(m.group(2)), int(m.group(1))


# A review's opening that says how many years of its plan it looks back on (`Sơ kết 3 năm thực hiện Kế hoạch … giai
# đoạn 2016 - 2020`, `Sau hai năm triển khai …`, `Qua 3 năm thực hiện …`).
# (Of the plan itself: `Kế hoạch`, `Chương trình` named after it, or the plan's years on its line; not `Sau 2 năm
# triển khai Đề án 06`, another programme.)
_YEARS_INTO = re.compile(
    r"(?<!\w)(?:sơ\s+kết|tổng\s+kết|sau|qua)\s+(\d|một|hai|ba|bốn|năm)\s+năm\s+(?:thực\s+hiện|triển\s+khai|ứng\s+dụng)"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
_OF_THE_PLAN = re.compile(r"\s*(?:(?:việc\s+)?thực\s+hiện\s+)?(?:kế\s+hoạch|chương\s+trình)\b", re.IGNORECASE)


def years_into_period(text: str, period_start: int | None, period_end: int | None) -> int | None:
    """The last year a review of a plan says it looks back on, counted from the plan's first year (`Sơ kết 3 năm thực
    hiện Kế hoạch … giai đoạn 2016 - 2020` → 2018), from its first lines; None when they say no such thing or the count
    runs past the period. For an undated review only: its `đã`, `hiện có` are of that year, not of the period's end."""
    if period_start is None or period_end is None:
        return None
    m = _YEARS_INTO.search(text, 0, _nth_line_end(text, 4))
    if m is None:
        return None
    rest = m.group("rest")
    if not _OF_THE_PLAN.match(rest) and not (str(period_start) in rest and str(period_end) in rest):
        return None
    word = m.group(1).lower()
    year = period_start + int(word if word.isdigit() else parse_number_words(word)) - 1
    return year if period_start <= year <= period_end else None


def later_than_its_article(text: str, year: int) -> bool:
    """Whether a page's date of `year` is a site's `today` (a banner over every page) rather than the date of an
    article that speaks of years long before it (`Năm 2014, … sẽ …` under `Thứ Sáu, 03/07/2020`): the article's date
    is unknown then. The date's own year is among those named; the latest other year counts."""
    years = sorted(_years_in_text(text, article_end(text)))
    if year in years:
        years.remove(year)
    return bool(years) and year > years[-1] + _BANNER_GAP


# ... or a line that names its date as the page's (`Công nghệ thông tin | Đăng ngày: 09/07/2021`, `Chuyên mục Tin tức -
# Ngày đăng: 12-01-2019 08:15`): the words say what the date is, so a section's name of any length may stand before
# them (a bare _DATE_LINE keeps to short lines, as a long one is a sentence that happens to hold a date).
_LABELLED_DATE_LINE = re.compile(
    r"^[^\n\d]{0,80}?\b(?:đăng\s*ngày|ngày\s*đăng|ngày\s*(?:cập\s*nhật|xuất\s*bản)|cập\s*nhật|xuất\s*bản)\s*:?\s*"
    r"(\d{1,2}/\d{1,2}/ ?\d{4}|\d{1,2}-\d{1,2}-\d{4})(?![\d\-–/])[^\n]{0,30}$",
    re.MULTILINE | re.IGNORECASE,
)


def _page_date_line(text: str) -> re.Match[str] | None:
    """The page's date line in its first lines (see _DATE_LINE). A date over the headline may be the site's banner
    (`Thứ Sáu, 29/03/2024`); a second date line under the headline (`Cập nhật: 12/05/2015 09:30`, a byline) is the
    article's own. A line that names its date as the page's (see _LABELLED_DATE_LINE) is taken when there is no
    short one."""
    found = list(_DATE_LINE.finditer(text, 0, _nth_line_end(text, 6)))
    if not found:
        return _LABELLED_DATE_LINE.search(text, 0, _nth_line_end(text, 6))
    if len(found) > 1 and not text[: found[0].start()].strip():
        between = text[found[0].end() : found[1].start()]
        if between.strip():  # a headline between the two
            return found[1]
    return found[0] if found else None


def _nth_line_end(text: str, n: int) -> int:
    """Where the n-th line that is not blank ends."""
    end = 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:2000]):
        end, n = m.end(), n - 1
        if n == 0:
            break
    return end


# A news page goes on after its article: lists of related or other news (each headline with its own figures, often
# of another province), the comment form. A line that heads such a part ends the article; what follows is no
# statement of the page (numbers.csv: `after the article`). Not looked for in the first 200 characters (a headline).
_PAGE_FURNITURE = re.compile(
    r"\n[ \t]*(?:(?:các\s+)?tin\s+(?:liên\s+quan|cùng\s+(?:chuyên\s+mục|chủ\s+đề|lĩnh\s+vực)|khác|đã\s+đưa|mới\s+hơn|cũ\s+hơn)"
    r"|(?:các\s+)?bài\s+(?:viết\s+)?(?:liên\s+quan|khác)|xem\s+thêm|bình\s+luận(?:\s+bài\s+viết(?:\s+này)?)?"
    r"|ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)|gửi\s+(?:ý\s+kiến|bình\s+luận)|email\s+của\s+bạn\s+sẽ\s+không)"
    r"[ \t]*:?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)


# A teaser of another article right above the page's furniture: its headline on one line, its lead cut off with
# `...` on the next (`Hà Nội: 3.000 tỷ đồng để …` / `HĐND TP đã thông qua … của cơ quan nhà...` / `Bình luận bài
# viết này`). Only that shape, right before a furniture line, counts: an article's own last lines end with a stop.
_TEASER_BEFORE = re.compile(
    r"\n((?:[^\n]{10,160}(?<![.!?…:;,])[ \t]*\n)?[^\n]{10,560}?(?:\.\.\.|…))[ \t]*\n$"
)  # (headline and lead on one line when a PDF's or a page's wrapped lines were joined: see unwrap.py)


@functools.lru_cache(maxsize=4)  # asked by metadata and again by extraction, of the same text
def article_end(text: str) -> int:
    """Where a news page's article ends (see _PAGE_FURNITURE), or the text's length when nothing follows it."""
    m = _PAGE_FURNITURE.search(text, min(200, len(text)))
    if m is None:
        return len(text)
    end = m.start() + 1
    teaser = _TEASER_BEFORE.search(text, max(0, end - 600), end)
    if teaser is not None and teaser.start(1) >= 200:
        return teaser.start(1)
    return end


# A district's or a commune's own plan (`ỦY BAN NHÂN DÂN` / `HUYỆN CẨM XUYÊN`, `UBND THÀNH PHỐ VINH`, `ỦY BAN NHÂN DÂN
# XÃ …`) names its province only in passing (`Căn cứ Kế hoạch … của UBND tỉnh …`): its figures are the district's or
# the commune's, never the province's. Read from the header (its first lines) of an official text. A district's office
# heads its own texts with its committee abbreviated (`UBND HUYỆN MỘC CHÂU` over `PHÒNG VĂN HÓA VÀ THÔNG TIN`): it writes
# for that district (a province's department, `UBND TỈNH …` over `SỞ …`, names no level here).
_LOCAL_ISSUER = re.compile(
    r"(?:(?:(?:ỦY|UỶ|Ủy|Uỷ)\s*(?:BAN|ban)|HỘI\s*ĐỒNG)\s*(?:NHÂN|nhân)\s*(?:DÂN|dân)|UBND)"
    r"(?:[ \t]+|(?:[ \t]*\|[^\n]*)?[ \t]*\n[ \t|]*)"
    r"(?P<level>HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN)[ \t]+(?P<name>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t-]{1,40}?)[ \t]*(?=\n|\||$)"
)
_LOCAL_LEVEL = {"HUYỆN": "district", "QUẬN": "district", "THỊ XÃ": "district", "THÀNH PHỐ": "district",
                "XÃ": "commune", "PHƯỜNG": "commune", "THỊ TRẤN": "commune"}  # fmt: skip


# A district's party committee heading its own text (`ĐẢNG BỘ TỈNH PHÚ THỌ` / `HUYỆN ỦY CẨM KHÊ`, `Số 09-NQ/HU`; a town's
# `THỊ ỦY`, an urban district's `QUẬN ỦY`, a province's city's `THÀNH ỦY`): the district's committee issued it, a text of
# the district (stop 26, leftovers4); a centrally-run city's `THÀNH ỦY HÀ NỘI` is a province's.
# (the name ends at the line's end, a table's bar, or the gap before the header's second column: `HUYỆN ỦY CẨM KHÊ
# <spaces> Cẩm Khê, ngày …`, the review of stop 26)
_LOCAL_PARTY = re.compile(
    r"^[ \t|]*(?P<kind>HUYỆN|QUẬN|THỊ|THÀNH)[ \t]*(?:ỦY|UỶ)[ \t]+(?P<name>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t-]{1,40}?)[ \t]*"
    r"(?=\n|\||$|[ \t]{2,}|\t)",
    re.MULTILINE,
)


def local_issuer(text: str) -> tuple[str, str, str] | None:
    """(level, `UBND huyện Cẩm Xuyên`, `Cẩm Xuyên`) when an official text's header names a district's or a commune's
    people's committee (or a district's party committee: `Huyện ủy Cẩm Khê`) as its issuer; None for a province's (a
    centrally-run city's `THÀNH PHỐ HÀ NỘI` is one)."""
    m = _LOCAL_ISSUER.search(text, 0, 400)
    if m is None:
        head = text[:400]
        if ("ỦY" in head or "UỶ" in head) and (p := _LOCAL_PARTY.search(head)) is not None:
            name = " ".join(p.group("name").split()).title()
            if p.group("kind") == "THÀNH" and lookup(name) is not None:
                return None
            return "district", f"{p.group('kind').title()} ủy {name}", name
        return None
    name = " ".join(m.group("name").split()).title()
    if m.group("level") == "THÀNH PHỐ" and lookup(name) is not None:
        return None
    body = "HĐND" if m.group().startswith("HỘI") else "UBND"  # a district's council's resolution (round 25)
    return _LOCAL_LEVEL[m.group("level")], f"{body} {m.group('level').lower()} {name}", name


# A people's council's own text (`HỘI ĐỒNG NHÂN DÂN` / `TỈNH QUẢNG TRỊ` heading it, `Số: 27/NQ-HĐND`): the council
# issued it, not the people's committee its text names (`Xét Tờ trình … của Ủy ban nhân dân tỉnh`, `Giao Ủy ban nhân
# dân tỉnh tổ chức thực hiện`); a news item reporting such a resolution (`Nghị quyết số 12/NQ-HĐND`) names it too.
_COUNCIL_HEAD = re.compile(r"[ \t|]*HỘI[ \t]*ĐỒNG[ \t]*NHÂN[ \t]*DÂN\b")


def _council_issued(text: str, doc_number: str | None, is_news: bool) -> bool:
    """Whether the people's council issued the text: its number's code (`…/NQ-HĐND`), or an official text's header's
    first line."""
    if doc_number and doc_number.rsplit("-", 1)[-1].upper() in ("HĐND", "HDND"):
        return True
    head = text[:200]
    return not is_news and _COUNCIL_HEAD.match(head, len(head) - len(head.lstrip())) is not None


# A province's department heading an official text under its committee (`UBND TỈNH BẮC GIANG` / `SỞ THÔNG TIN VÀ
# TRUYỀN THÔNG`): the department issued it (issue #11, round 24).
_DEPARTMENT_LINE = re.compile(r"^[ \t|]*(SỞ[ \t]+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\t-]{2,60}?)[ \t]*(?:\||$)", re.MULTILINE)


_DEPARTMENT_GOES_ON = re.compile(r"[ \t]*\n[ \t|]*(?!CỘNG|Số|SỐ|ĐỘC)([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t-]{1,30}?)[ \t]*(?:\||\n|$)")


def _department_issuer(text: str) -> str | None:
    """`Sở Thông tin và Truyền thông` when the header (first 400 characters) names a department on a line of its own;
    spelled as the text spells it in lower case where it does, else in sentence case."""
    m = _DEPARTMENT_LINE.search(text, 0, 400)
    if m is None:
        return None
    name = " ".join(m.group(1).split())
    # (a name broken over two lines of the header: `SỞ THÔNG TIN VÀ TRUYỀN` / `THÔNG`)
    if (more := _DEPARTMENT_GOES_ON.match(text, m.end())) is not None:
        name += " " + " ".join(more.group(1).split())
    # (looked for in the text's opening only: a case-blind search of a whole long text costs more than it gives)
    spelled = re.search(re.escape(name).replace(r"\ ", r"\s+"), text[m.end() : m.end() + 3000], re.IGNORECASE)
    if spelled and not spelled.group().isupper():
        return " ".join(spelled.group().split())
    return name[:1] + name[1:].lower()


# News about one district (`Lục Ngạn: …` over `(BBG) - … huyện Lục Ngạn (Bắc Giang) …`): its headline names the unit
# its lead names with its kind, and no other unit of that level, nor the province's level, is named in it.
_UNIT_NAMED = re.compile(r"\b(?:[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố|TP\.?)[ \t]*(?P<name>\w+(?:[ \t]\w+){0,3})")


def _unit_names(text: str) -> set[str]:
    """The names of units written with their kind (`huyện Lục Ngạn`): the capitalised words after the kind."""
    names = set()
    # (tried only where a kind's word stands: opening with `\b`, the pattern was tried at every character)
    for m in finditer_from_words(_UNIT_NAMED, text):
        words = []
        for w in m.group("name").split():
            if not w[0].isupper() or (w.isupper() and len(w) > 1 and words):
                break
            words.append(w)
        if words and not (len(words) == 1 and words[0].isupper()):
            names.add(" ".join(words))
    return names


_PROVINCE_LEVEL_WORDS = re.compile(
    r"toàn tỉnh|cấp tỉnh|các huyện|sở,\s*(?:ban,\s*)?ngành|huyện,\s*(?:thị xã|thành phố)|quận,\s*huyện", re.IGNORECASE
)


def one_district_news(text: str) -> str | None:
    """The name of the one district (town, city of a province, urban district) a news item is about, or None.

    Its headline (first line) names the unit, its lead (first 800 characters) names it with its kind (`huyện …`, `thị
    xã …`, `quận …`, `thành phố …` that is no province), no other unit of the level is named with its kind anywhere,
    and no province-wide words (`toàn tỉnh`, `cấp tỉnh`, `các huyện`, `sở, ngành`) are used."""
    stripped = text.lstrip()
    headline = stripped.split("\n", 1)[0]
    names = _unit_names(stripped)
    if len(names) != 1:
        return None
    name = names.pop()
    if lookup(name) is not None or name not in headline or name not in _unit_names(stripped[:800]):
        return None
    if _PROVINCE_LEVEL_WORDS.search(stripped):
        return None
    return name


def names_one_unit(clause: str) -> bool:
    """Whether a clause before a value names one district-level unit by name (`huyện Yên Thế (97%)`, `Thành phố Thái
    Nguyên đạt 95%`): the value is that unit's, not its level's. A centrally-run city is a province, not such a unit."""
    for name in _unit_names(clause):
        province = lookup(name)
        if province is None or province.unit_type != "city":
            return True
    return False


# The type's title on a line of its own near the top, and what lays out a legal text (see `_official_untitled`).
_TITLE_LINE = re.compile(r"^[ \t]*(NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ)[ \t]*$", re.MULTILINE)
_ARTICLES = re.compile(r"^[ \t]*(?:Điều 1\s*[.:]|QUYẾT (?:NGHỊ|ĐỊNH)\s*:)", re.MULTILINE)
# A plan's first two roman-numbered parts, in order (`I. MỤC ĐÍCH, YÊU CẦU` … `II. NHIỆM VỤ`).
_ROMAN_PARTS = re.compile(r"^[ \t]*I\.\s[^\n]*\n(?:[^\n]*\n)*?[ \t]*II\.\s", re.MULTILINE)


def _official_untitled(text: str) -> str | None:
    """The type of a legal text copied without its header (`NGHỊ QUYẾT` / `QUYẾT ĐỊNH` / `KẾ HOẠCH` / `CHỈ THỊ` on a line of
    its own in the first lines, then `Điều 1.` or `QUYẾT NGHỊ:`; a plan's roman-numbered parts), else None. A news
    page's headline is not in capitals alone on its line, nor is its body laid out in articles."""
    title = _TITLE_LINE.search(text, 0, _nth_line_end(text, 8))
    if title is None:
        return None
    kind = _ANNEX_TYPES[title.group(1).lower()]
    if _ARTICLES.search(text, title.end()) or (kind == "plan" and _ROMAN_PARTS.search(text, title.end())):
        return kind
    return None


def extract_metadata(source: SourceText) -> DocumentMeta:
    text = source.text
    # Official documents carry the national motto or their own `Số: …` line; anything else that reports
    # on a plan (a portal's article) is a news article.
    is_news = not search_from_words(_MOTTO, text, 0, 4000) and not _own_number(text[:4000])
    # A legal text copied without its header (no motto, no `Số: …` line) is still one when it opens with its type's
    # title and is laid out as one: articles (`Điều 1.`, `QUYẾT NGHỊ:`), or a plan's roman-numbered parts.
    untitled = _official_untitled(text) if is_news else None
    is_news = is_news and untitled is None
    # An appendix published on its own (a spreadsheet `Phụ lục … (Kèm theo Kế hoạch số 456/KH-UBND ngày 10/3/2016 …)`)
    # is part of the document it is annexed to: that document's type, number and date, not a news article. (A
    # spreadsheet `kèm theo` a document is one of its appendices, whether or not its title says `Phụ lục`.)
    appendix = source.source_format in ("xlsx", "xls", "ods", "csv") or _APPENDIX.search(text, 0, 300)
    annex = _ANNEX_OF.search(text, 0, 600) if is_news and appendix else None
    is_news = is_news and annex is None

    if is_news:
        m = search_from_words(_REPORTED_NUMBER, text)
        doc_number = m.group(2) if m else None
        doc_type = "news_article"
        code = _type_code(doc_number) or None
        reported = _TYPE_CODES.get(code or "")
        if reported is None:
            m2 = re.search(r"ban hành\s+(Quyết định|Kế hoạch|Chỉ thị)", text, re.IGNORECASE)
            reported = _TYPE_WORDS.get(m2.group(1).lower()) if m2 else None
    else:
        m = _own_number(text)
        doc_number = re.sub(r"\s+", "", m.group(1)) if m else (annex.group(2) if annex else None)
        code = _type_code(doc_number) or None
        doc_type = _TYPE_CODES.get(code or "", untitled or "plan")
        if annex is not None and code not in _TYPE_CODES:
            doc_type = _ANNEX_TYPES.get(" ".join(annex.group(1).lower().split()), "plan")
        reported = None

    # A province named only in the related news after the article is not the page's (unless no other is named).
    end = article_end(text) if is_news else len(text)
    province, _, _ = find_province(text[:end])
    if province is None and end < len(text):
        # A provincial paper's related news name its own province again and again; a national site's name any. Only
        # one province named there at least twice is the page's.
        after = province_scores(text[end:])
        if len(after) == 1 and max(after.values()) >= 2:
            province, _, _ = find_province(text[end:])
    if is_news and province is not None and _nationwide(text, end):
        # An article about the whole country (`cả nước có …`, `tỷ lệ … của các bộ, ngành, địa phương`) names provinces
        # in passing, in lists and rankings (`5 tỉnh dẫn đầu là Hòa Bình (87%), Quảng Ninh (75%) …`): it is about one
        # only when it names that one more strongly (the title, an issuer, again and again), not once or twice.
        scores = sorted(province_scores(text[:end]).values(), reverse=True)
        if scores and scores[0] <= 2.0 and (len(scores) > 1 or scores[0] <= 1.0):
            province = None
    if not is_news and _central_issuer(text):
        # A central body's text (`THỦ TƯỚNG CHÍNH PHỦ`, `VĂN PHÒNG CHÍNH PHỦ`, `BỘ …`) is signed `Hà Nội, ngày …` and
        # names provinces only in general: it is about a province only when its own title names one.
        title = _PLACE_DATE.sub(" ", text[: _title_zone(text, False)[1]])
        province, _, _ = find_province(title)
    issued, published = _issued_date(text, is_news)
    zone = _title_zone(text, is_news)
    # (The period of a news page is its article's: a teaser of another article below it names another plan's.)
    period_start, period_end, period_quote = _plan_period(
        text[:end], (zone[0], min(zone[1], end)), issued.year if issued else None
    )
    # (A news page is read up to its article's end: a comment form's `Email của bạn sẽ không …` states no goal.)
    now = (published or issued).year if (published or issued) else None
    genre = read_genre(text[:end], is_news, doc_type, doc_number, now)
    if period_end is None and not is_news and genre in ("plan", "decision"):
        period_start, period_end, period_quote = _period_outside_title(text, zone[1], issued.year if issued else None)
    if (
        period_end is None
        and issued is None
        and not is_news
        and genre == "plan"
        and (m := _UNDATED_LINE.search(text[:2000]))
    ):
        # A draft whose date line leaves day and month blank (`ngày      tháng      năm 2019`) and whose title names
        # no period: a plan for the year on that line (its goals say only `trong năm`, `năm nay`).
        period_start = period_end = int(m.group(1))
        period_quote = m.group(0).strip()
    elif period_end is None and genre in ("news_plan", "news_mixed") and (m := _HEADLINE_YEAR.match(text)):
        period_start = period_end = int(m.group(1))
        period_quote = m.group(0).strip()
    if genre == "report" and (
        (doc_number or "").split("/")[-1].startswith("KL") or _INSPECTION_TITLE.search(text, 0, zone[1])
    ):
        # An inspection's findings are as of its own date (`qua kiểm tra thực tế`), not of the end of the period whose
        # money it inspects; an amount of that period names its years in its own words.
        period_start = period_end = period_quote = None
    elif genre in BASELINE_GENRES:  # the period a review looks back on, when its title names one
        latest = max((d.year for d in (issued, published) if d), default=None)
        head = (0, min(len(text), 600)) if is_news else zone
        if is_news and _QUESTION_SESSION.search(text, 0, 400):
            # News of a question session: a year in a delegate's question (`theo báo cáo, năm 2023 tỉnh chi …`) is the
            # question's, not a period the article looks back on; only its headline and lead may name one (round 24).
            headline_end = text.find("\n", len(text) - len(text.lstrip()))
            if headline_end >= 0:
                lead_from = len(text) - len(text[headline_end:].lstrip())
                lead_end = text.find("\n", lead_from)
                head = (0, min(head[1], lead_end if lead_end >= 0 else len(text)))
        review = _review_period(
            text, head, latest, text.find("\n", len(text) - len(text.lstrip())) if is_news else None
        )
        if review[0] is not None:
            period_start, period_end, period_quote = review
        elif is_news and genre == "news_review" and (m := _PERIOD_RANGE.search(text, 0, zone[1])):
            headline_end = text.find("\n", len(text) - len(text.lstrip()))
            if m.group(0) == period_quote and not _range_looks_back(text, m.start(), headline_end):
                period_start = period_end = period_quote = None  # a period named as context: see _range_looks_back
        if is_news and genre == "news_review" and period_end is None and issued is None and published is None:
            # An undated news review (no date line, no `ban hành` date, no year in its headline or lead) speaks of the
            # latest year its article names, however late (`… Từ ngày 1-1 đến 1-12-2022, …`, `Trong năm 2020, có …`):
            # its results are as of then, not of an unknown year.
            period_start, period_end, period_quote = _latest_year_named(text, end)

    signer = None
    m = search_from_words(_SIGNER_LINE, text, 0, 3000)
    if m:
        signer = m.group(1).strip()
    else:
        m = _NEWS_SIGNER.search(text) if is_news else _signature_block(text)
        if m:
            signer = m.group(1).strip()

    if not is_news and doc_type == "plan" and genre == "report" and code not in _TYPE_CODES:
        doc_type = "report"  # a report by its title (`BÁO CÁO Kết quả …`) with no number's code to say so
    # (A news item is issued by no committee: its words `UBND …` name whom it reports on. One that reports a document
    # (`UBND tỉnh vừa ban hành Kế hoạch …`, `Quyết định số 235/QĐ-UBND`) names that document's issuer; issue #11,
    # round 24.)
    issuer = issuer_level = None
    local = None if is_news else local_issuer(text)
    if local is not None:
        issuer_level, issuer, _ = local
    elif not is_news and province and _party_committee(doc_number) == "province":
        # a resolution or plan of the province's party committee (`Số 17-NQ/TU`), not of the people's committee it
        # tasks (`giao Ủy ban nhân dân tỉnh xây dựng kế hoạch`)
        issuer_level = "province"
        issuer = f"{'Thành ủy' if province.unit_type == 'city' else 'Tỉnh ủy'} {province.name}"
    elif not is_news and province and (department := _department_issuer(text)):
        issuer_level, issuer = (
            "province",
            f"{department} {'thành phố' if province.unit_type == 'city' else 'tỉnh'} {province.name}",
        )
    elif (
        (not is_news or reported)
        and province
        and (
            (council := _council_issued(text, doc_number, is_news))
            or re.search(r"UBND|Ủy ban nhân dân|ỦY BAN NHÂN DÂN|Cơ quan ban hành", text)
        )
    ):
        issuer_level = "province"
        body = "HĐND" if council else "UBND"
        issuer = f"{body} {'thành phố' if province.unit_type == 'city' else 'tỉnh'} {province.name}"

    year = issued.year if issued else (published.year if published else None)
    # (A district's plan is named by its district too: `ha-tinh-cam-xuyen-2018-112-kh-ubnd`.)
    local_name = local[2] if local is not None else None
    parts = [province.name if province else None, local_name, str(year) if year else None, doc_number]
    doc_id = slugify(" ".join(p for p in parts if p)) if province else slugify(source.path.stem)
    if is_news and province:
        doc_id += "-news"

    return DocumentMeta(
        doc_id=doc_id,
        source_file=source.source_file,
        sha256=source.sha256,
        province=province.name if province else None,
        province_code=province.code if province else None,
        province_2025=province.successor_name if province else None,
        doc_number=doc_number,
        doc_type=doc_type,
        reported_doc_type=reported,
        issuer=issuer,
        issuer_level=issuer_level,
        signer=signer,
        issued=issued,
        published=published,
        period_start=period_start,
        period_end=period_end,
        period_quote=period_quote,
        truncated=bool(_TRUNCATION.search(text)),
        n_chars=len(text),
        language="vi",
        encoding=source.encoding,
        genre=genre,
    )
