"""The text of a saved web page: its article, not the portal around it.

A news item saved from a provincial portal holds far more than the article: the portal's banner and menus, a
sidebar of the latest headlines (`Tin mới`, `Đọc nhiều`), related news, the footer with a telephone number and a
visit counter. Read as one text, the sidebar's headlines of other provinces became the page's facts, and the
menus pushed the article's own date line out of the lines where a page's date is looked for.

The article is found by trafilatura (the main-text extractor of the web-archiving world, with readability and
jusText as its fallbacks), tables kept as `|` rows. The page's `<title>` goes first, on a line of its own, because a
portal's name is often the only place that names the province (`… - Cổng thông tin điện tử tỉnh Quảng Trị`), and the
date the page's `<meta>` gives its article (`article:published_time`, `datePublished` and the like; never a date
shown elsewhere on the page, which may be a sidebar item's) goes after it when the article's first lines have none.

A page where no article is found (a short page, a bare document export), or where what is found is a small part of
a page that is mostly text, is read whole, as every visible character (`visible_text`): losing a document's body
is worse than reading a menu.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["PageText", "page_text", "visible_text"]

# An article shorter than this is not trusted to be the page's text (a caption, a teaser).
_MIN_ARTICLE_CHARS = 200
# A `|` row longer than this is a page's layout table read as one row, not a table of figures.
_LAYOUT_ROW = 400
# ... nor one that is less than this share of a page whose visible text is mostly sentences rather than links.
_MIN_SHARE_OF_PROSE = 0.25


# The <meta> names that state when an article was published (Open Graph, schema.org, Dublin Core, news sites' own).
# Only these are trusted: a date shown elsewhere on the page may be a sidebar item's.
_DATE_META = frozenset(
    {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "dc.date",
     "dc.date.issued", "dcterms.created", "date", "created"}
)  # fmt: skip
_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


class _VisibleText(HTMLParser):
    """Visible text of an HTML page (script and style dropped, entities decoded), its `<title>`, and how much of
    the text lies inside links (menus and headline lists are links; an article is mostly not)."""

    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}
    )
    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.link_chars = 0
        self.published: str | None = None  # the article's date as its page's metadata states it (ISO)
        self._skip = 0
        self._in_title = False
        self._titles = 0
        self._in_svg = 0
        self._in_link = 0
        # Tables open around the text: where each began in `parts`, its rows of cells (where each cell began in
        # `parts`, its colspan and rowspan), and whether a table is nested in it (then it lays the page out)
        self._tables: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._skip += 1
        elif tag == "svg":  # an icon's <title> is no title of the page
            self._in_svg += 1
        elif tag == "meta":
            self._meta_date(dict(attrs))
        elif tag == "title":
            self._titles += 1
            self._in_title = self._titles == 1 and not self._in_svg
        elif tag == "a":
            self._in_link += 1
        elif tag == "table" and not self._skip:
            if self._tables:
                self._tables[-1]["nested"] = True
            self.parts.append("\n")
            self._tables.append({"mark": len(self.parts), "rows": [], "nested": False})
        elif tag == "tr" and self._tables:
            self.parts.append("\n")
            self._tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self._tables:
            self.parts.append("\n")
            table = self._tables[-1]
            if not table["rows"]:
                table["rows"].append([])
            table["rows"][-1].append((len(self.parts), _span(attrs, "colspan"), _span(attrs, "rowspan")))
        elif tag in self._BLOCK or tag in ("td", "th"):
            self.parts.append("\n")

    def _meta_date(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content") or ""
        if self.published is None and key in _DATE_META and (m := _ISO_DATE.match(content.strip())):
            self.published = m.group(0)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._skip = max(0, self._skip - 1)
        elif tag == "svg":
            self._in_svg = max(0, self._in_svg - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "a":
            self._in_link = max(0, self._in_link - 1)
        elif tag == "table" and self._tables and not self._skip:
            table = self._tables.pop()
            if not table["nested"] and (rows := _data_rows(self.parts, table)):
                first = min(idx for row in table["rows"] for idx, _, _ in row)
                caption = " ".join("".join(self.parts[table["mark"] : first]).split())  # its <caption>, a line above
                lines = [caption] if caption else []
                lines += ["| " + " | ".join(r) + " |" for r in rows]
                self.parts[table["mark"] :] = ["\n" + "\n".join(lines) + "\n"]
            else:
                self.parts.append("\n")
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        self.parts.append(data)
        if self._in_link:
            self.link_chars += len(data.strip())


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return max(1, min(50, int(value))) if value.strip().isdigit() else 1


_FIGURE = re.compile(r"\d")


def _data_rows(parts: list[str], table: dict) -> list[list[str]] | None:
    """A table of figures (no table inside it, two rows or more, three columns or more, a digit in a cell) as rows of
    cells in their columns, a colspan's or rowspan's covered cells empty (as trafilatura writes them); None for a
    table that lays the page out."""
    rows = table["rows"]
    if len(rows) < 2:
        return None
    starts = [idx for row in rows for idx, _, _ in row]
    ends = {a: b for a, b in zip(starts, [*starts[1:], len(parts)], strict=True)}
    grid: list[list[str]] = []
    below: dict[tuple[int, int], bool] = {}  # (row, column) covered by a rowspan from above
    for r, row in enumerate(rows):
        cells: list[str] = []
        for idx, colspan, rowspan in row:
            while below.get((r, len(cells))):
                cells.append("")
            text = " ".join("".join(parts[idx : ends[idx]]).split()).replace("|", "/")
            for k in range(1, rowspan):
                for c in range(colspan):
                    below[(r + k, len(cells) + c)] = True
            cells += [text] + [""] * (colspan - 1)
        while below.get((r, len(cells))):
            cells.append("")
        grid.append(cells)
    if max(len(c) for c in grid) < 3 or not any(_FIGURE.search(c) for row in grid for c in row):
        return None
    return [row for row in grid if any(row)]


def _tidy(text: str) -> str:
    """Lines without trailing spaces, at most one blank line between blocks. (Character references are already
    decoded, by the parser and by trafilatura: decoding again would turn a page's written `&amp;` into `&`.)"""
    text = re.sub(r"[ \t\xa0]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _parse(markup: str) -> _VisibleText:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    return parser


def visible_text(markup: str) -> str:
    """Every visible character of the page, a line break at each block (the whole page, menus included); a table of
    figures a row per line, its cells between `|` (as trafilatura writes an article's)."""
    return _join_table_headers(_tidy("".join(_parse(markup).parts)))


@dataclass
class PageText:
    text: str
    note: str  # how the page was read, for the user
    whole: str = ""  # every visible character of the page (what `text` was cut from)


def _article(markup: str) -> str | None:
    """The article's text by trafilatura, None without one."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency of the project; without it pages are read whole
        return None
    # trafilatura logs every page it finds no article in: that is an answer here, not a problem.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = trafilatura.bare_extraction(
            markup,
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            favor_recall=True,
            with_metadata=False,
        )
    except Exception:  # a page the parser cannot take is read whole, never lost
        return None
    return (found.text or None) if found is not None else None


_BAR_ROW = re.compile(r"^\|.*\|[ \t]*$")
_RULE_ROW = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _join_table_headers(text: str) -> str:
    """The article's `|` tables with a header over two rows made one (trafilatura writes a colspan as empty cells
    after the spanning one and a rowspan as an empty cell below it: `| STT | Chỉ tiêu | Lộ trình thực hiện |  |  |`
    over `|  |  | Năm 2018 | Năm 2019 | Năm 2020 |`), as a spreadsheet's is (`formats.join_header_rows`)."""
    if "|" not in text:
        return text
    from analysis.formats import join_header_rows

    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _BAR_ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _BAR_ROW.match(lines[j]):
            j += 1
        block = [line for line in lines[i:j] if not _RULE_ROW.match(line)]  # markdown's `|---|---|` under a head
        rows = [[c.strip() for c in line.strip()[1:-1].split("|")] for line in block]
        # a first row of one cell over the table (its <caption>, a title cell spanning it: `Đơn vị tính: triệu đồng`)
        # is a line above it, as a caption is printed
        while len(rows) > 1 and sum(map(bool, rows[0])) == 1 and rows[0][0] and len(rows[1]) > 1:
            out.append(rows.pop(0)[0])
            block.pop(0)
        joined = join_header_rows(rows) if len(rows) >= 2 else rows
        out += block if len(joined) == len(rows) else ["| " + " | ".join(r) + " |" for r in joined]
        i = j
    return "\n".join(out)


_DATE_IN_FIRST_LINES = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}")


# A footnote's reference in a page: a superscript holding only a marker (`<sup>2</sup>`, `<sup>[2]</sup>`,
# `<sup>*</sup>`), and a Word file saved as a web page's reference link (`<a href="#_ftn2" name="_ftnref2">[2]</a>`).
# Glued to a figure its text would make another number of it (`612<sup>2</sup> dịch vụ` reads `6122 dịch vụ`), so it
# is dropped before the page is read. (A square metre's `m<sup>2</sup>` goes too: no indicator is in square metres.)
_FOOTNOTE_REF = re.compile(
    r"<sup\b[^>]*>\s*(?:<[^>]*>\s*)*\[?(?:\d{1,2}|\*{1,3})\]?\s*(?:</[^>]*>\s*)*</sup>"
    r"|<a\b[^>]*href=[\"']?#_?(?:ftn|edn|footnote|fn)[-_]?\d+[^>]*>.*?</a>",
    re.IGNORECASE | re.DOTALL,
)


def page_text(markup: str) -> PageText:
    """The text to read from a saved web page (see the module's doc)."""
    if "<sup" in markup or "_ftn" in markup or "#fn" in markup or "#footnote" in markup:
        markup = _FOOTNOTE_REF.sub("", markup)
    parsed = _parse(markup)
    whole = _join_table_headers(_tidy("".join(parsed.parts)))
    title = " ".join("".join(parsed.title_parts).split())
    article = _article(markup)
    iso_date = parsed.published
    if article is not None:
        article = _join_table_headers(_tidy(article))
    if article is not None and any(len(line) > _LAYOUT_ROW for line in article.splitlines() if line.startswith("|")):
        # a page laid out with a <table>: trafilatura takes the layout as a table and gives the whole article as
        # one `|` row (its paragraphs, headings and list items on one line), so the page is read whole instead
        return PageText(whole, "HTML page read whole (laid out as a table)", whole)
    prose_chars = max(0, len(whole) - parsed.link_chars)
    if article is None or len(article.strip()) < _MIN_ARTICLE_CHARS or len(article) < _MIN_SHARE_OF_PROSE * prose_chars:
        return PageText(whole, "HTML page read whole (no article found in it)", whole)
    head, put_first = [], []
    if title and title not in article[: len(title) + 200]:
        head.append(title)
        put_first.append("its title")
    first_lines = "\n".join(article.splitlines()[:4])
    if iso_date and not _DATE_IN_FIRST_LINES.search(first_lines):
        year, month, day = iso_date[:10].split("-")
        head.append(f"Ngày đăng: {day}/{month}/{year}")
        put_first.append("the date its markup gives")
    text = "\n".join(head) + "\n\n" + article if head else article
    left_out = len(whole) - len(article)
    return PageText(
        text,
        f"HTML page: its article read (trafilatura), {max(0, left_out):,} characters of menus, sidebars and footer"
        " left out" + (f"; {' and '.join(put_first)} put first" if put_first else ""),
        whole,
    )
