"""sitemap.xml and sitemap.xml.gz for every page, dated from the data.

MkDocs' own sitemap only knows the pages it rendered itself; most pages of the portal are
written by `generator.site.writer`.
"""

from __future__ import annotations

import gzip
import io
from datetime import date, datetime, time, timezone
from html import escape


def sitemap_xml(pages: list[tuple[str, date]]) -> str:
    """`pages`: (full address, date of last change), in the order they should be listed."""
    entries = "".join(
        f"    <url>\n         <loc>{escape(address)}</loc>\n"
        f"         <lastmod>{updated.isoformat()}</lastmod>\n    </url>\n"
        for address, updated in pages
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n")


def sitemap_gz(xml: str, newest: date) -> bytes:
    """The same sitemap compressed; its header's time is the newest change, not the build's."""
    stamp = datetime.combine(newest, time(), timezone.utc).timestamp()
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=int(stamp)) as packed:
        packed.write(xml.encode())
    return buffer.getvalue()
