"""A build whose source folder gives no document (every file unreadable, or the folder emptied): the exit code says
so, reports of nothing say it in words (no empty chart axes, no tables of headers alone), and an emptied folder never
replaces the last good reports."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys

import pytest
from conftest import RAW, build_cmd, pdf_text

pytestmark = pytest.mark.e2e


def _unreadable_folder(path):
    path.mkdir()
    (path / "empty.pdf").write_bytes(b"")
    (path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (path / "list.txt").write_text("Danh sách học sinh lớp 10A\n", encoding="utf-8")
    return path


def test_a_folder_of_unreadable_files_builds_reports_that_say_so_and_fails(tmp_path):
    raw = _unreadable_folder(tmp_path / "raw")
    cmd = build_cmd(tmp_path, "--only", "00_overview", "--only", "02_budgets", "--format", "pdf", raw=raw)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "no document could be read" in proc.stdout + proc.stderr
    overview = pdf_text(tmp_path / "reports" / "00_overview.pdf")
    assert "No document is in this selection" in overview
    assert all(name in overview for name in ("empty.pdf", "broken.docx", "list.txt"))
    budgets = pdf_text(tmp_path / "reports" / "02_budgets.pdf")
    assert "Nothing to show" in budgets
    assert "million VND" not in budgets  # (an empty chart's axis title, over a scale of nothing)


def test_extract_of_nothing_readable_exits_1(tmp_path):
    raw = _unreadable_folder(tmp_path / "raw")
    cmd = [sys.executable, "-m", "analysis", "extract", "--raw", str(raw), "--out", str(tmp_path / "out")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "no document could be read" in proc.stdout + proc.stderr


def test_an_emptied_source_folder_keeps_the_last_good_reports(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "long-an-2016-news.txt", raw)
    cmd = build_cmd(tmp_path, "--only", "00_overview", "--format", "html", raw=raw)
    assert subprocess.run(cmd, capture_output=True, text=True, timeout=600).returncode == 0
    data = tmp_path / "data"
    kept = {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in [
            *(tmp_path / "reports").glob("*.html"),
            *(data / "processed").glob("*.parquet"),
            *(data / "interim").glob("*.csv"),
        ]
    }
    (raw / "long-an-2016-news.txt").unlink()  # (an unmounted share, a sync gone wrong)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    assert "are kept" in proc.stdout + proc.stderr
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in kept} == kept
    assert "Long An" in (tmp_path / "reports" / "00_overview.html").read_text(encoding="utf-8")


def test_a_source_folder_that_does_not_exist_is_a_usage_error(tmp_path):
    # (a typo or an unmounted share: not the same thing as an empty folder)
    proc = subprocess.run(build_cmd(tmp_path, raw=tmp_path / "no-such-folder"), capture_output=True, text=True)
    assert proc.returncode == 2
    assert "raw folder not found" in proc.stdout + proc.stderr
    assert not (tmp_path / "reports").exists()


def test_reports_of_nothing_say_so_in_the_reports_language(tmp_path):
    raw = _unreadable_folder(tmp_path / "raw")
    cmd = build_cmd(tmp_path, "--only", "00_overview", "--format", "html", "--lang", "vi", raw=raw)
    assert subprocess.run(cmd, capture_output=True, text=True, timeout=600).returncode == 1
    page = (tmp_path / "reports" / "00_overview_vi.html").read_text(encoding="utf-8")
    assert "Không có gì để trình bày" in page and "Không có văn bản nào trong lựa chọn này" in page
    assert "Nothing to show" not in page
