"""What pages and tables show of a record, as plain values: made from the Portal alone, so that a
page, its tables and its downloads say the same."""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.domain import labels
from generator.domain.consultation import counting_start
from generator.domain.consultation import legal_basis as consultation_basis
from generator.domain.portal import Portal
from generator.domain.records import (
    Consultation,
    Decision,
    Nominee,
    Recipient,
    YearPlan,
)
from generator.domain.targets import TargetStanding
from generator.domain.targets import judge as judge_target
from generator.domain.text import person_sort_key
from generator.kinds import BY_NAME, LINKABLE_FOLDERS, record_url
from generator.pages.paging import item_page_url


def display_name(recipient: Recipient | Nominee) -> str:
    """How a list names a person or collective: with the honorific, and "truy tặng" when posthumous."""
    display = f"{recipient.honorific} {recipient.name}" if recipient.honorific else recipient.name
    return display + (" (truy tặng)" if getattr(recipient, "posthumous", False) else "")


def corrected_name(recipient: Recipient) -> str:
    """A corrected entry's name as lists show it: the corrected one, then the one the decision wrote."""
    shown = display_name(recipient.as_corrected())
    originals = recipient.originals()
    if "name" not in originals and "honorific" not in originals:
        return shown
    written = f"{recipient.honorific} {recipient.name}" if recipient.honorific else recipient.name
    return noted(shown, written)


def noted(value: str, original: Any) -> str:
    """A corrected value, followed by the value the original decision wrote."""
    return f"{value} (trước khi đính chính: {original or 'không ghi'})"


def name_key(recipient: Recipient | Nominee) -> tuple:
    """Collectives first, then people and households by given name, in Vietnamese order."""
    return recipient.recipient_kind != "tap_the", person_sort_key(recipient.name)


def recipient_view(portal: Portal, recipient: Recipient | Nominee) -> dict[str, Any]:
    entry = portal.catalogue_entry(recipient.award)
    assert entry is not None, "references are resolved before pages are built"
    status = getattr(recipient, "status", "co_hieu_luc")
    changed_by = getattr(recipient, "changed_by", None)
    # A corrected entry is shown with its corrected values, its name noting the original.
    written = recipient
    if isinstance(recipient, Recipient):
        recipient = recipient.as_corrected()
    unit = portal.units.get(recipient.unit) if recipient.unit else None
    return {
        "kind": labels.RECIPIENT_KIND[recipient.recipient_kind],
        "name": corrected_name(written) if isinstance(written, Recipient) else display_name(recipient),
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


def changes_to(portal: Portal, decision: Decision) -> list[dict[str, Any]]:
    """Every entry a later decision corrected or revoked, in list order, for the notice at the
    top of the decision's page. The verb is the changing decision's own kind."""
    found = []
    for number, recipient in enumerate(decision.recipients, start=1):
        by = portal.decisions.get(recipient.changed_by) if recipient.changed_by else None
        if by is None:
            continue
        corrected = recipient.as_corrected()
        found.append({
            "number": number,
            "row": item_page_url(record_url("decision", decision.id), number,
                                 len(decision.recipients)) + f"#muc-{number}",
            "name": f"{recipient.honorific} {recipient.name}" if recipient.honorific else recipient.name,
            "kind": by.decision_kind,
            "by": by,
            "note": recipient.status_note or "",
            "corrections": [
                {"field": labels.CORRECTED_FIELD[field], "value": _field_text(portal, field, getattr(corrected, field)),
                 "before": _field_text(portal, field, before)}
                for field, before in recipient.originals().items()],
        })
    return found


def _field_text(portal: Portal, field: str, value: Any) -> str:
    if field == "unit" and value:
        return portal.units[value].name
    return value or "không ghi"


def changes_made(changed: list[Decision], decision: Decision) -> list[dict[str, Any]]:
    """The earlier decisions (`changed`) this one corrected or revoked: whole, or the entries it names."""
    made = []
    for other in changed:
        entries = [(number, f"{r.honorific} {r.name}" if r.honorific else r.name)
                   for number, r in enumerate(other.recipients, start=1) if r.changed_by == decision.id]
        made.append({"decision": other, "whole": other.changed_by == decision.id, "entries": entries})
    return made


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
    start = counting_start(consultation.published, consultation.publish_from)
    return {"consultation": consultation, "deadline": deadline, "open": today <= deadline,
            "start": start, "legal_basis": consultation_basis(start)}


def target_rows(year: YearPlan) -> list[TargetStanding]:
    return [judge_target(target, year.year) for target in year.targets]


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
