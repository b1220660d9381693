"""The build date: what "today" means for deadlines and embargoes judged at build time.

It comes from SOURCE_DATE_EPOCH when set (reproducible builds, tests, CI), otherwise from the
machine's clock. It decides states such as "open until its deadline"; it is never printed on a
page, so two builds of the same data on the same build date are byte-identical.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

# Vietnam has one time zone, UTC+7, without daylight saving.
VIETNAM = timezone(timedelta(hours=7))


# The last second of 2100: the dates the data may hold end there (domain/records.py).
LATEST_EPOCH = 4_133_980_799


class BadBuildDate(Exception):
    """SOURCE_DATE_EPOCH is set but is not a time the tool can use; the message is for the editor."""


def build_date() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(VIETNAM).date()
    if not epoch.strip().isdigit() or int(epoch) > LATEST_EPOCH:
        raise BadBuildDate(
            f"SOURCE_DATE_EPOCH={epoch!r}: cần số giây kể từ 01/01/1970 (UTC), một số nguyên từ 0 đến "
            f"{LATEST_EPOCH} (hết năm 2100), ví dụ 1767225600. Cách sửa: đặt lại biến môi trường "
            "SOURCE_DATE_EPOCH, hoặc bỏ nó đi để dùng ngày của máy"
        )
    return datetime.fromtimestamp(int(epoch), VIETNAM).date()
