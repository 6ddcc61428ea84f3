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
    return first.islower() and _LIST_MARKER.match(text, at) is None


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
        if _wraps(text, start, m.end()):
            out = out or list(text)
            out[brk] = " "
    return text if out is None else "".join(out)


def restore_quotes(records, text: str) -> None:
    """Cut each record's quote again from `text` (the text as read), by its offsets."""
    for record in records:
        record.quote = text[record.char_start : record.char_end]
