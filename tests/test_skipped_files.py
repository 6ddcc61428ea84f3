"""Files that gave no document travel from extraction to the reports: skipped.csv → processed → the overview."""

from __future__ import annotations

import json

import pandas as pd

from analysis import clean, present
from analysis.corpus import ReadProblem
from analysis.extract import ExtractResult, skipped_table, write_interim


def _result(problems, duplicates) -> ExtractResult:
    empty = pd.DataFrame()
    return ExtractResult(documents=empty, facts=empty, budget_lines=empty, problems=problems, duplicates=duplicates)


def test_the_skipped_table_lists_unreadable_files_and_copies_with_why():
    table = skipped_table(
        _result([ReadProblem("scan.pdf", "no text layer: install tesseract-ocr")], [("plan (1).txt", "plan.txt")])
    )
    assert table.to_dict("records") == [
        {"source_file": "plan (1).txt", "reason": "same text as plan.txt; counted once"},
        {"source_file": "scan.pdf", "reason": "no text layer: install tesseract-ocr"},
    ]


def test_skipped_files_reach_the_processed_tables_and_their_descriptor(tmp_path):
    from conftest import RAW

    from analysis.extract import extract_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    seed = sorted(RAW.glob("*.txt"))[0]
    (raw / seed.name).write_bytes(seed.read_bytes())
    (raw / "blank.txt").write_text("   \n", encoding="utf-8")
    write_interim(extract_corpus(raw), tmp_path / "interim")
    result = clean.clean(clean.load_interim(tmp_path / "interim"))
    assert list(result.skipped["source_file"]) == ["blank.txt"]
    clean.write_processed(result, tmp_path / "processed")
    assert list(pd.read_parquet(tmp_path / "processed" / "skipped.parquet")["source_file"]) == ["blank.txt"]
    package = json.loads((tmp_path / "processed" / "datapackage.json").read_text(encoding="utf-8"))
    (resource,) = [r for r in package["resources"] if r["name"] == "skipped"]
    assert [f["name"] for f in resource["schema"]["fields"]] == ["source_file", "reason"]


def test_an_interim_folder_from_before_has_no_skipped_table_and_the_overview_then_says_nothing(tmp_path):
    assert str(present.skipped_files(None, as_html=True)) == ""


def test_the_overview_section_lists_each_file_escaped_or_says_all_were_read():
    none = str(present.skipped_files(pd.DataFrame(columns=["source_file", "reason"]), as_html=True))
    assert "Every file of the source folder was read." in none
    rows = pd.DataFrame([{"source_file": "<b>x</b>.html", "reason": "written in English: use the Vietnamese original"}])
    shown = str(present.skipped_files(rows, lang="vi", as_html=True))
    assert "Tệp không đọc được" in shown and "&lt;b&gt;x&lt;/b&gt;.html" in shown and "<b>" not in shown
    assert "written in English: use the Vietnamese original" in shown
    assert "One file of the source folder gave no document" in str(present.skipped_files(rows, as_html=True))
    two = str(present.skipped_files(pd.concat([rows, rows.assign(source_file="y.pdf")]), as_html=True))
    assert "2 files of the source folder gave no document" in two
