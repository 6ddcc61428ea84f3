"""Pure functions the comparison notebooks call: selections, budget comparisons, annualising, coverage.

Every table returned here keeps a way back to the text: the quote and the document it came from.
Missing values stay missing (NaN/NA), never zero.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.collation import sort_frame, sorted_vi

__all__ = [
    "budget_comparison",
    "coverage_matrix",
    "effective_year",
    "indicator_comparison",
    "latest_per_province",
    "load_processed",
    "not_stated",
    "numbers_of",
    "period_label",
    "plan_timeline",
    "plan_years",
    "qualification_mix",
    "select_facts",
    "select_provinces",
    "shown_facts",
    "standing",
    "standing_points",
    "stated_text",
    "training_budget_lines",
    "with_province",
]

BUDGET_INDICATORS = {
    "budget_total_mvnd": "total",
    "budget_central_mvnd": "central",
    "budget_local_mvnd": "local",
}


def load_processed(data_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The processed tables (Parquet) as DataFrames: documents, facts, budget_lines, validation, and, when the
    data have them, numbers (every number of every text, read or not) and skipped (files that gave no document)."""
    base = Path(data_dir) if data_dir else paths.PROCESSED
    if not (base / "facts.parquet").exists():
        raise FileNotFoundError(f"no processed data in {base}: run `ictplans build` (or `make reports`) first")
    return {
        name: pd.read_parquet(base / f"{name}.parquet")
        for name in ("documents", "facts", "budget_lines", "validation", "numbers", "skipped")
        if (base / f"{name}.parquet").exists()
    }


def numbers_of(data: dict[str, pd.DataFrame], documents: pd.DataFrame) -> pd.DataFrame | None:
    """The numbers table's rows of `documents` (every number of their texts, read or not); None for processed
    data made before numbers were listed, so that a report can say nothing rather than something false."""
    numbers = data.get("numbers")
    return None if numbers is None else numbers[numbers["doc_id"].isin(documents["doc_id"])]


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


def select_facts(facts: pd.DataFrame, years: list[int] | None = None, kind: str | None = None) -> pd.DataFrame:
    """Facts of the given years (a multi-year amount, with no year, when its period includes one of them; a fact
    whose year is unknown is left out once years are chosen) and kind (`baseline` or `target`; empty = both)."""
    out = facts
    if years:
        wanted = [int(y) for y in years]
        keep = out["year"].isin(wanted)
        if "period_start" in out and "period_end" in out:
            start = pd.to_numeric(out["period_start"], errors="coerce")
            end = pd.to_numeric(out["period_end"], errors="coerce")
            in_period = pd.Series(False, index=out.index)
            for y in wanted:
                in_period |= ((start <= y) & (end >= y)).fillna(False)
            keep |= out["year"].isna() & in_period
        out = out[keep]
    if kind:
        if kind not in ("baseline", "target"):
            raise ValueError(f"kind must be 'baseline' or 'target', not {kind!r}")
        out = out[out["kind"] == kind]
    return out


def effective_year(facts: pd.DataFrame) -> pd.Series:
    """The year a fact is about, for ordering: its year, or the last year of a multi-year amount's period."""
    year = pd.to_numeric(facts["year"], errors="coerce")
    if "period_end" in facts:
        year = year.fillna(pd.to_numeric(facts["period_end"], errors="coerce"))
    return year


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
            "period": period_label(doc),
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
    # (the columns named, so a corpus with no document read gives an empty table, not one with no columns)
    columns = ["doc_id", "province", "doc_type", "period", "plan_years", "truncated"] + [
        f"{short}_{what}" for short in BUDGET_INDICATORS.values() for what in ("mvnd", "quote", "offsets")
    ]
    out = pd.DataFrame(rows, columns=columns)
    for col in ("total_mvnd", "central_mvnd", "local_mvnd"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    out["central_share_pct"] = (100 * out["central_mvnd"] / out["total_mvnd"]).round(1)
    out["local_share_pct"] = (100 * out["local_mvnd"] / out["total_mvnd"]).round(1)
    years = pd.to_numeric(out["plan_years"], errors="coerce")
    out["total_per_year_mvnd"] = (out["total_mvnd"] / years).round(1)
    return out


def period_label(doc: pd.Series) -> str | None:
    """`2016–2020`, `2014` for a one-year plan, None when the document states no period."""
    start, end = doc.get("period_start"), doc.get("period_end")
    if pd.isna(end):
        return None
    if pd.isna(start) or int(start) == int(end):
        return str(int(end))
    return f"{int(start)}–{int(end)}"


# --- shared helpers ---------------------------------------------------------------------------------
def with_province(facts: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Facts with their document's province, kind and period (one join, used by every comparison). A fact's own
    period (a multi-year amount's `period_start`/`period_end`) keeps its name; the document's plan period is
    `period_start_doc`/`period_end_doc` (a plain merge renamed both `_x`/`_y`, and `effective_year` then missed
    the fact's period)."""
    cols = ["doc_id", "province", "doc_type", "period_start", "period_end", "truncated"]
    return facts.merge(documents[cols], on="doc_id", how="left", suffixes=("", "_doc"))


def comparable_value(facts: pd.DataFrame) -> pd.Series:
    """The number used to rank a fact: its value, or the midpoint of its range (`50 - 60%` → 55)."""
    mid = (pd.to_numeric(facts["low"], errors="coerce") + pd.to_numeric(facts["high"], errors="coerce")) / 2
    return pd.to_numeric(facts["value"], errors="coerce").fillna(mid)


def coverage_matrix(documents: pd.DataFrame, facts: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Indicator × province: what each province's documents state — `B` a baseline, `T` a target, `B T`
    both, empty when the documents say nothing about it. Rows follow the codebook's order."""
    from analysis import codebook

    f = with_province(facts, documents)
    provinces = sorted_vi(documents["province"].dropna().unique())
    stated = set(zip(f["indicator"], f["province"], f["kind"], strict=True))
    rows = []
    for name, ind in codebook.indicators().items():
        row = {"dimension": codebook.dimensions()[ind.dimension].label(lang), "indicator": ind.label(lang)}
        for p in provinces:
            marks = (("B", (name, p, "baseline") in stated), ("T", (name, p, "target") in stated))
            row[p] = " ".join(k for k, flag in marks if flag)
        rows.append(row)
    return pd.DataFrame(rows)


def plan_timeline(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document with its plan period and issue date, in time order."""
    out = documents[["province", "doc_id", "doc_type", "issued", "period_start", "period_end", "truncated"]].copy()
    out["plan_years"] = plan_years(documents)
    return sort_frame(out, ["period_start", "province"])  # a period not stated sorts last


def indicator_comparison(
    documents: pd.DataFrame, facts: pd.DataFrame, indicators: list[str], scopes: tuple[str, ...] = ("all",)
) -> pd.DataFrame:
    """Per province and indicator: the latest baseline and the target, side by side, each with its year and
    quote. Never one number for both; a province that states neither keeps its row with NA values. Provinces
    in Vietnamese alphabetical order, indicators in the order given."""
    f = with_province(facts, documents)
    f = f[f["indicator"].isin(indicators) & f["scope"].isin(scopes)]
    # the latest year; within it, the widest scope first (scopes are ordered by the caller)
    # (a multi-year amount counts at its period's last year)
    f = f.assign(_scope_rank=f["scope"].map({s: i for i, s in enumerate(scopes)}), _ey=effective_year(f))
    best = f.sort_values(["_ey", "_scope_rank"], ascending=[False, True], na_position="last", kind="stable")
    best = best.drop_duplicates(["province", "indicator", "kind"])
    slides = documents.loc[documents["source_format"] == "pptx", "doc_id"] if "source_format" in documents else []
    fields = pd.DataFrame(
        {
            "province": best["province"],
            "indicator": best["indicator"],
            "kind": best["kind"],
            "": comparable_value(best),
            "_year": best["year"],
            "_quote": best["quote"],
            "_doc": best["doc_id"],
            "_start": best["char_start"],  # the quote's offsets (and page) in its document: its source
            "_end": best["char_end"],
            "_page": best["page"] if "page" in best else pd.NA,
            # (a page of slides is a slide: the source says so, round 24)
            "_slide": best["doc_id"].isin(slides),
            "_text": [stated_text(r) for r in best.to_dict("records")],
            "_low": best["low"],  # a range's ends, kept as numbers for tables and charts
            "_high": best["high"],
            "_scope": best["scope"],
            "_qualifier": best["qualifier"],
        }
    )
    provinces = sorted_vi(documents["province"].dropna().unique())
    grid = pd.MultiIndex.from_product([provinces, indicators], names=["province", "indicator"])
    out = pd.DataFrame(index=grid)
    for kind in ("baseline", "target"):
        part = fields[fields["kind"] == kind].drop(columns="kind").set_index(["province", "indicator"])
        part = part.reindex(grid)
        out = out.join(part.rename(columns=lambda c, k=kind: f"{k}{c}"))
    out = out.reset_index()
    for col in out.columns:  # missing is NA for numbers and None for text, as readers of this table expect
        if col.endswith(("_quote", "_doc", "_text", "_scope", "_qualifier")):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def shown_facts(facts: pd.DataFrame, *tables: pd.DataFrame) -> pd.Series:
    """Which of `facts` a comparison table (`indicator_comparison`) shows, with its quote and source: a report
    that shows a table need not quote those facts again (at 63 provinces the repeat took a third of its pages)."""
    shown: set[tuple] = set()
    for table in tables:
        for kind in ("baseline", "target"):
            part = table[table[f"{kind}_doc"].notna()]
            shown.update(zip(part[f"{kind}_doc"], part["indicator"], part[f"{kind}_start"].astype(int), strict=True))
    keys = zip(facts["doc_id"], facts["indicator"], facts["char_start"].astype(int), strict=True)
    return pd.Series([k in shown for k in keys], index=facts.index, dtype=bool)


def latest_per_province(facts: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One fact per indicator, kind, level and province: the latest year (the highest value within it), with
    its comparable value in `_v`. Sorted by indicator, kind, level and province. A profile computes it once and
    hands it to `standing` and `standing_points` (at 63 provinces it is most of their cost)."""
    f = with_province(facts, documents)
    f = f.assign(_v=comparable_value(f), _y=effective_year(f).fillna(-1))
    return (
        f.sort_values(["_y", "_v"], ascending=[False, False])
        .groupby(["indicator", "kind", "scope", "province"], as_index=False)
        .first()
    )


_COMPARISON = ["indicator", "kind", "scope"]


def _comparisons_of(latest: pd.DataFrame, province: str, min_size: int = 1) -> pd.DataFrame:
    """The rows of `latest` in the comparisons (indicator, kind, level) that `province` states and that at
    least `min_size` provinces state."""
    keys = [latest[k] for k in _COMPARISON]
    has_self = latest["province"].eq(province).groupby(keys).transform("any")
    size = latest.groupby(keys)["province"].transform("size")
    return latest[has_self & (size >= min_size)]


def standing_points(
    facts: pd.DataFrame, documents: pd.DataFrame, province: str, latest: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The values behind `standing`, one row per province and comparison: for every indicator, kind and level
    that `province` and at least one other province state, each province's latest value (`value`; a range at
    its midpoint, for placing it, with `low` and `high` kept for showing it), its year, its quote and whether it
    is `province`'s own (`is_self`). Codebook order. `latest`: `latest_per_province`, if already computed."""
    from analysis import codebook

    latest = latest_per_province(facts, documents) if latest is None else latest
    columns = ["indicator", "kind", "scope", "province", "value", "low", "high", "year", "quote", "is_self"]
    sel = _comparisons_of(latest, province, min_size=2)
    if sel.empty:
        return pd.DataFrame(columns=columns)
    order = {name: i for i, name in enumerate(codebook.indicators())}
    out = pd.DataFrame(
        {
            **{c: sel[c] for c in ("indicator", "kind", "scope", "province")},
            "value": sel["_v"],
            "low": sel["low"],
            "high": sel["high"],
            "year": sel["year"],
            "quote": sel["quote"],
            "is_self": sel["province"] == province,
            "_order": sel["indicator"].map(order).fillna(len(order)),
        }
    ).sort_values(["_order", "kind", "scope", "value"], ascending=[True, True, True, False])
    return out[columns].reset_index(drop=True)


def stated_text(fact: dict | pd.Series, number=lambda v: f"{v:g}") -> str:
    """A fact's value as its document states it: `80`, or `60–70` for a range (never the midpoint)."""
    low, high = fact.get("low"), fact.get("high")
    if low is not None and high is not None and pd.notna(low) and pd.notna(high):
        return f"{number(low)}–{number(high)}"
    return number(fact.get("value"))


def _year_suffix(year: object) -> str:
    return f" ({int(year)})" if year is not None and pd.notna(year) else ""


def standing(
    facts: pd.DataFrame, documents: pd.DataFrame, province: str, latest: pd.DataFrame | None = None
) -> pd.DataFrame:
    """For every indicator, kind and level `province` states: its rank among the provinces that state the same
    (1 = highest; a range counts at its midpoint; each province counted once, with its latest year), and the
    others' values with their years — years differ between plans, so they are always shown. `latest`:
    `latest_per_province`, if already computed."""
    latest = latest_per_province(facts, documents) if latest is None else latest
    sel = _comparisons_of(latest, province)
    if sel.empty:
        return pd.DataFrame()
    is_self = sel["province"] == province
    mine = sel[is_self]
    others = sel[~is_self]
    # The others of each comparison, as their documents state them (a range stays a range; it is ranked at its
    # midpoint only), in the order of `latest` (province within comparison).
    by_key: dict[tuple, list[dict]] = {}
    for o in others[[*_COMPARISON, "province", "value", "low", "high", "year", "_v"]].to_dict("records"):
        by_key.setdefault((o["indicator"], o["kind"], o["scope"]), []).append(o)
    out = []
    for row in mine.drop(columns=["_y"]).to_dict("records"):
        group = by_key.get((row["indicator"], row["kind"], row["scope"]), [])
        mine_v = row.pop("_v")
        rank = sum(1 for o in group if o["_v"] > mine_v) + 1 if group else pd.NA
        values = [{k: o[k] for k in ("province", "value", "low", "high", "year")} for o in group]
        text = "; ".join(f"{v['province']} {stated_text(v)}" + _year_suffix(v["year"]) for v in values)
        out.append({**row, "rank": rank, "of": len(group) + 1, "others": text, "others_values": values})
    return pd.DataFrame(out)


def not_stated(facts: pd.DataFrame, documents: pd.DataFrame, province: str) -> list[str]:
    """Indicators the province's documents do not state at all."""
    from analysis import codebook

    f = with_province(facts, documents)
    stated = set(f.loc[f["province"] == province, "indicator"])
    return [name for name in codebook.indicators() if name not in stated]


QUALIFICATIONS = [
    "it_staff_postgraduate_count",
    "it_staff_university_count",
    "it_staff_college_count",
    "it_staff_vocational_count",
]


def qualification_mix(documents: pd.DataFrame, facts: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """IT staff by qualification, one row per document, level and year that gives a split (only what the
    documents state: parts are never derived from a total). `label` names the row in `lang`: province, level
    (unless the whole province) and year."""
    f = with_province(facts, documents)
    f = f[f["indicator"].isin(QUALIFICATIONS)]
    if f.empty:
        return pd.DataFrame()
    wide = f.pivot_table(
        index=["province", "doc_id", "kind", "scope", "year"], columns="indicator", values="value", aggfunc="first"
    ).reset_index()
    from analysis.present import t

    def label(row: pd.Series) -> str:
        parts = [row["province"]]
        if row["scope"] != "all":
            parts.append(t("scope_" + row["scope"], lang))
        if pd.notna(row["year"]):
            parts.append(str(int(row["year"])))
        return " · ".join(parts)

    wide["label"] = wide.apply(label, axis=1)
    return sort_frame(wide, ["province", "doc_id", "year"])


def training_budget_lines(budget_lines: pd.DataFrame) -> pd.DataFrame:
    """Budget lines for training people (`đào tạo`, `bồi dưỡng`, `nhân lực`)."""
    mask = budget_lines["item"].str.contains(r"đào tạo|bồi dưỡng|nhân lực|tập huấn", case=False, na=False)
    return budget_lines[mask]
