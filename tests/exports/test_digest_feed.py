"""The monthly digest's feed: the newest months, each with what it published."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from generator.domain.promotion import DigestItem
from generator.exports.digest_feed import FEED_MONTHS, digest_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_holds_the_newest_months_only_newest_first():
    months = {(2025 + (m - 1) // 12, (m - 1) % 12 + 1): [
        DigestItem(date(2025 + (m - 1) // 12, (m - 1) % 12 + 1, 10), "quyết định", f"Quyết định {m}", "decision", f"qd-{m}")]
        for m in range(1, FEED_MONTHS + 4)}
    feed = ET.fromstring(digest_feed(
        months, "https://phuong.example/", "Thi đua, khen thưởng", "Ủy ban nhân dân phường",
        lambda year, month: (f"Bản tin tháng {month:02d}/{year}", f"ban-tin/{year}-{month:02d}/"),
        lambda kind, record_id: f"quyet-dinh/{record_id}/"))
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    newest = sorted(months, reverse=True)[:FEED_MONTHS]
    assert titles == [f"Bản tin tháng {month:02d}/{year}" for year, month in newest]
    assert feed.findtext(f"{ATOM}updated") == "2026-03-10T00:00:00+07:00"
