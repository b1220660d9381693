"""Long lists cut into pages: the arithmetic, the addresses, and the pages of the sample made with a
small page size, so that every kind of paged list (a year, a title or form, a unit, a decision's
list, the list of decisions) has several pages."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from contextlib import contextmanager
from datetime import date
from posixpath import normpath
from typing import Iterator
from urllib.parse import urljoin

import pytest

from generator.domain.portal import Portal
from generator.domain.promotion import campaign_timeline, digest, featured_examples
from generator.domain.publication import public_portal
from generator.kinds import SECTIONS, record_url
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from generator.pages import (
    awards,
    campaigns,
    consultations,
    decisions,
    examples,
    jobs,
    paging,
    reports,
    units,
)
from generator.pages.kit import Kit
from generator.pages.promotion import digest_month_pages
from generator.search.records import search_records
from tests.conftest import REPO, SAMPLE

TODAY = date(2026, 11, 20)


@contextmanager
def sample_kit(**sizes: int) -> Iterator[tuple[Portal, Kit]]:
    """The sample's public portal and a page Kit of it, with paging's sizes set to `sizes`
    (PAGE_SIZE=7, …) until the block ends: pages are made inside it."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in sizes.items():
            patch.setattr(paging, name, value)
        portal = public_portal(load_portal(SAMPLE), TODAY)
        yield portal, Kit(portal, load_site_config(SAMPLE), REPO / "theme" / "templates", TODAY)


def test_every_row_is_on_exactly_one_page_and_a_short_tail_joins_the_page_before():
    size, orphans = paging.PAGE_SIZE, paging.ORPHANS
    for total in range(0, 4 * size + orphans + 2):
        count = paging.page_count(total)
        spans = [paging.bounds(number, total) for number in range(1, count + 1)]
        assert [start for start, _ in spans] == [number * size for number in range(count)]
        assert spans[-1][1] == total
        assert all(stop - start == size for start, stop in spans[:-1])
        last = spans[-1][1] - spans[-1][0]
        assert last <= size + orphans
        if count > 1:
            assert last > orphans
        for index in range(total):
            start, stop = spans[paging.page_of(index, total) - 1]
            assert start <= index < stop


def test_pages_follow_the_list_at_stable_addresses():
    assert paging.page_src("khen-thuong/nam-2026.md", 1) == "khen-thuong/nam-2026.md"
    assert paging.page_src("khen-thuong/nam-2026.md", 2) == "khen-thuong/nam-2026/trang-2.md"
    assert paging.page_src("quyet-dinh/index.md", 3) == "quyet-dinh/trang-3.md"
    assert paging.page_url("khen-thuong/nam-2026/", 1) == "khen-thuong/nam-2026/"
    assert paging.page_url("khen-thuong/nam-2026/", 7) == "khen-thuong/nam-2026/trang-7/"
    total = 3 * paging.PAGE_SIZE
    assert paging.item_page_url("quyet-dinh/x/", 1, total) == "quyet-dinh/x/"
    assert paging.item_page_url("quyet-dinh/x/", paging.PAGE_SIZE + 1, total) == "quyet-dinh/x/trang-2/"
    assert paging.item_page_url("quyet-dinh/x/", total, total) == "quyet-dinh/x/trang-3/"


def numbers(pager: paging.Pager) -> list[int | None]:
    return [link.number if link else None for link in pager.links]


def test_the_pager_links_every_page_of_a_short_list_and_a_few_steps_to_any_page_of_a_long_one():
    few = paging.LINK_ALL
    short = paging.Pager(2, few, "a/", 0, 1, 1)
    assert numbers(short) == list(range(1, few + 1))
    assert (short.previous, short.next) == ("a/", "a/trang-3/")
    assert paging.Pager(few, few, "a/", 0, 1, 1).next is None

    count = 2000
    long = paging.Pager(500, count, "a/", 0, 1, 1)
    shown = [n for n in numbers(long) if n is not None]
    assert shown == sorted(set(shown))
    assert {1, 498, 499, 500, 501, 502, count} <= set(shown)
    assert {500 - step for step in paging.JUMPS if step < 500} <= set(shown)
    assert {500 + step for step in paging.JUMPS} <= set(shown)
    # A gap stands between two pages that do not follow each other, and only there.
    for before, item, after in zip(numbers(long), numbers(long)[1:], numbers(long)[2:]):
        if item is None:
            assert after > before + 1
    assert numbers(long)[1] is None
    # From the first page, any page is reached in a few steps along the links.
    steps, here, target = 0, 1, 1234
    while here != target:
        here = max((n for n in numbers(paging.Pager(here, count, "a/", 0, 1, 1)) if n and n <= target))
        steps += 1
    assert steps <= 8


def whole_list(kit: Kit, make) -> list:
    """Every page of a paged list: its first page (in the navigation), then the further ones."""
    return [*make(kit, first=True), *make(kit, first=False)]


@pytest.fixture(scope="module")
def small_pages():
    """Every page of the lists, made in memory from the sample with pages of 7 rows, the addresses
    search results lead to, and the pages of the plain lists (units, examples) by their first address."""
    with sample_kit(PAGE_SIZE=7, ORPHANS=2, LINK_ALL=4, SHORT_LINES=5, CARDS=3) as (portal, kit):
        pages = [*(p for year in kit.tables.year_awards() for p in awards.award_year_pages(kit, year)),
                 *(p for entry in kit.tables.entry_awards() for p in awards.award_entry_pages(kit, entry)),
                 *(p for unit in portal.units.values() for p in units.unit_pages(kit, unit)),
                 *(p for decision in portal.decisions.values() for p in decisions.decision_pages(kit, decision)),
                 *whole_list(kit, decisions.decision_list_pages)]
        found = [record.url for record in search_records(portal)]
        plain = {"don-vi/": whole_list(kit, units.unit_list_pages),
                 "dien-hinh/": whole_list(kit, examples.example_list_pages),
                 "phong-trao/": whole_list(kit, campaigns.campaign_list_pages)}
    # A record's related lists (`<record>/dien-hinh/`, …) are not tables: see the test of them below.
    tables = {page.url: page for page in pages if re.fullmatch(r"[^/]+/([^/]+/)?(trang-\d+/)?", page.url)}
    return portal, tables, found, plain


def first_cells(markup: str) -> list[str]:
    """The text of each row's first cell, in the order of the page."""
    body = markup[markup.index("<tbody>"):markup.index("</tbody>")]
    return [html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<tr[^>]*><t[dh][^>]*>(.*?)</t[dh]>", body)]


def lists_of(pages) -> dict[str, list]:
    """Each paged list's pages in order, by the address of its first page."""
    lists: dict[str, list] = {}
    for url, page in sorted(pages.items()):
        first = re.sub(r"trang-\d+/$", "", url)
        lists.setdefault(first, []).append(page)
    return {first: sorted(parts, key=lambda p: int(re.search(r"(\d+)/$", p.url).group(1)) if "trang-" in p.url else 1)
            for first, parts in lists.items() if len(parts) > 1}


def test_the_pages_of_a_list_hold_the_whole_list_once_and_only_the_first_page_downloads_it(small_pages):
    _, pages, _, _ = small_pages
    lists = lists_of(pages)
    kinds = {first.split("/")[0] for first in lists}
    assert {"khen-thuong", "don-vi", "quyet-dinh"} <= kinds
    assert "quyet-dinh/" in lists
    for first, parts in lists.items():
        whole = parts[0].tables[-1]
        assert all(not part.tables for part in parts[1:])
        shown = [cell for part in parts for cell in first_cells(part.html)]
        assert shown == [row.cells[0].text for row in whole.rows], first
        count = len(parts)
        for number, part in enumerate(parts, start=1):
            assert f"Trang {number}/{count}:" in part.html
            assert re.search(rf'aria-current="page" aria-label="Trang {number}, trang đang xem">{number}</a>', part.html)
            if number > 1:
                assert part.title.endswith(f"(trang {number}/{count})")
                assert f'href="{"../" * (number > 1)}{whole.id}.csv"' in part.html
    assert len({page.title for page in pages.values()}) == len(pages)


def resolves(from_url: str, href: str) -> tuple[str, str]:
    target = urljoin("http://site/" + from_url, href).removeprefix("http://site/")
    address, _, anchor = target.partition("#")
    return normpath(address) + "/" if address else "", anchor


def test_every_link_to_a_row_reaches_the_page_that_holds_it(small_pages):
    _, pages, found, plain = small_pages
    checked = 0
    pages = {**pages, **{page.url: page for parts in plain.values() for page in parts}}
    for url, page in pages.items():
        for href in re.findall(r'href="([^"]*#[^"]+)"', page.html):
            address, anchor = resolves(url, href)
            if address in pages:
                assert f'id="{anchor}"' in pages[address].html, (url, href)
                checked += 1
    assert checked > 50
    # Search results lead to the page of the decision that lists the person.
    for url in found:
        address, _, anchor = url.partition("#")
        if anchor.startswith("muc-") and address.startswith("quyet-dinh/"):
            assert f'id="{anchor}"' in pages[address].html, url


def test_a_long_decision_describes_on_each_page_the_people_it_lists(small_pages):
    portal, pages, _, _ = small_pages
    decision = max(portal.decisions.values(), key=lambda d: len(d.recipients))
    base = str(load_site_config(SAMPLE).base_url)
    described = []
    for part in lists_of(pages)[f"quyet-dinh/{decision.id}/"]:
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', part.html)
        assert len(scripts) == 1
        _, described_here = json.loads(scripts[0])["@graph"]
        assert described_here["@id"] == f"{base}quyet-dinh/{decision.id}/"
        described += [person["name"] for person in described_here["about"]]
    assert described == [recipient.name for recipient in decision.recipients]


def test_the_sample_site_downloads_each_paged_list_whole_beside_its_first_page(sample_site):
    further = sorted(sample_site.rglob("trang-2/index.html"))
    assert further, "the sample has no list long enough to be cut into pages"
    for page in further:
        first = page.parent.parent
        text = (first / "danh-sach.csv").read_bytes().decode("utf-8-sig") if (first / "danh-sach.csv").is_file() \
            else (first / "khen-thuong.csv").read_bytes().decode("utf-8-sig")
        rows = len(list(csv.reader(io.StringIO(text, newline="")))) - 1
        shown = sum(len(re.findall(r"<tr[ >]", p.read_text(encoding="utf-8").split("<tbody>")[1].split("</tbody>")[0]))
                    for p in [first / "index.html", *sorted(first.glob("trang-*/index.html"))])
        assert shown == rows, first


def test_the_list_of_units_names_each_unit_once_across_its_pages_under_its_kind(small_pages):
    portal, _, _, plain = small_pages
    units = plain["don-vi/"]
    assert len(units) > 2
    shown = [name for page in units for name in re.findall(r'<li><a href="\.\./[^"]+/">([^<]+)</a>', page.html)
             + re.findall(r'<li><a href="[^."][^"]*/">([^<]+)</a>', page.html)]
    assert sorted(shown) == sorted(html.escape(unit.name, quote=False) for unit in portal.units.values())
    for number, page in enumerate(units, start=1):
        assert f"Trang {number}/{len(units)}:" in page.html
    assert any("(tiếp theo)</h2>" in page.html for page in units)


@pytest.mark.parametrize("first, records, year", [
    ("dien-hinh/", lambda portal: portal.examples_newest_first(), lambda example: example.published.year),
    ("phong-trao/", lambda portal: portal.campaigns_newest_first(), lambda campaign: campaign.start.year),
])
def test_a_list_of_cards_shows_each_record_once_newest_first_under_its_year(small_pages, first, records, year):
    portal, _, _, plain = small_pages
    pages = plain[first]
    assert len(pages) > 1
    cards = r'<h3><a href="[^"]+/">([^<]+)</a></h3>'
    shown = [re.findall(cards, page.html) for page in pages]
    ordered = records(portal)
    assert [name for names in shown for name in names] == [html.escape(r.name, quote=False) for r in ordered]
    years = iter(year(record) for record in ordered)
    page_years = [[next(years) for _ in names] for names in shown]
    for number, (page, these) in enumerate(zip(pages, page_years), start=1):
        assert f"Trang {number}/{len(pages)}:" in page.html
        headings = re.findall(r'<h2 id="nam-(\d+)">Năm (\d+)( \(tiếp theo\))?</h2>', page.html)
        assert [int(y) for y, _, _ in headings] == list(dict.fromkeys(these))
        # A year going on from the page before is named again at the top of the page, "tiếp theo".
        continued = number > 1 and these[0] == page_years[number - 2][-1]
        assert [bool(again) for _, _, again in headings] == [continued] + [False] * (len(headings) - 1)


def test_the_stories_featured_today_lead_the_first_page_of_examples(small_pages):
    portal, _, _, plain = small_pages
    featured = featured_examples(portal, TODAY)
    assert featured, "the sample features no example on the day these pages are made"
    pages = plain["dien-hinh/"]
    assert [page.html.count('class="tdkt-featured"') for page in pages] == [len(featured)] + [0] * (len(pages) - 1)


def test_each_award_list_is_a_job_of_its_own_and_the_longest_run_first():
    """Workers share the jobs: one list of hundreds of pages left to the end would keep one
    worker busy long after the other ran out of work."""
    with sample_kit() as (portal, kit):
        made_jobs = jobs.record_jobs(kit)
    lists = []
    for job in made_jobs:
        made = job.make()
        firsts = {re.sub(r"trang-\d+/$", "", page.url) for page in made}
        if not all(first.startswith("khen-thuong/") for first in firsts):
            break
        assert len(firsts) == 1, firsts
        lists.append((firsts.pop(), len(made)))
    expected = {f"khen-thuong/nam-{year}/" for year in kit.tables.year_awards()} | {
        f"khen-thuong/{entry}/" for entry in kit.tables.entry_awards()}
    assert sorted(first for first, _ in lists) == sorted(expected)
    assert [count for _, count in lists] == sorted((count for _, count in lists), reverse=True)
    assert lists[0][1] > 1


def test_a_campaign_s_long_list_of_decisions_goes_on_at_further_pages_and_its_timeline_stays_short():
    with sample_kit(PAGE_SIZE=2, ORPHANS=0) as (portal, kit), pytest.MonkeyPatch.context() as patch:
        patch.setattr(campaigns, "CAMPAIGN_EVENTS", 3)
        campaign_id, decisions = max(portal.decisions_by_campaign().items(), key=lambda item: len(item[1]))
        made = campaigns.campaign_pages(kit, portal.campaigns[campaign_id])
    assert len(decisions) > 4
    assert [page.url for page in made] == [f"phong-trao/{campaign_id}/"] + [
        f"phong-trao/{campaign_id}/trang-{n}/" for n in range(2, len(made) + 1)]
    assert [cell for page in made for cell in first_cells(page.html)] == [d.number for d in decisions]
    assert [table.id for table in made[0].tables] == ["quyet-dinh"] and len(made[0].tables[0].rows) == len(decisions)
    assert all(not page.tables and 'href="../"' in page.html for page in made[1:])
    timeline = made[0].html[made[0].html.index('id="moc-thoi-gian"'):made[0].html.index("</ol>")]
    assert timeline.count("<time ") == 3
    events = campaign_timeline(portal, portal.campaigns[campaign_id])
    assert f"Và {len(events) - 3} mốc khác;" in made[0].html


def test_a_long_month_of_the_digest_goes_on_at_further_pages_each_with_the_text_of_its_items():
    with sample_kit(PAGE_SIZE=2, ORPHANS=0) as (portal, kit):
        (year, month), items = max(digest(portal).items(), key=lambda item: len(item[1]))
        made = digest_month_pages(kit, year, month, items)
    assert len(items) > 4 and len(made) == (len(items) + 1) // 2
    base = str(load_site_config(SAMPLE).base_url)
    listed = []
    for page in made:
        body = page.html[:page.html.index('id="van-ban-de-dan"')]
        here = [resolves(page.url, href)[0] for href in re.findall(r'<li>\d\d/\d\d/\d{4}: <a href="([^"]+)"', body)]
        text = page.html[page.html.index("<pre"):]
        assert re.findall(rf"{re.escape(base)}(\S+)", text) == here
        listed += here
    # Every item once, grouped by kind: a kind begun on one page goes on, named again, on the next.
    assert sorted(listed) == sorted(record_url(item.kind, item.record_id) for item in items)
    kinds = [url.split("/")[0] for url in listed]
    assert kinds == sorted(kinds, key=lambda kind: kinds.index(kind))
    assert any("(tiếp theo)</h2>" in page.html for page in made)


@pytest.mark.parametrize("kind, records", [
    ("report", lambda portal: portal.reports), ("meeting", lambda portal: portal.meetings),
    ("consultation", lambda portal: portal.consultations),
])
def test_the_lists_of_reports_meetings_and_consultations_show_each_record_once_across_their_pages(kind, records):
    with sample_kit(CARDS=1, SHORT_LINES=1, ORPHANS=0) as (portal, kit):
        made = whole_list(kit, {"report": reports.report_list_pages, "meeting": reports.meeting_list_pages,
                                "consultation": consultations.consultation_list_pages}[kind])
    assert len(made) == len(records(portal)) > 1
    folder = SECTIONS[kind]
    linked = [address for page in made for address, _ in (resolves(page.url, href) for href in
              re.findall(r'<a href="([^"]+)"', page.html)) if re.fullmatch(rf"{folder}/(?!trang-\d+/)[^/]+/", address)]
    assert sorted(linked) == sorted(record_url(kind, record_id) for record_id in records(portal))


def test_a_record_shows_the_first_of_a_long_related_list_and_links_to_pages_with_them_all():
    with sample_kit(RELATED_LINES=2, SHORT_LINES=3, ORPHANS=0) as (portal, kit):
        children = portal.children_of()
        unit = max(portal.units.values(), key=lambda u: len(children.get(u.id, [])))
        names = [child.name for child in children[unit.id]]
        assert len(names) > 3, "the sample has a unit with several units under it"
        first, *more = units.unit_pages(kit, unit)
    related = [page for page in more if "/don-vi-truc-thuoc/" in page.url]

    section = first.html[first.html.index('id="don-vi-truc-thuoc"'):]
    section = section[:section.index("</ul>")]
    assert [html.unescape(name) for name in re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', section)] == names[:2]
    assert (f'<p class="tdkt-see-all"><a href="don-vi-truc-thuoc/">Xem tất cả {len(names)} đơn vị trực thuộc</a></p>'
            in first.html)
    assert [page.url for page in related] == [
        f"don-vi/{unit.id}/don-vi-truc-thuoc/",
        *(f"don-vi/{unit.id}/don-vi-truc-thuoc/trang-{n}/" for n in range(2, len(related) + 1))]
    listed = [html.unescape(name) for page in related
              for name in re.findall(r'<li><a href="\.\./[^"]+">([^<]+)</a></li>', page.html)]
    assert listed == names
    assert all(f'<a href="{"../" * (1 + (n > 1))}">{html.escape(unit.name)}</a>' in page.html
               for n, page in enumerate(related, start=1))
