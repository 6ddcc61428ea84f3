from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str) -> str:
    """A system tool a test needs. Outside CI a missing tool skips the test; in CI it fails it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package: see .ci/run)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def build_cmd(root: Path, *extra: str, raw: Path = RAW, notebooks: Path | None = None) -> list[str]:
    """`ictplans build` into a scratch project at `root` (data/ and reports/ under it)."""
    return [
        sys.executable, "-m", "analysis", "build", "--raw-dir", str(raw),
        "--interim-dir", str(root / "data" / "interim"), "--processed-dir", str(root / "data" / "processed"),
        "--reports-dir", str(root / "reports"), "--notebooks-dir", str(notebooks or ROOT / "notebooks"), *extra,
    ]  # fmt: skip


def extracted_facts(tmp_path: Path, text: str, name: str = "doc.txt") -> set[tuple]:
    """(indicator, kind, scope, year, value) of every fact extracted from `text`, written as `name` in `tmp_path` and
    read without a problem: what the extraction rules' tests compare (a missing year is <NA>)."""
    from analysis.extract import extract_corpus

    (tmp_path / name).write_text(text, encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert not result.problems
    f = result.facts
    years = f["year"].astype("Int64").astype(object)
    return set(zip(f["indicator"], f["kind"], f["scope"], years, f["value"], strict=True))


def read_corpus_without_tesseract(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """`read_corpus(folder)` as on a machine with no Tesseract (its `which` hidden, the cached answer cleared before
    and after): what a user without OCR is told about scans and images."""
    from analysis import formats
    from analysis.corpus import read_corpus

    real_which = formats.shutil.which
    monkeypatch.setattr(formats.shutil, "which", lambda n: None if n == "tesseract" else real_which(n))
    formats.ocr_available.cache_clear()
    try:
        return read_corpus(folder)
    finally:
        formats.ocr_available.cache_clear()


def pdf_text(path: Path) -> str:
    """The text of a PDF as a reader sees it. Lines wrap inside table cells (also after a hyphen in a file
    name), so whitespace is collapsed: tests compare text, not layout."""
    pdftotext = require_tool("pdftotext")
    raw = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"-\s+", "-", " ".join(raw.split()))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    from analysis.corpus import read_source

    return {p.name: read_source(p).text for p in sorted(RAW.glob("*.txt"))}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules that build reports end to end (marked e2e: a minute or more each) are run first. `make test` spreads
    the modules over the cores (`pytest -n auto --dist loadfile`), a module to one worker; started last, the longest
    would run alone at the end while the other cores sat idle. A module stays in one piece (its fixtures are set up
    once) and keeps its tests' order."""
    slow_modules = {item.module.__name__ for item in items if item.get_closest_marker("e2e") is not None}
    items.sort(key=lambda item: item.module.__name__ not in slow_modules)
