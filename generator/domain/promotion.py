"""Making good examples known: featured stories, timelines of campaigns and of the year, and
the monthly digest of what was published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.domain.portal import Portal
from generator.domain.records import Campaign, Example, Record
from generator.domain.text import format_date

MILESTONE_LABELS = {
    "phat_dong": "Phát động",
    "ky_giao_uoc": "Ký giao ước thi đua",
    "so_ket": "Sơ kết",
    "tong_ket": "Tổng kết",
    "khac": "Sự kiện",
}


@dataclass(frozen=True)
class Event:
    """One dated line of a timeline; `kind` and `record_id` make a link when the event has a page."""

    date: date
    label: str
    title: str
    kind: str | None = None
    record_id: str | None = None


def featured_examples(portal: Portal, today: date) -> list[Example]:
    """Examples whose featured period includes `today`, the most recently started first."""
    current = [e for e in portal.examples.values() if e.featured and e.featured.start <= today <= e.featured.end]
    return sorted(current, key=lambda e: (e.featured.start, e.id), reverse=True)


def campaign_timeline(portal: Portal, campaign: Campaign) -> list[Event]:
    """The campaign's own milestones, its launching document, the covenants of its blocks and
    the decisions taken under it, in date order."""
    events = [Event(m.date, MILESTONE_LABELS[m.event_kind], m.event) for m in campaign.milestones]
    document = campaign.launch_document
    if document and not any(m.event_kind == "phat_dong" for m in campaign.milestones):
        events.append(Event(document.date, "Phát động",
                            f"Văn bản phát động số {document.number} của {document.issuer}"))
    for block in portal.blocks_by_campaign().get(campaign.id, []):
        if block.covenant:
            events.append(Event(block.covenant.signed, "Ký giao ước thi đua", block.name, "block", block.id))
    for decision in portal.decisions_by_campaign().get(campaign.id, []):
        events.append(Event(decision.signed, "Khen thưởng", f"Quyết định số {decision.number}: {decision.summary}",
                            "decision", decision.id))
    return sorted(events, key=lambda e: (e.date, e.label, e.title))


def year_events(portal: Portal, year: int) -> list[Event]:
    """What happened, or is set to happen, in the year: milestones of campaigns, covenants,
    public-comment lists, council meetings, reports and award decisions."""
    events: list[Event] = []
    for campaign in portal.campaigns.values():
        for milestone in campaign.milestones:
            events.append(Event(milestone.date, MILESTONE_LABELS[milestone.event_kind],
                                f"{milestone.event} ({campaign.name})", "campaign", campaign.id))
    for block in portal.blocks.values():
        if block.covenant:
            events.append(Event(block.covenant.signed, "Ký giao ước thi đua", block.name, "block", block.id))
    for consultation in portal.consultations.values():
        events.append(Event(consultation.published, "Lấy ý kiến Nhân dân", consultation.name,
                            "consultation", consultation.id))
    for meeting in portal.meetings.values():
        events.append(Event(meeting.date, "Hội đồng Thi đua - Khen thưởng", meeting.name, "meeting", meeting.id))
    for report in portal.reports.values():
        events.append(Event(report.date, "Báo cáo", report.name, "report", report.id))
    for decision in portal.decisions.values():
        events.append(Event(decision.signed, "Quyết định", f"Số {decision.number}: {decision.summary}",
                            "decision", decision.id))
    return sorted((e for e in events if e.date.year == year), key=lambda e: (e.date, e.label, e.title))


def published_on(record: Record) -> date:
    """The day a record reached the public: its publication date if it was held back,
    otherwise its own date."""
    if record.publish_from is not None:
        return record.publish_from
    for name in ("signed", "published", "date"):
        day = getattr(record, name, None)
        if isinstance(day, date):
            return day
    raise ValueError(f"{type(record).__name__} has no date of its own")


@dataclass(frozen=True)
class DigestItem:
    day: date
    label: str
    title: str
    kind: str
    record_id: str


def digest(portal: Portal) -> dict[tuple[int, int], list[DigestItem]]:
    """Everything published, by (year, month), in date order: what a newsletter would list."""
    items: list[DigestItem] = []
    for decision in portal.decisions.values():
        items.append(DigestItem(published_on(decision), "Quyết định khen thưởng",
                                f"Quyết định số {decision.number} ngày {format_date(decision.signed)}: "
                                f"{decision.summary}", "decision", decision.id))
    for example in portal.examples.values():
        items.append(DigestItem(published_on(example), "Điển hình", example.name, "example", example.id))
    for consultation in portal.consultations.values():
        items.append(DigestItem(published_on(consultation), "Lấy ý kiến Nhân dân", consultation.name,
                                "consultation", consultation.id))
    for report in portal.reports.values():
        items.append(DigestItem(published_on(report), "Báo cáo", report.name, "report", report.id))
    for meeting in portal.meetings.values():
        items.append(DigestItem(published_on(meeting), "Hội đồng Thi đua - Khen thưởng", meeting.name,
                                "meeting", meeting.id))
    months: dict[tuple[int, int], list[DigestItem]] = {}
    for item in sorted(items, key=lambda i: (i.day, i.label, i.title)):
        months.setdefault((item.day.year, item.day.month), []).append(item)
    return months
