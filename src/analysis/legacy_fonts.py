"""Text typed in the pre-Unicode font encodings TCVN3 (ABC) and VNI, read as the Vietnamese it stands for.

Until Unicode fonts spread (about 2010), provincial offices typed in `.VnTime`/`.VnArial`, fonts of the national
8-bit standard TCVN 5712:1993 (TCVN3, "ABC"): each letter with a mark has a code of its own above 0xA0, shown by the
font and nothing else. A Word file, a PDF text layer or a copied text of such a document therefore gives Latin-1
letters and signs (`QuyÕt ®Þnh`, `c«ng nghÖ th«ng tin`) where Vietnamese stands; a plain-text file of it holds the
bytes themselves. Every code is one letter, so the text is put right character for character.

The table is the standard's (lower case with tones; `.VnTimeH` shows the same codes as capitals, which the rules
read alike). VNI, the other legacy encoding, writes a mark as a second character (below).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["from_tcvn3", "from_vni", "looks_like_tcvn3", "looks_like_vni", "to_vietnamese"]

# The standard's codes (as Latin-1 characters) and the letters they stand for, in the same order.
_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
assert len(_CODES) == len(_LETTERS) == len(set(_CODES))
_TABLE = str.maketrans(dict(zip(_CODES, _LETTERS, strict=True)))

# Codes that are no letter of Vietnamese written in Unicode (`®` for đ, `Þ` for ị, `¬` for ơ …): a text full of
# them, with hardly a letter only Vietnamese has (ă, đ, ơ, ư, ạ … ỹ), was typed in TCVN3. (Codes that are also
# Vietnamese letters in Unicode — `á`, `ê`, `ô`, `Õ` — prove nothing.)
_TCVN3_ONLY = re.compile("[" + re.escape("".join(c for c in _CODES if c not in "àáâãèéêìíòóôõùúýÈÉÊÌÒÓÔÕÝ")) + "]")
_TCVN3_SIGNS = re.compile("[\u00a1-\u00bf]")
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def looks_like_tcvn3(text: str) -> bool:
    """Whether `text` is TCVN3 codes read as Latin-1: many codes no Unicode Vietnamese has, few letters only Unicode
    Vietnamese has (a Unicode text with a `©` or a `«quote»` has a handful against thousands)."""
    if not _TCVN3_ONLY.search(text):  # nearly every text: one pass in C, no counting
        return False
    legacy = _TCVN3_ONLY.findall(text)
    # Many different codes, not one repeated: Windows-1258 bytes read as Latin-1 give `Þ` (its tilde) and `Ð` (Đ)
    # again and again, never the dozen codes of TCVN3 prose.
    # And TCVN3's own signs among them (`®` đ, `¬` ơ, `¸` á …: a fifth or more in any prose), which VNI never writes.
    return (
        len(legacy) >= 20
        and len(set(legacy)) >= 6
        and len(legacy) > 5 * len(_UNICODE_ONLY.findall(text))
        and len(_TCVN3_SIGNS.findall(text)) >= len(legacy) / 5
    )


# A PDF printed from `.VnTime` with no map of its glyphs to Unicode gives each code as the WinAnsi character it is: the
# Latin-1 letters above, but ư's code (0xAD) is WinAnsi's hyphen, and pdfium gives `-` (`®-îc` được, `th-` thư, `n-íc`
# nước, `TR-êNG` TRƯỜNG). In a TCVN3 text, a hyphen right after the consonants that open a syllable (at a word's start)
# and before a small letter or a code, or ending the word, is that ư; a real hyphen stands between words, numbers or
# abbreviations (`Q§-UBND`, `KH-UBND`, `2016-2020`, `e-mail`, `- Về`).
_HYPHEN_FOR_U = re.compile(
    r"(?<![^\W\d_])([bcdghklmnpqrstvxBCDGHKLMNPQRSTVX®§]{1,3})-(?=[a-z\u00a8-\u00ff]|[\s,.;:)]|$)"
)


def from_tcvn3(text: str) -> str:
    """The Vietnamese that TCVN3 codes read as Latin-1 stand for, one character for one (a `-` standing for ư's code
    in a PDF's text read as ư)."""
    if "-" in text:
        text = _HYPHEN_FOR_U.sub("\\1\u00ad", text)
    return _CAPITALS_WORD.sub(lambda m: m[0].upper(), text.translate(_TABLE))


# `.VnTimeH` shows the small letters' codes as capitals: a word in capitals comes out with its marked letters small
# (`THựC TRạNG`, `KINH PHí`); a word with two capitals or more and no small letter but those is in capitals.
_CAPITALS_WORD = re.compile(r"(?<!\w)(?=\w*[A-Z]\w*[A-Z])[^\W\da-z_]+(?!\w)")


# --- VNI ---------------------------------------------------------------------------------------------------------
# VNI-Windows (`VNI-Times`), the other pre-Unicode font encoding, writes a letter with marks as its base letter
# followed by one character that carries the marks (`aø` à, `aà` ầ, `oâ` ô, `ô` ơ, `ö` ư, `ñ` đ); capitals take
# capital mark characters (`AØ` À). Reading it changes the text's length, which is safe: offsets are counted on the
# text as read.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VNI_TONE = ("ùøûõï", "ÙØÛÕÏ")  # a tone after a plain vowel (lower, upper)
_VNI_HAT_TONE = ("áàåãä", "ÁÀÅÃÄ")  # circumflex and a tone after a, e, o
_VNI_BREVE_TONE = ("éèúüë", "ÉÈÚÜË")  # breve and a tone after a


def _vni_table() -> dict[str, str]:
    def nfc(s: str) -> str:
        return unicodedata.normalize("NFC", s)

    table: dict[str, str] = {}
    for case, upper in ((0, False), (1, True)):
        for vowel in "aeouy":
            base = vowel.upper() if upper else vowel
            for mark, tone in zip(_VNI_TONE[case], _TONES, strict=True):
                table[base + mark] = nfc(base + tone)
        for vowel in "aeo":
            base = vowel.upper() if upper else vowel
            table[base + ("Â" if upper else "â")] = nfc(base + "\u0302")
            for mark, tone in zip(_VNI_HAT_TONE[case], _TONES, strict=True):
                table[base + mark] = nfc(base + "\u0302" + tone)
        a = "A" if upper else "a"
        table[a + ("Ê" if upper else "ê")] = nfc(a + "\u0306")
        for mark, tone in zip(_VNI_BREVE_TONE[case], _TONES, strict=True):
            table[a + mark] = nfc(a + "\u0306" + tone)
        # i's marks and y's dot are single characters; ơ, ư and đ too (ơ, ư then take a tone like a vowel)
        for single, tone in zip("ÍÌÆÓÒ" if upper else "íìæóò", _TONES, strict=True):
            table[single] = nfc(("I" if upper else "i") + tone)
        table["Î" if upper else "î"] = nfc(("Y" if upper else "y") + "\u0323")
        for single, letter in (("ô", "ơ"), ("ö", "ư")):
            single, letter = (single.upper(), letter.upper()) if upper else (single, letter)
            table[single] = letter
            for mark, tone in zip(_VNI_TONE[case], _TONES, strict=True):
                table[single + mark] = nfc(letter + tone)
        table["Ñ" if upper else "ñ"] = "Đ" if upper else "đ"
    return table


_VNI = _vni_table()
_VNI_SEQUENCE = re.compile("|".join(re.escape(k) for k in sorted(_VNI, key=len, reverse=True)))
# Characters VNI writes that Unicode Vietnamese never has (`ø` of à, `ï` of ạ, `ñ` of đ, `ö` of ư …), and the signs
# only TCVN3 writes (`®` of đ, `¬` of ơ, `¸` of á …), which tell the two apart.
_VNI_ONLY = re.compile("[øûïñöëüåäæîØÛÏÑÖËÜÅÄÆÎ]")
_ANY_LEGACY = re.compile(f"{_VNI_ONLY.pattern}|{_TCVN3_ONLY.pattern}")


def looks_like_vni(text: str) -> bool:
    """Whether `text` is VNI: many of its mark characters, few letters only Unicode Vietnamese has, and hardly a
    sign of TCVN3's."""
    if not _VNI_ONLY.search(text):
        return False
    marks = _VNI_ONLY.findall(text)
    return (
        len(marks) >= 20
        and len(set(marks)) >= 5
        and len(marks) > 5 * len(_UNICODE_ONLY.findall(text))
        and len(_TCVN3_SIGNS.findall(text)) < len(marks) / 5
    )


def from_vni(text: str) -> str:
    """The Vietnamese that VNI's letters and mark characters stand for."""
    return _VNI_SEQUENCE.sub(lambda m: _VNI[m.group()], text)


def to_vietnamese(text: str) -> str:
    """`text` as the Vietnamese it stands for: read from TCVN3 or VNI when it was typed in one, else as it is; a
    Unicode text with paragraphs typed in one (`_legacy_lines`) has those read."""
    if looks_like_tcvn3(text):
        return from_tcvn3(text)
    if looks_like_vni(text):
        return from_vni(text)
    return _legacy_lines(text)


def _legacy_lines(text: str) -> str:
    """A text in Unicode with lines in TCVN3 or VNI: a new document's header and title in a Unicode font over a body
    pasted from an old file in its `.VnTime` or `VNI-Times` (`Ñieàu 1. Pheâ duyeät …` under `QUYẾT ĐỊNH`), read line
    by line: the header's letters only Unicode has are too many for the whole text to be read as legacy, and reading
    it all would spoil them. The text must hold legacy codes of many kinds (as a legacy text does); a line is read as
    legacy when it has legacy codes and no letter only Unicode Vietnamese has."""
    if not _ANY_LEGACY.search(text):
        return text  # (nearly every text: one scan instead of two)
    vni = _VNI_ONLY.findall(text) if _VNI_ONLY.search(text) else []
    tcvn3 = [] if vni else _TCVN3_ONLY.findall(text)
    if len(vni) >= 20 and len(set(vni)) >= 5:
        only, read = _VNI_ONLY, from_vni
    elif len(tcvn3) >= 20 and len(set(tcvn3)) >= 6 and len(_TCVN3_SIGNS.findall(text)) >= len(tcvn3) / 5:
        only, read = _TCVN3_ONLY, from_tcvn3
    else:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if only.search(line) and not _UNICODE_ONLY.search(line):
            lines[k] = read(line)
    return "\n".join(lines)
