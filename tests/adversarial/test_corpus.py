"""Every case of the adversarial corpus, each in a scratch project of its own (xdist spreads them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adversarial.case import HANDLED, Case, run_case
from tests.adversarial.corpus import all_cases

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case_is_handled(case: Case, tmp_path: Path) -> None:
    result = run_case(case, tmp_path)
    assert result.outcome == HANDLED, result.explain()
