"""Reading plans as researchers download them: PDF with a text layer, scanned PDF or scanned image (OCR), Word
.docx and .doc (a .docx's footnotes and endnotes after the paragraph citing them), .odt, .rtf, PowerPoint .pptx
slides (a slide a page, its speaker notes after it), web pages saved as one .mht file, spreadsheets .xlsx, .xls, .ods
and .csv (a budget or indicator appendix published on its own).

Every reader returns plain text (NFC and LF are applied by `analysis.corpus`); PDF pages are separated by a
form feed (U+000C), so a fact's page is 1 + the form feeds before it. A file that cannot be read raises
`ReadProblem` with a reason a person can act on.

Why pypdfium2 reads the text layer (measured on the Thái Bình seed rendered by WeasyPrint, 13 A4 pages,
32 k characters, 2-core machine): pypdfium2 80 ms (≈400 k chars/s), pypdf 1,070 ms (≈29 k chars/s),
pdfplumber 2,000 ms (≈16 k chars/s). All three kept every word with its diacritics (word recall 1.000,
NFC-equal) and in reading order (difflib word alignment 1.000). pypdfium2 is 13× faster than pypdf and also
renders pages for OCR, so one library does both; its per-character boxes let wrapped lines be joined.
A born-digital PDF is read as its text, not its pages: running headers and footers and page numbers are left out
(`_without_furniture`), so a sentence cut across a page break is one; footnotes at the page foot are read after the
paragraph that runs over the page (`_mark_notes`, `pdf_text`); a page printed in two columns has each column's lines
joined at that column's edge (`_two_columns`); a ruled table's rows come in the order they stand, a cell merged down
over rows given in each (measured on the `dev_pdf2` set, tests/make_pdf_docs2.py). A page turned by `/Rotate` (a
landscape sheet stored portrait) is read as shown (`_Upright`); marks stored apart from their letters (NFD) stay on
their line (`_mark_breaks`); a `.VnTime` page keeps ư's code, which is the soft hyphen's (`dev_pdf3`,
tests/make_pdf_docs3.py).

Scans: a page whose text layer is (almost) empty but holds an image is rendered at 200 dpi and read by
Tesseract's Vietnamese model through pytesseract, one Tesseract thread per process (OMP_THREAD_LIMIT=1:
2.1 s a page against 12.2 s with the default threads on 2 cores); pages run in parallel on the executor.
Before Tesseract a colour page's coloured ink (a red stamp) is made light (`ink_grey`), the page is straightened
(projection search), the rings of a round stamp found by their shape erased (`round_stamps`), its table rules erased
too and its table cells moved up to the top of their rows (an office centres a cell's text, and Tesseract cut a row
of cells of one, two and three lines across their letters) and, on grey paper, made ink on white; when speckled like
a photocopy, the page is binarised and despeckled (`prepare_scan`); after it, a letter read for a digit inside a
number is the digit (`fix_number`: `B0%` → `80%`), a doubted figure with a stray sign is read again alone (`201?)`
→ `2017)`) and a domain phrase with a mark misread is the phrase (`analysis.ocr_words`: `quần lý` → `quản lý`).
A table printed with no rules is read a row a line from the OCR'd words' boxes as from a text layer's characters
(`_unruled_rows`); a ruled table's rules are found with a stamp's ring still on them (erased, it cut them), a ruled
cell Tesseract left unread is read alone (`_read_empty_cells`), and a row's number, year or figure misread is put
right from the rows around it (`_row_repairs`; `dev_pdf6`, tests/make_pdf_docs6.py).
Measured on office-printed plans scanned clean, mild and strong by benchmarks/bench_scans.py.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.legacy_fonts import looks_like_tcvn3

__all__ = [
    "DOC_APT_LINE",
    "IMAGE_SUFFIXES",
    "OCR_APT_LINE",
    "PAGED_FORMATS",
    "Line",
    "PdfPages",
    "fix_number",
    "image_pages",
    "ink_grey",
    "join_header_rows",
    "join_lines",
    "mht_page",
    "ocr_available",
    "ocr_page",
    "pdf_pages",
    "prepare_scan",
    "read_csv",
    "read_doc",
    "read_docx",
    "read_ods",
    "read_pptx",
    "read_xls",
    "read_xlsx",
    "table_lines",
    "unsupported_reason",
]

OCR_APT_LINE = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"
DOC_APT_LINE = "sudo apt-get install antiword"
OCR_DPI = 200
PAGED_FORMATS = ("pdf", "pdf-ocr", "image-ocr", "pptx")  # formats whose text has pages (form feeds; a slide a page)
# A page scanned or photographed to an image file (a multi-page TIFF holds a page a frame): read by OCR as a scanned
# PDF's page is. GIF is left out: a scanner never writes it, and a GIF in a download folder is a web icon.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
# Fewer pixels than this on an image's short side cannot hold a page a person could read (an icon, a thumbnail).
_MIN_PAGE_PIXELS = 300

# A page with fewer letters than this in its text layer, but with an image on it, is a scan.
_MIN_PAGE_CHARS = 10
# A page's text layer is unreadable when its font lost its Unicode map (a printer driver embedding a subset font with
# no /ToUnicode): pdfium gives glyph numbers as characters, control codes and letters of other scripts
# (`%ٛWUF¡QE٣FKX`), a line's words run together. Such a page is read by OCR, as a scan is. A page is so when a
# tenth of its characters are neither Latin (TCVN3 and VNI codes are Latin-1), Vietnamese, marks nor punctuation,
# or when its words average more letters than a Vietnamese word ever has (a shifted map with spaces lost).
_ODD_SHARE = 0.1
_LONG_WORDS = 12.0
_MIN_ODD_CHARS = 20


def unreadable_text(text: str) -> bool:
    """Whether a page's text layer is glyph codes rather than words (its font's Unicode map missing or broken)."""
    chars = [ch for ch in text if not ch.isspace()]
    if len(chars) < _MIN_ODD_CHARS:
        return False
    odd = 0
    for ch in chars:
        o = ord(ch)
        if (o < 0x370 and unicodedata.category(ch) != "Cc") or 0x1E00 <= o <= 0x1EFF or 0x2000 <= o <= 0x2BFF:
            continue
        odd += 1
    if odd >= _ODD_SHARE * len(chars):
        return True
    words = text.split()
    return len(chars) / len(words) > _LONG_WORDS


# pdfium marks a soft hyphen with U+0002 and unknown glyphs with U+FFFE/U+FFFF.
_PDF_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\u00ad]")
_PDF_JUNK_TCVN3 = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_LINE_ENDS = frozenset("\r\n\ufffe\x02")
_LIST_MARKER = re.compile(r"^\s*(?:[-–•+*]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVX]+\.\s)")

_UNSUPPORTED = {
    ".gif": "an image",
    **dict.fromkeys((".ppt", ".odp"), "a presentation"),
    **dict.fromkeys((".zip", ".rar", ".7z", ".gz"), "an archive"),
    ".odg": "a drawing",
}


def unsupported_reason(suffix: str) -> str:
    what = _UNSUPPORTED.get(suffix.lower())
    hint = {
        "an image": "; a scanned page is read from PDF, PNG, JPEG, TIFF, BMP or WebP",
        "an archive": "; unpack it into the folder",
        "a presentation": "; save it as .pptx",
    }.get(what or "", "")
    kind = f"{what} ({suffix})" if what else f"unsupported file type ({suffix or 'no extension'})"
    return (
        f"{kind}: ictplans reads .txt, .html, .mht, .pdf (text or scanned), scanned images, .docx, .doc, .odt, "
        f".rtf, .pptx, .xlsx, .xls, .ods and .csv{hint}"
    )


@dataclass
class Line:
    """One printed line, its box in points from the page's top-left, and the width of its first word."""

    text: str
    left: float
    right: float
    top: float
    bottom: float
    first_word: float
    hyphen: bool = False  # ends with a hyphen at which the line was broken: joined without a space
    cells: bool = False  # a row of a ruled table, its cells joined by tabs: never joined to the line before or after
    chars: list | None = None  # (x0, x1) of each character of `text` on a page with a ruled table, else None
    tabbed: str | None = None  # the text with a tab at each tab stop, for a line of cells aligned by tab stops
    note: bool = False  # a line of the footnotes at the page foot: read after the paragraph the page ends with

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


def join_lines(lines: list[Line], right_edge: float, title_first: bool = False, columns: float | None = None) -> str:
    """Lines of one page → text. A line is joined to the next with a space when it was wrapped: the next
    line's first word would not have fitted in the room left before the text's right edge (justified or
    ragged text alike). A vertical gap larger than half a line is a paragraph (blank line); anything else is
    a line break (table cells, headings, list items). With `title_first` (a document's first page) the first
    line stays a line of its own: it is the headline or the issuer, and a headline that happens to end near
    the margin must not run into the dateline below it.

    With `columns` (a page printed in two columns: the left column's right edge), a line of the left column wraps
    at that edge, and its last line goes on at the top of the right column when it wraps there."""
    out: list[str] = []
    shift = 0.0  # how far right the right column's lines start of the left column's
    if columns is not None:
        starts = [ln.left for ln in lines if ln.left > columns], [ln.left for ln in lines if ln.right <= columns + 1]
        shift = min(starts[0]) - min(starts[1]) if all(starts) else 0.0
    for i, line in enumerate(lines):
        out.append(line.text)
        if i + 1 == len(lines):
            break
        nxt = lines[i + 1]
        gap = nxt.top - line.bottom
        same_block = -0.5 * line.height < gap < 0.6 * line.height
        edge = right_edge
        if columns is not None and line.right <= columns + 1:
            edge = columns
            if nxt.top < line.top - 2 * line.height and nxt.left > columns:
                # the left column's foot, the right column's head: the same paragraph when it wraps there (the
                # head's indent measured from its own column's edge)
                same_block, nxt = True, replace(nxt, left=nxt.left - shift)
        if line.cells or nxt.cells:  # a table row is a line of its own
            out.append("\n\n" if gap >= 0.6 * line.height else "\n")
        elif same_block and not (title_first and i == 0) and _wraps(line, nxt, edge):
            out.append("" if line.hyphen or line.text.endswith("/") else " ")  # `QĐ-|UBND`, `1204/|QĐ`
        elif gap >= 0.6 * line.height:
            out.append("\n\n")
        else:
            out.append("\n")
    return "".join(out)


def _wraps(line: Line, nxt: Line, right_edge: float) -> bool:
    """The next line's first word would not have fitted on this line: the writer's software wrapped it.
    Not when the next line is indented further (a new paragraph's first line) or starts a list item."""
    room = right_edge - line.right
    # the room needed: the word's ink, a space and the side bearings the ink boxes leave out
    if room >= nxt.first_word + 0.6 * line.height or _LIST_MARKER.match(nxt.text):
        return False
    if nxt.left > line.left + 0.8 * line.height:  # indented further: a new paragraph's first line
        return False
    # Justified text: a wrapped line is flush with the margin (a paragraph's last line is not stretched).
    # Otherwise a sentence that ends near the margin, followed by a capital, is likelier a new paragraph or
    # heading than a wrap (ragged text without paragraph spacing, as word processors print plain text).
    flush = room < 0.15 * line.height
    return flush or not (line.text.endswith((".", "!", "?", ":", ";")) and nxt.text[:1].isupper())


# --- PDF -----------------------------------------------------------------------------------------------


@dataclass
class PdfPages:
    """The text layer of a PDF: each page's lines, or None where the page is a scan that needs OCR."""

    pages: list[list[Line] | None]
    widths: list[float] | None = None  # each page's width (points): a landscape page has its own right edge

    @property
    def scanned(self) -> list[int]:
        return [i for i, p in enumerate(self.pages) if p is None]


def _open_pdf(path: Path, source_file: str):
    import pypdfium2 as pdfium

    from analysis.corpus import ReadProblem

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise ReadProblem(source_file, "encrypted PDF (it needs a password): save an unlocked copy") from exc
        raise ReadProblem(source_file, f"corrupt or not a PDF ({message})") from exc


class _Upright:
    """A turned page's text page (`/Rotate 90`, `180`, `270`: a landscape sheet a printer driver stored portrait,
    a page scanned upside down and turned in the viewer) with its character boxes given as the page is shown, as
    pdfium gives its text (in the order it is read upright) and its size; the boxes it gives are those of the page
    unturned, so a row of a turned table stood in a column and its rules across."""

    def __init__(self, textpage, rotation: int, width: float, height: float) -> None:
        self._textpage, self._turn = textpage, _turn_box(rotation, width, height)

    def count_chars(self) -> int:
        return self._textpage.count_chars()

    def get_text_range(self, *args):
        return self._textpage.get_text_range(*args)

    def get_charbox(self, k: int) -> tuple[float, float, float, float]:
        return self._turn(*self._textpage.get_charbox(k))


def _turn_box(rotation: int, width: float, height: float):
    """(left, bottom, right, top) of the unturned page → the same box as the page is shown (`width` and `height` are
    the shown page's, as pdfium gives them)."""
    if rotation == 90:  # turned clockwise: the unturned page's left edge is the top
        return lambda left, bottom, right, top: (bottom, height - right, top, height - left)
    if rotation == 270:
        return lambda left, bottom, right, top: (width - top, left, width - bottom, right)
    if rotation == 180:
        return lambda left, bottom, right, top: (width - right, height - top, width - left, height - bottom)
    return lambda *box: box


def _runs_across(textpage, text: str) -> bool:
    """Whether the page's words run across its unturned page (left to right: neighbouring letters side by side), as
    they do on a page a viewer turned and saved; on a sheet a printer driver stored turned they run up or down it."""
    across = along = 0
    for k in range(min(len(text), 400) - 1):
        if not (text[k].isalnum() and text[k + 1].isalnum()):
            continue
        a, b = textpage.get_charbox(k), textpage.get_charbox(k + 1)
        dx, dy = abs(b[0] - a[0]), abs(b[1] - a[1])
        across += dx > dy
        along += dy > dx
    return across >= along


# A mark a PDF stores as a character of its own after its letter (decomposed text, NFD: `ê` + U+0301, a font with no
# glyph for the letter with both marks), drawn above the mark before it: pdfium breaks the line before it and after it,
# the mark being higher than the line (`đê` / `́n hê` / `́t`). Those breaks are no line's end.
_COMBINING = re.compile("[\u0300-\u036f]")


def _mark_breaks(textpage, text: str) -> set[int]:
    """The indices of the line breaks pdfium put around a combining mark standing over its letter."""
    joined: set[int] = set()
    for m in _COMBINING.finditer(text):
        k = m.start()
        b = k - 1
        while b >= 0 and text[b] in "\r\n":
            b -= 1
        if b < 0 or (b == k - 1 and k + 1 < len(text) and text[k + 1] not in "\r\n"):
            continue
        letter = b  # the letter under the marks (`ô` + `́`: the circumflex is a mark too)
        while letter > 0 and (text[letter] in "\r\n" or _COMBINING.match(text[letter])):
            letter -= 1
        _, bb, br, bt = textpage.get_charbox(letter)
        ml = textpage.get_charbox(k)[0]
        if b < k - 1 and ml <= br + 0.5 * (bt - bb):  # over the letter before it: the break before the mark goes
            joined.update(range(b + 1, k))
        after = k + 1
        while after < len(text) and text[after] in "\r\n":
            after += 1
        if after > k + 1 and after < len(text) and not text[after].isspace():
            al, ab, _, _ = textpage.get_charbox(after)
            if abs(ab - bb) < 0.3 * (bt - bb) and al >= br - 1:  # the letters go on along the same baseline
                joined.update(range(k + 1, after))
    return joined


def _page_lines(page) -> list[Line]:
    """Lines of a page's text layer with their boxes (pdfium counts its generated line breaks as chars)."""
    textpage = page.get_textpage()
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    height = page.get_height()
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # `.VnTime` (TCVN3) writes `ư` with the soft hyphen's code: in such a page it is a letter, not junk
    junk = _PDF_JUNK_TCVN3 if "\u00ad" in text and looks_like_tcvn3(text) else _PDF_JUNK
    if len(text) != n:  # characters outside the BMP: no boxes, keep the lines as they are
        return [Line(junk.sub("", t), 0, 0, 12 * i, 12 * i + 10, 0) for i, t in enumerate(raw_lines)]
    rotation = page.get_rotation() if n else 0
    if rotation and not _runs_across(textpage, text):
        textpage = _Upright(textpage, rotation, page.get_width(), height)
    else:  # (a page turned in a viewer and saved: its text runs across the unturned page, read so as before)
        rotation = 0
    columns, rows = _rules(page, height, _turn_box(rotation, page.get_width(), height)) if n else ([], [])
    skip, joined = _footnote_marks(textpage, text)
    if _COMBINING.search(text):
        joined |= _mark_breaks(textpage, text)
    lines, i = [], 0
    while i < n:
        j = i
        while j < n and (text[j] not in _LINE_ENDS or j in joined):
            j += 1
        # pdfium glues a word broken after a hyphen onto the line above and marks the hyphen with U+FFFE (or
        # U+0002). Vietnamese does not hyphenate words, so that hyphen is real (`QĐ-UBND`): it ends the line.
        hyphen = j < n and text[j] in "\ufffe\x02"
        end = j + 1 if hyphen else j
        box = {k: textpage.get_charbox(k) for k in range(i, end) if not text[k].isspace() and k not in skip}
        boxes = list(box.values())
        keep = [k for k in range(i, j) if not junk.match(text[k]) and k not in skip and k not in joined]
        raw = "".join(text[k] for k in keep).rstrip()
        line_text = raw + ("-" if hyphen else "")
        if boxes and line_text.strip():
            first_end = next((k for k in range(i, j) if text[k].isspace() and k > i), j)
            first = [box[k] for k in range(i, first_end) if k in box]
            lines.append(
                Line(
                    line_text,
                    left=min(b[0] for b in boxes),
                    right=max(b[2] for b in boxes),
                    top=height - max(b[3] for b in boxes),
                    bottom=height - min(b[1] for b in boxes),
                    first_word=(max(b[2] for b in first) - min(b[0] for b in first)) if first else 0.0,
                    hyphen=hyphen,
                    chars=[(box[k][0], box[k][2]) if k in box else None for k in keep[: len(raw)]],
                    tabbed=None if hyphen else _tab_stops(text, keep[: len(raw)], box),
                )
            )
        i = end
        while i < n and text[i] in "\r\n":  # the line break (\r\n is two chars)
            i += 1
    lines = _ruled_rows(lines, columns, rows) if columns else _unruled_rows(lines)
    return [
        replace(ln, text=ln.tabbed, cells=True, chars=None) if ln.tabbed and not ln.cells else replace(ln, chars=None)
        for ln in lines
    ]


# A footnote's marker printed as a superscript right after a figure or a word (`612²`, `95%¹`, `mức độ 4³`, `(4)`):
# pdfium gives it glued to the figure (`6122`) and breaks the line after it, as its baseline is raised. A run of
# digits, stars or brackets no taller than the character before it and raised above its baseline (by 0.3 of its
# height) is such a marker; a unit's exponent (`m²`, `km²`) is none.
_MARK_CHARS = frozenset("0123456789*()¹²³⁴⁵⁶⁷⁸⁹⁰")
_UNIT_BEFORE = re.compile(r"(?:^|[\s\d])[kcd]?m$")


def _footnote_marks(textpage, text: str) -> tuple[set[int], set[int]]:
    """The indices of the page's footnote markers (left out) and of the line breaks pdfium put right after them
    (the line goes on after the marker)."""
    skip: set[int] = set()
    joined: set[int] = set()
    n = len(text)
    k = 1
    while k < n:
        # (pdfium may also break the line before a marker raised with no line height of its own: `tuyến` / `3` / `,`)
        b = k - 1
        while b > 0 and text[b] in "\r\n":
            b -= 1
        if text[k] not in _MARK_CHARS or text[b].isspace() or text[b] in _LINE_ENDS or k - b > 3:
            k += 1
            continue
        before = text[b]
        if not (before.isalnum() or before in "%)"):
            k += 1
            continue
        end = k
        while end < n and text[end] in _MARK_CHARS and end - k < 4:
            end += 1
        if end < n and text[end] not in "\r\n":  # pdfium breaks the line after a raised marker: none here
            k = end
            continue
        exponent = b == k - 1 and bool(_UNIT_BEFORE.search(text[max(0, k - 4) : k]))  # kept, its line goes on after it
        bl, bb, br, bt = textpage.get_charbox(b)
        # the letters' height: the tallest of the few characters before (a marker after `tin` is no taller than `t`
        # though taller than the `n` it follows)
        size = max(
            [bt - bb]
            + [
                (box := textpage.get_charbox(q))[3] - box[1]
                for q in range(max(0, b - 5), b)
                if not text[q].isspace() and text[q] not in _LINE_ENDS and text[q].isalnum()
            ]
        )
        run = k
        while run < n and text[run] in _MARK_CHARS and run - k < 4:
            cl, cb, _, ct = textpage.get_charbox(run)
            # (a marker stands to the right of what it notes: text printed upright in a rotated table header goes
            # up the page, each character above the one before, `2018` no `20` with a raised `18`)
            if (
                size <= 0
                or (ct - cb >= 0.95 * size and not exponent)
                or cb < bb + 0.3 * size
                or cl < br - 0.5 * (br - bl)
                or (b < k - 1 and cl > br + size)  # after a break: right beside the character before it
            ):
                break
            run += 1
        if run == k or (text[k] == "(" and text[run - 1] != ")"):
            k += 1
            continue
        joined.update(range(b + 1, k))
        if not exponent:
            skip.update(range(k, run))
        after = run
        while after < n and text[after] in "\r\n":
            after += 1
        nxt = after
        while nxt < n and text[nxt] == " ":
            nxt += 1
        if after > run and nxt < n and text[nxt] not in _LINE_ENDS:
            al, ab, _, _ = textpage.get_charbox(nxt)
            if abs(ab - bb) < 0.3 * size and al >= br - 1:  # the text goes on along the same baseline
                joined.update(range(run, after))
        k = max(run, after)
    return skip, joined


# A list aligned by tab stops (Word's `Chỉ tiêu ⇥ Đơn vị ⇥ 2018 ⇥ 2019`, printed with no rules): the text layer gives
# its cells run together with one space (`Văn bản điện tử … cơ quan % 60 75 90`). A line with two gaps or more wider
# than one and a half of its letter heights is such a row; each gap wider than twice its word spaces (and than 0.4 of
# a letter height: justified text stretches its spaces to about that) is a tab stop.
_TAB_STOP = 1.5
_WORD_SPACE = 0.4


def _tab_stops(text: str, keep: list[int], box: dict) -> str | None:
    """The line of text[keep] with a tab at each tab stop, or None when it is no line of cells."""
    ks = [k for k in keep if k in box]
    if len(ks) < 4:
        return None
    height = max(box[k][3] for k in ks) - min(box[k][1] for k in ks)
    gaps = {b: box[b][0] - box[a][2] for a, b in itertools.pairwise(ks)}
    if sum(g > _TAB_STOP * height for g in gaps.values()) < 2:
        return None
    spaced = [g for (a, b), g in zip(itertools.pairwise(ks), gaps.values(), strict=True) if b - a > 1]
    spaced = sorted(g for g in spaced if g <= _TAB_STOP * height)
    space = spaced[len(spaced) // 2] if spaced else 0.0
    stop = max(2 * space, _WORD_SPACE * height)
    out: list[str] = []
    for k in keep:
        if text[k].isspace():
            out.append(text[k])
            continue
        if gaps.get(k, 0.0) > stop:
            while out and out[-1].isspace():
                out.pop()
            out.append("\t")
        out.append(text[k])
    return "".join(out).strip()


# A ruled table as word processors and browsers print it: each border a thin filled or stroked path. A vertical
# rule is at most _RULE thick and longer than it; a horizontal one the other way round.
_RULE = 3.0


def _rules(page, height: float, turn=None) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's vertical rules (x, top, bottom) and horizontal rules (y, left, right), from the top-left as the
    page is shown (`turn`: a turned page's boxes as shown, `_turn_box`); no vertical rules when the page has fewer
    than two (no ruled table)."""
    import pypdfium2.raw as pdfium_c

    vertical, horizontal = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds() if turn is None else turn(*obj.get_bounds())
        w, h = right - left, top - bottom
        if w <= _RULE < h:
            vertical.append(((left + right) / 2, height - top, height - bottom))
        elif h <= _RULE < w:
            horizontal.append((height - (top + bottom) / 2, left, right))
    vertical = _bridged(_table_columns(vertical, horizontal))
    return (vertical, horizontal) if len(vertical) >= 2 else ([], [])


def _bridged(vertical: list) -> list:
    """Vertical rules with the gaps a cell merged down over rows leaves in its border closed: a browser draws the
    border of such a cell by the rows of the table, and leaves out the stretch beside the rows between its first and
    last (a table's outer border at the level of the middle row missing). Two pieces of one rule (the same x) whose gap
    another rule of the table spans are one rule."""
    out = sorted(vertical, key=lambda r: (round(r[0]), r[1]))
    gaps = []
    for (px, _, pbottom), (x, top, _) in itertools.pairwise(out):
        if abs(px - x) <= _RULE and pbottom + 1 < top:
            if any(abs(ox - x) > _RULE and otop <= pbottom + 1 and obottom >= top - 1 for ox, otop, obottom in out):
                gaps.append((x, pbottom, top))
    return vertical + gaps


def _table_columns(vertical: list, horizontal: list) -> list:
    """The vertical rules that border a table: a table's vertical rule meets a horizontal one at its top or bottom;
    a rule alone (between a newsletter's columns of text, beside a quotation) is no border of a table."""
    return [
        (x, top, bottom)
        for x, top, bottom in vertical
        if any(
            (abs(y - top) <= _RULE or abs(y - bottom) <= _RULE) and a - _RULE <= x <= b + _RULE
            for y, a, b in horizontal
        )
    ]


def _ruled_rows(
    lines: list[Line],
    columns: list[tuple[float, float, float]],
    rows: list[tuple[float, float, float]],
    in_reading_order: bool = False,
) -> list[Line]:
    """The lines of a page with its ruled tables' rows rebuilt: the text layer gives a row's cells run together on a
    line (`1 Tỷ lệ … các % 60 70 80`) and a wrapped cell's lines between the row's (`cơ quan nhà nước`); here every
    line inside a table is cut at the vertical rules into cells, the lines between two horizontal rules make one row,
    each cell's lines are joined in reading order, and the row is one line of cells separated by tabs (as a Word
    table or a tab-separated text gives it: what analysis.extract.tables reads).

    Two tables side by side (results on the left, goals on the right) print their rows on the same lines: the space
    between them, no rule above or below it, is no cell; each table's rows are given apart, the left table's first.
    A cell merged down over rows (a level's name beside its indicators) is cut by the rule under a row of the
    columns right of it, and its text is given in each row it spans."""
    out: list[Line | tuple] = []  # a line, or the key of a row (at the place of its first line)
    groups: dict[tuple, list[Line]] = {}
    split: set[tuple] = set()  # the rows of tables printed side by side
    for line in lines:
        mid = (line.top + line.bottom) / 2
        xs = sorted(x for x, top, bottom in columns if top - 1 <= mid <= bottom + 1)
        edges: list[float] = []
        for x in xs:  # a border drawn twice (each cell's own) is one rule
            if not edges or x - edges[-1] > _RULE:
                edges.append(x)
        if len(edges) < 3 or line.chars is None or line.left < edges[0] - 1 or line.right > edges[-1] + 1:
            out.append(line)
            continue
        tables = _side_by_side(line, edges, columns, rows, mid)
        for part, table in _split_line(line, tables):
            last = (table[-2] + table[-1]) / 2
            above = max(
                (y for y, a, b in rows if y <= mid and ((a <= table[0] + _RULE and b >= table[0]) or a <= last <= b)),
                default=None,
            )
            key = (above, tuple(round(x) for x in table))
            if key not in groups:
                groups[key] = []
                out.append(key)
                if len(tables) > 1:
                    split.add(key)
            groups[key].append(part)
    # the rows of one table (its outer borders) in the order they stand: a cell merged down over rows, its text in
    # the middle one, and a header cell merged across columns may be drawn before the rows above them
    k = 0
    while k < len(out):
        j = k
        while (
            j < len(out)
            and not isinstance(out[j], Line)
            and out[j][0] is not None
            and (out[j][1][0], out[j][1][-1]) == (out[k][1][0], out[k][1][-1])
        ):
            j += 1
        if j > k + 1:
            out[k:j] = sorted(out[k:j], key=lambda key: key[0])
        k = max(j, k + 1)
    # the rows of tables side by side: each table's rows together, the left one's first (a stable sort of each run)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and not isinstance(out[j], Line) and out[j] in split:
            j += 1
        if j > k + 1:
            out[k:j] = sorted(out[k:j], key=lambda key: key[1][0])
        k = max(j, k + 1)
    cells = {key: _row_cells(groups[key], list(key[1]), in_reading_order) for key in groups}
    _merged_down(out, cells, rows)
    return [item if isinstance(item, Line) else _cells_line(groups[item], cells[item]) for item in out]


def _merged_down(out: list, cells: dict, rows: list) -> None:
    """A cell merged down over rows (no rule under it between them) gives its text, all its lines, in each row."""
    runs: dict[int, list[tuple]] = {}  # column → the rows of the merged cell being read
    previous = None

    def close(c: int) -> None:
        run = runs.pop(c, [])
        if len(run) > 1:
            text = " ".join(cells[key][c] for key in run if cells[key][c])
            for key in run:
                cells[key][c] = text

    for item in out:
        same = not isinstance(item, Line) and previous is not None and previous[1] == item[1] and item[0] is not None
        if not same:
            for c in list(runs):
                close(c)
        if isinstance(item, Line):
            previous = None
            continue
        edges = item[1]
        for c in range(len(edges) - 1):
            x = (edges[c] + edges[c + 1]) / 2
            if same and not any(abs(y - item[0]) <= _RULE and a <= x <= b for y, a, b in rows):
                runs.setdefault(c, [previous]).append(item)
            else:
                close(c)
        previous = item
    for c in list(runs):
        close(c)


def _side_by_side(line: Line, edges: list[float], columns: list, rows: list, mid: float) -> list[list[float]]:
    """The tables a line of cells crosses, each its edges: an empty space between two vertical rules with no
    horizontal rule over it between their tops and the line (no cell's top) parts two tables printed side by side."""
    tables = [[edges[0]]]
    for left, right in itertools.pairwise(edges):
        x = (left + right) / 2
        top = min(
            (
                t
                for cx, t, b in columns
                if (abs(cx - left) <= _RULE or abs(cx - right) <= _RULE) and t - 1 <= mid <= b + 1
            ),
            default=mid,
        )
        empty = not any(sp is not None and left < (sp[0] + sp[1]) / 2 < right for sp in line.chars or [])
        if empty and not any(top - _RULE <= y <= mid and a <= x <= b for y, a, b in rows):
            tables.append([right])
        else:
            tables[-1].append(right)
    return tables if len(tables) > 1 and all(len(t) >= 2 for t in tables) else [edges]


def _split_line(line: Line, tables: list[list[float]]) -> list[tuple[Line, list[float]]]:
    """A line cut into the pieces that stand in each table (one table: the line as it is)."""
    if len(tables) == 1:
        return [(line, tables[0])]
    pieces: dict[int, tuple[list[str], list]] = {}
    t = 0
    for ch, span in zip(line.text, line.chars or [], strict=False):
        if span is not None:
            x = (span[0] + span[1]) / 2
            t = next((i for i, tb in enumerate(tables) if x <= tb[-1] + 1), len(tables) - 1)
        text, spans = pieces.setdefault(t, ([], []))
        text.append(ch)
        spans.append(span)
    out = []
    for t, (text, spans) in sorted(pieces.items()):
        xs = [v for sp in spans if sp is not None for v in sp]
        if xs and "".join(text).strip():
            part = replace(line, text="".join(text), left=min(xs), right=max(xs), chars=spans, tabbed=None)
            out.append((part, tables[t]))
    return out


def _row_cells(lines: list[Line], edges: list[int], in_reading_order: bool = False) -> list[str]:
    """One table row's lines → its cells (left to right), each cell's text the pieces of its lines in reading order
    (top to bottom). OCR's lines come in Tesseract's reading order, which is kept: a line's top is that of its
    highest word, and a label centred in a two-line header (`STT`, `Chỉ tiêu`) lifts the header's second line above
    its first (`vị Đơn`, `2018 Năm` on a scanned page)."""
    import bisect

    cells: list[list[str]] = [[] for _ in range(len(edges) - 1)]
    for line in lines if in_reading_order else sorted(lines, key=lambda ln: (round(ln.top), ln.left)):
        pieces: dict[int, list[str]] = {}
        col = 0
        for ch, span in zip(line.text, line.chars or [], strict=False):
            if span is not None:
                col = min(max(bisect.bisect(edges, (span[0] + span[1]) / 2) - 1, 0), len(cells) - 1)
            pieces.setdefault(col, []).append(ch)
        for col, chars in pieces.items():
            if piece := "".join(chars).replace("\t", " ").strip():
                cells[col].append(piece)
    return [" ".join(c) for c in cells]


def _cells_line(lines: list[Line], cells: list[str]) -> Line:
    """One table row's lines and cells → one line, its cells separated by tabs."""
    first = min(lines, key=lambda ln: (round(ln.top), ln.left))
    return Line(
        "\t".join(cells).strip("\t"),
        left=min(ln.left for ln in lines),
        right=max(ln.right for ln in lines),
        top=min(ln.top for ln in lines),
        bottom=max(ln.bottom for ln in lines),
        first_word=first.first_word,
        cells=True,
    )


def _row_line(lines: list[Line], edges: list[int], in_reading_order: bool = False) -> Line:
    """One table row's lines → one line, its cells (left to right) separated by tabs (`_row_cells`)."""
    return _cells_line(lines, _row_cells(lines, edges, in_reading_order))


# A table printed with no rules (an office's budget table with its borders set to none, cells aligned by the table's
# grid): the text layer gives each cell's line apart — a wrapped label's lines one under the other, the row's figures
# on a line of their own, a header's wrapped cells (`Tổng` / `số`, `Ngân sách trung` / `ương`) each on lines of their
# own — so no row of cells reaches the extractor. Such a table is a run of bands of lines side by side (lines whose
# boxes overlap in height), at least two of them of three cells or more; its columns are the gutters no character of
# the run crosses; a band starts a row unless each of its pieces goes on a cell of the row above (a wrapped cell's
# next line starts in lower case: a row's label starts with a capital, its number or a list mark) or fills a cell
# still empty (a figure centred beside a label of three lines).
_PIECE_GAP = 1.5  # a gap wider than this many letter heights parts two cells on a line
_GUTTER = 0.4  # a column's gutter: at least this share of a letter height (and twice a word space) with no ink
_ROW_MARK = re.compile(r"^(?:[a-zđ]\)|[-+•–*]|\(?[0-9ivx]+[.)])")
_FIGURE_CELL = re.compile(r"^[-+(]?[\d.,%()]+$")
_WRAP_GAP = 0.35  # a cell's next line: under the line above by less than this share of its height


def _pieces(line: Line) -> list[tuple[float, float]]:
    """The x-extents of a line's runs of characters parted by gaps wider than _PIECE_GAP letter heights."""
    out: list[list[float]] = []
    for span in line.chars or []:
        if span is None:
            continue
        if out and span[0] - out[-1][1] <= _PIECE_GAP * line.height:
            out[-1][1] = max(out[-1][1], span[1])
        else:
            out.append([span[0], span[1]])
    return [(a, b) for a, b in out]


def _bands(lines: list[Line]) -> list[list[Line]]:
    """Lines (sorted by top) in bands: a line whose box overlaps the band's in height by a third joins it."""
    bands: list[list[Line]] = []
    bottom = 0.0
    for line in lines:
        if bands and line.top < bottom - min(line.height, bands[-1][-1].height) / 3:
            bands[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            bands.append([line])
            bottom = line.bottom
    return bands


def _gutters(lines: list[Line]) -> list[float]:
    """The x of each gutter (its middle) between the columns of a table's lines: no character crosses it."""
    spans = sorted(sp for ln in lines for sp in ln.chars or [] if sp is not None)
    spaces = sorted(  # (a cell's gap, a space between cells on a line, is no word space)
        gap
        for ln in lines
        for a, mid, b in zip(ln.chars or [], (ln.chars or [])[1:], (ln.chars or [])[2:], strict=False)
        if a is not None and mid is None and b is not None and (gap := b[0] - a[1]) < ln.height
    )
    space = spaces[len(spaces) // 2] if spaces else 0.0
    height = sorted(ln.height for ln in lines)[len(lines) // 2]
    wide = max(_GUTTER * height, 2 * space)
    edges: list[float] = []
    right = None
    for a, b in spans:
        if right is not None and a - right >= wide:
            edges.append((a + right) / 2)
        right = b if right is None else max(right, b)
    return edges


def _columns(lines: list[Line]) -> list[tuple[float, float, float, float, str]]:
    """The columns of a table's lines, parted by the gutters between them: each its characters' extent (left, right),
    the room it has up to its neighbours' characters and how its cells are set (`left`: their lines start flush,
    `right`: they end flush, else `any`)."""
    edges = _gutters(lines)
    bounds = list(itertools.pairwise([float("-inf"), *edges, float("inf")]))
    extents: list[tuple[float, float]] = []
    starts: list[list[float]] = []
    ends: list[list[float]] = []
    for left, right in bounds:
        pieces = [
            (a, b)
            for ln in lines
            for a, b in _pieces(ln)
            if left < a and b < right  # the line's runs in this column
        ]
        if pieces:
            extents.append((min(a for a, _ in pieces), max(b for _, b in pieces)))
            starts.append([a for a, _ in pieces])
            ends.append([b for _, b in pieces])
    out = []
    for c, (left, right) in enumerate(extents):
        room_left = extents[c - 1][1] if c else left - 3
        room_right = extents[c + 1][0] if c + 1 < len(extents) else right + 3
        flush = "left" if max(starts[c]) - left <= 2 else "right" if right - min(ends[c]) <= 2 else "any"
        out.append((left, right, room_left, room_right, flush))
    return out


def _in_column(line: Line, columns: list[tuple[float, float, float, float, str]], slack: float = 3.0) -> bool:
    """Whether a line stands in one column's room, flush with its edge as the column's cells are (a wrapped cell's
    next line)."""
    for left, right, room_left, room_right, flush in columns:
        if line.left > room_left and line.right < room_right:
            at_left, at_right = abs(line.left - left) <= slack, abs(line.right - right) <= slack
            return at_left if flush == "left" else at_right if flush == "right" else at_left or at_right
    return False


def _across(band: list[Line], table: list[Line]) -> bool:
    """Whether a band's characters stand in two columns of a table or more."""
    import bisect

    edges = _gutters(table)
    return len({bisect.bisect(edges, (a + b) / 2) for ln in band for a, b in _pieces(ln)}) > 1 or any(
        len({bisect.bisect(edges, (sp[0] + sp[1]) / 2) for sp in ln.chars or [] if sp is not None}) > 1 for ln in band
    )


def _keeps_columns(band: list[Line], table: list[Line]) -> bool:
    """Whether a band of lines read with a table's lines leaves its columns as they are (a header's line whose cells
    are wider than the column's figures does; a paragraph's line runs across the gutters)."""
    return len(_gutters(table + band)) == len(_gutters(table))


def _continues(text: str) -> bool:
    """A cell's piece that goes on the cell above it (a wrapped line starts in lower case)."""
    start = text[1:2] if text[:1] == "(" else text[:1]
    return start.islower() and not _ROW_MARK.match(text) and not _FIGURE_CELL.match(text)


def _goes_on(band: list[Line], above: list[Line]) -> bool:
    """Whether a band's line goes on a cell of the band above: it starts in lower case, or — a line alone, no figure or
    list mark — it stands as close under the line above as a cell's lines do (`… cơ quan chuyên môn` / `Ủy ban nhân
    dân tỉnh …`: a row's next row is further, by the cells' padding)."""
    if all(_continues(ln.text) for ln in band):
        return True
    if len(band) > 1 or len(_pieces(band[0])) > 1 or _ROW_MARK.match(band[0].text) or _FIGURE_CELL.match(band[0].text):
        return False
    return band[0].top - max(ln.bottom for ln in above) < _WRAP_GAP * band[0].height


def _unruled_rows(lines: list[Line]) -> list[Line]:
    """The lines of a page with its unruled tables' rows rebuilt (see above), each row one line of cells."""
    if len(lines) < 4 or sum(len(_pieces(ln)) > 1 for ln in lines) < 2:
        return lines
    order = sorted(range(len(lines)), key=lambda k: (lines[k].top, lines[k].left))
    bands = _bands([lines[k] for k in order])
    wide = [sum(len(_pieces(ln)) for ln in band) >= 3 for band in bands]

    def near(a: list[Line], b: list[Line]) -> bool:  # b (below a) no further than a line and a half
        return b[0].top - max(ln.bottom for ln in a) <= 1.5 * max(ln.height for ln in a)

    blocks: list[list[list[Line]]] = []
    k = 0
    while k < len(bands):
        if not wide[k]:
            k += 1
            continue
        j = k + 1
        while j < len(bands) and near(bands[j - 1], bands[j]):
            j += 1
        columns = _columns([ln for band, w in zip(bands[k:j], wide[k:j], strict=True) if w for ln in band])
        # the bands of one table: its wide bands and, between and after them, the lines standing in one of its columns
        # (a wrapped cell's next line), but no paragraph or heading after it
        end = k + 1
        while end < j and (wide[end] or all(_in_column(ln, columns) for ln in bands[end])):
            end += 1
        while not wide[end - 1] and not _goes_on(bands[end - 1], bands[end - 2]):
            end -= 1  # (a heading or a note right under the table, flush with a column by chance)
        # above: a header's line whose cells run together on it (across the columns: the end of the paragraph above,
        # standing in one column, is none)
        begin = k
        table = [ln for band in bands[k:end] for ln in band]

        def heads(j: int, table: list[Line] = table, columns: list = columns) -> bool:
            """Band j is a header's line over the table (its cells run together on it)."""
            return (
                near(bands[j], bands[j + 1])
                and min(ln.left for ln in bands[j]) >= columns[0][0] - 3
                and _across(bands[j], table)
                and _keeps_columns(bands[j], table)
            )

        taken = 0
        while begin > 0:
            if heads(begin - 1):
                begin -= 1
            elif (  # a header cell's wrapped line (`Đơn vị` / `tính`) under the header's line
                begin > 1
                and near(bands[begin - 1], bands[begin])
                and all(any(c[2] < ln.left and ln.right < c[3] for c in columns) for ln in bands[begin - 1])
                and heads(begin - 2)
            ):
                begin -= 2
            else:
                break
            table += [ln for band in bands[begin : begin + 2] for ln in band if ln not in table]
            taken = 1
        # (a table's last row alone on a page, under its header repeated, is a table too)
        if sum(wide[begin:end]) + taken >= 2 and len(columns) >= 3:
            blocks.append(bands[begin:end])
        k = end
    if not blocks:
        return lines
    rebuilt: dict[int, list[Line]] = {}  # the index of a table's first line → its rows
    gone: set[int] = set()
    index = {id(ln): k for k, ln in enumerate(lines)}
    for block in blocks:
        members = [ln for band in block for ln in band]
        edges = _gutters(members)
        if len(edges) < 2:
            continue
        edges = [min(ln.left for ln in members) - 1, *edges, max(ln.right for ln in members) + 1]
        rows: list[tuple[list[Line], list[list[str]]]] = []
        for band in block:
            cells = _row_cells(band, edges)
            row = rows[-1][1] if rows else None
            goes_on = row is not None and _goes_on(band, rows[-1][0])
            joins = (
                row is not None
                and any(piece and row[c] for c, piece in enumerate(cells))
                and all(not piece or not row[c] or goes_on or _continues(piece) for c, piece in enumerate(cells))
            )
            if joins:
                for c, piece in enumerate(cells):
                    if piece:
                        row[c].append(piece)
                rows[-1][0].extend(band)
            else:
                rows.append((list(band), [[piece] if piece else [] for piece in cells]))
        first = min(index[id(ln)] for ln in members)
        rebuilt[first] = [_cells_line(group, [" ".join(c) for c in cells]) for group, cells in rows]
        gone |= {index[id(ln)] for ln in members}
    out: list[Line] = []
    for k, line in enumerate(lines):
        out.extend(rebuilt.get(k, []))
        if k not in gone:
            out.append(line)
    return out


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))


def pdf_pages(path: Path, source_file: str) -> PdfPages:
    """Read a PDF's text layer page by page; pages without text but with an image, and pages whose text layer is
    glyph codes (unreadable_text), are marked for OCR."""
    from analysis.corpus import ReadProblem

    pdf = _open_pdf(path, source_file)
    try:
        if len(pdf) == 0:
            raise ReadProblem(source_file, "empty PDF (no pages)")
        pages: list[list[Line] | None] = []
        widths: list[float] = []
        heights: list[float] = []
        for page in pdf:
            widths.append(page.get_width())
            heights.append(page.get_height())
            lines = _page_lines(page)
            letters = sum(len(ln.text.strip()) for ln in lines)
            scan = letters < _MIN_PAGE_CHARS and _has_image(page)
            pages.append(None if scan or unreadable_text("\n".join(ln.text for ln in lines)) else lines)
    finally:
        pdf.close()
    if not any(pages_lines for pages_lines in pages if pages_lines) and all(p is not None for p in pages):
        raise ReadProblem(source_file, "empty PDF (no text layer and no scanned image on any page)")
    pages = _without_furniture(pages, heights)
    return PdfPages([None if p is None else _mark_notes(p, h) for p, h in zip(pages, heights, strict=True)], widths)


# Page furniture: what an office prints in the page's top or bottom margin on every page (the page number, the
# document's number or title, the issuer's name). Left in, it stands inside a sentence cut across the page break
# (`… 146 dịch vụ công trực tuyến mức` / `UBND tỉnh … - Kế hoạch …` / `2` / `độ 3 …`). A line in the outer _BAND of
# the page's height is furniture when it is a page number (`2`, `- 2 -`, `Trang 2/5`), or when the same words (its
# figures aside) stand in the same margin of other pages.
_BAND = 0.08
_PAGE_NUMBER = re.compile(r"^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:/|trên|of)\s*\d{1,3}\s*)?[-–—]?$", re.I)


def _margin(line: Line, height: float) -> str | None:
    if line.cells:
        return None
    if line.bottom <= _BAND * height:
        return "top"
    if line.top >= (1 - _BAND) * height:
        return "bottom"
    return None


def _without_furniture(pages: list[list[Line] | None], heights: list[float]) -> list[list[Line] | None]:
    """The pages without their running headers, footers and page numbers."""
    seen: dict[tuple[str, str], set[int]] = {}
    for k, page in enumerate(pages):
        for line in page or []:
            if where := _margin(line, heights[k]):
                seen.setdefault((where, re.sub(r"\d+", "#", line.text.strip())), set()).add(k)
    # (on more than half the pages: a volume of several documents, each opening with its issuer at the top of its
    # first page, keeps them)
    repeated = max(2, len(pages) // 2 + 1)
    out: list[list[Line] | None] = []
    for k, page in enumerate(pages):
        if page is None:
            out.append(None)
            continue
        kept = []
        for line in page:
            where = _margin(line, heights[k])
            if where and (
                _PAGE_NUMBER.match(line.text.strip())
                or len(seen[(where, re.sub(r"\d+", "#", line.text.strip()))]) >= repeated
            ):
                continue
            kept.append(line)
        out.append(kept)
    return out


# Footnotes at the page foot: lines in a smaller type below every line of the page's own type, the first opening
# with its marker (`1.`, `1`, `(1)`, `*`). They are the page's last lines; when the page ends inside a sentence that
# goes on over the page, they would stand inside it, so they are marked and read after the paragraph (pdf_text).
_NOTE_START = re.compile(r"^(?:\d{1,2}[.)]?|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)\s*\S")
_NOTE_TYPE = 0.85


def _mark_notes(lines: list[Line], height: float) -> list[Line]:
    plain = sorted(ln.bottom - ln.top for ln in lines if not ln.cells)
    if len(plain) < 4:
        return lines
    body = plain[len(plain) // 2]
    small = [ln for ln in lines if not ln.cells and ln.bottom - ln.top < _NOTE_TYPE * body]
    large = [ln for ln in lines if ln not in small]
    if not small or not large:
        return lines
    floor = max(ln.bottom for ln in large)
    notes = sorted((ln for ln in small if ln.top >= floor - 1 and ln.top > height / 2), key=lambda ln: ln.top)
    if not notes or not _NOTE_START.match(notes[0].text.strip()):
        return lines
    ids = {id(ln) for ln in notes}
    return [replace(ln, note=True) if id(ln) in ids else ln for ln in lines]


def pdf_text(pages: list[list[Line]], widths: list[float] | None = None) -> str:
    """Pages of lines → text, pages separated by a form feed on its own line. The right edge is the
    document's widest line, so a short last page is not read as one long wrapped paragraph; with the pages'
    `widths`, the widest line of the pages as wide as this one (a landscape appendix has its own edge, and
    the portrait pages' lines still wrap at theirs)."""
    edges: dict[int, float] = {}
    notes = [[ln for ln in page if ln.note] for page in pages]
    pages = [[ln for ln in page if not ln.note] for page in pages]
    for k, page in enumerate(pages):
        w = round(widths[k]) if widths else 0
        edges[w] = max([edges.get(w, 0.0)] + [ln.right for ln in page])
    # The form feed stands on a line of its own: a page break never glues the last line of one page (a table
    # cell) to the first line of the next.
    # A sentence wrapped onto the next page keeps a space on either side of its form feed instead; the footnotes
    # at the foot of the page it leaves are read after its paragraph, on the next page.
    out: list[str] = []
    held = ""  # the footnotes of the page before, when its last paragraph goes on over the page
    for i, page in enumerate(pages):
        wrapped = False
        if i:
            before, after = pages[i - 1][-1:], page[:1]
            edge = edges[round(widths[i - 1]) if widths else 0]
            wrapped = before and after and not (before[0].cells or after[0].cells) and _wraps(before[0], after[0], edge)
            out.append(("\f" if before[0].hyphen else " \f ") if wrapped else "\n\f\n")
        text = join_lines(
            page, edges[round(widths[i]) if widths else 0], title_first=i == 0, columns=_two_columns(page)
        )
        if held:
            end = text.find("\n")
            text = f"{text}\n\n{held}" if end < 0 else f"{text[:end]}\n\n{held}{text[end:]}"
        page_notes = join_lines(notes[i], edges[round(widths[i]) if widths else 0]) if notes[i] else ""
        after_page = pages[i + 1][:1] if i + 1 < len(pages) else []
        goes_on = bool(
            page_notes
            and page
            and after_page
            and not (page[-1].cells or after_page[0].cells)
            and _wraps(page[-1], after_page[0], edges[round(widths[i]) if widths else 0])
        )
        held = page_notes if goes_on else ""
        out.append(text + (f"\n\n{page_notes}" if page_notes and not goes_on else ""))
    return _BRACKET_MARK.sub("", "".join(out))


# A page printed in two columns (a newsletter, a bulletin): many lines end left of the page's middle, flush with one
# edge (the left column's justified lines), and many start right of it.
_COLUMN_LINES = 6


def _two_columns(lines: list[Line]) -> float | None:
    """The left column's right edge of a page printed in two columns, else None."""
    plain = [ln for ln in lines if not ln.cells]
    if len(plain) < 2 * _COLUMN_LINES:
        return None
    left, right = min(ln.left for ln in plain), max(ln.right for ln in plain)
    middle = (left + right) / 2
    first = [ln for ln in plain if ln.right < middle]
    second = [ln for ln in plain if ln.left > middle]
    if len(first) < _COLUMN_LINES or len(second) < _COLUMN_LINES:
        return None
    edge = max(ln.right for ln in first)
    flush = sum(edge - ln.right < 0.3 * ln.height for ln in first)
    return edge if flush >= _COLUMN_LINES else None


# --- OCR -----------------------------------------------------------------------------------------------


@functools.cache
def ocr_available(what: str = "a scanned PDF") -> str | None:
    """None when Tesseract with its Vietnamese model can run; otherwise why not, with the apt line."""
    if shutil.which("tesseract") is None:
        return f"{what} needs OCR, and Tesseract is not installed: {OCR_APT_LINE}"
    try:
        import pytesseract

        if "vie" not in pytesseract.get_languages(config=""):
            return f"{what} needs OCR, and Tesseract's Vietnamese model is not installed: {OCR_APT_LINE}"
    except Exception as exc:  # a broken install says so instead of failing the build
        return f"{what} needs OCR, and Tesseract does not run ({exc}): {OCR_APT_LINE}"
    return None


def image_pages(path: Path, source_file: str) -> int:
    """How many pages a scanned image holds (the frames of a multi-page TIFF); a file that is no readable image,
    or is too small to be a page, raises ReadProblem."""
    from PIL import Image

    from analysis.corpus import ReadProblem

    try:
        with Image.open(path) as image:
            image.load()  # decodes the first page: a truncated or corrupt file fails here, not in a worker
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
    except Exception as exc:  # PIL raises several kinds (UnidentifiedImageError, OSError, DecompressionBombError)
        raise ReadProblem(source_file, f"not a readable image (corrupt, or another format renamed): {exc}") from exc
    if min(width, height) < _MIN_PAGE_PIXELS:
        raise ReadProblem(source_file, f"an image too small to be a scanned page ({width}×{height} pixels)")
    return frames


def _image_page(path: str, index: int) -> tuple[object, float]:
    """Page `index` of a scanned image, upright and grey, and its resolution (dpi: the file's, else OCR_DPI)."""
    from PIL import Image, ImageOps

    with Image.open(path) as image:
        image.seek(index)
        dpi = image.info.get("dpi", (OCR_DPI, OCR_DPI))[0]
        # A phone's photo is stored sideways with an EXIF note of how to turn it; a scanner's 72 dpi is no measure.
        page = ink_grey(ImageOps.exif_transpose(image))
    return page, float(dpi) if dpi and float(dpi) >= 100 else float(OCR_DPI)


# A pixel whose colour channels differ by more than _COLOURED is coloured ink (a red or blue stamp, a signature in blue
# pen), not the black or grey of print and paper (black print's edges in a colour scan differ by up to 20-30). A thin
# red ring scanned at 150 dpi loses half its colour to JPEG (which keeps a stroke's darkness to the pixel, its colour
# to every other pixel): its channels differ by only 40-80 and its lightest one is little lighter than print, and it is
# drawn between two grey outlines with no colour at all. With the old threshold (80) and the lightest channel, the ring
# stayed a grey ring over the letters it crosses, too faint to be found as a stamp's ring and erased.
_COLOURED = 40
_BESIDE = 2  # pixels: a coloured stroke's grey outline beside it
_PRINT = 140  # grey darker than this beside a coloured stroke is print (a letter the stamp crosses), kept


def ink_grey(image):
    """A scanned page in grey as Tesseract should see it: black and grey as they are, coloured ink (a red round stamp
    over the signature and the last lines, a blue signature) made light — its lightest channel and as much again as its
    channels differ — and so are its grey outlines beside it, so that the print under and beside it is read (in plain
    grey a red stamp is as dark as the letters it crosses). A grey page is returned as it is."""
    import numpy as np
    from PIL import Image, ImageFilter

    if image.mode in ("L", "1", "I;16", "I", "F"):
        return image.convert("L")
    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    high, low = rgb.max(axis=2), rgb.min(axis=2)
    grey = np.asarray(image.convert("L"))
    chroma = high - low
    coloured = chroma > _COLOURED
    if not coloured.any():
        return Image.fromarray(grey)
    light = np.where(coloured, np.minimum(255, high + chroma), 0).astype(np.uint8)
    # a coloured stroke's grey outlines: as light as the stroke beside them (print, darker, is kept)
    beside = np.asarray(Image.fromarray(light).filter(ImageFilter.MaxFilter(2 * _BESIDE + 1)))
    edge = ~coloured & (beside > 0) & (grey > _PRINT)
    return Image.fromarray(np.where(coloured, light, np.where(edge, np.maximum(grey, beside), grey)).astype(np.uint8))


def ocr_page(path: str, index: int, dpi: int = OCR_DPI) -> tuple[list[Line], float, int]:
    """OCR one page of a scanned PDF or image: its lines (boxes in points), the sum of the word confidences and
    the word count.

    Runs in a worker process: one Tesseract thread per process, parallelism comes from the pages."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import pypdfium2 as pdfium

    from analysis.ocr_words import fix_line, split_glued

    if Path(path).suffix.lower() in IMAGE_SUFFIXES:
        page, dpi = _image_page(path, index)
    else:
        pdf = pdfium.PdfDocument(path)
        try:
            page = ink_grey(pdf[index].render(scale=dpi / 72).to_pil())
        finally:
            pdf.close()
    data, grid, image = _read_upright(page)
    _reread_doubted_figures(image, data)
    _read_empty_cells(image, data, grid)
    to_pt = 72 / dpi
    split_marks = _split_marks(data)
    words: dict[tuple[int, int, int], list[int]] = {}
    conf_sum, n_words = 0.0, 0
    for k, word in enumerate(data["text"]):
        if not word.strip() or _STRAY_MARK.fullmatch(word) or k in split_marks:
            continue
        conf = float(data["conf"][k])
        if conf >= 0:
            conf_sum += conf
            n_words += 1
        data["text"][k] = fix_number(word, conf if conf >= 0 else 100.0)
        words.setdefault((data["block_num"][k], data["par_num"][k], data["line_num"][k]), []).append(k)
    for ks in words.values():  # dicts keep Tesseract's reading order
        ks.sort(key=lambda k: data["left"][k])
        if len(ks) > 1:  # (`H. KINH PHÍ`: a section's number, its bars read as one letter)
            data["text"][ks[0]] = section_number(data["text"][ks[0]], data["text"][ks[1]])
    # the page's words in reading order (a phrase may wrap from one line to the next), their marks put right
    order = [k for ks in words.values() for k in ks]
    doubted = [0 <= float(data["conf"][k]) < _DOUBTED_WORD for k in order]
    for k, word in zip(order, fix_line([data["text"][k] for k in order], doubted), strict=True):
        data["text"][k] = split_glued(word)  # (`vănbản`: the space Tesseract lost between two syllables)
    lines = []
    for ks in words.values():
        first = ks[0]
        lines.append(
            Line(
                _cells(data, ks),
                left=data["left"][first] * to_pt,
                right=max(data["left"][k] + data["width"][k] for k in ks) * to_pt,
                top=min(data["top"][k] for k in ks) * to_pt,
                bottom=max(data["top"][k] + data["height"][k] for k in ks) * to_pt,
                first_word=data["width"][first] * to_pt,
                chars=_word_spans(data, ks, to_pt),
            )
        )
    # A ruled table's rows rebuilt from its rules (erased before reading), as a PDF's text layer has them: a wrapped
    # cell's lines joined into their cell, a row a line of cells separated by tabs.
    columns = [(x * to_pt, top * to_pt, bottom * to_pt) for x, top, bottom in grid[0]]
    rows = [(y * to_pt, left * to_pt, right * to_pt) for y, left, right in grid[1]]
    columns = _table_columns(columns, rows)
    lines = _ruled_rows(lines, columns, rows, in_reading_order=True) if len(columns) >= 2 else _unruled_rows(lines)
    lines = _lines_above_tables(_row_repairs(lines))
    return [replace(ln, chars=None) for ln in lines], conf_sum, n_words


# Repairs of a scanned table's rows (OCR'd, a row a line of cells), each from what the rows around it say:
# - its first row numbered `1` read as a letter (`I`, `l`, `|`: one upright stroke): in a row right above the row
#   numbered `2` it is the 1 (a group's roman `I` is followed by its rows `1`, `2`, …, not by `2`);
# - a row's year with a digit lost or a sign added (`219.` between `2018` and `2020`): next to a row of a year, the year
#   before or after it whose digits it holds in their order (a budget table's rows by year follow one another);
# - a figure's cell with a sign beside it, what is left of a rule or a stamp's ring erased (`— 11.600`, `5.000 :`):
#   the figure.
_ONE_READ = frozenset("Il|i!")
_YEAR_CELL = re.compile(r"(?:Năm\s+)?((?:19|20)\d\d)")
_NEAR_YEAR = re.compile(r"(?:Năm\s+)?([\d.,]{3,5})")
_SIGNED_FIGURE = re.compile(r"[—–\-:;.,'`^~_]+\s+([\d.,]+%?)|([\d.,]+%?)\s+[—–\-:;.,'`^~_]+")


def _held_in(read: str, year: int) -> bool:
    digits, it = read.replace(".", "").replace(",", ""), iter(str(year))
    return len(digits) >= 3 and all(c in it for c in digits)


def _row_repairs(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for k, line in enumerate(lines):
        if not line.cells or "\t" not in line.text:
            continue
        cells = line.text.split("\t")
        for c, cell in enumerate(cells):
            if (m := _SIGNED_FIGURE.fullmatch(cell)) is not None:
                cells[c] = m[1] or m[2]
        first = cells[0]
        before = lines[k - 1].text.partition("\t")[0] if k and lines[k - 1].cells else ""
        after = lines[k + 1].text.partition("\t")[0] if k + 1 < len(lines) and lines[k + 1].cells else ""
        if first in _ONE_READ and after in ("2", "2."):
            cells[0] = "1"
        elif not _YEAR_CELL.fullmatch(first) and (near := _NEAR_YEAR.fullmatch(first)) is not None:
            years = [
                int(m[1]) + d for m, d in ((_YEAR_CELL.fullmatch(before), 1), (_YEAR_CELL.fullmatch(after), -1)) if m
            ]
            if years and all(y == years[0] for y in years) and _held_in(near[1], years[0]):
                cells[0] = first[: near.start(1)] + str(years[0])
        text = "\t".join(cells)
        if text != line.text:
            out[k] = replace(line, text=text)
    return out


def _lines_above_tables(lines: list[Line]) -> list[Line]:
    """Tesseract reads a short line set apart right above a table (`Đơn vị tính: triệu đồng` flush right over a budget
    table) as a block of its own and gives it after the table; the table's cells are then read with no unit. A line
    that comes after a table's rows but stands above them, over the table's width, is put back before its first row
    (a line of another column beside the table does not lie over it, and keeps its place)."""
    out: list[Line] = []
    for line in lines:
        at = None
        if not line.cells:
            for k, row in enumerate(out):
                if row.cells and row.top >= line.bottom and line.left < row.right and line.right > row.left:
                    at = k
                    break
        if at is None:
            out.append(line)
        else:
            out.insert(at, line)
    return out


# A tone or vowel mark Tesseract reads apart from its letter as a word of its own (in bold capitals and headings of a
# coarse scan: `ˆ` over `Nhiệm`, the hook of `Tổng` as `-`), given before the word it stands on (`ˆ Nhiệm vụ`,
# `- Tổng kinh phí`): a table's header cell then no longer names its column. A word of one such sign that lies over
# another word (within its width, its middle at that word's top, a third of its height at most away) is that word's
# mark, and is left out; a dash between two words (`2016 - 2020`) lies over none, a list's dash at a line's start
# stands half a line or more above the next line's first word.
_MARK_SIGNS = frozenset("ˆ^˜~`´'’‘-–¯¨°.,")


def _split_marks(data: dict) -> set[int]:
    texts, lefts, tops, widths, heights = data["text"], data["left"], data["top"], data["width"], data["height"]
    marks = [k for k, w in enumerate(texts) if len(w) == 1 and w in _MARK_SIGNS]
    if not marks:
        return set()
    out = set()
    for k in marks:
        middle = tops[k] + heights[k] / 2
        for j, word in enumerate(texts):
            if (
                j != k
                and len(word.strip()) > 1
                and lefts[j] <= lefts[k]
                and lefts[k] + widths[k] <= lefts[j] + widths[j]
                and tops[j] - 0.3 * heights[j] < middle < tops[j] + 0.35 * heights[j]
                and heights[k] < 0.5 * heights[j]
            ):
                out.add(k)
                break
    return out


# A section's roman number read as letters on a coarse scan (`II.` read `H.`, `III.` read `HI.` or `1H.`), before a
# heading in capitals: the heading is what opens a section of results or of tasks, so it is put right. (`1I.` is
# left as read: it may be item 11.)
_ROMAN_READ = {"H.": "II.", "Il.": "II.", "lI.": "II.", "HI.": "III.", "IH.": "III.", "1H.": "III.", "Hl.": "III."}
_CAPITALS = re.compile(r"^[^\W\d_]{2,}[,.:]?$")  # a word of letters (in capitals: `str.isupper`)


def section_number(word: str, following: str) -> str:
    """A line's first OCR'd word as the section's roman number it is, when it is one read as letters and the next word
    is a heading's, in capitals (see above); else the word as read."""
    roman = _ROMAN_READ.get(word)
    return roman if roman and _CAPITALS.match(following) and following.isupper() else word


# An underscore or two standing alone: what Tesseract reads in a wide blank (between a table's row number and its
# label, `2 _ Tỷ lệ`); a form's blank to fill in is a longer run (`Số: ______/KH`). A bar standing alone is what is
# left of a table's rule or a stamp's ring erased (`6.200 | 1.800`): no Vietnamese text writes one.
_STRAY_MARK = re.compile(r"_{1,2}|[|¦]+")


def _word_spans(data: dict, ks: list[int], to_pt: float) -> list[tuple[float, float] | None]:
    """(x0, x1) in points of each character of `_cells(data, ks)` (None for a space or tab), each word's width
    shared among its letters."""
    spans: list[tuple[float, float] | None] = []
    for i, k in enumerate(ks):
        if i:
            spans.append(None)
        word, left, width = data["text"][k], data["left"][k], data["width"][k]
        n = max(1, len(word))
        spans += [((left + width * j / n) * to_pt, (left + width * (j + 1) / n) * to_pt) for j in range(len(word))]
    return spans


# A page read with a mean word confidence under this may lie sideways or upside down (a landscape appendix scanned
# turned, a photo taken the wrong way up): Tesseract's orientation detection is asked then, and only then, since it
# costs as much as reading the page. An upright page, clean or a strong photocopy, reads well above it.
_TURNED_BELOW = 65.0


def _mean_confidence(data: dict) -> float:
    confs = [float(c) for c, w in zip(data["conf"], data["text"], strict=True) if w.strip() and float(c) >= 0]
    return sum(confs) / len(confs) if confs else 0.0


def _read_upright(page) -> tuple[dict, tuple[list, list], object]:
    """Tesseract's words of a page (image_to_data) and the table rules erased before reading (`_prepare_scan`). A
    page that reads badly and that Tesseract's orientation detection says lies turned is turned upright, prepared and
    read again (straightening and the rules are found on the upright page); the turned reading is kept only if it
    reads better. With them, the image read."""
    import pytesseract

    image, grid = _prepare_scan(page)
    data = pytesseract.image_to_data(image, lang="vie", output_type=pytesseract.Output.DICT)
    confidence = _mean_confidence(data)
    if confidence >= _TURNED_BELOW:
        return data, grid, image
    try:
        turn = int(pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)["rotate"])
    except Exception:  # too little text to tell the orientation (Tesseract raises), or no `osd` model
        return data, grid, image
    if turn % 360 == 0:
        return data, grid, image
    upright, upright_grid = _prepare_scan(page.rotate(-turn, expand=True, fillcolor=255))
    turned = pytesseract.image_to_data(upright, lang="vie", output_type=pytesseract.Output.DICT)
    if _mean_confidence(turned) > confidence:
        return turned, upright_grid, upright
    return data, grid, image


# A figure Tesseract doubts and reads with a sign no figure has (`201?)` for `2017)`, `4O%,`): read on a page it is
# often read among letters, whose model pulls a digit toward a letter or a mark; read again alone, as one line
# (`--psm 7`), it is read as the figure it is, sure. Only a word with two digits or more and a stray sign is read
# again (a few on a strong photocopy, none on a clean page), and the second reading is kept only when it is a clean
# figure, read surely, as long as the word give or take one sign.
_CLEAN_FIGURE = re.compile(r"^[(]?\d[\d.,/]*%?[)]?[.,;:]?$")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_REREAD_BELOW = 80  # Tesseract's confidence under which a figure with a stray sign is read again
_REREAD_SURE = 85  # the second reading's confidence it must reach (sure words read 93-96)
_REREAD_MAX = 12  # at most this many words a page (a page of garbage is not read word by word)


def _reread_doubted_figures(image, data: dict) -> None:
    """Doubted figures with a stray sign read again one by one from the page `image` as read (see above); `data`
    (image_to_data's) takes the second reading of each in place."""
    import pytesseract

    done = 0
    for k, word in enumerate(data["text"]):
        conf = float(data["conf"][k])
        if (
            done >= _REREAD_MAX
            or not 0 <= conf < _REREAD_BELOW
            or sum(c.isdigit() for c in word) < 2
            or _CLEAN_FIGURE.match(word)
            or _TWO_LETTERS.search(word)  # a code (`815/QĐ-UBND`, `3a`) or a word, not a figure
        ):
            continue
        done += 1
        x, y, w, h = data["left"][k], data["top"][k], data["width"][k], data["height"][k]
        pad = max(4, h // 4)
        crop = image.crop((max(0, x - pad), max(0, y - pad), x + w + pad, y + h + pad))
        again = pytesseract.image_to_data(crop, lang="vie", config="--psm 7", output_type=pytesseract.Output.DICT)
        read = [(t, float(c)) for t, c in zip(again["text"], again["conf"], strict=True) if t.strip()]
        if len(read) != 1 or not _CLEAN_FIGURE.match(read[0][0]) or read[0][1] < _REREAD_SURE:
            continue
        if abs(len(read[0][0]) - len(word)) > 1:  # another figure than the word's box held (a cell beside it)
            continue
        data["text"][k], data["conf"][k] = read[0][0], read[0][1]


# A ruled table's cell that Tesseract gave no word for, though ink stands in it: on a photocopy Tesseract's layout
# analysis may leave out a whole column of figures (the right column of a budget table, its cells apart from the rest
# of the row by a wide blank), as if it were noise. Such a cell is read alone, as one line (`--psm 7`); its reading is
# kept only when it is a clean figure read surely (a figure is what a table's cell holds; a stamp's or a rule's remains
# read as signs, and are dropped).
_EMPTY_CELL_INK = 40  # dark pixels at least: a figure's digits (a speck or a rule's end is fewer)
_EMPTY_CELLS_MAX = 16  # at most this many cells a page are read alone
_EMPTY_CELL_SURE = 80  # the confidence the cell's reading must reach
_GARBLED_CELL = 30  # a cell whose every word Tesseract read with less confidence than this is read alone too


def _read_empty_cells(image, data: dict, grid) -> None:
    """Ruled cells with ink and no word read one by one from the page `image` as read (see above); what is read is
    added to `data` (image_to_data's) as a line of its own, where the cell stands."""
    import numpy as np
    import pytesseract

    verticals, horizontals = grid
    if len(verticals) < 3 or len(horizontals) < 2:
        return
    tol, margin = 6, 5
    words = [
        (data["left"][k] + data["width"][k] / 2, data["top"][k] + data["height"][k] / 2, k)
        for k, w in enumerate(data["text"])
        if w.strip()
    ]
    heights = sorted(data["height"][k] for k, w in enumerate(data["text"]) if w.strip())
    if not heights:
        return
    letter = heights[len(heights) // 2]
    dark = np.asarray(image.convert("L")) < 128
    ys = []
    for y in sorted(round(y) for y, _, _ in horizontals):
        if not ys or y - ys[-1] > tol:
            ys.append(y)
    found = []
    for y1, y2 in itertools.pairwise(ys):
        if not letter < y2 - y1 < 8 * letter:
            continue
        xs: list[float] = []
        for x in sorted(x for x, top, bottom in verticals if top <= y1 + tol and bottom >= y2 - tol):
            if not xs or x - xs[-1] > 2 * tol:
                xs.append(x)
        for x0, x1 in itertools.pairwise(xs):
            r0, r1, c0, c1 = y1 + margin, y2 - margin, round(x0) + margin, round(x1) - margin
            if r1 - r0 < letter // 2 or c1 - c0 < letter:
                continue
            inside = [k for x, y, k in words if c0 <= x <= c1 and r0 <= y <= r1]
            if any(float(data["conf"][k]) >= _GARBLED_CELL for k in inside):
                continue
            cell = dark[r0:r1, c0:c1]
            if cell.sum() < _EMPTY_CELL_INK:
                continue
            # the cell's most inked run of columns (a figure's digits stand close; a rule's or a stamp's remains
            # beside it stand apart)
            cols = np.flatnonzero(cell.any(axis=0))
            runs = np.split(cols, np.flatnonzero(np.diff(cols) > letter * 0.8) + 1)
            run = max(runs, key=lambda r: int(cell[:, r[0] : r[-1] + 1].sum()))
            rows = np.flatnonzero(cell[:, run[0] : run[-1] + 1].any(axis=1))
            if rows[-1] - rows[0] < letter // 2:
                continue
            found.append((r0 + rows[0], r0 + rows[-1] + 1, c0 + run[0], c0 + run[-1] + 1, inside))
    block = max(data["block_num"], default=0)
    for top, bottom, left, right, garbled in found[:_EMPTY_CELLS_MAX]:
        pad = max(4, letter // 3)
        crop = image.crop((left - pad, top - pad, right + pad, bottom + pad))
        again = pytesseract.image_to_data(crop, lang="vie", config="--psm 7", output_type=pytesseract.Output.DICT)
        read = [(t, float(c)) for t, c in zip(again["text"], again["conf"], strict=True) if t.strip()]
        if len(read) != 1 or not _CLEAN_FIGURE.match(read[0][0]) or read[0][1] < _EMPTY_CELL_SURE:
            continue
        for k in garbled:
            data["text"][k] = ""
        block += 1
        word = {"block_num": block, "left": left, "top": top, "width": right - left, "height": bottom - top}
        word.update(level=5, par_num=1, line_num=1, word_num=1, conf=read[0][1], text=read[0][0])
        for key, values in data.items():
            values.append(word.get(key, 1))


_CELL_GAP = 2.0  # a gap between two words wider than this many letter heights separates two table cells


def _cells(data: dict, ks: list[int]) -> str:
    """The words of one OCR'd line, a tab where the gap between two words is a table's column gap (as a Word table
    or a tab-separated text gives its cells), a space elsewhere."""
    height = sorted(data["height"][k] for k in ks)[len(ks) // 2]
    out = [data["text"][ks[0]]]
    for a, b in itertools.pairwise(ks):
        gap = data["left"][b] - data["left"][a] - data["width"][a]
        out += ["\t" if gap > _CELL_GAP * height else " ", data["text"][b]]
    return "".join(out)


# Scans as photocopiers and scanners leave them (measured by benchmarks/bench_scans.py): a page a degree or two
# askew, ruled tables, a speckled photocopy. Tesseract's own binarisation (Otsu) is kept for clean pages; only a
# speckled page is binarised here and its specks removed by a 3x3 median.
_SKEW_MAX, _SKEW_STEP = 3.0, 0.2  # degrees searched, both ways
_SPECKLED = 0.0003  # isolated dark pixels per dark pixel above which a page is speckled (clean print: 0)


def _otsu(a) -> int:
    """Otsu's threshold of a greyscale array (the grey level that best splits ink from paper)."""
    import numpy as np

    p = np.bincount(a.ravel(), minlength=256).astype(float)
    p /= p.sum()
    w, mu = np.cumsum(p), np.cumsum(p * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu[-1] * w - mu) ** 2 / (w * (1 - w))
    return int(np.nanargmax(between))


def skew_angle(dark) -> float:
    """The rotation (degrees) that straightens a page's lines of text: the angle whose rows of ink are the most
    uneven (lines and gaps between them) — a projection search on a quarter-size copy."""
    import numpy as np
    from PIL import Image

    small = Image.fromarray(dark.astype(np.uint8) * 255)
    if small.width > 1000:
        small = small.reduce(4)
    best, best_angle = -1.0, 0.0
    for angle in np.arange(-_SKEW_MAX, _SKEW_MAX + 1e-9, _SKEW_STEP):
        rows = np.asarray(small.rotate(float(angle), resample=Image.NEAREST), dtype=np.float32).sum(axis=1)
        if rows.var() > best:
            best, best_angle = float(rows.var()), float(angle)
    return round(best_angle, 2)


def _long_runs(dark, length: int):
    """Pixels on a horizontal run of at least `length` dark pixels (a table rule, not a letter)."""
    import numpy as np

    cs = np.zeros((dark.shape[0], dark.shape[1] + 1), np.int32)
    np.cumsum(dark, axis=1, out=cs[:, 1:])
    full = (cs[:, length:] - cs[:, :-length]) == length  # the window starting here is all ink
    edges = np.zeros_like(cs)
    edges[:, : full.shape[1]] += full
    edges[:, length : length + full.shape[1]] -= full
    return np.cumsum(edges, axis=1)[:, :-1] > 0


# A letter Tesseract reads for a digit inside a number: `B0%`, `1O0`, `1.5O0`, `l5%` (and a `1` half erased with a
# stamp's ring over it, read `¡`, `i` or `|`: `¡.800`). Only in a word made of
# digits and these letters, with a percent sign, thousands groups or the letter between digits (`10B` stays: a
# code).
_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "B": "8", "l": "1", "I": "1", "S": "5", "¡": "1", "|": "1", "i": "1"})
_NUMBER_WORD = re.compile(r"^([(]?)((?=[^\s]*\d)[\dOoBlIS¡|i]+(?:[.,][\dOoBlIS¡|i]{3})*)(%?)([.,;:)]*)$")
_LETTER_IN_DIGITS = re.compile(r"\d[OoBlIS¡|]+\d")
# A percent sign read as `9%` (`85%` → `859%`): a share over 100 % that Tesseract doubts, and that without the 9 is
# at most 100 %.
_NINE_PERCENT = re.compile(r"^([(]?)(\d{1,3})9%([.,;:)]*)$")
# A speck read as an apostrophe or a backtick glued before a figure (`'80`, `` `45% ``): no Vietnamese word or figure
# begins so (a quotation opens with `"` or `“`, kept).
_SPECK_BEFORE_NUMBER = re.compile(r"^['`‘’´]+(?=\d)")
# A word Tesseract reads with less confidence than this may have its marks put right (analysis.ocr_words); words it
# is sure of (93-96 on clean print) are what the page says.
_DOUBTED_WORD = 92
_DOUBTED = 85  # Tesseract's word confidence below which a share over 100 % is read as `9%`; sure words reach 93-96


def fix_number(word: str, conf: float = 100.0) -> str:
    """An OCR'd word with a letter misread for a digit, as the number it is; any other word as it is.
    With Tesseract's confidence `conf`, a doubted `859%` is `85%`; a speck read as an apostrophe before a figure
    (`'80`, `‘45%`) is no part of it."""
    word = _SPECK_BEFORE_NUMBER.sub("", word)
    if word[-1:] == "_" and word.rstrip("_").isdigit():  # a row's number with a blank read after it (`2_`)
        word = word.rstrip("_")
    nine = _NINE_PERCENT.match(word)
    # (over 200 %: `109%`, `119%` of a plan's goal are real figures; `859%` is no share)
    if nine and conf < _DOUBTED and int(nine[2] + "9") > 200 and int(nine[2]) <= 100:
        return f"{nine[1]}{nine[2]}%{nine[3]}"
    m = _NUMBER_WORD.match(word)
    grouped = "." in m[2] or "," in m[2] if m else False  # thousands groups: `50.OOO`
    if not m or m[2].isdigit() or not (m[3] or grouped or _LETTER_IN_DIGITS.search(m[2])):
        return word
    return m[1] + m[2].translate(_DIGIT_LIKE) + m[3] + m[4]


def prepare_scan(image):
    """A scanned page made ready for Tesseract: greyscale, straightened, its table rules erased (Tesseract reads
    a ruled table's cells out of order and its rules as letters; without them it reads row after row), and —
    when speckled — binarised and despeckled."""
    return _prepare_scan(image)[0]


def _prepare_scan(image):
    """prepare_scan's page, and the table rules erased from it: vertical (x, top, bottom) and horizontal (y, left,
    right), in pixels of the page as straightened."""
    import numpy as np
    from PIL import Image, ImageFilter

    image = image.convert("L")
    a = np.asarray(image)
    if a.min() == a.max():  # a blank page (one grey level): nothing to straighten, erase or read
        return image, ([], [])
    threshold = _otsu(a)
    dark = a < threshold
    angle = skew_angle(dark)
    if abs(angle) >= _SKEW_STEP:
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(image)
        dark = a < threshold
    stamps = round_stamps(dark)
    printed = dark  # (the rules are found with the rings' ink: erased, a ring leaves a gap in each rule it crosses)
    if stamps:
        a, dark = _erase_rings(a.copy(), dark.copy(), stamps)
        image = Image.fromarray(a)
    length = max(40, a.shape[1] // 25)  # a rule is longer than any letter's stroke
    across, down = _long_runs(printed, length), _long_runs(printed.T, length).T
    rules = across | down
    horizontal = _segments(across, length) if rules.any() else []
    grid = (_mended(_segments(down.T, length), horizontal), horizontal) if rules.any() else ([], [])
    if rules.any():
        rules |= np.roll(rules, 1, 0) | np.roll(rules, -1, 0) | np.roll(rules, 1, 1) | np.roll(rules, -1, 1)
        a = np.where(rules, 255, a).astype(np.uint8)
        dark &= ~rules
        a, dark = _cells_aligned(a, dark, grid)
        image = Image.fromarray(a)
    # isolated dark pixels (no dark neighbour among the 8): speckle, not ink
    d = np.pad(dark, 1).astype(np.uint8)
    neighbours = sum(
        d[1 + dy : d.shape[0] - 1 + dy, 1 + dx : d.shape[1] - 1 + dx]
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if dy or dx
    )
    if (dark & (neighbours == 0)).sum() <= _SPECKLED * max(1, dark.sum()):
        return image, grid
    ink = np.where(dark, 0, 255).astype(np.uint8)
    return Image.fromarray(ink).filter(ImageFilter.MedianFilter(3)), grid


# A round stamp over the signature and the last lines (every decision and plan carries one; a grey scan keeps it as dark
# as the print): its rings cross the figures beneath, and Tesseract reads a figure crossed by an arc as signs
# (`4.000` read `/Áấ@œ—N`). A ring is found as a circle of radius 4.5-12 % of the page's width (a stamp is 30-50 mm
# across on A4) whose circumference is inked over most of its length while a little inside and outside it is not
# (a line of print covers a fifth of any circle through it); its ink is then made paper.
_RING_RADII = (0.045, 0.12)  # of the page's width
_RING_INKED = 0.65  # share of the circumference inked (a stamp's ring: 0.7-0.9; any circle through print: 0.2-0.3)
_RING_CONTRAST = 0.4  # less inked a little inside and outside than on it, by this share
_RING_STEP = 4  # the page searched at a quarter of its size
_RING_INNER_INKED = 0.5  # a ring inside a stamp's ring, on its centre: inked over half its length


def round_stamps(dark) -> list[tuple[int, int, int]]:
    """The rings (centre y, centre x, radius in pixels) of round stamps on a page's ink mask (True where ink)."""
    import numpy as np
    from PIL import Image

    step = _RING_STEP
    small = np.asarray(Image.fromarray(dark.astype(np.uint8) * 255).reduce(step)) > 60
    h, w = small.shape
    lo, hi = max(4, int(_RING_RADII[0] * w)), int(_RING_RADII[1] * w)
    pad = hi + 4
    size = (-(-(h + 2 * pad) // 64) * 64, -(-(w + 2 * pad) // 64) * 64)  # sizes numpy's FFT does fast
    page = np.fft.rfft2(small.astype(np.float32), s=size)
    yy, xx = np.mgrid[-pad : pad + 1, -pad : pad + 1]
    dist = np.hypot(yy, xx)

    def inked(r: float, y: int, x: int) -> float:  # the share of the circle (r, y, x) that is ink
        ys, xs = np.nonzero(np.abs(dist - r) <= 0.5)
        ys, xs = ys - pad + y, xs - pad + x
        ok = (ys >= 0) & (ys < h) & (xs >= 0) & (xs < w)
        return float(small[ys[ok], xs[ok]].mean()) if ok.any() else 0.0

    found = []
    for r in range(lo, hi + 1, 2):
        ring = (np.abs(dist - r) <= 0.5).astype(np.float32)
        cover = np.fft.irfft2(page * np.fft.rfft2(ring[::-1, ::-1], s=size), s=size)[pad : pad + h, pad : pad + w]
        y, x = divmod(int(np.argmax(cover)), w)
        best, radius = max((inked(rr, y, x), rr) for rr in (r - 1, r, r + 1))
        if best >= _RING_INKED and best - max(inked(radius - 3, y, x), inked(radius + 3, y, x)) >= _RING_CONTRAST:
            found.append((y * step, x * step, radius * step))
    return found


def _erase_rings(a, dark, rings: list[tuple[int, int, int]]):
    """The page (grey array, ink mask) with the ink on each ring made paper (the page's paper grey). A ring found on
    the quarter-size page is placed again on the page itself (its centre and radius to the pixel), and only the radii
    inked as its stroke are erased: the letters it crosses keep the rest of their ink."""
    import numpy as np

    paper = int(np.median(a[::8, ::8]))
    h, w = dark.shape
    angles = np.linspace(0, 2 * np.pi, 720, endpoint=False)
    cos, sin = np.cos(angles), np.sin(angles)

    def inked(y: float, x: float, r: float) -> float:
        ys, xs = np.rint(y + r * sin).astype(int), np.rint(x + r * cos).astype(int)
        ok = (ys >= 0) & (ys < h) & (xs >= 0) & (xs < w)
        return float(dark[ys[ok], xs[ok]].mean()) if ok.any() else 0.0

    for y, x, r in rings:
        s = _RING_STEP
        _, y, x, r = max(
            (inked(y + dy, x + dx, r + dr), y + dy, x + dx, r + dr)
            for dy in range(-s, s + 1, 2)
            for dx in range(-s, s + 1, 2)
            for dr in range(-2 * s, 2 * s + 1, 2)
        )
        _, y, x, r = max(
            (inked(y + dy, x + dx, r + dr), y + dy, x + dx, r + dr)
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for dr in (-1, 0, 1)
        )
        # the stamp's own rings: this one and those inside it on its centre (a thinner inner ring, 50-95 % of it)
        radii = [r] + [
            rr
            for rr in range(r // 2, r * 19 // 20)
            if (c := inked(y, x, rr)) >= _RING_INNER_INKED
            and c >= max(inked(y, x, rr + d) for d in (-2, -1, 1, 2))
            and c - max(inked(y, x, rr - 2 * s), inked(y, x, rr + 2 * s)) >= _RING_CONTRAST
        ]
        for rr in radii:
            peak = inked(y, x, rr)
            stroke = [d for d in range(-2 * s, 2 * s + 1) if inked(y, x, rr + d) >= 0.5 * peak]
            inner, outer = rr + min(stroke, default=0) - 0.5, rr + max(stroke, default=0) + 0.5
            m = int(outer) + 2
            y0, y1, x0, x1 = max(0, y - m), min(h, y + m), max(0, x - m), min(w, x + m)
            yy, xx = np.mgrid[y0:y1, x0:x1]
            d = np.hypot(yy - y, xx - x)
            erase = (d >= inner) & (d <= outer) & dark[y0:y1, x0:x1]
            a[y0:y1, x0:x1][erase] = paper
            dark[y0:y1, x0:x1][erase] = False
    return a, dark


def _cells_aligned(a, dark, grid):
    """The page with each ruled table's cells moved up to the top of their row, so that the first lines of a row's
    cells stand on one line: an office centres a cell's text vertically, and beside a cell of three lines a cell of
    one or two stands between them, where Tesseract's line finder cuts the row into lines that cross half a cell's
    letters (`Mục tiêu` read `LÔNG`, `(năm 2017)` read `iniăm 2 017)`, a `75` beside a wrapped label read `5`)."""
    import numpy as np

    verticals, horizontals = grid
    if len(verticals) < 3 or len(horizontals) < 2:
        return a, dark
    tol, margin = 6, 4
    a, dark = a.copy(), dark.copy()
    grey_paper = np.median(a) < 245
    spans = lambda y, x0, x1: any(  # noqa: E731  (a horizontal rule at y runs from x0 to x1)
        abs(h - y) <= tol and left <= x0 + tol and right >= x1 - tol for h, left, right in horizontals
    )
    ys = sorted({round(y) for y, _, _ in horizontals})
    for y1, y2 in itertools.pairwise(ys):
        if y2 - y1 <= 3 * tol:
            continue
        xs: list[float] = []
        for x in sorted(x for x, top, bottom in verticals if top <= y1 + tol and bottom >= y2 - tol):
            if not xs or x - xs[-1] > 2 * tol:
                xs.append(x)
        cells = [(round(x0), round(x1)) for x0, x1 in itertools.pairwise(xs) if spans(y1, x0, x1) and spans(y2, x0, x1)]
        if len(cells) < 2:
            continue
        lines = {}  # a cell's (top of its ink, bottom of its first line's letters: the line's baseline)
        for x0, x1 in cells:
            rows = dark[y1 + margin : y2 - margin, x0 + margin : x1 - margin].sum(axis=1)
            if rows.max() < 3:
                continue
            # the first line's letters: from the first row as inked as a line's body (a mark above a letter, a
            # capital's top are fainter) down to the row where ink nearly stops (a tail below, the gap to the next)
            start = int(np.argmax(rows >= 0.35 * rows.max()))
            low = (rows[start:-1] < 0.1 * rows.max()) & (rows[start + 1 :] < 0.1 * rows.max())
            end = start + (int(np.argmax(low)) if low.any() else len(rows) - start)
            # its top: the marks over its letters (a small gap above them), not a speck further up
            top, blank, gap = start, 0, max(2, (end - start) // 4)
            for r in range(start - 1, -1, -1):
                top, blank = (r, 0) if rows[r] else (top, blank + 1)
                if blank > gap:
                    break
            lines[(x0, x1)] = (top, end)
        # on grey paper (a photocopy), the row's cells as ink on white: Tesseract reads figures moved beside a label
        # on grey badly (`40` read `4l).`; binarised, `40`); on white paper the grey letters read best as they are
        for x0, x1 in cells if grey_paper else ():
            a[y1 + margin : y2 - margin, x0 + margin : x1 - margin] = np.where(
                dark[y1 + margin : y2 - margin, x0 + margin : x1 - margin], 0, 255
            )
        if len(lines) < 2:
            continue
        highest = min(end for _, end in lines.values())
        for (x0, x1), (top, end) in lines.items():
            shift = min(end - highest, top)
            if shift <= 2:
                continue
            r0, r1, c0, c1 = y1 + margin, y2 - margin, x0 + margin, x1 - margin
            a[r0 : r1 - shift, c0:c1] = a[r0 + shift : r1, c0:c1]
            a[r1 - shift : r1, c0:c1] = 255
            dark[r0 : r1 - shift, c0:c1] = dark[r0 + shift : r1, c0:c1]
            dark[r1 - shift : r1, c0:c1] = False
    return a, dark


# A table's vertical rule that ends inside a row, not at a horizontal rule, was cut there: by a stamp's ring erased
# with what it crossed, or by a fold of the page. A rule is drawn from a row's border to a row's border (a cell
# merged across columns ends it at one), so such an end is carried on to the next horizontal rule that crosses it,
# at most this many letter heights' worth of pixels away (a row of one to four lines).
_RULE_MEND = 240


def _mended(vertical: list, horizontal: list, tol: int = 6) -> list:
    """Vertical rules (x, top, bottom) whose ends inside a row are carried to the row's borders (see above)."""

    spans: dict[float, list[float]] = {}  # a border's pieces at one height (cut where a stamp's ring crossed it)
    for y, left, right in sorted(horizontal):
        at = next((h for h in spans if abs(h - y) <= tol), y)
        span = spans.setdefault(at, [left, right])
        span[0], span[1] = min(span[0], left), max(span[1], right)

    def crossing(x: float) -> list[float]:
        return sorted(y for y, (left, right) in spans.items() if left - tol <= x <= right + tol)

    out = []
    for x, top, bottom in vertical:
        ys = crossing(x)
        if ys and not any(abs(y - bottom) <= tol for y in ys):
            below = [y for y in ys if bottom < y <= bottom + _RULE_MEND]
            bottom = below[0] if below else bottom
        if ys and not any(abs(y - top) <= tol for y in ys):
            above = [y for y in ys if top - _RULE_MEND <= y < top]
            top = above[-1] if above else top
        out.append((x, top, bottom))
    return out


def _segments(mask, length: int) -> list[tuple[float, float, float]]:
    """The rules of a mask of horizontal runs (a mask of vertical ones given transposed): (y, left, right) of each,
    the rows of one rule's thickness taken together, a break of a few pixels bridged."""
    import numpy as np

    rows = np.flatnonzero(mask.any(axis=1))
    out: list[tuple[float, float, float]] = []
    for group in np.split(rows, np.flatnonzero(np.diff(rows) > 2) + 1) if len(rows) else []:
        line = mask[group].any(axis=0)
        xs = np.flatnonzero(line)
        for run in np.split(xs, np.flatnonzero(np.diff(xs) > 4) + 1):
            if run[-1] - run[0] + 1 >= length:
                out.append((float(group.mean()), float(run[0]), float(run[-1] + 1)))
    return out


# --- Word ----------------------------------------------------------------------------------------------


def read_docx(path: Path, source_file: str) -> str:
    """Paragraphs and tables of a .docx in document order, merged cells once. A table of data is written a row
    per line, its cells separated by tabs (the budget reader, analysis.extract.budget, splits such rows into the
    flattened cells it reconciles); a two-column layout table one cell per line (`_docx_rows`)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from analysis.corpus import ReadProblem

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadProblem(
            source_file, f"not a readable .docx (corrupt, encrypted, or another format renamed): {exc}"
        ) from exc
    parts: list[str] = []
    legacy_fonts = _uses_legacy_fonts(document)
    # The first page's header (Word's section header): an office's template often holds the issuer, `Số: …/BC-UBND`
    # and the date line there, not in the body. It is read first, as the page shows it; footers (page numbers) not.
    section = document.sections[0] if document.sections else None
    if section is not None:
        first = section.first_page_header if section.different_first_page_header_footer else section.header
        if not first.is_linked_to_previous:
            _docx_blocks(first, parts, legacy_fonts)
    _docx_blocks(document, parts, legacy_fonts, _DocxNotes(document, legacy_fonts))
    return "\n".join(parts)


class _DocxNotes:
    """A Word file's footnotes and endnotes (`word/footnotes.xml`, `word/endnotes.xml`), each given once, right after
    the paragraph (or the table) that cites it, a paragraph of the note a line of its own.

    Why there, and not at the marker nor at the end: a note qualifies or dates what cites it (`Số liệu tổng hợp đến
    ngày 31/12/2019`, `Năm 2019 tỷ lệ này mới đạt 60%`). Put at its marker, inside the sentence, a note would break the
    sentence it is cited in (`Phấn đấu 90% … văn bản …`) and lend it its own figures; gathered at the end of the text,
    `tỷ lệ này` would read the document's last indicator and a date would stand far from the figure it dates. Right
    after the citing paragraph it stands where a printed page's footnote stands, beside what it explains, and every
    offset and quote still points at words the file holds in that order: the paragraph whole, then the note whole.
    Endnotes (printed at the end of the document by Word) are read the same way, as they explain where they are cited.
    A note cited inside a table follows the table (a note inside a row would be read as one of its cells)."""

    _KINDS = (("footnote", "footnotes"), ("endnote", "endnotes"))

    def __init__(self, document, legacy_fonts: bool = False) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml.ns import qn
        from docx.oxml.parser import parse_xml
        from docx.text.paragraph import Paragraph

        self.notes: dict[tuple[str, str], list[str]] = {}
        self.given: set[tuple[str, str]] = set()
        self._refs = {qn(f"w:{kind}Reference"): kind for kind, _ in self._KINDS}
        reltypes = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}
        for rel in document.part.rels.values():
            kind = reltypes.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            try:
                root = parse_xml(rel.target_part.blob)
            except Exception:  # a broken notes part: the body is still read
                continue
            for note in root.iterchildren(qn(f"w:{kind}")):
                if note.get(qn("w:type")) not in (None, "normal"):  # the separator lines Word keeps as notes
                    continue
                lines = [
                    " ".join(_paragraph_text(Paragraph(p, document._body), legacy_fonts).split())
                    for p in note.iter(qn("w:p"))
                ]
                self.notes[(kind, note.get(qn("w:id")))] = [t for t in lines if t]

    def cited(self, element) -> list[str]:
        """The lines of the notes cited in a paragraph's or a table's XML and not given yet, in the order cited."""
        if not self.notes:
            return []
        out: list[str] = []
        for ref in element.iter(*self._refs):
            key = (self._refs[ref.tag], ref.get(ref.tag.rsplit("}", 1)[0] + "}id"))
            if key in self.notes and key not in self.given:
                self.given.add(key)
                out.extend(self.notes[key])
        return out


# A footnote's marker typed as superscript digits after a figure or a word (`95%¹`, `mức độ 4³`): no part of the text.
_MARKER_RUN = re.compile(r"\s*(?:\d{1,2}|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s*")


# A footnote's marker typed in brackets right after a figure or a word (`612[2] dịch vụ`, `95%[1]`): no part of it.
_BRACKET_MARK = re.compile(r"(?<=[\w%)])\[\d{1,2}\](?=[\s.,;:)]|$)", re.MULTILINE)
# The same marker typed as superscript digits in a plain text or a web page's text (`612² dịch vụ`, `95%¹`): glued to
# a figure it would make another number of it (`612²` is no 612 to a reader of numbers).
_SUPERSCRIPT = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_SUPERSCRIPT_MARK = re.compile(r"(?<=[\w%)])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?=[\s.,;:)]|$)", re.MULTILINE)


def drop_footnote_marks(text: str) -> str:
    """A text without the footnote markers glued to its figures and words (`612[2] dịch vụ`, `đạt 95%[1].`, `85%¹`),
    as a Word file's and a PDF's are read: a plain text or a web page copied from a Word file keeps them, and a marker
    between a figure and what it counts hides the fact (`612[2] dịch vụ công` is no count of services)."""
    # (each pattern only where its first character stands: a look-behind tried at every character of a plan cost 2 %
    # of extraction)
    if "[" in text:
        text = _BRACKET_MARK.sub("", text)
    return _SUPERSCRIPT_MARK.sub("", text) if _SUPERSCRIPT.search(text) else text


# Fonts of the pre-Unicode encodings (`.VnTime`, `.VnArialH` … TCVN3; `VNI-Times`, `VNI-Helve` … VNI): a run set in
# one of them holds that encoding's codes, even inside a document typed in Unicode elsewhere (an old appendix pasted
# into a new report), where the whole text's check (analysis.legacy_fonts.to_vietnamese) sees too few of them.
_LEGACY_FONT = re.compile(r"^(?:(\.vn)|(vni[- ]))", re.IGNORECASE)
_UNICODE_LETTER = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _run_font(run, paragraph) -> str:
    """The font a run is shown in: its own, else its paragraph style's (or that style's bases)."""
    name = run.font.name
    style = paragraph.style if name is None else None
    while name is None and style is not None:
        name = style.font.name
        style = style.base_style
    return name or ""


def _legacy_run_text(text: str, font: str) -> str:
    """A run's text read from the legacy encoding its font names; a run that already holds letters only Unicode
    Vietnamese has (text converted but its font left as it was) is kept as it is."""
    from analysis.legacy_fonts import from_tcvn3, from_vni

    m = _LEGACY_FONT.match(font)
    if m is None or text.isascii() or _UNICODE_LETTER.search(text):
        return text
    return from_tcvn3(text) if m.group(1) else from_vni(text)


def _uses_legacy_fonts(document) -> bool:
    """Whether any run or style of a Word document is set in a TCVN3 or VNI font (one pass over its font names, so a
    document in Unicode fonts, nearly every one, never looks up a run's font)."""
    from docx.oxml.ns import qn

    for part in (document.element, document.styles.element):
        for fonts in part.iter(qn("w:rFonts")):
            if any(_LEGACY_FONT.match(v) for k, v in fonts.attrib.items() if not k.endswith("Theme")):
                return True
    return False


# Elements of a paragraph that hold runs of its visible text without being a run or a hyperlink: a draft's tracked
# insertion (`w:ins`, `w:moveTo`), a template's content control (`w:sdt`), a smart tag, custom XML, a simple field,
# bidirectional wrappers. python-docx reads a paragraph's text from its direct runs and hyperlinks only, so
# `… đạt <ins>85%</ins> vào năm 2019` lost its 85% and a control filled with `3.500 triệu đồng` its amount.
_RUN_WRAPPERS = ("ins", "moveTo", "sdt", "smartTag", "customXml", "fldSimple", "dir", "bdo")
# ... and what a page does not show: deleted and moved-away text, text boxes (read by `_text_boxes`), the VML copy
# of a drawing (`_MC_FALLBACK`).
_NOT_SHOWN = ("del", "moveFrom", "txbxContent")


@functools.cache
def _w_tags(*names: str) -> frozenset[str]:
    """The WordprocessingML elements `names` as lxml spells their tags (python-docx's `qn`, imported when a Word
    file is read)."""
    from docx.oxml.ns import qn

    return frozenset(qn(f"w:{name}") for name in names)


def _shown_runs(paragraph) -> list | None:
    """The runs a page shows of a paragraph that has runs inside wrappers (see `_RUN_WRAPPERS`), in order; None for
    a paragraph without them (python-docx's own reading is then the paragraph's, as before)."""
    from docx.oxml.ns import qn
    from docx.text.run import Run

    p = paragraph._p
    wrappers = _w_tags(*_RUN_WRAPPERS)
    if not any(child.tag in wrappers for child in p):
        return None
    hidden = _w_tags(*_NOT_SHOWN) | {_MC_FALLBACK}
    return [
        Run(r, paragraph)
        for r in p.iter(qn("w:r"))
        if not any(a.tag in hidden for a in r.iterancestors() if a is not p)
    ]


def _paragraph_text(paragraph, legacy_fonts: bool = False) -> str:
    """A paragraph's text without its footnote markers (a superscript run of a digit or two, or stars; a bracketed
    number glued to what it notes), each run set in a TCVN3 or VNI font read as the Vietnamese it stands for. Runs
    inside a tracked insertion or a content control are read; deleted runs are not (`_shown_runs`)."""
    shown = _shown_runs(paragraph)
    runs = paragraph.runs if shown is None else shown
    text = paragraph.text if shown is None else "".join(r.text for r in shown)
    legacy = legacy_fonts and not text.isascii() and any(_LEGACY_FONT.match(_run_font(r, paragraph)) for r in runs)
    if not legacy and not any(r.font.superscript for r in runs):
        return _BRACKET_MARK.sub("", text)
    out = []
    for item in paragraph.iter_inner_content() if shown is None else shown:
        text = item.text
        font = getattr(item, "font", None)
        if font is not None and font.superscript and _MARKER_RUN.fullmatch(text):
            before = "".join(out)[-1:]
            if before and (before.isalnum() or before in "%)."):
                continue
        if legacy and font is not None:
            text = _legacy_run_text(text, _run_font(item, paragraph))
        out.append(text)
    return _BRACKET_MARK.sub("", "".join(out))


def _inner_blocks(container):
    """Paragraphs and tables of a body, cell or header in order, with those inside a block-level content control
    (`w:sdt`, a template's filled-in section) or custom XML, which python-docx's `iter_inner_content` passes over."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    holder = container._body if hasattr(container, "_body") else container  # a Document's blocks are its body's
    element = holder._element
    if not any(child.tag in _w_tags("sdt", "customXml") for child in element):
        yield from container.iter_inner_content()
        return

    def walk(parent):
        for child in parent:
            if child.tag == qn("w:p"):
                yield Paragraph(child, holder)
            elif child.tag == qn("w:tbl"):
                yield Table(child, holder)
            elif child.tag == qn("w:sdt"):
                for content in child.iterchildren(qn("w:sdtContent")):
                    yield from walk(content)
            elif child.tag == qn("w:customXml"):
                yield from walk(child)

    yield from walk(element)


def _docx_blocks(container, parts: list[str], legacy_fonts: bool = False, notes: _DocxNotes | None = None) -> None:
    from docx.table import Table

    for block in _inner_blocks(container):
        if isinstance(block, Table):
            seen: set = set()  # the cells' XML elements (kept alive here, so lxml hands back the same objects)
            rows: list[list[list[str]]] = []
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell is listed under every row and column it spans
                        continue
                    seen.add(cell._tc)
                    inner: list[str] = []
                    _docx_blocks(cell, inner, legacy_fonts)
                    cells.append([t for t in inner if t.strip()])
                rows.append(cells)
            parts.extend(_docx_rows(rows, len(block.columns)))
            if notes is not None:
                parts.extend(notes.cited(block._tbl))
        else:
            parts.append(_paragraph_text(block, legacy_fonts))
            parts.extend(_text_boxes(block, legacy_fonts))
            if notes is not None:
                parts.extend(notes.cited(block._p))


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph, legacy_fonts: bool = False) -> list[str]:
    """The text boxes anchored in a paragraph (`w:txbxContent`: an infographic's figures, a boxed summary), each a
    line of its own after the paragraph, its paragraphs separated by tabs as a table row's cells are (a box is read
    like a one-row table: `Dịch vụ công trực tuyến mức độ 3 | 562 dịch vụ`, its label never run into its figure).
    Word writes each box twice, the DrawingML box and its VML fallback (`mc:Fallback`): the fallback is left out."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    box_tag = qn("w:txbxContent")
    out = []
    for box in paragraph._p.iter(box_tag):
        if any(a.tag in (_MC_FALLBACK, box_tag) for a in box.iterancestors()):
            continue
        lines = [_paragraph_text(Paragraph(p, paragraph._parent), legacy_fonts) for p in box.iterchildren(qn("w:p"))]
        lines = [" ".join(t.split()) for t in lines if t.strip()]
        if lines:
            out.append("\t".join(lines))
    return out


def _docx_rows(rows: list[list[list[str]]], n_columns: int) -> list[str]:
    """A Word table's lines. A table of data (three columns or more: `STT | Chỉ tiêu | …`) gives a row a line, its
    cells separated by tabs, as a tab-separated text gives them (analysis.extract.tables reads such rows; a cell of
    several paragraphs has them joined by spaces); a layout table of two columns (the issuer beside the motto, the
    recipients beside the signature) gives one cell per line, each paragraph a line of its own."""
    if n_columns < 3:
        return [t for cells in rows for cell in cells for t in cell]
    out = []
    for cells in rows:
        texts = [" ".join(" ".join(t.split()) for t in cell) for cell in cells]
        if any(texts):  # an empty cell keeps its place (not stated): the cells after it stay in their columns
            out.append("\t".join(texts))
    return out


def read_doc(path: Path, source_file: str) -> str:
    """Word 97-2003 .doc through antiword (Debian package), one paragraph per line."""
    from analysis.corpus import ReadProblem

    antiword = shutil.which("antiword")
    if antiword is None:
        raise ReadProblem(source_file, f"a Word .doc needs antiword, which is not installed: {DOC_APT_LINE}")
    proc = subprocess.run(
        [antiword, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True, timeout=300, check=False
    )
    if proc.returncode != 0:
        why = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadProblem(source_file, f"not a readable Word .doc ({why[-1] if why else 'antiword failed'})")
    return proc.stdout.decode("utf-8", "replace")


# --- OpenDocument text and RTF ----------------------------------------------------------------------------------
# LibreOffice saves `.odt`; Word, WordPad and many document-management systems export `.rtf`. Both are read as a
# `.docx` is: paragraphs in order, a table of data a row per line with its cells separated by tabs, a two-column
# layout table (the issuer beside the motto) a cell per line; footnotes and comments are left out.


def read_odt(path: Path, source_file: str) -> str:
    """An OpenDocument text (.odt) read with odfpy: headings, paragraphs, list items and tables in document order."""
    from odf import opendocument
    from odf.namespaces import OFFICENS, TABLENS, TEXTNS

    from analysis.corpus import ReadProblem

    if not zipfile.is_zipfile(path):
        raise ReadProblem(
            source_file, "not a readable .odt (not an OpenDocument package: corrupt, or another format renamed)"
        )
    try:
        doc = opendocument.load(str(path))
    except Exception as exc:  # odfpy raises many kinds for a broken package
        raise ReadProblem(
            source_file, f"not a readable .odt (corrupt, or another format renamed): {type(exc).__name__}: {exc}"
        ) from exc
    if "text" not in (doc.mimetype or "") or "template" in (doc.mimetype or ""):
        raise ReadProblem(
            source_file, f"not a text document but an OpenDocument {doc.mimetype or 'file'}: save it as .odt"
        )

    skip = {(TEXTNS, "note"), (OFFICENS, "annotation"), (TEXTNS, "tracked-changes"), (TEXTNS, "bookmark-ref")}

    def inline(node) -> str:
        """A paragraph's text: spans and links read through, `text:s` as its spaces, tabs and line breaks kept."""
        out = []
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(str(child.data))
                continue
            if child.qname in skip:
                continue
            if child.qname == (TEXTNS, "s"):
                out.append(" " * int(child.attributes.get((TEXTNS, "c"), 1)))
            elif child.qname == (TEXTNS, "tab"):
                out.append("\t")
            elif child.qname == (TEXTNS, "line-break"):
                out.append("\n")
            else:
                out.append(inline(child))
        return "".join(out)

    def blocks(node, parts: list[str]) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE or child.qname in skip:
                continue
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                parts.append(_BRACKET_MARK.sub("", inline(child)))
            elif child.qname == (TABLENS, "table"):
                rows: list[list[list[str]]] = []
                width = 0
                for row in _odt_table_rows(child):
                    cells = []
                    for cell in row.childNodes:
                        if cell.qname == (TABLENS, "table-cell"):
                            inner: list[str] = []
                            blocks(cell, inner)
                            repeat = min(int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1)), 64)
                            cells.extend([[t for t in inner if t.strip()]] * repeat)
                    width = max(width, len(cells))
                    rows.append(cells)
                parts.extend(_docx_rows(rows, width))
            else:  # lists, list items, sections, frames' text boxes: their paragraphs in order
                blocks(child, parts)

    parts: list[str] = []
    blocks(doc.text, parts)
    return "\n".join(parts)


def _odt_table_rows(table):
    """A text table's rows in order, those inside header-row blocks and row groups included."""
    from odf.namespaces import TABLENS

    for node in table.childNodes:
        if node.qname == (TABLENS, "table-row"):
            yield node
        elif node.qname in ((TABLENS, "table-header-rows"), (TABLENS, "table-rows"), (TABLENS, "table-row-group")):
            yield from _odt_table_rows(node)


# An RTF table's row as striprtf writes it: each cell closed by `|`.
_RTF_ROW = re.compile(r"^(?:[^|\n]*\|){2,}[ \t]*$", re.MULTILINE)


def read_rtf(data: bytes, source_file: str) -> str:
    """Rich Text Format read with striprtf: `\\u` escapes, and `\\'xx` bytes in the code page the file or its font
    names (Windows-1258 for Vietnamese; a `.VnTime` text's bytes are read as Word shows them and then as TCVN3 by
    analysis.corpus.normalise). A table's row (cells closed by `|`) is written with its cells separated by tabs."""
    from striprtf.striprtf import rtf_to_text

    from analysis.corpus import ReadProblem

    head = data.lstrip()[:6]
    if not head.startswith(b"{\\rtf"):
        raise ReadProblem(source_file, "not an RTF file (no `{\\rtf` header: corrupt, or another format renamed .rtf)")
    try:
        text = rtf_to_text(data.decode("latin-1"), errors="replace")  # RTF is 7-bit: bytes are escapes
    except Exception as exc:  # a malformed control word or group
        raise ReadProblem(source_file, f"not a readable RTF file: {type(exc).__name__}: {exc}") from exc
    if not text.strip():
        raise ReadProblem(source_file, "no text in the RTF file")

    def row(m: re.Match) -> str:
        cells = [" ".join(c.split()) for c in m.group().rstrip().split("|")[:-1]]
        return "\t".join(cells) if len(cells) >= 3 else "\n".join(c for c in cells if c)

    return drop_footnote_marks(_RTF_ROW.sub(row, text))  # (a marker typed as text, `612[2]`, as in a .txt)


# --- Presentations and saved web pages ----------------------------------------------------------------------------
# A department's slides for a review conference (`Báo cáo kết quả … tại Hội nghị sơ kết`) and a web page saved as one
# file (`.mht`, `.mhtml`: what Internet Explorer, Edge, Chrome and Word's `Single File Web Page` write) hold results a
# plan never repeats.

# A PowerPoint slide's shapes are read top to bottom, then left to right: shapes whose tops lie within this many EMU
# (0.2 inch) are on one line of the slide (a title's box and a logo's, two columns' first boxes).
_SLIDE_ROW = 182880


def read_pptx(path: Path, source_file: str) -> str:
    """A PowerPoint presentation (.pptx) read with python-pptx: each slide a page (slides separated by a form feed, so
    that a fact's `page` is its slide's number), its title first, then its shapes in reading order (top to bottom,
    left to right; a group's shapes in their own order), a text frame's paragraphs a line each, a table a row per line
    with its cells separated by tabs (`table_lines`, as a spreadsheet's: a header over two rows made one), then the
    slide's speaker notes, which say what the slide's figures are of (`Số liệu tính đến 31/12/2020`). The slide
    number, and a footer or date repeated on every slide, are read once or not at all; a hidden slide is an empty
    page (the presenter does not show it, as a hidden sheet is left out); charts and pictures hold no text."""
    import pptx

    from analysis.corpus import ReadProblem

    if not zipfile.is_zipfile(path):
        if path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE file: encrypted, or a .ppt
            raise ReadProblem(
                source_file,
                "encrypted .pptx, or a PowerPoint 97-2003 .ppt renamed .pptx: save it unlocked as .pptx",
            )
        raise ReadProblem(source_file, "not a readable .pptx (not a zip package: corrupt, or another format renamed)")
    try:
        deck = pptx.Presentation(str(path))
        slides = list(deck.slides)
    except Exception as exc:  # python-pptx and lxml raise many kinds for a broken package or part
        raise ReadProblem(
            source_file, f"not a readable .pptx (corrupt, or another format renamed): {type(exc).__name__}: {exc}"
        ) from exc
    repeated: set[str] = set()  # footers and dates already read
    pages: list[str] = []
    for slide in slides:
        if slide._element.get("show") in ("0", "false"):
            pages.append("")
            continue
        lines: list[str] = []
        for shape in _slide_shapes(slide.shapes):
            lines.extend(_shape_lines(shape, repeated))
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                lines.extend(_frame_lines(frame))
        pages.append("\n".join(lines))
    if not any(p.strip() for p in pages):
        raise ReadProblem(source_file, "no text in the presentation (its slides hold only pictures or charts)")
    return drop_footnote_marks("\n\f\n".join(pages))


def _slide_shapes(shapes) -> list:
    """A slide's (or a group's) shapes in reading order: the title first, then top to bottom, left to right."""

    def title(shape) -> bool:
        from pptx.enum.shapes import PP_PLACEHOLDER

        return shape.is_placeholder and shape.placeholder_format.type in (
            PP_PLACEHOLDER.TITLE,
            PP_PLACEHOLDER.CENTER_TITLE,
        )

    def key(item):
        k, shape = item
        top, left = shape.top, shape.left
        return (not title(shape), (top or 0) // _SLIDE_ROW, left or 0, k)

    return [shape for _, shape in sorted(enumerate(shapes), key=key)]


def _frame_lines(frame) -> list[str]:
    """A text frame's paragraphs, a line each (a line break typed inside a paragraph, `\\v`, a line too)."""
    out = []
    for paragraph in frame.paragraphs:
        for line in paragraph.text.replace("\v", "\n").split("\n"):
            if line.strip():
                out.append(line.strip())
    return out


def _shape_lines(shape, repeated: set[str]) -> list[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        return [ln for inner in _slide_shapes(shape.shapes) for ln in _shape_lines(inner, repeated)]
    if getattr(shape, "has_table", False) and shape.has_table:
        rows: list[list[str]] = []
        spans: set[tuple[int, int]] = set()
        for r, row in enumerate(shape.table.rows):
            cells = []
            for c, cell in enumerate(row.cells):
                if cell.is_spanned:  # covered by a merged cell: its text is the merged cell's, once
                    if cell._tc.hMerge:
                        spans.add((r, c))
                    cells.append("")
                else:
                    cells.append(" ".join(" ".join(t.split()) for t in _frame_lines(cell.text_frame)))
            rows.append(cells)
        return table_lines(rows, spans)
    if not shape.has_text_frame:
        return []
    lines = _frame_lines(shape.text_frame)
    if shape.is_placeholder:
        kind = shape.placeholder_format.type
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            return []
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE):
            said = "\n".join(lines)
            if said in repeated:
                return []
            repeated.add(said)
    return lines


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def mht_page(data: bytes, source_file: str) -> tuple[str, str, bool]:
    """A web page saved as one file (`.mht`, `.mhtml`: a MIME `multipart/related` message, the page's HTML and its
    pictures and styles as parts) → (its page's text, the charset it was read in, whether it is HTML). The page is the
    part the message names as its start, else its first `text/html` part (else its first `text/plain` one), decoded
    from its transfer encoding (quoted-printable or base64) in the charset its part states, else the one its
    `<meta charset>` states, else as a `.txt` is (`analysis.corpus.decode_bytes`: UTF-8, Windows-1258, …). A saved
    HTML page named `.mht` is read as the page it is."""
    import email
    import email.policy

    from analysis.corpus import _HTML_RE, ReadProblem, decode_bytes

    head = data[:2048].removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore")
    if _HTML_RE.match(head):
        text, encoding = decode_bytes(data, source_file)
        return text, encoding, True
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ReadProblem(
            source_file,
            "not a readable .mht (no MIME web archive in it: corrupt, or another format renamed .mht)",
        )
    parts = [p for p in message.walk() if not p.is_multipart()]
    start = (message.get_param("start") or "") if message.is_multipart() else ""
    start = str(start).strip("<>")

    def named_start(part) -> bool:
        return bool(start) and str(part.get("Content-ID", "")).strip().strip("<>") == start

    page = next((p for p in parts if named_start(p)), None)
    page = page or next((p for p in parts if p.get_content_type() == "text/html"), None)
    page = page or next((p for p in parts if p.get_content_type() == "text/plain"), None)
    if page is None:
        raise ReadProblem(source_file, "not a readable .mht (no web page among its parts: only pictures or styles)")
    body = page.get_payload(decode=True) or b""
    if not body.strip():
        raise ReadProblem(source_file, "empty web page in the .mht")
    is_html = page.get_content_type() == "text/html"
    charset = page.get_content_charset()
    if not charset and is_html and (m := _META_CHARSET.search(body[:4096])):
        charset = m.group(1).decode("ascii", "ignore").lower()
    if charset:
        try:
            return body.decode(charset), charset, is_html
        except (LookupError, UnicodeDecodeError):
            pass  # a charset Python does not know, or the part is not in it: read as a .txt would be
    text, encoding = decode_bytes(body, source_file)
    return text, encoding, is_html


# --- Spreadsheets ----------------------------------------------------------------------------------------------
# A budget or indicator appendix is often published as a spreadsheet. Its rows are written as a Word table's are
# (`_docx_rows`): a row a line, its cells separated by tabs, a merged cell's text once (at its first cell), so that
# analysis.extract.tables and the budget reader read it as they read any table. A sheet is a block under its name.

_HEAD_NUMBER = re.compile(r"\s*[+-]?[\d.,]+\s*%?\s*")
_HEAD_YEAR = re.compile(r"\s*(?:năm\s*)?(?:19|20)\d\d\s*", re.IGNORECASE)


def _cell_text(value, number_format: str = "General") -> str:
    """A spreadsheet cell as the sheet shows it, in Vietnamese notation: a decimal comma (`67,5`), a percent cell as
    a percent (0.95 shown `95%`), a date `dd/mm/yyyy`; whole numbers without separators (a year stays `2016`)."""
    import datetime as _dt

    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, _dt.datetime | _dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, int | float):
        percent = "%" in (number_format or "")
        x = value * 100 if percent else value
        x = round(x, 6)
        text = str(int(x)) if float(x).is_integer() else f"{x:.6f}".rstrip("0").replace(".", ",")
        return text + ("%" if percent else "")
    return " ".join(str(value).split())


def _header_like(cells: list[str]) -> bool:
    """A row of a table's header: words and years, no figure."""
    return any(cells) and not any(_HEAD_NUMBER.fullmatch(c) and not _HEAD_YEAR.fullmatch(c) for c in cells if c)


# Words over the cells of a two-row header that only group them (`Nguồn vốn` over the sources, `Phân kỳ thực hiện`
# over the years): the lower cell alone says what its column holds.
_GROUP_HEAD = re.compile(
    r"\s*(?:nguồn|trong\s*đó|chia\s*ra|bao\s*gồm|gồm|phân\s*kỳ|phân\s*bổ|lộ\s*trình|tiến\s*độ|thời\s*gian|theo\s*năm"
    r"|chi\s*tiết|dự\s*kiến)",
    re.IGNORECASE,
)


def _header_cell(parent: str, low: str) -> str:
    """A lower header cell with the cell spanning it: `Mục tiêu` over `Năm 2019` → `Mục tiêu Năm 2019`; a year over
    `Kế hoạch` → `Kế hoạch Năm 2018` (the kind first, as one row would write it); a grouping word over a source or
    a year → the lower cell alone."""
    if not parent:
        return low
    if _HEAD_YEAR.fullmatch(parent):
        return f"{low} {parent}"
    if _GROUP_HEAD.match(parent):
        return low
    return f"{parent} {low}"


def join_header_rows(rows: list[list[str]], spans: set[tuple[int, int]] | None = None) -> list[list[str]]:
    """A table's rows (cells in their columns, "" where empty or covered by a merged cell) with a header over two rows
    made one (`Mục tiêu` merged over `Năm 2019 | Năm 2020`, `STT`, `Chỉ tiêu` merged down over both): each lower cell
    under the cell spanning it, `Mục tiêu Năm 2019`, `Mục tiêu Năm 2020` (`_header_cell`). `spans` are the (row,
    column) of cells a merged cell covers to the right (known in a spreadsheet); without them a header cell followed
    by empty cells is taken to span them (an HTML table's colspan as trafilatura writes it)."""
    out: list[list[str]] = []
    i = 0
    while i < len(rows):
        row = list(rows[i])
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and _header_like(row) and _header_like(nxt):
            width = max(len(row), len(nxt))
            top = row + [""] * (width - len(row))
            low = list(nxt) + [""] * (width - len(nxt))
            covered = [(i, j) in spans if spans is not None else not top[j] and any(top[:j]) for j in range(width)]
            if (
                sum(map(bool, top)) >= 2
                and sum(map(bool, low)) >= 2
                and any(covered[j] and low[j] for j in range(width))
                and any(top[j] and not low[j] for j in range(width))
            ):
                merged = []
                for j in range(width):
                    parent, k = top[j], j
                    while not parent and k > 0 and covered[k]:
                        k -= 1
                        parent = top[k]
                    merged.append(_header_cell(parent, low[j]) if low[j] else top[j])
                row, i = merged, i + 1
        out.append(row)
        i += 1
    return out


def table_lines(rows: list[list[str]], spans: set[tuple[int, int]] | None = None) -> list[str]:
    """A table's rows (`join_header_rows`) → its lines: a row a line, cells separated by tabs, empty cells kept in
    their place (trailing ones dropped), a row of one cell as a line of its own (a title, a caption, `Đơn vị tính:
    triệu đồng`)."""
    out: list[str] = []
    for row in join_header_rows(rows, spans):
        cells = list(row)
        while cells and not cells[-1]:
            cells.pop()
        filled = [c for c in cells if c]
        if len(filled) == 1:
            out.append(filled[0])
        elif filled:
            out.append("\t".join(cells))
    return out


def read_xlsx(path: Path, source_file: str) -> str:
    """An Excel workbook (.xlsx, .xlsm): each sheet a block, its name a line of its own, then its rows (`table_lines`);
    a cell shows its cached value (a formula's last result, as Excel shows it)."""
    import openpyxl

    from analysis.corpus import ReadProblem

    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
        if "EncryptedPackage" in names:
            raise ReadProblem(source_file, "encrypted .xlsx (it needs a password): save an unlocked copy")
    elif path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE file: encrypted, or an .xls
        raise ReadProblem(
            source_file, "encrypted .xlsx, or an Excel 97-2003 workbook renamed .xlsx: save it unlocked as .xlsx"
        )
    try:
        with path.open("rb") as fh:  # (a file object: openpyxl refuses a name not ending .xlsx, an .xlsx saved as .xls)
            book = openpyxl.load_workbook(fh, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        raise ReadProblem(
            source_file, f"not a readable .xlsx (corrupt, or another format renamed): {type(exc).__name__}: {exc}"
        ) from exc
    blocks: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        spans: set[tuple[int, int]] = set()
        for rng in sheet.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col + 1, rng.max_col + 1):
                    spans.add((r - 1, c - 1))
        rows = [[_cell_text(c.value, c.number_format) for c in row] for row in sheet.iter_rows()]
        lines = table_lines(rows, spans)
        if lines:
            blocks.append("\n".join([sheet.title, *lines]))
    if not blocks:
        raise ReadProblem(source_file, "empty workbook (no cell holds anything)")
    return "\n\n".join(blocks)


def _sheet_block(title: str, rows: list[list[str]], spans: set[tuple[int, int]]) -> str | None:
    lines = table_lines(rows, spans)
    return "\n".join([title, *lines]) if lines else None


def read_xls(path: Path, source_file: str) -> str:
    """An Excel 97-2003 workbook (.xls: what many provincial portals still publish their appendices as), read with
    xlrd as `read_xlsx` reads an .xlsx: each visible sheet a block, merged header cells kept, a cell as the sheet
    shows it (its number format tells a percent or a date)."""
    import xlrd

    from analysis.corpus import ReadProblem

    head = path.read_bytes()[:8]
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, source_file)  # an .xlsx saved under the old name: read as what it is
    if head != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadProblem(
            source_file, "not a readable .xls (no Excel 97-2003 header: corrupt, or another format renamed)"
        )
    try:
        book = xlrd.open_workbook(path, formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd's XLRDError and struct errors for a damaged or encrypted workbook
        what = "encrypted .xls (it needs a password): save an unlocked copy" if "encrypt" in str(exc).lower() else (
            f"not a readable .xls (corrupt, or another format renamed): {type(exc).__name__}: {exc}"
        )  # fmt: skip
        raise ReadProblem(source_file, what) from exc
    blocks: list[str] = []
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        if sheet.visibility != 0:  # 1 hidden, 2 very hidden
            continue
        spans = {
            (r, c) for rlo, rhi, clo, chi in sheet.merged_cells for r in range(rlo, rhi) for c in range(clo + 1, chi)
        }
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None else None
                value = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        value = xlrd.xldate_as_datetime(value, book.datemode)
                    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                        pass
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    value = None
                row.append(_cell_text(value, fmt.format_str if fmt else "General"))
            rows.append(row)
        block = _sheet_block(sheet.name, rows, spans)
        if block:
            blocks.append(block)
        book.unload_sheet(index)
    if not blocks:
        raise ReadProblem(source_file, "empty workbook (no cell holds anything)")
    return "\n\n".join(blocks)


# A sheet's last row or column is often repeated to the sheet's end (a million empty rows): such repeats are cut.
_ODS_MAX_REPEAT = 1000


def read_ods(path: Path, source_file: str) -> str:
    """An OpenDocument spreadsheet (.ods, what LibreOffice saves), read with odfpy as `read_xlsx` reads an .xlsx: each
    visible sheet a block, a cell spanning columns kept as a spanning header, a cell as the sheet shows it (a
    percent cell as a percent, a date dd/mm/yyyy)."""
    import datetime as _dt

    from odf import opendocument, teletype
    from odf.namespaces import OFFICENS, TABLENS
    from odf.style import Style, TableProperties
    from odf.table import Table

    from analysis.corpus import ReadProblem

    if not zipfile.is_zipfile(path):
        raise ReadProblem(
            source_file, "not a readable .ods (not an OpenDocument package: corrupt, or another format renamed)"
        )
    try:
        doc = opendocument.load(str(path))
    except Exception as exc:  # odfpy raises many kinds for a broken package
        raise ReadProblem(
            source_file, f"not a readable .ods (corrupt, or another format renamed): {type(exc).__name__}: {exc}"
        ) from exc
    if "spreadsheet" not in (doc.mimetype or ""):
        raise ReadProblem(
            source_file, f"not a spreadsheet but an OpenDocument {doc.mimetype or 'file'}: save it as .ods"
        )

    def cell_text(cell) -> str:
        kind = cell.attributes.get((OFFICENS, "value-type"))
        value = cell.attributes.get((OFFICENS, "value"))
        if kind in ("float", "currency") and value is not None:
            return _cell_text(float(value))
        if kind == "percentage" and value is not None:
            return _cell_text(float(value), "0%")
        if kind == "date" and cell.attributes.get((OFFICENS, "date-value")):
            try:
                return _cell_text(_dt.date.fromisoformat(cell.attributes[(OFFICENS, "date-value")][:10]))
            except ValueError:
                pass
        return " ".join(teletype.extractText(cell).split())

    hidden = {  # a sheet hidden in LibreOffice: its table style says `table:display="false"`
        style.getAttribute("name")
        for style in doc.automaticstyles.getElementsByType(Style)
        for props in style.getElementsByType(TableProperties)
        if str(props.getAttribute("display")).lower() == "false"
    }
    blocks: list[str] = []
    for table in doc.spreadsheet.getElementsByType(Table):
        if table.getAttribute("stylename") in hidden:
            continue
        rows: list[list[str]] = []
        spans: set[tuple[int, int]] = set()
        for row in _ods_rows(table):
            cells: list[str] = []
            for cell in row.childNodes:
                if cell.qname[0] != TABLENS or cell.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                text = cell_text(cell) if cell.qname[1] == "table-cell" else ""
                repeat = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1))
                if not text:
                    repeat = min(repeat, _ODS_MAX_REPEAT)
                across = int(cell.attributes.get((TABLENS, "number-columns-spanned"), 1))
                down = int(cell.attributes.get((TABLENS, "number-rows-spanned"), 1))
                for _ in range(repeat):
                    col = len(cells)
                    cells.append(text)
                    for r in range(len(rows), len(rows) + down):
                        spans.update((r, c) for c in range(col + 1, col + across))
            repeat = int(row.attributes.get((TABLENS, "number-rows-repeated"), 1))
            if not any(cells):
                repeat = min(repeat, 1)
            rows.extend(list(cells) for _ in range(min(repeat, _ODS_MAX_REPEAT)))
        width = max((len(r) for r in rows), default=0)
        rows = [r + [""] * (width - len(r)) for r in rows]
        block = _sheet_block(str(table.getAttribute("name") or ""), rows, spans)
        if block:
            blocks.append(block)
    if not blocks:
        raise ReadProblem(source_file, "empty workbook (no cell holds anything)")
    return "\n\n".join(blocks)


def _ods_rows(table):
    """A sheet's rows in order, those inside row groups and header-row blocks included."""
    from odf.namespaces import TABLENS

    for node in table.childNodes:
        if node.qname[0] != TABLENS:
            continue
        if node.qname[1] == "table-row":
            yield node
        elif node.qname[1] in ("table-row-group", "table-header-rows", "table-rows"):
            yield from _ods_rows(node)


def read_csv(text: str) -> str:
    """A table saved as .csv (already decoded): its delimiter sniffed (`;` as Excel writes it where the decimal mark
    is a comma, `,`, tab), its rows written as `table_lines` does."""
    import csv
    import io

    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";\t,"}
        delimiter = max(counts, key=counts.get)
    rows = [[" ".join(c.split()) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return "\n".join(table_lines(rows))
