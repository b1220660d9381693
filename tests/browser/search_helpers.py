"""Driving the search page in Chromium, and reading the index files the answers come from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from generator.search.index import INDEX_FOLDER
from tests.search.postings import read_postings

SEARCH_PAGE = "tim-kiem/"
# The limit for one query on a portal of 3,000 pages.
QUERY_BUDGET = 150 * 1024


@dataclass
class Answer:
    count: int
    urls: list[str]
    """Addresses of the results shown, relative to the site, in order."""
    titles: list[str]
    kinds: list[str]
    bytes: int
    """What answering transferred: the search script and the index files read."""


def ask(browser, site_url: str, query: str, group: str = "", every_result: bool = False) -> Answer:
    """Open the search page with `query` in its address, as a reader's first visit (a browser
    context of its own: nothing cached), and read what it shows."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    try:
        return _ask(context.new_page(), site_url, query, group, every_result)
    finally:
        context.close()


def _ask(page, site_url: str, query: str, group: str, every_result: bool) -> Answer:
    fetched: list = []
    page.on("requestfinished", lambda request: fetched.append(request))
    address = f"{site_url}{SEARCH_PAGE}?q={quote(query)}" + (f"&nhom={quote(group)}" if group else "")
    page.goto(address)
    page.wait_for_function("document.getElementById('tdkt-search-status').textContent !== ''")
    more = page.locator("#tdkt-search-more")
    while every_result and more.is_visible():
        shown = page.locator(".tdkt-result").count()
        more.click()
        page.wait_for_function(f"document.querySelectorAll('.tdkt-result').length > {shown}")
    status = page.locator("#tdkt-search-status").inner_text()
    count = int(status.split()[2].replace(".", "")) if status.startswith("Tìm thấy") else 0
    base = urlsplit(site_url).path
    urls = []
    for href in page.eval_on_selector_all(".tdkt-result__title a", "links => links.map(a => a.href)"):
        parts = urlsplit(href)
        urls.append(parts.path.removeprefix(base) + (f"#{parts.fragment}" if parts.fragment else ""))
    searched = [r for r in fetched if INDEX_FOLDER in r.url or r.url.endswith("/search.js")]
    return Answer(count, urls, page.locator(".tdkt-result__title").all_inner_texts(),
                  page.locator(".tdkt-result__kind").all_inner_texts(),
                  sum(r.sizes()["responseBodySize"] for r in searched))


def shown_records(site: Path) -> list[list[str]]:
    """Every record of the index by number: [address, title, kind, description, date]."""
    folder = site / INDEX_FOLDER / "bg"
    shards = sorted(folder.glob("*.json"), key=lambda p: int(p.stem))
    return [record for shard in shards for record in json.loads(shard.read_text(encoding="utf-8"))]


def records_by_spelling(site: Path, key: str) -> dict[str, set[int]]:
    """For one search key, the numbers of the records holding each of its spellings."""
    return {spelling: {code // 2 for code in codes}
            for spelling, codes in read_postings((site / INDEX_FOLDER / "k" / f"{key}.bin").read_bytes()).items()}
