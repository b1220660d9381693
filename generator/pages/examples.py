"""Exemplary people and models: their list and each one's page."""

from __future__ import annotations

from generator.domain.promotion import featured_examples
from generator.domain.records import (
    Example,
)
from generator.kinds import SECTIONS, record_url
from generator.pages import paging
from generator.pages.kit import Kit
from generator.pages.markdown import render_markdown
from generator.pages.page import GeneratedPage
from generator.pages.promotion import poster_url


def example_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The examples, newest first, by year: with `first`, the first page alone (in the navigation);
    else the further pages, `dien-hinh/trang-2/`, … (made with the record pages)."""
    examples = kit.portal.examples_newest_first()
    parts = paging.sectioned(examples, lambda e: (f"nam-{e.published.year}", f"Năm {e.published.year}"),
                             f"{SECTIONS['example']}/", paging.CARDS)
    return kit.sectioned_pages(
        f"{SECTIONS['example']}/index.md", "example_list.html", "Điển hình tiên tiến, gương người tốt việc tốt",
        f"{len(examples)} điển hình tiên tiến, gương người tốt việc tốt, mô hình mới, cách làm hay.",
        parts[:1] if first else parts[1:],
        total=len(examples),
        # Stories the ward features now lead the first page, as on the home page.
        featured=featured_examples(kit.portal, kit.today) if first else [],
    )


def example_page(kit: Kit, example: Example) -> GeneratedPage:
    photos = [p for p in example.photos if p.consent]
    return kit.page(
        f"dien-hinh/{example.id}.md", "example.html", example.name, example.abstract,
        updated=example.published,
        example=example,
        story=render_markdown(example.story),
        photos=[{"src": p.file, "caption": p.caption} for p in photos],
        unit=kit.portal.units.get(example.unit) if example.unit else None,
        campaign=kit.portal.campaigns.get(example.campaign) if example.campaign else None,
        decisions=[kit.portal.decisions[d] for d in example.decisions],
        address=kit.address(record_url("example", example.id)),
        poster=poster_url(example),
    )
