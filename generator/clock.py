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


def build_date() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), VIETNAM).date()
    return datetime.now(VIETNAM).date()
