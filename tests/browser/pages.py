"""One page of every kind on a built site, for checks that must cover every template."""

from __future__ import annotations

import re
from pathlib import Path


def pages_of_every_kind(site: Path) -> dict[str, str]:
    """Addresses relative to the site, by a name for the kind: the home page, the 404 page, each
    folder's own page (a list, the statistics, search, open data, a hand-written page) and its
    first record page, an award page by year besides the first by title or form, the first award
    list short enough to be one page with filters, the second page of the first list cut into
    pages, and the first of a record's related lists long enough for a page of its own."""
    pages = {"trang chủ": "", "trang 404": "404.html"}
    for folder in sorted(p for p in site.iterdir() if (p / "index.html").is_file()):
        pages[folder.name] = f"{folder.name}/"
        records = sorted(p.name for p in folder.iterdir() if (p / "index.html").is_file())
        if records:
            pages[f"{folder.name}/…"] = f"{folder.name}/{records[0]}/"
    years = sorted(p.name for p in (site / "khen-thuong").iterdir() if p.name.startswith("nam-"))
    pages["khen-thuong/nam-…"] = f"khen-thuong/{years[-1]}/"
    awards = sorted(p.parent for p in (site / "khen-thuong").glob("*/index.html"))
    filtered = [f for f in awards if 'class="tdkt-filters"' in (f / "index.html").read_text(encoding="utf-8")]
    further = [f / "trang-2" for f in awards if (f / "trang-2" / "index.html").is_file()]
    assert filtered and further, "the sample needs a short award list and one long enough for pages"
    pages["khen-thuong/… có bộ lọc"] = f"khen-thuong/{filtered[0].name}/"
    pages["khen-thuong/…/trang-2"] = f"khen-thuong/{further[0].parent.name}/trang-2/"
    related = sorted(f"{record.parent.relative_to(site).as_posix()}/{target}"
                     for record in site.glob("*/*/index.html")
                     for target in re.findall(r'class="tdkt-see-all"><a href="([^"]+)"', record.read_text(encoding="utf-8")))
    assert related, "the sample needs a record with a long related list (ubnd-phuong's units)"
    pages["…/danh sách liên quan"] = related[0]
    return pages
