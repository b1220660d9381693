"""Reports (mid-year and annual reviews) and the council's meetings."""

from __future__ import annotations

from generator.domain import labels
from generator.domain.records import (
    Meeting,
    Report,
)
from generator.domain.text import format_date
from generator.kinds import SECTIONS
from generator.pages import paging
from generator.pages.kit import Kit, count
from generator.pages.markdown import render_markdown
from generator.pages.page import GeneratedPage


def report_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The reports, newest first, by year: with `first`, the first page alone (in the navigation);
    else the further pages, `bao-cao/trang-2/`, … (made with the record pages)."""
    reports = sorted(kit.portal.reports.values(), key=lambda r: (r.date, r.id), reverse=True)
    parts = paging.sectioned(reports, lambda r: (f"nam-{r.date.year}", f"Năm {r.date.year}"),
                             f"{SECTIONS['report']}/", paging.CARDS)
    return kit.sectioned_pages(
        f"{SECTIONS['report']}/index.md", "report_list.html", "Báo cáo sơ kết, tổng kết",
        "Báo cáo sơ kết 6 tháng và tổng kết năm công tác thi đua, khen thưởng.",
        parts[:1] if first else parts[1:],
    )


def report_page(kit: Kit, report: Report) -> GeneratedPage:
    awards = [a for a in kit.portal.awards() if report.start <= a.decision.signed <= report.end]
    in_force = [a for a in awards if a.in_force]
    return kit.page(
        f"{SECTIONS['report']}/{report.id}.md", "report.html", report.name, report.abstract,
        updated=report.date,
        report=report,
        content=render_markdown(report.content),
        award_count=len(in_force),
        decision_count=len({a.decision.id for a in in_force}),
        counts=[table for table in (
            kit.tables.counts("theo-danh-hieu", "Theo danh hiệu, hình thức", "Danh hiệu, hình thức",
                               count(a.entry.name for a in in_force)),
            kit.tables.counts("theo-doi-tuong", "Theo đối tượng", "Đối tượng",
                               count(labels.RECIPIENT_KIND[a.recipient.recipient_kind] for a in in_force)),
            kit.tables.counts("theo-cap", "Theo cấp", "Cấp",
                               count(labels.LEVEL[a.decision.level] for a in in_force)),
        ) if table.rows],
    )


def meeting_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The council's meetings, newest first, by year: with `first`, the first page alone (in the
    navigation); else the further pages, `hoi-dong/trang-2/`, … (made with the record pages)."""
    meetings = sorted(kit.portal.meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
    parts = paging.sectioned(meetings, lambda m: (f"nam-{m.date.year}", f"Năm {m.date.year}"),
                             f"{SECTIONS['meeting']}/", paging.SHORT_LINES)
    return kit.sectioned_pages(
        f"{SECTIONS['meeting']}/index.md", "meeting_list.html", "Hội đồng Thi đua - Khen thưởng",
        "Các phiên họp của Hội đồng Thi đua - Khen thưởng phường và kết quả.",
        parts[:1] if first else parts[1:],
    )


def meeting_page(kit: Kit, meeting: Meeting) -> GeneratedPage:
    return kit.page(
        f"{SECTIONS['meeting']}/{meeting.id}.md", "meeting.html", meeting.name,
        f"{meeting.name} ngày {format_date(meeting.date)}: nội dung và kết quả.",
        updated=meeting.date,
        meeting=meeting,
        results=render_markdown(meeting.results),
        decisions=kit.tables.decisions("quyet-dinh", "Quyết định ban hành sau phiên họp",
                                        [kit.portal.decisions[d] for d in meeting.decisions]),
    )
