"""What a report shows besides its charts: title block, tables with their quotes, sources, caveats, footer.

Every function returns an `IPython.display.HTML` object (or the HTML string with `as_html`), and every piece
of text that came from a source document is escaped, so markup in a source shows as text, never runs.
"""

from __future__ import annotations

import hashlib
import html
import inspect
import os
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

from analysis import __version__, paths
from analysis.collation import sort_frame
from analysis.compare import period_label
from analysis.vietnamese import format_number

__all__ = [
    "caveats",
    "chart_series",
    "data_fingerprint",
    "fact_table",
    "heading",
    "note",
    "other_quotes",
    "quote_table",
    "run_footer",
    "sources",
    "standing_figures",
    "t",
    "title_block",
]


@cache
def _strings() -> dict[str, dict[str, str]]:
    text = resources.files("analysis").joinpath("strings.yaml").read_text(encoding="utf-8")
    # libyaml's safe loader (as for the codebook): the pure-Python one took ~0.3 s of every report.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def t(key: str, lang: str = "en", **kwargs: object) -> str:
    """A report string in `lang` (strings.yaml); `{name}` fields filled from kwargs."""
    entry = _strings().get(key)
    if entry is None:
        raise KeyError(f"no report string {key!r} in strings.yaml")
    text = entry.get(lang) or entry["en"]
    return text.format(**kwargs) if kwargs else text


def _html(markup: str, as_html: bool):
    if as_html:
        return markup
    from IPython.display import HTML

    return HTML(markup)


def _esc(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def fmt_value(value: object, lang: str = "en", decimals: int | None = None) -> str:
    """A number as a reader of `lang` writes it; missing is said (`not found`: no figure was read), never shown as 0."""
    if value is None or pd.isna(value):
        return f'<span class="missing">{t("not_found", lang)}</span>'
    v = float(value)
    if decimals is None:
        decimals = 0 if v.is_integer() else 1
    if lang == "vi":
        return format_number(v, decimals)
    return f"{v:,.{decimals}f}"


def _markup(part: object) -> str:
    """HTML of a part given as a string or as an IPython HTML object."""
    return part if isinstance(part, str) else getattr(part, "data", str(part))


def section(title: str, *parts: object, level: int = 2):
    """A heading and what it introduces, as one output. The heading and the first part are kept together on
    paper (a chart or a note never leaves its heading alone at a page end); the rest may break between pages. A part
    the same as one before it is said once (an empty selection's chart and table say the same line; a chart and
    its table name the same rows they leave out)."""
    marked: list[str] = []
    for part in dict.fromkeys(_markup(p) for p in parts):
        # a table ending in the note a part before it was (the rows a chart and its table leave out): said once
        said = next((m for m in marked if re.fullmatch(r'<p class="note">[^<]*</p>', m) and part.endswith(m)), "")
        part = part[: len(part) - len(said)]
        if part:
            marked.append(part)
    first, rest = (marked[0], "".join(marked[1:])) if marked else ("", "")
    head = f"<h{level}>{_esc(title)}</h{level}>"
    if "<table" in first:  # a table may break between its rows: its heading stays with the first rows
        return _html(f'<section class="report-section">{head}{first}{rest}</section>', False)
    return _html(
        f'<section class="report-section"><div class="keep-with-heading">{head}{first}</div>{rest}</section>', False
    )


def figure(fig, alt: str, as_html: bool = False, crop: bool = True, dpi: int = 150):
    """A matplotlib figure as an embedded SVG image with alternative text: one HTML file can be mailed, the
    chart is crisp at any zoom, and its words stay text (searchable in the PDF). The figure is closed so the
    notebook does not show it twice. `dpi` only sizes the few raster parts a chart may hold."""
    import base64
    import io

    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    # `crop` trims the margins to the content, which costs a second drawing of the figure; charts that set their
    # own margins skip it.
    fig.savefig(buf, format="svg", dpi=dpi, bbox_inches="tight" if crop else None, metadata={"Date": None})
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return _html(f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{_esc(alt)}"></figure>', as_html)


def chart_series(
    plot: Callable[..., object],
    table: pd.DataFrame,
    *,
    title: str,
    alt: str,
    per_figure: int,
    lang: str,
    values: tuple[str, ...] = (),
    **kwargs,
) -> list[str]:
    """`plot(table, title=…, scale_from=table, **kwargs)` as figure HTML, split into panels of at most
    `per_figure` rows (`title (1/3)`, …) of nearly equal length. Every panel is drawn on the whole table's
    scale, so bars in different panels compare; a long list never makes a chart taller than a page. An empty table
    (no document in the selection) is said in words: an empty chart's axis would show a scale of nothing.

    A panel is at most `plots.PANEL_INCHES` tall (fewer rows than `per_figure` when the chart's rows are tall):
    a section's heading is kept with its first panel, and a panel of a whole page's height left the rest of the
    page before it blank whenever anything stood above (a table's last row, a short note).

    `values`: the columns a row draws. A row with none of them (no figure found) is left out of the chart and
    named in one line under it: at 63 provinces half the rows of a chart were `not stated` twice over."""
    from analysis import plots

    if values and not table.empty:
        table, left_out = _rows_with_a_value(table, values, lang, kwargs.get("label_col"))
        after = [left_out] if left_out else []
        if table.empty:
            return [note(t("comparison.none", lang), as_html=True)]
        return chart_series(plot, table, title=title, alt=alt, per_figure=per_figure, lang=lang, **kwargs) + after
    if table.empty:
        return [note(t("empty_selection", lang), as_html=True)]
    if "lang" in inspect.signature(plot).parameters:  # (a chart that words its own labels)
        kwargs["lang"] = lang
    per_figure = min(per_figure, plots.rows_per_panel(getattr(plot, "__name__", "")) or per_figure)
    n = max(1, len(table))
    panels = -(-n // max(1, per_figure))
    # lengths that differ by one row at most: 43 rows in panels of 7 are 7 panels of 6 or 7, not six of 7 and one of 1
    bounds = [round(i * n / panels) for i in range(panels + 1)]
    out = []
    for i in range(panels):
        part = table.iloc[bounds[i] : bounds[i + 1]]
        suffix = f" ({i + 1}/{panels})" if panels > 1 else ""
        fig = plot(part, title=title + suffix, scale_from=table, **kwargs)
        out.append(figure(fig, alt + suffix, as_html=True, crop=False))  # constrained layout: nothing to trim
    return out


def _rows_with_a_value(
    frame: pd.DataFrame, values: Sequence[str], lang: str, label_col: str | None = None
) -> tuple[pd.DataFrame, str]:
    """The rows with at least one of `values` stated, and the HTML line naming the rows left out ("" when none is):
    a chart and a table of the same rows say the same line, which `section` then says once."""
    stated = frame[list(values)].apply(pd.to_numeric, errors="coerce").notna().any(axis=1)
    if stated.all():
        return frame, ""
    names = _row_names(frame[~stated], frame, label_col)
    return frame[stated], note(t("not_shown", lang, names=", ".join(names)), as_html=True)


def heading(text: str, level: int = 2, as_html: bool = False):
    """A section heading in the report's language (collected into the table of contents)."""
    return _html(f"<h{level}>{_esc(text)}</h{level}>", as_html)


def title_block(title: str, compares: str, parameters: dict, lang: str = "en", as_html: bool = False):
    def shown(v: object) -> str:
        if v in (None, [], ""):
            return t("all", lang)
        return ", ".join(map(str, v)) if isinstance(v, list | tuple) else str(v)

    params = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(shown(v))}</td></tr>" for k, v in parameters.items())
    markup = (
        f'<header class="report-title"><h1>{_esc(title)}</h1>'
        f'<p class="compares"><strong>{t("compares", lang)}:</strong> {_esc(compares)}</p>'
        f'<table class="parameters"><caption>{t("parameters", lang)}</caption>{params}</table></header>'
    )
    return _html(markup, as_html)


def fact_table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    lang: str = "en",
    number_cols: tuple[str, ...] = (),
    quote_cols: tuple[str, ...] = (),
    as_html: bool = False,
    id_cols: tuple[str, ...] = ("doc_id",),
    money_cols: tuple[str, ...] = (),
    values: tuple[str, ...] = (),
):
    """An HTML table: `columns` maps frame columns to headers; numbers formatted, missing said, quotes in
    quotation marks and escaped; ids (`id_cols`, long unbroken slugs) in small type that wraps anywhere. An empty
    frame gives a line saying so, not a table of headers alone. `money_cols` name their unit in their header
    (`Total (million VND)`), as quote tables and the workbook do. `values`: a row with none of these columns
    stated is left out and named in one line after the table (the same line `chart_series` writes for a chart
    of the same rows). A `char_start` column shows where the row stands in its document (`2040–2055`, with
    `char_end`), and an id column of a frame with offsets gives them after the id: a number is one step from its
    sentence."""
    left_out = ""
    if values and not frame.empty:
        frame, left_out = _rows_with_a_value(frame, values, lang)
    if frame.empty:
        return _html(left_out, as_html) if left_out else note(t("empty_selection", lang), as_html)
    unit = f" ({t('mvnd', lang)})"
    head = "".join(
        f'<th class="num">{_esc(h + (unit if c in money_cols else ""))}</th>'
        if c in number_cols
        else f"<th>{_esc(h)}</th>"
        for c, h in columns.items()
    )
    offsets = "char_start" in frame and "char_end" in frame
    body = []
    for _, row in frame.iterrows():
        cells = []
        for col in columns:
            v = row.get(col)
            if col in number_cols:
                cells.append(f'<td class="num">{fmt_value(v, lang)}</td>')
            elif col in quote_cols:
                cells.append(f'<td class="quote">{"“" + _esc(v) + "”" if _esc(v) else ""}</td>')
            elif col == "char_start" and offsets and pd.notna(v):
                where = source_html("", v, row["char_end"], row.get("page"), lang, with_doc=False)
                cells.append(f'<td class="where">{where}</td>')
            elif col in id_cols and offsets and "char_start" not in columns and pd.notna(row["char_start"]):
                where = source_html(v, row["char_start"], row["char_end"], row.get("page"), lang)
                cells.append(f'<td class="where">{where}</td>')
            elif col in id_cols:
                cells.append(f'<td class="where"><code>{_esc(v)}</code></td>')
            else:
                cells.append(f"<td>{_esc(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    markup = f'<table class="facts"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{left_out}'
    return _html(markup, as_html)


def _row_names(rows: pd.DataFrame, whole: pd.DataFrame, label_col: str | None = None) -> list[str]:
    """Names of `rows` (part of `whole`) as a chart of `whole` labels them: `label_col`, else the province (with its
    period or document where it has several rows), each once."""
    from analysis.plots import distinct_row_labels

    if label_col and label_col in rows:
        names = rows[label_col]
    elif "province" in whole and "doc_id" in whole:
        names = distinct_row_labels(whole).loc[rows.index]
    else:
        names = rows.index.to_series()
    return list(dict.fromkeys(str(n) for n in names))


def note(text: str, as_html: bool = False):
    """A short explanatory paragraph (escaped)."""
    return _html(f'<p class="note">{_esc(text)}</p>', as_html)


def successor_text(place, lang: str = "en") -> str:
    """What the 1 July 2025 merger (Resolution 202/2025/QH15) made of a former province, said the way it happened:
    part of another province; the province that took others in under its own name (or renamed); or unchanged."""
    from analysis.provinces import merged_with

    others = merged_with(place)
    if not others:
        if place.successor_name != place.name:
            return t("profile.renamed", lang, successor=place.successor_name)
        return t("profile.unchanged", lang)
    joined = t("and_list", lang, first=", ".join(others[:-1]), last=others[-1]) if len(others) > 1 else others[0]
    if place.successor_name == place.name:
        return t("profile.took_in", lang, province=place.name, others=joined)
    if place.successor_name in others:
        return t("profile.successor", lang, successor=place.successor_name)
    return t("profile.merged_into", lang, successor=place.successor_name, others=joined)


def fmt_fact_value(row: pd.Series, lang: str = "en", with_unit: bool = True) -> str:
    """A fact's value as text: `80%`, `50–60%`, `14,250 million VND`, `over 90%`."""
    unit = row.get("unit")
    if pd.notna(row.get("low")) and pd.notna(row.get("high")):
        number = f"{fmt_value(row['low'], lang)}–{fmt_value(row['high'], lang)}"
    else:
        number = fmt_value(row.get("value"), lang)
    suffix = {"percent": "%", "million_vnd": " " + t("mvnd", lang), "mbps": " Mbps"}.get(unit, "") if with_unit else ""
    qual = row.get("qualifier")
    prefix = f"{t('q_' + qual, lang)} " if isinstance(qual, str) and qual else ""
    # A number and its unit never part at a line end (`15,945` / `million VND`), nor its unit's words (a value
    # cell wrapped beside a quote interleaves their lines in the PDF's text); a qualifier may wrap before. Value
    # columns are set wide enough for `32,500 million VND` (tests/pdf_layout.py finds text printed over text).
    # A longer amount (a city's `59,558,000 million VND`) ran over the quote beside it: its unit goes to a line of
    # its own, the number still whole.
    if suffix and len(number) + len(suffix) > len("32,500 million VND"):
        return f'{prefix}<span class="value">{number}</span> <span class="value">{suffix.strip()}</span>'
    return f'{prefix}<span class="value">{number}{suffix}</span>'


def other_quotes(facts: pd.DataFrame, documents: pd.DataFrame, shown: pd.Series, lang: str = "en") -> list:
    """The facts of a report that its tables do not already show beside their quote (`shown`, a mask over
    `facts`: `compare.shown_facts`), as a quote table under a note that says so; a note alone when every fact
    is shown above. Every number stays one step from its sentence, and none is quoted twice."""
    rest = facts[~shown]
    if rest.empty:
        return [note(t("quotes.all_shown", lang))]
    return [note(t("quotes.others_note", lang)), quote_table(rest, documents, lang)]


def source_html(
    doc_id: str, start: int, end: int, page: object, lang: str = "en", with_doc: bool = True, slide: object = False
) -> str:
    """Where a quote is: its document, its character offsets and (for a PDF or a scan) its page, (for slides) its
    slide: a slide's number is its page's in the text, but a reader looks for `slide 4`, not `p. 4` (round 24)."""
    word = t("slide" if slide is not None and pd.notna(slide) and bool(slide) else "page", lang)
    on_page = f" · {word} {int(page)}" if page is not None and pd.notna(page) else ""
    where = f'<span class="offsets">{int(start)}–{int(end)}{on_page}</span>'
    return f"<code>{_esc(doc_id)}</code> {where}" if with_doc else where


def quote_table(
    facts: pd.DataFrame,
    documents: pd.DataFrame,
    lang: str = "en",
    by_dimension: bool = False,
    compact: bool = False,
    as_html: bool = False,
):
    """Every fact beside the sentence it came from: province, indicator, kind, year, value, quote, source.
    With `by_dimension`, a sub-heading row opens each dimension (the codebook's order); `compact` (one
    province's profile) leaves out the province and gives the source as document and character offsets."""
    from analysis import codebook

    if facts.empty and documents.empty:
        return note(t("empty_selection", lang), as_html)
    prov = documents.set_index("doc_id")["province"].to_dict()
    fmt = documents["source_format"] if "source_format" in documents else pd.Series(None, index=documents.index)
    slides = set(documents.loc[fmt == "pptx", "doc_id"])  # (slides' pages are slides: see source_html)
    rows = []
    order = {name: i for i, name in enumerate(codebook.indicators())}
    facts = facts.assign(_order=facts["indicator"].map(order), _province=facts["doc_id"].map(prov))
    # provinces in Vietnamese alphabetical order; a document's facts in the order it states them
    sort = (
        ["_order", "kind", "_province", "doc_id", "char_start"]
        if by_dimension
        else ["_province", "doc_id", "char_start"]
    )
    keys = (
        ("indicator", "kind", "year", "value", "quote")
        if compact
        else ("province", "indicator", "kind", "year", "value", "quote")
    )
    # A table of amounts of money only (a budget report's) names the unit once, in its header: `about 126,500
    # million VND` did not fit its column beside the quote.
    money_only = not facts.empty and bool((facts["unit"] == "million_vnd").all())
    current = None
    for _, f in sort_frame(facts, sort, text_columns=("_province",)).iterrows():
        if by_dimension and f["dimension"] != current:
            current = f["dimension"]
            rows.append(f'<tr class="group"><th colspan="{len(keys)}">{_esc(codebook.label(current, lang))}</th></tr>')
        label = codebook.indicator(f["indicator"]).label(lang)
        year = "" if pd.isna(f.get("year")) else str(int(f["year"]))
        scope = f", {_esc(t('scope_' + f['scope'], lang))}" if f["scope"] != "all" else ""
        province = "" if compact else f"<td>{_esc(prov.get(f['doc_id'], ''))}</td>"
        source = source_html(
            f["doc_id"], f["char_start"], f["char_end"], f.get("page"), lang, not compact, f["doc_id"] in slides
        )
        rows.append(
            f"<tr>{province}<td>{_esc(label)}</td>"
            f"<td>{_esc(t(f['kind'], lang))}{scope}"
            f'</td><td class="year">{year}</td><td class="num">{fmt_fact_value(f, lang, not money_only)}</td>'
            f'<td class="quote">“{_esc(f["quote"])}”<br><span class="where">{source}</span></td></tr>'
        )
    # The source (document and character offsets) sits under its quote, in small type: the quote keeps the
    # width it needs to be read on one or two lines, and a long document id never pushes the table wider.
    head = "".join(
        f"<th>{t(k, lang)} ({t('mvnd', lang)})</th>" if k == "value" and money_only else f"<th>{t(k, lang)}</th>"
        for k in keys[:-1]
    )
    head += f"<th>{t('quote', lang)} · {t('chars' if compact else 'where', lang)}</th>"
    # Fixed column widths: the table fits the page whatever its words, and a PDF of hundreds of quotes lays
    # out several times faster than when every cell's width is measured first.
    widths = _QUOTE_WIDTHS_COMPACT if compact else _QUOTE_WIDTHS
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    markup = (
        f'<table class="facts quotes fixed"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _html(markup, as_html)


# province, indicator, kind, year, value, quote and its source (percent of the table's width)
_QUOTE_WIDTHS = (13, 15, 14, 7, 19, 32)
_QUOTE_WIDTHS_COMPACT = (17, 14, 7, 22, 40)


def skipped_files(skipped: pd.DataFrame | None, lang: str = "en", as_html: bool = False):
    """The files of the raw folder that gave no document, each with why (unreadable, not a plan, a copy of another
    file): a reader of the PDF alone learns what the figures do not cover. Nothing for processed data made before
    skipped files were kept (None): silence there is not a claim that every file was read."""
    if skipped is None:
        return _html("", as_html)
    if skipped.empty:
        return _html(_markup(section(t("overview.skipped", lang), note(t("overview.none_skipped", lang)))), as_html)
    rows = "".join(
        f"<tr><td><code>{_esc(r['source_file'])}</code></td><td>{_esc(r['reason'])}</td></tr>"
        for _, r in skipped.iterrows()
    )
    table = (
        '<table class="facts skipped fixed"><colgroup><col style="width:36%"><col style="width:64%"></colgroup>'
        f"<thead><tr><th>{t('overview.skipped_file', lang)}</th><th>{t('overview.skipped_reason', lang)}</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    shown = section(
        t("overview.skipped", lang),
        note(
            t("overview.skipped_note_one", lang)
            if len(skipped) == 1
            else t("overview.skipped_note", lang, n=len(skipped))
        ),
        table,
    )
    return _html(_markup(shown), as_html)


def document_table(
    documents: pd.DataFrame,
    facts: pd.DataFrame,
    lang: str = "en",
    as_html: bool = False,
    numbers: pd.DataFrame | None = None,
):
    """The document card: what each document is, its period, whether it is complete, how many facts it gave,
    and (with the numbers table) how many of its numbers were read and how many not read may state a fact."""
    if documents.empty:
        return note(t("overview.no_documents", lang), as_html)
    counts = facts.groupby("doc_id").size()
    tally = number_counts(numbers).set_index("doc_id") if numbers is not None else None
    rows = []
    for _, d in sort_frame(documents, ["province", "issued"]).iterrows():
        period = period_label(d) or ""
        read = ""
        if tally is not None:
            n = tally.loc[d["doc_id"]] if d["doc_id"] in tally.index else None
            read = (
                f'<td class="num">{int(n["read"])}</td><td class="num">{int(n["may_be_facts"])}</td>'
                if n is not None
                else '<td class="num"></td><td class="num"></td>'
            )
        # A district's or a commune's own plan says whose it is: its figures are that area's, not the province's.
        local = d.get("issuer_level") in ("district", "commune") and pd.notna(d.get("issuer"))
        where = _esc(d["province"]) + (f"<br><small>{_esc(d['issuer'])}</small>" if local else "")
        rows.append(
            f"<tr><td>{where}</td><td><code>{_esc(d['doc_id'])}</code>"
            f"{'<br>' + _esc(d['doc_number']) if pd.notna(d.get('doc_number')) else ''}</td>"
            f"<td>{_esc(_doc_kind(d, lang))}</td><td>{_esc(d.get('issued'))}</td>"
            f"<td>{_esc(period) or t('not_found', lang)}</td><td>{_esc(d.get('signer'))}</td>"
            f'<td class="num">{int(counts.get(d["doc_id"], 0))}</td>{read}</tr>'
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("province", "document", "doc_type", "issued", "period"))
    head += f'<th>{t("signer", lang)}</th><th class="num">{t("overview.facts_per_doc", lang)}</th>'
    if tally is not None:
        keys = ("overview.numbers_read", "overview.numbers_unread")
        head += "".join(f'<th class="num">{t(k, lang)}</th>' for k in keys)
    # Set widths: a document id on one line (measured columns squeezed it into five, and 63 documents took
    # eight pages), and a table that lays out without measuring every cell.
    widths = (11, 20, 12, 12, 11, 9, 7, 8, 10) if tally is not None else (13, 23, 11, 13, 12, 16, 12)
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    markup = (
        f'<table class="facts documents fixed"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _html(markup, as_html)


def coverage_table(matrix: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """The coverage matrix (`compare.coverage_matrix`), turned and split so that it fits a page however many
    provinces there are: one table per dimension, a row per province, a numbered column per indicator with
    the numbers' key above the table (its header repeats on every page). B/T cells shaded, empty cells blank."""
    provinces = [c for c in matrix.columns if c not in ("dimension", "indicator")]
    if not provinces:
        return note(t("empty_selection", lang), as_html)
    parts = []
    for dimension, block in matrix.groupby("dimension", sort=False):
        labels = block["indicator"].tolist()
        head = f"<th>{t('province', lang)}</th>" + "".join(
            f'<th class="cov"><abbr title="{_esc(label)}">{i}</abbr></th>' for i, label in enumerate(labels, 1)
        )
        rows = []
        for p in provinces:
            cells = "".join(f'<td class="cov {"has" if v else "none"}">{_esc(v)}</td>' for v in block[p].tolist())
            rows.append(f"<tr><td>{_esc(p)}</td>{cells}</tr>")
        key = "".join(f"<li>{_esc(label)}</li>" for label in labels)
        parts.append(
            f'<div class="coverage-block"><h3>{_esc(dimension)}</h3><ol class="coverage-key">{key}</ol>'
            f'<table class="facts coverage"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        )
    return _html("".join(parts), as_html)


def comparison_table(table: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """Per province and indicator: baseline and target in separate columns, each with year, level and quote."""
    from analysis import codebook

    def cell(r: pd.Series, kind: str) -> str:
        if pd.isna(r.get(kind)):
            return f'<span class="missing">{t("not_found", lang)}</span>'
        unit = codebook.indicator(r["indicator"]).unit
        low, high = r.get(f"{kind}_low"), r.get(f"{kind}_high")
        is_range = low is not None and high is not None and pd.notna(low) and pd.notna(high)
        fact = pd.Series(
            {
                "value": None if is_range else r[kind],  # a range is shown as its ends, never its midpoint
                "low": low if is_range else None,
                "high": high if is_range else None,
                "unit": unit,
                "qualifier": r.get(f"{kind}_qualifier"),
            }
        )
        year = "" if pd.isna(r[f"{kind}_year"]) else f" ({int(r[f'{kind}_year'])})"
        scope = r.get(f"{kind}_scope")
        scope = f", {t('scope_' + scope, lang)}" if isinstance(scope, str) and scope != "all" else ""
        source = source_html(
            r[f"{kind}_doc"], r[f"{kind}_start"], r[f"{kind}_end"], r.get(f"{kind}_page"), lang,
            slide=r.get(f"{kind}_slide"),
        )  # fmt: skip
        # The value on its line; the quote and its source run on together below it (each on a line of its own
        # made a row four lines tall and a 63-province table sixteen pages long).
        return (
            f"<strong>{fmt_fact_value(fact, lang)}</strong>{year}{_esc(scope)}<br>"
            f'<span class="quote">“{_esc(r[f"{kind}_quote"])}”</span> <span class="where">{source}</span>'
        )

    rows = []
    # A province that states neither a baseline nor a target for an indicator has no row here: the
    # overview's coverage matrix and each profile list what is not stated.
    table = table[table["baseline"].notna() | table["target"].notna()]
    order = {name: i for i, name in enumerate(codebook.indicators())}
    table = sort_frame(table.assign(_o=table["indicator"].map(order)), ["_o", "province"])
    if table.empty:
        return _html(f'<p class="note">{t("comparison.none", lang)}</p>', as_html)
    # A table of one indicator leaves out the indicator: its heading names it. A table of several names each once,
    # in a row over its provinces (an indicator column repeated `Citizens and businesses using level-3/4 services`
    # on every row of 63 provinces and narrowed the quotes: ten pages of tall rows).
    one = table["indicator"].nunique() == 1
    current = None
    for _, r in table.iterrows():
        if not one and r["indicator"] != current:
            current = r["indicator"]
            rows.append(f'<tr class="group"><th colspan="3">{_esc(codebook.label(current, lang))}</th></tr>')
        rows.append(
            f"<tr><td>{_esc(r['province'])}</td><td>{cell(r, 'baseline')}</td><td>{cell(r, 'target')}</td></tr>"
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("province", "baseline_label", "target_label"))
    # Set column widths, as quote tables have: the table fits the page, and lays out fast at 63 provinces.
    cols = "".join(f'<col style="width:{w}%">' for w in (16, 42, 42))
    markup = (
        f'<table class="facts comparison fixed"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _html(markup, as_html)


def _ranking_value(v: dict | pd.Series) -> float:
    """The number a value is ranked by: itself, or a range's midpoint (as `compare.standing` ranks)."""
    low, high = v.get("low"), v.get("high")
    if low is not None and high is not None and pd.notna(low) and pd.notna(high):
        return (float(low) + float(high)) / 2
    return float(v.get("value"))


def _others(row: pd.Series, lang: str, nearest: int = 4) -> str:
    """The other provinces' values as the reader of `lang` writes numbers (`Kon Tum 15,945 (2010)`). With more
    than `nearest` others, only the provinces ranked nearest to this one (half above, half below), in rank
    order, and how many more there are: at 63 provinces a cell of 62 values helps no reader (the strips chart
    shows them all, and the workbook lists every value with its quote)."""
    from analysis.compare import stated_text

    values = row.get("others_values")
    if not isinstance(values, list):
        return _esc(row.get("others"))

    def shown(v: dict) -> str:
        year = f" ({int(v['year'])})" if pd.notna(v["year"]) else ""
        return f"{_esc(v['province'])} {stated_text(v, lambda x: fmt_value(x, lang))}{year}"

    if len(values) <= nearest:
        return "; ".join(shown(v) for v in values)
    ordered = sorted(values, key=_ranking_value, reverse=True)
    mine = _ranking_value(row)
    above = [v for v in ordered if _ranking_value(v) > mine][-(nearest // 2) :]
    below = [v for v in ordered if _ranking_value(v) <= mine][: nearest - len(above)]
    near = above + below
    return "; ".join(shown(v) for v in near) + " " + t("profile.more_others", lang, n=len(values) - len(near))


def standing_table(ranked: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """A province's facts with their rank among the provinces that state the same thing."""
    from analysis import codebook

    rows = []
    for _, r in ranked.iterrows():
        if pd.isna(r["rank"]):  # stated by no other province: nothing to rank against (said in the note)
            continue
        year = "" if pd.isna(r.get("year")) else str(int(r["year"]))
        scope = f", {t('scope_' + r['scope'], lang)}" if r["scope"] != "all" else ""
        rows.append(
            f"<tr><td>{_esc(codebook.label(r['indicator'], lang))}</td><td>{_esc(t(r['kind'], lang))}{_esc(scope)}</td>"
            f'<td>{year}</td><td class="num">{fmt_fact_value(r, lang)}</td>'
            f'<td class="num rank">{int(r["rank"])}&nbsp;/&nbsp;{int(r["of"])}</td><td>{_others(r, lang)}</td></tr>'
        )
    head = "".join(
        f"<th>{t(k, lang)}</th>" for k in ("indicator", "kind", "year", "value", "profile.rank", "profile.others")
    )
    # Set widths: at 63 provinces the table has a row per comparison (up to ~30), laid out without measuring.
    # The value's column holds `18,975 million VND` on its line (at 18 % it ran into the rank: `VND17 / 47`).
    cols = "".join(f'<col style="width:{w}%">' for w in (18, 12, 7, 23, 9, 31))
    markup = (
        f'<table class="facts standing fixed"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _html(markup, as_html)


def standing_figures(points: pd.DataFrame, province: str, lang: str = "en", per_figure: int = 8) -> list[str]:
    """`plots.standing_strips` for `compare.standing_points`, as figure HTML with alternative text, at most
    `per_figure` strips per figure so that none is taller than a page. Empty when there is nothing to compare."""
    from analysis import codebook, plots

    if points.empty:
        return []
    keys = list(points.groupby(["indicator", "kind", "scope"], sort=False).groups)
    figures = []
    for i in range(0, len(keys), per_figure):
        chunk = keys[i : i + per_figure]
        part = points[points.set_index(["indicator", "kind", "scope"]).index.isin(chunk)]
        titles, units, percent = [], [], []
        for indicator, kind, scope in chunk:
            level = f", {t('scope_' + scope, lang)}" if scope != "all" else ""
            titles.append(f"{codebook.label(indicator, lang)} — {t(kind, lang)}{level}")
            unit = codebook.indicator(indicator).unit
            units.append(t("unit." + unit, lang))
            percent.append(unit == "percent")
        fig = plots.standing_strips(
            part, province=province, panel_titles=titles, unit_labels=units, percent=percent, lang=lang
        )
        figures.append(figure(fig, t("profile.chart_alt", lang, province=province), as_html=True, crop=False, dpi=110))
    return figures


# numbers.csv's `why_not` for a number no rule turned into a fact although it could state one (a percentage, an
# amount, a count): the numbers a reader should look at. Every other reason names what the number is instead
# (a date, a year, a document number, a heading…).
MAY_BE_A_FACT = "no rule read it"
# …and only numbers that look like a quantity an indicator could be (not a stray `(0)` of a web page's widget).
QUANTITY_UNITS = ("percent", "count", "million_vnd", "mbps")


def why_not_label(reason: str, lang: str = "en") -> str:
    """numbers.csv's `why_not` (a fixed English vocabulary, analysis.extract.numbers.WHY_NOT) in the report's language;
    a reason the strings do not know is shown as it is."""
    key = "why_not." + "_".join(str(reason).split())
    return t(key, lang) if key in _strings() else str(reason)


def _read_and_candidates(numbers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(read, may be a fact) masks over the rows of a numbers table."""
    read = numbers["read_as"].fillna("").astype(str).str.len() > 0
    candidate = ~read & (numbers["why_not"] == MAY_BE_A_FACT) & numbers["unit"].isin(QUANTITY_UNITS)
    return read, candidate


def number_counts(numbers: pd.DataFrame | None) -> pd.DataFrame:
    """Per document: numbers read (a fact or a budget line came from them), numbers not read that may state a
    fact, and the other numbers (dates, references, headings…). Empty when there is no numbers table."""
    columns = ["doc_id", "read", "may_be_facts", "other"]
    if numbers is None or numbers.empty:
        return pd.DataFrame(columns=columns)
    read, candidate = _read_and_candidates(numbers)
    frame = pd.DataFrame({"doc_id": numbers["doc_id"], "read": read, "may_be_facts": candidate})
    frame["other"] = ~read & ~candidate
    return frame.groupby("doc_id", as_index=False)[["read", "may_be_facts", "other"]].sum()


def unread_count(numbers: pd.DataFrame | None) -> int | None:
    """How many numbers no rule read although they may state a fact; None without a numbers table."""
    return None if numbers is None else int(number_counts(numbers)["may_be_facts"].sum())


def _marked(sentence: object, text: object) -> str:
    """The sentence, escaped, with the number in it marked (the first time it stands there)."""
    sentence, text = str(sentence or ""), str(text or "")
    i = sentence.find(text) if text else -1
    if i < 0:
        return _esc(sentence)
    return f"{_esc(sentence[:i])}<mark>{_esc(text)}</mark>{_esc(sentence[i + len(text) :])}"


def unread_numbers(numbers: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """The numbers of these documents that no rule read although they may state a fact, each in its sentence
    with the number marked; then how many other numbers were not read, and why (dates, references…)."""
    if numbers is None or numbers.empty:
        return _html(f'<p class="note">{t("numbers.none", lang)}</p>', as_html)
    read, candidate = _read_and_candidates(numbers)
    candidates = numbers[candidate].sort_values(["doc_id", "char_start"])
    others = numbers[~read & ~candidate]
    parts = []
    if candidates.empty:
        parts.append(f'<p class="note">{t("numbers.all_read", lang)}</p>')
    else:
        rows = "".join(
            f'<tr><td class="quote">{_marked(r["sentence"], r["text"])}<br><span class="where"><code>'
            f'{_esc(r["doc_id"])}</code> <span class="offsets">{int(r["char_start"])}–{int(r["char_end"])}</span>'
            f'</span></td><td class="num"><span class="value">{_esc(r["text"])}</span></td>'
            f"<td>{_esc(t('unit.' + str(r['unit']), lang))}</td></tr>"
            for _, r in candidates.iterrows()
        )
        head = "".join(f"<th>{t(k, lang)}</th>" for k in ("numbers.sentence", "numbers.number", "numbers.kind"))
        cols = '<col style="width:72%"><col style="width:14%"><col style="width:14%">'
        parts.append(
            f'<table class="facts fixed unread"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    if not others.empty:
        reasons = others["why_not"].value_counts()
        listed = "; ".join(f"{_esc(why_not_label(reason, lang))}: {int(n)}" for reason, n in reasons.items())
        parts.append(f'<p class="note">{t("numbers.others", lang, n=len(others), reasons=listed)}</p>')
    return _html("".join(parts), as_html)


def missing_list(indicators: list[str], lang: str = "en", as_html: bool = False, unread: int | None = None):
    """Indicators a province's documents do not state, grouped by dimension. When `unread` numbers of the
    documents were not read although they may state a fact, the indicators are *not found* (in what was read),
    not *not stated*, and the reader is pointed to those numbers; `None` when the data have no numbers table."""
    from analysis import codebook

    groups: dict[str, list[str]] = {}
    for name in indicators:
        ind = codebook.indicator(name)
        groups.setdefault(codebook.label(ind.dimension, lang), []).append(ind.label(lang))
    items = "".join(
        f"<li><strong>{_esc(dim)}:</strong> {_esc('; '.join(labels))}</li>" for dim, labels in groups.items()
    )
    if unread is None:  # data made before numbers were listed: nothing to say either way
        lead = ""
    else:
        lead = t("numbers.not_found", lang, n=unread) if unread else t("numbers.not_stated", lang)
        lead = f'<p class="note">{lead}</p>'
    return _html(f'{lead}<ul class="missing-list">{items}</ul>', as_html)


def _doc_kind(doc: pd.Series, lang: str) -> str:
    # A report of results (`Số: N/BC-UBND`, `BÁO CÁO`) is typed `report` (round 24); tables extracted before were
    # typed `plan` and told apart by their genre only, and a reader must not take it for a plan.
    report = doc["doc_type"] == "report" or (doc.get("genre") == "report" and doc["doc_type"] != "news_article")
    kind = t("report_kind" if report else str(doc["doc_type"]), lang)
    kind = f"{kind}, {t('truncated_kind', lang)}" if bool(doc["truncated"]) else kind
    fmt = doc.get("source_format")
    if isinstance(fmt, str) and fmt not in ("text", "html", ""):  # read from a PDF, a scan or a Word file
        kind += f" ({t('format.' + fmt, lang)})"
    return kind


def sources(documents: pd.DataFrame, lang: str = "en", raw_href: str = "../data/raw/", as_html: bool = False):
    """The documents a report drew on: what each is, linked to its raw file, with its fingerprint."""
    if documents.empty:
        empty = note(t("empty_selection", lang), True)
        markup = f'<section class="sources"><h2>{t("sources", lang)}</h2>{empty}</section>'
        return _html(markup, as_html)
    rows = []
    for _, d in sort_frame(documents, ["province", "doc_id"]).iterrows():
        period = period_label(d) or ""
        facts = [
            _esc(d["doc_number"]) if pd.notna(d.get("doc_number")) else "",
            _esc(_doc_kind(d, lang)),
            f"{t('issued', lang)} {_esc(d.get('issued'))}" if pd.notna(d.get("issued")) else "",
            f"{t('period', lang)} {_esc(period)}" if period else "",
        ]
        rows.append(
            f"<tr><td>{_esc(d['province'])}</td><td><code>{_esc(d['doc_id'])}</code> · "
            f"{' · '.join(x for x in facts if x)}</td>"
            f'<td><a href="{_esc(raw_href + str(d["source_file"]))}">{_esc(d["source_file"])}</a> '
            f'<span class="note">SHA-256 {_esc(str(d["sha256"])[:16])}…</span></td></tr>'
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("province", "document", "file"))
    # Small type, set widths and each entry on as few lines as it needs: at 63 provinces the list took six pages.
    cols = "".join(f'<col style="width:{w}%">' for w in (16, 50, 34))
    markup = (
        f'<section class="sources"><h2>{t("sources", lang)}</h2><table class="facts sources fixed">'
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )
    return _html(markup, as_html)


def _names_once(documents: pd.DataFrame, lang: str = "en") -> str:
    """The provinces (a document's id where it has none) of `documents`, each named once, in the order of their first
    document: `Hà Nội (6 documents), Kon Tum`. A caveat over 40 news pages of one city named it 40 times."""
    names = documents["province"].fillna(documents["doc_id"])
    counts = names.value_counts(sort=False)
    return ", ".join(
        name if counts[name] == 1 else f"{name} ({t('n_documents', lang, n=int(counts[name]))})"
        for name in dict.fromkeys(names)
    )


def caveats(documents: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """What a reader must know before comparing these documents."""
    items = []
    truncated = documents[documents["truncated"].astype(bool)]
    if len(truncated):
        items.append(t("truncated", lang, docs=_names_once(truncated, lang)))
    news = documents[documents["doc_type"] == "news_article"]
    if len(news):
        items.append(t("news", lang, docs=_names_once(news, lang), verb="is" if len(news) == 1 else "are"))
    from analysis.compare import plan_years

    years = plan_years(documents)
    known = documents.assign(_y=years)[years.notna()]
    if known["_y"].nunique() > 1:
        # one entry per province: `Hà Nội: 4/5` when its plans differ in length
        per_province: dict[str, list[int]] = {}
        for p, y in zip(known["province"].fillna(known["doc_id"]), known["_y"], strict=True):
            per_province.setdefault(p, [])
            if int(y) not in per_province[p]:
                per_province[p].append(int(y))
        lengths = ", ".join(f"{p}: {'/'.join(map(str, ys))}" for p, ys in per_province.items())
        items.append(t("lengths", lang, lengths=lengths))
    unknown = documents[years.isna()]
    if len(unknown):
        items.append(t("no_period", lang, docs=_names_once(unknown, lang)))
    if "ocr_confidence" in documents:  # scans read by OCR: their numbers may be misread
        scanned = documents[pd.to_numeric(documents["ocr_confidence"], errors="coerce").notna()]
        for _, d in scanned.iterrows():
            name = d["province"] if pd.notna(d["province"]) else d["doc_id"]
            confidence = f"{float(d['ocr_confidence']):.0f}/100"
            items.append(t("ocr", lang, docs=f"{name} ({d['doc_id']})", verb="was", confidence=confidence))
    # No caveat is said in a line: a heading over an empty list stood alone at a page's foot.
    lis = f"<ul>{''.join(f'<li>{_esc(i)}</li>' for i in items)}</ul>" if items else note(t("caveats.none", lang), True)
    markup = f'<section class="caveats"><h2>{t("caveats", lang)}</h2>{lis}</section>'
    return _html(markup, as_html)


def data_fingerprint(data_dir: str | Path | None = None) -> str:
    """SHA-256 over the processed tables, so a reader can tell two runs on the same data apart from others."""
    base = Path(data_dir) if data_dir else paths.PROCESSED
    h = hashlib.sha256()
    for name in ("documents.csv", "facts.csv", "budget_lines.csv"):
        p = base / name
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def run_footer(data_dir: str | Path | None = None, lang: str = "en", as_html: bool = False):
    # SOURCE_DATE_EPOCH makes a rebuild reproducible when an operator wants that.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    markup = (
        f'<footer class="run-footer"><h2>{t("footer", lang)}</h2><p>{t("generated", lang)}: '
        f"{when:%Y-%m-%d %H:%M} UTC · {t('data_hash', lang)}: <code>{data_fingerprint(data_dir)}</code> · "
        f"{t('version', lang)}: {__version__}</p></footer>"
    )
    return _html(markup, as_html)
