"""Province names, pre-2025 GSO codes and the successor province after the 1 July 2025 merger.

The crosswalk is a hand-kept table, `data/reference/provinces.csv` (legal source: Resolution 202/2025/QH15;
see data/reference/README.md). Matching is diacritic-exact but case-insensitive, and folds the two accent
placements Vietnamese uses (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

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
def _name_automaton() -> ahocorasick.Automaton:
    """Every province name in lower case, in each tone placement it may be written in (`hòa`/`hoà`), found in
    one pass over a text, overlaps included. The value is the name as `fold` writes it."""
    unfold = {new: old for old, new in _TONE_FOLD.items()}
    automaton = ahocorasick.Automaton()
    for name in {fold(p.name) for p in load_provinces()}:
        variants = {name}
        for new, old in unfold.items():
            variants |= {v.replace(new, old) for v in variants}
        for variant in variants:
            automaton.add_word(variant, name)
    automaton.make_automaton()
    return automaton


_WORD_CHAR = re.compile(r"[\wÀ-ỹ]")


def _mentions(lowered: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each province name that stands as whole words, in order, without overlaps; at
    one position the longest name wins."""
    found = sorted((end + 1 - len(name), -len(name), name) for end, name in _name_automaton().iter(lowered))
    taken_until = 0
    for start, negative_length, name in found:
        end = start - negative_length
        if start < taken_until or _WORD_CHAR.match(lowered, end) or (start and _WORD_CHAR.match(lowered, start - 1)):
            continue  # overlaps the mention before, or is part of a longer word (`Hà Nam` in `Hà Namh`)
        yield start, end, name
        taken_until = end


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
    # Lower case is enough (the names are looked for in every tone placement): faster than `fold`.
    head = unicodedata.normalize("NFC", text[:6000]).lower()
    found = _score_mentions(head)
    if not found[0] and len(text) > 6000:
        found = _score_mentions(unicodedata.normalize("NFC", text).lower())
    scores, first_span = found
    if not scores:
        return None, -1, -1
    best = max(scores, key=lambda n: (scores[n], -first_span[n][0]))
    province = lookup(best)
    start, end = first_span[best]
    return province, start, end


def _score_mentions(lowered: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    scores: dict[str, float] = {}
    first_span: dict[str, tuple[int, int]] = {}
    for start, end, name in _mentions(lowered):
        before = lowered[max(0, start - 40) : start]
        weight = 3.0 if _ISSUER_CUE.search(before) else (1.5 if before.rstrip().endswith("tỉnh") else 1.0)
        scores[name] = scores.get(name, 0.0) + weight
        first_span.setdefault(name, (start, end))
    return scores, first_span
