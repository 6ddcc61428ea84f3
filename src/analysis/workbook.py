"""Every comparison table in one Excel workbook, each number beside the quote it was read from and its source.

A sheet per table (documents, budgets, one per dimension, coverage, budget lines, every fact), the header row
frozen and filters on, so a researcher can sort and filter in Excel without losing where a number came from.
Written with openpyxl (xlsx is UTF-8 XML: Vietnamese stays intact). Missing values are empty cells, never 0.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import codebook, compare
from analysis.atomic import atomic_write
from analysis.collation import sort_frame
from analysis.present import fmt_value, t

__all__ = ["comparison_sheets", "write_workbook"]

# Columns wider than this many characters wrap (quotes); narrower ones are sized to their content.
_WRAP_AT = 60


def _where(doc_id: object, start: object, end: object) -> str | None:
    if doc_id is None or pd.isna(doc_id) or pd.isna(start):
        return None
    return f"{doc_id} {int(start)}–{int(end)}"


def _fact(row: pd.Series, kind: str) -> dict:
    """The baseline or target of an `indicator_comparison` row as a fact (value, or low and high, qualifier)."""
    low, high = row.get(f"{kind}_low"), row.get(f"{kind}_high")
    is_range = pd.notna(low) and pd.notna(high)
    return {"value": None if is_range else row[kind], "low": low, "high": high,
            "qualifier": row.get(f"{kind}_qualifier")}  # fmt: skip


def _dimension_sheet(docs: pd.DataFrame, facts: pd.DataFrame, dimension: str, lang: str) -> pd.DataFrame:
    """Per province, indicator and kind: the latest value with its year, level, quote and source."""
    names = [n for n, ind in codebook.indicators().items() if ind.dimension == dimension]
    table = compare.indicator_comparison(docs, facts, names, scopes=("all", "province", "district", "commune"))
    table = table[table["baseline"].notna() | table["target"].notna()]
    offsets = facts.set_index(["doc_id", "quote"])[["char_start", "char_end"]]
    offsets = offsets[~offsets.index.duplicated()]
    rows = []
    for _, r in table.iterrows():
        row = {t("province", lang): r["province"], t("indicator", lang): codebook.label(r["indicator"], lang)}
        for kind in ("baseline", "target"):
            label = t(kind, lang).capitalize()
            has = pd.notna(r[kind])
            key = (r[f"{kind}_doc"], r[f"{kind}_quote"])
            start, end = offsets.loc[key] if has and key in offsets.index else (None, None)
            # as stated, numbers written as a reader of `lang` writes them (`1.971` in Vietnamese)
            row[label] = compare.stated_text(_fact(r, kind), lambda v: fmt_value(v, lang)) if has else None
            row[f"{label}: {t('workbook.value', lang)}"] = r[kind] if has else None
            row[f"{label}: {t('year', lang)}"] = r[f"{kind}_year"] if has else None
            row[f"{label}: {t('workbook.level', lang)}"] = t("scope_" + r[f"{kind}_scope"], lang) if has else None
            row[f"{label}: {t('quote', lang)}"] = r[f"{kind}_quote"] if has else None
            row[f"{label}: {t('where', lang)}"] = _where(r[f"{kind}_doc"], start, end) if has else None
        rows.append(row)
    return pd.DataFrame(rows)


def comparison_sheets(data: dict[str, pd.DataFrame], lang: str = "en") -> dict[str, pd.DataFrame]:
    """Sheet name → table, for the processed tables in `data` (`compare.load_processed`, already selected)."""
    docs, facts, lines = data["documents"], data["facts"], data["budget_lines"]
    docs = sort_frame(docs, ["province", "doc_id"])
    sheets: dict[str, pd.DataFrame] = {}
    sheets[t("workbook.documents", lang)] = pd.DataFrame(
        {
            t("province", lang): docs["province"],
            t("document", lang): docs["doc_id"],
            t("workbook.number", lang): docs["doc_number"],
            t("doc_type", lang): docs["doc_type"].map(lambda k: t(str(k), lang)),
            t("issued", lang): docs["issued"],
            t("period", lang): docs.apply(compare.period_label, axis=1),
            t("file", lang): docs["source_file"],
            "SHA-256": docs["sha256"],
        }
    )
    budget = compare.budget_comparison(docs, facts)
    out = {t("province", lang): budget["province"], t("period", lang): budget["period"]}
    for short, key in (("total", "budgets.total"), ("central", "budgets.central"), ("local", "budgets.local")):
        out[f"{t(key, lang)} ({t('mvnd', lang)})"] = budget[f"{short}_mvnd"]
        out[f"{t(key, lang)}: {t('quote', lang)}"] = budget[f"{short}_quote"]
        out[f"{t(key, lang)}: {t('where', lang)}"] = [
            f"{d} {o}" if isinstance(o, str) else None
            for d, o in zip(budget["doc_id"], budget[f"{short}_offsets"], strict=True)
        ]
    out[t("budgets.central_share", lang)] = budget["central_share_pct"]
    out[t("budgets.years", lang)] = budget["plan_years"]
    out[t("budgets.per_year_col", lang)] = budget["total_per_year_mvnd"]
    sheets[codebook.label("budget", lang)] = pd.DataFrame(out)
    for dimension in codebook.dimensions():
        if dimension != "budget":
            sheets[codebook.label(dimension, lang)] = _dimension_sheet(docs, facts, dimension, lang)
    coverage = compare.coverage_matrix(docs, facts, lang)
    sheets[t("overview.coverage_short", lang)] = coverage.rename(
        columns={"dimension": t("overview.dimension", lang), "indicator": t("indicator", lang)}
    )
    if not lines.empty:
        province = docs.set_index("doc_id")["province"]
        sheets[t("budgets.lines", lang)] = pd.DataFrame(
            {
                t("province", lang): lines["doc_id"].map(province),
                t("document", lang): lines["doc_id"],
                "#": lines["code"],
                t("budgets.line_item", lang): lines["item"],
                t("budgets.lead", lang): lines["lead_agency"],
                f"{t('budgets.total', lang)} ({t('mvnd', lang)})": lines["total_mvnd"],
                f"{t('budgets.local', lang)} ({t('mvnd', lang)})": lines["local_mvnd"],
                f"{t('budgets.central', lang)} ({t('mvnd', lang)})": lines["central_mvnd"],
            }
        )
    f = compare.with_province(facts, docs)
    f = sort_frame(f, ["province", "doc_id", "char_start"])
    sheets[t("workbook.facts", lang)] = pd.DataFrame(
        {
            t("province", lang): f["province"],
            t("overview.dimension", lang): f["dimension"].map(lambda d: codebook.label(d, lang)),
            t("indicator", lang): f["indicator"].map(lambda i: codebook.label(i, lang)),
            t("workbook.code", lang): f["indicator"],
            t("kind", lang): f["kind"].map(lambda k: t(k, lang)),
            t("workbook.level", lang): f["scope"].map(lambda s: t("scope_" + s, lang)),
            t("year", lang): f["year"],
            t("workbook.value", lang): f["value"],
            t("workbook.low", lang): f["low"],
            t("workbook.high", lang): f["high"],
            t("workbook.unit", lang): f["unit"],
            t("quote", lang): f["quote"],
            t("document", lang): f["doc_id"],
            t("file", lang): f["source_file"],
            t("workbook.char_start", lang): f["char_start"],
            t("workbook.char_end", lang): f["char_end"],
        }
    )
    return sheets


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's limits: 31 characters, none of []:*?/\\, unique."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in name)[:31].strip()
    candidate, n = clean, 2
    while candidate.lower() in used:
        candidate = f"{clean[:28]} {n}"
        n += 1
    used.add(candidate.lower())
    return candidate


def write_workbook(data: dict[str, pd.DataFrame], path: Path, lang: str = "en") -> Path:
    """Write every comparison table to `path` (.xlsx), atomically: a sheet per table, header frozen,
    filters on, quote columns wrapped."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheets = comparison_sheets(data, lang)

    def write(tmp: Path) -> None:
        used: set[str] = set()
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            for name, frame in sheets.items():
                sheet = _sheet_name(name, used)
                frame.to_excel(writer, sheet_name=sheet, index=False)
                ws = writer.sheets[sheet]
                ws.freeze_panes = "A2"
                if len(frame.columns):
                    ws.auto_filter.ref = ws.dimensions
                for i, column in enumerate(frame.columns, start=1):
                    values = [str(column)] + [str(v) for v in frame[column].dropna().head(500)]
                    width = min(_WRAP_AT, max(len(v) for v in values) + 2)
                    ws.column_dimensions[get_column_letter(i)].width = max(8, width)
                    if width >= _WRAP_AT:
                        for cell in ws[get_column_letter(i)][1:]:
                            cell.alignment = Alignment(wrap_text=True, vertical="top")
                for cell in ws[1]:
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, write)
    return path
