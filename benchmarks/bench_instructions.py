"""Instructions the extractor executes per kilobyte of plan text: a deterministic speed figure (callgrind).

Wall-clock and CPU time on a shared machine swing by ±30 % from one minute to the next, so two versions of the rules
can only be told apart by many interleaved runs of `bench_extract.py`. The number of instructions executed does not
swing: Valgrind's callgrind counts them (about 50× slower than a plain run, so a small corpus is used). The figure is
instructions of extraction alone: the same process run without the extraction loop is subtracted (Python start-up,
imports, reading the files and warming up on three documents).

    .venv/bin/python benchmarks/bench_instructions.py [--docs 30] [--against REV]

`--against REV` measures the code of a git revision too (checked out in a temporary worktree) on the same corpus and
prints the ratio. Needs Valgrind (Debian: `sudo apt-get install valgrind`); prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import make_corpus  # noqa: E402

# Run under callgrind: read the corpus, warm up on three documents, then (with `extract`) extract every document.
_RUN = """
import sys
from pathlib import Path
import analysis.extract as X
from analysis.corpus import read_corpus
sources, _ = read_corpus(Path(sys.argv[1]))
for s in sources[:3]:
    X.extract_source_numbers(s)
if sys.argv[2] == "extract":
    for s in sources:
        X.extract_source_numbers(s)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(src: Path, corpus: Path, script: Path, extract: bool) -> int:
    """Instructions callgrind counts for one run of `script` with the package at `src`."""
    # (One BLAS thread: numpy's OpenBLAS otherwise starts worker threads that spin while they wait, and callgrind counts
    # their instructions too: some millions a run, more or fewer with the run's wall-clock time on a busy machine.)
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    env["OMP_NUM_THREADS"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable, str(script),
             str(corpus), "extract" if extract else "warm"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
    return int(_REFS.search(done.stderr).group(1).replace(",", ""))


def extraction_instructions(src: Path, corpus: Path, script: Path) -> int:
    return instructions(src, corpus, script, True) - instructions(src, corpus, script, False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--against", default=None, help="a git revision to measure as well, for the ratio")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions needs Valgrind: sudo apt-get install valgrind")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, script = Path(tmp) / "corpus", Path(tmp) / "run.py"
        corpus.mkdir()
        script.write_text(_RUN, encoding="utf-8")
        kb = make_corpus(corpus, args.docs) / 1000
        now = extraction_instructions(ROOT / "src", corpus, script)
        print(f"corpus           {args.docs} documents, {kb:,.0f} kB")
        print(f"this checkout    {now / 1e9:.3f} G instructions   {now / kb / 1e6:.2f} M a kB")
        if args.against:
            tree = Path(tmp) / "against"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run([*git, "add", "--detach", "-q", str(tree), args.against], check=True)
            try:
                then = extraction_instructions(tree / "src", corpus, script)
            finally:
                subprocess.run([*git, "remove", "--force", str(tree)], check=True)
            print(f"{args.against:<16} {then / 1e9:.3f} G instructions   {then / kb / 1e6:.2f} M a kB")
            print(f"ratio            {now / then:.3f} (this checkout / {args.against})")


if __name__ == "__main__":
    main()
