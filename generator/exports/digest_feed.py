"""The monthly digest as an Atom feed: one entry per month, listing what was published in it.

Every month's digest is an entry: a newsletter or a reader who subscribes late finds each digest
the portal has a page for (a feed of the last twelve left older digest pages out of every feed).
An entry is `published` on the day of the month's first item and `updated` on its last.

A newsletter editor or the ward's Zalo official account follows this feed instead of the
record-by-record one. Dates come from the data, so the same data gives the same feed.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Callable
from xml.sax.saxutils import escape

from generator.domain.promotion import DigestItem
from generator.exports.feeds import atom_timestamp

DIGEST_FEED = "ban-tin.xml"


def digest_feed(
    months: dict[tuple[int, int], list[DigestItem]],
    base_url: str,
    title: str,
    author: str,
    month_page: Callable[[int, int], tuple[str, str]],
    record_page: Callable[[str, str], str],
) -> str:
    """`month_page(year, month)` gives a month's title and address, `record_page(kind, id)` a
    record's address, both relative to `base_url`."""
    ordered = sorted(months.items(), reverse=True)
    feed_url = f"{base_url}ban-tin/{DIGEST_FEED}"
    updated = atom_timestamp(ordered[0][1][-1].day) if ordered else "1970-01-01T00:00:00+07:00"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        f"  <title>{escape(title)}: bản tin hằng tháng</title>",
        f'  <link rel="alternate" type="text/html" href="{escape(base_url)}ban-tin/"/>',
        f'  <link rel="self" type="application/atom+xml" href="{escape(feed_url)}"/>',
        f"  <id>{escape(feed_url)}</id>",
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(author)}</name></author>",
    ]
    for (year, month), items in ordered:
        month_title, month_address = month_page(year, month)
        address = escape(base_url + month_address)
        last_day = date(year, month, calendar.monthrange(year, month)[1])
        listing = "".join(
            f'<li><a href="{escape(base_url + record_page(item.kind, item.record_id))}">'
            f"{escape(item.title)}</a> ({item.label})</li>"
            for item in items
        )
        lines += [
            "  <entry>",
            f"    <title>{escape(month_title)}</title>",
            f'    <link rel="alternate" type="text/html" href="{address}"/>',
            f"    <id>{address}</id>",
            f"    <published>{atom_timestamp(min(last_day, items[0].day))}</published>",
            f"    <updated>{atom_timestamp(min(last_day, items[-1].day))}</updated>",
            f"    <summary>{len(items)} mục được đăng trong tháng {month:02d}/{year}.</summary>",
            f'    <content type="html">{escape("<ul>" + listing + "</ul>")}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"

