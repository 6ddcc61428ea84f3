"""Reading plan texts: bytes → NFC text with LF line ends, or a clear reason why not.

A folder of sources is read file by file; a file that cannot be read is reported by name with the reason
and the others are still read. Offsets everywhere in the bundle refer to the text returned here.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["ReadProblem", "SourceText", "decode_bytes", "read_corpus", "read_manifest", "read_source"]

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ""}
# Plan texts are tens of kilobytes; a file far larger is a dump, a log or a mistake, and would hold up a build.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A plan, decision or article about IT plans names its subject; a text that names none of these is not one.
_PLAN_VOCABULARY = re.compile(
    r"công\s*nghệ\s*thông\s*tin|cntt|chính\s*(?:phủ|quyền)\s*điện\s*tử|dịch\s*vụ\s*công\s*trực\s*tuyến"
    r"|ứng\s*dụng\s*(?:cntt|công\s*nghệ)",
    re.IGNORECASE,
)


class ReadProblem(Exception):
    """A source file that cannot be used, with a reason a person can act on."""

    def __init__(self, source_file: str, reason: str):
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason


@dataclass
class SourceText:
    source_file: str  # the file's own name
    path: Path
    text: str  # NFC, LF line ends
    sha256: str  # of the raw bytes
    encoding: str
    was_html: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def n_chars(self) -> int:
        return len(self.text)


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


class _TextFromHTML(HTMLParser):
    """Visible text of an HTML page; script and style contents are dropped, entities decoded."""

    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in self._BLOCK or tag in ("td", "th"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_HTML_RE = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    parser = _TextFromHTML()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\xa0]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def normalise(text: str) -> str:
    """NFC with LF line ends; the text every offset in the bundle refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one file. Raises ReadProblem with the reason when it cannot be used."""
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
    if was_html:
        text = html_to_text(text)
    text = normalise(text)
    if not text.strip():
        raise ReadProblem(name, "no text left after decoding" + (" the HTML page" if was_html else ""))
    if not _PLAN_VOCABULARY.search(text):
        raise ReadProblem(
            name,
            "does not look like an IT plan (it never mentions công nghệ thông tin, CNTT, chính phủ điện tử "
            "or dịch vụ công trực tuyến)",
        )
    return SourceText(name, path, text, hashlib.sha256(data).hexdigest(), encoding, was_html)


def iter_source_paths(raw_dir: Path) -> list[Path]:
    """Plan texts in a folder: every regular file except the manifest, READMEs and hidden files."""
    paths = []
    for p in sorted(raw_dir.iterdir()):
        if p.name.startswith(".") or not p.is_file():
            continue
        if p.name in ("MANIFEST.csv", "README.md", "README.txt"):
            continue
        if p.suffix.lower() not in TEXT_SUFFIXES:
            continue
        paths.append(p)
    return paths


def read_corpus(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[ReadProblem]]:
    """Read every plan text in `raw_dir`. Returns (read sources, problems); never raises for one file."""
    sources, problems = [], []
    for path in iter_source_paths(raw_dir):
        try:
            sources.append(read_source(path, max_bytes))
        except ReadProblem as problem:
            problems.append(problem)
    return sources, problems


MANIFEST_COLUMNS = ["file", "sha256", "province", "kind", "source"]


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """MANIFEST.csv rows keyed by file name, or {} when the folder has none (a manifest is optional)."""
    path = raw_dir / "MANIFEST.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}
