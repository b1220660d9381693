"""Totals and ranking of an emulation block's members from their score sheets.

Scoring follows the block's covenant (giao ước thi đua), which its members sign; blocks, covenants
and verification (thẩm định) are practice under each city's emulation rules, not an article of
Luật Thi đua, khen thưởng 06/2022/QH15, whose Điều 5 asks only that results be "chính xác, công
khai, minh bạch, công bằng". Hence: until every member has been verified, a ranking is
provisional ("tạm xếp hạng") and made on the self-assessed scores of all: a verified score beside
a self-assessed one is not a like-for-like comparison, and an unverified 99 must not come first
as if final.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.domain.records import EmulationBlock, ScoreSheet


@dataclass(frozen=True)
class RankedSheet:
    sheet: ScoreSheet
    self_total: float
    verified_total: float | None
    total: float
    rank: int
    tied_with: tuple[str, ...]
    provisional: bool
    """True while some member is not verified: the rank is then on self-assessed scores."""

    @property
    def verified(self) -> bool:
        return self.verified_total is not None


def all_verified(block: EmulationBlock) -> bool:
    """Every member of the block has a sheet with verified scores."""
    verified = {sheet.unit for sheet in block.scores if sheet.verified_scores is not None}
    return set(block.members) <= verified


def rank_block(block: EmulationBlock) -> list[RankedSheet]:
    """Members from highest to lowest total; equal totals share a rank (1, 2, 2, 4).

    The total is the verified score once every member is verified, otherwise (provisional) the
    self score, plus bonus minus penalty. Totals are rounded to the covenant's precision before
    comparing, so points written as 0.1 + 0.2 are not split by floating-point noise.
    """
    precision = block.covenant.precision if block.covenant else 2
    final = all_verified(block)
    rows = []
    for sheet in block.scores:
        self_total = round(sum(sheet.self_scores.values()), precision)
        verified_total = (round(sum(sheet.verified_scores.values()), precision)
                          if sheet.verified_scores is not None else None)
        base = verified_total if final and verified_total is not None else self_total
        total = round(base + sheet.bonus - sheet.penalty, precision)
        rows.append((sheet, self_total, verified_total, total))
    rows.sort(key=lambda row: (-row[3], row[0].unit))
    ranked = []
    for sheet, self_total, verified_total, total in rows:
        first_with_total = next(i for i, row in enumerate(rows, start=1) if row[3] == total)
        tied = tuple(other.unit for other, _, _, t in rows if t == total and other.unit != sheet.unit)
        ranked.append(RankedSheet(sheet, self_total, verified_total, total, first_with_total, tied, not final))
    return ranked
