"""The adversarial corpus: one module per category, each defining CASES (a list of Case)."""

from __future__ import annotations

import importlib
import pkgutil

from tests.adversarial.case import Case


def all_cases() -> list[Case]:
    """Every case of every module in this package, in module then list order; ids are unique."""
    cases: list[Case] = []
    for module in sorted(info.name for info in pkgutil.iter_modules(__path__)):
        cases.extend(importlib.import_module(f"{__name__}.{module}").CASES)
    ids = [case.id for case in cases]
    duplicates = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    if duplicates:
        raise ValueError(f"duplicate case ids: {', '.join(duplicates)}")
    return cases
