"""Where the per-file stage (read, OCR, extract) runs: one `concurrent.futures.Executor`, whichever it is.

- `--jobs 1`: in this process (`InlineExecutor`, no pool to start: the fastest for a few text files);
- `--jobs N` (default: the CPU cores): a local `ProcessPoolExecutor`;
- `--scheduler ADDRESS`: a Dask cluster (`distributed.Client(ADDRESS).get_executor()`), for archives of tens
  of thousands of scanned pages. Workers must see the same raw folder path (a shared file system) and have
  ictplans installed.

The stage submits its tasks and collects the results in order; it never knows which executor it has.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any

__all__ = ["InlineExecutor", "SchedulerUnreachable", "make_executor", "run_all"]


class SchedulerUnreachable(RuntimeError):
    """`--scheduler ADDRESS` names no Dask scheduler that answers."""


class InlineExecutor(Executor):
    """Runs each task at once in the calling process (the executor of `--jobs 1` and of the library API)."""

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered by result(), as a pool would
            future.set_exception(exc)
        return future


def _run_chunk(fn: Callable, chunk: list[tuple]) -> list:
    """fn(*args) for each tuple of a chunk, in order (one task of a process pool)."""
    return [fn(*args) for args in chunk]


# A process pool gets the tasks in chunks, this many per worker: each task costs the pool a round trip (a
# future, a message each way; ~0.1 ms of the parent's time), which for 300 small texts was 5 % of the time, while
# a few chunks per worker still let a worker that is done early take the next one.
CHUNKS_PER_WORKER = 4


def run_all(executor: Executor, fn: Callable, arg_tuples: Iterable[tuple]) -> list:
    """Submit fn(*args) for every tuple, then return the results in the same order. On a local process pool
    the tuples go in chunks (`CHUNKS_PER_WORKER` per worker); an exception is raised for the first task, in
    order, that raised one, as without chunks."""
    arg_tuples = list(arg_tuples)
    workers = getattr(executor, "_max_workers", None) if isinstance(executor, ProcessPoolExecutor) else None
    size = -(-len(arg_tuples) // (workers * CHUNKS_PER_WORKER)) if workers else 1
    if size <= 1:
        futures = [executor.submit(fn, *args) for args in arg_tuples]
        return [f.result() for f in futures]
    chunks = [arg_tuples[i : i + size] for i in range(0, len(arg_tuples), size)]
    futures = [executor.submit(_run_chunk, fn, chunk) for chunk in chunks]
    return [result for f in futures for result in f.result()]


@contextlib.contextmanager
def make_executor(jobs: int | None = None, scheduler: str | None = None, timeout: float = 30) -> Iterator[Executor]:
    """The executor for `--jobs` / `--scheduler`, closed on exit."""
    if scheduler:
        from distributed import Client

        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client.get_executor()
        finally:
            client.close()
        return
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        yield InlineExecutor()
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield pool
