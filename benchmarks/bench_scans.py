"""Facts found in scans as real scans look: recall and precision per degradation level, OCR seconds a page, and
the words of the texts OCR lost or changed (of 5,890 words in all).

Prints figures, asserts nothing. A few texts that have expected facts (seeds and dev sets, never the blind sets)
are typeset as a provincial office prints them (Liberation Serif 13 pt, the two-column issuer / republic header
block, bold centred headings, ruled tables), printed to PDF by WeasyPrint, rasterised by pypdfium2 and degraded
with PIL and numpy the way a photocopied, scanned decree is:

    clean   200 dpi, no damage (today's test scan)
    mild    300 dpi, 0.6° skew, grey paper, light noise and blur, JPEG q70
    strong  150 dpi, 1.6° skew, uneven grey paper, photocopy contrast, noise and speckle, blur, JPEG q40, a round
            stamp and a signature over the last lines

Each level is saved as image-only PDFs and read by `extract_corpus` (one job, OCR included); the scores are those
of `ictplans evaluate` (the expected YAMLs under the PDFs' names). With --out the scans, the OCR texts
(texts/<level>/<stem>.txt) and the facts missed are kept for reading.

    .venv/bin/python benchmarks/bench_scans.py [--levels clean mild strong] [--docs N] [--out DIR]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from make_formats import SCAN_LEVELS, office_scan  # noqa: E402

FIX = ROOT / "tests" / "fixtures"

# (text, folder of its expected YAML): seeds and dev sets only
DOCS = [
    (ROOT / "data/raw/long-an-2016-news.txt", FIX / "expected_facts"),
    (FIX / "dev_decisions_plans/lao-cai-2018-815-qd-ubnd.txt", FIX / "dev_decisions_plans/expected"),
    (FIX / "dev_plans_plans/tien-giang-2017-285-kh-ubnd.txt", FIX / "dev_plans_plans/expected"),
    (FIX / "dev_plans_plans/hai-duong-2018-2980-qd-ubnd.txt", FIX / "dev_plans_plans/expected"),
    (ROOT / "data/raw/kon-tum-2009-235-qd-ubnd-news.txt", FIX / "expected_facts"),
    (ROOT / "data/raw/ninh-thuan-2016-1334-kh-ubnd.txt", FIX / "expected_facts"),
]


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as a child): a figure that does not
    depend on what else the machine runs, unlike the wall clock."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def words_lost(original: str, ocr: str) -> collections.Counter:
    """Word pairs (original → OCR) that differ, from a difflib alignment of the two word sequences."""
    a, b = original.split(), ocr.split()
    pairs: collections.Counter = collections.Counter()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            pairs[(" ".join(a[i1:i2])[:40], " ".join(b[j1:j2])[:40])] += 1
    return pairs


def lost_count(original: str, ocr: str) -> int:
    """How many of the original's words the OCR text lost or changed (a difflib alignment of the two word sequences)."""
    a, b = original.split(), ocr.split()
    return len(a) - sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", nargs="+", default=list(SCAN_LEVELS), choices=list(SCAN_LEVELS))
    parser.add_argument("--docs", type=int, default=len(DOCS), help="the first N documents (default all)")
    parser.add_argument("--out", type=Path, help="keep scans, OCR texts and misses here")
    args = parser.parse_args()

    from analysis.evaluate import score
    from analysis.extract import extract_corpus

    docs = DOCS[: args.docs]
    tmp = tempfile.TemporaryDirectory()
    out = args.out or Path(tmp.name)
    rows = []
    for name in args.levels:
        folder = out / "scans" / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.pdf"):
            old.unlink()
        n_pages = 0
        for text_path, _ in docs:
            text = text_path.read_text(encoding="utf-8")
            n_pages += office_scan(text, folder / f"{text_path.stem}.pdf", SCAN_LEVELS[name])
        started, cpu = time.perf_counter(), _cpu()
        cache = out / "cache" / name
        if cache.exists():
            for old in cache.glob("*"):
                old.unlink()
        result = extract_corpus(folder, text_cache=cache)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        facts = result.facts.astype(object).where(result.facts.notna(), None).to_dict("records")
        tp = fp = fn = 0
        texts = out / "texts" / name
        texts.mkdir(parents=True, exist_ok=True)
        misses = []
        for text_path, expected in docs:
            yaml_path = expected / f"{text_path.stem}.yaml"
            want = yaml.safe_load(yaml_path.read_text(encoding="utf-8")).get("facts") or []
            got = [f for f in facts if f["source_file"] == f"{text_path.stem}.pdf"]
            matched, missed, extra = score(want, got)
            tp, fp, fn = tp + sum(matched.values()), fp + sum(extra.values()), fn + sum(missed.values())
            misses += [(text_path.stem, "miss", k) for k in missed] + [(text_path.stem, "extra", k) for k in extra]
        for problem in result.problems:
            print(f"  {name}: {problem.source_file}: {problem.reason}")
        conf = result.documents["ocr_confidence"].mean() if len(result.documents) else float("nan")
        sha = dict(zip(result.documents["source_file"], result.documents["sha256"], strict=True))
        n_lost = sum(
            lost_count(path.read_text(encoding="utf-8"), (cache / f"{sha[path.stem + '.pdf']}.txt").read_text("utf-8"))
            for path, _ in docs
        )
        rows.append(
            (name, len(docs), n_pages, tp, fp, fn, seconds / max(1, n_pages), cpu / max(1, n_pages), conf, n_lost)
        )
        (out / f"misses-{name}.txt").write_text(
            "\n".join(f"{d}\t{what}\t{k}" for d, what, k in misses) + "\n", encoding="utf-8"
        )
        if args.out:  # the texts OCR gave (the text cache, by sha256) and the words they lost
            lost: collections.Counter = collections.Counter()
            for text_path, _ in docs:
                ocr = (cache / f"{sha[text_path.stem + '.pdf']}.txt").read_text(encoding="utf-8")
                (texts / f"{text_path.stem}.txt").write_text(ocr, encoding="utf-8")
                lost += words_lost(text_path.read_text(encoding="utf-8"), ocr)
            (out / f"words-{name}.txt").write_text(
                "\n".join(f"{n}\t{a!r}\t{b!r}" for (a, b), n in lost.most_common()) + "\n", encoding="utf-8"
            )
        print(f"{name}: done ({seconds:.0f} s)", flush=True)
    print(
        f"{'level':8} {'docs':>4} {'pages':>5} {'recall':>7} {'precision':>9} {'s/page':>7} "
        f"{'cpu s/page':>10} {'ocr conf':>8} {'words lost':>10}"
    )
    for name, nd, npg, tp, fp, fn, spp, cpp, conf, n_lost in rows:
        r = tp / (tp + fn) if tp + fn else 1.0
        p = tp / (tp + fp) if tp + fp else 1.0
        print(f"{name:8} {nd:>4} {npg:>5} {r:>7.3f} {p:>9.3f} {spp:>7.2f} {cpp:>10.2f} {conf:>8.1f} {n_lost:>10}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
