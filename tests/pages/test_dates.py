"""A page's date for the sitemap: the newest date of what it shows (generator/pages/dates.py)."""

from __future__ import annotations

import re
from datetime import date

from generator.domain.promotion import DigestItem
from generator.exports.sitemap import sitemap_xml
from generator.exports.table_data import Cell, Column, Row, Table
from generator.loading.loader import load_portal
from generator.pages.dates import newest_shown
from tests.conftest import SAMPLE

TODAY = date(2026, 6, 1)


def table(*days: date) -> Table:
    return Table("t", "Bảng", (Column("ten", "Tên"), Column("ngay", "Ngày")),
                 tuple(Row(str(n), (Cell("x"), Cell(d.isoformat(), value=d))) for n, d in enumerate(days)))


def test_the_newest_date_among_records_and_table_cells_however_deep():
    values = {"rows": table(date(2025, 3, 1), date(2026, 2, 1)),
              "items": [{"digest": DigestItem(date(2026, 4, 5), "Điển hình", "A", "example", "a")}],
              "count": 3, "title": "2026-05-01"}
    assert newest_shown(values, TODAY) == date(2026, 4, 5)


def test_a_date_after_the_build_day_is_a_plan_not_a_change_and_no_date_is_none():
    assert newest_shown({"milestone": date(2026, 9, 1), "rows": table(date(2026, 1, 1))}, TODAY) == date(2026, 1, 1)
    assert newest_shown({"title": "Tìm kiếm", "groups": ("Quyết định",)}, TODAY) is None


def test_a_page_without_a_date_has_no_lastmod():
    assert sitemap_xml([("https://p.vn/", date(2026, 1, 2)), ("https://p.vn/tim-kiem/", None)]) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        "    <url>\n         <loc>https://p.vn/</loc>\n         <lastmod>2026-01-02</lastmod>\n    </url>\n"
        "    <url>\n         <loc>https://p.vn/tim-kiem/</loc>\n    </url>\n"
        "</urlset>\n")


def lastmods(site) -> dict[str, str | None]:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return {address.split("/", 3)[3]: day or None
            for address, day in re.findall(r"<loc>([^<]+)</loc>\s*(?:<lastmod>([^<]+)</lastmod>)?", sitemap)}


def test_each_sample_page_is_dated_by_what_it_shows_not_by_the_newest_record(sample_site):
    dates = lastmods(sample_site)
    portal = load_portal(SAMPLE)
    newest = max(d for d in dates.values() if d)
    # The issue found 119 of 157 pages dated with the newest date of the whole data set.
    assert len([d for d in dates.values() if d == newest]) < 10
    for year in {d.signed.year for d in portal.decisions.values()}:
        assert dates[f"khen-thuong/nam-{year}/"].startswith(f"{year}-"), year
    for example in portal.examples.values():
        assert dates[f"dien-hinh/{example.id}/"] >= example.published.isoformat()
    decision = portal.decisions["08-qd-ubnd-2026"]
    assert dates["quyet-dinh/08-qd-ubnd-2026/"] >= decision.signed.isoformat()
    # Pages showing no dated record: a hand-written page, the search page.
    assert dates["gioi-thieu/"] is None and dates["tim-kiem/"] is None
