"""All the ward's records together, with the indexes that link them both ways."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from generator.domain.records import (
    Campaign,
    CatalogueEntry,
    CommendationType,
    Consultation,
    Decision,
    EmulationBlock,
    Example,
    Holiday,
    Meeting,
    Recipient,
    Report,
    Unit,
    YearPlan,
)
from generator.domain.text import fold, vietnamese_key
from generator.domain.workdays import add_working_days


@dataclass(frozen=True)
class Award:
    """One recipient of one decision: the unit of everything shown about who was honoured."""

    decision: Decision
    recipient: Recipient
    entry: CatalogueEntry
    position: int

    @property
    def status(self) -> str:
        """A revoked or corrected decision changes all its entries; otherwise the entry's own."""
        if self.decision.status != "co_hieu_luc":
            return self.decision.status
        return self.recipient.status

    @property
    def in_force(self) -> bool:
        return self.status != "da_huy_bo"


@dataclass
class Portal:
    catalogue: dict[str, CatalogueEntry]
    commendation_types: dict[str, CommendationType]
    units: dict[str, Unit]
    campaigns: dict[str, Campaign]
    decisions: dict[str, Decision]
    examples: dict[str, Example]
    years: dict[int, YearPlan]
    blocks: dict[str, EmulationBlock] = field(default_factory=dict)
    consultations: dict[str, Consultation] = field(default_factory=dict)
    holidays: dict[date, Holiday] = field(default_factory=dict)
    reports: dict[str, Report] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    _catalogue_by_name: dict[str, CatalogueEntry] = field(init=False, repr=False)
    _awards: tuple[Award, ...] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self._catalogue_by_name = {}
        for entry in self.catalogue.values():
            for name in (entry.id, entry.name, *entry.aliases):
                self._catalogue_by_name[fold(name)] = entry

    def catalogue_entry(self, name: str) -> CatalogueEntry | None:
        """The title or form an editor named, by its code, its name or one of its aliases."""
        return self._catalogue_by_name.get(fold(name))

    # Records in the order citizens expect: newest first.

    def decisions_newest_first(self) -> list[Decision]:
        return sorted(self.decisions.values(), key=lambda d: (d.signed, d.id), reverse=True)

    def examples_newest_first(self) -> list[Example]:
        return sorted(self.examples.values(), key=lambda e: (e.published, e.id), reverse=True)

    def campaigns_newest_first(self) -> list[Campaign]:
        return sorted(self.campaigns.values(), key=lambda c: (c.start, c.id), reverse=True)

    def current_year(self) -> YearPlan | None:
        return self.years[max(self.years)] if self.years else None

    def awards(self) -> list[Award]:
        """Every entry of every award decision, newest decision first, in list order.

        Decisions that only correct or revoke are left out: their lists name entries of other
        decisions, not new awards. Computed once: a Portal's records do not change after loading.
        """
        if self._awards is not None:
            return list(self._awards)
        result = []
        for decision in self.decisions_newest_first():
            if decision.decision_kind != "khen_thuong":
                continue
            for position, recipient in enumerate(decision.recipients, start=1):
                entry = self.catalogue_entry(recipient.award)
                assert entry is not None, "references are resolved before a Portal is used"
                result.append(Award(decision, recipient, entry, position))
        self._awards = tuple(result)
        return result

    def awards_by_unit(self) -> dict[str, list[Award]]:
        by_unit: dict[str, list[Award]] = defaultdict(list)
        for award in self.awards():
            if award.recipient.unit:
                by_unit[award.recipient.unit].append(award)
        return by_unit

    def decisions_by_campaign(self) -> dict[str, list[Decision]]:
        by_campaign: dict[str, list[Decision]] = defaultdict(list)
        for decision in self.decisions_newest_first():
            if decision.campaign:
                by_campaign[decision.campaign].append(decision)
        return by_campaign

    def examples_by_campaign(self) -> dict[str, list[Example]]:
        by_campaign: dict[str, list[Example]] = defaultdict(list)
        for example in self.examples_newest_first():
            if example.campaign:
                by_campaign[example.campaign].append(example)
        return by_campaign

    def examples_by_unit(self) -> dict[str, list[Example]]:
        by_unit: dict[str, list[Example]] = defaultdict(list)
        for example in self.examples_newest_first():
            if example.unit:
                by_unit[example.unit].append(example)
        return by_unit

    def examples_by_decision(self) -> dict[str, list[Example]]:
        by_decision: dict[str, list[Example]] = defaultdict(list)
        for example in self.examples_newest_first():
            for decision_id in example.decisions:
                by_decision[decision_id].append(example)
        return by_decision

    def campaigns_by_unit(self) -> dict[str, list[Campaign]]:
        by_unit: dict[str, list[Campaign]] = defaultdict(list)
        for campaign in self.campaigns_newest_first():
            for unit_id in campaign.units:
                by_unit[unit_id].append(campaign)
        return by_unit

    def children_of(self) -> dict[str, list[Unit]]:
        children: dict[str, list[Unit]] = defaultdict(list)
        for unit in sorted(self.units.values(), key=lambda u: vietnamese_key(u.name)):
            if unit.parent:
                children[unit.parent].append(unit)
        return children

    def published_files(self) -> list[str]:
        """Files under data/ that pages link to: decision and report PDFs, and photos whose subjects
        consented.

        Anything else in data/tep/ stays unpublished, so a photo without consent cannot be
        reached even by guessing its address.
        """
        files = {d.attachment for d in self.decisions.values() if d.attachment}
        files |= {r.attachment for r in self.reports.values() if r.attachment}
        files |= {p.file for e in self.examples.values() for p in e.photos if p.consent}
        return sorted(files)

    def deadline(self, consultation: Consultation) -> date:
        off = [day for day, holiday in self.holidays.items() if not holiday.make_up]
        worked = [day for day, holiday in self.holidays.items() if holiday.make_up]
        return add_working_days(consultation.published, consultation.working_days, off, worked)

    def consultations_open_first(self, today: date) -> list[Consultation]:
        """Open lists first (closing soonest first), then closed ones, newest first."""
        def key(c: Consultation) -> tuple:
            deadline = self.deadline(c)
            is_open = today <= deadline
            return (not is_open, deadline.toordinal() * (1 if is_open else -1), c.id)

        return sorted(self.consultations.values(), key=key)

    def blocks_newest_first(self) -> list[EmulationBlock]:
        return sorted(self.blocks.values(), key=lambda b: (b.year, b.block_number, b.id), reverse=True)

    def blocks_by_unit(self) -> dict[str, list[EmulationBlock]]:
        by_unit: dict[str, list[EmulationBlock]] = defaultdict(list)
        for block in self.blocks_newest_first():
            for unit_id in block.members:
                by_unit[unit_id].append(block)
        return by_unit

    def blocks_by_decision(self) -> dict[str, list[EmulationBlock]]:
        by_decision: dict[str, list[EmulationBlock]] = defaultdict(list)
        for block in self.blocks_newest_first():
            for honour in block.honours:
                if honour.decision and block not in by_decision[honour.decision]:
                    by_decision[honour.decision].append(block)
        return by_decision

    def blocks_by_campaign(self) -> dict[str, list[EmulationBlock]]:
        by_campaign: dict[str, list[EmulationBlock]] = defaultdict(list)
        for block in self.blocks_newest_first():
            if block.campaign:
                by_campaign[block.campaign].append(block)
        return by_campaign

    def meetings_by_decision(self) -> dict[str, list[Meeting]]:
        by_decision: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in sorted(self.meetings.values(), key=lambda m: (m.date, m.id), reverse=True):
            for decision_id in meeting.decisions:
                by_decision[decision_id].append(meeting)
        return by_decision

    def consultations_by_decision(self) -> dict[str, list[Consultation]]:
        by_decision: dict[str, list[Consultation]] = defaultdict(list)
        for consultation in self.consultations.values():
            for decision_id in consultation.decisions:
                by_decision[decision_id].append(consultation)
        return by_decision

    def changes_made_by(self) -> dict[str, list[Decision]]:
        """For each decision, the earlier decisions it corrected or revoked, whole or in part."""
        made: dict[str, list[Decision]] = defaultdict(list)
        for decision in self.decisions_newest_first():
            changers = {decision.changed_by} | {r.changed_by for r in decision.recipients}
            for changer in sorted(c for c in changers if c):
                made[changer].append(decision)
        return made
