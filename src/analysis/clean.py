"""Cleaning: interim tables → validated processed tables (Parquet + CSV) with a data package descriptor.

What cleaning does, in order: read the interim CSVs with their proper types; re-check provinces against the
crosswalk; apply a researcher's corrections from data/manual/overrides.csv (each flagged in `override` and
explained in `override_reason`); validate every table with its pandera schema; quarantine rows that fail
(they are listed in the validation table, never silently dropped); write data/processed/ (documents, facts,
budget_lines, numbers, validation).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis import __version__, codebook, schemas
from analysis.atomic import atomic_write_many
from analysis.provinces import lookup

__all__ = ["CleanResult", "apply_overrides", "clean", "consistency_issues", "load_interim", "write_processed"]

OVERRIDE_COLUMNS = ["doc_id", "indicator", "kind", "scope", "year", "field", "new_value", "reason"]
_OVERRIDABLE = {"value", "low", "high", "year", "kind", "scope", "qualifier", "indicator"}


@dataclass
class CleanResult:
    documents: pd.DataFrame
    facts: pd.DataFrame
    budget_lines: pd.DataFrame
    validation: pd.DataFrame = field(default_factory=pd.DataFrame)  # table, check, where, failure, action
    # Every number of every text, read or with the reason it was not (see analysis.extract.numbers).
    numbers: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Files of the raw folder that gave no document, and why (see analysis.extract.skipped_table).
    skipped: pd.DataFrame = field(default_factory=pd.DataFrame)

    def tables(self) -> dict[str, pd.DataFrame]:
        tables = {"documents": self.documents, "facts": self.facts, "budget_lines": self.budget_lines}
        if not self.numbers.empty or len(self.numbers.columns):
            tables["numbers"] = self.numbers
        if len(self.skipped.columns):
            tables["skipped"] = self.skipped
        return tables


def load_interim(interim_dir: Path) -> dict[str, pd.DataFrame]:
    """The interim CSVs with the types their columns mean (codes stay strings: `01`, `1.1`; a number's text,
    reason and indicator stay strings, empty when none). numbers.csv is optional (older interim folders)."""
    text_cols = {"province_code": str, "code": str, "parent_code": str, "doc_number": str, "sha256": str}
    # PDF page numbers are whole numbers, empty for unpaged sources (not 3.0 and NaN)
    int_cols = {"page": "Int64", "pages": "Int64"}
    tables = {
        name: pd.read_csv(interim_dir / f"{name}.csv", dtype=text_cols, keep_default_na=True, encoding="utf-8")
        for name in ("documents", "facts", "budget_lines")
    }
    for frame in tables.values():
        for col, dtype in int_cols.items():
            if col in frame:
                frame[col] = frame[col].astype(dtype)
    numbers = interim_dir / "numbers.csv"
    if numbers.exists():
        tables["numbers"] = pd.read_csv(
            numbers,
            dtype={"text": str, "unit": str, "read_as": str, "why_not": str, "sentence": str},
            keep_default_na=False,
            na_values={"value": [""]},
            encoding="utf-8",
        )
    skipped = interim_dir / "skipped.csv"
    if skipped.exists():  # optional too: interim folders written before it was
        tables["skipped"] = pd.read_csv(skipped, dtype=str, keep_default_na=False, encoding="utf-8")
    return tables


def _issue(table: str, check: str, where: str, failure: str, action: str) -> dict:
    return {"table": table, "check": check, "where": where, "failure": failure, "action": action}


def apply_overrides(facts: pd.DataFrame, overrides: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Apply corrections (doc_id, indicator, [kind, scope, year], field, new_value, reason) to facts.

    `year` is a year (`2020`), or a period (`2016-2020`) for a multi-year amount, which has no year.

    Every corrected row gets `override = True` and the reason in `override_reason`; an override that
    matches no fact is reported, not ignored.
    """
    facts = facts.copy()
    facts["override"] = facts["override"].fillna(False).astype(bool)
    if "override_reason" not in facts:
        facts["override_reason"] = pd.Series([None] * len(facts), dtype="object")
    issues = []
    for i, ov in overrides.iterrows():
        where = f"overrides.csv row {i + 2}"
        if ov["field"] not in _OVERRIDABLE:
            issues.append(_issue("overrides", "field", where, f"cannot override {ov['field']!r}", "ignored"))
            continue
        mask = (facts["doc_id"] == ov["doc_id"]) & (facts["indicator"] == ov["indicator"])
        for col in ("kind", "scope", "year"):
            if pd.notna(ov.get(col)) and str(ov.get(col)).strip():
                want = ov[col]
                period = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", str(want)) if col == "year" else None
                if period:  # `2016-2020`: a multi-year amount (no year, that period)
                    mask &= facts["year"].isna() & _period_is(facts, int(period.group(1)), int(period.group(2)))
                    continue
                mask &= facts[col].astype(str) == str(int(float(want)) if col == "year" else want)
        if not mask.any():
            issues.append(_issue("overrides", "match", where, "matches no fact", "ignored"))
            continue
        new = ov["new_value"]
        if ov["field"] in ("value", "low", "high", "year"):
            new = pd.to_numeric(new, errors="coerce") if str(new).strip() else pd.NA
        facts.loc[mask, ov["field"]] = new
        facts.loc[mask, "override"] = True
        facts.loc[mask, "override_reason"] = ov["reason"]
        issues.append(
            _issue("facts", "override", where, f"{ov['field']} → {ov['new_value']} ({ov['reason']})", "applied")
        )
    return facts, issues


def _period_is(facts: pd.DataFrame, start: int, end: int) -> pd.Series:
    if "period_start" not in facts or "period_end" not in facts:
        return pd.Series(False, index=facts.index)
    return (pd.to_numeric(facts["period_start"], errors="coerce") == start) & (
        pd.to_numeric(facts["period_end"], errors="coerce") == end
    )


def _validate(name: str, frame: pd.DataFrame, schema: pa.DataFrameSchema, issues: list[dict]) -> pd.DataFrame:
    """Validate lazily; rows that fail a column check are quarantined (reported and left out)."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        bad_rows = set(cases["index"].dropna().astype(int)) if "index" in cases else set()
        for _, case in cases.iterrows():
            idx = case.get("index")
            where = f"row {int(idx)}" if pd.notna(idx) else "table"
            if pd.notna(idx) and "doc_id" in frame and int(idx) in frame.index:
                where += f" ({frame.loc[int(idx), 'doc_id']})"
            issues.append(
                _issue(
                    name,
                    str(case.get("check")),
                    where,
                    f"{case.get('column')}: {case.get('failure_case')}",
                    "row quarantined" if pd.notna(idx) else "reported",
                )
            )
        kept = frame.drop(index=[i for i in bad_rows if i in frame.index])
        return schema.validate(kept, lazy=False) if bad_rows else kept


def clean(interim: dict[str, pd.DataFrame], overrides_csv: Path | None = None) -> CleanResult:
    issues: list[dict] = []
    documents = interim["documents"].copy()
    for i, row in documents.iterrows():
        if pd.isna(row["province"]):
            issues.append(_issue("documents", "province", row["source_file"], "no province named", "kept"))
            continue
        p = lookup(row["province"])
        if p is None:
            issues.append(_issue("documents", "province", row["source_file"], row["province"], "not in crosswalk"))
        else:
            documents.loc[i, ["province", "province_code", "province_2025"]] = [p.name, p.code, p.successor_name]

    facts = interim["facts"].copy()
    if overrides_csv is not None and overrides_csv.exists():
        overrides = pd.read_csv(overrides_csv, dtype=str, comment="#").dropna(how="all")
        facts, ov_issues = apply_overrides(facts, overrides)
        issues.extend(ov_issues)
    else:
        facts["override"] = facts["override"].fillna(False).astype(bool)
        facts["override_reason"] = pd.Series([None] * len(facts), dtype="object")
    # Labels travel with the data so a CSV opened in Excel explains itself.
    facts["label_en"] = facts["indicator"].map(lambda n: codebook.indicator(n).en)
    facts["label_vi"] = facts["indicator"].map(lambda n: codebook.indicator(n).vi)

    budget_lines = interim["budget_lines"].copy()
    for _, row in budget_lines[~budget_lines["reconciled"].astype(bool)].iterrows():
        issues.append(
            _issue(
                "budget_lines",
                "reconciled",
                f"{row['doc_id']} line {row['code']}",
                str(row.get("note")),
                "kept, flagged; ambiguous cells left empty",
            )
        )

    issues.extend(consistency_issues(facts, budget_lines))
    documents = _validate("documents", documents, schemas.DOCUMENTS, issues)
    facts = _validate("facts", facts, schemas.FACTS, issues)
    budget_lines = _validate("budget_lines", budget_lines, schemas.BUDGET_LINES, issues)
    numbers = interim.get("numbers")
    if numbers is not None:
        numbers = _validate("numbers", numbers.copy(), schemas.NUMBERS, issues)
    skipped = interim.get("skipped")
    if skipped is not None:
        skipped = _validate("skipped", skipped.copy(), schemas.SKIPPED, issues)
    validation = pd.DataFrame(issues, columns=["table", "check", "where", "failure", "action"])
    return CleanResult(
        documents,
        facts,
        budget_lines,
        validation,
        numbers if numbers is not None else pd.DataFrame(),
        skipped if skipped is not None else pd.DataFrame(),
    )


def consistency_issues(facts: pd.DataFrame, budget_lines: pd.DataFrame) -> list[dict]:
    """Numbers of one document that contradict each other. Both are kept and flagged: which one is right is
    a researcher's call (data/manual/overrides.csv), never the pipeline's."""
    issues = []
    keyed = facts.assign(_year=facts["year"].fillna(-1))
    for (doc, ind, kind, scope, year), group in keyed.groupby(["doc_id", "indicator", "kind", "scope", "_year"]):
        values = group["value"].dropna().unique()
        if len(values) > 1:
            quotes = " | ".join(f"“{q}”" for q in group["quote"])
            issues.append(
                _issue(
                    "facts",
                    "contradiction",
                    f"{doc}: {ind} {kind} {scope} {int(year) if year != -1 else ''}",
                    f"{', '.join(f'{v:g}' for v in values)} — {quotes}",
                    "kept all; flagged for review",
                )
            )
    for doc, group in facts[facts["dimension"] == "budget"].groupby("doc_id"):
        by = {r.indicator: r.value for r in group.itertuples() if r.kind == "target"}
        total, central, local = (by.get(k) for k in ("budget_total_mvnd", "budget_central_mvnd", "budget_local_mvnd"))
        if None not in (total, central, local) and abs(total - central - local) > 1e-6 * max(1.0, total):
            issues.append(
                _issue(
                    "facts",
                    "budget parts",
                    doc,
                    f"total {total:g} ≠ central {central:g} + local {local:g}",
                    "kept; flagged for review",
                )
            )
        table_total = budget_lines[(budget_lines["doc_id"] == doc) & (budget_lines["row_type"] == "total")]
        if total is not None and len(table_total) and abs(float(table_total["total_mvnd"].iloc[0]) - total) > 1e-6:
            issues.append(
                _issue(
                    "budget_lines",
                    "table vs text",
                    doc,
                    f"table total {float(table_total['total_mvnd'].iloc[0]):g} ≠ text total {total:g}",
                    "kept both; flagged for review",
                )
            )
    for doc, group in facts[facts["dimension"] == "staffing"].groupby("doc_id"):
        parts = group[group["indicator"].str.match(r"it_staff_(postgraduate|university|college|vocational)_count")]
        totals = group[group["indicator"] == "it_staff_count"]
        for scope, ps in parts.groupby("scope"):
            t = totals[totals["scope"] == scope]["value"]
            if len(t) == 1 and ps["value"].sum() > float(t.iloc[0]):
                issues.append(
                    _issue(
                        "facts",
                        "staff by qualification",
                        f"{doc} ({scope})",
                        f"parts add to {ps['value'].sum():g} > total {float(t.iloc[0]):g}",
                        "kept; flagged for review",
                    )
                )
    return issues


_FIELD_TYPES = {
    "object": "string",
    "str": "string",
    "string": "string",
    "bool": "boolean",
    "boolean": "boolean",
    "int64": "integer",
    "Int64": "integer",
    "float64": "number",
}
_DESCRIPTIONS = {
    "value": "The number stated (unit in `unit`: million_vnd, percent 0-100, count, mbps).",
    "low": "Lower bound when the source states a range (`50 - 60%`).",
    "high": "Upper bound when the source states a range.",
    "quote": "The exact text the fact was read from.",
    "char_start": "Offset of the quote in the NFC-normalised source text.",
    "char_end": "End offset of the quote in the NFC-normalised source text.",
    "kind": "baseline (state reported) or target (goal or planned allocation).",
    "scope": "province | district | commune | all (several levels or none stated).",
    "year": "As-of year for a baseline, target year for a target.",
    "qualifier": "approx | over | nearly | at_least, as the source words it.",
    "override": "True when a researcher's correction from data/manual/overrides.csv was applied.",
    "total_mvnd": "Total of the budget line, million VND.",
    "local_mvnd": "Provincial (ĐP) part, million VND.",
    "central_mvnd": "Central (TW) part, million VND.",
    "reconciled": "True when the table's subtotals and totals add up in all three columns.",
    "province_2025": "Successor province after the 1 July 2025 merger (Resolution 202/2025/QH15).",
    "province_code": "Pre-2025 GSO province code.",
    "doc_type": "decision | plan | directive | resolution | report (a report of results: `/BC-…` or a `BÁO CÁO` "
    "title) | news_article.",
    "issuer_level": "province | district | commune: the people's committee (or council: a `HĐND` resolution) that "
    "issued an official text (a district's or a commune's own plan states its own area's figures; a province's "
    "department is of the province); for news, that of the document it reports, empty when it reports none.",
    "period_start": "First year of a multi-year amount's period (then year is empty); empty for a one-year fact.",
    "period_end": "Last year of a multi-year amount's period (then year is empty); empty for a one-year fact.",
    "text": "The number as written in the source.",
    "read_as": "Indicator of the fact the number became (budget_line: a budget table cell); empty when none.",
    "why_not": "Why the number became no fact (see analysis.extract.numbers); empty when it did.",
    "sentence": "The sentence the number stands in.",
    "reason": "Why the file gave no document: it could not be read (and how to fix that), or it repeats a text "
    "already read.",
}


def write_processed(result: CleanResult, out_dir: Path) -> list[Path]:
    """Parquet and CSV (UTF-8 with BOM, so Excel shows Vietnamese) per table, plus datapackage.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writers, resources = {}, []
    for name, frame in {**result.tables(), "validation": result.validation}.items():
        pq, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
        writers[pq] = lambda p, f=frame: f.to_parquet(p, index=False)
        writers[csv] = lambda p, f=frame: f.to_csv(p, index=False, encoding="utf-8-sig")
        fields = [
            {
                "name": col,
                "type": _FIELD_TYPES.get(str(dtype), "string"),
                **({"description": _DESCRIPTIONS[col]} if col in _DESCRIPTIONS else {}),
            }
            for col, dtype in frame.dtypes.items()
        ]
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "format": "csv",
                "encoding": "utf-8-sig",
                "schema": {"fields": fields},
            }
        )
    package = {
        "name": "ictplans-processed",
        "title": "Vietnamese provincial IT application plans: extracted facts",
        "version": __version__,
        "resources": resources,
        "indicators": {
            name: {
                "dimension": ind.dimension,
                "unit": ind.unit,
                "en": ind.en,
                "vi": ind.vi,
                "definition": ind.definition,
            }
            for name, ind in codebook.indicators().items()
        },
    }
    dp = out_dir / "datapackage.json"
    writers[dp] = lambda p: p.write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    # The tables and their descriptor are published together: all new, or (on a failure) all old.
    return atomic_write_many(writers)
