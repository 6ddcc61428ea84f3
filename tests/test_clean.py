"""Cleaning: overrides with an audit trail, validation that reports and quarantines, processed outputs."""

from __future__ import annotations

import json

import pandas as pd
from conftest import RAW

from analysis.clean import clean, load_interim, write_processed
from analysis.extract import extract_corpus, write_interim


def interim(tmp_path):
    write_interim(extract_corpus(RAW), tmp_path / "interim")
    return load_interim(tmp_path / "interim")


def test_overrides_are_applied_with_an_audit_trail_and_unmatched_ones_reported(tmp_path):
    overrides = tmp_path / "overrides.csv"
    overrides.write_text(
        "# a comment line is allowed\n"
        "doc_id,indicator,kind,scope,year,field,new_value,reason\n"
        # the plan's budget is for its period 2009-2010 (no single year)
        "kon-tum-2009-235-qd-ubnd-news,budget_central_mvnd,target,all,2009-2010,value,4100,typo in the article\n"
        "kon-tum-2009-235-qd-ubnd-news,no_such_indicator,,,,value,1,nothing matches\n",
        encoding="utf-8",
    )
    result = clean(interim(tmp_path), overrides)
    f = result.facts.set_index(["doc_id", "indicator"])
    row = f.loc[("kon-tum-2009-235-qd-ubnd-news", "budget_central_mvnd")]
    assert row["value"] == 4100 and bool(row["override"]) and row["override_reason"] == "typo in the article"
    assert not f.loc[("thai-binh-2013-2072-qd-ubnd", "budget_central_mvnd"), "override"]
    actions = result.validation.set_index("check")["action"].to_dict()
    assert actions["override"] == "applied" and actions["match"] == "ignored"
    # 15,945 = 4,100 + 11,945 no longer holds: the contradiction is reported, not hidden
    assert "budget parts" in set(result.validation["check"])


def test_a_row_that_breaks_the_schema_is_quarantined_and_reported(tmp_path):
    tables = interim(tmp_path)
    tables["facts"].loc[0, "value"] = -5.0  # a negative count or share cannot be
    result = clean(tables)
    assert len(result.facts) == len(tables["facts"]) - 1
    assert "row quarantined" in set(result.validation["action"])


def test_processed_outputs_are_parquet_excel_csv_and_a_data_package(tmp_path):
    result = clean(interim(tmp_path))
    write_processed(result, tmp_path / "processed")
    out = tmp_path / "processed"
    assert (out / "facts.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows Vietnamese
    back = pd.read_parquet(out / "facts.parquet")
    assert len(back) == len(result.facts) and "quote" in back
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    facts_fields = {f["name"]: f for r in package["resources"] if r["name"] == "facts" for f in r["schema"]["fields"]}
    assert "char_start" in facts_fields and "description" in facts_fields["quote"]
    assert package["indicators"]["budget_total_mvnd"]["unit"] == "million_vnd"
    docs = pd.read_parquet(out / "documents.parquet").set_index("province")
    assert docs.loc["Thái Bình", "province_2025"] == "Hưng Yên" and docs.loc["Thái Bình", "province_code"] == "34"
