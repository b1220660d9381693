"""A link checker driven by Chromium, for any static site served on this machine.

`check_links(page, urls)` opens each page as a visitor would, records every request the browser
makes (styles, scripts, fonts, images, the search index fetched by a worker...), then fetches
every link and asset the page names on the same origin and checks that each `#anchor` exists on
its target page. Links to other sites are not followed: they are the visitor's choice, whereas a
request the page makes by itself to another origin is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urlsplit

# Every address a page names: links, stylesheets, icons, scripts, images, media.
REFERENCES_JS = """() => [
  ...[...document.querySelectorAll('a[href], area[href], link[href]')].map(e => e.href),
  ...[...document.querySelectorAll('[src]')].map(e => e.src),
]"""


@dataclass
class LinkReport:
    pages: list[str] = field(default_factory=list)
    requested: set[str] = field(default_factory=set)
    checked: set[str] = field(default_factory=set)
    broken: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    missing_anchors: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return self.broken + self.outside + self.missing_anchors


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name == "id" or (tag == "a" and name == "name")):
                self.names.add(value)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def check_links(page, urls: list[str]) -> LinkReport:
    """Open `urls` in `page` and check everything they load or link to on their own origin."""
    report = LinkReport()
    statuses: dict[str, int] = {}
    anchors: dict[str, set[str]] = {}
    current = {"page": ""}

    def on_response(response):
        report.requested.add(response.url)
        if response.status >= 400:
            report.broken.append(f"{current['page']} -> {response.url}: {response.status}")

    def elsewhere(url: str) -> bool:
        return not url.startswith(("data:", "blob:")) and _origin(url) != _origin(current["page"])

    def on_request(request):
        if elsewhere(request.url):
            report.outside.append(f"{current['page']} -> {request.url}")

    def on_failed(request):
        # Aborted means cancelled by leaving the page, not refused by the server; a request to
        # another origin is already reported as such.
        if request.failure != "net::ERR_ABORTED" and not elsewhere(request.url):
            report.broken.append(f"{current['page']} -> {request.url}: {request.failure}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", on_failed)

    def fetch(url: str) -> int:
        if url not in statuses:
            response = page.context.request.get(url)
            statuses[url] = response.status
            report.checked.add(url)
            if response.ok and "html" in response.headers.get("content-type", ""):
                parser = _Anchors()
                parser.feed(response.text())
                anchors[url] = parser.names
        return statuses[url]

    for url in urls:
        current["page"] = url
        report.pages.append(url)
        response = page.goto(url, wait_until="networkidle")
        if response is None or not response.ok:
            report.broken.append(f"{url}: {response.status if response else 'no response'}")
            continue
        for reference in page.evaluate(REFERENCES_JS):
            if not reference.startswith("http") or _origin(reference) != _origin(url):
                continue
            target, fragment = urldefrag(reference)
            status = fetch(target)
            if status >= 400:
                report.broken.append(f"{url} -> {target}: {status}")
            elif fragment and target in anchors and unquote(fragment) not in anchors[target]:
                report.missing_anchors.append(f"{url} -> {reference}: no element with this id")
    return report
