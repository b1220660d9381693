"""A long list cut into pages, as a reader moves through it: the pager, the list's index, the
keyboard, and the table's sorting limited to the page (generator/site/paging.py).

Page kinds covered: the first and second pages of a paged award list.
"""

from __future__ import annotations

import re

from tests.browser.pages import pages_of_every_kind


def current(page) -> str:
    return page.locator(".tdkt-pager [aria-current='page']").inner_text()


def test_the_pager_says_where_the_reader_is_and_moves_on_and_back(page, site_url, sample_site):
    second = pages_of_every_kind(sample_site)["khen-thuong/…/trang-2"]
    first = second.removesuffix("trang-2/")
    page.goto(site_url + first)
    pagers = page.locator("nav.tdkt-pager")
    assert pagers.count() == 2
    labels = [pagers.nth(i).get_attribute("aria-label") for i in range(2)]
    assert all(labels) and labels[0] != labels[1]
    status = page.locator(".tdkt-pager__status").first.inner_text()
    count = int(re.match(r"Trang 1/(\d+): dòng 1–", status).group(1))
    assert count >= 2
    assert current(page) == "1"
    assert page.locator(".tdkt-pager a[rel='prev']").count() == 0

    page.locator(".tdkt-pager a[rel='next']").first.click()
    assert page.url == site_url + second
    assert current(page) == "2"
    assert page.locator(".tdkt-pager__status").first.inner_text().startswith(f"Trang 2/{count}: ")
    page.locator(".tdkt-pager").last.get_by_role("link", name="Trang 1", exact=True).click()
    assert page.url == site_url + first


def test_the_index_of_a_paged_list_leads_to_the_row_where_each_part_starts(page, site_url, sample_site):
    second = pages_of_every_kind(sample_site)["khen-thuong/…/trang-2"]
    page.goto(site_url + second)
    links = page.locator(".tdkt-groups a")
    assert links.count() >= 2
    last = links.nth(links.count() - 1)
    anchor = last.get_attribute("href").split("#")[1]
    last.click()
    row = page.locator(f"tr[id='{anchor}']")
    assert row.is_visible()
    assert page.url.endswith(f"#{anchor}")


def test_sorting_a_page_keeps_its_own_rows_and_the_pager_is_reached_by_keyboard(page, site_url, sample_site):
    second = pages_of_every_kind(sample_site)["khen-thuong/…/trang-2"]
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + second)
    table = page.locator("table[data-table]")
    names = sorted(table.evaluate("t => [...t.tBodies[0].rows].map(r => r.cells[0].innerText)"))
    table.locator("th button").first.click()
    assert sorted(table.evaluate("t => [...t.tBodies[0].rows].map(r => r.cells[0].innerText)")) == names
    assert "trang đang xem" in page.locator(".tdkt-pager__note").inner_text()

    page.locator(".tdkt-downloads a").last.focus()
    reached = []
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
            return [e.closest('.tdkt-pager') !== null, e.innerText, s.outlineStyle !== 'none'] }""")
        if not focused[0]:
            break
        reached.append(focused)
    assert [text for _, text, _ in reached][:2] == ["‹ Trang trước", "1"]
    assert all(visible for _, _, visible in reached)
