"""Broken and hostile input: every file is either read correctly or skipped with one clear line; nothing else
is lost, raw data is never written, markup stays text, parameters cannot escape."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
import textwrap

import pytest
from conftest import FIXTURES, RAW, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import SourceText
from analysis.extract import extract_corpus, extract_source

BAD = FIXTURES / "bad_inputs"
SEED = RAW / "kon-tum-2009-235-qd-ubnd-news.txt"

spec = importlib.util.spec_from_file_location("make_corpus", BAD / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_corpus)


def keys(facts):
    rows = [
        (r.indicator, r.kind, r.scope, r.year, r.value, r.low, r.high)
        for r in facts.astype(object).where(facts.notna(), None).itertuples()
    ]
    return sorted(rows, key=lambda k: tuple(-1 if v is None else v for v in k))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("bad")
    make_corpus.make(out, big=True)
    return out


def test_committed_corpus_is_what_the_script_makes(tmp_path):
    make_corpus.make(tmp_path)
    committed = {p.name: p.read_bytes() for p in (BAD / "corpus").iterdir()}
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert committed == made


def test_every_bad_input_is_read_or_skipped_with_one_clear_line(corpus):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "extract",
            "--raw-dir",
            str(corpus),
            "--out-dir",
            str(corpus.parent / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for name, fate in {**make_corpus.CASES, make_corpus.BIG: "skip"}.items():
        said = [ln for ln in lines if f" {name}:" in ln]
        if fate == "skip":
            assert len(said) == 1 and said[0].startswith("skipped "), (name, said)
        elif fate == "duplicate":
            assert not any(ln.startswith("skipped") for ln in said), (name, said)
    reasons = "\n".join(lines)
    assert "empty.txt: empty file" in reasons
    assert "scan.pdf.txt: binary file" in reasons
    assert "not-a-plan.txt: does not look like an IT plan" in reasons
    assert f"{make_corpus.BIG}: too large: 50" in reasons
    # The identical texts (encodings, NFD, CRLF) are one document, counted once.
    assert sum(ln.startswith("duplicate ") for ln in lines) == 6
    # skipped.csv keeps what the console said, for the reports: every skipped file once, with the same reason
    import pandas as pd

    skipped = pd.read_csv(corpus.parent / "out" / "skipped.csv", dtype=str, keep_default_na=False)
    said_skipped = {
        ln.split(" ", 1)[1].split(": ", 1)[0]: ln.split(": ", 1)[1] for ln in lines if ln.startswith("skipped ")
    }
    listed = dict(zip(skipped["source_file"], skipped["reason"], strict=True))
    assert {f: r for f, r in listed.items() if not r.startswith("same text as")} == said_skipped
    assert sum(r.startswith("same text as") for r in listed.values()) == 6
    strict = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "extract",
            "--raw-dir",
            str(corpus),
            "--out-dir",
            str(corpus.parent / "out"),
            "--strict",
        ],
        capture_output=True,
        text=True,
    )
    assert strict.returncode == 1


@pytest.mark.parametrize(
    "name",
    [
        n
        for n, fate in make_corpus.CASES.items()
        if fate in ("read", "duplicate") and n not in ("contradicting-plan.txt", "markup-in-text.txt")
    ],
)
def test_readable_variants_give_the_facts_of_the_clean_text(corpus, tmp_path, name):
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / name).write_bytes((corpus / name).read_bytes())
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / SEED.name).write_bytes(SEED.read_bytes())
    got, want = extract_corpus(alone), extract_corpus(clean)
    assert not got.problems
    assert keys(got.facts) == keys(want.facts) and len(want.facts) > 10
    text = (alone / name).read_bytes()
    from analysis.corpus import read_source

    source = read_source(alone / name)
    for f in got.facts.itertuples():  # offsets point at the quote in the decoded, normalised text
        assert source.text[f.char_start : f.char_end] == f.quote
    assert text == (corpus / name).read_bytes()  # and the file itself is untouched


def test_other_documents_are_unchanged_by_bad_neighbours(corpus, tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for p in list(RAW.glob("*.txt")) + [p for p in corpus.iterdir() if p.name != make_corpus.BIG]:
        (mixed / p.name).write_bytes(p.read_bytes())
    alone, together = extract_corpus(RAW), extract_corpus(mixed)
    seeds = set(alone.documents["doc_id"])
    assert keys(together.facts[together.facts["doc_id"].isin(seeds)]) == keys(alone.facts)


def test_contradictions_are_reported_by_cleaning(corpus, tmp_path):
    from analysis.clean import clean, load_interim
    from analysis.extract import write_interim

    one = tmp_path / "one"
    one.mkdir()
    (one / "contradicting-plan.txt").write_bytes((corpus / "contradicting-plan.txt").read_bytes())
    write_interim(extract_corpus(one), tmp_path / "interim")
    validation = clean(load_interim(tmp_path / "interim")).validation
    checks = set(validation["check"])
    assert "budget parts" in checks  # 20.000 ≠ 5.000 + 12.000
    row = validation[validation["check"] == "budget parts"].iloc[0]
    assert "20000" in row["failure"] and "flagged" in row["action"]


# --- parameters cannot escape -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../evil", "/etc/passwd", "a/b", "x\ny", "..", ".hidden", "a b", "x'; rm -rf"])
def test_report_names_cannot_leave_the_reports_folder(name):
    from analysis.render import ReportJob

    with pytest.raises(ValueError, match="unsafe report name"):
        ReportJob(name, ROOT / "notebooks" / "02_budgets.ipynb")


HOSTILE = [
    "x'); __import__('os').system('touch {marker}'); ('",
    'x"""; __import__("os").system("touch {marker}"); """',
    "Thái Bình\\\n__import__('os').system('touch {marker}')",
    "Kon Tum\n__import__('os').system('touch {marker}')",
    "../../../{marker}",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_province_names_are_refused_on_the_command_line(tmp_path, hostile):
    marker = tmp_path / "pwned"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "build",
            "--province",
            hostile.format(marker=marker),
            "--reports-dir",
            str(tmp_path / "reports"),
            "--interim-dir",
            str(tmp_path / "i"),
            "--processed-dir",
            str(tmp_path / "p"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2, proc.stderr
    assert "unknown province" in proc.stderr
    assert not marker.exists()


@pytest.mark.e2e
@pytest.mark.parametrize("hostile", HOSTILE[:3])
def test_hostile_parameters_cannot_inject_code_into_a_notebook(tmp_path, hostile):
    """Even past the command line, a parameter is data: papermill writes it as a Python literal."""
    from analysis.render import ReportJob, render_report

    marker = tmp_path / "pwned"
    job = ReportJob(
        "hostile",
        ROOT / "notebooks" / "05_province_profile.ipynb",
        {"province": hostile.format(marker=marker), "lang": "en", "data_dir": str(tmp_path)},
    )
    outcome = render_report(job, tmp_path / "reports", ("html",), ROOT / "notebooks")
    assert outcome.status == "failed"  # no data there / unknown province: a clean failure…
    assert not marker.exists()  # …and nothing ran
    assert not (tmp_path / "reports" / "hostile.html").exists()
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == [".work", "_failed"]


# --- raw data is never written ------------------------------------------------------------------------
@pytest.mark.e2e
def test_the_whole_build_runs_with_raw_data_read_only(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in RAW.iterdir():
        (raw / p.name).write_bytes(p.read_bytes())
    before = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in raw.iterdir()}
    for p in raw.iterdir():
        p.chmod(0o444)
    raw.chmod(0o555)
    # chmod does not stop root (CI runs as root), so the build also runs under an audit hook that fails any
    # attempt to open a file under raw/ for writing, or to create, rename or delete one there.
    script = textwrap.dedent(f"""
        import sys
        RAW = {str(raw)!r}
        def guard(event, args):
            if event == "open" and isinstance(args[0], str) and args[0].startswith(RAW):
                mode = args[1] or "r"
                if isinstance(mode, str) and any(c in mode for c in "wax+"):
                    raise PermissionError(f"write to raw data: {{args[0]}}")
                if isinstance(args[2], int) and args[2] & 0o3:
                    raise PermissionError(f"write to raw data: {{args[0]}}")
            if event in ("os.remove", "os.rename", "os.replace", "os.mkdir", "os.chmod") and str(args[0]).startswith(RAW):
                raise PermissionError(f"{{event}} in raw data: {{args[0]}}")
        sys.addaudithook(guard)
        from analysis.cli import main
        sys.exit(main(sys.argv[1:]))
    """)
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                script,
                "build",
                "--raw-dir",
                str(raw),
                "--interim-dir",
                str(tmp_path / "interim"),
                "--processed-dir",
                str(tmp_path / "processed"),
                "--reports-dir",
                str(tmp_path / "reports"),
                "--only",
                "02_budgets",
                "--format",
                "html",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr
        assert "write to raw data" not in proc.stderr
        after = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in raw.iterdir()}
        assert after == before
    finally:
        raw.chmod(0o755)


# --- fuzzing --------------------------------------------------------------------------------------------
def _check_offsets(text: str):
    source = SourceText("fuzz.txt", ROOT / "fuzz.txt", text, "0" * 64, "utf-8")
    _, facts, lines = extract_source(source)
    for f in facts:
        assert text[f.char_start : f.char_end] == f.quote
        assert f.value is not None or (f.low is not None and f.high is not None)
    for line in lines:
        assert text[line.char_start : line.char_end] == line.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extractor_survives_any_unicode(text):
    _check_offsets(text)


SENTENCES = [
    "Tỷ lệ cán bộ, công chức có điều kiện sử dụng thư điện tử đối với cấp tỉnh đạt {a}% (năm 2009 là {b}%); ở cấp huyện {c}% (năm 2009 là {d}%).",
    "Tổng kinh phí: {a}.{b}00.000.000đồng; trong đó: kinh phí Trung ương {c}.000.000.000 đồng, kinh phí địa phương {d}.000.000.000đồng.",
    "cả tỉnh chỉ có {a} dịch vụ công trực tuyến mức độ 3, không có dịch vụ công trực tuyến mức độ 4.",
    "Nguồn nhân lực CNTT cấp tỉnh có {a} CBCCVC trong đó: Trên Đại học: {b}, Đại học: {c}, Cao đẳng: {d}.",
    "với {a} tỷ {b} triệu đồng, trong đó ngân sách Trung ương hỗ trợ {c} tỷ đồng, ngân sách địa phương {d} tỷ đồng.",
    "Tỷ lệ trung bình máy tính/cán bộ đạt khoảng {a}-{b}% ở cấp tỉnh, {c}-{d}% ở cấp huyện.",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(SENTENCES),
    st.lists(st.integers(0, 999), min_size=4, max_size=4),
    st.sampled_from(["", "\n", " Kế hoạch ứng dụng CNTT. ", "<b>", "   "]),
)
def test_extractor_on_real_sentences_with_mutated_numbers(template, numbers, noise):
    a, b, c, d = numbers
    text = noise + template.format(a=a, b=b, c=c, d=d) + noise
    _check_offsets(text)


def test_the_overview_names_every_file_that_gave_no_document(tmp_path):
    """A reader who only gets the PDF learns which files of the folder the figures leave out, and why."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED.name).write_bytes(SEED.read_bytes())
    (raw / "plan-copy.txt").write_bytes(SEED.read_bytes())
    (raw / "empty-notes.txt").write_bytes(b"")
    proc = subprocess.run(
        [
            sys.executable, "-m", "analysis", "build", "--raw-dir", str(raw),
            "--interim-dir", str(tmp_path / "interim"), "--processed-dir", str(tmp_path / "processed"),
            "--reports-dir", str(tmp_path / "reports"), "--only", "00_overview", "--format", "html",
        ],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    import pandas as pd

    processed = pd.read_parquet(tmp_path / "processed" / "skipped.parquet")
    assert sorted(processed["source_file"]) == ["empty-notes.txt", "plan-copy.txt"]
    html = (tmp_path / "reports" / "00_overview.html").read_text(encoding="utf-8")
    assert "Files not read" in html
    assert "<code>empty-notes.txt</code></td><td>empty file" in html
    assert f"<code>plan-copy.txt</code></td><td>same text as {SEED.name}; counted once" in html
