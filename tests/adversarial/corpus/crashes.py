"""Input that once made the tool fail with an internal error, or hang: each gets a clear message or builds."""

from __future__ import annotations

from tests.adversarial.case import Case

CATEGORY = "crashes"
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"

CASES = [
    Case("minimal-project-builds", CATEGORY, expect_exit=0, legitimate=True),
]
