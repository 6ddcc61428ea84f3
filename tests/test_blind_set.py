"""The blind evaluation set (tests/fixtures/blind_plans) is frozen: its documents and expected facts do not change
without a visible, recorded correction (see its README). These tests check the freeze and the expected facts'
form only; they do not assert extraction quality (`ictplans evaluate` reports that)."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
import yaml
from conftest import FIXTURES

from analysis import codebook

BLIND = FIXTURES / "blind_plans"
EXPECTED = BLIND / "expected"
KEYS = {"indicator", "kind", "scope", "year", "value", "low", "high", "qualifier", "quote"}


def frozen() -> dict[str, str]:
    """relative path → sha256, from FROZEN.sha256 (sha256sum format)."""
    out = {}
    for line in (BLIND / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            out[name.lstrip("*")] = digest
    return out


def expected_files() -> list:
    return sorted(EXPECTED.glob("*.yaml"))


def test_every_frozen_file_is_unchanged():
    for name, digest in frozen().items():
        data = (BLIND / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} changed after freezing (see README)"


def test_no_file_was_added_or_removed_after_freezing():
    present = {p.relative_to(BLIND).as_posix() for p in BLIND.rglob("*") if p.suffix in (".txt", ".yaml")}
    assert present == set(frozen())


def test_the_set_has_its_documents_and_an_expected_file_for_each():
    texts = sorted(p.stem for p in BLIND.glob("*.txt"))
    assert len(texts) >= 12
    assert texts == [p.stem for p in expected_files()]


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.stem)
def test_expected_facts_quote_the_text_and_use_codebook_indicators(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source_file"] == f"{path.stem}.txt"
    assert data["notes"]
    text = unicodedata.normalize("NFC", (BLIND / data["source_file"]).read_text(encoding="utf-8"))
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


def test_every_document_is_marked_synthetic():
    for path in BLIND.glob("*.txt"):
        assert "số liệu hư cấu" in path.read_text(encoding="utf-8"), path.name
