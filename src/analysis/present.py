"""What a report shows besides its charts: title block, tables with their quotes, sources, caveats, footer.

Every function returns an `IPython.display.HTML` object (or the HTML string with `as_html`), and every piece
of text that came from a source document is escaped, so markup in a source shows as text, never runs.
"""

from __future__ import annotations

import hashlib
import html
import os
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from analysis import __version__, paths
from analysis.vietnamese import format_number

__all__ = [
    "caveats",
    "data_fingerprint",
    "fact_table",
    "heading",
    "note",
    "quote_table",
    "run_footer",
    "sources",
    "t",
    "title_block",
]

STRINGS = {
    "en": {
        "compares": "What this report compares",
        "parameters": "Parameters",
        "all": "all",
        "sources": "Sources",
        "caveats": "Caveats",
        "footer": "Run",
        "generated": "Generated",
        "data_hash": "Data fingerprint",
        "version": "ictplans version",
        "province": "Province",
        "document": "Document",
        "doc_type": "Kind",
        "period": "Plan period",
        "issued": "Issued",
        "file": "Raw file",
        "sha": "SHA-256 (first 12)",
        "not_stated": "not stated",
        "truncated": "The source text of {docs} stops mid-document ([...]); figures after the cut are missing, "
        "not zero.",
        "news": "{docs} {verb} news articles reporting a plan: they summarise the plan and may omit figures.",
        "lengths": "Plans cover different periods ({lengths}); compare per-year figures where the period is known.",
        "no_period": "The plan period of {docs} is not stated in the available text, so per-year figures are "
        "not computed for it.",
        "quote": "Quote",
        "where": "Source",
        "decision": "decision",
        "plan": "plan",
        "news_article": "news article",
        "truncated_kind": "truncated",
        "budgets.title": "Budgets of provincial IT application plans",
        "budgets.compares": "Total planned budget, its central (TW) and local (ĐP) parts, the budget per plan year, "
        "and budget lines where a document has a table. Million VND.",
        "budgets.totals": "Total, central and local budget",
        "budgets.per_year": "Budget per plan year",
        "budgets.lines": "Budget lines",
        "budgets.total": "Total",
        "budgets.central": "Central (TW)",
        "budgets.local": "Local (ĐP)",
        "budgets.central_share": "Central share, %",
        "budgets.years": "Years",
        "budgets.per_year_col": "Per year",
        "budgets.axis": "million VND",
        "budgets.no_budget": "no budget stated",
        "budgets.no_lines": "No document in this selection has a budget table.",
        "budgets.line_item": "Line",
        "budgets.lead": "Lead agency",
        "budgets.reconciled": "Adds up",
        "budgets.quote_total": "Quote (total)",
        "budgets.quote_central": "Quote (central)",
        "budgets.quote_local": "Quote (local)",
        "budgets.offsets": "Characters",
        "yes": "yes",
        "no": "no",
        "indicator": "Indicator",
        "kind": "Kind",
        "year": "Year",
        "value": "Value",
        "baseline": "baseline",
        "target": "target",
        "scope_province": "provincial level",
        "scope_district": "district level",
        "scope_commune": "commune level",
        "mvnd": "million VND",
        "q_approx": "about",
        "q_over": "over",
        "q_nearly": "nearly",
        "q_at_least": "at least",
        "budgets.quotes": "Where each budget figure comes from",
        "budgets.lines_reconciled": "Every category and the grand total add up in all three columns (total, local, "
        "central); a blank cell of the source table is a zero here only because the sums prove it.",
        "budgets.lines_not_reconciled": "This table does not add up: cells whose column could not be decided are "
        "left empty.",
    },
    "vi": {
        "compares": "Nội dung so sánh",
        "parameters": "Tham số",
        "all": "tất cả",
        "sources": "Nguồn tài liệu",
        "caveats": "Lưu ý",
        "footer": "Thông tin lần chạy",
        "generated": "Thời điểm tạo",
        "data_hash": "Dấu vân tay dữ liệu",
        "version": "Phiên bản ictplans",
        "province": "Tỉnh",
        "document": "Văn bản",
        "doc_type": "Loại",
        "period": "Giai đoạn",
        "issued": "Ngày ban hành",
        "file": "Tệp gốc",
        "sha": "SHA-256 (12 ký tự đầu)",
        "not_stated": "không nêu",
        "truncated": "Văn bản nguồn của {docs} bị cắt giữa chừng ([...]); số liệu sau đoạn cắt là thiếu, "
        "không phải bằng 0.",
        "news": "{docs} là bài báo đưa tin về kế hoạch: chỉ tóm tắt và có thể thiếu số liệu.",
        "lengths": "Các kế hoạch có độ dài khác nhau ({lengths}); nên so sánh số liệu bình quân năm khi biết "
        "giai đoạn.",
        "no_period": "Văn bản hiện có của {docs} không nêu giai đoạn kế hoạch, nên không tính bình quân năm.",
        "quote": "Trích dẫn",
        "where": "Nguồn",
        "decision": "quyết định",
        "plan": "kế hoạch",
        "news_article": "bài báo",
        "truncated_kind": "bị cắt",
        "budgets.title": "Kinh phí các kế hoạch ứng dụng CNTT cấp tỉnh",
        "budgets.compares": "Tổng kinh phí kế hoạch, phần ngân sách Trung ương (TW) và địa phương (ĐP), kinh phí "
        "bình quân mỗi năm kế hoạch, và các hạng mục khi văn bản có bảng khái toán. Đơn vị: triệu đồng.",
        "budgets.totals": "Tổng kinh phí, ngân sách Trung ương và địa phương",
        "budgets.per_year": "Kinh phí bình quân mỗi năm kế hoạch",
        "budgets.lines": "Các hạng mục kinh phí",
        "budgets.total": "Tổng",
        "budgets.central": "Trung ương (TW)",
        "budgets.local": "Địa phương (ĐP)",
        "budgets.central_share": "Tỷ lệ TW, %",
        "budgets.years": "Số năm",
        "budgets.per_year_col": "Mỗi năm",
        "budgets.axis": "triệu đồng",
        "budgets.no_budget": "không nêu kinh phí",
        "budgets.no_lines": "Không văn bản nào trong lựa chọn này có bảng khái toán kinh phí.",
        "budgets.line_item": "Hạng mục",
        "budgets.lead": "Đơn vị chủ trì",
        "budgets.reconciled": "Khớp tổng",
        "budgets.quote_total": "Trích dẫn (tổng)",
        "budgets.quote_central": "Trích dẫn (TW)",
        "budgets.quote_local": "Trích dẫn (ĐP)",
        "budgets.offsets": "Vị trí ký tự",
        "yes": "có",
        "no": "không",
        "indicator": "Chỉ tiêu",
        "kind": "Loại",
        "year": "Năm",
        "value": "Giá trị",
        "baseline": "hiện trạng",
        "target": "mục tiêu",
        "scope_province": "cấp tỉnh",
        "scope_district": "cấp huyện",
        "scope_commune": "cấp xã",
        "mvnd": "triệu đồng",
        "q_approx": "khoảng",
        "q_over": "trên",
        "q_nearly": "gần",
        "q_at_least": "ít nhất",
        "budgets.quotes": "Nguồn gốc từng số liệu kinh phí",
        "budgets.lines_reconciled": "Mọi nhóm và tổng cộng đều khớp ở cả ba cột (tổng, ĐP, TW); ô trống của bảng "
        "gốc được ghi 0 chỉ vì các tổng chứng minh điều đó.",
        "budgets.lines_not_reconciled": "Bảng này không khớp tổng: các ô không xác định được cột được để trống.",
    },
}


def t(key: str, lang: str = "en", **kwargs: object) -> str:
    text = STRINGS.get(lang, STRINGS["en"]).get(key, STRINGS["en"].get(key, key))
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
    """A number as a reader of `lang` writes it; missing is said, never shown as 0."""
    if value is None or pd.isna(value):
        return f'<span class="missing">{t("not_stated", lang)}</span>'
    v = float(value)
    if decimals is None:
        decimals = 0 if v.is_integer() else 1
    if lang == "vi":
        return format_number(v, decimals)
    return f"{v:,.{decimals}f}"


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
    number_cols: tuple = (),
    quote_cols: tuple = (),
    as_html: bool = False,
):
    """An HTML table: `columns` maps frame columns to headers; numbers formatted, missing said, quotes in
    quotation marks and escaped."""
    head = "".join(
        f'<th class="num">{_esc(h)}</th>' if c in number_cols else f"<th>{_esc(h)}</th>" for c, h in columns.items()
    )
    body = []
    for _, row in frame.iterrows():
        cells = []
        for col in columns:
            v = row.get(col)
            if col in number_cols:
                cells.append(f'<td class="num">{fmt_value(v, lang)}</td>')
            elif col in quote_cols:
                cells.append(f'<td class="quote">{"“" + _esc(v) + "”" if _esc(v) else ""}</td>')
            else:
                cells.append(f"<td>{_esc(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    markup = f'<table class="facts"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    return _html(markup, as_html)


def note(text: str, as_html: bool = False):
    """A short explanatory paragraph (escaped)."""
    return _html(f'<p class="note">{_esc(text)}</p>', as_html)


def fmt_fact_value(row: pd.Series, lang: str = "en") -> str:
    """A fact's value as text: `80%`, `50–60%`, `14,250 million VND`, `over 90%`."""
    unit = row.get("unit")
    if pd.notna(row.get("low")) and pd.notna(row.get("high")):
        number = f"{fmt_value(row['low'], lang)}–{fmt_value(row['high'], lang)}"
    else:
        number = fmt_value(row.get("value"), lang)
    suffix = {"percent": "%", "million_vnd": " " + t("mvnd", lang), "mbps": " Mbps"}.get(unit, "")
    qual = row.get("qualifier")
    prefix = f"{t('q_' + qual, lang)} " if isinstance(qual, str) and qual else ""
    return f"{prefix}{number}{suffix}"


def quote_table(facts: pd.DataFrame, documents: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """Every fact beside the sentence it came from: province, indicator, kind, year, value, quote, source."""
    from analysis import codebook

    prov = documents.set_index("doc_id")["province"].to_dict()
    rows = []
    for _, f in facts.sort_values(["doc_id", "char_start"]).iterrows():
        label = codebook.indicator(f["indicator"]).label(lang)
        year = "" if pd.isna(f.get("year")) else str(int(f["year"]))
        scope = f", {_esc(t('scope_' + f['scope'], lang))}" if f["scope"] != "all" else ""
        rows.append(
            f"<tr><td>{_esc(prov.get(f['doc_id'], ''))}</td><td>{_esc(label)}</td>"
            f"<td>{_esc(t(f['kind'], lang))}{scope}"
            f'</td><td>{year}</td><td class="num">{fmt_fact_value(f, lang)}</td>'
            f'<td class="quote">“{_esc(f["quote"])}”</td>'
            f"<td><code>{_esc(f['doc_id'])}</code> {int(f['char_start'])}–{int(f['char_end'])}</td></tr>"
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("province", "indicator", "kind", "year", "value", "quote"))
    head += f"<th>{t('where', lang)}</th>"
    markup = f'<table class="facts quotes"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    return _html(markup, as_html)


def _doc_kind(doc: pd.Series, lang: str) -> str:
    kind = t(str(doc["doc_type"]), lang)
    return f"{kind}, {t('truncated_kind', lang)}" if bool(doc["truncated"]) else kind


def sources(documents: pd.DataFrame, lang: str = "en", raw_href: str = "../data/raw/", as_html: bool = False):
    """The documents a report drew on: what each is, linked to its raw file, with its fingerprint."""
    rows = []
    for _, d in documents.sort_values("province").iterrows():
        period = (
            ""
            if pd.isna(d.get("period_end"))
            else (
                f"{int(d['period_start'])}–{int(d['period_end'])}"
                if pd.notna(d.get("period_start"))
                else str(int(d["period_end"]))
            )
        )
        facts = [
            _esc(d["doc_number"]) if pd.notna(d.get("doc_number")) else "",
            _esc(_doc_kind(d, lang)),
            f"{t('issued', lang)} {_esc(d.get('issued'))}" if pd.notna(d.get("issued")) else "",
            f"{t('period', lang)} {_esc(period)}" if period else "",
        ]
        rows.append(
            f"<tr><td>{_esc(d['province'])}</td><td><code>{_esc(d['doc_id'])}</code><br>"
            f"{' · '.join(x for x in facts if x)}</td>"
            f'<td><a href="{_esc(raw_href + str(d["source_file"]))}">{_esc(d["source_file"])}</a><br>'
            f'<span class="note">SHA-256 {_esc(str(d["sha256"])[:16])}…</span></td></tr>'
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("province", "document", "file"))
    markup = (
        f'<section class="sources"><h2>{t("sources", lang)}</h2><table class="facts"><thead><tr>{head}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></section>"
    )
    return _html(markup, as_html)


def caveats(documents: pd.DataFrame, lang: str = "en", as_html: bool = False):
    """What a reader must know before comparing these documents."""
    items = []
    truncated = documents[documents["truncated"].astype(bool)]
    if len(truncated):
        items.append(t("truncated", lang, docs=", ".join(truncated["province"].fillna(truncated["doc_id"]))))
    news = documents[documents["doc_type"] == "news_article"]
    if len(news):
        names = ", ".join(news["province"].fillna(news["doc_id"]))
        items.append(t("news", lang, docs=names, verb="is" if len(news) == 1 else "are"))
    from analysis.compare import plan_years

    years = plan_years(documents)
    known = documents.assign(_y=years)[years.notna()]
    if known["_y"].nunique() > 1:
        lengths = ", ".join(f"{p}: {int(y)}" for p, y in zip(known["province"], known["_y"], strict=True))
        items.append(t("lengths", lang, lengths=lengths))
    unknown = documents[years.isna()]
    if len(unknown):
        items.append(t("no_period", lang, docs=", ".join(unknown["province"].fillna(unknown["doc_id"]))))
    lis = "".join(f"<li>{_esc(i)}</li>" for i in items)
    markup = f'<section class="caveats"><h2>{t("caveats", lang)}</h2><ul>{lis}</ul></section>'
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
