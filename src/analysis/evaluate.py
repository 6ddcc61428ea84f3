"""Strict evaluation of extraction against expected facts written by a person.

A fact matches when indicator, kind, scope, year and value (or low and high) are the same. Precision and
recall are reported per document, per dimension and overall, with every miss and every extra listed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis import codebook
from analysis.extract import extract_corpus

__all__ = ["Evaluation", "evaluate", "fact_key", "load_expected", "print_report", "score"]


def _num(v: object) -> float | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    return round(float(v), 6)


def fact_key(f: dict) -> tuple:
    year = f.get("year")
    year = None if year is None or (isinstance(year, float) and pd.isna(year)) else int(year)
    return (f["indicator"], f["kind"], f["scope"], year, _num(f.get("value")), _num(f.get("low")), _num(f.get("high")))


def load_expected(folder: Path) -> dict[str, list[dict]]:
    """source_file → expected facts, from every <stem>.yaml in `folder`."""
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["source_file"]] = data.get("facts") or []
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
class Evaluation:
    by_document: dict[str, Score] = field(default_factory=dict)
    by_dimension: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    misses: list[tuple[str, dict]] = field(default_factory=list)  # (source_file, expected fact)
    extras: list[tuple[str, dict]] = field(default_factory=list)  # (source_file, extracted fact)
    unread: list[str] = field(default_factory=list)  # expected documents the extractor could not read


def score(expected: list[dict], extracted: list[dict]) -> tuple[Counter, Counter, Counter]:
    """(matched, missed, extra) multisets of fact keys."""
    want, got = Counter(map(fact_key, expected)), Counter(map(fact_key, extracted))
    matched = want & got
    return matched, want - matched, got - matched


def evaluate(expected_dir: Path, raw_dir: Path) -> Evaluation:
    expected = load_expected(expected_dir)
    result = extract_corpus(raw_dir)
    facts = result.facts.astype(object).where(result.facts.notna(), None)
    ev = Evaluation()
    ev.unread = [p.source_file for p in result.problems if p.source_file in expected]
    for source_file, want in expected.items():
        got = [r for r in facts.to_dict("records") if r["source_file"] == source_file]
        matched, missed, extra = score(want, got)
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


def _fmt_fact(f: dict) -> str:
    value = f"{f.get('low'):g}–{f.get('high'):g}" if f.get("low") is not None else f"{f.get('value'):g}"
    return f"{f['indicator']} {f['kind']} {f['scope']} {f.get('year')} = {value}  “{f.get('quote', '')}”"


def print_report(ev: Evaluation, show_all: bool = True) -> None:
    import shutil

    from rich.console import Console
    from rich.table import Table

    # Wide enough for file names when the output goes to a file or a pipe (CI logs).
    console = Console(highlight=False, width=max(shutil.get_terminal_size((140, 24)).columns, 140))
    for title, rows in (("by document", ev.by_document), ("by dimension", ev.by_dimension)):
        table = Table(title=f"Extraction against expected facts, {title} (strict)")
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
    for name in ev.unread:
        console.print(f"[red]unread[/] {name}: the extractor could not read this document")
    if show_all:
        for source_file, f in ev.misses:
            console.print(f"[yellow]miss [/] {source_file}: {_fmt_fact(f)}")
        for source_file, f in ev.extras:
            console.print(f"[magenta]extra[/] {source_file}: {_fmt_fact(f)}")
