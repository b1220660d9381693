"""A record must not reach the public before the records it links to.

Otherwise the public page would link to a page that does not exist yet. The rule is checked on
publication dates, not only on today's state, so that a build which passes today keeps passing
on every later day: dates only move records towards the public.
"""

from __future__ import annotations

from datetime import date

from generator.domain.keys import yaml_key
from generator.domain.publication import is_public, published_before
from generator.domain.records import Record
from generator.domain.text import format_date
from generator.kinds import BY_FOLDER
from generator.loading.errors import DataError, field_name
from generator.loading.located import Located
from generator.loading.references import EACH, REFERENCES, values_at

# Plan tasks link to "<folder>/<code>" of any record with a page.
_TASK_LINKS = ("ke_hoach", ("tasks", EACH, "links", EACH))


def check_publication(located: dict[str, list[Located]], today: date) -> list[DataError]:
    by_code: dict[str, dict[str, Located]] = {
        folder: {
            item.record.id: item
            for item in items
            if isinstance(item.record, Record)
        }
        for folder, items in located.items()
    }
    # Only a link to a record not yet public can be premature, and those are few: the links
    # into a folder without any are not followed.
    by_code = {
        folder: {code: item for code, item in items.items() if not is_public(item.record, today)}
        for folder, items in by_code.items()
    }
    errors = []
    for folder, path, target in REFERENCES:
        label = BY_FOLDER[target].noun
        if not by_code.get(target):
            continue
        for item in located.get(folder, []):
            for at, code in values_at(item.raw, path):
                linked = by_code.get(target, {}).get(code) if isinstance(code, str) else None
                error = _premature(item, at, linked, label, today)
                if error:
                    errors.append(error)
    folder, path = _TASK_LINKS
    for item in located.get(folder, []):
        for at, link in values_at(item.raw, path):
            if isinstance(link, str) and "/" in link:
                target, code = link.split("/", 1)
                error = _premature(item, at, by_code.get(target, {}).get(code), "hồ sơ", today)
                if error:
                    errors.append(error)
    return errors


def _premature(item: Located, at: tuple, linked: Located | None, label: str, today: date) -> DataError | None:
    if item.record is None or linked is None or is_public(linked.record, today):
        return None
    # Records without a publication date of their own (plans) are public from the start.
    if isinstance(item.record, Record) and not published_before(item.record, linked.record):
        return None
    other = linked.record
    where = f"{linked.file}:{linked.line}"
    if other.draft:
        message = f"{label} {other.id} còn là bản nháp ({where}), chưa được công bố"
        hint = (
            f"công bố {label} đó trước (xóa dòng `{yaml_key('draft')}: true` trong tệp của nó), "
            f"hoặc để hồ sơ này cũng là bản nháp (`{yaml_key('draft')}: true`)"
        )
    else:
        shown = format_date(other.publish_from)
        message = f"{label} {other.id} chỉ được công bố từ ngày {shown} ({where})"
        hint = (
            f"ghi `{yaml_key('publish_from')}` của hồ sơ này từ ngày {shown} trở đi, "
            "hoặc chờ đến ngày đó mới thêm liên kết"
        )
    return DataError(
        item.file,
        item.source.line_of(item.base + at),
        field_name(item.base + at),
        message + "; trang công khai sẽ trỏ tới một trang chưa có",
        hint,
    )
