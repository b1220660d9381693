"""Running many independent jobs on every core of the machine.

Python renders on one core at a time, so the pages outside the navigation are made by worker
processes forked from the build once the data is loaded: they share the loaded portal without
copying or pickling it, and each sends back only a small summary of what it wrote.
"""

from __future__ import annotations

import multiprocessing
from typing import Callable, Generic, Iterator, TypeVar

Result = TypeVar("Result")

# The job the forked workers run, set before they are forked (a forked process inherits it;
# nothing needs to be pickled but job numbers and results).
_job: Callable[[int], object] | None = None


def _run(index: int) -> object:
    assert _job is not None
    return _job(index)


def worker_count(cores: int, resident: float, budget: float) -> int:
    """Workers to fork: one per core, as long as the build and its workers fit in `budget` MB.

    Each worker is counted as large as the build is when it forks: a worker shares the build's
    memory, but Python writes to every object it touches, so over thousands of pages it ends up
    with its own copy of most of it. One process (no worker: the build makes every page itself)
    is the least memory there is.
    """
    fits = int(budget // resident) - 1 if resident > 0 else cores
    return max(1, min(cores, fits))


class Jobs(Generic[Result]):
    """`job(0)`, `job(1)`, … `job(count - 1)`, started at once on `processes` workers.

    Iterating gives the results in job order, whatever order the workers finish in, so that
    what is built from them is the same on every run. With one process the jobs run here, one
    by one, as they are iterated.
    """

    def __init__(self, job: Callable[[int], Result], count: int, processes: int):
        self._pool = None
        # Workers are forked, sharing the loaded data; where processes cannot fork (Windows) the
        # jobs run here.
        if processes > 1 and count > 1 and "fork" in multiprocessing.get_all_start_methods():
            global _job
            _job = job
            self._pool = multiprocessing.get_context("fork").Pool(processes)
            # Small chunks keep both workers busy to the end; results stream back as they finish.
            chunk = max(1, min(16, count // (processes * 8)))
            self._results: Iterator[Result] = self._pool.imap(_run, range(count), chunksize=chunk)
        else:
            self._results = map(job, range(count))

    def __iter__(self) -> Iterator[Result]:
        try:
            yield from self._results
        finally:
            self.close()

    def close(self) -> None:
        global _job
        if self._pool is not None:
            # After a failure, or once everything came back: no worker is left behind.
            self._pool.terminate()
            self._pool.join()
            self._pool = None
            _job = None
