"""What an operator relies on: a failing notebook is isolated and never published, a killed build leaves the
previous complete set readable, and only one build runs at a time."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time

import nbformat
import pytest
from conftest import ROOT, build_cmd

from analysis.build import BuildLock

pytestmark = pytest.mark.e2e


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    proc = subprocess.run(
        build_cmd(tmp_path, "--only", "02_budgets", "--only", "00_overview", notebooks=tmp_path / "notebooks"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return tmp_path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def published_set_is_complete(reports) -> None:
    manifest = json.loads((reports / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["reports"]
    for entry in manifest["reports"].values():
        for out in entry["outputs"]:
            data = (reports / out).read_bytes()
            if out.endswith(".pdf"):
                assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:], f"{out} is not a whole PDF"
            else:
                assert data.rstrip().endswith(b"</html>"), f"{out} is not a whole HTML page"
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert index.rstrip().endswith("</html>")


def test_a_broken_notebook_is_not_published_and_the_others_still_render(project):
    reports = project / "reports"
    before = {f: digest(reports / f) for f in ("02_budgets.html", "02_budgets.pdf")}
    nb_path = project / "notebooks" / "02_budgets.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell('raise ValueError("broken on purpose")'))
    nbformat.write(nb, nb_path)
    proc = subprocess.run(
        build_cmd(project, "--only", "02_budgets", "--only", "00_overview", "--force", notebooks=project / "notebooks"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 1
    assert "02_budgets" in proc.stderr and "ValueError: broken on purpose" in proc.stderr
    assert {f: digest(reports / f) for f in before} == before  # the last good report stays published
    assert (reports / "_failed" / "02_budgets.ipynb").exists()
    assert "broken on purpose" in (reports / "_failed" / "02_budgets.error.txt").read_text(encoding="utf-8")
    assert (reports / "00_overview.pdf").exists()  # the other report rendered
    manifest = json.loads((reports / "manifest.json").read_text(encoding="utf-8"))
    assert "broken on purpose" in manifest["reports"]["02_budgets"]["last_error"]
    assert 'href="02_budgets.pdf"' in (reports / "index.html").read_text(encoding="utf-8")
    assert "broken on purpose" in (reports / "build.log").read_text(encoding="utf-8")
    published_set_is_complete(reports)


@pytest.mark.parametrize("delay", [2.0, 5.0])
def test_a_killed_build_leaves_the_previous_complete_set(project, delay):
    proc = subprocess.Popen(
        build_cmd(project, "--only", "02_budgets", "--only", "00_overview", "--force", notebooks=project / "notebooks"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)  # the build and its kernels, at once
    proc.wait()
    published_set_is_complete(project / "reports")
    # …and the next build cleans up and completes.
    again = subprocess.run(
        build_cmd(project, "--only", "02_budgets", "--only", "00_overview", notebooks=project / "notebooks"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    published_set_is_complete(project / "reports")
    assert not list((project / "reports").glob(".*.tmp"))


def test_one_build_at_a_time(project):
    reports = project / "reports"
    with BuildLock(reports / ".build.lock"):
        proc = subprocess.run(
            build_cmd(project, "--only", "02_budgets", notebooks=project / "notebooks"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 3
    assert "another build is running" in proc.stderr and "--wait" in proc.stderr


def test_wait_queues_behind_a_running_build(project):
    reports = project / "reports"
    lock = BuildLock(reports / ".build.lock").__enter__()
    waiting = subprocess.Popen(
        build_cmd(project, "--only", "02_budgets", "--wait", notebooks=project / "notebooks"),
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    assert waiting.poll() is None  # still waiting for the lock
    lock.__exit__(None, None, None)
    _, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
