"""Units: their list, and each unit's page with its awards, members, examples and blocks."""

from __future__ import annotations

from typing import Any

from generator.domain import labels
from generator.domain.records import (
    EmulationBlock,
    Unit,
)
from generator.domain.text import vietnamese_key
from generator.kinds import SECTIONS, record_url
from generator.pages import paging
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage
from generator.pages.views import (
    honour_view,
)


def unit_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The units, by kind and name: with `first`, the first page alone (in the navigation); else the
    further pages, `don-vi/trang-2/`, … (made with the record pages)."""
    units = sorted(kit.portal.units.values(), key=lambda u: (labels.UNIT_TYPE[u.unit_type], vietnamese_key(u.name)))
    rows = [{"unit": unit, "awards": len(kit.awards_by_unit.get(unit.id, []))} for unit in units]
    parts = paging.sectioned(rows, lambda row: (row["unit"].unit_type, labels.UNIT_TYPE[row["unit"].unit_type]),
                             f"{SECTIONS['unit']}/", paging.SHORT_LINES)
    return kit.sectioned_pages(
        f"{SECTIONS['unit']}/index.md", "unit_list.html", "Đơn vị",
        f"{len(units)} cơ quan, trường học, tổ dân phố, doanh nghiệp và tổ chức trên địa bàn.",
        parts[:1] if first else parts[1:])


def unit_pages(kit: Kit, unit: Unit) -> list[GeneratedPage]:
    """The unit's page; a list of awards longer than a page goes on at `trang-2/`, …"""
    rows = kit.tables.unit_awards(unit.id)
    src_uri = f"{SECTIONS['unit']}/{unit.id}.md"
    first_url = record_url("unit", unit.id)
    description = f"{unit.name}: khen thưởng theo năm, điển hình và phong trào thi đua tham gia."
    parts: list[paging.Listing | None] = [None]
    if rows:
        table, groups = kit.tables.awards(
            "khen-thuong", f"Khen thưởng của {unit.name} và thành viên", rows, without="don_vi",
            group=lambda row: (f"Năm {row.award.decision.signed.year}", f"nam-{row.award.decision.signed.year}"))
        parts = paging.listings(table, first_url, groups)
    back = (first_url, unit.name)
    children, all_children = kit.related(
        src_uri, "don-vi-truc-thuoc", f"Đơn vị trực thuộc {unit.name}", back, "unit",
        kit.children.get(unit.id, []), paging.RELATED_LINES)
    examples, all_examples = kit.related(
        src_uri, "dien-hinh", f"Điển hình của {unit.name}", back, "example",
        kit.examples_by_unit.get(unit.id, []), paging.RELATED_CARDS)
    campaigns, all_campaigns = kit.related(
        src_uri, "phong-trao", f"Phong trào {unit.name} tham gia", back, "campaign",
        kit.campaigns_by_unit.get(unit.id, []), paging.RELATED_CARDS)
    first = kit.page(
        src_uri, "unit.html", unit.name, description,
        unit=unit,
        parent=kit.portal.units.get(unit.parent) if unit.parent else None,
        children=children,
        listing=parts[0],
        award_count=len(rows),
        examples=examples,
        campaigns=campaigns,
        blocks=[_membership(kit, block, unit) for block in kit.blocks_by_unit.get(unit.id, [])],
    )
    return [first, *(kit.list_part(src_uri, f"{unit.name}: khen thưởng", description, listing, None,
                                     back=back)
                     for listing in parts[1:]), *all_children, *all_examples, *all_campaigns]


def _membership(kit: Kit, block: EmulationBlock, unit: Unit) -> dict[str, Any]:
    role = ("Khối trưởng" if block.leader == unit.id
            else "Khối phó" if block.deputy == unit.id else "Thành viên")
    ranked = next((r for r in kit.rankings[block.id] if r.sheet.unit == unit.id), None)
    honours = [h for h in block.honours if h.unit == unit.id]
    return {"block": block, "role": role, "ranked": ranked, "members": len(block.members),
            "honours": [honour_view(kit.portal, h) for h in honours]}
