"""Vietnamese alphabetical order: the Unicode Collation Algorithm (pyuca) with CLDR's Vietnamese tailoring.

Plain UCA (the DUCET table) treats `ă â ê ô ơ ư đ` as `a e o u d` with an accent, so it sorts `Bắc Giang`
before `Bạc Liêu`, `Cần Thơ` before `Cao Bằng` and `Hồ Chí Minh` before `Hòa Bình`. A Vietnamese reader
expects the alphabet `a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`, then the tones in the order
level, huyền, hỏi, ngã, sắc, nặng. That is CLDR's tailoring for `vi` (common/collation/vi.xml):

    &̀<<̉<<̃<<́<<̣   &a<ă<<<Ă<â<<<Â   &d<đ<<<Đ   &e<ê<<<Ê   &o<ô<<<Ô<ơ<<<Ơ   &u<ư<<<Ư

and this module applies exactly those rules to pyuca's table. ICU would do it natively, but PyICU has no wheels
(it compiles against a system ICU) and the bundle installs from PyPI alone.

pyuca's full table (DUCET, ~30,000 lines) took 0.4-1 s to read in every report kernel, most of a province
profile's sorting cost at 63 provinces. Sorting Vietnamese needs only Latin letters, combining marks, digits and
punctuation, so the collator reads `collation_table.txt`: pyuca's own table restricted to those ranges
(`write_table`, 1,300 lines, read in ~0.03 s). The tests check that it is what `write_table` makes from the
installed pyuca and that it gives the same keys as the full table for every province name and for random
Vietnamese text. A character outside the ranges (another script) gets pyuca's implicit weight, after every
Latin letter, where the full table would give it its script's place.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["TABLE_RANGES", "sort_frame", "sort_key", "sorted_vi", "tailor", "write_table"]

# Code points the collation table keeps: Basic Latin to the combining diacritics (ă â đ ê ô ơ ư, the tone marks
# after NFD), the supplement of combining marks, Latin Extended Additional (precomposed ạ ả ấ …), general
# punctuation (– — “ ” …) and currency signs.
TABLE_RANGES = ((0x0000, 0x036F), (0x1DC0, 0x1DFF), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF))
_TABLE = "collation_table.txt"


def _kept(code_points: list[int]) -> bool:
    return all(any(lo <= c <= hi for lo, hi in TABLE_RANGES) for c in code_points)


def write_table(target: Path, source: Path | None = None) -> int:
    """Write pyuca's collation table (`source`: the installed pyuca's default) restricted to TABLE_RANGES;
    returns the number of entries kept. Run `python -m analysis.collation` after upgrading pyuca."""
    import pyuca

    source = source or Path(pyuca.__file__).parent / f"allkeys-{pyuca.Collator.UCA_VERSION}.txt"
    kept = []
    for line in source.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if body.startswith("@") or (body and _kept([int(x, 16) for x in body.split(";", 1)[0].split()])):
            kept.append(body)
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return sum(1 for line in kept if not line.startswith("@"))


# New letters: (base letter, combining mark or None for đ's own code point, place after the base: 1st, 2nd).
_LETTERS = [
    ("a", "\u0306", 1),  # ă
    ("a", "\u0302", 2),  # â
    ("e", "\u0302", 1),  # ê
    ("o", "\u0302", 1),  # ô
    ("o", "\u031b", 2),  # ơ
    ("u", "\u031b", 1),  # ư
]
# Tones as secondary differences, in the Vietnamese order (huyền, hỏi, ngã, sắc, nặng).
_TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@cache
def _collator():
    import pyuca

    with resources.as_file(resources.files("analysis").joinpath(_TABLE)) as path:
        return tailor(pyuca.Collator(str(path)))


def tailor(collator):
    """`collator` (a pyuca Collator) with CLDR's Vietnamese rules added to its table."""
    table = collator.table

    def elements(chars: str) -> list:
        return table.find_prefix([ord(c) for c in chars])[1]

    # A new letter takes a primary weight between its base and the next letter (weights are compared as
    # numbers, so a fraction sits between two integers without renumbering the table).
    for base, mark, place in _LETTERS:
        for letter in (base, base.upper()):
            primary, secondary, tertiary = elements(letter)[0]
            table.add([ord(letter), ord(mark)], [[primary + place / 3, secondary, tertiary]])
    for letter, stroke in (("d", "đ"), ("D", "Đ")):  # đ has no decomposition: its own code point
        primary, secondary, tertiary = elements(letter)[0]
        table.add([ord(stroke)], [[primary + 1 / 3, secondary, tertiary]])
    first_tone = min(elements(t)[0][1] for t in _TONES)
    for i, tone in enumerate(_TONES):
        _, _, tertiary = elements(tone)[0]
        table.add([ord(tone)], [[0, first_tone + i / 10, tertiary]])
    return collator


def sort_key(text: object) -> tuple:
    """The key that puts Vietnamese words in dictionary order (missing values last)."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return (float("inf"),)
    return _string_key(str(text))


@cache
def _string_key(text: str) -> tuple:
    # Province names repeat in every table: each is keyed once per process.
    return _collator().sort_key(text)


def sorted_vi(items: Iterable[str]) -> list[str]:
    """`items` in Vietnamese alphabetical order."""
    return sorted(items, key=sort_key)


def sort_frame(frame: pd.DataFrame, by: str | list[str], text_columns: Iterable[str] = ("province",)) -> pd.DataFrame:
    """`frame.sort_values(by)`, with the columns in `text_columns` in Vietnamese alphabetical order."""
    by = [by] if isinstance(by, str) else list(by)
    text_columns = set(text_columns)

    def key(column: pd.Series) -> pd.Series:
        if column.name in text_columns:
            return column.map(sort_key)
        return column

    return frame.sort_values(by, key=key, kind="stable")


if __name__ == "__main__":
    entries = write_table(Path(__file__).with_name(_TABLE))
    print(f"{_TABLE}: {entries} entries")
