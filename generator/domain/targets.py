"""How a plan target stands: met, not met, or still under way, judged by period and by part.

The plan (Kế hoạch of the ward's People's Committee) sets annual targets; the figures reported
during the year are interim. An interim figure is not a failure against the annual target: it is
"đang thực hiện", and for a figure that accrues through the year (revenue, disbursement) it is
shown beside the share of the target the year's progress calls for. The wording of the plan is
kept: "trên 80%" is met only above 80, "dưới" only below; a composite target is met only when
every part is.
"""

from __future__ import annotations

import calendar
import operator
from dataclasses import dataclass
from datetime import date

from generator.domain.records import Actual, Target, TargetPart

COMPARE = {"toi_thieu": operator.ge, "toi_da": operator.le, "tren": operator.gt, "duoi": operator.lt}


@dataclass(frozen=True)
class PartStanding:
    part: TargetPart
    latest: Actual | None
    status: str
    """"dat", "chua_dat", "dang_thuc_hien" (an interim figure) or "chua_co_so_lieu"."""
    expected: float | None
    """For an accruing figure reported during the year: the target times the share of the year gone."""
    on_track: bool | None
    """For an interim figure: whether it meets the expectation (the pro-rata share, or the target)."""


@dataclass(frozen=True)
class TargetStanding:
    target: Target
    parts: list[PartStanding]

    @property
    def status(self) -> str:
        """Met when every part is met; not met when a year's figure misses; otherwise under way."""
        statuses = {p.status for p in self.parts}
        for status in ("chua_dat", "dang_thuc_hien", "chua_co_so_lieu"):
            if status in statuses:
                return status
        return "dat"


def year_fraction(day: date) -> float:
    """The share of the calendar year gone at the end of `day`, counted in months: 30/09 is 9/12."""
    return (day.month - 1 + day.day / calendar.monthrange(day.year, day.month)[1]) / 12


def judge_part(part: TargetPart, year: int) -> PartStanding:
    latest = max(part.actuals, key=lambda a: a.date) if part.actuals else None
    if latest is None:
        return PartStanding(part, None, "chua_co_so_lieu", None, None)
    compare = COMPARE[part.direction]
    if latest.date >= date(year, 12, 31):
        return PartStanding(part, latest, "dat" if compare(latest.value, part.target_value) else "chua_dat",
                            None, None)
    expected = None
    if part.accrual == "luy_ke":
        expected = round(part.target_value * year_fraction(latest.date), 2)
    on_track = compare(latest.value, expected if expected is not None else part.target_value)
    return PartStanding(part, latest, "dang_thuc_hien", expected, on_track)


def judge(target: Target, year: int) -> TargetStanding:
    return TargetStanding(target, [judge_part(part, year) for part in target.measured()])
