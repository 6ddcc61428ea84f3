"""A generated corpus of up to 63 provinces, for testing and measuring reports at the scale researchers use.

Not real data. Each text is one of the project's own plan texts (the seeds and the synthetic and held-out test
plans) with the province swapped, some percentages and counts changed, and a closing line that says it was
generated. It is written to a folder a test or benchmark names (never `data/raw`):

    python -m analysis.scale_corpus OUT_DIR [N]        # N provinces, default 63

The provinces are chosen so that a small corpus already holds the hard cases of a large one: the longest names
(`Bà Rịa - Vũng Tàu`, `Thừa Thiên Huế`), names that sort by Vietnamese letters (`Đắk Lắk` after `Dương`…, `Bạc
Liêu` before `Bắc Giang`), and the seeds' own provinces.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from analysis import paths
from analysis.provinces import load_provinces

__all__ = ["MARK", "choose_provinces", "template_paths", "write_scale_corpus"]

MARK = "(Văn bản tổng hợp để kiểm thử quy mô, không phải văn bản thật; số liệu đã bị thay đổi.)"

# Names that make layout and sorting hard; always in a corpus of 15 or more.
_HARD_CASES = [
    "Bà Rịa - Vũng Tàu",
    "Thừa Thiên Huế",
    "Đắk Lắk",
    "Đắk Nông",
    "Bạc Liêu",
    "Bắc Giang",
    "Vĩnh Long",
    "Hồ Chí Minh",
    "Điện Biên",
    "An Giang",
]
_PERCENT = re.compile(r"\b(\d{1,3})(?=\s*%)")
_COUNT = re.compile(r"\b(\d{1,3})(?=\s+(?:dịch vụ|cán bộ|máy|điểm|thủ tục|cơ quan))")


def template_paths(root: Path | None = None) -> list[Path]:
    """The plan texts a generated corpus is made from: seeds, synthetic and held-out test plans."""
    root = root or paths.PROJECT_ROOT
    found = sorted((root / "data" / "raw").glob("*.txt"))
    for folder in ("synthetic_plans", "heldout_plans"):
        found += sorted((root / "tests" / "fixtures" / folder).glob("*.txt"))
    return found


def choose_provinces(n: int) -> list[str]:
    """`n` province names: the hard cases first, then the others in the reference table's order."""
    names = [p.name for p in load_provinces()]
    if not 1 <= n <= len(names):
        raise ValueError(f"a corpus has 1 to {len(names)} provinces, not {n}")
    ordered = [h for h in _HARD_CASES if h in names] + [p for p in names if p not in _HARD_CASES]
    return ordered[:n]


def _swap_province(text: str, names: list[str], new: str) -> str:
    # Longest first, so that `Bà Rịa - Vũng Tàu` is replaced before a shorter name inside another.
    for old in sorted(names, key=len, reverse=True):
        if old in text or old.upper() in text:
            text = text.replace(old, new).replace(old.upper(), new.upper())
    return text


def _vary(text: str, rng: random.Random) -> str:
    def percent(m: re.Match[str]) -> str:
        return str(min(100, max(1, int(m.group(1)) + rng.randint(-12, 6))))

    def count(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(max(1, n + rng.randint(-n // 3, n // 3 + 3))).zfill(len(m.group(1)))

    return _COUNT.sub(count, _PERCENT.sub(percent, text))


def write_scale_corpus(out_dir: Path, n: int = 63, seed: int = 63, root: Path | None = None) -> list[str]:
    """Write `n` generated plan texts into `out_dir`; returns the province names, in the order written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    templates = [(p.stem, p.read_text(encoding="utf-8")) for p in template_paths(root)]
    names = [p.name for p in load_provinces()]
    chosen = choose_provinces(n)
    for i, province in enumerate(chosen):
        stem, text = templates[i % len(templates)]
        body = _vary(_swap_province(text, names, province), rng).rstrip("\n")
        (out_dir / f"scale-{i:02d}-{stem}.txt").write_text(f"{body}\n\n{MARK}\n", encoding="utf-8")
    return chosen


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or len(args) > 2:
        print("usage: python -m analysis.scale_corpus OUT_DIR [N]", file=sys.stderr)
        return 2
    names = write_scale_corpus(Path(args[0]), int(args[1]) if len(args) > 1 else 63)
    print(f"wrote {len(names)} generated plan texts to {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
