"""Every case of the adversarial corpus, each judged on its own and reported as a test of its own.

A case alone runs in a scratch project of its own. The cases of a batch are run together once, by
whichever of them comes first, and each then reports its own verdict; under pytest-xdist the
workers share that one run through a file next to their temporary folders (the first takes a lock
and runs the batch, the others wait for it and read its verdicts).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.adversarial.browser import Chromium
from tests.adversarial.case import HANDLED, Case, Result, run_batch, run_case
from tests.adversarial.corpus import all_cases

CASES = all_cases()
BY_ID = {case.id: case for case in CASES}
_BATCHES = {case.batch: [c for c in CASES if c.batch == case.batch] for case in CASES if case.batch}


@pytest.fixture(scope="session")
def chromium():
    """What judges the browser cases of this process, in its one Chromium (started by the first
    that needs it, shared with the browser tests)."""
    return Chromium()


def _batch_result(case: Case, tmp_path_factory, tmp_path: Path, chromium: Chromium) -> Result:
    import fcntl  # only here: the rest of the tests also run on Windows

    # Under xdist, the parent of the base temporary folder is the same for every worker of a session.
    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if "PYTEST_XDIST_WORKER" in os.environ else base) / f"adversarial-batch-{case.batch}.json"
    with open(shared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not shared.exists():
            verdicts = {r.case.id: [r.outcome, r.exit_code, r.output, r.detail]
                        for r in run_batch(_BATCHES[case.batch], tmp_path, chromium)}
            shared.write_text(json.dumps(verdicts), encoding="utf-8")
    outcome, code, output, detail = json.loads(shared.read_text(encoding="utf-8"))[case.id]
    return Result(BY_ID[case.id], outcome, code, output, detail)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case_is_handled(case: Case, tmp_path_factory, tmp_path: Path, chromium: Chromium) -> None:
    if case.batch is None:
        result = run_case(case, tmp_path, chromium)
    else:
        result = _batch_result(case, tmp_path_factory, tmp_path, chromium)
    assert result.outcome == HANDLED, result.explain()
