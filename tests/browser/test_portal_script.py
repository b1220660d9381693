"""The portal's own script (theme/overrides/assets/javascripts/portal.js), which replaced Material's
bundle.js: what the portal's pages used of Material's script still works, by keyboard too."""

from __future__ import annotations


def errors_of(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors


def test_no_material_script_is_asked_for_and_the_page_reports_no_error(page, site_url):
    errors = errors_of(page)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "quyet-dinh/", wait_until="networkidle")
    scripts = sorted(url.rsplit("/", 1)[-1] for url in requested if url.endswith(".js"))
    assert scripts == ["portal.js", "share.js", "tables.js"]
    assert errors == []


def test_a_group_of_the_menu_opens_with_enter_and_says_it_is_open(page, site_url):
    page.goto(site_url)
    page.locator("#__drawer").focus()
    page.keyboard.press("Enter")
    group = page.locator(".md-sidebar--primary label.md-nav__link[tabindex='0']").first
    group.wait_for(state="visible")
    menu = page.locator(f"nav[aria-labelledby='{group.get_attribute('id')}']")
    assert menu.get_attribute("aria-expanded") == "false"
    group.focus()
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    menu.locator("a.md-nav__link").first.wait_for(state="visible")
    page.keyboard.press(" ")
    assert menu.get_attribute("aria-expanded") == "false"


def test_back_to_top_shows_while_scrolling_up_and_leaves_the_focus_at_the_top(page, site_url):
    page.goto(site_url + "quyet-dinh/")
    top = page.locator(".md-top")
    # Hidden, it is out of the Tab order (Material's styles keep it in the page, see-through).
    assert top.get_attribute("hidden") is not None and top.get_attribute("tabindex") == "-1"
    page.mouse.wheel(0, 1500)
    page.wait_for_function("scrollY > 1000")
    assert top.get_attribute("hidden") is not None
    page.mouse.wheel(0, -300)
    page.wait_for_function("!document.querySelector('.md-top').hidden")
    assert top.get_attribute("tabindex") == "0"
    # Below the sticky header, the shadow marks its edge; the header names the page.
    assert "md-header--shadow" in page.locator(".md-header").get_attribute("class")
    assert "md-header__title--active" in page.locator(".md-header__title").get_attribute("class")
    top.click()
    page.wait_for_function("scrollY === 0")
    assert page.evaluate("document.activeElement.className") == "md-skip"


def test_a_link_to_a_folded_part_opens_it(page, site_url):
    page.goto(site_url + "#lich-quy-3")
    assert page.locator("#lich-quy-3").get_attribute("open") is not None
    assert page.locator("#lich-quy-2").get_attribute("open") is None
    page.evaluate("location.hash = 'lich-quy-2'")
    page.wait_for_function("document.getElementById('lich-quy-2').open")


def test_folds_open_for_print_and_close_again(page, site_url):
    page.goto(site_url)
    closed = page.locator("details:not([open])").count()
    assert closed > 0
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    assert page.locator("details:not([open])").count() == closed


def test_the_table_of_contents_marks_the_part_being_read_and_markdown_tables_scroll(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="vi-VN")
    try:
        page = context.new_page()
        page.goto(site_url + "gioi-thieu/")
        links = page.locator(".md-sidebar--secondary a.md-nav__link")
        assert links.count() >= 2
        assert page.locator(".md-sidebar--secondary .md-nav__link--active").count() == 0
        # Scrolled to the end, the last part is the one being read, even when its heading cannot
        # reach the top of a short page.
        page.mouse.wheel(0, 5000)
        last = links.last.get_attribute("href")
        page.wait_for_function(
            f"document.querySelector('.md-sidebar--secondary a[href=\"{last}\"]').classList.contains('md-nav__link--active')")
        assert page.locator(".md-sidebar--secondary .md-nav__link--active").count() == 1
        assert page.locator(".md-sidebar--secondary .md-nav__link--passed").count() == links.count()
        page.goto(site_url + "bao-cao/tong-ket-nam-2025/")
        tables = page.locator(".md-typeset table:not([class])")
        assert tables.count() > 0
        assert page.locator(".md-typeset__scrollwrap > .md-typeset__table > table:not([class])").count() == tables.count()
    finally:
        context.close()
