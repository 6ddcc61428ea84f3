"""Pure functions the comparison notebooks call: selections, budget comparisons, annualising, coverage.

Every table returned here keeps a way back to the text: the quote and the document it came from.
Missing values stay missing (NaN/NA), never zero.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths

__all__ = ["budget_comparison", "load_processed", "plan_years", "select_provinces"]

BUDGET_INDICATORS = {
    "budget_total_mvnd": "total",
    "budget_central_mvnd": "central",
    "budget_local_mvnd": "local",
}


def load_processed(data_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The processed tables (Parquet) as DataFrames: documents, facts, budget_lines, validation."""
    base = Path(data_dir) if data_dir else paths.PROCESSED
    if not (base / "facts.parquet").exists():
        raise FileNotFoundError(f"no processed data in {base}: run `ictplans build` (or `make reports`) first")
    return {
        name: pd.read_parquet(base / f"{name}.parquet")
        for name in ("documents", "facts", "budget_lines", "validation")
        if (base / f"{name}.parquet").exists()
    }


def select_provinces(frame: pd.DataFrame, provinces: list[str] | None) -> pd.DataFrame:
    """Rows of the given provinces (names as in the crosswalk); all rows when `provinces` is empty."""
    if not provinces:
        return frame
    from analysis.provinces import lookup

    wanted = set()
    for p in provinces:
        hit = lookup(p)
        if hit is None:
            raise ValueError(f"unknown province {p!r}")
        wanted.add(hit.name)
    return frame[frame["province"].isin(wanted)]


def plan_years(documents: pd.DataFrame) -> pd.Series:
    """Length of each plan in years (inclusive), NA when the period is unknown."""
    start = pd.to_numeric(documents["period_start"], errors="coerce")
    end = pd.to_numeric(documents["period_end"], errors="coerce")
    return (end - start + 1).where(start.notna() & end.notna()).astype("Int64")


def budget_comparison(documents: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """One row per document: total, central and local budget (million VND), shares, budget per plan year,
    and the quote each number was read from. Documents that state no budget are kept with NA values."""
    docs = documents.copy()
    docs["plan_years"] = plan_years(docs)
    budget = facts[facts["indicator"].isin(BUDGET_INDICATORS) & (facts["kind"] == "target")]
    rows = []
    for _, doc in docs.iterrows():
        row = {
            "doc_id": doc["doc_id"],
            "province": doc["province"],
            "doc_type": doc["doc_type"],
            "period": _period_label(doc),
            "plan_years": doc["plan_years"],
            "truncated": bool(doc["truncated"]),
        }
        mine = budget[budget["doc_id"] == doc["doc_id"]]
        for indicator, short in BUDGET_INDICATORS.items():
            hit = mine[mine["indicator"] == indicator]
            if hit.empty:
                row[f"{short}_mvnd"], row[f"{short}_quote"], row[f"{short}_offsets"] = pd.NA, None, None
            else:
                first = hit.sort_values("char_start").iloc[0]
                row[f"{short}_mvnd"] = first["value"]
                row[f"{short}_quote"] = first["quote"]
                row[f"{short}_offsets"] = f"{int(first['char_start'])}–{int(first['char_end'])}"
        rows.append(row)
    out = pd.DataFrame(rows)
    for col in ("total_mvnd", "central_mvnd", "local_mvnd"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    out["central_share_pct"] = (100 * out["central_mvnd"] / out["total_mvnd"]).round(1)
    out["local_share_pct"] = (100 * out["local_mvnd"] / out["total_mvnd"]).round(1)
    years = pd.to_numeric(out["plan_years"], errors="coerce")
    out["total_per_year_mvnd"] = (out["total_mvnd"] / years).round(1)
    return out


def _period_label(doc: pd.Series) -> str | None:
    start, end = doc.get("period_start"), doc.get("period_end")
    if pd.isna(end):
        return None
    if pd.isna(start) or int(start) == int(end):
        return str(int(end))
    return f"{int(start)}–{int(end)}"
