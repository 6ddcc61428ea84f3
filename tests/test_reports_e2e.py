"""End to end: build every report from the seeds into a scratch project, then read the PDFs' text and the HTML
as a reader would, and open pages in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from conftest import RAW, ROOT, build_cmd, pdf_text, require_tool

pytestmark = pytest.mark.e2e

PROVINCES = ["Thái Bình", "Kon Tum", "Long An", "Ninh Thuận", "Đồng Tháp"]
SLUGS = ["thai-binh", "kon-tum", "long-an", "ninh-thuan", "dong-thap"]
REPORTS = ["00_overview", "01_clean_plan_data", "02_budgets", "03_service_levels", "04_staffing"] + [
    f"05_province_profile_{s}" for s in SLUGS
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    proc = subprocess.run(build_cmd(root), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return root


def test_every_report_is_published_and_indexed(built):
    reports = built / "reports"
    index = (reports / "index.html").read_text(encoding="utf-8")
    manifest = json.loads((reports / "manifest.json").read_text(encoding="utf-8"))
    for name in REPORTS:
        for ext in ("html", "pdf"):
            assert (reports / f"{name}.{ext}").stat().st_size > 1000, f"{name}.{ext}"
            assert f'href="{name}.{ext}"' in index
        assert manifest["reports"][name]["outputs"] == [f"{name}.html", f"{name}.pdf"]
    assert not (reports / "_failed").exists() or not any((reports / "_failed").iterdir())


def test_no_page_is_cut_overfull_or_left_with_a_heading_alone(built):
    from pdf_layout import layout_problems

    problems = [line for pdf in sorted((built / "reports").glob("*.pdf")) for line in layout_problems(pdf)]
    assert problems == [], "\n".join(problems[:20])


def test_the_workbook_is_built_and_linked(built):
    from openpyxl import load_workbook

    book = load_workbook(built / "reports" / "comparison_tables.xlsx")
    budgets = {r[0]: r for r in book["Budgets"].iter_rows(min_row=2, values_only=True)}
    assert budgets["Thái Bình"][2] == 14250 and "14.250.000.000" in budgets["Thái Bình"][3]
    assert budgets["Đồng Tháp"][2] is None  # missing stays missing, never 0
    assert 'href="comparison_tables.xlsx"' in (built / "reports" / "index.html").read_text(encoding="utf-8")


def test_budget_pdf_reads_well(built):
    text = pdf_text(built / "reports" / "02_budgets.pdf")
    for province in PROVINCES:
        assert province in text, f"{province} missing (or its diacritics broken) in the PDF"
    assert "14,250" in text  # Thái Bình's total, million VND
    assert "15,945" in text  # Kon Tum's total
    assert "Tổng kinh phí: 14.250.000.000đồng" in text  # …beside the quote it came from
    assert "15 tỷ 945 triệu đồng" in text
    # missing is said, not shown as 0: a province with no budget found is named so, never drawn as a bar of 0
    assert "Not shown (no such figure found): Đồng Tháp" in text
    assert "Sources" in text and "2072/QĐ-UBND" in text and "235/QĐ-UBND" in text
    assert re.search(r"\b1\s*/\s*\d+\b", text)  # page numbers
    assert "Generated:" in text and "Data fingerprint" in text  # run footer


@pytest.mark.parametrize(
    ("report", "musts"),
    [
        (
            "00_overview",
            [
                "Plan periods",
                "What each province's documents state",
                "Level-3 online public services",
                "news article",
                "truncated",
                "Sources",
            ],
        ),
        (
            "01_clean_plan_data",
            ["Validation: what failed, where, and what was done", "Hưng Yên", "Quảng Ngãi", "Tây Ninh", "Khánh Hòa"],
        ),
        (
            "03_service_levels",
            [
                "Decree 43/2011/NĐ-CP",
                "Level-3 services: baseline and target",
                "6 dịch vụ công trực tuyến mức độ 3",
                "12 dịch vụ công trực tuyến mức độ 3",
                "không có dịch vụ công trực tuyến mức độ 4",
                "Sources",
            ],
        ),
        (
            "04_staffing",
            [
                "Qualification mix",
                "Trên Đại học: 01",
                "Đại học: 41",
                "Training in budget tables",
                "Đào tạo nguồn nhân lực",
                "Sources",
            ],
        ),
        (
            "05_province_profile_kon-tum",
            [
                "Province profile: Kon Tum",
                "Quảng Ngãi",
                "Where Kon Tum stands",
                "Each strip is one indicator",
                "Thái Bình 14,250 (2014)",  # the other province's value in the standing table, formatted
                "What the documents do not say",
                "(năm 2009 là 40%)",
                "Sources",
            ],
        ),
    ],
)
def test_report_pdf_contains_what_it_must(built, report, musts):
    text = pdf_text(built / "reports" / f"{report}.pdf")
    for must in musts:
        assert must in text, f"{report}.pdf lacks {must!r}"
    assert "Traceback" not in text


def test_the_documents_table_breaks_no_word(built):
    # The overview's documents table has fixed column widths; a column too narrow for its longest word splits it
    # ("plan, truncate|d" in the kind column of Bà Rịa - Vũng Tàu's truncated plan).
    # pdf_text collapses whitespace; a split word shows only in the lines as laid out, so read them raw.
    pdftotext = require_tool("pdftotext")
    pdf = built / "reports" / "00_overview.pdf"
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    start = re.search(r"^Documents$", text, re.M).start()  # the heading, not the contents line
    table = text[start : text.index("Plan periods", start)]
    assert "truncated" in table
    assert not re.search(r"^(truncate|trunca|truncat)$", table, re.M), "a word of the kind column is split"


def test_reports_are_static_html_with_embedded_charts(built):
    for name in ("02_budgets", "03_service_levels", "00_overview", "05_province_profile_thai-binh"):
        html = (built / "reports" / f"{name}.html").read_text(encoding="utf-8")
        assert html.count("data:image/svg+xml;base64,") >= 1  # one file can be mailed; charts are vector
        assert "<script" not in html.lower()  # nothing runs, nothing is fetched from a CDN
        assert "compare.load_processed" not in html  # report mode: no code cells
        assert 'alt="Chart:' in html


def test_vietnamese_reports(built):
    proc = subprocess.run(build_cmd(built, "--lang", "vi", "--only", "02_budgets"), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(built / "reports" / "02_budgets_vi.pdf")
    assert "Kinh phí các kế hoạch ứng dụng CNTT cấp tỉnh" in text
    assert "14.250" in text and "15.945" in text  # Vietnamese number format
    assert "không tìm thấy số liệu này): Đồng Tháp" in text and "Nguồn tài liệu" in text and "Lưu ý" in text


def test_every_notebook_runs_top_to_bottom_with_its_defaults(built, tmp_path):
    """What a researcher does in JupyterLab: open a notebook, run all, no parameters changed."""
    import papermill as pm

    env_root = os.environ.get("ICTPLANS_ROOT")
    os.environ["ICTPLANS_ROOT"] = str(built)  # the kernel resolves data/processed under this root
    try:
        for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
            out = tmp_path / nb.name
            pm.execute_notebook(
                str(nb), str(out), kernel_name="python3", progress_bar=False, cwd=str(ROOT / "notebooks")
            )
            executed = json.loads(out.read_text(encoding="utf-8"))
            errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
            assert not errors, f"{nb.name}: {errors}"
    finally:
        if env_root is None:
            os.environ.pop("ICTPLANS_ROOT", None)
        else:
            os.environ["ICTPLANS_ROOT"] = env_root


def test_rebuild_with_nothing_changed_renders_nothing(built):
    proc = subprocess.run(build_cmd(built), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0
    assert re.search(r"0 rendered, \d+ unchanged, 0 failed", proc.stderr), proc.stderr


@pytest.fixture(scope="module")
def browser():
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield b
        b.close()


@pytest.mark.parametrize("page_name", ["index.html", "02_budgets.html", "03_service_levels.html"])
def test_pages_render_in_a_real_browser_without_console_errors(built, browser, page_name):
    page = browser.new_page()
    messages = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    page.goto((built / "reports" / page_name).as_uri())
    page.wait_for_load_state("load")
    assert not messages, messages
    images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    assert all(done and width > 0 for done, width in images), images
    if page_name != "index.html":
        assert len(images) >= 1  # its charts are drawn
    assert page.locator("h1").first.inner_text().strip()
    page.close()


# --- markup in a source stays text -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def built_with_markup(tmp_path_factory):
    from conftest import FIXTURES

    root = tmp_path_factory.mktemp("markup")
    raw = root / "raw"
    raw.mkdir()
    for p in RAW.glob("*.txt"):
        (raw / p.name).write_bytes(p.read_bytes())
    (raw / "markup-in-text.txt").write_bytes((FIXTURES / "bad_inputs" / "corpus" / "markup-in-text.txt").read_bytes())
    cmd = build_cmd(root, "--only", "02_budgets", "--only", "05_province_profile", "--province", "Hà Nam", raw=raw)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return root


def test_markup_from_a_source_is_escaped_in_html_and_printed_in_pdf(built_with_markup):
    reports = built_with_markup / "reports"
    html = (reports / "05_province_profile_ha-nam.html").read_text(encoding="utf-8")
    # Escaped (the exact entities for quotes are nbconvert's choice; the angle brackets are what matter)…
    assert re.search(
        r"&lt;script&gt;alert\((?:'|&#x27;|&#39;)xss(?:'|&#x27;|&#39;)\)&lt;/script&gt;&lt;/table&gt;", html
    )
    assert "&lt;img src=x onerror=" in html
    # …and never a tag.
    assert "<script" not in html.lower() and "<img src=x" not in html and "</table> công chức" not in html
    squeezed = pdf_text(reports / "05_province_profile_ha-nam.pdf").replace(" ", "")  # the PDF wraps lines anywhere
    assert "<script>alert('xss')</script></table>" in squeezed
    assert '<imgsrc=xonerror="alert(1)">' in squeezed


@pytest.mark.parametrize(
    ("page_name", "shown"),
    [
        ("05_province_profile_ha-nam.html", "<script>alert('xss')</script></table>"),
        ("02_budgets.html", '<img src=x onerror="alert(1)">'),
    ],
)
def test_markup_from_a_source_does_not_run_in_a_browser(built_with_markup, browser, page_name, shown):
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto((built_with_markup / "reports" / page_name).as_uri())
    page.wait_for_load_state("load")
    page.mouse.move(200, 200)
    assert dialogs == [] and errors == []
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    body = page.locator("body").inner_text()
    assert shown in body  # shown as text, where the quote is
    assert "pwned" not in body
    page.close()
