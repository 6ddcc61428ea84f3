"""Post-OCR correction of marks in the domain's words: `quần lý văn bản` → `quản lý văn bản`.

Tesseract's Vietnamese model reads letters well but often puts a mark wrong (quản → quần/quân, xã → xâ, dịch →
địch, điều → điểu, nối → nổi) or a capital in a lower-case word (`triỆt`, `bỘ`); the rules look for exact words,
so one `quần lý văn bản` costs a plan its document-management facts. Applied only to OCR'd words (formats.py,
to a page's words in reading order, so that a phrase wrapped over two lines counts, before the lines are
joined), so the corrected text is the text read and every
offset is honest.

The correction is SAFE by construction:
- it replaces a pair of adjacent words only, never a lone word (a lone word is too often ambiguous: chi / chỉ);
- the pair must not be a phrase of the domain vocabulary itself, and its letters once the marks are removed
  (đ read as d, case ignored) must be those of exactly ONE phrase of the vocabulary;
- a word that belongs to a phrase found as written on the line is never changed;
- only marks change: the letters, the case pattern and the punctuation around the words stay.

The vocabulary is data: the two-word runs of the cue words (src/analysis/cue_words.yaml, their plain words) and
the committed list of the commonest plan phrases (src/analysis/ocr_words.txt), which also holds the real phrases
whose letters meet a listed one's, so that they stay as written.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from importlib import resources

import yaml

__all__ = ["bare", "fix_line", "split_glued", "vocabulary"]

_D = str.maketrans({"đ": "d", "Đ": "d"})
_WORD = re.compile(r"^([^\w]*)(\w+)([^\w]*)$")
_REGEX_SYNTAX = re.compile(r"\(\?:|[()?|*+\[\]{}\\.,;:/&-]")


def bare(text: str) -> str:
    """`text` lower case without its marks: `Quản lý` → `quan ly`, `địch` → `dich`."""
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_D))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pairs(phrase: str) -> list[str]:
    words = phrase.split()
    return [f"{a} {b}" for a, b in itertools.pairwise(words)]


@functools.cache
def vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The domain's two-word phrases (lower case, NFC) and, by their bare letters, the phrases that have them."""
    files = resources.files("analysis")
    phrases: set[str] = set()
    for line in files.joinpath("ocr_words.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        phrases.update(_pairs(unicodedata.normalize("NFC", line)))
    cues = yaml.safe_load(files.joinpath("cue_words.yaml").read_text(encoding="utf-8")) or {}
    for words in cues.values():
        for cue in words:
            for run in _REGEX_SYNTAX.split(str(cue).lower()):
                phrases.update(_pairs(unicodedata.normalize("NFC", run)))
    phrases = {p for p in phrases if all(_WORD.match(w) and w.isalpha() for w in p.split())}
    by_letters: dict[str, list[str]] = {}
    for p in sorted(phrases):
        by_letters.setdefault(bare(p), []).append(p)
    return frozenset(phrases), {k: tuple(v) for k, v in by_letters.items()}


def _cased(like: str, word: str) -> str:
    """`word` (lower case) written in the case of `like`: `QUẦN` → `QUẢN`, `Quần` → `Quản`."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _lower_stray_capital(word: str) -> str:
    """A lower-case word with a marked capital inside (`triỆt`, `bỘ,`): Tesseract's case, not the writer's."""
    if word[:1].islower() and any(c.isupper() and not c.isascii() for c in word[1:]):
        return word.lower()
    return word


def _capital_read_for_small(word: str, following: str, phrases: frozenset[str]) -> str:
    """A capitalised word read all in capitals by a marked capital (`TỶ lệ`, `SỐ đơn vị`: Ỷ for ỷ, Ố for ố) before a
    lower-case word: the word as written, capital first, when the pair is a phrase of the domain. A heading in
    capitals goes on in capitals (`TỶ LỆ`), and an abbreviation has no such pair (`UBND cấp`)."""
    if (
        len(word) >= 2
        and word.isalpha()
        and word.isupper()
        and any(not c.isascii() for c in word[1:])
        and following[:1].islower()
        and (m := _WORD.match(following)) is not None
        and unicodedata.normalize("NFC", f"{word} {m[2]}".lower()) in phrases
    ):
        return word[0] + word[1:].lower()
    return word


def fix_line(words: list[str], doubted: list[bool] | None = None) -> list[str]:
    """OCR'd words in reading order (a line, or a page's lines one after the other), the marks of the domain's
    phrases put right. With `doubted` (one flag a word: Tesseract was unsure of it), only a doubted word is ever
    changed: a word read with confidence is what the page says, even when its pair is in no list (`chi cho`, `đáp
    ứng đúng` are real Vietnamese)."""
    words = [_lower_stray_capital(w) for w in words]
    phrases, by_letters = vocabulary()
    for i in range(len(words) - 1):
        words[i] = _capital_read_for_small(words[i], words[i + 1], phrases)
    parts = [_WORD.match(w) for w in words]
    cores = [unicodedata.normalize("NFC", m[2].lower()) if m and m[2].isalpha() else None for m in parts]

    def joined(i: int) -> bool:  # words i and i+1 can form a phrase: letters, no punctuation between them
        a, b = parts[i], parts[i + 1]
        return bool(cores[i] and cores[i + 1] and not a[3] and not b[1])

    locked = [False] * len(words)
    for i in range(len(words) - 1):
        if joined(i) and f"{cores[i]} {cores[i + 1]}" in phrases:
            locked[i] = locked[i + 1] = True
    out = list(words)
    for i in range(len(words) - 1):
        if not joined(i) or f"{cores[i]} {cores[i + 1]}" in phrases:
            continue
        found = by_letters.get(bare(f"{cores[i]} {cores[i + 1]}"), ())
        if len(found) != 1:
            continue
        new = found[0].split()
        if any(locked[j] and new[j - i] != cores[j] for j in (i, i + 1)):
            continue
        if doubted is not None and any(not doubted[j] and new[j - i] != cores[j] for j in (i, i + 1)):
            continue
        for j in (i, i + 1):
            if new[j - i] != cores[j]:
                m = parts[j]
                out[j] = m[1] + _cased(m[2], new[j - i]) + m[3]
                cores[j], locked[j] = new[j - i], True
            else:
                locked[j] = True
    # A word read surely but with a mark wrong between two words of the domain (`kết nổi mạng`): when the word, its
    # marks put right one way only, makes a phrase with the word before it AND one with the word after it, while as
    # read it makes neither, the two phrases outweigh Tesseract's confidence in one mark.
    for j in range(1, len(words) - 1):
        if locked[j] or not (joined(j - 1) and joined(j)):
            continue
        before, after = cores[j - 1], cores[j + 1]
        if f"{before} {cores[j]}" in phrases or f"{cores[j]} {after}" in phrases:
            continue
        meant = {
            p.split()[1]
            for p in by_letters.get(bare(f"{before} {cores[j]}"), ())
            if p.split()[0] == before and f"{p.split()[1]} {after}" in phrases
        }
        if len(meant) == 1 and (new := meant.pop()) != cores[j]:
            m = parts[j]
            out[j] = m[1] + _cased(m[2], new) + m[3]
            cores[j], locked[j] = new, True
    return out


@functools.cache
def _syllables() -> frozenset[str]:
    """The syllables of the domain's phrases (lower case, NFC), two letters or more."""
    phrases, _ = vocabulary()
    return frozenset(w for p in phrases for w in p.split() if len(w) >= 2)


def _segment(core: str, syllables: frozenset[str]) -> list[list[str]]:
    """The ways `core` (lower case) is two or three syllables of `syllables` written together (at most two found)."""
    ways: list[list[str]] = []
    for i in range(2, len(core) - 1):
        head, rest = core[:i], core[i:]
        if head not in syllables:
            continue
        if rest in syllables:
            ways.append([head, rest])
        for j in range(2, len(rest) - 1):
            if rest[:j] in syllables and rest[j:] in syllables:
                ways.append([head, rest[:j], rest[j:]])
        if len(ways) > 1:
            break
    return ways


def split_glued(word: str) -> str:
    """An OCR'd word that is two or three syllables of the domain run together (Tesseract lost the space between
    them: `vănbản`, `Hiệntrạng`, `thưđiệntử`, `lệUBND`), written apart. Vietnamese writes every syllable apart, so a
    run of syllables is no word; only a run that splits one way only into syllables of the domain's phrases is
    split, and a word without marks (`email`, `online`, a code) is left as it is."""
    m = _WORD.match(word)
    if not m or m[2].isascii():
        return word
    syllables = _syllables()
    if not m[2].isalpha():
        # a syllable glued to the number after it (`năm2018`, `độ4`: a column header's year, a level)
        num = re.fullmatch(r"([^\W\d_]{2,})(\d+)", unicodedata.normalize("NFC", m[2]))
        if num and num[1].lower() in syllables:
            return f"{m[1]}{num[1]} {num[2]}{m[3]}"
        return word
    core = unicodedata.normalize("NFC", m[2])
    # a lower-case syllable glued to an abbreviation in capitals (`lệUBND`)
    caps = re.fullmatch(r"(\w*?[^\W\d_])([A-ZĐ]{2,})", core)
    if caps and caps[1].islower() and caps[1] in syllables:
        return f"{m[1]}{caps[1]} {caps[2]}{m[3]}"
    if len(core) < 4 or core.lower() in syllables:
        return word
    ways = _segment(core.lower(), syllables)
    if len(ways) != 1:
        return _split_misread(m, core) if not ways else word
    parts, at = [], 0
    for syllable in ways[0]:
        parts.append(core[at : at + len(syllable)])
        at += len(syllable)
    return m[1] + " ".join(parts) + m[3]


@functools.cache
def _bare_syllables() -> frozenset[str]:
    return frozenset(bare(s) for s in _syllables())


def _split_misread(m: re.Match, core: str) -> str:
    """Two syllables run together with a mark misread too (`Thụchiện`: `Thực hiện`, the space lost and `ự` read `ụ`):
    split where the bare letters make two syllables of the domain one way only, and kept split only when the marks
    put right (`fix_line`) make the two a phrase of the domain."""
    if len(core) != len(bare(core)):  # (a letter that is no Vietnamese letter with its marks)
        return m[0]
    ways = _segment(bare(core), _bare_syllables())
    if len(ways) != 1 or len(ways[0]) != 2:
        return m[0]
    cut = len(ways[0][0])
    fixed = fix_line([core[:cut], core[cut:]])
    if " ".join(fixed).lower() not in vocabulary()[0]:
        return m[0]
    return m[1] + " ".join(fixed) + m[3]
