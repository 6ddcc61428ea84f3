"""One house style for every chart (seaborn/matplotlib), the same in HTML and PDF.

Charts never draw a missing value as zero: a province with no figure gets a labelled gap.
"""

from __future__ import annotations

import matplotlib
import matplotlib.patches
import matplotlib.pyplot as plt
import matplotlib.ticker
import pandas as pd
import seaborn as sns
from matplotlib.path import Path as MPath

from analysis.compare import stated_text
from analysis.vietnamese import format_number

__all__ = [
    "PALETTE",
    "ROW_INCHES",
    "baseline_target_bars",
    "budget_bars",
    "plan_timeline",
    "stacked_counts",
    "standing_strips",
    "use_house_style",
]

# Colour-blind-safe (Okabe-Ito): local, central, total, baseline, target.
PALETTE = {
    "local": "#0072B2",
    "central": "#E69F00",
    "total": "#555555",
    "baseline": "#999999",
    "target": "#009E73",
    "missing": "#BBBBBB",
}


# Inches of figure height per row of each chart. Figures grow with their rows and `present.chart_series`
# splits a long list into panels, so a bar keeps the same readable height at 5 provinces and at 63.
ROW_INCHES = {"budget_bars": 0.3, "baseline_target_bars": 0.44, "plan_timeline": 0.28, "stacked_counts": 0.32}
# Room for the title, the axis and the legend below it.
_FRAME_INCHES = 1.5
# The tallest panel of a long list (`present.chart_series`): printed at the page's width (7.5 in to 7.0 in), two
# panels and a section's heading fit one A4 page. A section's heading is kept with its first panel, and panels of
# a whole page's height left the page before them blank below whatever stood there (a table's last row); panels
# of 60 % of a page stood one a page.
PANEL_INCHES = 4.6


def rows_per_panel(chart: str) -> int | None:
    """How many rows of `chart` (a name in ROW_INCHES) fit a panel of PANEL_INCHES; None for other charts."""
    if chart not in ROW_INCHES:
        return None
    return max(3, int((PANEL_INCHES - _FRAME_INCHES) / ROW_INCHES[chart]))


def _height(chart: str, rows: int) -> float:
    return ROW_INCHES[chart] * max(3, rows) + _FRAME_INCHES


# About this many characters of legend fit across a 7.5 in figure at the legend's font size.
_LEGEND_CHARACTERS = 88


def _legend_columns(labels: list[str]) -> int:
    """As many entries a row as fit the figure's width (Vietnamese labels are long), so none is cut at the edge."""
    ncols = len(labels)
    while ncols > 1 and any(
        sum(len(x) + 6 for x in labels[i : i + ncols]) > _LEGEND_CHARACTERS for i in range(0, len(labels), ncols)
    ):
        ncols -= 1
    return max(1, ncols)


_PT = 1 / 72  # inches in a point


def _text_inches(fig: plt.Figure, text: str, size: float) -> float:
    """Width of `text` at font `size` in the house font, in inches (measured, not guessed from its length)."""
    from matplotlib.font_manager import FontProperties

    width, _, _ = fig.canvas.get_renderer().get_text_width_height_descent(text, FontProperties(size=size), ismath=False)
    return width / fig.dpi


def _frame(
    fig: plt.Figure,
    ax: plt.Axes,
    handles=None,
    *,
    row_texts: list[str] | None = None,
    end_texts: list[tuple[float, str, float]] | None = None,
) -> None:
    """Place the axes and the legend under it, with margins measured from what the frame holds: the widest row
    label on the left, the title above, the axis label, tick labels and legend rows below. The legend sits
    outside the axes, so it never covers a bar, whatever the data.

    A chart drawn in panels passes what the whole table holds, so that every panel is laid out alike:
    `row_texts`, every row label (the left margin), and `end_texts`, every label written at a bar's end as
    (x where it starts, text, font size): the value axis is then made long enough for the widest of them to end
    inside the axes (a Vietnamese `(chưa nêu cơ cấu)` ran off the figure when long row labels narrowed it).
    A title wider than the figure is wrapped.

    This is what matplotlib's constrained layout found, for the one-axes charts here, at half the cost of a
    chart: constrained layout measures every text of the figure several times per drawing, and a 63-province
    report draws dozens of charts. Only the row labels are measured, once."""
    if handles is None:
        handles, _ = ax.get_legend_handles_labels()
    labels = [h.get_label() for h in handles]
    rc = plt.rcParams
    width, height = fig.get_size_inches()
    renderer = fig.canvas.get_renderer()
    row_labels = [t for t in ax.get_yticklabels() if t.get_text()]
    widest = max((t.get_window_extent(renderer).width for t in row_labels), default=0.0) / fig.dpi
    if row_texts and row_labels:
        size = row_labels[0].get_fontsize()
        widest = max([widest, *(_text_inches(fig, str(t), size) for t in row_texts)])
    left = widest + (rc["ytick.major.size"] + rc["ytick.major.pad"] + 8) * _PT
    left_frac = min(0.6, left / width)
    title = ax.get_title(loc="left")
    title_lines = 1
    if title:
        import textwrap

        artist = ax.set_title(title, loc="left")  # the title's own artist: its font is the bold title font
        room = (width - left_frac * width - 0.1) * fig.dpi
        columns = len(title)
        while artist.get_window_extent(renderer).width > room and columns > 12:
            columns = int(columns * 0.9)
            artist.set_text(textwrap.fill(title, columns))
        title_lines = artist.get_text().count("\n") + 1
    top = (rc["axes.titlesize"] * 1.25 * title_lines + rc["axes.titlepad"] + 6) * _PT
    ncols = _legend_columns(labels) if labels else 1
    legend_rows = -(-len(labels) // ncols) if labels else 0
    legend = (legend_rows * 9 * 1.45 + 8) * _PT if labels else 0.0
    below = (
        rc["xtick.major.size"] + rc["xtick.major.pad"] + rc["xtick.labelsize"] * 1.25
        + (rc["axes.labelpad"] + rc["axes.labelsize"] * 1.25 if ax.get_xlabel() else 0) + 6
    ) * _PT  # fmt: skip
    # The last tick label on the x axis is centred on the axes' right end: half of it stands beyond (`2022`).
    lo, hi = sorted(ax.get_xlim())
    ends = [t for t in ax.xaxis.get_majorticklabels() if t.get_text() and lo <= t.get_position()[0] <= hi]
    overhang = ends[-1].get_window_extent(renderer).width / fig.dpi / 2 if ends else 0.0
    right_frac = 1 - max(0.12, overhang + 0.06) / width
    if end_texts and lo == 0:
        # x + w·X/A ≤ X for every label (X the axis's end, A the axes' width in inches): X ≥ x / (1 − w/A)
        axes_inches = (right_frac - left_frac) * width
        fits = [
            x / (1 - w / axes_inches)
            for x, text, size in end_texts
            if (w := _text_inches(fig, text, size) + 0.04) < 0.8 * axes_inches
        ]
        if fits and max(fits) > hi:
            ax.set_xlim(0, max(fits))
    fig.subplots_adjust(left=left_frac, right=right_frac, top=1 - top / height, bottom=(below + legend) / height)
    if labels:
        fig.legend(
            handles=handles, labels=labels, loc="lower left", bbox_to_anchor=(0.04 / width, 0.03 / height),
            ncols=ncols, fontsize=9, borderaxespad=0,
        )  # fmt: skip


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
            # SVG charts keep their words as text: searchable in the PDF and crisp at any zoom.
            "svg.fonttype": "none",
            "svg.hashsalt": "ictplans",  # the same chart gives the same SVG (reproducible reports)
        }
    )


def _fmt(v: float, lang: str = "en") -> str:
    decimals = 0 if float(v).is_integer() else 1
    return format_number(v, decimals) if lang == "vi" else f"{v:,.{decimals}f}"


def _value_ticks(ax: plt.Axes, xmax: float, lang: str, integer: bool = False) -> None:
    """Ticks of a value axis few enough that their labels never touch: a city's budget in million VND has labels
    like `50,000,000`, and matplotlib's default nine of them ran into each other."""
    widest = len(_fmt(float(xmax), lang))
    # about 48 characters of tick labels fit along the 7.5-inch figure's axis at the house style's font size
    nbins = max(2, min(8, 48 // (widest + 3)))
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=nbins, integer=integer))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _fmt(v, lang)))


def distinct_row_labels(table: pd.DataFrame) -> pd.Series:
    """A chart's row names: the province, and where a province has several rows its plan period, then its
    document, so that `Hà Nội` five times over becomes rows a reader can tell apart (and find in the table)."""
    names = table["province"].fillna(table["doc_id"]).astype(str)
    if "period" in table:
        names = pd.Series(
            [
                f"{n} · {p}" if isinstance(p, str) and p and (names == n).sum() > 1 else n
                for n, p in zip(names, table["period"], strict=True)
            ],
            index=table.index,
        )
    repeated = names.duplicated(keep=False)
    return pd.Series(
        [f"{n} · {d}" if r else n for n, d, r in zip(names, table["doc_id"], repeated, strict=True)], index=table.index
    )


def budget_bars(
    table: pd.DataFrame,
    value_cols: dict[str, str],
    *,
    title: str,
    xlabel: str,
    missing_label: str,
    lang: str = "en",
    ax: plt.Axes | None = None,
    scale_from: pd.DataFrame | None = None,
    total_col: str | None = None,
    total_label: str = "",
    split_missing_label: str = "",
) -> plt.Figure:
    """Horizontal stacked bars per province. `value_cols` maps a column to its legend label, in stacking order
    (keys among `local_mvnd`, `central_mvnd`, `total_mvnd`, `total_per_year_mvnd`). `total_col`, when given,
    is the stated total: drawn as an outline around the parts and written at the bar's end, so that a total
    whose split is not (fully) stated still shows, with `split_missing_label`. A province that states nothing
    is drawn as a labelled gap. `scale_from` (the whole table, when `table` is one panel of it) sets the axis
    range, so that every panel of a long list is drawn on the same scale."""
    use_house_style()
    own_figure = ax is None  # an axes given by the caller is laid out by the caller
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.5, _height("budget_bars", len(table))), layout=None)
    else:
        fig = ax.figure
    # named over the whole table: a province's rows split between two panels still say which is which
    labels = distinct_row_labels(scale_from if scale_from is not None else table).loc[table.index].tolist()
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

    def bar_ends(frame: pd.DataFrame) -> pd.Series:
        """Where each bar ends: the stated total, else the sum of the parts when all are stated."""
        parts = pd.to_numeric(frame[cols].sum(axis=1, min_count=len(cols)), errors="coerce")
        if total_col is None:
            return parts
        return pd.to_numeric(frame[total_col], errors="coerce").fillna(parts)

    ends = bar_ends(table)
    everything = bar_ends(scale_from if scale_from is not None else table)
    xmax = float(everything.max()) if everything.notna().any() else 1.0
    stated_parts = table[cols].apply(pd.to_numeric, errors="coerce")
    # Room at the bars' ends for their labels, worked out over the whole table: each panel of a long list is then
    # drawn to the same scale (a panel with a `(split not stated)` label had its own, wider axis).
    whole = scale_from if scale_from is not None else table
    whole_parts = whole[cols].apply(pd.to_numeric, errors="coerce")
    wide_labels = bool(split_missing_label) and bool((everything.notna() & ~whole_parts.notna().all(axis=1)).any())
    for i, end in enumerate(ends):
        complete = bool(stated_parts.iloc[i].notna().all())
        if pd.isna(end) and not stated_parts.iloc[i].notna().any():
            ax.text(xmax * 0.01, i, missing_label, va="center", ha="left", color=PALETTE["missing"], style="italic")
            continue
        if pd.isna(end):  # some parts stated, no total: the parts are drawn, nothing is summed
            continue
        if total_col is not None:
            ax.barh(i, end, height=0.6, fill=False, edgecolor=PALETTE["total"], linewidth=0.8, linestyle="--")
        label = _fmt(end, lang) + ("" if complete or not split_missing_label else f" ({split_missing_label})")
        ax.text(end + xmax * 0.01, i, label, va="center", ha="left", fontsize=9)
    ax.set_yticks(list(y), labels)
    ax.set_ylim(max(2.5, len(table) - 0.5), -0.5)  # first row on top; a short list keeps its bar height
    ax.set_xlim(0, xmax * (1.45 if wide_labels else 1.18))
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    _value_ticks(ax, xmax * (1.45 if wide_labels else 1.18), lang)
    handles = []  # one series and no total: no legend
    if len(cols) > 1 or total_col is not None:
        from matplotlib.patches import Patch

        handles = [
            Patch(color=PALETTE.get(c.replace("_mvnd", ""), PALETTE["total"]), label=value_cols[c]) for c in cols
        ]
        if total_col is not None:
            handles.append(Patch(fill=False, edgecolor=PALETTE["total"], linestyle="--", label=total_label))
    if own_figure:
        whole_labels = distinct_row_labels(whole).tolist()
        whole_ends = [
            (
                end + xmax * 0.01,
                _fmt(end, lang) + (f" ({split_missing_label})" if split_missing_label and not done else ""),
                9,
            )
            for end, done in zip(everything, whole_parts.notna().all(axis=1), strict=True)
            if pd.notna(end)
        ]
        whole_ends.append((xmax * 0.01, missing_label, 10))
        _frame(fig, ax, handles, row_texts=whole_labels, end_texts=whole_ends)
    return fig


def _baseline_target_end_texts(table: pd.DataFrame, xmax: float, lang: str) -> list[tuple[float, str, float]]:
    """The labels `baseline_target_bars` writes at its bars' ends, for every row of `table`, as (x, text, size)."""
    out = []
    for key in ("baseline", "target"):
        values = pd.to_numeric(table[key], errors="coerce")
        for i, v in enumerate(values):
            low = table[f"{key}_low"].iloc[i] if f"{key}_low" in table else None
            high = table[f"{key}_high"].iloc[i] if f"{key}_high" in table else None
            ranged = low is not None and high is not None and pd.notna(low) and pd.notna(high)
            if pd.isna(v) and not ranged:
                continue
            year = table[f"{key}_year"].iloc[i]
            suffix = f" ({int(year)})" if pd.notna(year) else ""
            if ranged:
                out.append(
                    (float(high) + xmax * 0.01, f"{_fmt(float(low), lang)}–{_fmt(float(high), lang)}{suffix}", 8)
                )
            else:
                out.append((float(v) + xmax * 0.01, _fmt(v, lang) + suffix, 8))
    return out


def baseline_target_bars(
    table: pd.DataFrame,
    *,
    label_col: str,
    title: str,
    xlabel: str,
    baseline_label: str,
    target_label: str,
    missing_label: str,
    lang: str = "en",
    scale_from: pd.DataFrame | None = None,
) -> plt.Figure:
    """Baseline and target side by side for each row (never one bar for both): grey is what the document
    reports, green what it aims for. `table` has columns `baseline`, `target`, `baseline_year`, `target_year`.
    `scale_from` (the whole table, when `table` is one panel of it) sets the axis range for every panel."""
    use_house_style()
    n = len(table)
    fig, ax = plt.subplots(figsize=(7.5, _height("baseline_target_bars", n)), layout=None)
    height = 0.36
    base = pd.to_numeric(table["baseline"], errors="coerce")
    targ = pd.to_numeric(table["target"], errors="coerce")
    whole = scale_from if scale_from is not None else table
    ends = pd.concat(
        [pd.to_numeric(whole[c], errors="coerce") for c in ("baseline", "target", "baseline_high", "target_high")
         if c in whole]
    )  # fmt: skip
    xmax = float(ends.max()) if ends.notna().any() else 1.0
    for i, (b, t, by, ty) in enumerate(zip(base, targ, table["baseline_year"], table["target_year"], strict=True)):
        for offset, v, year, key in ((-height / 2, b, by, "baseline"), (height / 2, t, ty, "target")):
            if pd.isna(v):
                ax.text(
                    xmax * 0.01,
                    i + offset,
                    missing_label,
                    va="center",
                    ha="left",
                    fontsize=8,
                    color=PALETTE["missing"],
                    style="italic",
                )
                continue
            suffix = f" ({int(year)})" if pd.notna(year) else ""
            low = table[f"{key}_low"].iloc[i] if f"{key}_low" in table else None
            high = table[f"{key}_high"].iloc[i] if f"{key}_high" in table else None
            if low is not None and high is not None and pd.notna(low) and pd.notna(high):
                # a range: solid up to its low end, pale from low to high, labelled as stated
                low, high = float(low), float(high)
                ax.barh(i + offset, low, height=height, color=PALETTE[key], edgecolor="white")
                ax.barh(i + offset, high - low, left=low, height=height, color=PALETTE[key], alpha=0.35)
                label, v = f"{_fmt(low, lang)}–{_fmt(high, lang)}", high
            else:
                ax.barh(
                    i + offset,
                    v,
                    height=height,
                    color=PALETTE[key],
                    hatch="//" if key == "target" else None,
                    edgecolor="white",
                )
                label = _fmt(v, lang)
            ax.text(v + xmax * 0.01, i + offset, label + suffix, va="center", ha="left", fontsize=8)
    ax.set_yticks(range(n), table[label_col].tolist())
    ax.set_ylim(max(2.5, n - 0.5), -0.5)  # first row on top; a short list keeps its bar height
    ax.set_xlim(0, xmax * 1.3)
    # counts: no 0.2 of a service
    _value_ticks(ax, xmax * 1.3, lang, integer=all(float(v).is_integer() for v in ends.dropna()))
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    from matplotlib.patches import Patch

    _frame(
        fig,
        ax,
        row_texts=whole[label_col].astype(str).tolist(),
        end_texts=[*_baseline_target_end_texts(whole, xmax, lang), (xmax * 0.01, missing_label, 8)],
        handles=[
            Patch(color=PALETTE["baseline"], label=baseline_label),
            Patch(facecolor=PALETTE["target"], hatch="//", edgecolor="white", label=target_label),
        ],
    )
    return fig


def plan_timeline(
    timeline: pd.DataFrame,
    *,
    title: str,
    issued_label: str,
    unknown_label: str,
    scale_from: pd.DataFrame | None = None,
) -> plt.Figure:
    """Each document's plan period as a bar, its issue date as a dot; a period not stated is said so.
    `scale_from` (the whole timeline, when `timeline` is one panel of it) sets the years shown."""
    use_house_style()
    n = len(timeline)
    fig, ax = plt.subplots(figsize=(7.5, _height("plan_timeline", n)), layout=None)
    issued = pd.to_datetime(timeline["issued"], errors="coerce")
    whole = scale_from if scale_from is not None else timeline
    years = [y for y in pd.concat([whole["period_start"], whole["period_end"]]).dropna()] + [
        d.year for d in pd.to_datetime(whole["issued"], errors="coerce").dropna()
    ]
    lo, hi = (min(years) - 1, max(years) + 2) if years else (2005, 2025)
    labels = []
    for i, row in enumerate(timeline.itertuples()):
        labels.append(f"{row.province}")
        if pd.notna(row.period_start) and pd.notna(row.period_end):
            ax.barh(
                i,
                int(row.period_end) - int(row.period_start) + 1,
                left=int(row.period_start),
                height=0.5,
                color=PALETTE["local"],
                alpha=0.85,
            )
        else:
            ax.text(lo + 0.2, i, unknown_label, va="center", fontsize=8, color=PALETTE["missing"], style="italic")
        d = issued.iloc[i]
        if pd.notna(d):
            ax.plot(d.year + (d.day_of_year - 1) / 365, i, "o", color=PALETTE["central"], markersize=6)
    ax.set_yticks(range(n), labels)
    ax.set_ylim(max(2.5, n - 0.5), -0.5)
    ax.set_xlim(lo, hi)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_title(title, loc="left")
    from matplotlib.lines import Line2D

    _frame(fig, ax, handles=[Line2D([], [], marker="o", linestyle="", color=PALETTE["central"], label=issued_label)])
    return fig


def stacked_counts(
    table: pd.DataFrame,
    columns: dict[str, str],
    *,
    label_col: str,
    title: str,
    xlabel: str,
    lang: str = "en",
    scale_from: pd.DataFrame | None = None,
) -> plt.Figure:
    """Parts of one whole side by side in a bar (e.g. IT staff by qualification, one document and year).

    The bar's end is labelled with the parts as stated (`1 · 41 · 24 · 14`, `–` where a part is not stated),
    never with their sum: a sum would be a number no sentence states. `scale_from` (the whole table, when
    `table` is one panel of it) sets the axis range for every panel."""
    use_house_style()
    colors = ["#0072B2", "#56B4E9", "#009E73", "#E69F00", "#CC79A7"]
    fig, ax = plt.subplots(figsize=(7.5, _height("stacked_counts", len(table))), layout=None)
    left = pd.Series([0.0] * len(table), index=table.index)
    parts = {col: pd.to_numeric(table[col], errors="coerce") for col in columns}
    for (col, label), color in zip(columns.items(), colors, strict=False):
        vals = parts[col]
        # A part not stated takes no room in the bar (and is shown as `–` in the label), it is not a zero.
        ax.barh(range(len(table)), vals.fillna(0), left=left, color=color, label=label, height=0.55)
        left = left + vals.fillna(0)
    for i, end in enumerate(left):
        stated = " · ".join("–" if pd.isna(parts[col].iloc[i]) else _fmt(parts[col].iloc[i], lang) for col in columns)
        ax.text(end, i, "  " + stated, va="center", fontsize=8)
    whole = scale_from if scale_from is not None else table
    widest = pd.concat([pd.to_numeric(whole[c], errors="coerce") for c in columns], axis=1).sum(axis=1).max()
    ax.set_xlim(0, float(widest or 1) * 1.35)
    ax.set_yticks(range(len(table)), table[label_col].tolist())
    ax.set_ylim(max(2.5, len(table) - 0.5), -0.5)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    _frame(fig, ax)
    return fig


def _one_path(segments: list[list[tuple[float, float]]], **style) -> matplotlib.patches.PathPatch:
    """Many line segments as one compound path: one element in the SVG however many segments it holds."""
    vertices = [point for segment in segments for point in segment]
    codes = [code for segment in segments for code in (MPath.MOVETO, *[MPath.LINETO] * (len(segment) - 1))]
    return matplotlib.patches.PathPatch(MPath(vertices, codes), fill=False, capstyle="butt", **style)


_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "pad": 0.6, "alpha": 0.85}  # text stays legible on grid


def _is_range(row: pd.Series) -> bool:
    return pd.notna(row.get("low")) and pd.notna(row.get("high"))


def _stated(row: pd.Series, lang: str) -> str:
    """The value as the document states it: a range stays a range (`50–60`), never its midpoint."""
    return stated_text(row, lambda v: _fmt(v, lang))


def _align(x: float) -> str:
    """Labels near either end of a strip grow inwards, so they stay inside the figure."""
    return "right" if x > 0.85 else "left" if x < 0.15 else "center"


# One strip is this tall: its title, its line with the dots, and the profiled province's value under it.
STRIP_INCHES = 0.55


def standing_strips(
    points: pd.DataFrame,
    *,
    province: str,
    panel_titles: list[str],
    unit_labels: list[str],
    percent: list[bool],
    lang: str = "en",
) -> plt.Figure:
    """Where one province stands, one strip per comparison (indicator, kind, level): every province that states
    it is a short grey tick on that indicator's own scale (a bar for a range), `province` a large green dot (a
    green bar for a range), labelled with
    its value as stated and its year. Scales differ between strips (percentages 0–100; counts and money from 0
    to the largest value, named in the strip's title), so strips are never compared with each other. `points`
    is `compare.standing_points`; the lists give, for each comparison in its order, the strip's title, its unit
    and whether it is a percentage.

    Compact by design: the other provinces are unlabelled ticks (the table under the chart names the nearest
    ones with their values and years, the workbook all of them), and a strip is STRIP_INCHES tall, so that a
    63-province profile of 28 comparisons takes two figures, not seven pages. All strips share one axes.
    """
    use_house_style()
    groups = list(points.groupby(["indicator", "kind", "scope"], sort=False))
    n = len(groups)
    fig, ax = plt.subplots(figsize=(7.5, STRIP_INCHES * n + 0.1))
    axis_lines: list[list[tuple[float, float]]] = []  # each strip's line and its two end ticks
    others: list[list[tuple[float, float]]] = []  # one short tick per other province (a range: its bar)
    mine_dots: list[tuple[float, float]] = []
    mine_bars: list[tuple[float, float, float]] = []  # (y, x0, x1)
    for i, ((_, group), title, unit, is_pct) in enumerate(zip(groups, panel_titles, unit_labels, percent, strict=True)):
        y = -float(i)
        values = pd.to_numeric(group["value"], errors="coerce")
        top = 100.0 if is_pct else float(values.max() or 1) * 1.15
        scale = f"0–{_fmt(top if is_pct else float(values.max() or 0), lang)}"
        ax.text(0, y + 0.28, f"{title} ({unit}; {scale})", fontsize=8, fontweight="bold", va="bottom", ha="left")
        axis_lines += [[(0, y), (1, y)], [(0, y - 0.08), (0, y + 0.08)], [(1, y - 0.08), (1, y + 0.08)]]
        is_range = (group["low"].notna() & group["high"].notna()).to_numpy()
        is_self = group["is_self"].to_numpy(dtype=bool)
        low, high = group["low"].to_numpy(float) / top, group["high"].to_numpy(float) / top
        xs = group["value"].to_numpy(float) / top
        # arrays, not rows: at 63 provinces a row loop was most of the figure
        others += [[(x, y - 0.13), (x, y + 0.13)] for x in xs[~is_self & ~is_range]]
        others += [[(a, y), (b, y)] for a, b in zip(low[~is_self & is_range], high[~is_self & is_range], strict=True)]
        mine_dots += [(x, y) for x in xs[is_self & ~is_range]]
        mine_bars += [(y, a, b) for a, b in zip(low[is_self & is_range], high[is_self & is_range], strict=True)]
        mine = group[group["is_self"]].iloc[0]
        year = f" ({int(mine['year'])})" if pd.notna(mine["year"]) else ""
        ax.text(mine["value"] / top, y - 0.16, f"{province} {_stated(mine, lang)}{year}", fontsize=7.5,
                fontweight="bold", ha=_align(mine["value"] / top), va="top", bbox=_LABEL_BOX)  # fmt: skip
    # Marks repeated for every province are ONE path each (every strip line; every other province's tick):
    # a 63-province PDF draws a handful of SVG elements, not one per province and strip (WeasyPrint spent
    # most of a profile's PDF time on those). Only the profiled province's marks are their own elements.
    ax.add_patch(_one_path(axis_lines, edgecolor="#BBBBBB", linewidth=0.9, zorder=0, gid="strip-lines"))
    if others:
        ax.add_patch(_one_path(others, edgecolor=PALETTE["baseline"], linewidth=1.6, zorder=2, alpha=0.8, gid="others"))
    if mine_dots:
        xs, ys = zip(*mine_dots, strict=True)
        ax.scatter(xs, ys, s=70, color=PALETTE["target"], edgecolor="white", linewidth=0.5, zorder=3)
    if mine_bars:
        ys, x0, x1 = zip(*mine_bars, strict=True)
        ax.hlines(ys, x0, x1, colors=PALETTE["target"], linewidth=7, zorder=3)
    ax.set_xlim(-0.04, 1.04)
    ax.set_ylim(-n + 0.45, 0.6)
    ax.axis("off")
    fig.subplots_adjust(left=0.02, right=0.98, top=0.99, bottom=0.01)
    return fig
