"""`ictplans` command line (also `python -m analysis`).

Exit codes (all commands): 0 success; 1 something failed (a report, a validation, no document at all could be read,
or with --strict a skipped input); 2 wrong usage (also a source folder that does not exist); 3 another build holds
the lock.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from analysis import __version__, paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

log = logging.getLogger("ictplans")


def _console():
    from rich.console import Console

    # soft_wrap: one problem is one line, whatever the terminal width (cron mails, CI logs, grep)
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _report_problems(console, problems, duplicates) -> None:
    for p in problems:
        console.print(f"[yellow]skipped[/] {p.source_file}: {p.reason}")
    for dup, original in duplicates:
        console.print(f"[yellow]duplicate[/] {dup}: same text as {original}; counted once")


def cmd_extract(args: argparse.Namespace) -> int:
    from analysis.build import interim_rows
    from analysis.extract import extract_corpus, write_interim

    console = _console()
    raw_dir = Path(args.raw_dir)
    if not raw_dir.is_dir():
        console.print(f"[red]error[/] raw folder not found: {raw_dir}")
        return EXIT_USAGE
    from analysis.executors import make_executor

    started = time.perf_counter()
    out_dir = Path(args.out_dir)
    with make_executor(args.jobs, args.scheduler) as executor:
        result = extract_corpus(
            raw_dir, max_bytes=int(args.max_mb * 2**20), executor=executor, text_cache=out_dir / "texts"
        )
    _report_problems(console, result.problems, result.duplicates)
    if result.documents.empty and (interim_rows(out_dir, "documents") or 0) > 0:
        # (an emptied source folder must not replace tables of documents with empty ones)
        console.print(f"[red]error[/] no document could be read from {raw_dir}; the tables in {out_dir} are kept")
        return EXIT_FAILED
    written = write_interim(result, out_dir)
    console.print(
        f"extracted {len(result.documents)} documents, {len(result.facts)} facts, "
        f"{len(result.budget_lines)} budget lines, {len(result.numbers)} numbers "
        f"({int((result.numbers['read_as'] != '').sum())} read) in {time.perf_counter() - started:.2f}s → "
        + ", ".join(str(p) for p in written)
    )
    if result.documents.empty:
        why = f"every one of its {len(result.problems)} files was skipped" if result.problems else "no file to read"
        console.print(f"[red]error[/] no document could be read from {raw_dir}: {why}")
        return EXIT_FAILED
    if args.strict and (result.problems or result.duplicates):
        return EXIT_FAILED
    return EXIT_OK


def cmd_clean(args: argparse.Namespace) -> int:
    from analysis.clean import clean, load_interim, write_processed

    console = _console()
    result = clean(load_interim(Path(args.interim_dir)), Path(args.overrides) if args.overrides else None)
    write_processed(result, Path(args.out_dir))
    for _, issue in result.validation.iterrows():
        console.print(f"[yellow]{issue['table']}[/] {issue['where']}: {issue['failure']} ({issue['action']})")
    console.print(f"cleaned {len(result.facts)} facts → {args.out_dir}")
    return EXIT_OK


def _parse_years(text: str) -> list[int]:
    """`2014-2020` → every year from 2014 to 2020; `2010,2020` → those years; empty → all years."""
    years: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "-" in part:
            lo, hi = (int(x) for x in part.split("-", 1))
            years.extend(range(lo, hi + 1))
        else:
            years.append(int(part))
    return years


def cmd_build(args: argparse.Namespace) -> int:
    from analysis.build import BuildOptions, run_build

    try:
        years = _parse_years(args.years)
    except ValueError:
        _console().print(f"[red]error[/] --years takes 2014-2020 or 2010,2020, not {args.years!r}")
        return EXIT_USAGE
    if not Path(args.raw_dir).is_dir():  # (a typo or an unmounted share, not an empty folder)
        _console().print(f"[red]error[/] raw folder not found: {args.raw_dir}")
        return EXIT_USAGE
    options = BuildOptions(
        raw_dir=Path(args.raw_dir),
        interim_dir=Path(args.interim_dir),
        processed_dir=Path(args.processed_dir),
        reports_dir=Path(args.reports_dir),
        notebooks_dir=Path(args.notebooks_dir),
        only=args.only or [],
        provinces=args.province or [],
        years=years,
        kind=args.kind or "",
        formats=tuple(f.strip() for f in args.format.split(",") if f.strip()),
        jobs=args.jobs,
        force=args.force,
        lang=args.lang,
        strict=args.strict,
        verbose=args.verbose,
        wait=args.wait,
        max_bytes=int(args.max_mb * 2**20),
        scheduler=args.scheduler,
    )
    bad = [f for f in options.formats if f not in ("html", "pdf")]
    if bad:
        _console().print(f"[red]error[/] unknown format(s): {', '.join(bad)} (use html, pdf)")
        return EXIT_USAGE
    return run_build(options)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluate import FROZEN_SETS, default_sets, evaluate, print_report, print_sets_summary

    if args.expected:
        if args.set:
            _console().print("[red]error[/] use either --expected (one folder) or --set, not both")
            return EXIT_USAGE
        report = evaluate(Path(args.expected), Path(args.raw_dir or paths.RAW))
        print_report(report, show_all=not args.summary)
        return EXIT_FAILED if report.unread else EXIT_OK
    if args.raw_dir:
        _console().print("[red]error[/] --raw-dir goes with --expected; each set knows where its texts are")
        return EXIT_USAGE
    available = default_sets()
    names = list(dict.fromkeys(args.set or available))
    unknown = [n for n in names if n not in available]
    if unknown:
        _console().print(f"[red]error[/] unknown set(s): {', '.join(unknown)} (use {', '.join(available)})")
        return EXIT_USAGE
    reports = {}
    for name in names:
        expected_dir, raw_dir = available[name]
        if not expected_dir.is_dir():
            _console().print(f"[yellow]skipped[/] {name}: no folder {expected_dir}")
            continue
        reports[name] = evaluate(expected_dir, raw_dir)
        if name in FROZEN_SETS:  # a frozen measure shows its scores only: no document, no miss, to tune on
            continue
        print_report(reports[name], show_all=not args.summary, name=name)
    print_sets_summary(reports)
    unread = {name: len(ev.unread) for name, ev in reports.items() if ev.unread}
    if unread:
        # (a frozen set says how many, never which: see FROZEN_SETS)
        where = ", ".join(f"{name} {n}" for name, n in unread.items())
        _console().print(f"[red]error[/] documents the extractor could not read (their facts count as missed): {where}")
        return EXIT_FAILED
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ictplans", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"ictplans {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="plan texts → documents.csv, facts.csv, budget_lines.csv, numbers.csv")
    p.add_argument("--raw-dir", default=str(paths.RAW), help="folder of plan texts (default: data/raw)")
    p.add_argument("--out-dir", default=str(paths.INTERIM), help="where the CSVs go (default: data/interim)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any input is skipped")
    p.add_argument("--max-mb", type=float, default=20, help="skip plan texts larger than this (default 20 MB)")
    p.add_argument("--jobs", type=int, default=None, help="files read (OCR'd) at once (default: CPU cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="read and extract on a Dask cluster (tcp://host:8786)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("clean", help="interim CSVs → validated processed tables")
    p.add_argument("--interim-dir", default=str(paths.INTERIM))
    p.add_argument("--out-dir", default=str(paths.PROCESSED))
    p.add_argument("--overrides", default=str(paths.MANUAL / "overrides.csv"))
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("build", help="extract, clean and render every report (incremental)")
    p.add_argument("--only", action="append", metavar="NAME", help="render only this report (repeatable)")
    p.add_argument("--province", action="append", metavar="P", help="limit reports to this province (repeatable)")
    p.add_argument("--years", default="", help="years the comparisons show, e.g. 2014-2020 or 2010,2020 (default all)")
    p.add_argument("--kind", choices=["baseline", "target"], default=None, help="only baselines or only targets")
    p.add_argument("--format", default="html,pdf", help="html,pdf (default both)")
    p.add_argument(
        "--jobs", type=int, default=None, help="files read and reports rendered at once (default: CPU cores)"
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="read and extract on a Dask cluster (tcp://host:8786)")
    p.add_argument("--force", action="store_true", help="render everything, even what has not changed")
    p.add_argument("--lang", choices=["en", "vi"], default="en", help="language of the reports")
    p.add_argument("--strict", action="store_true", help="exit 1 when any input is skipped")
    p.add_argument("--verbose", "-v", action="store_true", help="say more (default is quiet, for cron)")
    p.add_argument("--wait", action="store_true", help="wait for a running build instead of exiting 3")
    p.add_argument("--max-mb", type=float, default=20, help="skip plan texts larger than this (default 20 MB)")
    p.add_argument("--raw-dir", default=str(paths.RAW))
    p.add_argument("--interim-dir", default=str(paths.INTERIM))
    p.add_argument("--processed-dir", default=str(paths.PROCESSED))
    p.add_argument("--reports-dir", default=str(paths.REPORTS))
    p.add_argument("--notebooks-dir", default=str(paths.NOTEBOOKS))
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("evaluate", help="precision and recall of extraction against expected facts")
    p.add_argument("--expected", help="one folder of <document>.yaml expected facts (default: every set, see --set)")
    p.add_argument("--raw-dir", default=None, help="the documents for --expected (default: data/raw)")
    p.add_argument(
        "--set",
        action="append",
        metavar="NAME",
        help="score this set only (repeatable): seeds, synthetic, heldout, blind (default: all of them)",
    )
    p.add_argument("--summary", action="store_true", help="scores only, without the list of misses and extras")
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from analysis.executors import SchedulerUnreachable

    try:
        return args.func(args)
    except SchedulerUnreachable as exc:
        _console().print(f"[red]error[/] {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _console().print("[red]interrupted[/]")
        return 130


if __name__ == "__main__":
    sys.exit(main())
