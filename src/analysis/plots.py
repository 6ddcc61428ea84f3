"""One house style for every chart (seaborn/matplotlib), the same in HTML and PDF.

Charts never draw a missing value as zero: a province with no figure gets a labelled gap.
"""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker
import pandas as pd
import seaborn as sns

from analysis.vietnamese import format_number

__all__ = ["PALETTE", "budget_bars", "use_house_style"]

# Colour-blind-safe (Okabe-Ito): local, central, total, baseline, target.
PALETTE = {
    "local": "#0072B2",
    "central": "#E69F00",
    "total": "#555555",
    "baseline": "#999999",
    "target": "#009E73",
    "missing": "#BBBBBB",
}


def use_house_style() -> None:
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams.update(
        {
            "font.family": "DejaVu Sans",  # carries every Vietnamese letter
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "figure.figsize": (7.5, 3.8),
            "axes.titleweight": "bold",
            "axes.titlesize": 12,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.frameon": False,
        }
    )


def _fmt(v: float, lang: str = "en") -> str:
    decimals = 0 if float(v).is_integer() else 1
    return format_number(v, decimals) if lang == "vi" else f"{v:,.{decimals}f}"


def budget_bars(
    table: pd.DataFrame,
    value_cols: dict[str, str],
    *,
    title: str,
    xlabel: str,
    missing_label: str,
    lang: str = "en",
    ax: plt.Axes | None = None,
) -> plt.Figure:
    """Horizontal stacked bars per province. `value_cols` maps a column to its legend label, in stacking order
    (keys among `local_mvnd`, `central_mvnd`, `total_mvnd`, `total_per_year_mvnd`). A province whose first
    column is missing is drawn as a labelled gap."""
    use_house_style()
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, 0.6 * max(3, len(table)) + 1.2))
    else:
        fig = ax.figure
    labels = table["province"].fillna(table["doc_id"]).tolist()
    y = range(len(table))
    left = pd.Series([0.0] * len(table), index=table.index)
    cols = list(value_cols)
    for col in cols:
        key = col.replace("_per_year", "").replace("_mvnd", "")
        vals = pd.to_numeric(table[col], errors="coerce")
        ax.barh(
            y, vals.fillna(0), left=left, color=PALETTE.get(key, PALETTE["total"]), label=value_cols[col], height=0.6
        )
        left = left + vals.fillna(0)
    totals = pd.to_numeric(table[cols].sum(axis=1, min_count=len(cols)), errors="coerce")
    xmax = float(totals.max()) if totals.notna().any() else 1.0
    for i, (total, first) in enumerate(zip(totals, pd.to_numeric(table[cols[0]], errors="coerce"), strict=True)):
        if pd.isna(first):
            ax.text(xmax * 0.01, i, missing_label, va="center", ha="left", color=PALETTE["missing"], style="italic")
        elif pd.notna(total):
            ax.text(total + xmax * 0.01, i, _fmt(total, lang), va="center", ha="left", fontsize=9)
    ax.set_yticks(list(y), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, xmax * 1.18)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _fmt(v, lang)))
    if len(cols) > 1:
        ax.legend(loc="lower right")
    fig.tight_layout()
    return fig
