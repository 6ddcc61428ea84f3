"""The blind evaluation sets (tests/fixtures/blind_plans, blind2_plans, blind3_plans, blind4_plans, blind5_plans) are
frozen: their documents and expected facts do not change without a visible, recorded correction (see each README). These
tests check the freeze and the expected facts' form only; they do not assert extraction quality (`ictplans evaluate`
reports that). Checks that belong to one set alone are in test_blind2_set.py."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
import yaml
from conftest import FIXTURES

from analysis import codebook

KEYS = {"indicator", "kind", "scope", "year", "value", "low", "high", "qualifier", "quote"}
# (folder, fewest documents, whether every fact that is no multi-year amount names its year)
SETS = [
    ("blind_plans", 12, False),
    ("blind2_plans", 10, True),
    ("blind3_plans", 12, True),
    ("blind4_plans", 13, True),
    ("blind5_plans", 13, True),
]


def frozen(folder: str) -> dict[str, str]:
    """relative path → sha256, from FROZEN.sha256 (sha256sum format)."""
    out = {}
    for line in (FIXTURES / folder / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            out[name.lstrip("*")] = digest
    return out


def expected_files(folder: str) -> list:
    return sorted((FIXTURES / folder / "expected").glob("*.yaml"))


@pytest.mark.parametrize("folder", [s[0] for s in SETS])
def test_every_frozen_file_is_unchanged(folder):
    for name, digest in frozen(folder).items():
        data = (FIXTURES / folder / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} changed after freezing (see README)"


@pytest.mark.parametrize("folder", [s[0] for s in SETS])
def test_no_file_was_added_or_removed_after_freezing(folder):
    root = FIXTURES / folder
    present = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix in (".txt", ".yaml")}
    assert present == set(frozen(folder))


@pytest.mark.parametrize(("folder", "fewest"), [s[:2] for s in SETS])
def test_the_set_has_its_documents_and_an_expected_file_for_each(folder, fewest):
    texts = sorted(p.stem for p in (FIXTURES / folder).glob("*.txt"))
    assert len(texts) >= fewest
    assert texts == [p.stem for p in expected_files(folder)]


@pytest.mark.parametrize(
    ("folder", "years_named", "path"),
    [(folder, years, p) for folder, _, years in SETS for p in expected_files(folder)],
    ids=lambda v: v.stem if hasattr(v, "stem") else None,
)
def test_expected_facts_quote_the_text_and_use_codebook_indicators(folder, years_named, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source_file"] == f"{path.stem}.txt"
    assert data["notes"]
    text = unicodedata.normalize("NFC", (FIXTURES / folder / data["source_file"]).read_text(encoding="utf-8"))
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
        elif years_named:
            assert f["year"] is not None, f


@pytest.mark.parametrize("folder", [s[0] for s in SETS])
def test_every_document_is_marked_synthetic(folder):
    for path in (FIXTURES / folder).glob("*.txt"):
        assert "số liệu hư cấu" in path.read_text(encoding="utf-8"), path.name
