"""Reports at 63 provinces read as paper (stop 25): a section's chart kept with its heading left the page before
it blank under a table's last row; half of a chart's rows were provinces with nothing found; a comparison said
`not stated` where it only knew that no figure was found; a report without caveats printed a heading over an
empty list (alone at a page's foot)."""

from __future__ import annotations

import pandas as pd
import pytest
from pdf_layout import CONTENT_HEIGHT_PT, layout_problems, pdf_pages, svg_charts

from analysis import plots, present
from analysis.render import finish_html, html_to_pdf


def _services(n: int, every_other_empty: bool = False) -> pd.DataFrame:
    """A level-3 comparison of `n` provinces, as `compare.indicator_comparison` gives it."""
    rows = []
    for i in range(n):
        empty = every_other_empty and i % 2
        rows.append(
            {"province": f"Tỉnh số {i:02d}", "indicator": "online_services_level3_count",
             "baseline": None if empty else 10 + 3 * i, "baseline_year": None if empty else 2016,
             "target": None if empty else 40 + 5 * i, "target_year": None if empty else 2020}
        )  # fmt: skip
    return pd.DataFrame(rows)


def _chart(table: pd.DataFrame, **extra) -> list[str]:
    return present.chart_series(
        plots.baseline_target_bars, table, per_figure=16, title="Level-3 online public services", alt="Chart",
        label_col="province", xlabel="services", baseline_label="baseline (year)", target_label="target (year)",
        missing_label="not found", lang="en", **extra,
    )  # fmt: skip


def _filler(rows: int) -> str:
    frame = pd.DataFrame({"province": [f"Tỉnh số {i}" for i in range(rows)], "doc_id": ["tinh-2016-1-kh-ubnd"] * rows})
    return present.fact_table(frame, {"province": "Province", "doc_id": "Where"}, as_html=True)


def _pdf(body: str, path) -> object:
    html_to_pdf(
        finish_html(f"<html><head><title>t</title></head><body>{body}</body></html>", "Report"), path, path.parent
    )
    return path


def test_a_chart_after_a_table_that_spills_one_row_leaves_no_page_blank(tmp_path):
    pytest.importorskip("weasyprint")
    # the fewest rows that take a table onto a second page: its last row stands alone at that page's top
    rows = next(n for n in range(30, 90, 2) if len(pdf_pages(_pdf(_filler(n), tmp_path / f"f{n}.pdf"))) > 1)
    pdf = _pdf(_filler(rows) + present.section("Level-3 services", *_chart(_services(63))).data, tmp_path / "r.pdf")
    assert layout_problems(pdf) == []


def test_no_panel_of_a_long_list_is_taller_than_most_of_a_page():
    for plot, table, kwargs in [
        (plots.baseline_target_bars, _services(63), {}),
        (plots.plan_timeline, pd.DataFrame({"province": [f"Tỉnh {i}" for i in range(66)], "period_start": 2016,
                                            "period_end": 2020, "issued": "2016-05-01"}),
         {"issued_label": "issued", "unknown_label": "period not found"}),
    ]:  # fmt: skip
        if plot is plots.baseline_target_bars:
            charts = _chart(table)
        else:
            charts = present.chart_series(
                plot, table, per_figure=28, title="Plan periods", alt="c", lang="en", **kwargs
            )
        heights = [h for html in charts for _, h in svg_charts(html)]
        # two panels (each with its figure's margins) and a section's heading share one page
        assert len(heights) > 3 and 2 * (max(heights) + 17) + 56 < CONTENT_HEIGHT_PT, (plot.__name__, heights)


def test_rows_with_no_figure_are_named_under_the_chart_not_drawn_as_not_found():
    charts = _chart(_services(6, every_other_empty=True), values=("baseline", "target"))
    html = "".join(charts)
    assert len(svg_charts(html)) == 1
    assert "Not shown (no such figure found): Tỉnh số 01, Tỉnh số 03, Tỉnh số 05." in html
    nothing = _chart(_services(2).assign(baseline=None, target=None), values=("baseline", "target"))
    assert svg_charts("".join(nothing)) == [] and "No figure for these indicators was found" in nothing[0]


def test_a_comparison_says_not_found_where_no_figure_was_read():
    table = _services(2).assign(
        target=[None, 60], target_quote=[None, "60 dịch vụ"], baseline_quote="10 dịch vụ", baseline_doc="d",
        target_doc="d", baseline_start=1, baseline_end=9, target_start=20, target_end=30,
    )  # fmt: skip
    for lang, said in (("en", "not found"), ("vi", "không tìm thấy")):
        html = present.comparison_table(table, lang, as_html=True)
        assert said in html and "not stated" not in html and "không nêu" not in html
    money = present.fact_table(
        pd.DataFrame({"total": [None]}), {"total": "Total"}, number_cols=("total",), as_html=True
    )
    assert "not found" in money


def test_no_caveat_is_said_in_a_line_not_left_as_a_bare_heading():
    docs = pd.DataFrame(
        [{"doc_id": "thai-binh-2013", "province": "Thái Bình", "doc_type": "decision", "truncated": False,
          "issued": "2013-09-24", "period_start": 2014, "period_end": 2014}]
    )  # fmt: skip
    html = present.caveats(docs, "en", as_html=True)
    assert "<ul></ul>" not in html and "None: every document is complete" in html
    assert "Không có" in present.caveats(docs, "vi", as_html=True)


def test_amounts_name_their_unit_and_a_table_of_a_chart_says_its_left_out_rows_once():
    budget = pd.DataFrame(
        {"province": ["Kon Tum", "Yên Bái"], "doc_id": ["kon-tum-2009", "yen-bai-2016"],
         "total_mvnd": [15_945, None], "plan_years": [2, 5]}
    )  # fmt: skip
    kwargs = {"number_cols": ("total_mvnd", "plan_years"), "values": ("total_mvnd",), "as_html": True}
    table = present.fact_table(budget, {"province": "Province", "total_mvnd": "Total", "plan_years": "Years"},
                               money_cols=("total_mvnd",), **kwargs)  # fmt: skip
    assert '<th class="num">Total (million VND)</th>' in table and '<th class="num">Years</th>' in table
    assert "Yên Bái" not in table.split("</table>")[0] and "Not shown (no such figure found): Yên Bái." in table
    charts = present.chart_series(
        plots.budget_bars, budget, per_figure=25, title="Total", alt="c", lang="en", values=("total_mvnd",),
        value_cols={"total_mvnd": "Total"}, xlabel="million VND", missing_label="no budget found",
    )  # fmt: skip
    html = present.section("Total budget", *charts, table).data
    assert html.count("Not shown (no such figure found)") == 1 and html.count("<table") == 1


def test_panels_of_a_long_list_are_of_nearly_equal_length():
    charts = _chart(_services(43))
    heights = sorted(h for html in charts for _, h in svg_charts(html))
    assert len(heights) > 3 and heights[-1] - heights[0] < 0.5 * 72  # a row at most (not one panel of a row)


def test_a_budget_line_is_one_step_from_its_sentence():
    lines = pd.DataFrame(
        {"doc_id": ["thai-binh-2013"], "code": ["5"], "item": ["Đào tạo nguồn nhân lực CNTT"], "total_mvnd": [1000.0],
         "char_start": [2040], "char_end": [2101]}
    )  # fmt: skip
    columns = {"doc_id": "Source", "code": "#", "item": "Line", "total_mvnd": "Total"}
    training = present.fact_table(lines, columns, number_cols=("total_mvnd",), as_html=True)
    assert '<code>thai-binh-2013</code> <span class="offsets">2040–2101</span>' in training
    own = present.fact_table(lines, {**columns, "char_start": "Characters"}, number_cols=("total_mvnd",), as_html=True)
    assert '<td class="where"><span class="offsets">2040–2101</span></td>' in own


def test_notes_of_sub_sections_are_kept_each_time():
    line = present.note("The lines add up to the total.", as_html=True)
    subs = [present.section(f"Doc {i}", f"<table><tr><td>{i}</td></tr></table>", line, level=3).data for i in (1, 2)]
    assert present.section("Budget lines", *subs).data.count("The lines add up") == 2


def test_a_rank_stands_apart_from_an_amount_beside_it(tmp_path):
    pytest.importorskip("weasyprint")
    others = [{"province": "Lạng Sơn", "value": 20_500.0, "low": None, "high": None, "year": 2018}] * 5
    ranked = pd.DataFrame(
        [{"indicator": "budget_local_mvnd", "kind": "target", "scope": "all", "year": 2018, "value": 18_975.0,
          "low": None, "high": None, "unit": "million_vnd", "qualifier": None, "rank": 17, "of": 47,
          "others": "", "others_values": others}]
    )  # fmt: skip
    pdf = _pdf(present.standing_table(ranked, "en", as_html=True), tmp_path / "standing.pdf")
    words = {w[4]: w for w in pdf_pages(pdf)[0][2]}
    assert "VND17" not in words and words["VND"][2] + 3 < words["17"][0]  # printed apart, in its own column


def test_a_table_of_several_indicators_names_each_once_not_on_every_row():
    two = pd.concat([_services(30), _services(30).assign(indicator="online_services_level4_count")])
    two = two.assign(baseline_quote="dịch vụ", target_quote="dịch vụ", baseline_doc="d", target_doc="d",
                     baseline_start=1, baseline_end=9, target_start=20, target_end=30)  # fmt: skip
    html = present.comparison_table(two, "en", as_html=True)
    assert html.count("Level-3 online public services") == 1 and html.count("Level-4 online public services") == 1
    assert "<th>Indicator</th>" not in html and html.count("<tr><td>Tỉnh số 07</td>") == 2
