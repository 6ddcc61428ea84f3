"""Reports over a capital's documents: amounts of tens of millions of million VND, and one city with many news
pages. Found by rendering real Hà Nội pages: the value ran over its quote, the budget axis's labels ran into
each other, the chart named five rows `Hà Nội`, and a caveat named the city six times."""

from __future__ import annotations

import itertools

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from pdf_layout import layout_problems

from analysis import plots, present
from analysis.render import finish_html, html_to_pdf

CITY_BUDGET = 59_558_000  # million VND: a city's five-year IT spending as news pages state it


def _fact(value, doc_id="city-news-1", start=10):
    return {
        "doc_id": doc_id, "indicator": "budget_total_mvnd", "dimension": "budget", "kind": "target", "scope": "all",
        "year": None, "value": value, "low": None, "high": None, "unit": "million_vnd", "qualifier": None,
        "quote": "tổng vốn đầu tư cho công nghệ thông tin của thành phố giai đoạn tới dự kiến hơn năm mươi nghìn tỷ",
        "char_start": start, "char_end": start + 90, "page": None,
    }  # fmt: skip


def test_a_long_amount_keeps_its_number_whole_and_lets_its_unit_wrap():
    long = present.fmt_fact_value(pd.Series({"value": CITY_BUDGET, "unit": "million_vnd"}))
    assert long == '<span class="value">59,558,000</span> <span class="value">million VND</span>'
    short = present.fmt_fact_value(pd.Series({"value": 32_500, "unit": "million_vnd"}))
    assert short == '<span class="value">32,500 million VND</span>'  # what fits stays on one line


def test_a_profile_quote_table_with_a_city_budget_prints_nothing_over_anything(tmp_path):
    pytest.importorskip("weasyprint")
    share = {**_fact(100, "city-news-3", 200), "indicator": "staff_with_computer_pct", "dimension": "adoption"}
    share.update(unit="percent", quote="toàn bộ công chức của các sở được trang bị máy tính")
    # amounts beside a share: the table names each value's unit in its cell (a money-only one, in its header)
    facts = pd.DataFrame([_fact(CITY_BUDGET), _fact(59_558_200, "city-news-2"), _fact(894_300, "city-news-3"), share])
    docs = pd.DataFrame({"doc_id": ["city-news-1", "city-news-2", "city-news-3"], "province": ["Hà Nội"] * 3})
    table = present.quote_table(facts, docs, by_dimension=True, as_html=True)
    html = finish_html(f"<html><head><title>t</title></head><body>{table}</body></html>", "profile")
    pdf = tmp_path / "profile.pdf"
    html_to_pdf(html, pdf, tmp_path)
    assert layout_problems(pdf) == []


def _budget_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["hn-news-2", "hn-news", "hn-2012", "hn-plan", "kt-plan"],
            "province": ["Hà Nội", "Hà Nội", "Hà Nội", "Hà Nội", "Kon Tum"],
            "period": ["2020", "2020", "2012–2015", None, "2009–2010"],
            "total_mvnd": [59_558_200, CITY_BUDGET, 894_300, None, 15_945],
            "central_mvnd": [None, None, None, None, 4_000],
            "local_mvnd": [None, None, None, None, 11_945],
        }
    )


def test_rows_of_one_province_are_told_apart_by_period_then_document():
    labels = plots.distinct_row_labels(_budget_table()).tolist()
    assert labels == [
        "Hà Nội · 2020 · hn-news-2",
        "Hà Nội · 2020 · hn-news",
        "Hà Nội · 2012–2015",
        "Hà Nội",  # no period stated, and the only such row: nothing to add (never `nan`)
        "Kon Tum",  # one row: its name alone
    ]


def test_budget_axis_labels_of_a_city_budget_do_not_touch():
    table = _budget_table()
    fig = plots.budget_bars(
        table, {"local_mvnd": "Local", "central_mvnd": "Central"}, title="Budgets", xlabel="million VND",
        missing_label="no budget stated", total_col="total_mvnd", total_label="Total", split_missing_label="split",
    )  # fmt: skip
    fig.canvas.draw()
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    lo, hi = ax.get_xlim()
    boxes = sorted(
        (
            t.get_window_extent(renderer)
            for t, x in zip(ax.get_xticklabels(), ax.get_xticks(), strict=True)
            if t.get_text() and lo <= x <= hi
        ),
        key=lambda box: box.x0,
    )
    assert len(boxes) >= 2
    assert all(a.x1 < b.x0 for a, b in itertools.pairwise(boxes))  # a gap between every two labels
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["Hà Nội · 2020 · hn-news-2", "Hà Nội · 2020 · hn-news"]
    plt.close(fig)


def test_a_caveat_names_a_province_of_many_documents_once():
    docs = pd.DataFrame(
        {
            "doc_id": [f"hn-news-{i}" for i in range(6)] + ["kt-news"],
            "province": ["Hà Nội"] * 6 + ["Kon Tum"],
            "doc_type": ["news_article"] * 7,
            "truncated": [False] * 7,
            "period_start": [None] * 7,
            "period_end": [2020] * 6 + [2010],
        }
    )
    text = str(present.caveats(docs, as_html=True))
    assert "Hà Nội (6 documents), Kon Tum are news articles" in text
    assert text.count("Hà Nội") == 2  # once in the news caveat, once in the no-period one
    vi = str(present.caveats(docs, lang="vi", as_html=True))
    assert "Hà Nội (6 văn bản)" in vi


def test_every_panel_of_a_long_budget_chart_has_the_same_axis():
    table = _budget_table()
    kwargs = dict(
        value_cols={"local_mvnd": "Local", "central_mvnd": "Central"}, title="Budgets", xlabel="million VND",
        missing_label="no budget stated", total_col="total_mvnd", total_label="Total", split_missing_label="split",
    )  # fmt: skip
    # the first panel holds the totals whose split is not stated (labelled so), the second only complete bars
    panels = [table.iloc[:2], table.iloc[4:]]
    figs = [plots.budget_bars(part, scale_from=table, **kwargs) for part in panels]
    assert figs[0].axes[0].get_xlim() == figs[1].axes[0].get_xlim()
    assert list(figs[0].axes[0].get_xticks()) == list(figs[1].axes[0].get_xticks())
    for fig in figs:
        plt.close(fig)


def _outside_the_figure(fig) -> list[str]:
    """Texts of the figure (titles, labels at the bars' ends, row labels) that end beyond its right edge."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    right = fig.bbox.x1
    ax = fig.axes[0]
    texts = [*ax.texts, ax.title, ax._left_title, *ax.get_yticklabels()]
    return [t.get_text() for t in texts if t.get_text() and t.get_window_extent(renderer).x1 > right + 1]


def test_a_vietnamese_budget_chart_with_long_row_names_keeps_every_text_inside_the_figure():
    table = _budget_table()
    fig = plots.budget_bars(
        table, {"local_mvnd": "Địa phương (ĐP)", "central_mvnd": "Trung ương (TW)"},
        title="Tổng kinh phí, ngân sách Trung ương và địa phương của các kế hoạch ứng dụng CNTT",
        xlabel="triệu đồng", missing_label="không nêu kinh phí", total_col="total_mvnd",
        total_label="Tổng kinh phí theo văn bản (viền)", split_missing_label="chưa nêu cơ cấu", lang="vi",
    )  # fmt: skip
    assert _outside_the_figure(fig) == []
    plt.close(fig)


def test_baseline_and_target_labels_stay_inside_the_figure_beside_long_row_names():
    table = pd.DataFrame(
        {
            "label": ["Thành phố Hồ Chí Minh · cấp huyện · văn bản số 2", "Kon Tum"],
            "baseline": [1_234_567, 3], "target": [2_345_678, None],
            "baseline_year": [2019, 2016], "target_year": [2025, None],
        }
    )  # fmt: skip
    fig = plots.baseline_target_bars(
        table, label_col="label", title="Dịch vụ công trực tuyến mức độ 3: hiện trạng và mục tiêu", xlabel="dịch vụ",
        baseline_label="hiện trạng", target_label="mục tiêu", missing_label="không nêu", lang="vi",
    )  # fmt: skip
    assert _outside_the_figure(fig) == []
    plt.close(fig)
