"""The hand-kept crosswalk of the 63 former provinces and their 2025 successors (Resolution 202/2025/QH15)."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.provinces import find_province, load_provinces, lookup, slugify


def test_crosswalk_covers_63_provinces_and_34_successors():
    provinces = load_provinces()
    assert len(provinces) == 63 and len({p.code for p in provinces}) == 63
    assert len({p.successor_name for p in provinces}) == 34
    for p in provinces:
        assert unicodedata.is_normalized("NFC", p.name) and len(p.code) == 2


@pytest.mark.parametrize(
    ("name", "code", "successor"),
    [("Đồng Tháp", "87", "Đồng Tháp"), ("Thái Bình", "34", "Hưng Yên"), ("Long An", "80", "Tây Ninh"),
     ("Ninh Thuận", "58", "Khánh Hòa"), ("Kon Tum", "62", "Quảng Ngãi"), ("Hà Nội", "01", "Hà Nội")],
)  # fmt: skip
def test_seed_provinces_and_their_successors(name, code, successor):
    p = lookup(name)
    assert (p.code, p.successor_name) == (code, successor)


@pytest.mark.parametrize("spelling", ["tỉnh Hòa Bình", "Hoà Bình", "HÒA BÌNH", "hoa-binh", "Tỉnh Hoà Bình"])
def test_lookup_accepts_the_spellings_people_use(spelling):
    assert lookup(spelling).name == "Hòa Bình"


def test_the_issuing_province_wins_over_places_mentioned_in_passing():
    text = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n… học tập kinh nghiệm của tỉnh Đồng Tháp, tỉnh Đồng Tháp và Thái Bình …"
    assert find_province(text)[0].name == "Kon Tum"
    assert find_province("Không nhắc tới tỉnh nào.")[0] is None


def test_a_province_written_with_the_old_tone_placement_is_found():
    # `Hoà`/`Hoá` (old placement) and `Hòa`/`Hóa` (new) are the same name; the text is only lower-cased.
    assert find_province("ỦY BAN NHÂN DÂN TỈNH THANH HOÁ\nKế hoạch …")[0].name == "Thanh Hóa"
    assert find_province("UBND tỉnh Khánh Hoà ban hành …")[0].name == "Khánh Hòa"
    assert find_province("UBND tỉnh Hòa Bình; học tập Hoà Bìnhxyz")[0].name == "Hòa Bình"
    assert find_province("Tỉnh Hoà Bìnhxyz")[0] is None  # part of a longer word


def test_slugify():
    assert slugify("Thái Bình 2072/QĐ-UBND") == "thai-binh-2072-qd-ubnd"
