"""A page made from data, and the jobs that make pages: what every section module returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, TextIO

from generator.exports.table_data import Table
from generator.kinds import page_address
from generator.pages import paging


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    title: str
    description: str
    html: str
    # The date in data the page last changed (the sitemap's lastmod); None when no date says so.
    updated: date | None = None
    # The page's tables, each also written beside the page as CSV and JSON.
    tables: tuple[Table, ...] = ()
    # Other files written beside the page: name, content.
    files: tuple[tuple[str, str], ...] = ()
    # Large files written beside the page as they are made: name, a function writing the file
    # into an open text file (the whole portal as open data).
    streamed: tuple[tuple[str, Callable[[TextIO], None]], ...] = ()

    @property
    def url(self) -> str:
        """The page's address relative to the site's root: "" or ending in "/"."""
        return page_address(self.src_uri)


@dataclass(frozen=True)
class PageJob:
    """Pages made together by one worker: a record's own page, or a list and its further pages."""
    make: Callable[[], list[GeneratedPage]]
    # The source path of a record's own page, known before it is made: links written in
    # hand-made Markdown pages to it are checked and rewritten by MkDocs.
    src_uri: str | None = None
    # The record whose own page it makes: `serve` makes the page again when the record changes.
    record: Any = None


def as_list(make: Callable[[Any], GeneratedPage], record: Any) -> list[GeneratedPage]:
    """A job's pages when a record has one page."""
    return [make(record)]


def tables_in(value: Any) -> list[Table]:
    """The tables among a page's template values, however deep in lists and dicts."""
    if isinstance(value, Table):
        return [value]
    if isinstance(value, paging.Listing):
        # A list cut into pages is downloaded whole, beside its first page.
        return [value.whole] if value.number == 1 else []
    if isinstance(value, dict):
        return [t for item in value.values() for t in tables_in(item)]
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in tables_in(item)]
    return []
