"""Every page of the portal, as the build makes them: the navigation's pages, and independent jobs
for all the others, which worker processes run in any order."""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from generator.domain.promotion import digest
from generator.kinds import record_src
from generator.pages import (
    awards,
    blocks,
    campaigns,
    consultations,
    decisions,
    examples,
    home,
    open_data,
    plans,
    promotion,
    reports,
    units,
)
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage, PageJob, as_list

# The lists whose first page is in the navigation and whose further pages are jobs.
PAGED_LISTS = (
    decisions.decision_list_pages, units.unit_list_pages, examples.example_list_pages,
    campaigns.campaign_list_pages, consultations.consultation_list_pages, reports.report_list_pages,
    reports.meeting_list_pages,
)


def list_pages(kit: Kit) -> list[GeneratedPage]:
    """The pages in the navigation: few, and rendered by the engine with the theme's full frame."""
    def first_page(make: Callable[..., list[GeneratedPage]]) -> GeneratedPage:
        return make(kit, first=True)[0]

    return [
        home.home(kit), first_page(decisions.decision_list_pages), first_page(examples.example_list_pages),
        first_page(campaigns.campaign_list_pages), first_page(units.unit_list_pages), blocks.block_list(kit),
        first_page(consultations.consultation_list_pages), first_page(reports.report_list_pages),
        first_page(reports.meeting_list_pages), plans.plan_list(kit), awards.awards_index(kit),
        awards.statistics(kit), open_data.search_page(kit), open_data.open_data_page(kit),
        promotion.digest_index(kit),
    ]


def record_jobs(kit: Kit) -> list[PageJob]:
    """Every other page, as independent jobs that worker processes run in any order."""
    portal = kit.portal
    # One job a list of awards, the longest first: a list can be hundreds of pages, which one
    # worker would still be writing at the end, when the other has nothing left to do.
    award_lists = sorted([
        *((len(rows), partial(awards.award_year_pages, kit, year))
          for year, rows in sorted(kit.tables.year_awards().items())),
        *((len(rows), partial(awards.award_entry_pages, kit, entry))
          for entry, rows in sorted(kit.tables.entry_awards().items())),
    ], key=lambda item: -item[0])
    return [
        *(PageJob(make) for _, make in award_lists),
        *own_page_jobs(kit),
        *(PageJob(partial(make, kit, first=False)) for make in PAGED_LISTS),
        *(PageJob(partial(as_list, partial(promotion.poster_page, kit), example))
          for example in portal.examples_newest_first()),
        *(PageJob(partial(promotion.digest_month_pages, kit, year, month, items))
          for (year, month), items in sorted(digest(portal).items())),
    ]


def own_page_jobs(kit: Kit) -> list[PageJob]:
    """The jobs of the records' own pages (and their further pages), each with its source path
    and record: what `serve` makes again at once when a record changes, without the lists of awards."""
    portal = kit.portal

    def one(kind: str, make: Callable[[Kit, Any], GeneratedPage], records) -> list[PageJob]:
        return [PageJob(partial(as_list, partial(make, kit), record), record_src(kind, record.id), record)
                for record in records]

    def several(kind: str, make: Callable[[Kit, Any], list[GeneratedPage]], records) -> list[PageJob]:
        return [PageJob(partial(make, kit, record), record_src(kind, record.id), record) for record in records]

    return [
        *several("decision", decisions.decision_pages, portal.decisions_newest_first()),
        *one("example", examples.example_page, portal.examples_newest_first()),
        *several("campaign", campaigns.campaign_pages, portal.campaigns_newest_first()),
        *several("unit", units.unit_pages, sorted(portal.units.values(), key=lambda u: u.id)),
        *one("block", blocks.block_page, portal.blocks_newest_first()),
        *one("consultation", consultations.consultation_page, portal.consultations.values()),
        *one("report", reports.report_page, portal.reports.values()),
        *one("meeting", reports.meeting_page, portal.meetings.values()),
        *(PageJob(partial(as_list, partial(plans.plan_page, kit), year), record_src("plan", year.year), year)
          for year in portal.years.values()),
    ]
