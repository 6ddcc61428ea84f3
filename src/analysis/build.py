"""`ictplans build`: extract → clean → render, each stage skipped when its inputs did not change.

Content hashes of the inputs of every stage and report are kept (data/interim/.stamp.json,
data/processed/.stamp.json, reports/manifest.json). Reports render in parallel processes; one that fails
does not stop the others and is never published (see analysis.render).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from analysis import __version__
from analysis.atomic import atomic_write_text
from analysis.reports import WORKBOOK

log = logging.getLogger("ictplans.build")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


@dataclass
class BuildOptions:
    raw_dir: Path
    interim_dir: Path
    processed_dir: Path
    reports_dir: Path
    notebooks_dir: Path
    only: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    kind: str = ""
    formats: tuple[str, ...] = ("html", "pdf")
    jobs: int | None = None
    force: bool = False
    lang: str = "en"
    strict: bool = False
    verbose: bool = False
    wait: bool = False
    max_bytes: int = 20 * 1024 * 1024
    scheduler: str | None = None  # a Dask scheduler for the per-file stage (read, OCR, extract)


def code_fingerprint() -> str:
    """Hash of the package's code and templates: a change of code invalidates every cached stage."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".yaml", ".css") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def dir_fingerprint(folder: Path, pattern: str = "*") -> str:
    h = hashlib.sha256()
    for p in sorted(folder.glob(pattern)):
        if p.is_file() and not p.name.startswith("."):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _stamp_ok(folder: Path, key: str, expected_files: list[str]) -> bool:
    stamp = folder / ".stamp.json"
    if not stamp.exists() or not all((folder / f).exists() for f in expected_files):
        return False
    try:
        return json.loads(stamp.read_text())["key"] == key
    except (json.JSONDecodeError, KeyError):
        return False


def _write_stamp(folder: Path, key: str) -> None:
    atomic_write_text(folder / ".stamp.json", json.dumps({"key": key}))


class BuildLocked(RuntimeError):
    pass


class BuildLock:
    """One build at a time per reports folder (an flock, released by the OS if the build dies)."""

    def __init__(self, path: Path, wait: bool = False):
        self.path, self.wait, self.fh = path, wait, None

    def __enter__(self) -> BuildLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.path.open("a+")
        flags = fcntl.LOCK_EX if self.wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(self.fh, flags)
        except BlockingIOError:
            self.fh.close()
            raise BuildLocked(f"another build is running (lock {self.path}); use --wait to queue") from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fh:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def clean_job(opts: BuildOptions):
    from analysis.paths import MANUAL
    from analysis.render import ReportJob
    from analysis.reports import CLEAN_NOTEBOOK, language_suffix, title

    params = {
        "interim_dir": str(opts.interim_dir.resolve()),
        "processed_dir": str(opts.processed_dir.resolve()),
        "overrides": str((MANUAL / "overrides.csv").resolve()),
        "lang": opts.lang,
    }
    return ReportJob(
        f"{CLEAN_NOTEBOOK}{language_suffix(opts.lang)}",
        opts.notebooks_dir / f"{CLEAN_NOTEBOOK}.ipynb",
        params,
        title=title(CLEAN_NOTEBOOK, opts.lang),
    )


def plan_jobs(opts: BuildOptions, provinces_in_data: list[str]):
    """Every report to render (the cleaning report excepted): comparisons, then one profile per province."""
    from analysis.provinces import lookup, slugify
    from analysis.render import ReportJob
    from analysis.reports import CLEAN_NOTEBOOK, PROFILE_NOTEBOOK, REPORT_NOTEBOOKS, language_suffix, title

    jobs = []
    data_dir = str(opts.processed_dir.resolve())
    wanted = [lookup(p) for p in opts.provinces]
    unknown = [p for p, hit in zip(opts.provinces, wanted, strict=True) if hit is None]
    for name in REPORT_NOTEBOOKS:
        if name == CLEAN_NOTEBOOK or (opts.only and name not in opts.only):
            continue
        notebook = opts.notebooks_dir / f"{name}.ipynb"
        if name == PROFILE_NOTEBOOK:
            names = [p.name for p in wanted if p] or provinces_in_data
            for province in names:
                params = {"province": province, "lang": opts.lang, "data_dir": data_dir}
                jobs.append(
                    ReportJob(
                        f"{name}_{slugify(province)}{language_suffix(opts.lang)}",
                        notebook,
                        params,
                        title=title(name, opts.lang, province=province),
                    )
                )
            continue
        params = {
            "provinces": [p.name for p in wanted if p],
            "years": list(opts.years),
            "kind": opts.kind,
            "lang": opts.lang,
            "data_dir": data_dir,
        }
        jobs.append(ReportJob(f"{name}{language_suffix(opts.lang)}", notebook, params, title=title(name, opts.lang)))
    unknown_reports = [n for n in opts.only if n not in REPORT_NOTEBOOKS and n != WORKBOOK]
    return jobs, unknown_reports, unknown


def _job_key(job, data_key: str, code_key: str, formats: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    h.update(job.notebook.read_bytes())
    h.update(json.dumps(job.parameters, sort_keys=True, ensure_ascii=False).encode())
    h.update(data_key.encode())
    h.update(code_key.encode())
    h.update(",".join(sorted(formats)).encode())
    return h.hexdigest()


def _say_nothing_read(opts: BuildOptions, console, n_skipped: int) -> None:
    """Say that extraction gave no document at all (an empty source folder, or every file in it skipped)."""
    why = f"every one of its {n_skipped} files was skipped" if n_skipped else "it holds no file to read"
    console.print(f"[red]error[/] no document could be read from {opts.raw_dir}: {why}")
    log.error("no document read from %s (%d files skipped)", opts.raw_dir, n_skipped)


def interim_rows(interim_dir: Path, table: str) -> int | None:
    """Rows of an interim table (`documents`, `skipped`), None when it is not there or not readable."""
    import pandas as pd

    try:
        return len(pd.read_csv(interim_dir / f"{table}.csv", usecols=[0]))
    except (OSError, ValueError):
        return None


def _interim_has_no_document(interim_dir: Path) -> int | None:
    """None when the interim tables hold a document (or are not there); else how many files they list as skipped."""
    if interim_rows(interim_dir, "documents") != 0:
        return None
    return interim_rows(interim_dir, "skipped") or 0


def _has_published_data(processed_dir: Path) -> bool:
    """Whether an earlier build published data of at least one document."""
    import pandas as pd

    try:
        return len(pd.read_parquet(processed_dir / "documents.parquet", columns=["doc_id"])) > 0
    except (OSError, ValueError):
        return False


def run_build(opts: BuildOptions) -> int:
    from rich.console import Console

    from analysis.render import read_manifest, render_report, write_index, write_manifest

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    opts.reports_dir.mkdir(parents=True, exist_ok=True)
    _setup_log(opts.reports_dir / "build.log", opts.verbose)
    try:
        with BuildLock(opts.reports_dir / ".build.lock", wait=opts.wait):
            return _build(opts, console, read_manifest, render_report, write_index, write_manifest)
    except BuildLocked as exc:
        console.print(f"[red]locked[/] {exc}")
        return EXIT_LOCKED


def _setup_log(path: Path, verbose: bool) -> None:
    logger = logging.getLogger("ictplans")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # quiet by default (cron): the log file gets everything, the terminal only -v
    if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        fh = logging.FileHandler(path, encoding="utf-8")
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(fh)
    if verbose and not any(type(h) is logging.StreamHandler for h in logger.handlers):
        sh = logging.StreamHandler()
        sh.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(sh)


def _build(opts, console, read_manifest, render_report, write_index, write_manifest) -> int:
    from analysis.extract import extract_corpus, write_interim
    from analysis.paths import MANUAL

    t0 = time.perf_counter()
    # A build killed earlier may have left temporary files (never under a report's own name): clear them.
    for folder in (opts.reports_dir, opts.reports_dir / ".work", opts.processed_dir, opts.interim_dir):
        for stale in folder.glob(".*.tmp") if folder.exists() else []:
            stale.unlink(missing_ok=True)
    code_key = code_fingerprint()
    status = EXIT_OK

    # 1. extract
    raw_key = hashlib.sha256((dir_fingerprint(opts.raw_dir) + code_key).encode()).hexdigest()
    interim_files = ["documents.csv", "facts.csv", "budget_lines.csv", "numbers.csv", "skipped.csv"]
    if opts.force or not _stamp_ok(opts.interim_dir, raw_key, interim_files):
        from analysis.executors import make_executor

        with make_executor(opts.jobs, opts.scheduler) as executor:
            result = extract_corpus(
                opts.raw_dir, max_bytes=opts.max_bytes, executor=executor, text_cache=opts.interim_dir / "texts"
            )
        if result.documents.empty and _has_published_data(opts.processed_dir):
            # An emptied or unmounted source folder must not replace good data and reports with empty ones: nothing
            # is written (the interim tables and the stamp stay those of the last build that read something).
            for p in result.problems:
                console.print(f"[yellow]skipped[/] {p.source_file}: {p.reason}")
            _say_nothing_read(opts, console, len(result.problems))
            console.print(
                f"[red]✗[/] the data and reports of the last build are kept, nothing was written (to build reports of "
                f"no document, delete {opts.processed_dir} first)"
            )
            return EXIT_FAILED
        write_interim(result, opts.interim_dir)
        for p in result.problems:
            console.print(f"[yellow]skipped[/] {p.source_file}: {p.reason}")
            log.warning("skipped %s: %s", p.source_file, p.reason)
        for dup, original in result.duplicates:
            console.print(f"[yellow]duplicate[/] {dup}: same text as {original}; counted once")
            log.warning("duplicate %s of %s", dup, original)
        if opts.strict and (result.problems or result.duplicates):
            status = EXIT_FAILED
        _write_stamp(opts.interim_dir, raw_key)
        log.info("extracted %d documents, %d facts", len(result.documents), len(result.facts))
    else:
        log.info("extract: unchanged")
    if (n_skipped := _interim_has_no_document(opts.interim_dir)) is not None:
        # A build that read nothing has not done its job, and its exit code says so (also on a rebuild that found the
        # extraction unchanged); the reports are still built, saying there is no data and listing the files not read.
        _say_nothing_read(opts, console, n_skipped)
        console.print("the reports show no data; the overview lists the files not read, with why")
        status = EXIT_FAILED

    # 2. clean: the cleaning notebook itself (its report says what was validated and corrected)
    overrides = MANUAL / "overrides.csv"
    job = clean_job(opts)
    # The processed data depends on the interim tables, the corrections, the code and the notebook; the
    # cleaning *report* also on the language and formats. Either being stale runs the notebook.
    data_key = hashlib.sha256(
        (
            dir_fingerprint(opts.interim_dir, "*.csv")
            + code_key
            + (overrides.read_text(encoding="utf-8") if overrides.exists() else "")
            + hashlib.sha256(job.notebook.read_bytes()).hexdigest()
        ).encode()
    ).hexdigest()
    clean_key = hashlib.sha256((data_key + opts.lang + ",".join(sorted(opts.formats))).encode()).hexdigest()
    processed_files = ["documents.parquet", "facts.parquet", "budget_lines.parquet"]
    manifest = read_manifest(opts.reports_dir)
    outcomes = []
    prev = manifest["reports"].get(job.name, {})
    report_fresh = prev.get("key") == clean_key and all(
        (opts.reports_dir / f).exists() for f in prev.get("outputs", [""])
    )
    if opts.force or not _stamp_ok(opts.processed_dir, data_key, processed_files) or not report_fresh:
        outcome = render_report(job, opts.reports_dir, opts.formats, opts.notebooks_dir)
        outcomes.append((outcome, clean_key))
        log.info("%s: %s in %.1fs %s", outcome.name, outcome.status, outcome.seconds, outcome.error or "")
        if outcome.status != "ok":
            console.print(
                f"[red]✗[/] cleaning failed — {outcome.error}; reports were not rebuilt "
                f"(see {opts.reports_dir / '_failed'})"
            )
            _finish(opts, manifest, outcomes, [], console, t0, write_manifest, write_index)
            return EXIT_FAILED
        _write_stamp(opts.processed_dir, data_key)
    else:
        log.info("clean: unchanged")

    # 3. reports
    import pandas as pd

    from analysis.collation import sorted_vi

    provinces_in_data = sorted_vi(
        pd.read_parquet(opts.processed_dir / "documents.parquet")["province"].dropna().unique()
    )
    jobs, unknown_reports, unknown_provinces = plan_jobs(opts, provinces_in_data)
    if unknown_reports or unknown_provinces:
        what = [f"report {n!r}" for n in unknown_reports] + [f"province {p!r}" for p in unknown_provinces]
        console.print(f"[red]error[/] unknown {', '.join(what)}")
        return EXIT_USAGE
    data_key = dir_fingerprint(opts.processed_dir, "*.parquet")
    todo, skipped = [], []
    for job in jobs:
        key = _job_key(job, data_key, code_key, opts.formats)
        prev = manifest["reports"].get(job.name, {})
        fresh = prev.get("key") == key and all((opts.reports_dir / f).exists() for f in prev.get("outputs", []))
        if fresh and not opts.force:
            skipped.append(job.name)
        else:
            todo.append((job, key))

    if todo:
        workers = max(1, min(opts.jobs or os.cpu_count() or 1, len(todo)))
        from rich.progress import Progress

        # People (a terminal, or --verbose) get a progress bar and a line per report; cron gets quiet.
        chatty = opts.verbose or console.is_terminal
        with Progress(console=console, transient=True, disable=not chatty) as progress:
            task = progress.add_task("rendering reports", total=len(todo))
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {
                    pool.submit(render_report, job, opts.reports_dir, opts.formats, opts.notebooks_dir): (job, key)
                    for job, key in todo
                }
                for fut in as_completed(futures):
                    job, key = futures[fut]
                    outcome = fut.result()
                    outcomes.append((outcome, key))
                    progress.advance(task)
                    line = f"{outcome.name}: {outcome.status} in {outcome.seconds:.1f}s"
                    if outcome.error:
                        line += f" — {outcome.error}"
                    log.info(line)
                    if chatty or outcome.status != "ok":
                        console.print(("[green]✓[/] " if outcome.status == "ok" else "[red]✗[/] ") + line)

    # 4. every comparison table in one Excel workbook (beside the reports, linked from the index)
    if not opts.only or WORKBOOK in opts.only:
        outcome = _workbook(opts, manifest, data_key, code_key, skipped)
        if outcome is not None:
            outcomes.append(outcome)
            line = f"{outcome[0].name}: {outcome[0].status} in {outcome[0].seconds:.1f}s"
            log.info(line + (f" — {outcome[0].error}" if outcome[0].error else ""))
            if outcome[0].status != "ok":
                console.print(f"[red]✗[/] {line} — {outcome[0].error}")

    return _finish(opts, manifest, outcomes, skipped, console, t0, write_manifest, write_index, status)


def _workbook(opts: BuildOptions, manifest: dict, data_key: str, code_key: str, skipped: list[str]):
    """Write reports/comparison_tables[_vi].xlsx when its data, code or selection changed. Returns
    (outcome, key), or None when it is unchanged. A failure is reported like a failed report: the last good
    workbook stays."""
    from analysis import compare
    from analysis.render import ReportOutcome
    from analysis.reports import language_suffix, title
    from analysis.workbook import write_workbook

    name = f"{WORKBOOK}{language_suffix(opts.lang)}"
    selection = {"provinces": opts.provinces, "years": opts.years, "kind": opts.kind, "lang": opts.lang}
    key = hashlib.sha256(
        (data_key + code_key + json.dumps(selection, sort_keys=True, ensure_ascii=False)).encode()
    ).hexdigest()
    prev = manifest["reports"].get(name, {})
    if not opts.force and prev.get("key") == key and (opts.reports_dir / f"{name}.xlsx").exists():
        skipped.append(name)
        return None
    started = time.perf_counter()
    try:
        data = compare.load_processed(opts.processed_dir)
        docs = compare.select_provinces(data["documents"], opts.provinces)
        facts = data["facts"][data["facts"]["doc_id"].isin(docs["doc_id"])]
        data = {
            "documents": docs,
            "facts": compare.select_facts(facts, opts.years, opts.kind),
            "budget_lines": data["budget_lines"][data["budget_lines"]["doc_id"].isin(docs["doc_id"])],
        }
        write_workbook(data, opts.reports_dir / f"{name}.xlsx", opts.lang)
    except Exception as exc:  # a failed workbook is reported, never half-written (atomic_write)
        log.exception("workbook failed")
        error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return ReportOutcome(
            name, "failed", time.perf_counter() - started, error=error, title=title(WORKBOOK, opts.lang)
        ), key
    outcome = ReportOutcome(
        name, "ok", time.perf_counter() - started, [f"{name}.xlsx"], title=title(WORKBOOK, opts.lang)
    )
    return outcome, key


def _finish(opts, manifest, outcomes, skipped, console, t0, write_manifest, write_index, status=EXIT_OK) -> int:
    """Record what was rendered (manifest, index) and print the summary. Failed reports keep their last good
    outputs listed; their error is recorded beside them."""
    for outcome, key in outcomes:
        if outcome.status == "ok":
            manifest["reports"][outcome.name] = {
                "key": key,
                "outputs": outcome.outputs,
                "seconds": round(outcome.seconds, 2),
                "title": outcome.title,
                "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
        else:
            status = EXIT_FAILED
            manifest["reports"].setdefault(outcome.name, {}).update({"last_error": outcome.error})
    manifest["version"] = __version__
    write_manifest(opts.reports_dir, manifest)
    write_index(opts.reports_dir, [{"name": n, **e} for n, e in manifest["reports"].items() if e.get("outputs")])

    n_ok = sum(o.status == "ok" for o, _ in outcomes)
    n_failed = len(outcomes) - n_ok
    summary = (
        f"reports: {n_ok} rendered, {len(skipped)} unchanged, {n_failed} failed "
        f"in {time.perf_counter() - t0:.1f}s → {opts.reports_dir / 'index.html'}"
    )
    log.info(summary)
    if opts.verbose or console.is_terminal or n_failed:
        _summary_table(console, outcomes, skipped)
    console.print(summary)
    return status


def _summary_table(console, outcomes, skipped) -> None:
    from rich.table import Table

    table = Table(title="build summary")
    table.add_column("report")
    table.add_column("status")
    table.add_column("seconds", justify="right")
    table.add_column("error")
    for o, _ in sorted(outcomes, key=lambda x: x[0].name):
        table.add_row(o.name, o.status, f"{o.seconds:.1f}", o.error or "")
    for name in skipped:
        table.add_row(name, "unchanged", "", "")
    console.print(table)
