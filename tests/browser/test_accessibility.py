"""WCAG 2.2 AA with axe-core, no sideways scrolling at 360 px, and keyboard use, on every kind of page.

Page kinds covered: home, 404, every section's list page and first record page (decision, example,
campaign, unit, block, consultation, report, council meeting, year plan, award by title), award
page by year, statistics, search (with results), open data, and the hand-written pages.
"""

from __future__ import annotations

import pytest

from tests.browser.pages import pages_of_every_kind
from tests.conftest import NODE_TOOLS

AXE = NODE_TOOLS[0]
# axe-core comes from npm, installed by the session when missing.
pytestmark = pytest.mark.usefixtures("validators")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))",
        TAGS,
    )
    return found


def test_every_kind_of_page_passes_axe_and_fits_a_phone(page, site_url, sample_site):
    kinds = pages_of_every_kind(sample_site)
    assert len(kinds) > 20
    problems = []
    for kind, address in kinds.items():
        query = "?q=khen+thuong" if address == "tim-kiem/" else ""
        page.goto(site_url + address + query)
        if query:
            page.locator(".tdkt-result").first.wait_for()
        problems += [f"{kind}: {v}" for v in axe_violations(page)]
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            problems.append(f"{kind}: trang rộng {width} px, phải kéo ngang ở màn hình 360 px")
    assert not problems, "\n".join(problems)


def test_wide_screens_pass_axe_too(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    problems = []
    for address in ("", "khen-thuong/", "tim-kiem/?q=duc"):
        page.goto(site_url + address)
        problems += [f"{address or 'trang chủ'}: {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)


def test_the_keyboard_reaches_search_filters_sorting_and_downloads_with_visible_focus(page, site_url, sample_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + pages_of_every_kind(sample_site)["khen-thuong/… có bộ lọc"])
    reached, invisible = [], []
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => {
            const e = document.activeElement, style = getComputedStyle(e);
            const name = e.id ? '#' + e.id : e.getAttribute('href') || e.getAttribute('data-facet') || e.classList[0];
            return {name: e.tagName.toLowerCase() + ' ' + name,
                    visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0};
        }""")
        if focused["name"] in reached:
            continue
        reached.append(focused["name"])
        if not focused["visible"]:
            invisible.append(focused["name"])
        if focused["name"].endswith("danh-sach.json"):
            break

    assert "input #tdkt-header-q" in reached
    assert any(name.startswith("select ") for name in reached), reached
    assert "button tdkt-sort" in reached
    assert reached[-1] == "a danh-sach.json" and "a danh-sach.csv" in reached
    assert invisible == []


def test_search_results_are_reached_by_keyboard(page, site_url):
    page.goto(site_url + "tim-kiem/")
    page.keyboard.type("khen thuong")
    page.keyboard.press("Enter")
    page.locator(".tdkt-result").first.wait_for()
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.tdkt-result') !== null"):
            break
    assert page.evaluate("document.activeElement.closest('.tdkt-result') !== null")
