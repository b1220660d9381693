"""Emulation blocks: their list and each block's covenant, scores, ranking and honours."""

from __future__ import annotations

from generator.domain.records import (
    EmulationBlock,
)
from generator.domain.text import format_number, vietnamese_key
from generator.kinds import SECTIONS
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage
from generator.pages.views import (
    honour_view,
)


def block_list(kit: Kit) -> GeneratedPage:
    blocks = kit.portal.blocks_newest_first()
    return kit.page(
        f"{SECTIONS['block']}/index.md", "block_list.html", "Khối thi đua",
        f"{len(blocks)} khối thi đua: thành viên, giao ước, chấm điểm, xếp hạng và suy tôn.",
        rows=[{"block": b, "leader": kit.portal.units[b.leader], "ranked": bool(kit.rankings[b.id])}
              for b in blocks],
    )


def block_page(kit: Kit, block: EmulationBlock) -> GeneratedPage:
    units = kit.portal.units
    ranking = []
    for ranked in kit.rankings[block.id]:
        tied = [units[u].name for u in ranked.tied_with]
        ranking.append({
            "ranked": ranked,
            "unit": units[ranked.sheet.unit],
            "explanation": (
                f"Đồng hạng {ranked.rank} với {', '.join(tied)}: cùng tổng điểm "
                f"{format_number(ranked.total)}." if tied else ""
            ),
        })
    criteria = block.covenant.criteria if block.covenant else []
    members = sorted((units[u] for u in block.members), key=lambda u: vietnamese_key(u.name))
    return kit.page(
        f"{SECTIONS['block']}/{block.id}.md", "block.html", block.name,
        f"{block.name} năm {block.year}: thành viên, giao ước thi đua, bảng điểm, xếp hạng và suy tôn.",
        block=block,
        leader=units[block.leader],
        deputy=units[block.deputy] if block.deputy else None,
        members=members,
        campaign=kit.portal.campaigns.get(block.campaign) if block.campaign else None,
        criteria=kit.tables.criteria(criteria) if criteria else None,
        ranking=kit.tables.ranking(block, ranking) if ranking else None,
        scores=kit.tables.scores(criteria, ranking) if ranking else None,
        honours=[honour_view(kit.portal, h) for h in block.honours],
    )
