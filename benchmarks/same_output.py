"""Check that a speed-up changes nothing extracted: save the four interim tables of fixed corpora, then compare.

    .venv/bin/python benchmarks/same_output.py save /tmp/before [--corpus DIR]   # before the change
    .venv/bin/python benchmarks/same_output.py check /tmp/before [--corpus DIR]  # after: exit 1 on a difference

The corpora are the seeds (data/raw), the synthetic, held-out and development (dev_*) test plans, and
optionally a bigger folder (`bench_extract.py --keep DIR` writes one). documents.csv, facts.csv,
budget_lines.csv and numbers.csv must be byte for byte the same. Nothing is kept in the repository: the saved
tables live where you put them.
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

from analysis.extract import extract_corpus, write_interim

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "seeds": ROOT / "data" / "raw",
    "synthetic": ROOT / "tests" / "fixtures" / "synthetic_plans",
    "heldout": ROOT / "tests" / "fixtures" / "heldout_plans",
    # the development sets (never the frozen blind ones)
    **{p.name.removesuffix("_plans"): p for p in sorted((ROOT / "tests" / "fixtures").glob("dev_*_plans"))},
}
TABLES = ("documents", "facts", "budget_lines", "numbers")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("folder", type=Path, help="where the tables are saved (save) or were saved (check)")
    parser.add_argument("--corpus", type=Path, default=None, help="another folder of texts to extract")
    args = parser.parse_args()
    sets = dict(SETS)
    if args.corpus:
        sets["corpus"] = args.corpus
    differ = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in sets.items():
            out = args.folder / name if args.mode == "save" else Path(tmp) / name
            write_interim(extract_corpus(folder), out)
            if args.mode == "check":
                for table in TABLES:
                    if not filecmp.cmp(args.folder / name / f"{table}.csv", out / f"{table}.csv", shallow=False):
                        differ.append(f"{name}/{table}.csv")
    if args.mode == "save":
        print(f"saved {len(sets)} corpora in {args.folder}")
        return 0
    print("\n".join(f"differs: {d}" for d in differ) or "identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
