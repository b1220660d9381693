"""An Atom feed of what is new: award decisions, exemplary examples and public-comment lists.

Entries are dated by the record's own date (signed, published), never by the build clock, so the
same data gives the same feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from generator.domain.portal import Portal
from generator.kinds import record_url

FEED_FILE = "tin-moi.xml"
# A reader's feed client wants what is new, not the whole archive.
ENTRIES = 50


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    summary: str
    day: date
    category: str


def feed_entries(portal: Portal) -> list[Entry]:
    entries = [Entry(record_url("decision", d.id), f"Quyết định số {d.number}", d.summary,
                     d.publish_from or d.signed, "Quyết định khen thưởng")
               for d in portal.decisions.values()]
    entries += [Entry(record_url("example", e.id), e.name, e.abstract, e.publish_from or e.published,
                      "Điển hình tiên tiến") for e in portal.examples.values()]
    entries += [Entry(record_url("consultation", c.id), c.name,
                      f"Lấy ý kiến Nhân dân về {len(c.nominees)} đề nghị khen thưởng.",
                      c.publish_from or c.published, "Lấy ý kiến Nhân dân") for c in portal.consultations.values()]
    return sorted(entries, key=lambda e: (e.day, e.url), reverse=True)[:ENTRIES]


def atom_feed(portal: Portal, base_url: str, title: str, author: str) -> str:
    entries = feed_entries(portal)
    updated = atom_timestamp(entries[0].day) if entries else "1970-01-01T00:00:00+07:00"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        f"  <title>{escape(title)}</title>",
        "  <subtitle>Quyết định khen thưởng, điển hình tiên tiến và danh sách lấy ý kiến Nhân dân mới nhất.</subtitle>",
        f'  <link rel="alternate" type="text/html" href="{escape(base_url)}"/>',
        f'  <link rel="self" type="application/atom+xml" href="{escape(base_url + FEED_FILE)}"/>',
        f"  <id>{escape(base_url)}</id>",
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(author)}</name></author>",
    ]
    for entry in entries:
        address = escape(base_url + entry.url)
        lines += [
            "  <entry>",
            f"    <title>{escape(entry.title)}</title>",
            f'    <link rel="alternate" type="text/html" href="{address}"/>',
            f"    <id>{address}</id>",
            f"    <updated>{atom_timestamp(entry.day)}</updated>",
            f'    <category term="{escape(entry.category)}"/>',
            f"    <summary>{escape(entry.summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def atom_timestamp(day: date) -> str:
    """Midnight at the start of the day, Vietnam time: records carry dates, Atom wants instants."""
    return f"{day.isoformat()}T00:00:00+07:00"
