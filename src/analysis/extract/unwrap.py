"""Lines a PDF's text layer broke in the middle of a sentence, joined again before the rules read the text.

A PDF saved as plain text (pdftotext, copy from a viewer, a portal's "text" view) keeps the page's line breaks:
a sentence runs over two to four lines, a number stands on one line and its unit on the next (`68.400` /
`triệu đồng`), `mức` / `độ 3` are split. The rules read a line break as the end of a sentence, so such a
sentence lost its cue, its level or its unit. A break is a wrap when the line before it does not end a sentence
or a clause (no `.`, `;`, `:`, `!`, `?`) and the next line goes on with it: it opens with a lower-case word
that is no list marker (`a)`, `đ.`), or with a number that a lower-case word or `%` follows after a line that
ends with a word (`… dự kiến là` / `68.400` / `triệu đồng`), or with an abbreviation (`CNTT`, `UBND`) a lower-case
word follows, or with a bracket (`(gửi, nhận qua …) đạt 85%`), after a long line of running text (not a heading, not
all capitals). Table rows, headings and items open with a capital,
a marker or a number after a full stop, and stay as they are.

A line after a row of a table (cells split by tabs, as OCR and Word give them) is no wrap of a sentence but
a cell's wrapped words (`1	Tỷ lệ văn bản … điện tử	%	60	75` / `giữa các cơ quan nhà nước`): it stays a line.

A page's first line glued to the form feed before it (`\fII. PHƯƠNG HƯỚNG …`, as pdftotext writes pages) is a line
of its own: the form feed becomes a line break, so a heading at the top of a page is still a heading. A number at
the end of a line whose unit opens the next one (`tối thiểu 100` / `Mbps`) is joined too.

A line laid out in columns (pdftotext's `-layout`: three cells or more kept apart by runs of spaces, `1    Tỷ lệ …    %    65    82`)
is a table's row: no line is joined to it and it is joined to none, so a label wrapped under it stays a line of its
own (tables.py reads it as the label's end). A unit alone on a line between a label and a number (`Số dịch vụ …
mức độ 3` / `dịch vụ` / `210`, a table pasted one cell per line) is a cell, not the end of the label.

A table pasted one cell per line (a Word or web table copied as text: the header's cells each on a line, then each
row's cells each on a line) is first put back into rows (`rebuild_cell_rows`): the line breaks between the cells of
a row become tabs, so the row reads as a Word table's row does. A header is a line naming the labels' column (`STT`,
`Chỉ tiêu`, `Nội dung`, `Nguồn vốn`) and the lines after it naming columns (`Đơn vị tính`, `Năm 2019`, `Hiện trạng
2020`, `Mục tiêu 2025`, `Cấp tỉnh`, `Tổng cộng`, `Giai đoạn …`), two of them columns of values; each row has as many
lines as the header (one fewer when its `STT` cell is empty: a blank line), its values numbers. Blank lines between
rows go by; the first group of lines that is no row ends the table. A list of short lines with a number each, or of
years and sentences, has no such header and stays as it is.

The join keeps every offset: the break becomes one space. The facts' quotes are then cut again from the
text as it was read (`restore_quotes`), so a quote still equals the source text between its offsets.
"""

from __future__ import annotations

import re

# A line break that may be a wrap: the line before ends with no stop, the next line opens with a word or number.
_BREAK = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n[ \t]*(?=[\w(])")
_NEXT_LINE = re.compile(r"\n[ \t]*(?=[\w(])")  # the same breaks, found from the `\n` (see `unwrap_lines`)
# A tab between two cells of a row, searched past the line's opening (an indent, a list mark `a)\t`, `1.\t` is no
# cell gap: such a line is a sentence that may wrap).
_CELL_GAP = re.compile(r"\S\t+\S")
_PAGE_TOP = re.compile(r"(?<=\n)\f(?=\S)")
_UNIT_GOES_ON = re.compile(r"(?:[MG]bps|%)(?!\w)")
_LIST_MARKER = re.compile(r"[^\W\d_]{1,2}[.)]\s")  # `a) `, `đ. `, `aa) `
_HEADING = re.compile(r"(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[^\W\d_])[.)]\s+[^\d,;]{0,60}$")
_ACRONYM_GOES_ON = re.compile(r"(?:CNTT|UBND|HĐND|CBCC|TTHC)[ \t]+[^\W\d_]")
# A row of a column layout (pdftotext `-layout`): three cells or more kept apart by three spaces or more (one such
# gap may be a justified line's, or a row's number before its label).
_SPACE_GAP = re.compile(r"\S {3,}(?=\S).*?\S {3,}\S")
# A unit alone on its line (a table's unit cell), then a number alone on the next line (the row's first value).
_UNIT_CELL = re.compile(
    r"(?:%|dịch vụ|người|đơn vị|cơ quan|xã|điểm|máy|hộp thư|tài khoản|thủ tục|hồ sơ|lượt|cái|bộ|"
    r"(?:triệu|tỷ|nghìn) đồng|đồng|Mbps|Gbps)[ \t]*\n[ \t]*\d[\d.,]*[ \t]*%?[ \t]*(?:\n|$)"
)
_NUMBER_GOES_ON = re.compile(r"\d[\d.,]*(?:[ \t]*%|[ \t]+(?P<word>[^\W\d_]+)|[ \t]*\n[ \t]*(?P<next>[^\W\d_]+))")


def _long_line(text: str, before: int) -> bool:
    """Whether the line ending at `before` is a long line of running text (a wrapped one), not a heading."""
    line = text[text.rfind("\n", 0, before) + 1 : before].strip()
    return len(line) >= 40 and _HEADING.match(line) is None and any(c.islower() for c in line)


def _wraps(text: str, before: int, at: int) -> bool:
    """Whether the line that opens at `at` goes on with the sentence of the line that ends at `before`."""
    first = text[at]
    if text[before - 1].isdigit() and _UNIT_GOES_ON.match(text, at):  # `… tối thiểu 100` / `Mbps`
        return True
    if first == "(":  # `… dưới dạng điện tử` / `(gửi, nhận qua …) đạt 85%`: brackets that explain the words before
        # (in lower case: `(Ban hành kèm theo …)` under a title is a line of its own)
        return text[at + 1 : at + 2].islower() and _long_line(text, before)
    if first.isupper():  # `… cán bộ chuyên trách` / `CNTT đạt 75%`: an abbreviation goes on with the sentence
        return _ACRONYM_GOES_ON.match(text, at) is not None and _long_line(text, before)
    if first.isdigit():
        if not text[before - 1].isalpha() or not _long_line(text, before):
            return False
        m = _NUMBER_GOES_ON.match(text, at)
        if m is None:
            return False
        word = m.group("word") or m.group("next")
        return word is None or word[0].islower()
    if _UNIT_CELL.match(text, at):  # `Số dịch vụ … mức độ 3` / `dịch vụ` / `210`: a unit cell, then a value's
        return False
    return first.islower() and _LIST_MARKER.match(text, at) is None


def _column_laid(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] is laid out in columns (cells kept apart by runs of spaces)."""
    return "   " in text[start:end] and _SPACE_GAP.search(text, start, end) is not None


def unwrap_lines(text: str) -> str:
    """`text` with every wrapped line joined to the one before (each such `\\n` becomes a space)."""
    if "\n" not in text:
        return text
    out = None
    if "\f" in text:
        for m in _PAGE_TOP.finditer(text):
            out = out or list(text)
            out[m.start()] = "\n"
    # What `_BREAK.finditer(text)` finds, found from each line break (a literal the regex engine jumps between; a
    # pattern opening with a look-behind is tried at every character): the spaces before the break are skipped
    # back over, and the character before them must end no sentence.
    for m in _NEXT_LINE.finditer(text):
        brk = m.start()
        start = brk
        while start and text[start - 1] in " \t":
            start -= 1
        if not start or text[start - 1].isspace() or text[start - 1] in ".;:!?":
            continue
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if "\t" in line and _CELL_GAP.search(line, 3):  # a table's row (OCR, Word): its cell wrapped
            continue
        next_end = text.find("\n", m.end())
        if _column_laid(line, 0, len(line)) or _column_laid(text, m.end(), len(text) if next_end < 0 else next_end):
            continue  # a row of a column layout, or the line before one: no sentence wraps into or out of it
        if _wraps(text, start, m.end()):
            out = out or list(text)
            out[brk] = " "
    return text if out is None else "".join(out)


def restore_quotes(records, text: str) -> None:
    """Cut each record's quote again from `text` (the text as read), by its offsets."""
    for record in records:
        record.quote = text[record.char_start : record.char_end]


# A table pasted one cell per line (see the module's notes): its header's first cell names the labels' column, the
# cells after it name columns; the columns of values among them are years, states and goals, levels and totals.
_HEAD_FIRST = re.compile(
    r"(?:số\s*)?stt|tt|(?:tên\s*)?chỉ\s*tiêu|nội\s*dung|nguồn\s*(?:vốn|kinh\s*phí)|hạng\s*mục|danh\s*mục|cấp", re.I
)
_HEAD_VALUE = re.compile(
    r"(?:(?:hiện\s*trạng|thực\s*trạng|mục\s*tiêu|kế\s*hoạch|thực\s*hiện|kết\s*quả|ước\s*thực\s*hiện)"
    r"(?:\s*\(?\s*(?:đến\s*)?(?:năm\s*)?(?:19|20)\d\d\s*\)?)?"
    r"|(?:năm\s*)?(?:19|20)\d\d|(?:cấp|khối)\s*(?:tỉnh|huyện|xã|thành\s*phố|quận,?\s*huyện|phường,?\s*xã)"
    r"|toàn\s*tỉnh|tổng\s*(?:cộng|số|kinh\s*phí)|cộng"
    r"|(?:cả\s*|toàn\s*)?giai\s*đoạn(?:\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?)",
    re.I,
)
_HEAD_FIRST_LETTERS = frozenset("sStTcCnNhHdDſ")
_HEAD_OTHER = re.compile(r"đơn\s*vị(?:\s*tính)?|đvt|chỉ\s*tiêu|nội\s*dung|nguồn\s*(?:vốn|kinh\s*phí)", re.I)
_ROW_CODE_CELL = re.compile(r"\d{1,2}[.)]?|[IVX]{1,4}[.)]?")
_VALUE_CELL = re.compile(r"\d[\d.,]*\s*%?|-")
_MOST_COLUMNS = 10


def _cell_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of `text`, blank ones included (an empty span)."""
    out, at = [], 0
    for line in text.split("\n"):  # (no match object per line)
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _head(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, list[bool]] | None:
    """The number of header lines from line i and which of them are columns of values; None for no such header."""
    a, b = lines[i]
    first = text[a:b].strip()
    # (asked of every line: most open with none of the first letters of _HEAD_FIRST's words, `ſ` being a long s)
    if first[:1] not in _HEAD_FIRST_LETTERS or not _HEAD_FIRST.fullmatch(first):
        return None
    values = [False]
    for a, b in lines[i + 1 : i + 1 + _MOST_COLUMNS]:
        cell = text[a:b].strip()
        if _HEAD_VALUE.fullmatch(cell):
            values.append(True)
        elif _HEAD_OTHER.fullmatch(cell) or _HEAD_FIRST.fullmatch(cell):
            values.append(False)
        else:
            break
    if sum(values) < 2 or len(values) < 3 or (values[-1] is False and values[-2] is False):
        return None
    return len(values), values


def rebuild_cell_rows(text: str) -> str:
    """`text` with each table pasted one cell per line put back into rows: the breaks between a row's cells (and
    between its header's) become tabs; offsets kept."""
    if "\n" not in text or not _HEAD_VALUE.search(text):
        return text
    lines = _cell_lines(text)
    out = None
    i = 0
    while i < len(lines):
        head = _head(text, lines, i)
        if head is None:
            i += 1
            continue
        width, values = head
        code = bool(re.fullmatch(r"(?:số\s*)?s?tt", text[slice(*lines[i])].strip(), re.I))
        rows = [(i, i + width)]
        j = i + width
        while j < len(lines):
            while j < len(lines) and not text[slice(*lines[j])].strip():
                j += 1  # blank lines between rows (a blank `STT` cell: its row has a line fewer)
            if j >= len(lines):
                break
            first = text[slice(*lines[j])].strip()
            size = width if not code or _ROW_CODE_CELL.fullmatch(first) else width - 1
            cells = [text[slice(*span)].strip() for span in lines[j : j + size]]
            if len(cells) < size or not all(cells) or any(len(c) > 200 for c in cells):
                break
            kinds = values[width - size :]
            if not all(_VALUE_CELL.fullmatch(c) for c, v in zip(cells, kinds, strict=True) if v):
                break
            label = next((c for c, v in zip(cells, kinds, strict=True) if not v and not _VALUE_CELL.fullmatch(c)), "")
            if not label or label[-1] in ".;:":
                break
            rows.append((j, j + size))
            j += size
        if len(rows) > 1:
            out = out or list(text)
            for x, y in rows:
                for _, end in lines[x : y - 1]:
                    out[end] = "\t"
        i = j if len(rows) > 1 else i + 1
    return text if out is None else "".join(out)
