"""What pages and tables show of a record, as plain values: made from the Portal alone, so that a
page, its tables and its downloads say the same."""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.domain import labels
from generator.domain.portal import Portal
from generator.domain.records import (
    Consultation,
    Decision,
    Nominee,
    Recipient,
    Target,
    YearPlan,
)
from generator.domain.text import person_sort_key
from generator.kinds import BY_NAME, LINKABLE_FOLDERS


def display_name(recipient: Recipient | Nominee) -> str:
    """How a list names a person or collective: with the honorific, and "truy tặng" when posthumous."""
    display = f"{recipient.honorific} {recipient.name}" if recipient.honorific else recipient.name
    return display + (" (truy tặng)" if getattr(recipient, "posthumous", False) else "")


def name_key(recipient: Recipient | Nominee) -> tuple:
    """Collectives first, then people and households by given name, in Vietnamese order."""
    return recipient.recipient_kind != "tap_the", person_sort_key(recipient.name)


def recipient_view(portal: Portal, recipient: Recipient | Nominee) -> dict[str, Any]:
    entry = portal.catalogue_entry(recipient.award)
    assert entry is not None, "references are resolved before pages are built"
    unit = portal.units.get(recipient.unit) if recipient.unit else None
    status = getattr(recipient, "status", "co_hieu_luc")
    changed_by = getattr(recipient, "changed_by", None)
    return {
        "kind": labels.RECIPIENT_KIND[recipient.recipient_kind],
        "name": display_name(recipient),
        "sort_key": name_key(recipient),
        "position": recipient.position or "",
        "unit": unit,
        "award": entry.name,
        "entry": entry,
        "achievement": recipient.achievement or "",
        "status": {
            "code": status,
            "label": labels.DECISION_STATUS[status],
            "by": portal.decisions.get(changed_by) if changed_by else None,
            "note": getattr(recipient, "status_note", None) or "",
        },
    }


def decision_status(portal: Portal, decision: Decision) -> dict[str, Any]:
    changer = portal.decisions.get(decision.changed_by) if decision.changed_by else None
    return {
        "code": decision.status,
        "label": labels.DECISION_STATUS[decision.status],
        "by": changer,
        "note": decision.status_note or "",
    }


def consultation_view(portal: Portal, today: date, consultation: Consultation) -> dict[str, Any]:
    """A list put to public comment, its deadline, and whether it is open on `today`."""
    deadline = portal.deadline(consultation)
    return {"consultation": consultation, "deadline": deadline, "open": today <= deadline}


def target_rows(year: YearPlan) -> list[dict[str, Any]]:
    return [_target_row(target) for target in year.targets]


def _target_row(target: Target) -> dict[str, Any]:
    latest = max(target.actuals, key=lambda a: a.date) if target.actuals else None
    met = None
    if latest is not None:
        met = (latest.value >= target.target_value if target.direction == "toi_thieu"
               else latest.value <= target.target_value)
    return {"target": target, "latest": latest, "met": met,
            "history": sorted(target.actuals, key=lambda a: a.date)}


def task_link(portal: Portal, link: str) -> dict[str, str]:
    """A plan task's link to a record ("<folder>/<code>"): the record's kind, code and title."""
    folder, code = link.split("/", 1)
    kind = LINKABLE_FOLDERS[folder]
    record = getattr(portal, BY_NAME[kind].portal_field)[code]
    title = f"Quyết định số {record.number}" if kind == "decision" else record.name
    return {"kind": kind, "id": code, "title": title}


def honour_view(portal: Portal, honour) -> dict[str, Any]:
    """A block's proposal to honour a member unit, and the decision that did, if any."""
    entry = portal.catalogue_entry(honour.proposal)
    assert entry is not None
    return {
        "unit": portal.units[honour.unit],
        "proposal": entry.name,
        "decision": portal.decisions.get(honour.decision) if honour.decision else None,
    }
