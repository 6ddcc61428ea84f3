"""The pure functions the comparison notebooks call."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import compare
from analysis.cli import _parse_years


def docs():
    return pd.DataFrame(
        [
            {"doc_id": "a", "province": "Thái Bình", "doc_type": "decision", "issued": "2013-09-24",
             "period_start": 2014, "period_end": 2014, "truncated": False},
            {"doc_id": "b", "province": "Kon Tum", "doc_type": "news_article", "issued": "2009-03-17",
             "period_start": 2009, "period_end": 2010, "truncated": False},
            {"doc_id": "c", "province": "Ninh Thuận", "doc_type": "plan", "issued": "2016-04-12",
             "period_start": None, "period_end": None, "truncated": True},
        ]
    )  # fmt: skip


def fact(doc, indicator, kind, value=None, year=None, scope="all", low=None, high=None, quote="q", start=0):
    return {"doc_id": doc, "indicator": indicator, "kind": kind, "scope": scope, "year": year, "value": value,
            "low": low, "high": high, "qualifier": None, "quote": quote, "char_start": start,
            "char_end": start + len(quote), "dimension": "x", "unit": "x"}  # fmt: skip


def facts():
    return pd.DataFrame(
        [
            fact("a", "budget_total_mvnd", "target", 14250, 2014, quote="Tổng kinh phí: 14.250.000.000đồng"),
            fact("a", "budget_central_mvnd", "target", 2500, 2014),
            fact("a", "budget_local_mvnd", "target", 11750, 2014),
            fact("b", "budget_total_mvnd", "target", 15945, 2010),
            fact("a", "online_services_level3_count", "baseline", 6, 2013),
            fact("a", "online_services_level3_count", "target", 12, 2014),
            fact("b", "online_services_level3_count", "target", 2, 2010),
            fact("b", "computers_per_staff_pct", "target", None, 2010, "province", 60, 70),
            fact("c", "computers_per_staff_pct", "target", 80, 2016, "province"),
        ]
    )


def test_budget_comparison_annualises_and_keeps_missing_missing():
    table = compare.budget_comparison(docs(), facts()).set_index("doc_id")
    assert table.loc["a", "total_mvnd"] == 14250
    assert table.loc["a", "central_share_pct"] == pytest.approx(17.5)
    assert table.loc["b", "total_per_year_mvnd"] == pytest.approx(7972.5)  # two plan years
    assert pd.isna(table.loc["b", "central_mvnd"]) and pd.isna(table.loc["b", "central_share_pct"])
    assert pd.isna(table.loc["c", "total_mvnd"])  # not stated is NA, never 0
    assert table.loc["a", "total_quote"] == "Tổng kinh phí: 14.250.000.000đồng"


def test_indicator_comparison_puts_baseline_beside_target():
    table = compare.indicator_comparison(docs(), facts(), ["online_services_level3_count"]).set_index("province")
    assert (table.loc["Thái Bình", "baseline"], table.loc["Thái Bình", "target"]) == (6, 12)
    assert (table.loc["Thái Bình", "baseline_year"], table.loc["Thái Bình", "target_year"]) == (2013, 2014)
    assert pd.isna(table.loc["Kon Tum", "baseline"]) and table.loc["Kon Tum", "target"] == 2
    assert pd.isna(table.loc["Ninh Thuận", "target"])


def test_coverage_matrix_marks_baselines_and_targets():
    m = compare.coverage_matrix(docs(), facts()).set_index("indicator")
    assert m.loc["Level-3 online public services", "Thái Bình"] == "B T"
    assert m.loc["Level-3 online public services", "Kon Tum"] == "T"
    assert m.loc["Level-3 online public services", "Ninh Thuận"] == ""


def test_standing_ranks_a_range_at_its_midpoint_and_shows_others_years():
    s = compare.standing(facts(), docs(), "Kon Tum")
    row = s[s["indicator"] == "computers_per_staff_pct"].iloc[0]
    assert (row["rank"], row["of"]) == (2, 2)  # 65 (midpoint of 60-70) < 80
    assert "Ninh Thuận 80 (2016)" in row["others"]
    level3 = s[s["indicator"] == "online_services_level3_count"].iloc[0]
    assert (level3["rank"], level3["of"]) == (2, 2)  # 2 < 12


def test_select_facts_by_years_and_kind():
    f = facts()
    assert set(compare.select_facts(f, [2014], "").year) == {2014}
    assert set(compare.select_facts(f, [], "baseline").kind) == {"baseline"}
    with pytest.raises(ValueError):
        compare.select_facts(f, [], "both")


def test_plan_years_and_not_stated():
    assert list(compare.plan_years(docs()).astype("float"))[:2] == [1.0, 2.0]
    assert pd.isna(compare.plan_years(docs()).iloc[2])
    missing = compare.not_stated(facts(), docs(), "Kon Tum")
    assert "budget_central_mvnd" in missing and "budget_total_mvnd" not in missing


@pytest.mark.parametrize(("text", "years"), [("", []), ("2014-2016", [2014, 2015, 2016]), ("2010,2020", [2010, 2020])])
def test_years_option(text, years):
    assert _parse_years(text) == years


def test_standing_points_gives_every_province_of_a_comparison_and_marks_the_profiled_one():
    points = compare.standing_points(facts(), docs(), "Thái Bình")
    comparisons = set(zip(points["indicator"], points["kind"], strict=True))
    # Thái Bình's level-3 baseline is stated by no other province: nothing to compare, so no strip.
    assert ("online_services_level3_count", "baseline") not in comparisons
    assert ("budget_central_mvnd", "target") not in comparisons  # only Thái Bình states it
    assert comparisons == {("budget_total_mvnd", "target"), ("online_services_level3_count", "target")}
    budget = points[points["indicator"] == "budget_total_mvnd"].set_index("province")
    assert budget.loc["Thái Bình", "is_self"] and not budget.loc["Kon Tum", "is_self"]
    assert (budget.loc["Kon Tum", "value"], budget.loc["Kon Tum", "year"]) == (15945, 2010)
    assert budget.loc["Thái Bình", "quote"] == "Tổng kinh phí: 14.250.000.000đồng"
    # codebook order: the budget comes before the services
    assert list(points["indicator"].drop_duplicates()) == ["budget_total_mvnd", "online_services_level3_count"]


def test_standing_points_ranges_at_their_midpoint_and_empty_when_nothing_compares():
    points = compare.standing_points(facts(), docs(), "Kon Tum").set_index(["indicator", "province"])
    assert points.loc[("computers_per_staff_pct", "Kon Tum"), "value"] == 65
    assert compare.standing_points(facts(), docs(), "Long An").empty


def test_standing_shows_the_others_ranges_as_ranges():
    row = compare.standing(facts(), docs(), "Ninh Thuận").set_index("indicator").loc["computers_per_staff_pct"]
    assert row["others"] == "Kon Tum 60–70 (2010)"  # ranked at 65, shown as stated
    assert (row["rank"], row["of"]) == (1, 2)


def test_standing_from_a_shared_latest_table_is_the_same_for_every_province():
    latest = compare.latest_per_province(facts(), docs())
    for province in ("Thái Bình", "Kon Tum", "Ninh Thuận"):
        alone = compare.standing(facts(), docs(), province)
        shared = compare.standing(facts(), docs(), province, latest)
        pd.testing.assert_frame_equal(alone, shared)
        pd.testing.assert_frame_equal(
            compare.standing_points(facts(), docs(), province),
            compare.standing_points(facts(), docs(), province, latest),
        )
    ranked = compare.standing(facts(), docs(), "Thái Bình", latest).set_index("indicator")
    assert ranked.loc["budget_total_mvnd", "rank"] == 2 and ranked.loc["budget_total_mvnd", "of"] == 2
    assert pd.isna(ranked.loc["budget_central_mvnd", "rank"])  # nobody else states it


def test_a_multi_year_amount_is_compared_at_its_periods_last_year():
    # The fact's own period must survive the join with its document (whose plan period has the same names).
    f = pd.DataFrame([{**fact("b", "budget_total_mvnd", "target", 15945), "period_start": 2009, "period_end": 2010}])
    joined = compare.with_province(f, docs())
    assert joined.loc[0, "period_end"] == 2010 and joined.loc[0, "period_end_doc"] == 2010
    assert compare.effective_year(joined).tolist() == [2010]


def test_shown_facts_marks_the_facts_a_comparison_table_shows_with_their_quote():
    f = facts()
    table = compare.indicator_comparison(docs(), f, ["online_services_level3_count"])
    shown = compare.shown_facts(f, table)
    assert set(f.loc[shown, "indicator"]) == {"online_services_level3_count"}
    assert shown.sum() == 3  # Thái Bình's baseline and target, Kon Tum's target
    assert not compare.shown_facts(f).any()  # no table: nothing is shown
