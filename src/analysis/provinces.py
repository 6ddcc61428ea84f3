"""Province names, pre-2025 GSO codes and the successor province after the 1 July 2025 merger.

The crosswalk is a hand-kept table, `data/reference/provinces.csv` (legal source: Resolution 202/2025/QH15;
see data/reference/README.md). Matching is diacritic-exact but case-insensitive, and folds the two accent
placements Vietnamese uses (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`). Texts also write a name's parts apart by a hyphen or a
dash, or across a line break (`Thừa Thiên - Huế`, `Bà Rịa – Vũng Tàu`, `Thành phố Hồ Chí⏎Minh` in a PDF's header),
and use other spellings and abbreviations (`Đắc Lắc`, `Kontum`, `TP.HCM`): those are kept as data a researcher
can extend, `data/reference/province_aliases.csv`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

__all__ = [
    "Province", "find_province", "load_districts", "load_provinces", "lookup", "merged_with", "province_mentions",
    "slugify",
]  # fmt: skip

REFERENCE_CSV = Path(__file__).resolve().parents[2] / "data" / "reference" / "provinces.csv"
ALIASES_CSV = REFERENCE_CSV.with_name("province_aliases.csv")
DISTRICTS_CSV = REFERENCE_CSV.with_name("districts.csv")


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    slug: str
    successor_name: str
    successor_slug: str
    region: str
    unit_type: str = "province"  # or `city`: the 5 centrally-run cities (UBND thành phố, not tỉnh)


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
            unit_type=r.get("type") or "province",
        )
        for r in rows
    )


@cache
def load_aliases(path: Path = ALIASES_CSV) -> dict[str, str]:
    """Other spellings and abbreviations of province names (folded) → the name in provinces.csv."""
    names = {p.name for p in load_provinces()}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    unknown = sorted({r["name"] for r in rows} - names)
    if unknown:  # a typo in the table must not quietly match nothing
        raise ValueError(f"{path.name}: not a province of {REFERENCE_CSV.name}: {', '.join(unknown)}")
    return {fold(r["alias"]): r["name"] for r in rows}


@cache
def _index() -> dict[str, Province]:
    """Every way a province is looked up (folded name, slug, alias) → the province."""
    index = {}
    for p in load_provinces():
        index[fold(p.name)] = p
        index[p.slug] = p
    by_name = {p.name: p for p in load_provinces()}
    for alias, name in load_aliases().items():
        index.setdefault(alias, by_name[name])
    return index


@lru_cache(maxsize=1024)
def lookup(name: str) -> Province | None:
    """The province called `name` (any case, either tone placement, with or without `tỉnh`). Kept per name: the
    index it reads is built once, and every document asks for one of a few dozen names (folding them cost a tenth of
    a millisecond each time)."""
    key = fold(re.sub(r"^\s*(tỉnh|thành phố|tp\.?)\s+", "", name, flags=re.IGNORECASE))
    return _index().get(key) or _index().get(fold(name)) or _index().get(slugify(name))


def merged_with(place: Province) -> list[str]:
    """The other former provinces that became part of `place`'s successor on 1 July 2025, in the crosswalk's order
    (empty for the eleven provinces the merger left as they were)."""
    return [p.name for p in load_provinces() if p.successor_slug == place.successor_slug and p.name != place.name]


# Texts are searched for names in lower case with every space-like character a space and every dash a hyphen
# (one character for one: offsets do not move), so that only those two separators need spelling out.
_SEPARATORS = {**dict.fromkeys("\n\r\t\v\f\xa0\u2009\u202f", " "), **dict.fromkeys("–—‐‑−", "-")}


def _separators_as_written(text: str) -> str:
    """`text` with each space-like character a space and each dash a hyphen, one for one. (`str.replace` for the
    few present: `str.translate` with a table goes character by character, and was a third of metadata's time.)"""
    for char, plain in _SEPARATORS.items():
        if char in text:
            text = text.replace(char, plain)
    return text


_GAPS = (" ", "-", " - ")  # how the parts of a name are written apart (`Bà Rịa-Vũng Tàu`, `Thừa Thiên - Huế`)


def _spellings(name: str) -> set[str]:
    """A folded name in each way it may be written: its parts apart by any of _GAPS, in each tone placement."""
    parts = re.split(r"\s*-\s*|\s+", name)
    spelled = {parts[0]}
    for part in parts[1:]:
        spelled = {s + gap + part for s in spelled for gap in _GAPS}
    unfold = {new: old for old, new in _TONE_FOLD.items()}
    for new, old in unfold.items():
        spelled |= {v.replace(new, old) for v in spelled}
    return spelled


@cache
def _name_automaton(ascii_only: bool = False) -> ahocorasick.Automaton:
    """Every province name and alias in lower case, in each way it may be written (`_spellings`), found in one
    pass over a text, overlaps included. The value is (the province's name as `fold` writes it, the length of
    the spelling found). With `ascii_only`, the names without diacritics instead (`bac ninh`)."""
    automaton = ahocorasick.Automaton()
    if ascii_only:
        names = {slugify(p.name).replace("-", " "): fold(p.name) for p in load_provinces()}
    else:
        names = {fold(p.name): fold(p.name) for p in load_provinces()}
        names |= {alias: fold(name) for alias, name in load_aliases().items()}
    for written, name in names.items():
        for variant in _spellings(written):
            automaton.add_word(variant, (name, len(variant)))
    automaton.make_automaton()
    return automaton


_WORD_CHAR = re.compile(r"[\wÀ-ỹ]")


def _mentions(
    lowered: str, ascii_only: bool = False, automaton: ahocorasick.Automaton | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each province name that stands as whole words, in order, without overlaps; at
    one position the longest name wins. (With `automaton`, the names it holds: `_district_automaton`.)"""
    if automaton is None:
        automaton = _name_automaton(ascii_only)
    found = sorted((end + 1 - length, -length, name) for end, (name, length) in automaton.iter(lowered))
    taken_until = 0
    for start, negative_length, name in found:
        end = start - negative_length
        if start < taken_until or _WORD_CHAR.match(lowered, end) or (start and _WORD_CHAR.match(lowered, start - 1)):
            continue  # overlaps the mention before, or is part of a longer word (`Hà Nam` in `Hà Namh`)
        yield start, end, name
        taken_until = end


# How texts write a district's kind before its name (`TP. Vị Thanh`, `TX Long Mỹ`).
_DISTRICT_TYPES = {
    "huyện": ("huyện",),
    "quận": ("quận",),
    "thị xã": ("thị xã", "tx", "tx."),
    "thành phố": ("thành phố", "tp", "tp."),
}


@cache
def load_districts(path: Path = DISTRICTS_CSV) -> dict[str, str]:
    """`huyện phụng hiệp` (folded kind and name) → its province's name, for the district names that only one
    district has (`huyện Châu Thành` is in six provinces: it names none of them)."""
    names = {p.name for p in load_provinces()}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    unknown = sorted({r["province"] for r in rows} - names)
    if unknown:
        raise ValueError(f"{path.name}: not a province of {REFERENCE_CSV.name}: {', '.join(unknown)}")
    provinces_of: dict[str, set[str]] = {}
    provinces_of_name: dict[str, set[str]] = {}
    for r in rows:
        provinces_of.setdefault(fold(f"{r['type']} {r['name']}"), set()).add(r["province"])
        provinces_of_name.setdefault(fold(r["name"]), set()).add(r["province"])
    table = {key: next(iter(found)) for key, found in provinces_of.items() if len(found) == 1}
    # The table gives each district its kind of 2024, but a town's kind changes over the years a plan may date from
    # (`thị xã Sa Đéc` became `thành phố Sa Đéc` in 2013; many `huyện` became `thị xã`): a name that only one
    # province has stays that province's under every kind. (A name of two provinces under different kinds —
    # `huyện Tân Uyên` of Lai Châu, `thành phố Tân Uyên` of Bình Dương, once `thị xã Tân Uyên` — keeps only its
    # exact kinds.)
    for name, found in provinces_of_name.items():
        if len(found) == 1:
            for kind in _DISTRICT_TYPES:
                table.setdefault(f"{kind} {name}", next(iter(found)))
    return table


@cache
def _district_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, province in load_districts().items():
        kind = next(k for k in _DISTRICT_TYPES if key.startswith(k + " "))
        name = key[len(kind) + 1 :]
        for written_kind in _DISTRICT_TYPES[kind]:
            for gap in (" ", "") if written_kind.endswith(".") else (" ",):
                for variant in _spellings(name):
                    spelled = written_kind + gap + variant
                    automaton.add_word(spelled, (fold(province), len(spelled)))
    automaton.make_automaton()
    return automaton


def _district_mentions(lowered: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, province name) of each district named with its kind, as `_mentions` gives provinces."""
    return _mentions(lowered, automaton=_district_automaton())


# A mention after these words names the issuing province rather than a place mentioned in passing.
# (`UBND TP.HCM`: the abbreviation holds the `TP`.)
_ISSUER_CUE = re.compile(r"(ủy ban nhân dân|ubnd|uỷ ban nhân dân|cơ quan ban hành)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$")


# A name that is an item of a list of places (`10 địa phương dẫn đầu về hạ tầng số: Thành phố Hồ Chí Minh, Đà Nẵng,
# Bà Rịa - Vũng Tàu, …`, a ranking's table of leaders) is named in passing: it counts a third of a plain mention, so
# that a news item about one province that lists the country's leaders keeps its own (named in its sentences).
_LIST_GAP = re.compile(r"[ \t]*(?:[,;]|và)[ \t]*(?:(?:tỉnh|thành phố|tp\.?)[ \t]*)?")
_LIST_ITEM_WEIGHT = 0.3


def find_province(text: str) -> tuple[Province | None, int, int]:
    """The province a document is about, with the span of its strongest mention.

    Mentions after `UBND tỉnh`/`Ủy ban nhân dân tỉnh`/`Cơ quan ban hành Tỉnh` count three times as much as
    other mentions (a plan names other provinces in passing, never as its issuer). Returns (None, -1, -1)
    when no province is named.
    """
    # The issuer is named in the header, the title or the first paragraphs; reading the start is enough, and
    # a long plan's later pages only name other places. The whole text is read only when the start names none.
    # Lower case is enough (the names are looked for in every tone placement): faster than `fold`.
    head = _separators_as_written(unicodedata.normalize("NFC", text[:6000]).lower())
    found = _score_mentions(head)
    if not found[0] and len(text) > 6000:
        found = _score_mentions(_separators_as_written(unicodedata.normalize("NFC", text).lower()))
    if not found[0]:
        # A page whose words never name the province may still carry it in a banner or a byline written without
        # diacritics (`Bao dien tu Bac Ninh`); such names count only when no name with diacritics is there (a
        # run of Vietnamese words written plainly can spell a name by chance, so each word must be capitalised).
        found = _score_mentions(head, ascii_only=True, written=text[:6000])
    if not found[0]:
        # A provincial paper's item may name only a district (`huyện Phụng Hiệp`) and `tỉnh`: the district's
        # province, when the district's name is that of one district only.
        found = _score_mentions(head, districts=True)
    if not found[0]:
        # A provincial outlet's item may name its province only in the site tag its lead opens with (`(Congannghean.vn)
        # - Vừa qua, Sở …`, `(Baohaugiang.com.vn)`): the kind of outlet, then the province in one plain word.
        found = _site_tag_mentions(text[:6000])
    scores, first_span = found
    if not scores:
        return None, -1, -1
    best = max(scores, key=lambda n: (scores[n], -first_span[n][0]))
    if scores[best] <= 1.5 and len(scores) == 1:
        # A district's page that names another province once in passing (`… học tập kinh nghiệm tại tỉnh Lào Cai`) and
        # its own district again and again with its kind (`huyện Mộc Châu`), never its own province: the district's
        # province (named at least twice, more strongly than the one named; issue #11, round 25). A mention scores 1,
        # 1.5 after `tỉnh` and 3 after an issuer (`UBND tỉnh`, see _score_mentions): at most 1.5 is one plain mention
        # of the other province, and 2.0 two mentions of the district.
        by_district, district_span = _score_mentions(head, districts=True)
        if by_district:
            own = max(by_district, key=lambda n: (by_district[n], -district_span[n][0]))
            if own not in scores and by_district[own] >= 2.0 and by_district[own] > scores[best]:
                scores, first_span, best = by_district, district_span, own
    province = lookup(best)
    start, end = first_span[best]
    return province, start, end


# A site named in brackets (`(Baonghean.vn)`, `(Congannghean.vn)-`, `(Baohaugiang.com.vn)`): the kinds of outlet a
# provincial site's name opens with, then the province's slug without its hyphens. A national outlet's name is no
# province's (`(Chinhphu.vn)`, `(Mic.gov.vn)`, `(Baomoi.com)`): only a name that is an outlet word and a whole slug
# counts.
_SITE_TAG = re.compile(r"\(\s*([A-Za-z]+)\.(?:com\.|org\.|gov\.|net\.)?vn\s*\)")
_OUTLET_WORDS = ("", "bao", "congan", "truyenhinh", "phatthanh", "dai", "tv", "thtv", "ptth", "stttt", "sotttt")


@cache
def _compact_slugs() -> dict[str, str]:
    """`nghean` → `Nghệ An`: each province's slug written as one word, as sites name it."""
    return {p.slug.replace("-", ""): p.name for p in load_provinces()}


def _site_tag_mentions(text: str) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    compact = _compact_slugs()
    for m in _SITE_TAG.finditer(text):
        word = m.group(1).lower()
        for outlet in _OUTLET_WORDS:
            if word.startswith(outlet) and (name := compact.get(word[len(outlet) :])):
                return {name: 1.0}, {name: m.span(1)}
    return {}, {}


def province_mentions(text: str, lower: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name as `fold` writes it) of every province named in `text` (NFC), in order: the offsets are the
    text's own (lower case and the separators are changed one character for one). `lower` is `text.lower()` when the
    caller has it already (the extractor lower-cases each text once)."""
    lowered = _separators_as_written(text.lower() if lower is None else lower)
    if len(lowered) != len(text):  # a letter whose lower case is longer (`İ`): offsets would drift
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in _separators_as_written(text))
    return list(_mentions(lowered))


def province_scores(text: str) -> dict[str, float]:
    """How strongly each province is named in `text` (the weights of `find_province`), by name."""
    return _score_mentions(_separators_as_written(unicodedata.normalize("NFC", text).lower()))[0]


def _score_mentions(
    lowered: str, ascii_only: bool = False, written: str | None = None, districts: bool = False
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    scores: dict[str, float] = {}
    first_span: dict[str, tuple[int, int]] = {}
    found = list(_district_mentions(lowered) if districts else _mentions(lowered, ascii_only))
    for i, (start, end, name) in enumerate(found):
        if written is not None and not all(w[:1].isupper() for w in re.split(r"[\s-]+", written[start:end]) if w):
            continue  # `Bac Ninh` in a banner, not `tham gia lai` written plainly
        before = lowered[max(0, start - 40) : start]
        weight = 3.0 if _ISSUER_CUE.search(before) else (1.5 if before.rstrip().endswith("tỉnh") else 1.0)
        if weight == 1.0 and (
            (i > 0 and _LIST_GAP.fullmatch(lowered, found[i - 1][1], start))
            or (i + 1 < len(found) and _LIST_GAP.fullmatch(lowered, end, found[i + 1][0]))
        ):
            weight = _LIST_ITEM_WEIGHT
        scores[name] = scores.get(name, 0.0) + weight
        first_span.setdefault(name, (start, end))
    return scores, first_span
