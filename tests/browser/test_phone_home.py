"""The home page on a phone (360 × 740 px): the headline figures on the first screen, the
year's timeline folded by quarter, about five screens before the footer."""

from __future__ import annotations

SCREEN = 740


def test_the_home_page_is_about_five_screens_with_figures_first(page, site_url):
    page.goto(site_url)
    figures = page.locator(".tdkt-headlines__list li")
    assert figures.count() == 4
    assert figures.all_inner_texts()[0].split("\n")[1].startswith("lượt khen thưởng năm ")
    assert figures.last.bounding_box()["y"] + figures.last.bounding_box()["height"] <= SCREEN
    footer = page.evaluate("document.querySelector('.tdkt-site-footer').getBoundingClientRect().top + scrollY")
    # 4.8 screens on the sample (15 before the timeline was folded and the cards shortened, 5.6
    # before phones showed two examples and campaigns); an open consultation adds at most three lines.
    assert footer <= 5.25 * SCREEN


def test_the_home_page_shows_two_of_the_newest_on_a_phone_and_links_to_all(page, site_url):
    page.goto(site_url)
    for section, everything in (("phong-trao", "phong-trao/"), ("dien-hinh", "dien-hinh/")):
        cards = page.locator(f"section[aria-labelledby='{section}'] .tdkt-card")
        assert [cards.nth(i).is_visible() for i in range(cards.count())] == [True, True, False][:cards.count()]
        assert page.locator(f"section[aria-labelledby='{section}'] a[href$='{everything}']").is_visible()


def test_the_years_timeline_is_folded_by_quarter_and_opens(page, site_url):
    page.goto(site_url)
    quarters = page.locator("details.tdkt-quarter[id^='lich-quy-']")
    assert quarters.count() == 4
    assert not any(quarters.nth(i).evaluate("d => d.open") for i in range(4))
    quarters.first.locator("summary").click()
    assert quarters.first.locator(".tdkt-timeline").is_visible()
