"""Filters, sorting and downloads of tables, with and without JavaScript.

Page kinds covered: an award list on one page (filters), award page by year (sorting), decision
page, home page and statistics page (downloads match the table shown; a list cut into pages is
downloaded whole).
"""

from __future__ import annotations

import csv
import io

from tests.browser.pages import pages_of_every_kind


def shown_rows(page, table) -> list[list[str]]:
    return table.evaluate("""t => [...t.tBodies[0].rows].filter(r => !r.hidden).map(
        r => [...r.cells].map(c => c.innerText.replace(/\\s+/g, ' ').trim()))""")


def test_award_tables_filter_by_each_facet(page, site_url, sample_site):
    page.goto(site_url + pages_of_every_kind(sample_site)["khen-thuong/… có bộ lọc"])
    table = page.locator("table[data-table='danh-sach']")
    everyone = len(shown_rows(page, table))
    unit = page.locator("select[data-facet='don-vi']")
    option = unit.locator("option").nth(1)
    choice = option.inner_text()

    unit.select_option(option.get_attribute("value"))

    kept = shown_rows(page, table)
    assert 0 < len(kept) < everyone
    assert all(row[2] == choice for row in kept)
    assert page.locator(".tdkt-filters__count").inner_text() == f"Đang hiện {len(kept)}/{everyone} dòng."
    unit.select_option("")
    assert len(shown_rows(page, table)) == everyone


def test_sorting_by_name_follows_the_order_computed_at_build_time(page, site_url, sample_site):
    page.goto(site_url + pages_of_every_kind(sample_site)["khen-thuong/nam-…"])
    table = page.locator("table[data-table='danh-sach']")
    header = table.locator("th", has_text="Ngày ký")
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    places = table.evaluate("t => [...t.tBodies[0].rows].map(r => Number(r.cells[6].dataset.sort))")
    assert places == sorted(places)

    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    name = table.locator("th", has_text="Họ và tên").locator("button")
    name.click()
    names = table.evaluate("t => [...t.tBodies[0].rows].map(r => Number(r.cells[0].dataset.sort))")
    assert names == list(range(len(names)))


def test_without_javascript_the_whole_table_is_there_and_filters_are_hidden(browser, site_url, sample_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    address = pages_of_every_kind(sample_site)["khen-thuong/… có bộ lọc"]
    page.goto(site_url + address)
    table = page.locator("table[data-table='danh-sach']")
    text = (sample_site / address / "danh-sach.csv").read_bytes().decode("utf-8-sig")
    assert table.locator("tbody tr").count() == len(list(csv.reader(io.StringIO(text, newline="")))) - 1
    assert not page.locator(".tdkt-filters").is_visible()
    assert table.locator("th button").count() == 0
    context.close()


def rows_of_every_page(page, site_url, address, table) -> list[list[str]]:
    """The rows a table shows, on this page and, for a list cut into pages, on the pages after it."""
    rows = shown_rows(page, table)
    name = table.get_attribute("data-table")
    while page.locator(".tdkt-pager a[rel='next']").count():
        page.locator(".tdkt-pager a[rel='next']").last.click()
        rows += shown_rows(page, page.locator(f"table[data-table='{name}']"))
    page.goto(site_url + address)
    open_folds(page)
    return rows


def open_folds(page) -> None:
    """The home page folds its targets table: open every fold, as a reader would to see it."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def test_every_download_holds_exactly_what_its_table_shows(page, site_url, sample_site):
    kinds = pages_of_every_kind(sample_site)
    checked = 0
    for address in ("", kinds["quyet-dinh/…"], kinds["khen-thuong/nam-…"], "thong-ke/"):
        page.goto(site_url + address)
        open_folds(page)
        for index in range(page.locator("table[data-table]").count()):
            table = page.locator("table[data-table]").nth(index)
            name = table.get_attribute("data-table")
            text = (sample_site / address / f"{name}.csv").read_bytes().decode("utf-8")
            assert text.startswith("\ufeff")
            header, *rows = csv.reader(io.StringIO(text[1:], newline=""))
            assert header == table.evaluate("t => [...t.tHead.rows[0].cells].map(c => c.innerText.trim())")
            assert [[" ".join(cell.split()) for cell in row] for row in rows] == rows_of_every_page(
                page, site_url, address, table)
            checked += 1
    assert checked >= 8
