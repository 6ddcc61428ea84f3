"""Pages per minute of the per-file stage (read, OCR, extract) for text PDFs and for scans, with 1 and 2 jobs.

Prints figures, asserts nothing. The PDFs are the project's plan texts printed by WeasyPrint; the scans are
their first pages rasterised at 200 dpi into image-only PDFs (tests/make_formats.py). No text cache, so every
scanned page is OCR'd in every run.

    .venv/bin/python benchmarks/bench_formats.py [--scan-pages 6]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from make_formats import pdf_to_scan, text_to_pdf  # noqa: E402

from analysis.executors import make_executor  # noqa: E402
from analysis.extract import extract_corpus  # noqa: E402


def pages_of(folder: Path) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(str(p))) for p in folder.glob("*.pdf"))


def run(folder: Path, jobs: int) -> tuple[float, int, int]:
    started = time.perf_counter()
    with make_executor(jobs) as executor:
        result = extract_corpus(folder, executor=executor)
    return time.perf_counter() - started, len(result.documents), len(result.facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan-pages", type=int, default=6, help="scanned pages to OCR per run (default 6)")
    args = parser.parse_args()
    plans = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "synthetic_plans").glob("*.txt")
    )
    with tempfile.TemporaryDirectory() as tmp:
        text_dir, scan_dir = Path(tmp) / "pdf", Path(tmp) / "scan"
        text_dir.mkdir()
        scan_dir.mkdir()
        for p in plans:
            text_to_pdf(p.read_text(encoding="utf-8"), text_dir / f"{p.stem}.pdf")
        left = args.scan_pages
        for pdf in sorted(text_dir.glob("*.pdf")):  # scans of 2 pages each until the page budget is spent
            if left <= 0:
                break
            pdf_to_scan(pdf, scan_dir / pdf.name, pages=min(2, left))
            left -= 2
        print(f"{'corpus':<12} {'jobs':>4} {'files':>5} {'pages':>5} {'seconds':>8} {'pages/min':>10} {'facts':>6}")
        for label, folder in (("text PDFs", text_dir), ("scans (OCR)", scan_dir)):
            n_pages = pages_of(folder)
            n_files = len(list(folder.glob("*.pdf")))
            for jobs in (1, 2):
                seconds, _, n_facts = run(folder, jobs)
                print(
                    f"{label:<12} {jobs:>4} {n_files:>5} {n_pages:>5} {seconds:>8.2f} "
                    f"{n_pages / seconds * 60:>10.0f} {n_facts:>6}"
                )


if __name__ == "__main__":
    main()
