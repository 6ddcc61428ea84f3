"""The second blind evaluation set (tests/fixtures/blind2_plans) is frozen: its documents and expected facts do not
change without a visible, recorded correction (see its README). These tests check the freeze, the expected facts'
form and that the set is registered; they do not assert extraction quality (`ictplans evaluate` reports that)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pytest
import yaml
from conftest import FIXTURES, RAW

from analysis import codebook
from analysis.evaluate import default_sets

BLIND2 = FIXTURES / "blind2_plans"
EXPECTED = BLIND2 / "expected"
KEYS = {"indicator", "kind", "scope", "year", "value", "low", "high", "qualifier", "quote"}


def frozen() -> dict[str, str]:
    """relative path → sha256, from FROZEN.sha256 (sha256sum format)."""
    out = {}
    for line in (BLIND2 / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            out[name.lstrip("*")] = digest
    return out


def expected_files() -> list:
    return sorted(EXPECTED.glob("*.yaml"))


def province(stem: str) -> str:
    """The province part of a file name: everything before the four-digit year."""
    return re.split(r"-\d{4}(?:-|$)", stem, maxsplit=1)[0]


def test_every_frozen_file_is_unchanged():
    for name, digest in frozen().items():
        data = (BLIND2 / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} changed after freezing (see README)"


def test_no_file_was_added_or_removed_after_freezing():
    present = {p.relative_to(BLIND2).as_posix() for p in BLIND2.rglob("*") if p.suffix in (".txt", ".yaml")}
    assert present == set(frozen())


def test_the_set_has_its_documents_and_an_expected_file_for_each():
    texts = sorted(p.stem for p in BLIND2.glob("*.txt"))
    assert len(texts) >= 10
    assert texts == [p.stem for p in expected_files()]


def test_its_provinces_are_new_to_every_other_set():
    mine = {province(p.stem) for p in BLIND2.glob("*.txt")}
    assert len(mine) >= 10
    others = {province(p.stem) for p in RAW.glob("*.txt")}
    for folder in ("synthetic_plans", "heldout_plans", "blind_plans"):
        others |= {province(p.stem) for p in (FIXTURES / folder).glob("*.txt")}
    assert others, "the other sets' file names were not found"
    assert not mine & others, sorted(mine & others)


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.stem)
def test_expected_facts_quote_the_text_and_use_codebook_indicators(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source_file"] == f"{path.stem}.txt"
    assert data["notes"]
    text = unicodedata.normalize("NFC", (BLIND2 / data["source_file"]).read_text(encoding="utf-8"))
    known = set(codebook.indicators())
    for f in data["facts"]:
        assert KEYS <= set(f), f
        assert f["indicator"] in known, f["indicator"]
        assert f["kind"] in ("baseline", "target") and f["scope"] in ("province", "district", "commune", "all")
        assert f["qualifier"] in (None, "approx", "over", "nearly", "at_least")
        assert unicodedata.normalize("NFC", f["quote"]) in text, f["quote"]
        assert (f["value"] is None) == (f["low"] is not None and f["high"] is not None)
        if "period_start" in f or "period_end" in f:
            # A multi-year amount is about the whole period, so it has no single year.
            assert f["year"] is None and f["period_start"] < f["period_end"], f
        else:
            assert f["year"] is not None, f


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.stem)
def test_one_expected_fact_per_distinct_key(path):
    facts = yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
    keys = [
        (f["indicator"], f["kind"], f["scope"], f["year"], f.get("period_start"), f["value"], f["low"], f["high"])
        for f in facts
    ]
    assert len(keys) == len(set(keys))


def test_every_document_is_marked_synthetic():
    for path in BLIND2.glob("*.txt"):
        assert "số liệu hư cấu" in path.read_text(encoding="utf-8"), path.name


def test_the_set_is_registered_for_evaluation():
    expected_dir, raw_dir = default_sets()["blind2"]
    assert (expected_dir.resolve(), raw_dir.resolve()) == (EXPECTED.resolve(), BLIND2.resolve())
