"""Search ranks like a reader expects, on the sample site and on a small index made for a case
the sample lacks: exact names and titles first, document numbers, abbreviations, one result per
person, filters, messages, and no request that answers 404.

Page kinds covered: the search page.
"""

from __future__ import annotations

import shutil
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.search.index import build_search_files, write_search_files
from generator.search.records import SearchRecord
from tests.browser.conftest import serve_folder
from tests.browser.search_helpers import QUERY_BUDGET, SEARCH_PAGE, ask

# Every title named "Chiến sĩ thi đua …" in the catalogue (the provincial one since issue 17).
TITLE_PAGES = ["khen-thuong/chien-si-thi-dua-cap-tinh/", "khen-thuong/chien-si-thi-dua-co-so/",
               "khen-thuong/chien-si-thi-dua-thanh-pho/", "khen-thuong/chien-si-thi-dua-toan-quoc/"]


@pytest.mark.parametrize("query", ["chien si thi dua", "Chiến sĩ thi đua", "CSTĐ", "cstd"])
def test_the_title_pages_named_by_the_query_come_first(browser, site_url, query):
    answer = ask(browser, site_url, query)
    assert sorted(answer.urls[:len(TITLE_PAGES)]) == TITLE_PAGES, answer.titles
    assert answer.bytes < QUERY_BUDGET


@pytest.mark.parametrize("query", ["to dan pho so 3", "Tổ dân phố số 3", "TDP số 3"])
def test_a_unit_named_exactly_comes_first_with_its_own_awards(browser, site_url, query):
    answer = ask(browser, site_url, query)
    assert answer.urls[0] == "don-vi/to-dan-pho-so-3/"
    # Its awards are listed under it, not as results of their own.
    assert answer.titles.count("Tổ dân phố số 3") == 1


@pytest.fixture(scope="module")
def namesakes(sample_site, tmp_path_factory):
    """The sample site with an index of two namesakes, the longer name numbered first (newer)."""
    site = tmp_path_factory.mktemp("namesakes") / "site"
    shutil.copytree(sample_site, site, ignore=lambda folder, names: [n for n in names if n == "chi-muc"])
    records = [
        SearchRecord("a/", "Hộ bà Nguyễn Thị Minh Hường", "Hộ gia đình được khen thưởng", "Người, tập thể",
                     "Tổ dân phố số 1.", date(2026, 5, 1), ["Gia đình văn hóa"], description_found=False),
        SearchRecord("b/", "Bà Nguyễn Thị Hường", "Cá nhân được khen thưởng", "Người, tập thể",
                     "Tổ dân phố số 2.", date(2025, 5, 1), ["Lao động tiên tiến"], description_found=False,
                     name="Nguyễn Thị Hường"),
        SearchRecord("c/", "Ông Nguyễn Văn Hường", "Cá nhân được khen thưởng", "Người, tập thể",
                     "Bà Nguyễn Thị Hường giới thiệu.", date(2024, 5, 1), [], name="Nguyễn Văn Hường"),
    ]
    write_search_files(build_search_files(records), site)
    server, url = serve_folder(site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("query", ["nguyen thi huong", "Nguyễn Thị Hường", "ba nguyen thi huong"])
def test_a_person_named_exactly_comes_before_longer_names_holding_the_same_words(browser, namesakes, query):
    answer = ask(browser, namesakes, query)
    # Then the longer name, all words in its title; then words found elsewhere only.
    assert answer.urls == ["b/", "a/", "c/"]


@pytest.mark.parametrize("query", ["8/QĐ-UBND", "08/QĐ-UBND", "8/QD-UBND", "08/qd-ubnd"])
def test_a_decision_number_is_found_with_or_without_leading_zero_and_marks(browser, site_url, query):
    answer = ask(browser, site_url, query)
    assert answer.urls[0] == "quyet-dinh/08-qd-ubnd-2026/"
    assert not [url for url in answer.urls if url.startswith("quyet-dinh/") and url != answer.urls[0]]


def test_a_number_no_decision_has_is_said_and_a_date_holding_it_is_no_match(browser, site_url, sample_site):
    signed_on_16 = "quyet-dinh/287-qd-ubnd-2026/"
    assert "16/07/2026" in (sample_site / signed_on_16 / "index.html").read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{site_url}{SEARCH_PAGE}?q=16%2FQĐ-UBND")
    status = page.locator("#tdkt-search-status")
    page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
    assert status.inner_text() == (
        "Không có văn bản nào mang số ký hiệu “16/QĐ-UBND” trên cổng. Hãy kiểm tra lại số và ký hiệu "
        "(ví dụ 15/QĐ-UBND), hoặc tìm theo tên người, tên đơn vị.")
    assert page.locator(".tdkt-result").count() == 0
    context.close()


def test_a_person_with_several_awards_is_one_result_listing_them(browser, site_url):
    answer = ask(browser, site_url, "Nguyễn Quang Thái")
    # Then the consultation and the meeting that name him.
    assert answer.titles[0] == "Ông Nguyễn Quang Thái"
    assert answer.titles.count("Ông Nguyễn Quang Thái") == 1
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(f"{site_url}{SEARCH_PAGE}?q=Nguyễn Quang Thái")
    awards = page.locator(".tdkt-result__awards li a")
    awards.first.wait_for()
    texts = awards.all_inner_texts()
    # His two awards, and the proposal for a third open for comment.
    assert len([text for text in texts if "Quyết định số" in text]) == 2, texts
    assert len([text for text in texts if text.startswith("Đề nghị")]) == 1, texts
    awards.nth(len(texts) - 1).click()
    assert "#muc-" in page.url and "/quyet-dinh/" in page.url
    context.close()


def test_filters_by_year_level_and_title_narrow_the_results(browser, site_url):
    everything = ask(browser, site_url, "khen thưởng", every_result=True)
    for field, value in [("nam", "2025"), ("cap", "trung_uong"), ("dh", "lao-dong-tien-tien")]:
        context = browser.new_context(locale="vi-VN")
        page = context.new_page()
        page.goto(f"{site_url}{SEARCH_PAGE}?q=khen thưởng&{field}={value}")
        page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
        # The filter shows what is chosen, among the values the index lists.
        assert page.locator(f"#tdkt-{field}").input_value() == value
        count = int(page.locator("#tdkt-search-status").inner_text().split()[2])
        assert 0 < count < everything.count, field
        page.select_option(f"#tdkt-{field}", "")
        page.wait_for_function(f"document.getElementById('tdkt-search-status').textContent.includes('{everything.count} ')")
        context.close()


def test_years_filter_keeps_only_records_of_that_year(browser, site_url):
    answer = ask(browser, site_url, "Quyết định", every_result=True)
    filtered = ask(browser, site_url, "Quyết định", group="Quyết định", every_result=True)
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(f"{site_url}{SEARCH_PAGE}?q=Quyết định&nhom=Quyết định&nam=2024")
    page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
    dates = page.locator(".tdkt-result__kind").all_inner_texts()
    assert dates and all(text.endswith("/2024") for text in dates), dates
    assert len(dates) < filtered.count <= answer.count
    context.close()


def test_an_empty_query_asks_for_words(browser, site_url):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(f"{site_url}{SEARCH_PAGE}")
    page.locator("#tdkt-search button[type=submit]").click()
    assert page.locator("#tdkt-search-status").inner_text() == (
        "Hãy gõ từ cần tìm: tên người, tên đơn vị, số quyết định (ví dụ 15/QĐ-UBND) hoặc danh hiệu "
        "(ví dụ Chiến sĩ thi đua, CSTĐ).")
    context.close()


def test_no_result_says_so_and_suggests_removing_filters(browser, site_url):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(f"{site_url}{SEARCH_PAGE}?q=Nguyễn Quang Thái&nam=2024")
    page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
    assert page.locator("#tdkt-search-status").inner_text() == (
        "Không tìm thấy kết quả nào cho “Nguyễn Quang Thái”. Hãy bỏ bớt bộ lọc, hoặc gõ từ khác.")
    context.close()


@pytest.mark.parametrize("typed", ["nguyen van duc", "hom nay troi dep qua xyzzy blorp 123456 8/QĐ-XYZ"])
def test_typing_slowly_requests_no_file_that_is_not_there(browser, site_url, typed):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    failed, errors = [], []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    # The page's clock is the test's: after each key it moves on further than the search waits
    # after a key (250 ms, search.js), so every prefix is searched, without the test waiting that long.
    page.clock.install()
    page.goto(f"{site_url}{SEARCH_PAGE}")
    for length in range(1, len(typed) + 1):
        page.locator("#tdkt-q").press_sequentially(typed[length - 1])
        page.clock.run_for(300)
        # The search puts what it looked for in the address.
        assert parse_qs(urlsplit(page.url).query).get("q", [""]) == [typed[:length].strip()]
    page.locator("#tdkt-q").press("Enter")
    page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
    page.wait_for_timeout(500)
    assert failed == [] and errors == []
    context.close()
