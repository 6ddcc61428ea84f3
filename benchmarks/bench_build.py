"""Report build benchmarks; prints figures, asserts nothing.

1. The full build of the seeds (`ictplans build --force`, parallel) against the chain a user would otherwise
   script, one notebook after another: `papermill` CLI, `jupyter nbconvert --to html --no-input`, `weasyprint`.
2. A rebuild when nothing changed.
3. Every report at 5 and at 63 provinces of the same generated corpus (analysis.scale_corpus: one generated plan
   text each), with the seconds of each report and the build's wall-clock and CPU time per report, and the
   63-province figures beside the seeds' too (CPU time: the build and every process it waited for, kernels
   included; it holds when other work shares the machine, wall-clock time does not).
4. Where the time of one report goes: kernel start and imports, execution, HTML, PDF.

    .venv/bin/python benchmarks/bench_build.py [--skip-chain] [--skip-63] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


CPU = {"last": 0.0}  # CPU seconds of the last `run`, the build and every process it waited for (kernels included)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], **kw) -> float:
    """Wall-clock seconds of `cmd`; its CPU seconds (with all its descendants') are left in CPU["last"]. The CPU
    figure holds when other work shares the machine, which the wall-clock one does not."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    CPU["last"] = _children_cpu() - cpu
    return time.perf_counter() - started


def build_cmd(root: Path, raw: Path, *extra: str) -> list[str]:
    return [str(BIN / "ictplans"), "build", "--raw-dir", str(raw), "--interim-dir", str(root / "interim"),
            "--processed-dir", str(root / "processed"), "--reports-dir", str(root / "reports"),
            "--notebooks-dir", str(ROOT / "notebooks"), *extra]  # fmt: skip


def naive_chain(root: Path, processed: Path, provinces: list[str]) -> float:
    """What a user would script without the bundle: each notebook through three CLIs, one after another."""
    out = root / "chain"
    out.mkdir()
    jobs = [("00_overview", {}), ("02_budgets", {}), ("03_service_levels", {}), ("04_staffing", {})]
    jobs += [("05_province_profile", {"province": p}) for p in provinces]
    jobs.insert(1, ("01_clean_plan_data", {"interim_dir": str(root / "interim"),
                                           "processed_dir": str(root / "chain-processed")}))  # fmt: skip
    started = time.perf_counter()
    for i, (name, params) in enumerate(jobs):
        if name != "01_clean_plan_data":
            params = {**params, "data_dir": str(processed)}
        args = [a for k, v in params.items() for a in ("-p", k, v)]
        executed, html, pdf = out / f"{i}.ipynb", out / f"{i}.html", out / f"{i}.pdf"
        subprocess.run([str(BIN / "papermill"), str(ROOT / "notebooks" / f"{name}.ipynb"), str(executed), *args,
                        "--cwd", str(ROOT / "notebooks")], check=True, capture_output=True)  # fmt: skip
        subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed),
                        "--output", str(html)], check=True, capture_output=True)  # fmt: skip
        subprocess.run([str(BIN / "weasyprint"), str(html), str(pdf)], check=True, capture_output=True)
    return time.perf_counter() - started


def one_report_breakdown(processed: Path, work: Path) -> dict[str, float]:
    import nbformat
    from nbclient import NotebookClient

    from analysis.render import html_to_pdf, notebook_to_html

    nb = nbformat.read(ROOT / "notebooks" / "02_budgets.ipynb", as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell(f"data_dir = {str(processed)!r}"))
    client = NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}})
    t = {}
    t0 = time.perf_counter()
    with client.setup_kernel():
        t["kernel start"] = time.perf_counter() - t0
        for i in (1, 2):  # parameters
            client.execute_cell(nb.cells[i], i)
        t1 = time.perf_counter()
        client.execute_cell(nb.cells[3], 3)  # imports + loading the data (first code cell after parameters)
        t["imports + data load (first cell)"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        for i, cell in enumerate(nb.cells[4:], start=4):
            client.execute_cell(cell, i)
        t["rest of the notebook"] = time.perf_counter() - t2
        t3 = time.perf_counter()
    t["kernel shutdown"] = time.perf_counter() - t3
    path = work / "breakdown.ipynb"
    nbformat.write(nb, path)
    t4 = time.perf_counter()
    html = notebook_to_html(path, "breakdown")
    t["HTML (nbconvert)"] = time.perf_counter() - t4
    t5 = time.perf_counter()
    html_to_pdf(html, work / "breakdown.pdf", work)
    t["PDF (WeasyPrint)"] = time.perf_counter() - t5
    return t


def per_report_seconds(reports: Path) -> dict[str, float]:
    """Seconds each report took to render (execute, HTML, PDF), from the build's manifest."""
    manifest = json.loads((reports / "manifest.json").read_text(encoding="utf-8"))
    return {name: entry["seconds"] for name, entry in manifest["reports"].items() if "seconds" in entry}


def print_per_report(label: str, wall: float, seconds: dict[str, float], jobs: int, cpu: float) -> tuple[float, float]:
    """The seconds of each kind of report, and the build's wall-clock and CPU time per report."""
    profiles = [v for k, v in seconds.items() if k.startswith("05_province_profile")]
    others = {k: v for k, v in seconds.items() if not k.startswith("05_province_profile")}
    n = len(seconds)
    print(f"{label}: {n} outputs in {wall:.1f} s wall ({jobs} jobs) → {wall / n:.2f} s per report; "
          f"CPU {cpu:.1f} s → {cpu / n:.2f} s per report (extraction and cleaning included)")  # fmt: skip
    for name, v in sorted(others.items()):
        print(f"    {name:34s} {v:6.1f} s")
    if profiles:
        print(
            f"    {'05_province_profile (mean of ' + str(len(profiles)) + ')':34s} {statistics.mean(profiles):6.1f} s"
        )
    return wall / n, cpu / n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-chain", action="store_true")
    parser.add_argument("--skip-63", action="store_true")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; build jobs: {args.jobs}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        raw = ROOT / "data" / "raw"
        full = run(build_cmd(root, raw, "--force", "--jobs", str(args.jobs)))
        n_reports = len(list((root / "reports").glob("*.pdf")))
        print(f"full build, seeds ({n_reports} reports, HTML+PDF)    {full:8.1f} s")
        at5, cpu5 = print_per_report(
            "5 provinces (seeds)", full, per_report_seconds(root / "reports"), args.jobs, CPU["last"]
        )
        again = run(build_cmd(root, raw))
        print(f"rebuild, nothing changed                    {again:8.2f} s")
        if not args.skip_chain:
            provinces = ["Thái Bình", "Kon Tum", "Long An", "Ninh Thuận", "Đồng Tháp"]
            chain = naive_chain(root, root / "processed", provinces)
            print(f"naive chain (papermill → nbconvert → weasyprint CLIs, sequential) {chain:8.1f} s"
                  f"  → bundle is {chain / full:.1f}× faster")  # fmt: skip
        work = root / "breakdown"
        work.mkdir()
        print("one report (02_budgets), where the time goes:")
        for k, v in one_report_breakdown(root / "processed", work).items():
            print(f"  {k:34s} {v:6.2f} s")
        if not args.skip_63:
            from analysis.scale_corpus import write_scale_corpus

            # The same generated plans at 5 and at 63 provinces: the seeds are shorter texts with fewer facts
            # in common, so seeds-vs-generated would mix the cost of scale with the cost of richer documents.
            figures = {}
            for n in (5, 63):
                corpus = root / f"raw{n}"
                write_scale_corpus(corpus, n)
                t_n = run(build_cmd(root / f"p{n}", corpus, "--jobs", str(args.jobs)))
                figures[n] = print_per_report(
                    f"{n} provinces (generated)", t_n, per_report_seconds(root / f"p{n}" / "reports"), args.jobs,
                    CPU["last"],
                )  # fmt: skip
            (g5, gcpu5), (at63, cpu63) = figures[5], figures[63]
            print(f"per report, 63 vs 5 generated provinces: {at63:.2f} s vs {g5:.2f} s wall ({at63 / g5:.2f}×); "
                  f"{cpu63:.2f} s vs {gcpu5:.2f} s CPU ({cpu63 / gcpu5:.2f}×)")  # fmt: skip
            print(f"per report, 63 generated vs the 5 seeds: {at63:.2f} s vs {at5:.2f} s wall ({at63 / at5:.2f}×); "
                  f"{cpu63:.2f} s vs {cpu5:.2f} s CPU ({cpu63 / cpu5:.2f}×)")  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
