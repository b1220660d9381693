"""Totals and ranking of an emulation block's members from their score sheets."""

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

    @property
    def verified(self) -> bool:
        return self.verified_total is not None


def rank_block(block: EmulationBlock) -> list[RankedSheet]:
    """Members from highest to lowest total; equal totals share a rank (1, 2, 2, 4).

    The total is the verified score when the block has verified it, otherwise the self score,
    plus bonus minus penalty. Scores are rounded to two decimals before comparing, so points
    written as 0.1 + 0.2 are not split by floating-point noise.
    """
    rows = []
    for sheet in block.scores:
        self_total = sum(sheet.self_scores.values())
        verified_total = sum(sheet.verified_scores.values()) if sheet.verified_scores is not None else None
        base = verified_total if verified_total is not None else self_total
        total = round(base + sheet.bonus - sheet.penalty, 2)
        rows.append((sheet, round(self_total, 2), verified_total, total))
    rows.sort(key=lambda row: (-row[3], row[0].unit))
    ranked = []
    for sheet, self_total, verified_total, total in rows:
        first_with_total = next(i for i, row in enumerate(rows, start=1) if row[3] == total)
        tied = tuple(other.unit for other, _, _, t in rows if t == total and other.unit != sheet.unit)
        ranked.append(RankedSheet(sheet, self_total, verified_total, total, first_with_total, tied))
    return ranked
