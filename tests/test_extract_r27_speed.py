"""The shortcuts of stop 27's speed-up find what the regexes they stand for find (random texts, fixed seed)."""

from __future__ import annotations

import random

from analysis import vietnamese as V

_UNIT_PIECES = [
    "Đơn vị tính: triệu đồng", "ĐVT: tỷ đồng", "(Đơn vị: triệu đồng)", "đơn vị tính : %", "ĐƠN VỊ: %", "\n", "\n\n",
    " ", "\t", "(", ")", ".", "- Tổng: 12.400", "đvt", "đơn", "x", "Đvt :  nghìn đồng .", "\n  (\n Đơn vị tính: đồng\n)\n",
]  # fmt: skip
_NUMBER_PIECES = [
    "1", "12", "123", "1234", "0", "05", " ", "  ", "\t", ".", ",", "000", " 500", ".500", ".5000", " 500 ", "triệu",
    " triệu", "tỷ", " người", "tỉnh", "x", "\n", " tài  khoản", "máy", "5 12", "١٢٣", "9.", ".12",
]  # fmt: skip


def _texts(pieces: list[str], seed: int, n: int = 20000):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))


def test_unit_lines_are_what_the_line_start_regex_finds():
    for text in _texts(_UNIT_PIECES, 1):
        for unit_line in (V._UNIT_LINE, V._PERCENT_UNIT_LINE):
            expected = [(m.end(), m.groupdict()) for m in unit_line.finditer(text)]
            assert [(m.end(), m.groupdict()) for m in V._unit_lines(unit_line, text)] == expected, text


def test_grouped_numbers_are_what_the_digit_led_regexes_find():
    for text in _texts(_NUMBER_PIECES, 2):
        spaced = [m.span() for m in V._SPACED_THOUSANDS.finditer(text)]
        assert [m.span() for m in V._grouped(V._SPACED_THOUSANDS, V._SPACE_AND_GROUP, text)] == spaced, text
        dotted = [m.span() for m in V._DOT_THOUSANDS.finditer(text)]
        assert [m.span() for m in V._grouped(V._DOT_THOUSANDS, V._DOT_AND_GROUP, text)] == dotted, text
