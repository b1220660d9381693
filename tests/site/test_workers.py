"""Jobs run on forked workers: results in job order, failures reported, nothing left running."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from generator.site.workers import Jobs, worker_count


def _square_with_pid(index: int) -> tuple[int, int]:
    return index * index, os.getpid()


def test_results_come_back_in_job_order_from_other_processes():
    results = list(Jobs(_square_with_pid, 200, processes=2))
    assert [value for value, _ in results] == [i * i for i in range(200)]
    assert os.getpid() not in {pid for _, pid in results}
    assert multiprocessing.active_children() == []


def test_one_process_runs_the_jobs_here():
    results = list(Jobs(_square_with_pid, 5, processes=1))
    assert results == [(i * i, os.getpid()) for i in range(5)]


def _fails_on_seven(index: int) -> int:
    if index == 7:
        raise ValueError("job 7")
    return index


def test_a_failing_job_stops_the_run_and_its_workers():
    with pytest.raises(ValueError, match="job 7"):
        list(Jobs(_fails_on_seven, 50, processes=2))
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(("cores", "resident", "budget", "workers"), [
    (2, 250, 1024, 2),   # a ward: both cores
    (8, 250, 1024, 3),   # more cores than the memory allows
    (2, 400, 1024, 1),   # one worker would be no faster than the build alone
    (2, 700, 1024, 1),   # a city: the build makes its pages itself
    (2, 700, 4096, 2),   # … unless given more memory (build --bo-nho 4096)
    (2, 2000, 1024, 1),  # over the budget already: never less than one process
])
def test_workers_are_forked_only_as_memory_allows(cores, resident, budget, workers):
    assert worker_count(cores, resident, budget) == workers
