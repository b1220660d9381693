"""The newest date of what a page shows: its sitemap `lastmod`.

A page changes when a record it shows is published or changed, so its date is the newest date
among the records and table cells in its template values, found the way `page.tables_in` finds
tables. Dates after the build's day are plans (a campaign's next review), not changes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.domain.portal import Award
from generator.domain.promotion import DigestItem, Event
from generator.domain.records import (
    Campaign,
    Consultation,
    Decision,
    DocumentRef,
    Example,
    Meeting,
    Milestone,
    Report,
    YearPlan,
)
from generator.exports.table_data import Cell, Row, Table
from generator.pages import paging

# The date each kind of record was published on, or last dated.
_RECORD_DATES = {
    Decision: lambda d: d.signed,
    Example: lambda e: e.published,
    Consultation: lambda c: c.published,
    Campaign: lambda c: c.start,
    Report: lambda r: r.date,
    Meeting: lambda m: m.date,
    DocumentRef: lambda d: d.date,
    YearPlan: lambda y: y.plan.date,
    Milestone: lambda m: m.date,
    Event: lambda e: e.date,
    DigestItem: lambda i: i.day,
    Award: lambda a: a.decision.signed,
}


def newest_shown(values: Any, today: date) -> date | None:
    """The newest date, up to `today`, among `values` (a page's template values); a document the
    data gives without its date (the seed's plan) adds none."""
    return max((d for d in _dates(values) if d is not None and d <= today), default=None)


def _dates(value: Any):
    if isinstance(value, date):
        yield value
    elif type(value) in _RECORD_DATES:
        yield _RECORD_DATES[type(value)](value)
    elif isinstance(value, Table):
        yield from _dates(value.rows)
    elif isinstance(value, Row):
        yield from _dates(value.cells)
    elif isinstance(value, Cell):
        if isinstance(value.value, date):
            yield value.value
    elif isinstance(value, paging.Listing):
        # This page's part of a long list, not the whole list.
        yield from _dates(value.table)
    elif isinstance(value, (paging.Shortlist, paging.Section)):
        yield from _dates(value.items)
    elif isinstance(value, paging.SectionedPage):
        yield from _dates(value.sections)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _dates(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _dates(item)
