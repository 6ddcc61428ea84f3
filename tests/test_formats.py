"""Plans as researchers download them: the project's own plan texts saved as PDF, Word and scanned PDF give
the facts of the text (a scan at least 90 % of them); every odd file is named with its reason; the per-file
stage runs the same on a Dask cluster; OCR'd text is cached by sha256 and never OCR'd twice."""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
import zipfile

import pytest
from conftest import FIXTURES, IN_CI, RAW, require_tool
from make_formats import pdf_to_scan, text_to_docx, text_to_pdf

from analysis import formats
from analysis.corpus import ReadProblem, read_corpus, read_source
from analysis.extract import extract_corpus

PLANS = [
    *sorted(RAW.glob("*.txt")),
    *sorted((FIXTURES / "synthetic_plans").glob("*.txt")),
    *sorted((FIXTURES / "heldout_plans").glob("*.txt")),
]
SCAN_SEED = RAW / "kon-tum-2009-235-qd-ubnd-news.txt"
BUDGET_SEED = RAW / "thai-binh-2013-2072-qd-ubnd.txt"
BUDGET_COLUMNS = ["code", "row_type", "total_mvnd", "local_mvnd", "central_mvnd", "reconciled"]


def keys(facts) -> collections.Counter:
    """Facts compared the way the outside check compares them: indicator, kind, scope, year, value."""
    rows = facts[["indicator", "kind", "scope", "year", "value"]].astype(object)
    return collections.Counter(tuple(r) for r in rows.where(rows.notna(), None).itertuples(index=False))


def by_file(result) -> dict[str, collections.Counter]:
    return {f: keys(g) for f, g in result.facts.groupby("source_file")}


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("texts")
    for p in PLANS:
        shutil.copy(p, folder / p.name)
    return folder, extract_corpus(folder)


@pytest.fixture(scope="module", params=["justified", "ragged"])
def pdfs(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"pdf-{request.param}")
    for p in PLANS:
        text_to_pdf(p.read_text(encoding="utf-8"), folder / f"{p.stem}.pdf", layout=request.param)
    return folder


@pytest.fixture(scope="module")
def one_pdf(tmp_path_factory):
    """The Kon Tum article as a PDF, for the tests that need one good PDF among odd files."""
    folder = tmp_path_factory.mktemp("one-pdf")
    return text_to_pdf(SCAN_SEED.read_text(encoding="utf-8"), folder / f"{SCAN_SEED.stem}.pdf")


@pytest.fixture(scope="module")
def words(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("docx")
    lines = texts[1].budget_lines
    for p in PLANS:  # the Thái Bình budget becomes a real Word table; the other plans are paragraphs
        doc_ids = texts[1].documents.loc[texts[1].documents["source_file"] == p.name, "doc_id"]
        budget = lines[lines["doc_id"].isin(doc_ids)] if p == BUDGET_SEED else None
        text_to_docx(p.read_text(encoding="utf-8"), folder / f"{p.stem}.docx", budget)
    return folder


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """A two-page scan of a news article: its WeasyPrint PDF rasterised at 200 dpi into an image-only PDF."""
    require_tool("tesseract")
    missing = formats.ocr_available()
    if missing:  # tesseract without its Vietnamese model
        pytest.fail(missing) if IN_CI else pytest.skip(missing)
    folder = tmp_path_factory.mktemp("scan")
    pdf = text_to_pdf(SCAN_SEED.read_text(encoding="utf-8"), folder / "printed.pdf")
    (folder / "scan").mkdir()
    pdf_to_scan(pdf, folder / "scan" / "kon-tum-scan.pdf")
    return folder / "scan"


def test_pdf_gives_the_facts_of_its_text(texts, pdfs):
    got, want = by_file(extract_corpus(pdfs)), by_file(texts[1])
    assert len(got) == len(PLANS)
    for p in PLANS:
        assert got.get(f"{p.stem}.pdf", collections.Counter()) == want.get(p.name, collections.Counter()), p.name


def test_pdf_text_is_nfc_lf_with_a_form_feed_between_pages_and_facts_know_their_page(pdfs):
    import pypdfium2 as pdfium

    path = pdfs / f"{BUDGET_SEED.stem}.pdf"
    source = read_source(path)
    n_pages = len(pdfium.PdfDocument(str(path)))
    assert n_pages > 5 and source.pages == n_pages and source.text.count("\f") == n_pages - 1
    assert "\r" not in source.text and source.source_format == "pdf"
    # wrapped lines are joined: a long paragraph of the seed is one line again
    assert "Hoàn thiện, nâng cấp Cổng thông tinđiện tử của tỉnh để đáp ứng đúng các quy định" in source.text
    facts = extract_corpus(pdfs).facts
    facts = facts[facts["source_file"] == path.name]
    assert facts["page"].notna().all()
    for f in facts.itertuples():
        assert source.text[f.char_start : f.char_end] == f.quote
        assert f.page == 1 + source.text.count("\f", 0, f.char_start)
    assert facts["page"].nunique() > 1


def test_word_gives_the_facts_of_its_text_and_its_budget_table(texts, words):
    result = extract_corpus(words)
    got, want = by_file(result), by_file(texts[1])
    for p in PLANS:
        assert got.get(f"{p.stem}.docx", collections.Counter()) == want.get(p.name, collections.Counter()), p.name
    # the Thái Bình budget is a real Word table (merged header cells, empty cells) and reconciles as the text
    want_lines = texts[1].budget_lines
    want_lines = want_lines[want_lines["doc_id"].str.startswith("thai-binh")][BUDGET_COLUMNS]
    got_lines = result.budget_lines[result.budget_lines["doc_id"].str.startswith("thai-binh")][BUDGET_COLUMNS]
    assert len(want_lines) > 10 and want_lines["reconciled"].all()
    assert got_lines.reset_index(drop=True).equals(want_lines.reset_index(drop=True))
    assert set(result.documents["source_format"]) == {"docx"}
    assert result.facts["page"].isna().all()


def test_a_scan_gives_at_least_90_percent_of_the_facts_on_a_dask_cluster(scan, tmp_path):
    """OCR on a dask.distributed LocalCluster, reached by its address as `--scheduler ADDRESS` reaches one;
    the text is cached by sha256."""
    from distributed import LocalCluster

    from analysis.executors import make_executor

    want = keys(extract_corpus(SCAN_SEED.parent).facts.query(f"source_file == '{SCAN_SEED.name}'"))
    cache = tmp_path / "texts"
    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        make_executor(scheduler=cluster.scheduler_address) as executor,
    ):
        result = extract_corpus(scan, executor=executor, text_cache=cache)
    assert not result.problems
    doc = result.documents.iloc[0]
    assert doc["source_format"] == "pdf-ocr" and doc["pages"] >= 2
    assert 60 <= doc["ocr_confidence"] <= 100
    got = keys(result.facts)
    found = sum((got & want).values())
    assert len(want) >= 10 and found >= 0.9 * sum(want.values()), (found, len(want), want - got)
    assert result.facts["page"].notna().all()
    # a rebuild never OCRs twice: the text comes from texts/<sha256>.txt
    sha = doc["sha256"]
    assert (cache / f"{sha}.txt").exists()

    def no_ocr(*args, **kwargs):
        raise AssertionError("OCR ran again")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(formats, "ocr_page", no_ocr)
        second = extract_corpus(scan, text_cache=cache)
    assert not second.problems and keys(second.facts) == got


def _odd_files(folder, one_pdf):
    """One of every kind of file a researcher's download folder holds besides plans."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    zipfile.ZipFile(folder / "budget.xlsx", "w").writestr("xl/workbook.xml", "<workbook/>")
    (folder / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    Image.new("RGB", (40, 40), "white").save(folder / "icon.gif")
    writer = PdfWriter(clone_from=PdfReader(one_pdf))
    writer.encrypt("secret", "owner-secret")
    writer.write(folder / "locked.pdf")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n")
    (folder / "empty.pdf").write_bytes(b"")
    blank = PdfWriter()
    blank.add_blank_page(595, 842)
    blank.write(folder / "blank.pdf")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really a Word file" + b"\x00" * 600)
    return {
        "budget.xlsx": "not a readable .xlsx",
        "locked.xlsx": "encrypted .xlsx",
        "old.xls": "not a readable .xls",
        "icon.gif": "an image (.gif)",
        "locked.pdf": "encrypted PDF",
        "corrupt.pdf": "corrupt or not a PDF",
        "empty.pdf": "empty file",
        "blank.pdf": "empty PDF (no text layer and no scanned image",
        "broken.docx": "not a readable .docx",
        "old.doc": "Word .doc",
    }


def test_every_odd_file_is_named_with_its_reason_and_strict_fails(tmp_path, one_pdf, words):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(one_pdf, folder)
    shutil.copy(words / f"{BUDGET_SEED.stem}.docx", folder)
    expected = _odd_files(folder, one_pdf)
    cmd = [sys.executable, "-m", "analysis", "extract", "--raw-dir", str(folder), "--out-dir", str(tmp_path / "out")]
    proc = subprocess.run([*cmd, "--jobs", "2"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for name, reason in expected.items():
        said = [ln for ln in lines if ln.startswith(f"skipped {name}:")]
        assert len(said) == 1 and reason in said[0], (name, said)
    assert "extracted 2 documents" in proc.stderr
    assert len(list((tmp_path / "out" / "texts").glob("*.txt"))) == 2
    strict = subprocess.run([*cmd, "--strict"], capture_output=True, text=True, timeout=300)
    assert strict.returncode == 1


def test_without_tesseract_or_antiword_the_apt_line_is_given_and_other_files_still_work(
    tmp_path, one_pdf, words, monkeypatch
):
    from PIL import Image

    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(one_pdf, folder)
    shutil.copy(words / f"{BUDGET_SEED.stem}.docx", folder)
    Image.new("L", (800, 1100), 255).save(folder / "scan.pdf", resolution=100)  # an image-only page
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    real_which = shutil.which
    monkeypatch.setattr(formats.shutil, "which", lambda n: None if n in ("tesseract", "antiword") else real_which(n))
    formats.ocr_available.cache_clear()
    try:
        sources, problems = read_corpus(folder)
    finally:
        formats.ocr_available.cache_clear()
    assert sorted(s.source_format for s in sources) == ["docx", "pdf"]
    reasons = {p.source_file: p.reason for p in problems}
    assert reasons["scan.pdf"].endswith("sudo apt-get install tesseract-ocr tesseract-ocr-vie")
    assert reasons["old.doc"].endswith("sudo apt-get install antiword")


def test_antiword_reads_a_doc_when_installed(tmp_path):
    """antiword has no writer and LibreOffice is not installed here: a .doc cannot be made at test time, so this
    checks the tool runs and a bad .doc is named (the reading path itself is antiword's)."""
    require_tool("antiword")
    bad = tmp_path / "x.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    with pytest.raises(ReadProblem, match=r"not a readable Word \.doc"):
        read_source(bad)


def test_read_problems_survive_a_trip_to_a_worker_process():
    import pickle

    p = pickle.loads(pickle.dumps(ReadProblem("a.pdf", "encrypted PDF")))
    assert (p.source_file, p.reason) == ("a.pdf", "encrypted PDF")


def test_a_pdf_with_one_scanned_page_is_read_and_ocrd_page_by_page(tmp_path, one_pdf, scan):
    """A signed last page scanned into an otherwise typed PDF: the text layer is read, only that page is OCR'd,
    and the pages stay in order with a form feed between them."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(one_pdf).pages[0])
    writer.add_page(PdfReader(scan / "kon-tum-scan.pdf").pages[1])
    writer.write(tmp_path / "mixed.pdf")
    source = read_source(tmp_path / "mixed.pdf")
    assert source.source_format == "pdf-ocr" and source.pages == 2 and source.ocr_pages == 1
    assert source.text.count("\f") == 1
    assert source.ocr_confidence > 60
    first, second = source.text.split("\f")
    printed = read_source(one_pdf).text.split("\f")
    assert first.strip() == printed[0].strip()  # the typed page as its text layer says
    words = set(printed[1].split())
    assert len(words & set(second.split())) >= 0.8 * len(words)  # the scanned page, OCR'd


@pytest.mark.e2e
def test_a_pdf_and_a_word_file_in_the_raw_folder_are_built_into_reports(tmp_path):
    """`ictplans build` (what `make reports` runs) on the seeds plus a PDF and a Word file."""
    import html as html_lib

    from conftest import build_cmd

    raw = tmp_path / "raw"
    raw.mkdir()
    for p in RAW.glob("*.txt"):
        shutil.copy(p, raw)
    pdf_plan = FIXTURES / "heldout_plans" / "nghe-an-2016-3125-qd-ubnd.txt"
    word_plan = FIXTURES / "synthetic_plans" / "ha-tinh-2016-318-kh-ubnd.txt"
    text_to_pdf(pdf_plan.read_text(encoding="utf-8"), raw / "nghe-an.pdf")
    text_to_docx(word_plan.read_text(encoding="utf-8"), raw / "ha-tinh.docx")
    only = ["--only", "05_province_profile", "--province", "Nghệ An", "--province", "Hà Tĩnh", "--format", "html"]
    proc = subprocess.run(build_cmd(tmp_path, *only, raw=raw), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "skipped" not in proc.stderr
    import pandas as pd

    facts = pd.read_csv(tmp_path / "data" / "interim" / "facts.csv")
    for name, report in (("nghe-an.pdf", "nghe-an"), ("ha-tinh.docx", "ha-tinh")):
        quotes = facts.loc[facts["source_file"] == name, "quote"]
        assert len(quotes) > 5, name
        page = html_lib.unescape((tmp_path / "reports" / f"05_province_profile_{report}.html").read_text("utf-8"))
        assert sum(q in page for q in quotes) >= 0.8 * len(quotes), name


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path):
    from analysis.executors import SchedulerUnreachable, make_executor

    with pytest.raises(SchedulerUnreachable, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        with make_executor(scheduler="tcp://127.0.0.1:9", timeout=2):
            pass
