"""Search on the sample site, as a citizen types: with or without diacritics.

Page kinds covered: the search page and the header search form on the home page.
"""

from __future__ import annotations

import unicodedata

from generator.domain.text import fold
from tests.browser.search_helpers import (
    QUERY_BUDGET,
    ask,
    records_by_spelling,
    shown_records,
)


def people_with_d_stroke(sample_site) -> list[list[str]]:
    people = [r for r in shown_records(sample_site) if "được khen thưởng" in r[2] and "Đ" in r[1]]
    assert people, "the sample honours nobody named with Đ: the test would prove nothing"
    return people


def test_a_name_typed_without_diacritics_finds_the_person(browser, site_url, sample_site):
    person = people_with_d_stroke(sample_site)[0]
    name = person[1]

    plain = ask(browser, site_url, fold(name))
    marked = ask(browser, site_url, name)

    assert person[0] in plain.urls
    assert plain.count == marked.count
    assert sorted(plain.urls) == sorted(marked.urls)
    assert max(plain.bytes, marked.bytes) < QUERY_BUDGET


def test_phrases_find_the_same_records_with_or_without_diacritics(browser, site_url):
    for phrase in ("khen thưởng", "Lao động tiên tiến", "Chiến sĩ thi đua"):
        marked = ask(browser, site_url, phrase, every_result=True)
        plain = ask(browser, site_url, fold(phrase), every_result=True)
        assert marked.count > 0, phrase
        assert sorted(plain.urls) == sorted(marked.urls), phrase
        assert len(plain.urls) == plain.count


def test_chien_si_also_finds_the_spelling_chien_sy(browser, site_url, sample_site):
    titled = [r[0] for r in shown_records(sample_site) if "chiến sĩ thi đua" in r[1].lower()]
    assert titled, "no title or form named Chiến sĩ thi đua in the sample"

    for query in ("chien si thi dua", "chien sy thi dua", "Chiến sỹ thi đua"):
        assert set(titled) <= set(ask(browser, site_url, query, every_result=True).urls), query


def test_a_query_with_diacritics_ranks_exact_spellings_first(browser, site_url, sample_site):
    records = shown_records(sample_site)
    spellings = records_by_spelling(sample_site, "duc")
    assert len(spellings) >= 2, f"the sample needs two spellings of 'duc', has {sorted(spellings)}"
    everyone = set().union(*spellings.values())

    for spelling, exact in spellings.items():
        answer = ask(browser, site_url, spelling, every_result=True)
        numbers = [next(n for n, r in enumerate(records) if r[0] == url) for url in answer.urls]
        assert set(numbers) == everyone, spelling
        if spelling != fold(spelling):  # typed without marks, every spelling matches as well
            assert numbers[:len(exact)] and set(numbers[:len(exact)]) == exact, spelling


def test_text_pasted_in_decomposed_unicode_is_found(browser, site_url, sample_site):
    person = people_with_d_stroke(sample_site)[0]
    decomposed = unicodedata.normalize("NFD", person[1])
    assert person[0] in ask(browser, site_url, decomposed).urls


def test_results_say_what_kind_of_record_they_are_and_filter_by_group(browser, site_url):
    answer = ask(browser, site_url, "khen thưởng")
    assert answer.count > 5 and len({kind.split(" · ")[0] for kind in answer.kinds}) > 1

    decisions = ask(browser, site_url, "khen thưởng", group="Quyết định", every_result=True)
    assert 0 < decisions.count < answer.count
    assert all(url.startswith("quyet-dinh/") and "#" not in url for url in decisions.urls)


def test_the_last_word_is_completed_while_typing(page, site_url, sample_site):
    person = people_with_d_stroke(sample_site)[0]
    page.goto(site_url + "tim-kiem/")
    page.locator("#tdkt-q").press_sequentially(fold(person[1])[:-1])

    page.locator(f".tdkt-result a[href$='{person[0].split('/')[-1]}']").first.wait_for()
    assert "Tìm thấy" in page.locator("#tdkt-search-status").inner_text()


def test_the_header_search_opens_the_results(page, site_url, sample_site):
    person = people_with_d_stroke(sample_site)[0]
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url)
    page.fill("#tdkt-header-q", fold(person[1]))
    page.press("#tdkt-header-q", "Enter")
    page.locator(".tdkt-result a").first.wait_for()
    page.locator(f".tdkt-result a[href$='{person[0].split('/')[-1]}']").first.click()
    assert page.url.endswith(person[0])


def test_no_result_is_said_in_words(browser, site_url):
    answer = ask(browser, site_url, "zzzz qqqq")
    assert answer.count == 0 and answer.urls == []
