"""Vietnamese alphabetical order: the Unicode Collation Algorithm (pyuca) with CLDR's Vietnamese tailoring.

Plain UCA (the DUCET table) treats `ă â ê ô ơ ư đ` as `a e o u d` with an accent, so it sorts `Bắc Giang`
before `Bạc Liêu`, `Cần Thơ` before `Cao Bằng` and `Hồ Chí Minh` before `Hòa Bình`. A Vietnamese reader
expects the alphabet `a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`, then the tones in the order
level, huyền, hỏi, ngã, sắc, nặng. That is CLDR's tailoring for `vi` (common/collation/vi.xml):

    &̀<<̉<<̃<<́<<̣   &a<ă<<<Ă<â<<<Â   &d<đ<<<Đ   &e<ê<<<Ê   &o<ô<<<Ô<ơ<<<Ơ   &u<ư<<<Ư

and this module applies exactly those rules to pyuca's table. ICU would do it natively, but PyICU has no wheels
(it compiles against a system ICU) and the bundle installs from PyPI alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd

__all__ = ["sort_frame", "sort_key", "sorted_vi"]

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

    collator = pyuca.Collator()
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
