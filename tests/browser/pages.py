"""One page of every kind on a built site, for checks that must cover every template."""

from __future__ import annotations

from pathlib import Path


def pages_of_every_kind(site: Path) -> dict[str, str]:
    """Addresses relative to the site, by a name for the kind: the home page, the 404 page, each
    folder's own page (a list, the statistics, search, open data, a hand-written page) and its
    first record page, and an award page by year besides the first by title or form."""
    pages = {"trang chủ": "", "trang 404": "404.html"}
    for folder in sorted(p for p in site.iterdir() if (p / "index.html").is_file()):
        pages[folder.name] = f"{folder.name}/"
        records = sorted(p.name for p in folder.iterdir() if (p / "index.html").is_file())
        if records:
            pages[f"{folder.name}/…"] = f"{folder.name}/{records[0]}/"
    years = sorted(p.name for p in (site / "khen-thuong").iterdir() if p.name.startswith("nam-"))
    pages["khen-thuong/nam-…"] = f"khen-thuong/{years[-1]}/"
    return pages
