"""The committed sample project, built once per test session (strict: any warning fails it)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from generator.build import build_site

SAMPLE = Path(__file__).resolve().parent / "sample_project"

# The sample is built on a fixed day, as a reproducible build is (SOURCE_DATE_EPOCH,
# generator/clock.py), so that what depends on "today" (a consultation open for comment, a
# deadline, "this year") does not change as the calendar moves. 04/12/2026, noon in Vietnam: the
# last day of the consultation data/lay_y_kien/huan-chuong-lao-dong-2026.yml (posted 20/11/2026, 10
# working days), so the sample shows one consultation open and the earlier ones closed.
SAMPLE_EPOCH = "1796360400"
SAMPLE_DAY = date(2026, 12, 4)


def build_sample(site_dir: Path) -> Path:
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = SAMPLE_EPOCH
    try:
        build_site(SAMPLE, site_dir)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return site_dir
