"""Share buttons on a phone (360 px), clicked: the system share sheet where the browser has one,
otherwise the page's address copied with a visible confirmation."""

from __future__ import annotations

import pytest

from tests.browser.pages import pages_of_every_kind

# Chromium on Linux has no share sheet: a stand-in records what the page asks it to share.
FAKE_SHARE = "navigator.share = async (data) => { window.sharedData = data; };"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN",
                                  permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def canonical(page) -> str:
    return page.locator('link[rel="canonical"]').get_attribute("href")


@pytest.mark.parametrize("kind", ["quyet-dinh/…", "dien-hinh/…", "phong-trao/…"])
def test_copy_link_copies_the_pages_address_and_says_so(phone, site_url, sample_site, kind):
    page = phone.new_page()
    page.goto(site_url + pages_of_every_kind(sample_site)[kind])
    page.get_by_role("button", name="Sao chép liên kết").click()
    status = page.locator(".tdkt-share__status")
    status.filter(has_text="Đã sao chép liên kết").wait_for()
    assert status.is_visible()
    assert page.evaluate("navigator.clipboard.readText()") == canonical(page)


def test_zalo_opens_the_share_sheet_with_the_pages_address(phone, site_url, sample_site):
    page = phone.new_page()
    page.add_init_script(FAKE_SHARE)
    page.goto(site_url + pages_of_every_kind(sample_site)["quyet-dinh/…"])
    page.get_by_role("button", name="Zalo").click()
    page.locator(".tdkt-share__status").filter(has_text="Đã mở bảng chia sẻ").wait_for()
    shared = page.evaluate("window.sharedData")
    assert shared["url"] == canonical(page) and shared["title"]


def test_zalo_without_a_share_sheet_copies_the_address_to_paste_into_zalo(phone, site_url, sample_site):
    page = phone.new_page()
    page.goto(site_url + pages_of_every_kind(sample_site)["dien-hinh/…"])
    assert page.evaluate("'share' in navigator") is False
    page.get_by_role("button", name="Zalo").click()
    page.locator(".tdkt-share__status").filter(
        has_text="Đã sao chép liên kết: mở Zalo và dán vào tin nhắn để chia sẻ.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == canonical(page)


def test_without_javascript_only_the_working_link_is_shown(browser, site_url, sample_site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + pages_of_every_kind(sample_site)["quyet-dinh/…"])
    assert page.locator(".tdkt-share").get_by_role("link").all_inner_texts() == ["Facebook"]
    assert page.locator(".tdkt-share").get_by_role("button").count() == 0
    context.close()
