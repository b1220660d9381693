"""The sample built for a sub-path (as on GitHub Pages or a ministry's shared domain) and served
from that sub-path: every link, asset, anchor and the search index must stay under it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.build import build_site
from tests.browser.conftest import serve_folder
from tests.browser.links import check_links
from tests.conftest import REPO, SAMPLE

# One worker runs this module, so that its costly module fixture is made once (pyproject.toml).
pytestmark = pytest.mark.xdist_group("sub-path")
SUB_PATH = "phuong-le-thanh-nghi"
BASE_URL = f"https://thiduakhenthuong.haiphong.gov.vn/{SUB_PATH}/"
# Record pages opened per section, besides the section's own list page: each page template is
# covered, and every page opened costs the browser's half second of network silence.
RECORDS_PER_SECTION = 1


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sub-path-project")
    for folder in ("data", "theme", "content"):
        shutil.copytree(REPO / folder, root / folder)
    config, count = re.subn(r"(?m)^dia_chi_web:.*$", f"dia_chi_web: {BASE_URL}",
                            (SAMPLE / "site_config.yml").read_text(encoding="utf-8"))
    assert count == 1, "site_config.yml has no dia_chi_web line to change"
    (root / "site_config.yml").write_text(config, encoding="utf-8")
    # The parent folder is served, so anything addressed outside the sub-path is a 404.
    site = tmp_path_factory.mktemp("www") / SUB_PATH
    build_site(root, site)
    return site


@pytest.fixture(scope="module")
def sub_path_url(sub_path_site):
    server, url = serve_folder(sub_path_site.parent, mount=f"/{SUB_PATH}/")
    yield url
    server.shutdown()


def pages_of_each_kind(site: Path) -> list[str]:
    """Addresses, relative to the site, of the home page, the 404 page, every section's list page
    and a few record pages of each section."""
    pages = ["", "404.html"]
    for section in sorted(p for p in site.iterdir() if (p / "index.html").is_file()):
        pages.append(f"{section.name}/")
        records = sorted(p for p in section.iterdir() if (p / "index.html").is_file())
        pages += [f"{section.name}/{record.name}/" for record in records[:RECORDS_PER_SECTION]]
    return pages


def test_every_link_and_asset_resolves_under_the_sub_path(page, sub_path_site, sub_path_url):
    pages = [sub_path_url + relative for relative in pages_of_each_kind(sub_path_site)]

    report = check_links(page, pages)

    assert report.problems == []
    assert len(report.checked) > len(pages), "the pages named almost nothing: the check proved nothing"
    # The search index is read when a visit searches: its files answer under the sub-path too.
    answered = []
    page.on("response", lambda response: answered.append((response.url, response.status)))
    page.goto(sub_path_url + "tim-kiem/?q=khen+thuong")
    page.locator(".tdkt-result").first.wait_for()
    index = [(url, status) for url, status in answered if "/tim-kiem/chi-muc/" in url]
    assert any(url.endswith("/tim-kiem/chi-muc/thong-tin.json") for url, _ in index), answered
    assert all(url.startswith(sub_path_url) and status == 200 for url, status in index), index
    assert all(url.startswith(sub_path_url) for url in report.requested | report.checked)


def test_search_leads_to_a_record_under_the_sub_path(page, sub_path_site, sub_path_url):
    # A decision: the search finds records, not the generated lists and digests between them.
    record = next(p for p in pages_of_each_kind(sub_path_site) if p.startswith("quyet-dinh/") and p.count("/") == 2)
    page.goto(sub_path_url + record)
    title = page.locator("article h1").first.inner_text()

    # The header's search field shows on wide screens (phones get a button to the search page).
    page.set_viewport_size({"width": 1280, "height": 800})
    page.fill("#tdkt-header-q", title)
    page.press("#tdkt-header-q", "Enter")
    page.locator(".tdkt-result a").first.wait_for()
    results = page.eval_on_selector_all(".tdkt-result a", "links => links.map(a => a.href)")
    assert sub_path_url + record in results, results
    page.locator(f".tdkt-result a[href$='{record}']").first.click()

    assert page.url == sub_path_url + record
    assert page.locator("article h1").first.inner_text() == title


def test_addresses_written_in_full_carry_the_sub_path(sub_path_site):
    sitemap = (sub_path_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith(BASE_URL) for loc in locations)
    for html in sub_path_site.rglob("index.html"):
        relative = html.parent.relative_to(sub_path_site).as_posix()
        expected = BASE_URL + ("" if relative == "." else f"{relative}/")
        assert f'<link rel="canonical" href="{expected}">' in html.read_text(encoding="utf-8"), relative


def test_robots_txt_of_a_sub_path_site_names_its_sitemap(sub_path_site):
    robots = (sub_path_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {BASE_URL}sitemap.xml\n" in robots
    assert f"Disallow: /{SUB_PATH}/tim-kiem/chi-muc/\n" in robots
    assert (sub_path_site / "sitemap.xml").is_file()
