"""Text typed in the TCVN3 (ABC) font encoding, read as the Vietnamese it stands for.

Until Unicode fonts spread (about 2010), provincial offices typed in `.VnTime`/`.VnArial`, fonts of the national
8-bit standard TCVN 5712:1993 (TCVN3, "ABC"): each letter with a mark has a code of its own above 0xA0, shown by the
font and nothing else. A Word file, a PDF text layer or a copied text of such a document therefore gives Latin-1
letters and signs (`QuyÕt ®Þnh`, `c«ng nghÖ th«ng tin`) where Vietnamese stands; a plain-text file of it holds the
bytes themselves. Every code is one letter, so the text is put right character for character and offsets hold.

The table is the standard's (lower case with tones; `.VnTimeH` shows the same codes as capitals, which the rules
read alike). VNI, the other legacy encoding, writes a mark as a second character; it is not read here.
"""

from __future__ import annotations

import re

__all__ = ["from_tcvn3", "looks_like_tcvn3"]

# The standard's codes (as Latin-1 characters) and the letters they stand for, in the same order.
_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
assert len(_CODES) == len(_LETTERS) == len(set(_CODES))
_TABLE = str.maketrans(dict(zip(_CODES, _LETTERS, strict=True)))

# Codes that are no letter of Vietnamese written in Unicode (`®` for đ, `Þ` for ị, `¬` for ơ …): a text full of
# them, with hardly a letter only Vietnamese has (ă, đ, ơ, ư, ạ … ỹ), was typed in TCVN3. (Codes that are also
# Vietnamese letters in Unicode — `á`, `ê`, `ô`, `Õ` — prove nothing.)
_TCVN3_ONLY = re.compile("[" + re.escape("".join(c for c in _CODES if c not in "àáâãèéêìíòóôõùúýÈÉÊÌÒÓÔÕÝ")) + "]")
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def looks_like_tcvn3(text: str) -> bool:
    """Whether `text` is TCVN3 codes read as Latin-1: many codes no Unicode Vietnamese has, few letters only Unicode
    Vietnamese has (a Unicode text with a `©` or a `«quote»` has a handful against thousands)."""
    if not _TCVN3_ONLY.search(text):  # nearly every text: one pass in C, no counting
        return False
    legacy = _TCVN3_ONLY.findall(text)
    # Many different codes, not one repeated: Windows-1258 bytes read as Latin-1 give `Þ` (its tilde) and `Ð` (Đ)
    # again and again, never the dozen codes of TCVN3 prose.
    return len(legacy) >= 20 and len(set(legacy)) >= 6 and len(legacy) > 5 * len(_UNICODE_ONLY.findall(text))


def from_tcvn3(text: str) -> str:
    """The Vietnamese that TCVN3 codes read as Latin-1 stand for, one character for one."""
    return text.translate(_TABLE)
