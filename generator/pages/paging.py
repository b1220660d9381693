"""Long lists cut into pages, so that no page is heavy for a phone.

A list keeps its own address for its first page; the others follow it: `khen-thuong/nam-2026/`,
then `khen-thuong/nam-2026/trang-2/`, `trang-3/`, … The same list always cuts at the same rows, so
an address keeps showing the same part of a list until the list itself changes. The whole list
stays one download (CSV and JSON beside the first page).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Generic, Sequence, TypeVar

from generator.exports.table_data import Table

Item = TypeVar("Item")

_FURTHER_PAGE = re.compile(r"trang-\d+/$")

# Rows a page shows: an award row weighs about 0.4 KB of HTML, a decision's row with its
# schema.org entry about 0.5 KB, so that a record's page, with Material's frame (about 12 KB),
# its facts and its other sections, stays under 30 KB, a few seconds on a slow phone line.
PAGE_SIZE = 25
# Lines of a plain list of names (a unit and its count of awards: about 0.13 KB each).
SHORT_LINES = 150
# Cards of a list of examples or campaigns (a title, a line of facts, a summary: about 0.5 KB each).
CARDS = 25
# Of a record's related list (a decision's examples, a unit's campaigns, its units), its page shows
# this many, and links to a page of their own with them all: cards, or plain lines of names.
RELATED_CARDS = 6
RELATED_LINES = 12
# A last page shorter than this joins the page before it (as Django's paginator does):
# 28 rows make one page, not 25 and then 3.
ORPHANS = 5
# Up to this many pages the pager links every page; beyond, the first and last pages, the
# neighbours of the current page and pages 10, 100, 1,000 away, so that any page is a few steps off.
LINK_ALL = 12
JUMPS = (10, 100, 1000)


def page_count(total: int, size: int | None = None) -> int:
    size = size or PAGE_SIZE
    if total <= size + ORPHANS:
        return 1
    return -(-(total - ORPHANS) // size)


def bounds(number: int, total: int, size: int | None = None) -> tuple[int, int]:
    """The rows of page `number` (from 1): start and stop indexes, the last page taking the rest."""
    size = size or PAGE_SIZE
    start = (number - 1) * size
    return start, total if number == page_count(total, size) else start + size


def page_of(index: int, total: int, size: int | None = None) -> int:
    """The page (from 1) that shows row `index` (from 0) of a list of `total` rows."""
    return min(index // (size or PAGE_SIZE) + 1, page_count(total, size))


def page_url(first_url: str, number: int) -> str:
    """Address of page `number` of the list whose first page is at `first_url` (ending in "/")."""
    return first_url if number == 1 else f"{first_url}trang-{number}/"


def page_src(first_src: str, number: int) -> str:
    """Source path of page `number`: `khen-thuong/nam-2026.md` → `khen-thuong/nam-2026/trang-2.md`."""
    if number == 1:
        return first_src
    return f"{first_src.removesuffix('.md').removesuffix('/index')}/trang-{number}.md"


def first_page_url(url: str) -> str:
    """The address of the first page of the list that `url` is a page of (`url` itself if first)."""
    return _FURTHER_PAGE.sub("", url)


def item_page_url(first_url: str, number: int, total: int) -> str:
    """Address of the page showing item `number` (from 1) of a paged list, such as one person of a
    decision's list (whose row anchor is `#muc-<number>`)."""
    return page_url(first_url, page_of(number - 1, total))


def place(pager: "Pager | None") -> tuple[str, str]:
    """What a further page of a list adds to the list's title and to its description:
    " (trang 2/7)" and " Trang 2/7."; nothing on a first page or a list of one page."""
    if pager is None or pager.number == 1:
        return "", ""
    return f" (trang {pager.number}/{pager.count})", f" Trang {pager.number}/{pager.count}."


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str


@dataclass(frozen=True)
class Pager:
    number: int
    count: int
    first_url: str
    start: int
    """Rows shown, from `start + 1` to `stop`, of `total`."""
    stop: int
    total: int

    @property
    def previous(self) -> str | None:
        return page_url(self.first_url, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.first_url, self.number + 1) if self.number < self.count else None

    @property
    def links(self) -> list[PageLink | None]:
        """The pages linked, in order; None stands for pages left out between two of them."""
        if self.count <= LINK_ALL:
            numbers = list(range(1, self.count + 1))
        else:
            near = set(range(self.number - 2, self.number + 3))
            jumps = {self.number + sign * step for step in JUMPS for sign in (1, -1)}
            numbers = sorted(n for n in near | jumps | {1, self.count} if 1 <= n <= self.count)
        links: list[PageLink | None] = []
        for number in numbers:
            if links and links[-1] is not None and number > links[-1].number + 1:
                links.append(None)
            links.append(PageLink(number, page_url(self.first_url, number)))
        return links


@dataclass(frozen=True)
class Group:
    """A part of a list (a year, a title), with the page and row where it starts."""
    label: str
    count: int
    url: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class Listing:
    """What one page shows of a list: its rows, the pager, and an index of the whole list."""
    table: Table
    whole: Table
    """The whole list: its CSV and JSON lie beside the first page."""
    first_url: str
    pager: Pager | None
    """None when the list fits on one page."""
    groups: tuple[Group, ...] = ()

    @property
    def number(self) -> int:
        return self.pager.number if self.pager else 1


def listings(whole: Table, first_url: str, groups: list[tuple[str, int, int]] = ()) -> list[Listing]:
    """`whole` cut into pages. `groups`: label, first row index and row count of each part of the
    list worth an index entry; its first row carries the anchor the index links to."""
    total = len(whole.rows)
    count = page_count(total)
    if count == 1:
        return [Listing(whole, whole, first_url, None)]
    index = []
    for label, start, size in groups:
        anchor = whole.rows[start].anchor
        first, last = page_of(start, total), page_of(start + size - 1, total)
        index.append(Group(label, size, page_url(first_url, first) + (f"#{anchor}" if anchor else ""), first, last))
    pages = []
    for number in range(1, count + 1):
        start, stop = bounds(number, total)
        # The page's own rows: the filters of a whole table would hide rows of other pages.
        table = Table(whole.id, whole.caption, whole.columns, whole.rows[start:stop])
        pages.append(Listing(table, whole, first_url, Pager(number, count, first_url, start, stop, total),
                             tuple(index) if len(index) > 1 else ()))
    return pages


def split(items: Sequence[Item], first_url: str, size: int) -> list[tuple[Sequence[Item], Pager | None]]:
    """A plain list (not a table) cut into pages of `size` items: each page's items and pager."""
    total = len(items)
    count = page_count(total, size)
    if count == 1:
        return [(items, None)]
    pages = []
    for number in range(1, count + 1):
        start, stop = bounds(number, total, size)
        pages.append((items[start:stop], Pager(number, count, first_url, start, stop, total)))
    return pages


@dataclass(frozen=True)
class Shortlist(Generic[Item]):
    """The first few of a record's related list, as its page shows them."""
    items: Sequence[Item]
    total: int
    whole_url: str | None
    """The page with them all (the items are fewer than the total), or None: they are all here."""


def shortlist(items: Sequence[Item], whole_url: str, size: int) -> Shortlist[Item]:
    """The first `size` items, linking to `whole_url` for the rest; all of them when they fit."""
    if len(items) <= size:
        return Shortlist(items, len(items), None)
    return Shortlist(items[:size], len(items), whole_url)


@dataclass(frozen=True)
class Section(Generic[Item]):
    """The items of one part of a plain list (a kind of unit, a year) that one page shows."""
    anchor: str
    label: str
    continued: bool
    """Begun on an earlier page: shown again under its name, with "tiếp theo"."""
    items: list[Item]


@dataclass(frozen=True)
class SectionedPage(Generic[Item]):
    number: int
    sections: list[Section[Item]]
    pager: Pager | None
    """None when the list fits on one page."""
    index: list[Group]
    """Where each part of the whole list starts; empty on a list of one page or of one part."""


def sectioned(items: Sequence[Item], part: Callable[[Item], tuple[str, str]], first_url: str,
              size: int) -> list[SectionedPage[Item]]:
    """A plain list in parts, cut into pages of `size` items. `part` gives an item's part, as the
    anchor its first item's heading carries and the heading's label; the items of a part follow
    each other."""
    parts = [part(item) for item in items]
    starts: dict[tuple[str, str], int] = {}
    for position, key in enumerate(parts):
        starts.setdefault(key, position)
    total = len(items)
    counts = Counter(parts)
    index = []
    for (anchor, label), start in starts.items():
        count = counts[anchor, label]
        first, last = page_of(start, total, size), page_of(start + count - 1, total, size)
        index.append(Group(label, count, f"{page_url(first_url, first)}#{anchor}", first, last))
    pages = []
    for shown, pager in split(items, first_url, size):
        offset = pager.start if pager else 0
        sections: list[Section[Item]] = []
        for position, item in enumerate(shown, start=offset):
            key = parts[position]
            if not sections or (sections[-1].anchor, sections[-1].label) != key:
                sections.append(Section(*key, continued=position != starts[key], items=[]))
            sections[-1].items.append(item)
        pages.append(SectionedPage(pager.number if pager else 1, sections, pager,
                                   index if pager and len(index) > 1 else []))
    return pages
