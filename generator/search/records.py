"""What the site's search finds: one record per page of a record, per person honoured or proposed.

Built from the Portal, not from the HTML pages, so that each result says what kind of record it is
and the index holds only what identifies a record (not the menus and tables repeated on every
page), which keeps what a reader's phone downloads per query small.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

import nh3

from generator.domain import labels
from generator.domain.portal import Award, Portal
from generator.domain.records import Nominee
from generator.domain.text import format_date
from generator.kinds import SECTIONS, record_url
from generator.pages.markdown import render_markdown
from generator.pages.paging import item_page_url

# The groups a reader can narrow results to; results that match a query equally well come in this
# order too.
GROUPS = labels.SEARCH_GROUPS


@dataclass(frozen=True)
class SearchRecord:
    url: str
    """Address relative to the site's root, e.g. "quyet-dinh/15-qd-ubnd-2026/#muc-2"."""
    title: str
    kind: str
    """What the record is, as the result shows it: "Quyết định", "Cá nhân được khen thưởng", …"""
    group: str
    description: str
    day: date | None
    text: list[str] = field(default_factory=list)
    """Further words that should find the record without being shown."""
    description_found: bool = True
    """False where the description is made of words most records share ("theo Quyết định số …
    ngày …" for every person honoured): indexing them would make common queries download the
    numbers of nearly every record."""

    def indexed_text(self) -> str:
        """Everything that should find the record. The kind is left out for the same reason."""
        return " ".join([self.title, *([self.description] if self.description_found else []), *self.text])

    def shown(self) -> list[str]:
        """What a result shows: address, title, kind, description and date."""
        return [self.url, self.title, self.kind, self.description, format_date(self.day) if self.day else ""]


def html_text(markup: str) -> str:
    """The words of an HTML fragment, without its tags."""
    return html.unescape(nh3.clean(markup, tags=set()))


def markdown_text(source: str) -> str:
    """The words of Markdown written in data, without its markup."""
    return html_text(str(render_markdown(source)))


def content_page_record(url: str, title: str, markup: str) -> SearchRecord:
    """A page written by hand in content/ (an introduction, the accessibility statement)."""
    return SearchRecord(url, title, "Trang thông tin", "Khác", "", None, [html_text(markup)])


def search_records(portal: Portal) -> list[SearchRecord]:
    """Every searchable record of the portal, in a stable order."""
    records: list[SearchRecord] = []
    records += [_decision(portal, d) for d in portal.decisions_newest_first()]
    records += [_award(portal, a) for a in portal.awards()]
    for consultation in sorted(portal.consultations.values(), key=lambda c: (c.published, c.id), reverse=True):
        records.append(SearchRecord(
            record_url("consultation", consultation.id), consultation.name, "Lấy ý kiến Nhân dân", "Khác",
            f"Đăng ngày {format_date(consultation.published)}, {len(consultation.nominees)} đề nghị khen thưởng.",
            consultation.published, [consultation.comments_to, consultation.results or ""],
        ))
        records += [_nominee(portal, consultation, n, position)
                    for position, n in enumerate(consultation.nominees, start=1)]
    for example in portal.examples_newest_first():
        person = example.person
        records.append(SearchRecord(
            record_url("example", example.id), example.name, labels.EXAMPLE_CATEGORY[example.category],
            "Điển hình", example.abstract, example.published,
            [example.field, _unit_name(portal, example.unit),
             f"{person.honorific} {person.full_name} {person.position or ''}" if person else "",
             markdown_text(example.story), *(f"{f.label} {f.value}" for f in example.figures)],
        ))
    for campaign in portal.campaigns_newest_first():
        document = campaign.launch_document
        records.append(SearchRecord(
            record_url("campaign", campaign.id), campaign.name, "Phong trào thi đua", "Phong trào",
            f"{labels.LEVEL[campaign.launch_level]} phát động, {labels.CAMPAIGN_FORM[campaign.form].lower()}, "
            f"từ {format_date(campaign.start)}. {labels.CAMPAIGN_STATUS[campaign.status]}.",
            campaign.start,
            [markdown_text(campaign.goals), *campaign.criteria,
             f"{document.number} {document.issuer}" if document else ""],
        ))
    for unit in sorted(portal.units.values(), key=lambda u: u.id):
        records.append(SearchRecord(
            record_url("unit", unit.id), unit.name, "Đơn vị", "Đơn vị",
            labels.UNIT_TYPE[unit.unit_type] + (f". {unit.description}" if unit.description else ""), None,
            [*(f.name for f in unit.former_names), unit.address or "", _unit_name(portal, unit.parent)],
        ))
    for block in portal.blocks_newest_first():
        records.append(SearchRecord(
            record_url("block", block.id), block.name, "Khối thi đua", "Khác",
            f"Năm {block.year}, {len(block.members)} thành viên, khối trưởng: {portal.units[block.leader].name}.",
            None, [block.organiser, *(portal.units[u].name for u in block.members)],
        ))
    for report in sorted(portal.reports.values(), key=lambda r: (r.date, r.id), reverse=True):
        records.append(SearchRecord(
            record_url("report", report.id), report.name, labels.REPORT_KIND[report.report_kind], "Khác",
            report.abstract, report.date, [report.number or "", markdown_text(report.content)],
        ))
    for meeting in sorted(portal.meetings.values(), key=lambda m: (m.date, m.id), reverse=True):
        records.append(SearchRecord(
            record_url("meeting", meeting.id), meeting.name, "Phiên họp Hội đồng Thi đua - Khen thưởng", "Khác",
            f"Họp ngày {format_date(meeting.date)}, chủ trì: {meeting.chair}.", meeting.date,
            [*meeting.agenda, markdown_text(meeting.results)],
        ))
    for year in sorted(portal.years.values(), key=lambda y: y.year, reverse=True):
        records.append(SearchRecord(
            f"{SECTIONS['plan']}/{year.year}/", f"Kế hoạch thi đua, khen thưởng năm {year.year}", "Kế hoạch",
            "Khác", f"Chủ đề của phường: “{year.ward_theme}”.", year.plan.date,
            [year.city_theme, year.plan.number, *(t.name for t in year.targets), *(t.content for t in year.tasks)],
        ))
    for entry in sorted(portal.catalogue.values(), key=lambda e: e.id):
        records.append(SearchRecord(
            f"{SECTIONS['awards']}/{entry.id}/", entry.name, labels.GROUP[entry.group], "Khác",
            f"Cấp {labels.LEVEL[entry.level].lower()}, thẩm quyền: {entry.decided_by}.", None,
            list(entry.aliases),
        ))
    return records


def _unit_name(portal: Portal, unit_id: str | None) -> str:
    return portal.units[unit_id].name if unit_id else ""


def _decision(portal: Portal, decision) -> SearchRecord:
    kind = ("Quyết định khen thưởng" if decision.decision_kind == "khen_thuong"
            else f"Quyết định {labels.DECISION_KIND[decision.decision_kind].lower()}")
    status = "" if decision.status == "co_hieu_luc" else f" {labels.DECISION_STATUS[decision.status]}."
    campaign = portal.campaigns.get(decision.campaign) if decision.campaign else None
    return SearchRecord(
        record_url("decision", decision.id), f"Quyết định số {decision.number}", kind, "Quyết định",
        f"Ngày {format_date(decision.signed)}, {decision.issuer}: {decision.summary}.{status}",
        decision.signed,
        [decision.signer.position, decision.signer.full_name, campaign.name if campaign else "",
         portal.commendation_types[decision.commendation_type].name],
    )


def _person_title(honorific: str | None, name: str) -> str:
    return f"{honorific} {name}" if honorific else name


def _award(portal: Portal, award: Award) -> SearchRecord:
    recipient, decision = award.recipient, award.decision
    where = ", ".join(p for p in (recipient.position, _unit_name(portal, recipient.unit)) if p)
    status = "" if award.status == "co_hieu_luc" else f" ({labels.DECISION_STATUS[award.status].lower()})"
    return SearchRecord(
        # A long list is cut into pages: the person's row is on one of them.
        f"{item_page_url(record_url('decision', decision.id), award.position, len(decision.recipients))}"
        f"#muc-{award.position}",
        _person_title(recipient.honorific, recipient.name),
        f"{labels.RECIPIENT_KIND[recipient.recipient_kind]} được khen thưởng", "Người, tập thể",
        f"{award.entry.name}{status} theo Quyết định số {decision.number} ngày {format_date(decision.signed)}"
        + (f". {where}." if where else "."),
        decision.signed, [award.entry.name, where, recipient.achievement or ""],
        description_found=False,
    )


def _nominee(portal: Portal, consultation, nominee: Nominee, position: int) -> SearchRecord:
    entry = portal.catalogue_entry(nominee.award)
    assert entry is not None, "references are resolved before a Portal is used"
    where = ", ".join(p for p in (nominee.position, _unit_name(portal, nominee.unit)) if p)
    return SearchRecord(
        f"{record_url('consultation', consultation.id)}#muc-{position}",
        _person_title(nominee.honorific, nominee.name), "Được đề nghị khen thưởng", "Người, tập thể",
        f"Đề nghị {entry.name}, lấy ý kiến Nhân dân từ ngày {format_date(consultation.published)}"
        + (f". {where}." if where else "."),
        consultation.published, [entry.name, where, nominee.achievement],
        description_found=False,
    )
