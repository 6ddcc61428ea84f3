"""End to end: build from the seeds, read the PDF's text and the HTML, as a reader would."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import RAW, ROOT, require_tool

pytestmark = pytest.mark.e2e

PROVINCES = ["Thái Bình", "Kon Tum", "Long An", "Ninh Thuận", "Đồng Tháp"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    cmd = [
        sys.executable,
        "-m",
        "analysis",
        "build",
        "--raw-dir",
        str(RAW),
        "--interim-dir",
        str(out / "interim"),
        "--processed-dir",
        str(out / "processed"),
        "--reports-dir",
        str(out / "reports"),
        "--notebooks-dir",
        str(ROOT / "notebooks"),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc


def pdf_text(path) -> str:
    pdftotext = require_tool("pdftotext")
    raw = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Lines wrap inside table cells (also after a hyphen in a file name): compare text, not layout.
    return re.sub(r"-\s+", "-", " ".join(raw.split()))


def test_budget_pdf_reads_well(built):
    out, _ = built
    text = pdf_text(out / "reports" / "02_budgets.pdf")
    for province in PROVINCES:
        assert province in text, f"{province} missing (or its diacritics broken) in the PDF"
    assert "14,250" in text  # Thái Bình's total, million VND
    assert "15,945" in text  # Kon Tum's total
    assert "Tổng kinh phí: 14.250.000.000đồng" in text  # …beside the quote it came from
    assert "15 tỷ 945 triệu đồng" in text
    assert "not stated" in text  # missing is said, not shown as 0
    assert "Sources" in text and "2072/QĐ-UBND" in text and "235/QĐ-UBND" in text
    assert re.search(r"\b1\s*/\s*\d+\b", text)  # page numbers


def test_budget_html_is_a_report_with_embedded_charts(built):
    out, _ = built
    html = (out / "reports" / "02_budgets.html").read_text(encoding="utf-8")
    assert "Budgets of provincial IT application plans" in html
    assert html.count("data:image/png;base64,") >= 2  # charts embedded: one file can be mailed
    assert "compare.load_processed" not in html  # report mode: no code cells
    assert "Traceback" not in html
    assert 'href="../data/raw/thai-binh-2013-2072-qd-ubnd.txt"' in html  # sources link to the raw files


def test_index_links_every_report_format(built):
    out, _ = built
    index = (out / "reports" / "index.html").read_text(encoding="utf-8")
    assert 'href="02_budgets.html"' in index and 'href="02_budgets.pdf"' in index


def test_rebuild_with_nothing_changed_renders_nothing(built):
    out, _ = built
    cmd = [
        sys.executable,
        "-m",
        "analysis",
        "build",
        "--raw-dir",
        str(RAW),
        "--interim-dir",
        str(out / "interim"),
        "--processed-dir",
        str(out / "processed"),
        "--reports-dir",
        str(out / "reports"),
        "--notebooks-dir",
        str(ROOT / "notebooks"),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0
    assert "0 rendered, 1 unchanged, 0 failed" in proc.stderr
