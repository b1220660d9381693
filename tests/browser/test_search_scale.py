"""Search on a portal of 3,000 record pages (about 30,000 people honoured), made in memory from the
sample: a query without diacritics finds the same records as with them, and no query downloads
more than the issue's limit. Built once for the module; only the index differs from the sample.

Page kinds covered: the search page.
"""

from __future__ import annotations

import shutil

import pytest

from generator.domain.text import fold
from generator.loading.loader import load_portal
from generator.search.index import build_search_files, write_search_files
from generator.search.records import search_records
from tests.browser.conftest import serve_folder
from tests.browser.search_helpers import QUERY_BUDGET, ask
from tests.conftest import SAMPLE
from tests.large_portal import large_portal, record_pages

PAGES = 3000


@pytest.fixture(scope="module")
def large(sample_site, tmp_path_factory):
    portal = large_portal(load_portal(SAMPLE), PAGES)
    assert record_pages(portal) == PAGES
    site = tmp_path_factory.mktemp("large") / "site"
    shutil.copytree(sample_site, site, ignore=lambda folder, names: [n for n in names if n == "chi-muc"])
    write_search_files(build_search_files(search_records(portal)), site)
    server, url = serve_folder(site)
    yield portal, url
    server.shutdown()


def test_queries_find_the_same_records_without_diacritics_within_the_transfer_limit(browser, large):
    portal, url = large
    person = next(a.recipient for a in portal.awards()
                  if a.recipient.recipient_kind == "ca_nhan" and "Đ" in a.recipient.name
                  and a.decision.id.endswith(tuple("0123456789")) and "-them-" in a.decision.id)
    queries = [person.name, "khen thưởng", "Lao động tiên tiến", "Chiến sĩ thi đua", "Nguyễn Văn Đức"]

    for query in queries:
        marked = ask(browser, url, query)
        plain = ask(browser, url, fold(query))
        assert marked.count > 0, query
        assert plain.count == marked.count, query
        assert max(marked.bytes, plain.bytes) < QUERY_BUDGET, (query, marked.bytes, plain.bytes)

    found = ask(browser, url, fold(f"{person.honorific} {person.name}"), every_result=True)
    assert f"{person.honorific} {person.name}" in found.titles
    assert found.count == len(found.titles)
