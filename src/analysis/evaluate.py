"""Strict evaluation of extraction against expected facts written by a person.

A fact matches when indicator, kind, scope, year (with period_start and period_end: a multi-year amount has
no year and its period) and value (or low and high) are the same. Precision and
recall are reported per document, per dimension and overall, with every miss and every extra listed.

Beside the strict scores, expected and extracted facts are also paired loosely, on indicator and value (or low
and high) alone; on those pairs the kind, year and scope accuracies say which of the three the extractor got
wrong when it found the right number for the right indicator. Several sets of documents can be scored at once
(`default_sets`: the seeds, the synthetic, held-out and the two blind fixture sets).

Each document's province is checked too: a fact read right under the wrong province (or none) is lost to every
comparison. The province expected is the expected file's `province:` when it has one, else the province whose
slug the text's file name opens with (`ba-ria-vung-tau-2017-news.txt`); a file named otherwise is not checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis import codebook, paths
from analysis.extract import extract_corpus
from analysis.provinces import load_provinces, lookup

__all__ = [
    "FROZEN_SETS",
    "Accuracy",
    "Evaluation",
    "default_sets",
    "evaluate",
    "evaluate_sets",
    "fact_key",
    "load_expected",
    "load_expected_provinces",
    "loose_accuracy",
    "print_report",
    "print_sets_summary",
    "score",
]


def _num(v: object) -> float | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    return round(float(v), 6)


def _int(v: object) -> int | None:
    return None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else int(v)


def _year(f: dict) -> int | None:
    return _int(f.get("year"))


def _when(f: dict) -> int | tuple[int | None, int | None] | None:
    """The year of a fact, or for a multi-year amount (`year: null` with period_start/period_end) its period
    as a (start, end) pair; an expected file without the period keys means none."""
    year = _year(f)
    if year is None:
        start, end = _int(f.get("period_start")), _int(f.get("period_end"))
        if start is not None or end is not None:
            return (start, end)
    return year


def fact_key(f: dict) -> tuple:
    """(indicator, kind, scope, year or (period_start, period_end), value, low, high)."""
    return (
        f["indicator"],
        f["kind"],
        f["scope"],
        _when(f),
        _num(f.get("value")),
        _num(f.get("low")),
        _num(f.get("high")),
    )


def loose_key(f: dict) -> tuple:
    """What a loose match compares: the indicator and the number(s), not kind, year or scope."""
    return (f["indicator"], _num(f.get("value")), _num(f.get("low")), _num(f.get("high")))


def _expected_files(folder: Path) -> list[tuple[Path, dict]]:
    """(path, contents) of every <stem>.yaml in `folder`, read once."""
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.yaml"))]


def load_expected(folder: Path | list[tuple[Path, dict]]) -> dict[str, list[dict]]:
    """source_file → expected facts, from every <stem>.yaml in `folder` (or files `_expected_files` read)."""
    files = _expected_files(folder) if isinstance(folder, Path) else folder
    return {data["source_file"]: data.get("facts") or [] for _, data in files}


def load_expected_provinces(folder: Path | list[tuple[Path, dict]]) -> dict[str, str]:
    """source_file → the province its document is about, for every <stem>.yaml in `folder` that says so or whose
    text's file name opens with a province's slug (the longest that fits)."""
    slugs = sorted((p.slug for p in load_provinces()), key=len, reverse=True)
    out = {}
    for path, data in _expected_files(folder) if isinstance(folder, Path) else folder:
        source_file = data["source_file"]
        if data.get("province"):
            province = lookup(data["province"])
            if province is None:
                raise ValueError(f"{path.name}: province {data['province']!r} is not one of the 63")
            out[source_file] = province.name
            continue
        stem = Path(source_file).stem
        slug = next((s for s in slugs if stem == s or stem.startswith(s + "-")), None)
        if slug is not None:
            out[source_file] = lookup(slug).name
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Accuracy:
    """Agreement on kind, year and scope over loosely matched pairs (same indicator and value)."""

    pairs: int = 0
    kind: int = 0
    year: int = 0
    scope: int = 0
    expected: int = 0  # expected facts considered, so pairs / expected is the loose recall
    disagreements: list[tuple[dict, dict]] = field(default_factory=list)  # (expected, extracted)

    @staticmethod
    def _rate(n: int, d: int) -> float | None:
        return n / d if d else None

    @property
    def kind_accuracy(self) -> float | None:
        return self._rate(self.kind, self.pairs)

    @property
    def year_accuracy(self) -> float | None:
        return self._rate(self.year, self.pairs)

    @property
    def scope_accuracy(self) -> float | None:
        return self._rate(self.scope, self.pairs)

    @property
    def loose_recall(self) -> float | None:
        return self._rate(self.pairs, self.expected)

    def add(self, other: Accuracy) -> None:
        self.pairs += other.pairs
        self.kind += other.kind
        self.year += other.year
        self.scope += other.scope
        self.expected += other.expected
        self.disagreements += other.disagreements


def _agreement(want: dict, got: dict) -> tuple[bool, bool, bool]:
    return want["kind"] == got["kind"], _when(want) == _when(got), want["scope"] == got["scope"]


def loose_accuracy(expected: list[dict], extracted: list[dict]) -> Accuracy:
    """Pair each expected fact with at most one extracted fact of the same indicator and value (or low and
    high), whatever their kind, year and scope, and count how many pairs agree on each of the three.

    Within a group of facts with the same indicator and value, pairs that agree on more of kind, year and
    scope are taken first, so a strict match is always paired with its twin."""
    acc = Accuracy(expected=len(expected))
    by_key: dict[tuple, list[int]] = {}
    for j, got in enumerate(extracted):
        by_key.setdefault(loose_key(got), []).append(j)
    candidates = []
    for i, want in enumerate(expected):
        for j in by_key.get(loose_key(want), []):
            candidates.append((-sum(_agreement(want, extracted[j])), i, j))
    used_want, used_got = set(), set()
    for _, i, j in sorted(candidates):
        if i in used_want or j in used_got:
            continue
        used_want.add(i)
        used_got.add(j)
        kind, year, scope = _agreement(expected[i], extracted[j])
        acc.pairs += 1
        acc.kind += kind
        acc.year += year
        acc.scope += scope
        if not (kind and year and scope):
            acc.disagreements.append((expected[i], extracted[j]))
    return acc


@dataclass
class Evaluation:
    by_document: dict[str, Score] = field(default_factory=dict)
    by_dimension: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    misses: list[tuple[str, dict]] = field(default_factory=list)  # (source_file, expected fact)
    extras: list[tuple[str, dict]] = field(default_factory=list)  # (source_file, extracted fact)
    unread: list[str] = field(default_factory=list)  # expected documents the extractor could not read
    loose: Accuracy = field(default_factory=Accuracy)  # kind / year / scope on loosely matched pairs
    near: list[tuple[str, dict, dict]] = field(default_factory=list)  # (source_file, expected, extracted)
    provinces_checked: int = 0  # documents whose province is known (see load_expected_provinces)
    wrong_province: list[tuple[str, str, str | None]] = field(default_factory=list)  # (source_file, expected, read)

    @property
    def province_accuracy(self) -> float | None:
        n = self.provinces_checked
        return (n - len(self.wrong_province)) / n if n else None


def score(expected: list[dict], extracted: list[dict]) -> tuple[Counter, Counter, Counter]:
    """(matched, missed, extra) multisets of fact keys."""
    want, got = Counter(map(fact_key, expected)), Counter(map(fact_key, extracted))
    matched = want & got
    return matched, want - matched, got - matched


def evaluate(expected_dir: Path, raw_dir: Path) -> Evaluation:
    files = _expected_files(expected_dir)
    expected = load_expected(files)
    result = extract_corpus(raw_dir)
    facts = result.facts.astype(object).where(result.facts.notna(), None)
    ev = Evaluation()
    ev.unread = [p.source_file for p in result.problems if p.source_file in expected]
    read_province = {
        r["source_file"]: (None if pd.isna(r["province"]) else r["province"])
        for r in result.documents[["source_file", "province"]].to_dict("records")
    }
    for source_file, province in load_expected_provinces(files).items():
        if source_file in expected and source_file in read_province:
            ev.provinces_checked += 1
            if read_province[source_file] != province:
                ev.wrong_province.append((source_file, province, read_province[source_file]))
    for source_file, want in expected.items():
        got = [r for r in facts.to_dict("records") if r["source_file"] == source_file]
        matched, missed, extra = score(want, got)
        loose = loose_accuracy(want, got)
        ev.loose.add(loose)
        ev.near += [(source_file, w, g) for w, g in loose.disagreements]
        doc = Score(sum(matched.values()), sum(extra.values()), sum(missed.values()))
        ev.by_document[source_file] = doc
        ev.overall.add(doc)
        for key, n in matched.items():
            ev.by_dimension.setdefault(codebook.indicator(key[0]).dimension, Score()).tp += n
        for key, n in missed.items():
            ev.by_dimension.setdefault(codebook.indicator(key[0]).dimension, Score()).fn += n
            ev.misses += [(source_file, f) for f in want if fact_key(f) == key][:n]
        for key, n in extra.items():
            ev.by_dimension.setdefault(codebook.indicator(key[0]).dimension, Score()).fp += n
            ev.extras += [(source_file, f) for f in got if fact_key(f) == key][:n]
    return ev


# Blind sets: written before the rules they measure and frozen. `evaluate` prints only their per-set scores (never
# their documents or misses), so that a run over every set cannot show what to tune on. The held-out plans too: they
# are not to be read by whoever writes rules, and a run over every set printed their file names and misses.
FROZEN_SETS = frozenset({"heldout", "blind", "blind2", "blind3", "blind4", "blind5"})


def default_sets(root: Path | None = None) -> dict[str, tuple[Path, Path]]:
    """name → (folder of expected facts, folder of documents): the seeds (texts in data/raw) and each fixture
    set (texts in the set's folder, expected facts in its expected/ folder)."""
    fixtures = (root or paths.PROJECT_ROOT) / "tests" / "fixtures"
    sets = {"seeds": (fixtures / "expected_facts", paths.RAW if root is None else root / "data" / "raw")}
    for name, folder in (
        ("synthetic", "synthetic_plans"),
        ("heldout", "heldout_plans"),
        ("blind", "blind_plans"),
        ("blind2", "blind2_plans"),
        ("blind3", "blind3_plans"),
        ("blind4", "blind4_plans"),
        ("blind5", "blind5_plans"),
        ("dev_adoption", "dev_adoption_plans"),
        ("dev_values", "dev_values_plans"),
        ("dev_years", "dev_years_plans"),
        ("dev_staff_services", "dev_staff_services_plans"),
        ("dev_plans", "dev_plans_plans"),
        ("dev_news", "dev_news_plans"),
        ("dev_plans2", "dev_plans2_plans"),
        ("dev_reviews", "dev_reviews_plans"),
        ("dev_kindyear", "dev_kindyear_plans"),
        ("dev_levels", "dev_levels_plans"),
        ("dev_decisions", "dev_decisions_plans"),
        ("dev_news2", "dev_news2_plans"),
        ("dev_digital", "dev_digital_plans"),
        ("dev_pdftext", "dev_pdftext_plans"),
        ("dev_office", "dev_office_plans"),
        ("dev_wording", "dev_wording_plans"),
        ("dev_office2", "dev_office2_plans"),
        ("dev_wording2", "dev_wording2_plans"),
        ("dev_wording3", "dev_wording3_plans"),
        ("dev_wording4", "dev_wording4_plans"),
        ("dev_numbers", "dev_numbers_plans"),
        ("dev_office3", "dev_office3_plans"),
        ("dev_texttables", "dev_texttables_plans"),
        ("dev_wording5", "dev_wording5_plans"),
        ("dev_wording6", "dev_wording6_plans"),
        ("dev_digital2", "dev_digital2_plans"),
        ("dev_office4", "dev_office4_plans"),
        ("dev_wording7", "dev_wording7_plans"),
        ("dev_office5", "dev_office5_plans"),
        ("dev_wording8", "dev_wording8_plans"),
        ("dev_pdf2", "dev_pdf2_plans"),
        ("dev_district", "dev_district_plans"),
        ("dev_real8", "dev_real8_plans"),
        ("dev_wording9", "dev_wording9_plans"),
        ("dev_pdf3", "dev_pdf3_plans"),
        ("dev_real9", "dev_real9_plans"),
        ("dev_wording10", "dev_wording10_plans"),
        ("dev_leftovers3", "dev_leftovers3_plans"),
        ("dev_wording11", "dev_wording11_plans"),
        ("dev_real10", "dev_real10_plans"),
        ("dev_pdf4", "dev_pdf4_plans"),
        ("dev_wording12", "dev_wording12_plans"),
        ("dev_leftovers4", "dev_leftovers4_plans"),
        ("dev_pdf5", "dev_pdf5_plans"),
        ("dev_wording13", "dev_wording13_plans"),
        ("dev_wording14", "dev_wording14_plans"),
        ("dev_leftovers5", "dev_leftovers5_plans"),
        ("dev_pdf6", "dev_pdf6_plans"),
    ):
        sets[name] = (fixtures / folder / "expected", fixtures / folder)
    return sets


def evaluate_sets(sets: dict[str, tuple[Path, Path]]) -> dict[str, Evaluation]:
    """Each set scored on its own (name → Evaluation)."""
    return {name: evaluate(expected_dir, raw_dir) for name, (expected_dir, raw_dir) in sets.items()}


def _fmt_rate(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _fmt_when(f: dict) -> str:
    when = _when(f)
    return f"{when[0]}–{when[1]}" if isinstance(when, tuple) else str(when)


def _fmt_fact(f: dict) -> str:
    value = f"{f.get('low'):g}–{f.get('high'):g}" if f.get("low") is not None else f"{f.get('value'):g}"
    return f"{f['indicator']} {f['kind']} {f['scope']} {_fmt_when(f)} = {value}  “{f.get('quote', '')}”"


def _console():
    import shutil

    from rich.console import Console

    # Wide enough for file names when the output goes to a file or a pipe (CI logs).
    return Console(highlight=False, width=max(shutil.get_terminal_size((140, 24)).columns, 140))


def print_report(ev: Evaluation, show_all: bool = True, name: str = "") -> None:
    from rich.table import Table

    console = _console()
    prefix = f"{name}: " if name else ""
    for title, rows in (("by document", ev.by_document), ("by dimension", ev.by_dimension)):
        table = Table(title=f"{prefix}Extraction against expected facts, {title} (strict)")
        for col in ("", "precision", "recall", "matched", "extra", "missed"):
            table.add_column(col, justify="right" if col else "left")
        for name, s in sorted(rows.items()):
            table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", str(s.tp), str(s.fp), str(s.fn))
        table.add_row(
            "overall",
            f"{ev.overall.precision:.3f}",
            f"{ev.overall.recall:.3f}",
            str(ev.overall.tp),
            str(ev.overall.fp),
            str(ev.overall.fn),
            style="bold",
        )
        console.print(table)
    lo = ev.loose
    console.print(
        f"{prefix}loose matches (indicator and value): {lo.pairs} of {lo.expected} expected; on these, kind "
        f"accuracy {_fmt_rate(lo.kind_accuracy)}, year accuracy {_fmt_rate(lo.year_accuracy)}, scope accuracy "
        f"{_fmt_rate(lo.scope_accuracy)}"
    )
    if ev.provinces_checked:
        right = ev.provinces_checked - len(ev.wrong_province)
        console.print(f"{prefix}province right for {right} of {ev.provinces_checked} documents")
    for doc in ev.unread:
        console.print(f"[red]unread[/] {doc}: the extractor could not read this document")
    for doc, want, got in ev.wrong_province:
        console.print(f"[red]province[/] {doc}: expected {want}, read {got or 'none'}")
    if show_all:
        for source_file, f in ev.misses:
            console.print(f"[yellow]miss [/] {source_file}: {_fmt_fact(f)}")
        for source_file, f in ev.extras:
            console.print(f"[magenta]extra[/] {source_file}: {_fmt_fact(f)}")
        for source_file, want, got in ev.near:
            wrong = [k for k, ok in zip(("kind", "year", "scope"), _agreement(want, got), strict=True) if not ok]
            # Also listed above as a miss and an extra: the same indicator and number, read differently.
            console.print(
                f"[cyan]near [/] {source_file}: {', '.join(wrong)} differ: expected {_fmt_fact(want)} / "
                f"extracted {got['kind']} {got['scope']} {_fmt_when(got)}"
            )


def print_sets_summary(evaluations: dict[str, Evaluation]) -> None:
    """One line per set: strict recall and precision, then kind / year / scope accuracy on loose pairs."""
    from rich.table import Table

    table = Table(title="Extraction against expected facts, per set")
    cols = (
        "set",
        "documents",
        "expected",
        "recall",
        "precision",
        "loose pairs",
        "kind acc.",
        "year acc.",
        "scope acc.",
        "province",
        # documents with expected facts the extractor could not read (an exception, an unreadable file): their facts
        # count as missed, and a crash must not pass for low recall (stop 26: two rules merged into one that raised)
        "unread",
    )
    for col in cols:
        table.add_column(col, justify="left" if col == "set" else "right")
    for name, ev in evaluations.items():
        lo = ev.loose
        table.add_row(
            name,
            str(len(ev.by_document)),
            str(ev.overall.tp + ev.overall.fn),
            f"{ev.overall.recall:.3f}",
            f"{ev.overall.precision:.3f}",
            str(lo.pairs),
            _fmt_rate(lo.kind_accuracy),
            _fmt_rate(lo.year_accuracy),
            _fmt_rate(lo.scope_accuracy),
            _fmt_rate(ev.province_accuracy),
            str(len(ev.unread)) if ev.unread else "–",
        )
    _console().print(table)
