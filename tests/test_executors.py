"""run_all on a process pool: tasks go in chunks, results and errors come back as without chunks."""

from concurrent.futures import ProcessPoolExecutor

import pytest

from analysis.executors import CHUNKS_PER_WORKER, InlineExecutor, run_all


def test_chunked_results_come_back_in_order():
    args = [(n, 2) for n in range(50)]  # more tasks than 2 workers × CHUNKS_PER_WORKER: chunks of several
    assert 50 > 2 * CHUNKS_PER_WORKER
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert run_all(pool, pow, args) == [n * n for n in range(50)]
    assert run_all(InlineExecutor(), pow, args) == [n * n for n in range(50)]


def test_chunked_tasks_raise_the_first_error_in_order():
    args = [(str(n),) for n in range(30)]
    args[7], args[20] = ("first",), ("second",)
    with ProcessPoolExecutor(max_workers=2) as pool, pytest.raises(ValueError, match="first"):
        run_all(pool, int, args)
