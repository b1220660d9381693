"""A person's awards across decisions: titles repeated within their period, prerequisites missing.

Only recipients with a stable `ma_nguoi` are followed: a name alone does not say that two entries
are one person. The portal may not hold a person's whole history (it starts in some year, and
higher levels' decisions may be missing), so what is found here is a warning for the office to
look at, never an error. Revoked awards count for nothing: they were never due.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from generator.domain.portal import Award, Portal

# Decisions for a year's titles are signed from late in that year to early the next: two annual
# awards signed this much less than a full period apart are still two periods.
SIGNING_SEASON = timedelta(days=90)


@dataclass(frozen=True)
class HistoryNote:
    person_id: str
    award: Award
    problem: str

    def __str__(self) -> str:
        return f"{self.person_id}: {self.award.entry.name} ({self.award.decision.id}) {self.problem}"


def _years(count: int) -> timedelta:
    return timedelta(days=365 * count + count // 4)


def history_notes(portal: Portal) -> tuple[list[HistoryNote], list[HistoryNote]]:
    """(titles repeated within their period, prerequisites not found), in decision order."""
    by_person: dict[str, list[Award]] = defaultdict(list)
    for award in portal.awards():
        if award.in_force and award.recipient.person_id:
            by_person[award.recipient.person_id].append(award)
    repeated: list[HistoryNote] = []
    missing: list[HistoryNote] = []
    for person_id, awards in sorted(by_person.items()):
        awards.sort(key=lambda a: (a.decision.signed, a.decision.id, a.position))
        for index, award in enumerate(awards):
            entry = award.entry
            signed = award.decision.signed
            if entry.period_years:
                earlier = [a for a in awards[:index] if a.entry.id == entry.id
                           and signed - a.decision.signed < _years(entry.period_years) - SIGNING_SEASON]
                if earlier:
                    repeated.append(HistoryNote(
                        person_id, award,
                        f"đã được tặng theo {earlier[-1].decision.id}, chưa hết chu kỳ {entry.period_years} năm "
                        f"({entry.period_basis or 'danh mục'})"))
            for rule in entry.prerequisites:
                wanted = {_entry_id(portal, name) for name in rule.awards}
                since = signed - _years(rule.years) - SIGNING_SEASON
                found = [a for a in awards if a is not award and a.entry.id in wanted
                         and since < a.decision.signed <= signed]
                if len(found) < rule.times:
                    names = " hoặc ".join(rule.awards)
                    missing.append(HistoryNote(
                        person_id, award,
                        f"cần {rule.times} lần {names} trong {rule.years} năm trước, trên cổng có {len(found)} "
                        f"({rule.legal_basis})"))
    return repeated, missing


def _entry_id(portal: Portal, name: str) -> str | None:
    entry = portal.catalogue_entry(name)
    return entry.id if entry else None

