"""All the ward's records together, with the indexes that link them both ways."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.domain.records import (
    Campaign,
    CatalogueEntry,
    CommendationType,
    Decision,
    Example,
    Recipient,
    Unit,
    YearPlan,
)
from generator.domain.text import fold


@dataclass(frozen=True)
class Award:
    """One recipient of one decision: the unit of everything shown about who was honoured."""

    decision: Decision
    recipient: Recipient
    entry: CatalogueEntry
    position: int


@dataclass
class Portal:
    catalogue: dict[str, CatalogueEntry]
    commendation_types: dict[str, CommendationType]
    units: dict[str, Unit]
    campaigns: dict[str, Campaign]
    decisions: dict[str, Decision]
    examples: dict[str, Example]
    years: dict[int, YearPlan]
    _catalogue_by_name: dict[str, CatalogueEntry] = field(init=False, repr=False)

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
        """Every recipient of every decision, newest decision first, in list order."""
        result = []
        for decision in self.decisions_newest_first():
            for position, recipient in enumerate(decision.recipients, start=1):
                entry = self.catalogue_entry(recipient.award)
                assert entry is not None, "references are resolved before a Portal is used"
                result.append(Award(decision, recipient, entry, position))
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
        for unit in sorted(self.units.values(), key=lambda u: fold(u.name)):
            if unit.parent:
                children[unit.parent].append(unit)
        return children

    def published_files(self) -> list[str]:
        """Files under data/ that pages link to: decision PDFs and photos whose subjects consented.

        Anything else in data/tep/ stays unpublished, so a photo without consent cannot be
        reached even by guessing its address.
        """
        files = {d.attachment for d in self.decisions.values() if d.attachment}
        files |= {p.file for e in self.examples.values() for p in e.photos if p.consent}
        return sorted(files)

    def changes_made_by(self) -> dict[str, list[Decision]]:
        """For each decision, the earlier decisions it corrected or revoked."""
        made: dict[str, list[Decision]] = defaultdict(list)
        for decision in self.decisions_newest_first():
            if decision.changed_by:
                made[decision.changed_by].append(decision)
        return made
