"""`python -m tests.adversarial [CATEGORY…]`: run the corpus and print cases tried / handled per category.

Exit code 0 only when every case is handled: no internal error, hang, leak, damage, false
positive or unexpected outcome. `-j N` runs N cases at once (default 2).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.adversarial.case import HANDLED, OUTCOMES, Case, Result, run_case
from tests.adversarial.corpus import all_cases


def _run(case: Case) -> Result:
    with tempfile.TemporaryDirectory(prefix="adversarial-") as folder:
        return run_case(case, Path(folder))


def table(results: list[Result]) -> str:
    by_category: dict[str, Counter] = defaultdict(Counter)
    for result in results:
        by_category[result.case.category][result.outcome] += 1
    columns = ["category", "tried", *OUTCOMES]
    rows = [[category, str(sum(counts.values())), *(str(counts[o]) for o in OUTCOMES)]
            for category, counts in sorted(by_category.items())]
    totals = Counter(result.outcome for result in results)
    rows.append(["total", str(len(results)), *(str(totals[o]) for o in OUTCOMES)])
    widths = [max(len(row[i]) for row in [columns, *rows]) for i in range(len(columns))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in [columns, *rows]]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.adversarial")
    parser.add_argument("categories", nargs="*", help="only these categories (default: all)")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    cases = [c for c in all_cases() if not args.categories or c.category in args.categories]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(_run, cases))
    for result in results:
        if result.outcome != HANDLED:
            print(result.explain(), end="\n\n")
    print(table(results))
    return 0 if all(result.outcome == HANDLED for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
