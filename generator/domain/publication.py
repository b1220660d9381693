"""Which records the public may see on a given day.

A record is kept back while it is a draft (`ban_nhap: true`) or before its publication date
(`ngay_cong_bo`). The day is the build's (`generator.clock.build_date`), so a site rebuilt on
the publication date shows the record without anyone editing a file.

Filtering happens here and nowhere else: the public build gets `public_portal(...)`, the
editor's preview gets the whole Portal and marks what the public does not see yet.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Literal

from generator.domain.portal import Portal
from generator.domain.records import Record

State = Literal["public", "draft", "embargoed"]


def state(record: object, today: date) -> State:
    """Records without a page of their own (catalogue, plans, holidays) are always public."""
    if not isinstance(record, Record):
        return "public"
    if record.draft:
        return "draft"
    if record.publish_from is not None and record.publish_from > today:
        return "embargoed"
    return "public"


def is_public(record: object, today: date) -> bool:
    return state(record, today) == "public"


def published_before(first: Record, second: Record) -> bool:
    """Would `first` reach the public on an earlier day than `second`?

    A draft is never published until someone edits it, so it counts as later than any date.
    """

    def moment(record: Record) -> tuple[int, date]:
        if record.draft:
            return (2, date.max)
        if record.publish_from is None:
            return (0, date.min)
        return (1, record.publish_from)

    return moment(first) < moment(second)


def withheld(portal: Portal, today: date) -> list[Record]:
    """Every record the public does not see on `today`, in a stable order."""
    result = [
        record
        for records in _record_tables(portal).values()
        for record in records.values()
        if not is_public(record, today)
    ]
    return sorted(result, key=lambda record: (type(record).__name__, str(record.id)))


def public_portal(portal: Portal, today: date) -> Portal:
    """The Portal as the public sees it on `today`: drafts and embargoed records left out."""
    tables = {
        name: {key: record for key, record in records.items() if is_public(record, today)}
        for name, records in _record_tables(portal).items()
    }
    return dataclasses.replace(portal, **tables)


def _record_tables(portal: Portal) -> dict[str, dict]:
    """Every table of records in the Portal, whatever kinds it holds now or later."""
    return {
        field.name: getattr(portal, field.name)
        for field in dataclasses.fields(portal)
        if field.init and isinstance(getattr(portal, field.name), dict)
    }
