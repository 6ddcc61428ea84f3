"""Reading plan texts: bytes → NFC text with LF line ends, or a clear reason why not.

A folder of sources is read file by file; a file that cannot be read is reported by name with the reason
and the others are still read. Offsets everywhere in the bundle refer to the text returned here.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
import unicodedata
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from analysis.formats import IMAGE_SUFFIXES, drop_footnote_marks
from analysis.legacy_fonts import from_tcvn3, from_vni, looks_like_tcvn3, looks_like_vni, to_vietnamese
from analysis.webpage import page_text

__all__ = ["ReadProblem", "SourceText", "decode_bytes", "read_corpus", "read_manifest", "read_source"]

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ""}
FORMAT_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pptx": "pptx",
    ".mht": "mht",
    ".mhtml": "mht",
    ".csv": "csv",
    **dict.fromkeys(IMAGE_SUFFIXES, "image"),
}
# The reader's version: a cached text (texts/<sha256>.txt) read by another version is read again.
READER_VERSION = "19"  # 2: `ƣ` read as `ư` (see normalise); 3: a web page's article, not its menus (webpage.py);
# 4: OCR'd words with a misread mark put right (ocr_words.py); 5: ruled PDF tables and Word tables a row per line;
# 6: a text typed in TCVN3 or VNI read as Vietnamese (legacy_fonts.py), a page scanned turned read upright;
# 7: a PDF's list aligned by tab stops a row per line, a column's rule beside a ruled table no border of it;
# a scanned ruled table's rows rebuilt from its rules
# 8: spreadsheets (.xlsx, .csv), a web page's table header over two rows made one and its tables of figures
# kept in a page laid out with tables, a Word file's section header read, footnote markers left out
# 9: a Word file's runs set in a TCVN3 or VNI font read by their font inside a Unicode text; .xls and .ods read
# 10: .odt and .rtf read; footnote markers glued to figures (`612[2] dịch vụ`, `95%¹`) left out of plain texts and
# web pages as they were of Word files and PDFs; a web page's footnote references (`<sup>`, Word's `_ftnref`) dropped
# (and OCR: a scanned table's staggered cells aligned, a grey page's cells made black on white, glued syllables split)
# 11: a Word file's text boxes read (once, not their VML fallback); a PDF's text set upright in a rotated header
# cell whole; two ruled tables side by side given apart; a ruled cell merged down over rows given in each row
# 12: a Word file's footnotes and endnotes read, each after the paragraph (or table) citing it; PowerPoint .pptx (a
# slide a page, its speaker notes after it) and web pages saved as one .mht/.mhtml file read
# 13: a Word file's tracked insertions and content controls read (inline and block), its tracked deletions not
# 14: OCR: a doubted figure with a stray sign read again alone; a sure word's wrong mark between two domain phrases
# put right; a colour scan's coloured ink (a red stamp) made light; a round stamp's rings erased
# 15: a PDF's running headers, footers and page numbers left out (a sentence cut across a page is one), its footnotes
# at the page foot read after the paragraph the page ends with, a marker on a line of its own left out, a ruled
# table's rows in the order they stand and a cell merged down over rows whose border has gaps given in each row
# 16: a turned PDF page (`/Rotate`) read as shown; a PDF's marks stored apart from their letters (NFD) kept on their
# line; a `.VnTime` PDF's `ư` given as `-` (or a soft hyphen) read as ư, its capitals' words in capitals; a Unicode
# text's lines in TCVN3 or VNI read line by line; OCR: a syllable glued to its number (`năm2018`) and two glued
# syllables with a mark misread (`Thụchiện`) written apart
# 17: a PDF page whose text layer is glyph codes (its font without a Unicode map) read by OCR, as a scan
# 18: a PDF's table printed with no rules a row per line (its cells' lines gathered by the columns' gutters); OCR:
# a colour scan's faintly coloured ink (a thin red ring smeared by JPEG) made light as strong colour is
# 19: OCR: a scanned table printed with no rules a row per line too (its words' boxes gathered by the gutters), a
# table's rules found through a stamp's ring, a ruled cell left unread read alone, a row's number or year and a
# section's roman number misread put right from what stands around them
# Plan texts are tens of kilobytes; a file far larger is a dump, a log or a mistake, and would hold up a build.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A plan, decision or article about IT plans names its subject; a text that names none of these is not one. News of
# one part of it often names only that part (`100% cơ quan được cấp hộp thư điện tử công vụ`, `Đã cấp chữ ký số
# chuyên dùng …`): those words count too.
_PLAN_VOCABULARY = re.compile(
    r"công\s*nghệ\s*thông\s*tin|cntt|chính\s*(?:phủ|quyền)\s*(?:điện\s*tử|số)|dịch\s*vụ\s*công\s*trực\s*tuyến"
    r"|ứng\s*dụng\s*(?:cntt|công\s*nghệ|tin\s*học)|tin\s*học\s*hóa|chuyển\s*đổi\s*số"
    # (`tài khoản thư công vụ`, `văn bản … được ký số` in a news item naming neither IT nor e-mail: stop 27 review; not
    # `ký số` alone, which banks, schools and hospitals do too, nor a post office's `thư công vụ`)
    r"|thư\s*điện\s*tử|(?:hộp|tài\s*khoản|dùng|sử\s*dụng)\s*thư\s*công\s*vụ|văn\s*bản[^.\n]{0,80}?\bký\s*số\b"
    r"|\bký\s*số\s*(?:các\s*)?văn\s*bản|chữ\s*ký\s*số|văn\s*bản\s*điện\s*tử|quản\s*lý\s*văn\s*bản\s*và\s*điều\s*hành"
    r"|một\s*cửa\s*điện\s*tử|cổng\s*thông\s*tin\s*điện\s*tử|tích\s*hợp\s*dữ\s*liệu|truyền\s*số\s*liệu\s*chuyên\s*dùng"
    r"|hội\s*nghị\s*truyền\s*hình|giao\s*ban\s*(?:điện\s*tử|trực\s*tuyến)|họp\s*trực\s*tuyến|mạng\s*(?:diện\s*rộng|wan)"
    # the words of digital government a sector's news uses without naming IT (`phát triển hạ tầng số, nền tảng số, kết
    # nối, chia sẻ dữ liệu`, `tổ công nghệ số cộng đồng`)
    r"|(?:hạ\s*tầng|nền\s*tảng|công\s*nghệ)\s*số\b(?!\s*\d)|chia\s*sẻ\s*dữ\s*liệu"
    # procedures offered online at a level (`TTHC … được cung cấp trực tuyến ở mức độ 2`, `thủ tục trực tuyến mức 3`)
    r"|trực\s*tuyến\s*(?:ở\s*)?(?:mức|cấp)\s*(?:độ\s*)?[1-4]\b",
    re.IGNORECASE,
)


class ReadProblem(Exception):
    """A source file that cannot be used, with a reason a person can act on."""

    def __init__(self, source_file: str, reason: str):
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason

    def __reduce__(self):  # travels back from worker processes and Dask workers intact
        return (ReadProblem, (self.source_file, self.reason))


@dataclass
class SourceText:
    source_file: str  # the file's own name
    path: Path
    text: str  # NFC, LF line ends
    sha256: str  # of the raw bytes
    encoding: str
    was_html: bool = False
    notes: list[str] = field(default_factory=list)
    # text | html | mht | pdf | pdf-ocr | image-ocr | docx | doc | odt | rtf | pptx | xlsx | xls | ods | csv
    source_format: str = "text"
    pages: int | None = None  # PDF pages (the text has a form feed between pages)
    ocr_pages: int = 0  # pages read by OCR
    ocr_confidence: float | None = None  # Tesseract's mean word confidence (0-100) over the OCR'd pages

    @property
    def n_chars(self) -> int:
        return len(self.text)


_NO_TEXT_PDF = "a PDF with pages of no readable text (scanned, or a font with no Unicode map)"


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for Latin-range text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# Control bytes that never occur in text (tab, line feed, form feed, carriage return and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _is_binary(data: bytes) -> bool:
    sample = data[:8000]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return control / max(1, len(sample)) > 0.05


_VIETNAMESE_MARKS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def decode_bytes(data: bytes, source_file: str = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to text. Returns (text, encoding name). Raises ReadProblem."""
    if not data.strip():
        raise ReadProblem(source_file, "empty file")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                reason = f"starts with a {name} byte-order mark but is not {name}: {exc}"
                raise ReadProblem(source_file, reason) from exc
    utf16 = _looks_like_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    # NUL bytes and control characters are valid UTF-8 but no text file has them (UTF-16 is handled above).
    if _is_binary(data):
        raise ReadProblem(source_file, "binary file, not text (is it a PDF, Word or image file renamed .txt?)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A text typed in the TCVN3 or VNI font encoding (analysis.legacy_fonts) saved as it is: bytes of Latin-1 letters.
    if looks_like_tcvn3(legacy := data.decode("latin-1")):
        return from_tcvn3(legacy), "tcvn3"
    if looks_like_vni(legacy):
        return from_vni(legacy), "vni"
    # Legacy Vietnamese code pages. Windows-1258 is what Vietnamese Windows saves; it decodes almost any
    # byte string, so only accept it when the result has Vietnamese letters.
    for name in ("cp1258",):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _VIETNAMESE_MARKS.search(unicodedata.normalize("NFC", text)):
            return text, name
    from charset_normalizer import from_bytes  # imported here: only legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise ReadProblem(source_file, "unknown text encoding (not UTF-8, UTF-16 or Windows-1258)")
    return str(best), best.encoding


# A page saved from a browser may open with a comment (`<!-- saved from url=… -->`) or an XML declaration.
_HTML_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >]|<table)",
    re.IGNORECASE | re.DOTALL,
)


# Text layers of PDFs made with some Vietnamese fonts write `ư`/`Ư` as `ƣ`/`Ƣ` (U+01A3/U+01A2, letters no Vietnamese
# word has: `ngƣời`, `đƣợc`, `trƣờng`); they are read as what they stand for, one character for one. (`str.replace`,
# only when present: `str.translate` with a table goes character by character and cost more than reading the file.)
_PDF_FONT_LETTERS = {"ƣ": "ư", "Ƣ": "Ư"}


def normalise(text: str) -> str:
    """NFC with LF line ends, `ƣ` read as `ư`, and a text typed in TCVN3 or VNI (a Word file's or a PDF's text in
    `.VnTime`: `c«ng nghÖ`, in `VNI-Times`: `coâng ngheä`) read as the Vietnamese it stands for; the text every
    offset in the bundle refers to."""
    text = to_vietnamese(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for letter, meant in _PDF_FONT_LETTERS.items():
        if letter in text:
            text = text.replace(letter, meant)
    return text


def _check_text(name: str, text: str, what: str = "") -> None:
    if not text.strip():
        raise ReadProblem(name, "no text left after decoding" + what)
    if not _PLAN_VOCABULARY.search(text):
        if _in_english(text):  # an English news item about a province's e-government: say why it is not read
            raise ReadProblem(
                name,
                "written in English: ictplans reads Vietnamese texts (its rules and cue words are Vietnamese); "
                "use the Vietnamese original of the page",
            )
        raise ReadProblem(
            name,
            "does not look like an IT plan (it never mentions công nghệ thông tin, CNTT, chính quyền điện tử, "
            "dịch vụ công trực tuyến, thư điện tử, chữ ký số or another word of e-government)",
        )


# Letters only Vietnamese writes (vowels with a tone or a hook, đ): English has none of them.
_VIETNAMESE_LETTERS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|are|for|with|that|has|have|was|were)\b", re.I)


def _in_english(text: str) -> bool:
    """Whether a text is English prose: common English words are frequent and Vietnamese letters rare (a
    Vietnamese text written without diacritics has neither)."""
    words = len(text.split())
    return (
        words >= 30
        and len(_ENGLISH_WORDS.findall(text)) >= 0.12 * words
        and len(_VIETNAMESE_LETTERS.findall(text)) < 0.15 * words  # names of places and people have some
    )


def _read_text_file(path: Path, max_bytes: int, cache_dir: Path | None) -> SourceText:
    name = path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadProblem(
                name,
                f"too large: {size / 2**20:.1f} MB (limit {max_bytes / 2**20:.0f} MB; plan texts are well under 1 MB)"
                " — split it, or raise the limit with --max-mb",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReadProblem(name, f"cannot be opened: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data, name)
    was_html = bool(_HTML_RE.match(text[:2000]))
    return _text_source(name, path, data, text, encoding, was_html, "html" if was_html else "text", cache_dir)


def _text_source(
    name: str, path: Path, data: bytes, text: str, encoding: str, was_html: bool, fmt: str, cache_dir: Path | None
) -> SourceText:
    """A decoded text or web page (a saved page's article, `page_text`) → the source, cached."""
    notes = []
    if was_html:
        page = page_text(text)
        text, notes = page.text, [page.note]
        if not _PLAN_VOCABULARY.search(text) and _PLAN_VOCABULARY.search(page.whole):
            # the block taken for the article never names e-government, the page does: read it whole, never lose it
            text, notes = page.whole, ["HTML page read whole (the block taken for its article is about another thing)"]
    text = drop_footnote_marks(normalise(text))
    _check_text(name, text, " the HTML page" if was_html else "")
    source = SourceText(
        name, path, text, hashlib.sha256(data).hexdigest(), encoding, was_html, notes, source_format=fmt
    )
    _cache_put(cache_dir, source)
    return source


# --- the text cache: data/interim/texts/<sha256>.txt (+ .json: how it was read) ---------------------------


def _cache_get(cache_dir: Path | None, name: str, path: Path, sha: str) -> SourceText | None:
    if cache_dir is None:
        return None
    meta_path, text_path = cache_dir / f"{sha}.json", cache_dir / f"{sha}.txt"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("reader") != READER_VERSION:
            return None
        text = text_path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    return SourceText(
        name, path, text, sha, "", notes=["text from the cache"],
        source_format=meta["source_format"], pages=meta.get("pages"), ocr_pages=meta.get("ocr_pages", 0),
        ocr_confidence=meta.get("ocr_confidence"),
    )  # fmt: skip


def _cache_put(cache_dir: Path | None, source: SourceText) -> None:
    """Keep the text read from a source by its sha256, so a rebuild never reads (or OCRs) it twice."""
    if cache_dir is None:
        return
    from analysis.atomic import atomic_write_text

    meta = {
        "reader": READER_VERSION,
        "source_format": source.source_format,
        "pages": source.pages,
        "ocr_pages": source.ocr_pages,
        "ocr_confidence": source.ocr_confidence,
        "first_seen_as": source.source_file,
    }
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(cache_dir / f"{source.sha256}.txt", source.text)
        atomic_write_text(cache_dir / f"{source.sha256}.json", json.dumps(meta, ensure_ascii=False))
    except OSError:  # two workers writing the same text at once, or a read-only cache: not worth failing for
        pass


# --- PDF and Word --------------------------------------------------------------------------------------


@dataclass
class PendingOCR:
    """A PDF whose scanned pages, or a scanned image whose pages, still need OCR (done page by page on the executor,
    then `finish_ocr`)."""

    name: str
    path: Path
    sha256: str
    pages: list  # per page: lines of the text layer, or None for a scanned page
    source_format: str = "pdf-ocr"

    @property
    def scanned(self) -> list[int]:
        return [i for i, p in enumerate(self.pages) if p is None]


def _finish(name: str, path: Path, text: str, sha: str, cache_dir: Path | None, **how) -> SourceText:
    source = SourceText(name, path, normalise(text).strip("\n") + "\n", sha, "", **how)
    _cache_put(cache_dir, source)  # cached before the plan check: a non-plan scan is not OCR'd again either
    _check_text(name, source.text)
    return source


def _read_document(path: Path, fmt: str, cache_dir: Path | None) -> SourceText | PendingOCR:
    from analysis import formats

    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadProblem(name, f"cannot be opened: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadProblem(name, "empty file")
    sha = hashlib.sha256(data).hexdigest()
    cached = _cache_get(cache_dir, name, path, sha)
    if cached is not None:
        _check_text(name, cached.text)
        return cached
    if fmt == "pdf":
        if b"%PDF-" not in data[:1024]:
            raise ReadProblem(name, "not a PDF (no PDF header: corrupt, or another format renamed .pdf)")
        read = formats.pdf_pages(path, name)
        if read.scanned:
            # (a page with no readable text is a scan, or a font with no Unicode map whose text layer is glyph codes)
            missing = formats.ocr_available(_NO_TEXT_PDF)
            if missing:
                raise ReadProblem(name, missing)
            return PendingOCR(name, path, sha, read.pages)
        return _finish(name, path, formats.pdf_text(read.pages, read.widths), sha, cache_dir, source_format="pdf",
                       pages=len(read.pages))  # fmt: skip
    if fmt == "image":
        n_pages = formats.image_pages(path, name)
        missing = formats.ocr_available("a scanned image")
        if missing:
            raise ReadProblem(name, missing)
        return PendingOCR(name, path, sha, [None] * n_pages, source_format="image-ocr")
    if fmt == "docx":
        return _finish(name, path, formats.read_docx(path, name), sha, cache_dir, source_format="docx")
    if fmt == "xlsx":
        return _finish(name, path, formats.read_xlsx(path, name), sha, cache_dir, source_format="xlsx")
    if fmt == "odt":
        return _finish(name, path, formats.read_odt(path, name), sha, cache_dir, source_format="odt")
    if fmt == "rtf":
        return _finish(name, path, formats.read_rtf(data, name), sha, cache_dir, source_format="rtf")
    if fmt == "pptx":
        text = formats.read_pptx(path, name)
        return _finish(name, path, text, sha, cache_dir, source_format="pptx", pages=text.count("\f") + 1)
    if fmt == "mht":  # a saved web page in one file: its page read as an .html file is
        text, encoding, is_html = formats.mht_page(data, name)
        return _text_source(name, path, data, text, encoding, is_html, "mht", cache_dir)
    if fmt in ("xls", "ods"):
        read = formats.read_xls if fmt == "xls" else formats.read_ods
        return _finish(name, path, read(path, name), sha, cache_dir, source_format=fmt)
    if fmt == "csv":
        text, encoding = decode_bytes(data, name)
        source = _finish(name, path, formats.read_csv(text), sha, cache_dir, source_format="csv")
        source.encoding = encoding
        return source
    return _finish(name, path, formats.read_doc(path, name), sha, cache_dir, source_format="doc")


def _html_in_disguise(path: Path) -> bool:
    """A file whose first bytes are HTML markup (`<html`, `<table`, `<!DOCTYPE`), whatever its name says."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    return bool(_HTML_RE.match(head.removeprefix(codecs.BOM_UTF8).decode("utf-8", "ignore")))


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: Path | None = None):
    """The per-file task: SourceText, PendingOCR (scanned pages to OCR), or the ReadProblem. Never raises for
    a bad file, so that it can run on any executor."""
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES or (suffix == ".xls" and _html_in_disguise(path)):
            # (a portal's `Xuất Excel` often saves an HTML table named .xls: it is read as the page it is)
            return _read_text_file(path, max_bytes, cache_dir)
        if suffix in FORMAT_SUFFIXES:
            return _read_document(path, FORMAT_SUFFIXES[suffix], cache_dir)
        from analysis.formats import unsupported_reason

        return ReadProblem(path.name, unsupported_reason(suffix))
    except ReadProblem as problem:
        return problem
    except Exception as exc:  # a reader's bug or a file no reader foresaw: named, never a lost build
        return ReadProblem(path.name, f"could not be read ({type(exc).__name__}: {exc})")


def ocr_page_task(path: str, index: int) -> tuple | str:
    """OCR one page on a worker; a failure comes back as its message instead of stopping the others."""
    from analysis.formats import ocr_page

    try:
        return ocr_page(path, index)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def finish_ocr(pending: PendingOCR, results: dict[int, tuple | str], cache_dir: Path | None) -> SourceText:
    """Put OCR'd pages in the place of the scanned ones; the mean word confidence is kept with the text."""
    from analysis.formats import pdf_text

    pages, conf_sum, n_words = list(pending.pages), 0.0, 0
    for index in pending.scanned:
        got = results[index]
        if isinstance(got, str):
            raise ReadProblem(pending.name, f"OCR failed on page {index + 1}: {got}")
        pages[index], page_conf, page_words = got
        conf_sum, n_words = conf_sum + page_conf, n_words + page_words
    return _finish(
        pending.name, pending.path, pdf_text(pages), pending.sha256, cache_dir, source_format=pending.source_format,
        pages=len(pages), ocr_pages=len(pending.scanned),
        ocr_confidence=round(conf_sum / n_words, 1) if n_words else 0.0,
    )  # fmt: skip


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: Path | None = None) -> SourceText:
    """Read one file of any format (OCR in this process). Raises ReadProblem with the reason when it cannot
    be used."""
    result = read_file(path, max_bytes, cache_dir)
    if isinstance(result, PendingOCR):
        result = finish_ocr(result, {i: ocr_page_task(str(path), i) for i in result.scanned}, cache_dir)
    if isinstance(result, ReadProblem):
        raise result
    return result


def iter_source_paths(raw_dir: Path) -> list[Path]:
    """Every regular file in a folder except the manifest, READMEs and hidden files: each one is either read
    or named with the reason it is not."""
    paths = []
    for p in sorted(raw_dir.iterdir()):
        if p.name.startswith(".") or not p.is_file():
            continue
        if p.name in ("MANIFEST.csv", "README.md", "README.txt"):
            continue
        paths.append(p)
    return paths


def read_corpus(
    raw_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    executor: Executor | None = None,
    cache_dir: Path | None = None,
) -> tuple[list[SourceText], list[ReadProblem]]:
    """Read every file in `raw_dir`. Returns (read sources, problems), in file-name order; never raises for
    one file. Files are read on `executor` (default: this process); the scanned pages of every PDF are then
    OCR'd there as separate tasks, so the pages of one long scan run in parallel too. `cache_dir` keeps
    each text by its sha256 (texts/): a cached PDF or Word file is not read again."""
    from analysis.executors import InlineExecutor, run_all

    executor = executor or InlineExecutor()
    paths = [p.resolve() for p in iter_source_paths(raw_dir)]
    first = run_all(executor, read_file, [(p, max_bytes, cache_dir) for p in paths])
    tasks = [(str(r.path), i) for r in first if isinstance(r, PendingOCR) for i in r.scanned]
    ocr = dict(zip(tasks, run_all(executor, ocr_page_task, tasks), strict=True))
    sources, problems = [], []
    for result in first:
        if isinstance(result, PendingOCR):
            try:
                result = finish_ocr(result, {i: ocr[(str(result.path), i)] for i in result.scanned}, cache_dir)
            except ReadProblem as problem:
                result = problem
        (problems if isinstance(result, ReadProblem) else sources).append(result)
    return sources, problems


MANIFEST_COLUMNS = ["file", "sha256", "province", "kind", "source"]


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """MANIFEST.csv rows keyed by file name, or {} when the folder has none (a manifest is optional)."""
    path = raw_dir / "MANIFEST.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}
