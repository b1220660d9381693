"""The figures at the top of the home page: what a citizen wants to know at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.domain.portal import Portal


@dataclass(frozen=True)
class Headlines:
    year: int
    awards: int
    """Award entries still in force of the decisions signed this year (revoked ones not counted,
    as on the statistics page; corrections and revocations are not new awards)."""
    open_consultations: int
    """Lists open for public comment on `today` (to the end of their deadline)."""
    running_campaigns: int
    new_examples: int
    """Exemplary examples published this year (up to `today`)."""


def headlines(portal: Portal, today: date) -> Headlines:
    year = today.year
    return Headlines(
        year=year,
        awards=sum(1 for award in portal.awards() if award.decision.signed.year == year and award.in_force),
        open_consultations=sum(1 for c in portal.consultations.values() if today <= portal.deadline(c)),
        running_campaigns=sum(1 for c in portal.campaigns.values() if c.status == "dang_trien_khai"),
        new_examples=sum(1 for e in portal.examples.values() if e.published.year == year and e.published <= today),
    )
