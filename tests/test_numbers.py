"""numbers.csv: every number in every text, read as a fact's value or with the reason it was not."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import FIXTURES, RAW

from analysis.corpus import read_corpus
from analysis.extract import COUNT_RULES, extract_corpus, write_interim
from analysis.extract.numbers import NUMBER_COLUMNS, NUMBER_UNITS, WHY_NOT

CORPORA = {
    "seeds": RAW,
    "synthetic": FIXTURES / "synthetic_plans",
    "heldout": FIXTURES / "heldout_plans",
}
ZERO_RULES = {r.name for r in COUNT_RULES if r.zero}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request):
    folder = CORPORA[request.param]
    sources, _ = read_corpus(folder)
    return extract_corpus(folder), {s.source_file: s.text for s in sources}


def _nums(v) -> set[float]:
    return {round(float(x), 6) for x in v if x is not None and pd.notna(x)}


def test_every_fact_value_is_a_number_read_as_its_indicator(corpus):
    result, _ = corpus
    numbers = result.numbers
    assert len(result.facts)
    for f in result.facts.itertuples():
        if f.rule in ZERO_RULES:  # `chưa có`: words that mean none, no digits
            continue
        inside = numbers[
            (numbers["doc_id"] == f.doc_id)
            & (numbers["char_start"] >= f.char_start)
            & (numbers["char_end"] <= f.char_end)
            & numbers["read_as"].str.split(";").map(lambda names, ind=f.indicator: ind in names)
        ]
        assert len(inside), f"no number read as {f.indicator} in “{f.quote}”"
        want = _nums([f.value, f.low, f.high])
        assert want <= _nums(inside["value"]), f"{f.indicator} {want} not among {list(inside['value'])} “{f.quote}”"


def test_every_digit_is_in_exactly_one_number(corpus):
    result, texts = corpus
    for source_file, text in texts.items():
        rows = result.numbers[result.numbers["source_file"] == source_file].sort_values("char_start")
        if source_file not in set(result.documents["source_file"]):
            continue  # a duplicate or unreadable file: not extracted
        covered = [0] * len(text)
        for r in rows.itertuples():
            assert text[r.char_start : r.char_end] == r.text
            for i in range(r.char_start, r.char_end):
                covered[i] += 1
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        assert all(covered[i] == 1 for i in digits), source_file
        assert max(covered, default=0) <= 1  # no two numbers overlap
        # An independent count: runs of digits, joined by a thousands dot or a decimal comma, are one number
        # at most; every run of digits is one at least.
        joined = len(re.findall(r"\d+(?:[.,]\d+)*", text))
        runs = len(re.findall(r"\d+", text))
        assert joined <= len(rows) <= runs, source_file


def test_every_number_is_read_or_has_a_reason(corpus):
    result, _ = corpus
    n = result.numbers
    assert list(n.columns) == NUMBER_COLUMNS
    read, why = n["read_as"] != "", n["why_not"] != ""
    assert (read ^ why).all()
    assert set(n.loc[why, "why_not"]) <= set(WHY_NOT)
    assert set(n["unit"]) <= set(NUMBER_UNITS)
    assert (n["sentence"].str.len() > 0).all()


PLAN = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 176/KH-UBND
Kon Tum, ngày 29 tháng 10 năm 2015

KẾ HOẠCH
Ứng dụng công nghệ thông tin giai đoạn 2016-2020

Căn cứ Quyết định số 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ và Nghị định 43/2011/NĐ-CP;
Thực hiện Điều 28 của Luật.

1. Mục tiêu
Đến năm 2020, 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử.
Cung cấp 50 dịch vụ công trực tuyến mức độ 3 trên cả 3 cấp.
Năm 2015, tỉnh xếp thứ 12/63 tỉnh, thành phố về ứng dụng CNTT.
Tổng kinh phí thực hiện Kế hoạch là 25.600 triệu đồng, dân số gần 1,5 triệu người.
Đến năm 2020, 100% cán bộ, công chức cấp tỉnh được cấp hộp thư điện tử.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan")
    (folder / "kon-tum-2015-176-kh-ubnd.txt").write_text(PLAN, encoding="utf-8")
    return extract_corpus(folder).numbers


def _row(numbers, text: str, after: str, nth: int = 0):
    """The number `text` that stands right after `after` (the nth such place)."""
    at = [m.end() for m in re.finditer(re.escape(after), PLAN)][nth]
    at = PLAN.index(text, at)
    hit = numbers[numbers["char_start"] == at]
    assert len(hit) == 1, (text, after)
    return hit.iloc[0]


@pytest.mark.parametrize(
    ("text", "after", "unit", "why_not"),
    [
        ("176", "Số: ", "doc_ref", "document reference"),
        ("1819", "Quyết định số ", "doc_ref", "document reference"),
        ("43", "Nghị định ", "doc_ref", "document reference"),
        ("2011", "Nghị định 43/", "doc_ref", "document reference"),
        ("29", "Kon Tum, ngày ", "date", "part of a date"),
        ("2015", "tháng 10 năm ", "date", "part of a date"),
        ("26", "ngày ", "date", "part of a date"),
        ("2015", "ngày 26/10/", "date", "part of a date"),
        ("2016", "giai đoạn ", "date", "year"),
        ("2020", "giai đoạn 2016-", "date", "year"),
        ("28", "Điều ", "doc_ref", "article or clause number"),
        ("1", "của Luật.\n\n", "other", "heading or list number"),
        ("2020", "Đến năm ", "date", "year"),
        ("3", "mức độ ", "other", "names a level"),
        ("3", "trên cả ", "other", "names a level"),
        ("12", "xếp thứ ", "other", "ranking"),
        ("63", "xếp thứ 12/", "other", "ranking"),
        ("1,5", "dân số gần ", "count", "no rule read it"),
    ],
)
def test_why_a_number_was_not_read(plan, text, after, unit, why_not):
    row = _row(plan, text, after)
    assert (row["text"], row["unit"], row["read_as"], row["why_not"]) == (text, unit, "", why_not)


def test_numbers_read_as_facts_and_their_duplicates(plan):
    first = _row(plan, "100", "Đến năm 2020, ")
    assert (first["unit"], first["value"], first["read_as"], first["why_not"]) == (
        "percent",
        100.0,
        "staff_with_email_pct",
        "",
    )
    again = _row(plan, "100", "Đến năm 2020, ", nth=1)  # the same sentence again: one fact, kept once
    assert (again["read_as"], again["why_not"]) == ("", "duplicate of a fact already read")
    money = _row(plan, "25.600", "Kế hoạch là ")
    assert (money["unit"], money["value"], money["read_as"]) == ("million_vnd", 25600.0, "budget_total_mvnd")
    count = _row(plan, "50", "Cung cấp ")
    assert (count["unit"], count["value"], count["read_as"]) == ("count", 50.0, "online_services_level3_count")
    people = _row(plan, "1,5", "dân số gần ")
    assert people["value"] == 1_500_000  # millions of people: a count, not money


def test_budget_table_cells_are_read_as_budget_lines():
    result = extract_corpus(RAW)
    n = result.numbers[result.numbers["doc_id"] == "thai-binh-2013-2072-qd-ubnd"]
    cells = n[n["read_as"] == "budget_line"]
    lines = result.budget_lines[result.budget_lines["doc_id"] == "thai-binh-2013-2072-qd-ubnd"]
    assert len(cells) >= len(lines) and (cells["unit"] == "million_vnd").all()
    assert set(lines["total_mvnd"]) <= set(cells["value"])
    codes = n[(n["why_not"] == "in a budget table line")]
    assert len(codes)  # the rows' codes (`1.1`) are listed with their reason


def test_numbers_csv_is_written_with_the_other_tables(tmp_path: Path):
    written = write_interim(extract_corpus(RAW), tmp_path)
    assert {p.name for p in written} == {"documents.csv", "facts.csv", "budget_lines.csv", "numbers.csv", "skipped.csv"}
    numbers = pd.read_csv(tmp_path / "numbers.csv", keep_default_na=False, dtype=str)
    assert list(numbers.columns) == NUMBER_COLUMNS and len(numbers) > 500


def test_a_baseline_in_parentheses_without_a_year_does_not_fail_the_document():
    from analysis.extract import PERCENT_RULES
    from analysis.extract.engine import extract_percents
    from analysis.extract.facts import DocContext

    text = "Mục tiêu: tỷ lệ cán bộ được cấp hộp thư điện tử đạt 80% (hiện nay 60%)."
    ctx = DocContext("d", "d.txt", text, issued_year=2016, period_start=2016, period_end=2020)
    facts = {(f.kind, f.year, f.value) for f in extract_percents(ctx, PERCENT_RULES)}
    assert facts == {("target", 2020, 80.0), ("baseline", 2016, 60.0)}
