"""Emulation campaigns: their list and each campaign's page with its timeline and decisions."""

from __future__ import annotations

from generator.domain.promotion import campaign_timeline, featured_examples
from generator.domain.records import (
    Campaign,
)
from generator.domain.text import vietnamese_key
from generator.kinds import SECTIONS, record_url
from generator.pages import paging
from generator.pages.kit import Kit, few_events
from generator.pages.markdown import render_markdown
from generator.pages.page import GeneratedPage

# Events a campaign's timeline shows: a campaign of a whole city takes hundreds of decisions,
# listed in full below its timeline.
CAMPAIGN_EVENTS = 20


def campaign_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The campaigns, newest first, by the year they started: with `first`, the first page alone (in
    the navigation); else the further pages, `phong-trao/trang-2/`, … (made with the record pages)."""
    campaigns = kit.portal.campaigns_newest_first()
    parts = paging.sectioned(campaigns, lambda c: (f"nam-{c.start.year}", f"Năm {c.start.year}"),
                             f"{SECTIONS['campaign']}/", paging.CARDS)
    return kit.sectioned_pages(
        f"{SECTIONS['campaign']}/index.md", "campaign_list.html", "Phong trào thi đua",
        f"{len(campaigns)} phong trào thi đua do Trung ương, thành phố và phường phát động.",
        parts[:1] if first else parts[1:],
        total=len(campaigns),
        running=sum(1 for c in campaigns if c.status == "dang_trien_khai"),
    )


def campaign_pages(kit: Kit, campaign: Campaign) -> list[GeneratedPage]:
    """The campaign's page; a list of decisions longer than a page goes on at `trang-2/`, …"""
    src_uri = f"{SECTIONS['campaign']}/{campaign.id}.md"
    first_url = record_url("campaign", campaign.id)
    description = f"Phong trào {campaign.name}: mục tiêu, tiêu chí, đơn vị tham gia, kết quả và khen thưởng."
    decisions = kit.tables.decisions("quyet-dinh", "Quyết định khen thưởng trong phong trào",
                                      kit.decisions_by_campaign.get(campaign.id, []))
    parts = paging.listings(decisions, first_url)
    timeline, more = few_events(campaign_timeline(kit.portal, campaign), CAMPAIGN_EVENTS)
    examples, all_examples = kit.related(
        src_uri, "dien-hinh", f"Điển hình của phong trào {campaign.name}", (first_url, campaign.name),
        "example", kit.examples_by_campaign.get(campaign.id, []), paging.RELATED_CARDS)
    first = kit.page(
        src_uri, "campaign.html", campaign.name, description,
        campaign=campaign,
        goals=render_markdown(campaign.goals),
        results=render_markdown(campaign.results) if campaign.results else None,
        units=sorted((kit.portal.units[u] for u in campaign.units), key=lambda u: vietnamese_key(u.name)),
        listing=parts[0],
        examples=examples,
        blocks=kit.blocks_by_campaign.get(campaign.id, []),
        timeline=timeline,
        more_events=more,
        featured=[e for e in featured_examples(kit.portal, kit.today) if e.campaign == campaign.id],
        address=kit.address(first_url),
    )
    return [first, *(kit.list_part(src_uri, f"{campaign.name}: quyết định khen thưởng", description, listing,
                                     None, back=(first_url, campaign.name))
                     for listing in parts[1:]), *all_examples]
