"""Keyboard use on a phone (360 px): the skip link first, then no Tab stop off-screen or unseen,
the menu button reachable and announced, the "not found" page in Vietnamese from any depth."""

from __future__ import annotations

import pytest

from tests.browser.pages import pages_of_every_kind

# What the focused element is, where it is, and whether its focus ring shows. The menu button is
# the drawer's checkbox laid invisibly over Material's icon: its ring is drawn on the icon.
FOCUSED = """() => {
    const e = document.activeElement;
    const ringed = e.id === '__drawer' ? document.querySelector('.md-header label[for="__drawer"]') : e;
    const style = getComputedStyle(ringed), box = e.getBoundingClientRect();
    return {name: e.tagName.toLowerCase() + ' ' + (e.id ? '#' + e.id : e.getAttribute('href') || e.className),
            label: e.getAttribute('aria-label') || e.textContent.trim(),
            in_menu: e.closest('.md-sidebar--primary') !== null,
            inside: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
                    && box.left < innerWidth && box.top < innerHeight,
            ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0};
}"""


def tab_through(page, stops: int) -> list[dict]:
    """The first `stops` Tab stops, fewer on a page that has fewer (the focus then leaves the page)."""
    reached = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop["name"].startswith("body "):
            break
        reached.append(stop)
    return reached


@pytest.mark.parametrize("kind", ["trang chủ", "quyet-dinh", "quyet-dinh/…", "dien-hinh/…", "khen-thuong/…/trang-2",
                                  "trang 404"])
def test_tab_from_the_top_reaches_the_skip_link_first_and_never_lands_off_screen(page, site_url, sample_site, kind):
    page.goto(site_url + pages_of_every_kind(sample_site)[kind])
    reached = tab_through(page, 40)
    assert reached[0]["name"] == "a #tdkt-noi-dung" and reached[0]["label"] == "Bỏ qua, đến nội dung chính"
    assert reached[0]["inside"] and reached[0]["ring"]
    assert reached[1]["name"] == "input #__drawer" and reached[1]["label"] == "Menu điều hướng"
    off_screen = [stop["name"] for stop in reached if not stop["inside"]]
    unseen = [stop["name"] for stop in reached if not stop["ring"]]
    assert off_screen == [] and unseen == []
    # The closed menu's links take no focus; the content's do.
    assert not any(stop["in_menu"] for stop in reached)


def test_the_menu_button_opens_the_menu_with_the_keyboard_and_escape_closes_it(page, site_url):
    page.goto(site_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "__drawer"
    page.keyboard.press("Enter")
    assert page.locator("#__drawer").is_checked()
    menu_link = page.locator(".md-sidebar--primary .md-nav__link").first
    menu_link.wait_for(state="visible")
    # The open menu's links are reached, on screen and ringed; the closed groups' are not reached.
    in_menu = [stop for stop in tab_through(page, 40) if stop["in_menu"]]
    assert in_menu and all(stop["inside"] and stop["ring"] for stop in in_menu), in_menu
    page.locator("#__drawer").focus()
    page.keyboard.press("Escape")
    assert not page.locator("#__drawer").is_checked()
    assert page.evaluate("document.activeElement.id") == "__drawer"


def test_the_back_to_top_button_says_so(page, site_url):
    page.goto(site_url)
    assert page.locator(".md-top").inner_text().strip() == "Về đầu trang"


@pytest.mark.parametrize("missing", ["khong-co/", "quyet-dinh/khong-co/", "a/b/c/d/khong-co.html"])
def test_the_not_found_page_is_vietnamese_with_search_and_sections_from_any_depth(page, site_url, sample_site,
                                                                                  missing):
    # A host serves 404.html for every missing address, at whatever depth it was asked.
    page.route("**/" + missing, lambda route: route.fulfill(
        status=404, content_type="text/html; charset=utf-8", body=(sample_site / "404.html").read_bytes()))
    page.goto(site_url + missing)
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Be Vietnam Pro"')
    sections = page.locator(".tdkt-not-found__sections a")
    assert sections.count() >= 10
    page.locator("#tdkt-404-q").fill("khen thuong")
    page.locator("#tdkt-404-q").press("Enter")
    page.wait_for_url("**/tim-kiem/?q=khen+thuong")
    page.locator(".tdkt-result").first.wait_for()
    page.go_back()
    sections.filter(has_text="Quyết định khen thưởng").click()
    page.wait_for_url("**/quyet-dinh/")
    assert page.locator("h1").inner_text() == "Quyết định khen thưởng"
