"""The monthly digest's feed: every month, newest first, each with what it published."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from generator.domain.promotion import DigestItem
from generator.exports.digest_feed import digest_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_holds_every_month_newest_first_published_on_its_first_item():
    months = {(2025 + (m - 1) // 12, (m - 1) % 12 + 1): [
        DigestItem(date(2025 + (m - 1) // 12, (m - 1) % 12 + 1, day), "quyết định", f"Quyết định {m}.{day}",
                   "decision", f"qd-{m}-{day}") for day in (4, 10)]
        for m in range(1, 17)}
    feed = ET.fromstring(digest_feed(
        months, "https://phuong.example/", "Thi đua, khen thưởng", "Ủy ban nhân dân phường",
        lambda year, month: (f"Bản tin tháng {month:02d}/{year}", f"ban-tin/{year}-{month:02d}/"),
        lambda kind, record_id: f"quyet-dinh/{record_id}/"))
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert titles == [f"Bản tin tháng {month:02d}/{year}" for year, month in sorted(months, reverse=True)]
    assert len(titles) == 16
    newest = next(feed.iter(f"{ATOM}entry"))
    assert newest.findtext(f"{ATOM}published") == "2026-04-04T00:00:00+07:00"
    assert newest.findtext(f"{ATOM}updated") == "2026-04-10T00:00:00+07:00"
    assert feed.findtext(f"{ATOM}updated") == "2026-04-10T00:00:00+07:00"
