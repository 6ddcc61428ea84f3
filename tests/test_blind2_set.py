"""The second blind evaluation set (tests/fixtures/blind2_plans) is frozen: its documents and expected facts do not
change without a visible, recorded correction (see its README). These tests check the freeze, the expected facts'
form and that the set is registered; they do not assert extraction quality (`ictplans evaluate` reports that).
The checks both blind sets share (hashes, files, expected facts' form, the synthetic mark) are in test_blind_set.py."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import FIXTURES, RAW

from analysis.evaluate import default_sets

BLIND2 = FIXTURES / "blind2_plans"
EXPECTED = BLIND2 / "expected"


def expected_files() -> list:
    return sorted(EXPECTED.glob("*.yaml"))


def province(stem: str) -> str:
    """The province part of a file name: everything before the four-digit year."""
    return re.split(r"-\d{4}(?:-|$)", stem, maxsplit=1)[0]


def test_its_provinces_are_new_to_every_other_set():
    mine = {province(p.stem) for p in BLIND2.glob("*.txt")}
    assert len(mine) >= 10
    others = {province(p.stem) for p in RAW.glob("*.txt")}
    for folder in ("synthetic_plans", "heldout_plans", "blind_plans"):
        others |= {province(p.stem) for p in (FIXTURES / folder).glob("*.txt")}
    assert others, "the other sets' file names were not found"
    assert not mine & others, sorted(mine & others)


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.stem)
def test_one_expected_fact_per_distinct_key(path):
    facts = yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
    keys = [
        (f["indicator"], f["kind"], f["scope"], f["year"], f.get("period_start"), f["value"], f["low"], f["high"])
        for f in facts
    ]
    assert len(keys) == len(set(keys))


def test_the_set_is_registered_for_evaluation():
    expected_dir, raw_dir = default_sets()["blind2"]
    assert (expected_dir.resolve(), raw_dir.resolve()) == (EXPECTED.resolve(), BLIND2.resolve())
