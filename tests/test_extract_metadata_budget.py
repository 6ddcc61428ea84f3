"""Document metadata and budget facts of the five seeds, as read by a person from the documents."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from conftest import RAW

from analysis.extract import extract_corpus
from analysis.extract.budget import extract_budget_table
from analysis.extract.facts import DocContext


@pytest.fixture(scope="module")
def seeds():
    return extract_corpus(RAW)


EXPECTED_DOCS = {
    # source_file: (doc_id, province, code, successor, doc_number, doc_type, reported, signer, issued,
    #               period start, period end, truncated)
    "thai-binh-2013-2072-qd-ubnd.txt": (
        "thai-binh-2013-2072-qd-ubnd",
        "Thái Bình",
        "34",
        "Hưng Yên",
        "2072/QĐ-UBND",
        "decision",
        None,
        "Cao Thị Hải",
        "2013-09-24",
        2014,
        2014,
        False,
    ),
    "kon-tum-2009-235-qd-ubnd-news.txt": (
        "kon-tum-2009-235-qd-ubnd-news",
        "Kon Tum",
        "62",
        "Quảng Ngãi",
        "235/QĐ-UBND",
        "news_article",
        "decision",
        None,
        "2009-03-17",
        2009,
        2010,
        False,
    ),
    "long-an-2016-news.txt": (
        "long-an-2016-news",
        "Long An",
        "80",
        "Tây Ninh",
        None,
        "news_article",
        "plan",
        "Trần Văn Cần",
        "2016-12-05",
        2016,
        2020,
        False,
    ),
    "ninh-thuan-2016-1334-kh-ubnd.txt": (
        "ninh-thuan-2016-1334-kh-ubnd",
        "Ninh Thuận",
        "58",
        "Khánh Hòa",
        "1334/KH-UBND",
        "plan",
        None,
        "Lê Văn Bình",
        "2016-04-12",
        None,
        None,
        True,
    ),
    "dong-thap-2015-176-kh-ubnd.txt": (
        "dong-thap-2015-176-kh-ubnd",
        "Đồng Tháp",
        "87",
        "Đồng Tháp",
        "176/KH-UBND",
        "plan",
        None,
        "Trần Thị Thái",
        "2015-10-29",
        2015,
        2020,
        True,
    ),
}


@pytest.mark.parametrize("source_file", sorted(EXPECTED_DOCS))
def test_document_metadata(seeds, source_file):
    row = seeds.documents.set_index("source_file").loc[source_file]
    doc_id, province, code, successor, number, doc_type, reported, signer, issued, start, end, truncated = (
        EXPECTED_DOCS[source_file]
    )
    got = lambda col: None if pd.isna(row[col]) else row[col]  # noqa: E731
    assert row["doc_id"] == doc_id
    assert (row["province"], row["province_code"], row["province_2025"]) == (province, code, successor)
    assert got("doc_number") == number
    assert row["doc_type"] == doc_type
    assert got("reported_doc_type") == reported
    assert got("signer") == signer
    assert row["issued"] == issued
    assert (got("period_start"), got("period_end")) == (start, end)
    assert bool(row["truncated"]) is truncated
    assert row["issuer"] == f"UBND tỉnh {province}"
    assert row["issuer_level"] == "province"


@pytest.mark.parametrize(
    ("doc_id", "total", "central", "local", "when"),
    [
        ("thai-binh-2013-2072-qd-ubnd", 14250, 2500, 11750, (2014, None, None)),  # a one-year plan
        ("kon-tum-2009-235-qd-ubnd-news", 15945, 4000, 11945, (None, 2009, 2010)),  # a 2009-2010 plan: its period
    ],
)
def test_budget_totals(seeds, doc_id, total, central, local, when):
    facts = seeds.facts[(seeds.facts["doc_id"] == doc_id) & (seeds.facts["dimension"] == "budget")]

    def opt(v):
        return None if pd.isna(v) else int(v)

    got = {
        r.indicator: (r.value, r.kind, r.scope, (opt(r.year), opt(r.period_start), opt(r.period_end)))
        for r in facts.itertuples()
    }
    assert got == {
        "budget_total_mvnd": (total, "target", "all", when),
        "budget_central_mvnd": (central, "target", "all", when),
        "budget_local_mvnd": (local, "target", "all", when),
    }


def test_documents_without_a_budget_have_no_budget_facts(seeds):
    budget_docs = set(seeds.facts.loc[seeds.facts["dimension"] == "budget", "doc_id"])
    assert budget_docs == {"thai-binh-2013-2072-qd-ubnd", "kon-tum-2009-235-qd-ubnd-news"}


def test_every_quote_is_the_text_at_its_offsets(seeds, seed_texts):
    for fact in seeds.facts.itertuples():
        assert seed_texts[fact.source_file][fact.char_start : fact.char_end] == fact.quote


def test_thai_binh_budget_table_is_rebuilt_and_reconciles(seeds):
    lines = seeds.budget_lines[seeds.budget_lines["doc_id"] == "thai-binh-2013-2072-qd-ubnd"].set_index("code")
    assert lines["reconciled"].all()
    assert list(lines.index) == [
        "1",
        "1.1",
        "1.2",
        "1.3",
        "2",
        "2.1",
        "2.2",
        "3",
        "3.1",
        "3.2",
        "4",
        "4.1",
        "4.2",
        "5",
        "total",
    ]
    # Lone numbers placed by reconciliation: 1.1 and 2 are local (ĐP) money, not central.
    assert tuple(lines.loc["1.1", ["total_mvnd", "local_mvnd", "central_mvnd"]]) == (1000, 1000, 0)
    assert tuple(lines.loc["2", ["total_mvnd", "local_mvnd", "central_mvnd"]]) == (4150, 4150, 0)
    assert tuple(lines.loc["total", ["total_mvnd", "local_mvnd", "central_mvnd"]]) == (14250, 11750, 2500)
    assert lines.loc["1.3", "lead_agency"] == "Sở Thông tin và Truyền thông"
    assert "VP UBND tỉnh" in lines.loc["1.3", "partner_agencies"]
    # Category and grand totals equal the sums of their lines, in all three columns.
    for col in ("total_mvnd", "local_mvnd", "central_mvnd"):
        for cat in ("1", "2", "3", "4"):
            assert lines.loc[cat, col] == lines[lines["parent_code"] == cat][col].sum()
        assert lines.loc["total", col] == lines[lines["row_type"] == "category"][col].sum()


TABLE = """V. KHÁI TOÁN KINH PHÍ:

Đơn vị tính: triệu đồng

Số TT

Các Dự án, công trình

Tổng

ĐP

TW

1.

Hạ tầng

3.000

2.000

1.000

1.1

Mạng WAN

2.000

{cell}

1.2

Cổng thông tin

1.000

1.000

Tổng cộng

3.000

2.000

1.000

Tổng kinh phí: 3.000.000.000 đồng.
"""


def test_lone_cells_go_where_the_sums_say():
    ctx = DocContext("d", "d.txt", TABLE.format(cell="1.000\n\n1.000"))
    lines = {r.code: r for r in extract_budget_table(ctx)}
    assert all(r.reconciled for r in lines.values())
    assert (lines["1.2"].local_mvnd, lines["1.2"].central_mvnd) == (1000, 0)


def test_a_table_that_does_not_add_up_is_flagged_not_fixed():
    ctx = DocContext("d", "d.txt", TABLE.format(cell="1.500\n\n500"))  # 1.1 split 1.500 + 500; 1.2 lone 1.000
    lines = {r.code: r for r in extract_budget_table(ctx)}
    assert not any(r.reconciled for r in lines.values())
    assert lines["1.2"].local_mvnd is None and lines["1.2"].central_mvnd is None
    assert "column unknown" in lines["1.2"].note


def test_a_unit_line_elsewhere_does_not_hide_the_table_below_it():
    # The heading search starts above the first `Đơn vị tính` line; a stray one earlier (a price list, a form)
    # must not stop it from finding the table further down, nor the lower-case match change what is found.
    stray = "Bảng giá tham khảo\nMáy tính: 15 triệu\nĐƠN VỊ TÍNH: đồng\n\n"
    ctx = DocContext("d", "d.txt", stray + TABLE.format(cell="1.000\n\n1.000"))
    lines = {r.code: r for r in extract_budget_table(ctx)}
    assert lines["1.2"].local_mvnd == 1000 and all(r.reconciled for r in lines.values())
    assert lines["1.2"].char_start > len(stray)


def test_a_table_heading_split_over_two_lines_is_found():
    # `KINH\nPHÍ`: the heading's words may stand on two lines above the unit line (found by fuzzing).
    text = TABLE.format(cell="1.000\n\n1.000").replace("V. KHÁI TOÁN KINH PHÍ:", "V. NHIỆM VỤ VÀ KINH\n\nPHÍ")
    lines = {r.code: r for r in extract_budget_table(DocContext("d", "d.txt", text))}
    assert lines["1.2"].local_mvnd == 1000 and all(r.reconciled for r in lines.values())


def test_extract_cli_works_on_any_folder_without_manifest(tmp_path):
    raw = tmp_path / "any"
    raw.mkdir()
    (raw / "ke hoach Kon Tum.txt").write_bytes((RAW / "kon-tum-2009-235-qd-ubnd-news.txt").read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", "--raw-dir", str(raw), "--out-dir", str(out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "empty.txt: empty file" in proc.stderr
    docs = pd.read_csv(out / "documents.csv")
    facts = pd.read_csv(out / "facts.csv")
    assert list(docs["source_file"]) == ["ke hoach Kon Tum.txt"]
    assert set(facts["source_file"]) == {"ke hoach Kon Tum.txt"}
    assert (out / "budget_lines.csv").exists()
    strict = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", "--raw-dir", str(raw), "--out-dir", str(out), "--strict"],
        capture_output=True,
        text=True,
    )
    assert strict.returncode == 1


def _budget(text: str, period: tuple[int | None, int | None], issued: int = 2016):
    from analysis.extract.budget import extract_budget_facts

    ctx = DocContext(
        doc_id="d", source_file="d.txt", text=text, issued_year=issued, period_start=period[0], period_end=period[1]
    )
    return [(f.indicator, f.kind, f.year, f.period_start, f.period_end, f.value) for f in extract_budget_facts(ctx)]


def test_multi_year_amounts_keep_their_period():
    # A multi-year plan's budget is for the whole period: no year.
    assert _budget("Tổng kinh phí thực hiện Kế hoạch là 25.600 triệu đồng.", (2016, 2020)) == [
        ("budget_total_mvnd", "target", None, 2016, 2020, 25600.0)
    ]
    # A one-year plan's budget has its year, and no period.
    assert _budget("Tổng kinh phí: 8.640 triệu đồng.", (2017, 2017)) == [
        ("budget_total_mvnd", "target", 2017, None, None, 8640.0)
    ]
    # One year named before the amount: that year's.
    assert _budget("Tổng kinh phí năm 2018 là 32 tỷ đồng.", (2016, 2020)) == [
        ("budget_total_mvnd", "target", 2018, None, None, 32000.0)
    ]
    # Money spent over a period named in the sentence (a review): a baseline for that period.
    assert _budget("Giai đoạn 2011-2015, tổng kinh phí đã chi là 190 tỷ đồng.", (2016, 2020)) == [
        ("budget_total_mvnd", "baseline", None, 2011, 2015, 190000.0)
    ]
    # The year of a date is not the amount's year.
    assert _budget("Ngày 12 tháng 5 năm 2016, tổng kinh phí được duyệt là 9 tỷ đồng.", (2016, 2020)) == [
        ("budget_total_mvnd", "target", None, 2016, 2020, 9000.0)
    ]


def test_money_is_not_read_in_tinh():
    from analysis.vietnamese import find_money

    assert find_money("xếp thứ 41/63 tỉnh, thành phố") == []
    assert [a.value for a in find_money("15 tỷ 945 triệu đồng, 2,5 tỉ đồng")] == [15945.0, 2500.0]
