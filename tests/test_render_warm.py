"""A report rendered on a warm kernel (one kept by the worker for the next run of the same notebook) is the report
a new kernel renders: each run sees only its own parameters."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import render
from analysis.render import ReportJob, render_report

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "notebooks" / "05_province_profile.ipynb"


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("warm")
    run = [sys.executable, "-m", "analysis"]
    subprocess.run(
        [*run, "extract", "--out-dir", str(root / "interim"), "--jobs", "1"], check=True, capture_output=True
    )
    subprocess.run([*run, "clean", "--interim-dir", str(root / "interim"), "--out-dir", str(root / "processed")],
                   check=True, capture_output=True)  # fmt: skip
    return root / "processed"


def _report(path: Path) -> str:
    # papermill gives the cell it injects a new random id at every run; the footer names the time of the run
    html = path.read_text(encoding="utf-8")
    return re.sub(r'id="cell-id=[0-9a-f-]+"', "", re.sub(r"Generated: [^<·]*", "", html))


def test_a_warm_kernel_renders_each_province_as_a_new_kernel_does(processed, tmp_path):
    render._discard_warm_kernel()
    provinces = ["Kon Tum", "Thái Bình", "Kon Tum"]  # the last run follows another province's on the same kernel
    for i, province in enumerate(provinces):
        for warm in (True, False):
            job = ReportJob(f"p{i}", PROFILE, {"province": province, "data_dir": str(processed)})
            outcome = render_report(job, tmp_path / ("warm" if warm else "new"), ("html",), warm_kernel=warm)
            assert outcome.status == "ok", outcome.error
    kernel = render._WARM["km"]
    assert kernel.ictplans_runs == 3  # all three ran on one kernel
    for i, province in enumerate(provinces):
        warm, new = _report(tmp_path / "warm" / f"p{i}.html"), _report(tmp_path / "new" / f"p{i}.html")
        assert warm == new
        assert f"Province profile: {province}" in warm
    # nothing of the province before leaks into the next one's report
    assert (
        "Thái Bình"
        not in _report(tmp_path / "warm" / "p2.html").split("Where Kon Tum stands")[0].split("Every fact")[1]
    )


def test_a_failed_run_does_not_leave_its_kernel_for_the_next(processed, tmp_path):
    render._discard_warm_kernel()
    bad = ReportJob("bad", PROFILE, {"province": "Atlantis", "data_dir": str(processed)})
    assert render_report(bad, tmp_path, ("html",)).status == "failed"
    assert "km" not in render._WARM  # the failed run's kernel was stopped, not kept
    good = ReportJob("good", PROFILE, {"province": "Kon Tum", "data_dir": str(processed)})
    assert render_report(good, tmp_path, ("html",)).status == "ok"
    assert render._WARM["km"].ictplans_runs == 1
    render._discard_warm_kernel()
