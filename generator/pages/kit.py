"""What every section's pages are made with: the Portal and settings, the Jinja environment, links
between pages, the page object, and the shapes shared by sections (related lists, paged lists).

Section modules (`home`, `decisions`, …) are plain functions of a Kit; none calls another's
private names. Nothing here knows MkDocs: the adapter (`generator.site`) frames and writes pages.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from generator.domain import labels
from generator.domain.portal import Portal
from generator.domain.promotion import Event
from generator.domain.ranking import rank_block
from generator.domain.text import fold, format_date, format_date_formal, format_number
from generator.exports.qr import qr_image
from generator.exports.table_data import Table
from generator.kinds import page_address, record_url
from generator.loading.site_config import SiteConfig
from generator.pages import paging
from generator.pages.page import GeneratedPage, tables_in
from generator.pages.table_html import table_rows
from generator.pages.tables import Tables


class Kit:
    """Renders the pages of one Portal with the templates of one theme."""

    def __init__(self, portal: Portal, config: SiteConfig, templates: Path, today: date):
        self.portal = portal
        self.config = config
        # The build date: consultations are open or closed as of this day.
        self.today = today
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            date=format_date,
            formal_date=format_date_formal,
            number=format_number,
        )
        self.env.globals.update(labels=labels, config=config, table_rows=table_rows)
        self.awards_by_unit = portal.awards_by_unit()
        self.decisions_by_campaign = portal.decisions_by_campaign()
        self.examples_by_campaign = portal.examples_by_campaign()
        self.examples_by_unit = portal.examples_by_unit()
        self.examples_by_decision = portal.examples_by_decision()
        self.campaigns_by_unit = portal.campaigns_by_unit()
        self.children = portal.children_of()
        self.changes = portal.changes_made_by()
        self.blocks_by_unit = portal.blocks_by_unit()
        self.blocks_by_decision = portal.blocks_by_decision()
        self.blocks_by_campaign = portal.blocks_by_campaign()
        self.meetings_by_decision = portal.meetings_by_decision()
        self.consultations_by_decision = portal.consultations_by_decision()
        self.rankings = {block.id: rank_block(block) for block in portal.blocks.values()}
        self.tables = Tables(portal)

    def linker(self, page_url: str) -> Callable[..., str]:
        known: dict[str, str] = {}

        def link(target: str) -> str:
            # Big tables link the same few pages thousands of times.
            if target not in known:
                known[target] = relative_url(target or ".", page_url or ".") if target != page_url else "./"
            return known[target]

        return link

    def render(self, template: str, page_url: str, **context: Any) -> str:
        link = self.linker(page_url)
        return self.env.get_template(template).render(
            link=link,
            url=lambda kind, record_id: link(record_url(kind, record_id)),
            **context,
        )

    def page(self, src_uri: str, template: str, title: str, description: str,
              updated: date | None = None, files: tuple[tuple[str, str], ...] = (),
              streamed: tuple[tuple[str, Callable[[TextIO], None]], ...] = (), **context) -> GeneratedPage:
        url = page_address(src_uri)
        html = self.render(template, url, title=title, **context)
        tables = tuple(tables_in(context))
        assert len({t.id for t in tables}) == len(tables), f"{src_uri}: two tables share an id"
        return GeneratedPage(src_uri, title, description, html, updated, tables, files, streamed)

    def address(self, url: str) -> str:
        """A page's full public address, for share links and QR codes."""
        return f"{self.config.base_url}{url}"

    def related(self, first_src: str, slug: str, title: str, back: tuple[str, str], kind: str,
                 items: Sequence[Any], size: int) -> tuple[paging.Shortlist, list[GeneratedPage]]:
        """A list of records related to a record (`kind`: example, campaign or unit), as long as the
        data makes it: the first `size` for the record's page, and when there are more, pages with
        them all at `<record>/<slug>/`, `<record>/<slug>/trang-2/`, …"""
        src = f"{first_src.removesuffix('.md')}/{slug}.md"
        short = paging.shortlist(items, page_address(src), size)
        if short.whole_url is None:
            return short, []
        pages = []
        size = paging.SHORT_LINES if kind == "unit" else paging.CARDS
        for shown, pager in paging.split(items, short.whole_url, size):
            pages.append(self.page(paging.page_src(src, pager.number if pager else 1), "related_list.html",
                                    title + paging.place(pager)[0],
                                    f"{title}: {format_number(len(items))} mục.", kind=kind, items=shown,
                                    pager=pager, total=len(items), back=back))
        return short, pages

    def sectioned_pages(self, first_src: str, template: str, title: str, description: str,
                         parts: list[paging.SectionedPage],
                         each: Callable[[paging.SectionedPage], dict[str, Any]] = lambda part: {},
                         **context: Any) -> list[GeneratedPage]:
        """Pages of a plain list in parts: each names its place in the list after the first.
        `each` gives the values of one page's own."""
        made = []
        for part in parts:
            title_part, description_part = paging.place(part.pager)
            made.append(self.page(paging.page_src(first_src, part.number), template, title + title_part,
                                   description + description_part, part=part, **each(part), **context))
        return made

    def list_part(self, first_src: str, title: str, description: str, listing: paging.Listing,
                   updated: date | None, back: tuple[str, str], **context: Any) -> GeneratedPage:
        """A further page of a record's long list, linking back to the record's own page."""
        assert listing.pager is not None and listing.number > 1
        title_part, description_part = paging.place(listing.pager)
        return self.page(
            paging.page_src(first_src, listing.number), "list_part.html", title + title_part,
            description + description_part, updated=updated, listing=listing, back=back, **context,
        )

    def listing_pages(self, first_src: str, title: str, description: str, table: Table,
                       groups: list[tuple[str, int, int]], **context: Any) -> list[GeneratedPage]:
        """A list of awards with a page of its own, cut into pages."""
        pages = []
        for listing in paging.listings(table, page_address(first_src), groups):
            title_part, description_part = paging.place(listing.pager)
            pages.append(self.page(
                paging.page_src(first_src, listing.number), "award_table.html", title + title_part,
                description + description_part, listing=listing, **context,
            ))
        return pages

    def print_frame(self, page_url: str) -> tuple[str, str]:
        """What every page prints above and below its content: the publisher, and the page's
        address with a QR code to it, so that a printed page leads back to the site. A further
        page of a long list (…/trang-3/) gives its list's first page: the whole list, where the
        printed part belongs (and one QR code made for all the list's pages)."""
        address = f"{self.config.base_url}{paging.first_page_url(page_url)}"
        qr = qr_image(address, f"Mã QR dẫn tới {address}")
        return self._print_header, str(self._print_frame.after(address, qr))

    @cached_property
    def _print_frame(self) -> Any:
        return self.env.get_template("print_frame.html").module

    @cached_property
    def _print_header(self) -> str:
        """The same on every page."""
        return str(self._print_frame.before())


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other`, both addresses from the site's root, as MkDocs'
    `get_relative_url` gives it (the same links whichever engine frames the page); pages do
    not import MkDocs."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts = _norm_parts(other)
    dest_parts = _norm_parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


def _norm_parts(path: str) -> list[str]:
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return path.split("/") if path else []


def few_events(events: list[Event], limit: int) -> tuple[list[Event], int]:
    """At most `limit` of a timeline's events, still in date order, and how many are left out:
    other milestones before award decisions, which are the most numerous and listed elsewhere."""
    kept = set(sorted(range(len(events)), key=lambda i: events[i].kind == "decision")[:limit])
    return [event for i, event in enumerate(events) if i in kept], len(events) - len(kept)


def count(values) -> list[tuple[str, int]]:
    """Counts, largest first, ties in Vietnamese alphabetical order."""
    counted = Counter(values)
    return sorted(counted.items(), key=lambda item: (-item[1], fold(item[0])))
