"""Province names, pre-2025 GSO codes and the successor province after the 1 July 2025 merger.

The crosswalk is a hand-kept table, `data/reference/provinces.csv` (legal source: Resolution 202/2025/QH15;
see data/reference/README.md). Matching is diacritic-exact but case-insensitive, and folds the two accent
placements Vietnamese uses (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["Province", "find_province", "load_provinces", "lookup", "slugify"]

REFERENCE_CSV = Path(__file__).resolve().parents[2] / "data" / "reference" / "provinces.csv"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    slug: str
    successor_name: str
    successor_slug: str
    region: str


# Old-style tone placement (`hoà`, `thuỷ`) → the placement the reference table uses (`hòa`, `thủy`).
_TONE_FOLD = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_FOLD))


def fold(text: str) -> str:
    """Lower case, NFC, one tone placement: the form names are compared in."""
    text = unicodedata.normalize("NFC", text).lower()
    return _TONE_RE.sub(lambda m: _TONE_FOLD[m.group()], text)


def slugify(text: str) -> str:
    """`Thái Bình 2072/QĐ-UBND` → `thai-binh-2072-qd-ubnd`."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@cache
def load_provinces(path: Path = REFERENCE_CSV) -> tuple[Province, ...]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Province(
            code=r["code"],
            name=r["name"],
            slug=r["slug"],
            successor_name=r["successor_name"],
            successor_slug=r["successor_slug"],
            region=r.get("region", ""),
        )
        for r in rows
    )


@cache
def _index() -> dict[str, Province]:
    """Every way a province is looked up (folded name, slug) → the province."""
    index = {}
    for p in load_provinces():
        index[fold(p.name)] = p
        index[p.slug] = p
    return index


def lookup(name: str) -> Province | None:
    """The province called `name` (any case, either tone placement, with or without `tỉnh`)."""
    key = fold(re.sub(r"^\s*(tỉnh|thành phố|tp\.?)\s+", "", name, flags=re.IGNORECASE))
    return _index().get(key) or _index().get(slugify(name))


@cache
def _name_regex() -> re.Pattern[str]:
    """Every province name, grouped by first letter (`b(?:ắc giang|ắc kạn|…)`): the engine then rules out most
    positions with one character test instead of 63, several times faster. The word boundary before the name
    is checked by the caller: a look-behind in front would stop the engine from skipping ahead at all."""
    names = sorted({fold(p.name) for p in load_provinces()}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    groups = [re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items()]
    return re.compile("(" + "|".join(groups) + r")(?![\wÀ-ỹ])")


_WORD_CHAR = re.compile(r"[\wÀ-ỹ]")


def _mentions(folded: str):
    """Matches of a province name that start a word, in order (overlaps with a rejected match included)."""
    regex, pos = _name_regex(), 0
    while m := regex.search(folded, pos):
        if m.start() and _WORD_CHAR.match(folded, m.start() - 1):
            pos = m.start() + 1  # inside a word: look again from the next character
            continue
        yield m
        pos = m.end()


# A mention after these words names the issuing province rather than a place mentioned in passing.
_ISSUER_CUE = re.compile(r"(ủy ban nhân dân|ubnd|uỷ ban nhân dân|cơ quan ban hành)\s+(tỉnh|thành phố)\s*$")


def find_province(text: str) -> tuple[Province | None, int, int]:
    """The province a document is about, with the span of its strongest mention.

    Mentions after `UBND tỉnh`/`Ủy ban nhân dân tỉnh`/`Cơ quan ban hành Tỉnh` count three times as much as
    other mentions (a plan names other provinces in passing, never as its issuer). Returns (None, -1, -1)
    when no province is named.
    """
    # The issuer is named in the header, the title or the first paragraphs; reading the start is enough, and
    # a long plan's later pages only name other places. The whole text is read only when the start names none.
    head = fold(text[:6000])
    found = _score_mentions(head)
    if not found[0] and len(text) > 6000:
        found = _score_mentions(fold(text))
    scores, first_span = found
    if not scores:
        return None, -1, -1
    best = max(scores, key=lambda n: (scores[n], -first_span[n][0]))
    province = lookup(best)
    start, end = first_span[best]
    return province, start, end


def _score_mentions(folded: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    scores: dict[str, float] = {}
    first_span: dict[str, tuple[int, int]] = {}
    for m in _mentions(folded):
        name = m.group(1)
        before = folded[max(0, m.start() - 40) : m.start()]
        weight = 3.0 if _ISSUER_CUE.search(before) else (1.5 if before.rstrip().endswith("tỉnh") else 1.0)
        scores[name] = scores.get(name, 0.0) + weight
        first_span.setdefault(name, (m.start(), m.end()))
    return scores, first_span
