"""Deadlines counted in working days, as the law counts the public-comment period."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from generator.domain.records import Holiday


def is_working_day(day: date, holidays: set[date], make_up_days: set[date]) -> bool:
    return day in make_up_days or (day.weekday() < 5 and day not in holidays)


def add_working_days(
    start: date, count: int, holidays: Iterable[date], make_up_days: Iterable[date] = ()
) -> date:
    """The `count`-th working day after `start`.

    Counting starts the day after the event, as periods are counted in Vietnamese civil law
    (Bộ luật Dân sự, Article 147): a list posted on Friday 06/11/2026 for 10 working days runs
    to Friday 20/11/2026. Saturdays, Sundays and the listed holidays are skipped, except the
    weekend days worked to make up for a day off.
    """
    off = set(holidays)
    worked = set(make_up_days)
    day = start
    counted = 0
    while counted < count:
        day += timedelta(days=1)
        if is_working_day(day, off, worked):
            counted += 1
    return day


def working_calendar(holidays: Iterable[Holiday]) -> tuple[list[date], list[date]]:
    """The days off and the weekend days worked that a calendar's records say.

    A day not yet decided (`chua_chinh_thuc`) is neither: no deadline may reach it
    (generator/loading/calendar.py refuses one that does).
    """
    holidays = list(holidays)
    off = [h.date for h in holidays if not h.make_up and not h.pending]
    worked = [h.date for h in holidays if h.make_up]
    return off, worked
