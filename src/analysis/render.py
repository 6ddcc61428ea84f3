"""Reports: papermill executes a notebook with its parameters, nbconvert turns it into report-mode HTML
(lab template, no input cells, images embedded), WeasyPrint makes the PDF from that HTML.

Outputs are written to a temporary file and renamed, so a reader never sees half a report; a notebook that
fails is kept under reports/_failed/ with its error and never published over the last good report.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from analysis.atomic import atomic_write, atomic_write_text

__all__ = ["ReportJob", "ReportOutcome", "render_report", "write_index"]

log = logging.getLogger(__name__)

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,80}$")


@dataclass
class ReportJob:
    name: str  # file stem of the outputs: reports/<name>.html
    notebook: Path
    parameters: dict = field(default_factory=dict)
    title: str = ""

    def __post_init__(self) -> None:
        # Names end up in file paths: allow nothing that could leave reports/ or hide a file.
        if not SAFE_NAME.match(self.name):
            raise ValueError(f"unsafe report name {self.name!r}: use letters, digits, '-' and '_' only")


@dataclass
class ReportOutcome:
    name: str
    status: str  # ok | failed
    seconds: float
    outputs: list[str] = field(default_factory=list)
    error: str | None = None
    title: str = ""


def _house_css() -> str:
    return resources.files("analysis").joinpath("templates/report.css").read_text(encoding="utf-8")


def _slug_id(text: str, used: set[str]) -> str:
    from analysis.provinces import slugify

    base = slugify(text) or "section"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def finish_html(body_html: str, title: str) -> str:
    """Add the house stylesheet, ids on section headings and a table of contents after the title block."""
    used: set[str] = set(re.findall(r'id="([^"]+)"', body_html))
    toc: list[tuple[str, str]] = []

    def add_id(m: re.Match[str]) -> str:
        attrs, inner = m.group(1), m.group(2)
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        existing = re.search(r'id="([^"]+)"', attrs)
        hid = existing.group(1) if existing else _slug_id(text, used)
        toc.append((hid, text))
        return f"<h2{attrs if existing else attrs + f' id={chr(34)}{hid}{chr(34)}'}>{inner}</h2>"

    body_html = re.sub(r"<h2([^>]*)>(.*?)</h2>", add_id, body_html, flags=re.DOTALL)
    nav = ""
    if len(toc) > 1:
        items = "".join(f'<li><a href="#{html.escape(h)}">{html.escape(t)}</a></li>' for h, t in toc)
        nav = f'<nav class="toc"><ol>{items}</ol></nav>'
    if "</header>" in body_html:
        body_html = body_html.replace("</header>", "</header>" + nav, 1)
    else:
        body_html = re.sub(r"(<body[^>]*>)", r"\1" + nav.replace("\\", "\\\\"), body_html, count=1)
    # One house style for HTML and PDF: ours. The lab template's own stylesheets (~250 kB: notebook chrome,
    # code highlighting, widgets) style nothing a report shows and cost WeasyPrint ~0.5-1 s a PDF to parse.
    body_html = re.sub(r"<style\b[^>]*>.*?</style>", "", body_html, flags=re.DOTALL | re.IGNORECASE)
    # A report is static: no script runs in it (the lab template loads MathJax and require.js from a CDN,
    # which a mailed file or a machine without network cannot reach). Source text is escaped, so the only
    # literal <script> tags are the template's.
    body_html = re.sub(r"<script\b[^>]*>.*?</script>", "", body_html, flags=re.DOTALL | re.IGNORECASE)
    style = f"<style>{_house_css()}</style>"
    body_html = body_html.replace("</head>", f'<meta charset="utf-8">\n{style}\n</head>', 1)
    if title:
        body_html = re.sub(
            r"<title>.*?</title>", f"<title>{html.escape(title)}</title>", body_html, count=1, flags=re.DOTALL
        )
    return body_html


def notebook_to_html(executed_ipynb: Path, title: str = "") -> str:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed_ipynb, as_version=4)
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_anchor_links=True,  # else WeasyPrint logs 'No anchor' for Vietnamese headings
    )
    body, _ = exporter.from_notebook_node(nb)
    return finish_html(body, title)


def html_to_pdf(html_text: str, pdf_path: Path, base_url: Path) -> None:
    from weasyprint import HTML

    # The lab CSS makes WeasyPrint warn hundreds of times a page about properties it ignores.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # A string, not a file: nbconvert's output declares no charset and WeasyPrint would guess it.
    atomic_write(pdf_path, lambda tmp: HTML(string=html_text, base_url=str(base_url)).write_pdf(tmp))


def _error_summary(exc: BaseException) -> str:
    """One line: the exception a notebook cell raised (papermill wraps it)."""
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename:
        return f"{ename}: {evalue}".strip().splitlines()[0][:300]
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:300]


def _kernel_manager_class():
    """A kernel manager that talks to its kernel over Unix sockets with a path of its own. Reports render in
    parallel, and with TCP two kernels starting at once can race for the same free port ('Address already in
    use', the kernel dies before it replies); a local kernel needs no port at all."""
    import tempfile
    import uuid

    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class LocalKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self) -> str:
            return "ipc"

        @default("ip")
        def _default_ip(self) -> str:
            return str(Path(tempfile.gettempdir()) / f"ictplans-kernel-{uuid.uuid4().hex}")

    return LocalKernelManager


# One kernel per worker process is kept warm for the next run of the SAME notebook: a build renders the province
# profile once per province, and each run after the first skips the kernel's start, the imports (pandas,
# matplotlib, the package) and its shutdown, about 2 s of a 4-6 s report. The namespace is reset before every run
# (`%reset -f`), so a run sees only its own parameters, as on a new kernel; modules stay imported. A different
# notebook, or a run that failed, gets a new kernel. tests/test_render.py checks that a report rendered on a warm
# kernel is the same as one rendered on a new kernel.
_WARM: dict[str, Any] = {}


def _discard_warm_kernel() -> None:
    from jupyter_core.utils import run_sync

    km = _WARM.pop("km", None)
    _WARM.pop("key", None)
    if km is not None and km.has_kernel:
        with contextlib.suppress(Exception):  # already gone: nothing to stop
            run_sync(km.shutdown_kernel)(now=True)


def _warm_kernel_manager(notebook: Path, cwd: str):
    """This process's kernel manager for `notebook` run in `cwd`: the warm one if it ran the same notebook last
    and is alive, else a new one (its kernel is started by the first run)."""
    from jupyter_core.utils import run_sync

    key = f"{notebook.resolve()}\0{cwd}"
    km = _WARM.get("km")
    if km is not None and _WARM.get("key") == key and km.has_kernel and run_sync(km.is_alive)():
        return km
    _discard_warm_kernel()
    if not _WARM.get("finalizer"):
        import multiprocessing.util

        # Pool workers leave by os._exit, which skips atexit; multiprocessing's finalizers still run (and do at
        # the exit of the main process too). A kernel whose parent died also stops by itself.
        _WARM["finalizer"] = multiprocessing.util.Finalize(None, _discard_warm_kernel, exitpriority=10)
    km = _kernel_manager_class()(kernel_name="python3")
    _WARM.update(key=key, km=km)
    return km


def _warm_engine():
    """papermill's nbclient engine on a kernel it does not own: the namespace is reset before the cells run
    when the kernel has run a notebook before, and the client's channels are closed after the run."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine

    class ResettingClient(PapermillNotebookClient):
        def papermill_execute_cells(self):
            if getattr(self.km, "ictplans_runs", 0):
                self.wait_for_reply(self.kc.execute("%reset -f", silent=True, store_history=False))
            self.km.ictplans_runs = getattr(self.km, "ictplans_runs", 0) + 1
            super().papermill_execute_cells()

    class WarmKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):  # fmt: skip
            kwargs.pop("input_path", None)
            client = ResettingClient(
                nb_man, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
                log=logging.getLogger("papermill"), log_output=log_output, stdout_file=stdout_file,
                stderr_file=stderr_file, **kwargs,
            )  # fmt: skip
            try:
                return client.execute()
            finally:
                if client.kc is not None:
                    client.kc.stop_channels()

    return WarmKernelEngine


@cache
def _register_warm_engine() -> str:
    from papermill.engines import papermill_engines

    papermill_engines.register("ictplans-warm", _warm_engine())  # once per process
    return "ictplans-warm"


def render_report(
    job: ReportJob,
    reports_dir: Path,
    formats: tuple[str, ...] = ("html", "pdf"),
    cwd: Path | None = None,
    warm_kernel: bool = True,
) -> ReportOutcome:
    """Execute, convert and publish one report. Never raises for a failing notebook: returns its outcome.
    `warm_kernel`: run on this process's warm kernel for the notebook (see _WARM), else on a new kernel."""
    import papermill as pm

    started = time.perf_counter()
    reports_dir.mkdir(parents=True, exist_ok=True)
    work = reports_dir / ".work"
    work.mkdir(exist_ok=True)
    executed = work / f"{job.name}.ipynb"
    run_in = str(cwd or job.notebook.parent)
    kernel = (
        {"engine_name": _register_warm_engine(), "km": _warm_kernel_manager(job.notebook, run_in)}
        if warm_kernel
        else {
            # The notebook is done: kill the kernel instead of waiting ~0.5 s for a graceful shutdown.
            "shutdown_kernel": "immediate",
            "kernel_manager_class": _kernel_manager_class(),
        }
    )
    try:
        pm.execute_notebook(
            str(job.notebook),
            str(executed),
            parameters=job.parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            cwd=run_in,
            # ipykernel logs a warning about unencrypted local TCP at every start; a cron mail should only
            # say what went wrong. Cell errors still reach the report's outcome.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
            **kernel,
        )
    except Exception as exc:  # any failure of a notebook is reported, not raised
        if warm_kernel:  # its kernel may be left in any state: the next run starts a new one
            _discard_warm_kernel()
        failed_dir = reports_dir / "_failed"
        failed_dir.mkdir(exist_ok=True)
        if executed.exists():
            executed.replace(failed_dir / f"{job.name}.ipynb")
        summary = _error_summary(exc)
        (failed_dir / f"{job.name}.error.txt").write_text(
            f"{summary}\n\n{''.join(traceback.format_exception(exc))}", encoding="utf-8"
        )
        return ReportOutcome(job.name, "failed", time.perf_counter() - started, error=summary, title=job.title)
    try:
        outputs = []
        html_text = notebook_to_html(executed, job.title)
        if "html" in formats:
            atomic_write_text(reports_dir / f"{job.name}.html", html_text)
            outputs.append(f"{job.name}.html")
        if "pdf" in formats:
            html_to_pdf(html_text, reports_dir / f"{job.name}.pdf", base_url=reports_dir)
            outputs.append(f"{job.name}.pdf")
    except Exception as exc:  # conversion failed: nothing is published
        return ReportOutcome(
            job.name, "failed", time.perf_counter() - started, error=_error_summary(exc), title=job.title
        )
    finally:
        executed.unlink(missing_ok=True)
    # A report that succeeds clears any earlier failure record of the same name.
    for stale in (reports_dir / "_failed" / f"{job.name}.ipynb", reports_dir / "_failed" / f"{job.name}.error.txt"):
        stale.unlink(missing_ok=True)
    return ReportOutcome(job.name, "ok", time.perf_counter() - started, outputs, title=job.title)


def write_index(reports_dir: Path, entries: list[dict]) -> Path:
    """reports/index.html: every published report with links to its HTML and PDF."""
    rows = []
    for e in sorted(entries, key=lambda e: e["name"]):
        links = " · ".join(
            f'<a href="{html.escape(f)}">{html.escape(f.rsplit(".", 1)[-1].upper())}</a>'
            for f in e.get("outputs", [])
            if (reports_dir / f).exists()
        )
        rows.append(
            f"<tr><td>{html.escape(e.get('title') or e['name'])}</td><td><code>{html.escape(e['name'])}"
            f"</code></td><td>{links}</td></tr>"
        )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ictplans reports</title>'
        f"<style>{_house_css()}</style></head><body>"
        '<header class="report-title"><h1>Vietnamese provincial IT plans: reports</h1>'
        f'<p class="compares">Updated {now}. Each report exists as HTML and as PDF.</p></header>'
        '<table class="facts"><thead><tr><th>Report</th><th>Name</th><th>Formats</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )
    path = reports_dir / "index.html"
    atomic_write_text(path, page)
    return path


def read_manifest(reports_dir: Path) -> dict:
    path = reports_dir / "manifest.json"
    if not path.exists():
        return {"reports": {}}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return {"reports": {}}


def write_manifest(reports_dir: Path, manifest: dict) -> None:
    atomic_write_text(reports_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
