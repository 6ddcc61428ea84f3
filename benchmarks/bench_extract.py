"""Extraction throughput on a synthetic corpus of 1,000 plan texts (one core, or `--jobs N` processes).

The corpus is made from the seeds and the synthetic test plans: each document is one of them with every number
changed and the province swapped, so the extractor sees realistic text it has not seen byte for byte.
Prints MB/s; asserts nothing (tests never assert wall-clock times).

The corpus is extracted `--repeat` times in one process. The first run also pays one-off costs (compiling
the rules' regexes and automata, reading the codebook); the later ones show the steady rate of a long batch.
Both are printed, with the median and the spread of the later runs, because this machine's timings vary by
±10 % from one minute to the next. The CPU time of the process is printed too: when other programs share the
cores, wall-clock time grows with their load and CPU time much less.

    .venv/bin/python benchmarks/bench_extract.py [--docs 1000] [--repeat 5] [--keep DIR] [--jobs N]

`--jobs N` runs the per-file work on a pool of N processes (`analysis.executors.make_executor`, what
`ictplans extract --jobs N` uses); the pool is started once and kept for every run, so the later runs show the
steady rate of a long batch on N cores. The CPU time printed is then that of the parent process only (reading
the results back and assembling the tables), not the workers'.

A speed-up must not change what is extracted: `benchmarks/same_output.py` saves the interim tables before the
change (with `--corpus DIR` for a corpus kept here) and checks they are byte for byte the same after it.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from analysis.executors import make_executor
from analysis.extract import extract_corpus
from analysis.provinces import load_provinces

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "synthetic_plans").glob("*.txt")
)


def mutate(text: str, rng: random.Random) -> str:
    names = [p.name for p in load_provinces()]
    new = rng.choice(names)
    for p in names:
        if p in text:
            text = text.replace(p, new)
    return re.sub(r"\b\d{1,3}\b", lambda m: str(max(0, int(m.group()) + rng.randint(-3, 3))), text)


def make_corpus(folder: Path, n_docs: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    total = 0
    for i in range(n_docs):
        body = mutate(rng.choice(texts), rng)
        data = body.encode("utf-8")
        (folder / f"doc_{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5, help="extract the corpus this many times (at least 1)")
    parser.add_argument("--keep", type=Path, default=None, help="write the corpus here instead of a temp folder")
    parser.add_argument("--jobs", type=int, default=1, help="processes that extract (default 1: this one)")
    args = parser.parse_args()
    seconds: list[float] = []
    cpu: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, make_executor(max(1, args.jobs)) as executor:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        n_bytes = make_corpus(folder, args.docs)
        for _ in range(max(1, args.repeat)):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = extract_corpus(folder, executor=executor)
            seconds.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    mb = n_bytes / 1e6
    cores = "one core" if args.jobs <= 1 else f"{args.jobs} processes"
    print(f"documents        {len(result.documents):>10,}")
    print(f"facts            {len(result.facts):>10,}")
    print(f"budget lines     {len(result.budget_lines):>10,}")
    print(f"corpus           {mb:>10.2f} MB")
    print(f"first run        {seconds[0]:>10.2f} s   {mb / seconds[0]:>6.2f} MB/s ({cores}, includes one-off setup)")
    later = seconds[1:]
    if later:
        median = statistics.median(later)
        print(
            f"later runs       {median:>10.2f} s   {mb / median:>6.2f} MB/s ({cores}, median of {len(later)};"
            f" {mb / max(later):.2f}–{mb / min(later):.2f})"
        )
        cpu_median = statistics.median(cpu[1:])
        whose = "this process" if args.jobs <= 1 else "the parent process only"
        print(f"later runs, CPU  {cpu_median:>10.2f} s   {mb / cpu_median:>6.2f} MB/s (CPU time of {whose})")


if __name__ == "__main__":
    main()
