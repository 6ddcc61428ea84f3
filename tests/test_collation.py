"""Vietnamese alphabetical order, and the reduced collation table it reads."""

from __future__ import annotations

from functools import cache
from importlib import resources

import pyuca
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import collation
from analysis.collation import sort_key, sorted_vi, tailor, write_table
from analysis.provinces import load_provinces


@cache
def full_table_collator():
    """The same rules on pyuca's whole table: what the reduced table must agree with."""
    return tailor(pyuca.Collator())


def test_the_vietnamese_alphabet_and_tones_order_names():
    names = ["Bắc Giang", "Bạc Liêu", "Cao Bằng", "Cần Thơ", "Hòa Bình", "Hồ Chí Minh", "Đắk Lắk", "Dương", "Vĩnh Long"]
    assert sorted_vi(names) == [
        "Bạc Liêu", "Bắc Giang", "Cao Bằng", "Cần Thơ", "Dương", "Đắk Lắk", "Hòa Bình", "Hồ Chí Minh", "Vĩnh Long",
    ]  # fmt: skip
    assert sort_key(None) > sort_key("Yên Bái")  # missing values last


def test_the_committed_table_is_what_write_table_makes_from_the_installed_pyuca(tmp_path):
    # After a pyuca upgrade this fails until `python -m analysis.collation` rewrites the table.
    entries = write_table(tmp_path / "table.txt")
    committed = resources.files("analysis").joinpath("collation_table.txt").read_text(encoding="utf-8")
    assert (tmp_path / "table.txt").read_text(encoding="utf-8") == committed
    assert 1000 < entries < 3000  # the Latin ranges, not the whole of DUCET (~30,000)


def test_every_province_name_gets_the_full_tables_key():
    full = full_table_collator()
    names = {n for p in load_provinces() for n in (p.name, p.successor_name) if n}
    assert len(names) >= 63
    for name in names:
        assert sort_key(name) == full.sort_key(name), name


_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    "0123456789 -–—.,;:()/%“”‘’…"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_VIETNAMESE, max_size=30))
def test_random_vietnamese_text_gets_the_full_tables_key(text):
    assert collation._string_key(text) == full_table_collator().sort_key(text)
