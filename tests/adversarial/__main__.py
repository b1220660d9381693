"""`python -m tests.adversarial [CATEGORY…]`: run the corpus and print cases tried / handled per category.

Exit code 0 only when every case is handled: no internal error, hang, leak, dialog, damage, false
positive or unexpected outcome. `-j N` runs the cases in N processes (default 2), each with its own
Chromium for the browser cases; a batch always runs whole in one of them. Below the table: how many
built sites and pages were opened in Chromium, and how many dialogs fired.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from tests.adversarial.browser import Chromium
from tests.adversarial.case import HANDLED, OUTCOMES, Case, Result, batches, run_batch, run_case
from tests.adversarial.corpus import all_cases


def run_units(units: list[list[Case]]) -> tuple[list[Result], Chromium]:
    """Every unit (a batch, or one case alone) in this process, each in a scratch folder of its own."""
    chromium = Chromium()
    results: list[Result] = []
    for unit in units:
        with tempfile.TemporaryDirectory(prefix="adversarial-") as folder:
            if unit[0].batch is None:
                results.append(run_case(unit[0], Path(folder), chromium))
            else:
                results.extend(run_batch(unit, Path(folder), chromium))
    return results, chromium


def _shard(units: list[list[Case]], pipe) -> None:
    """In a forked process: run `units` and send back what can cross a pipe (a case's `setup` may
    be a lambda): each verdict by case id, and the browser's figures."""
    results, chromium = run_units(units)
    pipe.send(([(r.case.id, r.outcome, r.exit_code, r.output, r.detail) for r in results],
               (chromium.sites, chromium.pages, chromium.dialogs)))
    pipe.close()


def run_all(cases: list[Case], jobs: int) -> tuple[list[Result], tuple[int, int, int]]:
    units = batches(cases)
    if jobs <= 1:
        results, chromium = run_units(units)
        return results, (chromium.sites, chromium.pages, chromium.dialogs)
    # Forked, so that each process has the corpus already loaded; the largest units first, dealt
    # round the processes, so that a batch does not finish last alone.
    ordered = sorted(units, key=len, reverse=True)
    context = multiprocessing.get_context("fork")
    shards = []
    for number in range(jobs):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_shard, args=(ordered[number::jobs], send))
        process.start()
        send.close()
        shards.append((process, receive))
    by_id = {case.id: case for case in cases}
    verdicts: dict[str, Result] = {}
    figures = [0, 0, 0]
    for process, receive in shards:
        sent, shard_figures = receive.recv()
        process.join()
        for case_id, outcome, code, output, detail in sent:
            verdicts[case_id] = Result(by_id[case_id], outcome, code, output, detail)
        figures = [total + more for total, more in zip(figures, shard_figures)]
    return [verdicts[case.id] for case in cases], (figures[0], figures[1], figures[2])


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
    started = time.monotonic()
    results, (sites, pages, dialogs) = run_all(cases, args.jobs)
    for result in results:
        if result.outcome != HANDLED:
            print(result.explain(), end="\n\n")
    print(table(results))
    browser_cases = sum(1 for case in cases if case.browser)
    print(f"\nChromium: {browser_cases} cases judged in the browser; {pages} pages of {sites} built sites opened, "
          f"{dialogs} dialogs. {len(cases)} cases in {time.monotonic() - started:.0f} s.")
    return 0 if all(result.outcome == HANDLED for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
