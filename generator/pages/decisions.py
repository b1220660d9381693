"""The decisions: their list, and each decision's page with its list of recipients."""

from __future__ import annotations

from collections import Counter
from datetime import date

from markupsafe import Markup

from generator.domain import labels
from generator.domain.portal import Portal
from generator.domain.records import (
    Decision,
)
from generator.domain.text import format_date
from generator.exports import jsonld
from generator.kinds import SECTIONS, record_url
from generator.pages import paging
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage
from generator.pages.views import (
    decision_status,
)


def decision_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The decisions, newest first: with `first`, the first page alone (in the navigation); else the
    further pages, `quyet-dinh/trang-2/`, … (made with the record pages)."""
    decisions = kit.portal.decisions_newest_first()
    years = [d.signed.year for d in decisions]
    table = kit.tables.decisions("danh-sach", "Danh sách quyết định khen thưởng", decisions,
                                  anchors={years.index(y): f"nam-{y}" for y in set(years)})
    groups = [(f"Năm {y}", years.index(y), years.count(y)) for y in sorted(set(years), reverse=True)]
    title = "Quyết định khen thưởng"
    description = f"Danh sách {len(decisions)} quyết định khen thưởng đã công khai, mới nhất trước."
    parts = paging.listings(table, f"{SECTIONS['decision']}/", groups)
    return [kit.page(
        paging.page_src(f"{SECTIONS['decision']}/index.md", listing.number), "decision_list.html",
        title + paging.place(listing.pager)[0], description + paging.place(listing.pager)[1],
        listing=listing,
    ) for listing in (parts[:1] if first else parts[1:])]


def last_change(portal: Portal, decision: Decision) -> date:
    """A decision's page changes when it is signed and when a later decision corrects or revokes it."""
    changers = [decision.changed_by, *(r.changed_by for r in decision.recipients)]
    dates = [portal.decisions[c].signed for c in changers if c in portal.decisions]
    return max([decision.signed, *dates])


def decision_pages(kit: Kit, decision: Decision) -> list[GeneratedPage]:
    """The decision's page; a list longer than a page goes on at `trang-2/`, `trang-3/`, …"""
    kinds = Counter(labels.RECIPIENT_KIND[r.recipient_kind] for r in decision.recipients)
    campaign = kit.portal.campaigns.get(decision.campaign) if decision.campaign else None
    commendation_type = kit.portal.commendation_types[decision.commendation_type]
    src_uri = f"{SECTIONS['decision']}/{decision.id}.md"
    first_url = record_url("decision", decision.id)
    title = f"Quyết định số {decision.number}"
    description = (f"Quyết định số {decision.number} ngày {format_date(decision.signed)} của "
                   f"{decision.issuer}: {decision.summary}")
    updated = last_change(kit.portal, decision)
    parts = paging.listings(kit.tables.recipients(decision), first_url) if decision.recipients else [None]

    def people(listing: paging.Listing | None) -> Markup:
        """schema.org entries of the decision and the people the page lists."""
        shown = range(listing.pager.start + 1, listing.pager.stop + 1) if listing and listing.pager else None
        return jsonld.script(jsonld.decision_recipients(kit.portal, kit.config, decision, first_url, shown))

    examples, all_examples = kit.related(
        src_uri, "dien-hinh", f"Điển hình liên quan đến {title}", (first_url, title), "example",
        kit.examples_by_decision.get(decision.id, []), paging.RELATED_LINES)
    first = kit.page(
        src_uri, "decision.html", title, description,
        updated=updated,
        decision=decision,
        status=decision_status(kit.portal, decision),
        changes=kit.changes.get(decision.id, []),
        listing=parts[0],
        kinds=sorted(kinds.items()),
        revoked_entries=sum(1 for r in decision.recipients if r.status == "da_huy_bo"),
        campaign=campaign,
        commendation_type=commendation_type,
        examples=examples,
        blocks=kit.blocks_by_decision.get(decision.id, []),
        meetings=kit.meetings_by_decision.get(decision.id, []),
        consultations=kit.consultations_by_decision.get(decision.id, []),
        attachment=decision.attachment,
        address=kit.address(first_url),
        jsonld=people(parts[0]),
    )
    return [first, *(kit.list_part(src_uri, f"{title}: danh sách", description, listing, updated,
                                     back=(first_url, title), jsonld=people(listing))
                     for listing in parts[1:]), *all_examples]
