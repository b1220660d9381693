"""What a citizen's phone does when it opens the portal."""

from __future__ import annotations

from urllib.parse import urlsplit


def test_home_page_makes_no_request_outside_the_site(page, site_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(site_url, wait_until="networkidle")

    origin = urlsplit(site_url)
    outside = [url for url in requests if urlsplit(url)[:2] != origin[:2] and not url.startswith("data:")]
    assert requests, "the page made no request at all: the test would prove nothing"
    assert outside == []
    assert page.locator("html").get_attribute("lang") == "vi"


def test_home_page_shows_the_year_theme_and_latest_decisions(page, site_url):
    page.goto(site_url)
    main = page.locator("article")
    assert "Chủ đề thi đua năm" in main.inner_text()
    first_decision = main.locator("table").first.locator("tbody tr a").first
    first_decision.click()
    assert "/quyet-dinh/" in page.url
    assert page.locator("h1").inner_text().startswith("Quyết định số")


def test_text_uses_the_bundled_vietnamese_font(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    loaded = page.evaluate(
        "() => document.fonts.ready.then(() => [...document.fonts]"
        ".filter(f => f.status === 'loaded').map(f => f.family))"
    )
    assert any("Be Vietnam Pro" in family for family in loaded)
