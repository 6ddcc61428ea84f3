"""What reports say about the numbers that were not read (numbers.csv: read_as / why_not)."""

from __future__ import annotations

import pandas as pd

from analysis import present


def _numbers() -> pd.DataFrame:
    rows = [
        # doc, start, end, text, unit, sentence, read_as, why_not
        ("a", 10, 13, "80%", "percent", "Đạt 80% cán bộ có thư điện tử.", "staff_with_email_pct", ""),
        ("a", 40, 42, "35", "count", "Có 35 điểm cầu <b>truyền hình</b>.", "", "no rule read it"),
        ("a", 60, 64, "2016", "date", "Năm 2016 tỉnh đã triển khai.", "", "year"),
        ("a", 70, 73, "176", "doc_ref", "Số: 176/KH-UBND", "", "document reference"),
        ("a", 90, 91, "0", "other", "ĐÁNH GIÁ BÀI VIẾT(0)", "", "no rule read it"),  # no quantity: not listed
        ("b", 5, 7, "12", "count", "Có 12 dịch vụ mức độ 3.", "online_services_level3_count", None),
    ]
    return pd.DataFrame(
        rows, columns=["doc_id", "char_start", "char_end", "text", "unit", "sentence", "read_as", "why_not"]
    )


def test_numbers_are_counted_per_document_as_read_may_be_facts_and_other():
    counts = present.number_counts(_numbers()).set_index("doc_id")
    assert counts.loc["a"].tolist() == [1, 1, 3]
    assert counts.loc["b"].tolist() == [1, 0, 0]
    assert present.number_counts(None).empty


def test_unread_numbers_are_shown_in_their_sentence_escaped_and_the_rest_counted_by_reason():
    html = present.unread_numbers(_numbers(), "en", as_html=True)
    assert "Có <mark>35</mark> điểm cầu &lt;b&gt;truyền hình&lt;/b&gt;." in html  # source markup stays text
    assert "80%" not in html and "Có 12 dịch vụ" not in html  # what was read is not listed as unread
    assert "3 other numbers were not read" in html and "year: 1" in html and "document reference: 1" in html
    assert "BÀI VIẾT" not in html and "no rule read it: 1" in html
    assert "40–42" in html  # where it stands in the text


def test_the_missing_list_says_not_found_when_numbers_were_left_unread():
    found = present.missing_list(["budget_total_mvnd"], "en", as_html=True, unread=3)
    assert "Not found in what was read. These documents hold 3 unread number(s)" in found
    assert "Total plan budget" in found
    stated = present.missing_list(["budget_total_mvnd"], "en", as_html=True, unread=0)
    assert "these indicators are not stated" in stated
    unknown = present.missing_list(["budget_total_mvnd"], "en", as_html=True)
    assert "not stated" not in unknown and "Not found" not in unknown


def test_the_overview_document_table_gives_numbers_read_and_not_read():
    docs = pd.DataFrame(
        [{"doc_id": "a", "province": "Kon Tum", "doc_number": None, "doc_type": "plan", "truncated": False,
          "issued": "2016-01-01", "period_start": 2016, "period_end": 2020, "signer": None}]
    )  # fmt: skip
    facts = pd.DataFrame({"doc_id": ["a"]})
    html = present.document_table(docs, facts, "en", as_html=True, numbers=_numbers())
    assert "Numbers read" in html and "Not read (may state a fact)" in html
    assert '<td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>' in html
    assert "Numbers read" not in present.document_table(docs, facts, "en", as_html=True)


def test_a_report_gets_the_numbers_of_its_documents_or_none_for_older_data():
    from analysis import compare

    docs = pd.DataFrame({"doc_id": ["b"]})
    assert compare.numbers_of({"numbers": _numbers()}, docs)["doc_id"].tolist() == ["b"]
    assert compare.numbers_of({}, docs) is None
    assert present.unread_count(None) is None and present.unread_count(_numbers()) == 1


def test_comparison_tables_give_each_value_its_quote_and_source_and_other_quotes_only_the_rest():
    from test_compare import docs, facts

    from analysis import compare, present

    f = facts()
    table = compare.indicator_comparison(docs(), f, ["online_services_level3_count"])
    html = present.comparison_table(table, as_html=True)
    assert "<code>a</code>" in html and "0–1" in html  # document and character offsets beside the quote
    assert "<th>Indicator</th>" not in html  # one indicator: its heading names it
    two = compare.indicator_comparison(docs(), f, ["online_services_level3_count", "budget_total_mvnd"])
    # two indicators: each named once, in a row over its provinces (no column repeating it on every row)
    assert '<tr class="group"><th colspan="3">Level-3 online public services</th></tr>' in present.comparison_table(
        two, as_html=True
    )
    shown = compare.shown_facts(f, table)
    parts = present.other_quotes(f, docs(), shown)
    rest = "".join(p.data for p in parts)
    assert "Tổng kinh phí: 14.250.000.000đồng" in rest  # a budget fact: not in the table, quoted here
    assert rest.split("<tbody>")[1].count("<tr>") == len(f) - shown.sum()  # one row per fact not shown
    everything = present.other_quotes(f, docs(), pd.Series(True, index=f.index))
    assert len(everything) == 1 and "shown in the tables above" in everything[0].data


def test_a_value_keeps_its_number_with_its_unit():
    from analysis import present

    html = present.fmt_fact_value(pd.Series({"value": 12000, "unit": "million_vnd", "qualifier": None}))
    assert html == '<span class="value">12,000 million VND</span>'
    assert present.fmt_fact_value(pd.Series({"value": 80, "unit": "percent"})) == '<span class="value">80%</span>'


def test_a_quote_table_of_money_only_names_the_unit_once_in_its_header():
    from test_compare import docs, facts

    f = facts().assign(unit="million_vnd")
    budget = f[f["indicator"].str.startswith("budget")]
    html = present.quote_table(budget, docs(), as_html=True)
    assert "<th>Value (million VND)</th>" in html and html.count("million VND") == 1
    assert '<span class="value">14,250</span>' in html
    mixed = present.quote_table(f.assign(unit=["million_vnd"] * 4 + ["count"] * 5), docs(), as_html=True)
    assert "<th>Value</th>" in mixed and '<span class="value">14,250 million VND</span>' in mixed


def test_the_overview_says_whose_plan_a_district_s_own_plan_is():
    docs = pd.DataFrame(
        [{"doc_id": "a", "province": "Hà Tĩnh", "doc_number": "87/KH-UBND", "doc_type": "plan", "truncated": False,
          "issued": "2019-03-02", "period_start": 2019, "period_end": 2019, "signer": None,
          "issuer": "UBND huyện Đức Thọ", "issuer_level": "district"},
         {"doc_id": "b", "province": "Hà Tĩnh", "doc_number": "30/KH-UBND", "doc_type": "plan", "truncated": False,
          "issued": "2019-01-15", "period_start": 2019, "period_end": 2019, "signer": None,
          "issuer": "UBND tỉnh Hà Tĩnh", "issuer_level": "province"}]
    )  # fmt: skip
    html = present.document_table(docs, pd.DataFrame({"doc_id": ["a", "b"]}), "en", as_html=True)
    assert "Hà Tĩnh<br><small>UBND huyện Đức Thọ</small>" in html
    assert "UBND tỉnh Hà Tĩnh" not in html  # a province's own plan needs no note


def test_a_report_of_results_is_not_shown_as_a_plan():
    docs = pd.DataFrame(
        [{"doc_id": "r", "province": "Lâm Đồng", "doc_number": "78/BC-UBND", "doc_type": "plan", "genre": "report",
          "truncated": False, "issued": "2016-03-01", "period_start": None, "period_end": None, "signer": None}]
    )  # fmt: skip
    html = present.document_table(docs, pd.DataFrame({"doc_id": ["r"]}), "en", as_html=True)
    assert "<td>report</td>" in html and "<td>plan</td>" not in html
    assert "<td>báo cáo</td>" in present.document_table(docs, pd.DataFrame({"doc_id": ["r"]}), "vi", as_html=True)


def test_the_reasons_a_number_was_not_read_are_said_in_the_reports_language():
    from analysis.extract.numbers import WHY_NOT

    html = present.unread_numbers(_numbers(), "vi", as_html=True)
    assert "năm: 1" in html and "số hiệu văn bản: 1" in html and "document reference" not in html
    for reason in WHY_NOT:  # a reason added to numbers.csv needs its words in both languages
        assert present.why_not_label(reason, "en") == reason
        assert present.why_not_label(reason, "vi") != reason, reason
