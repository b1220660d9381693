"""What the site's search finds: one record per page of a record, per person honoured or proposed.

Built from the Portal, not from the HTML pages, so that each result says what kind of record it is
and the index holds only what identifies a record (not the menus and tables repeated on every
page), which keeps what a reader's phone downloads per query small.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import nh3

from generator.domain import labels
from generator.domain.holders import own_unit
from generator.domain.locality import Locality
from generator.domain.portal import Award, Portal
from generator.domain.records import CatalogueEntry, Nominee, Recipient
from generator.domain.text import fold, format_date
from generator.kinds import SECTIONS, record_url
from generator.pages.markdown import render_markdown
from generator.pages.paging import item_page_url

# The groups a reader can narrow results to; results that match a query equally well come in this
# order too.
GROUPS = labels.SEARCH_GROUPS

# A result lists this many of a person's or unit's awards, newest first, and says how many more:
# a unit honoured every year for decades would otherwise make the file of its results, which a
# query downloads, hundreds of kilobytes.
SHOWN_ITEMS = 5


class Facet(NamedTuple):
    """A value a reader can narrow results to: a year, a level, a title or form of award."""

    field: str
    """"nam", "cap" or "dh": the search page's filters (generator/domain/facets.py)."""
    value: str


class Item(NamedTuple):
    """One award or proposal listed under the person or unit it went to."""

    url: str
    text: str


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
    name: str = ""
    """The part of the title a query that names the record exactly is compared with: a person's
    name without "Ông"/"Bà", a decision's number. Empty: the whole title."""
    items: tuple[Item, ...] = ()
    facets: tuple[Facet, ...] = ()

    def indexed_text(self) -> str:
        """Everything that should find the record. The kind is left out for the same reason."""
        return " ".join([self.title, *([self.description] if self.description_found else []), *self.text])

    def shown(self) -> list:
        """What a result shows: address, title, kind, description and date; then, for a person or
        unit, their newest awards as [address, text], and how many there are in all."""
        shown: list = [self.url, self.title, self.kind, self.description,
                       format_date(self.day) if self.day else ""]
        if not self.items:
            return shown
        return shown + [[list(item) for item in self.items[:SHOWN_ITEMS]], len(self.items)]


def html_text(markup: str) -> str:
    """The words of an HTML fragment, without its tags."""
    return html.unescape(nh3.clean(markup, tags=set()))


def markdown_text(source: str) -> str:
    """The words of Markdown written in data, without its markup."""
    return html_text(str(render_markdown(source)))


def content_page_record(url: str, title: str, markup: str) -> SearchRecord:
    """A page written by hand in content/ (an introduction, the accessibility statement)."""
    return SearchRecord(url, title, "Trang thông tin", "Khác", "", None, [html_text(markup)])


def search_records(portal: Portal, local_unit: Locality) -> list[SearchRecord]:
    """Every searchable record of the portal, in a stable order."""
    own_awards, people, by_name = _awards_by_holder(portal)
    # A collective proposed under its own unit's name is listed with that unit, and a person
    # already honoured with their awards: one result each.
    own_proposals: dict[str, list[Item]] = defaultdict(list)
    proposals: dict[tuple, list[Item]] = defaultdict(list)
    proposal_facets: dict[str | tuple, list[Facet]] = defaultdict(list)
    consultations: list[SearchRecord] = []
    for consultation in sorted(portal.consultations.values(), key=lambda c: (c.published, c.id), reverse=True):
        entries = [portal.catalogue_entry(n.award) for n in consultation.nominees]
        consultations.append(SearchRecord(
            record_url("consultation", consultation.id), consultation.name, "Lấy ý kiến Nhân dân", "Khác",
            f"Đăng ngày {format_date(consultation.published)}, {len(consultation.nominees)} đề nghị khen thưởng.",
            consultation.published, [consultation.comments_to, consultation.results or ""],
            facets=_facets([consultation.published.year], [e for e in entries if e]),
        ))
        for position, nominee in enumerate(consultation.nominees, start=1):
            record = _nominee(portal, consultation, nominee, position)
            unit, holder = own_unit(portal, nominee), by_name.get(_holder(nominee))
            proposal = Item(record.url, _proposal(portal, consultation, nominee))
            if unit is not None:
                own_proposals[unit.id].append(proposal)
                proposal_facets[unit.id] += record.facets
            elif holder in people:
                proposals[holder].append(proposal)
                proposal_facets[holder] += record.facets
            else:
                consultations.append(record)
    records: list[SearchRecord] = []
    records += [_decision(portal, d) for d in portal.decisions_newest_first()]
    records += [_person(portal, awards, proposals[holder], proposal_facets[holder])
                for holder, awards in people.items()]
    records += consultations
    for example in portal.examples_newest_first():
        person = example.person
        records.append(SearchRecord(
            record_url("example", example.id), example.name, labels.EXAMPLE_CATEGORY[example.category],
            "Điển hình", example.abstract, example.published,
            [example.field, _unit_name(portal, example.unit),
             f"{person.honorific} {person.full_name} {person.position or ''}" if person else "",
             markdown_text(example.story), *(f"{f.label} {f.value}" for f in example.figures)],
            facets=_facets([example.published.year]),
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
            facets=_facets([campaign.start.year], levels=[campaign.launch_level]),
        ))
    for unit in sorted(portal.units.values(), key=lambda u: u.id):
        awards = own_awards.get(unit.id, [])
        records.append(SearchRecord(
            record_url("unit", unit.id), unit.name, "Đơn vị", "Đơn vị",
            labels.UNIT_TYPE[unit.unit_type] + (f". {unit.description}" if unit.description else ""), None,
            [*(f.name for f in unit.former_names), unit.address or "", _unit_name(portal, unit.parent),
             *(_shown(a).award for a in awards)],
            items=(*own_proposals[unit.id], *(_award_item(a) for a in awards)),
            facets=tuple(sorted({*_award_facets(awards), *proposal_facets[unit.id]})),
        ))
    for block in portal.blocks_newest_first():
        records.append(SearchRecord(
            record_url("block", block.id), block.name, "Khối thi đua", "Khác",
            f"Năm {block.year}, {len(block.members)} thành viên, khối trưởng: {portal.units[block.leader].name}.",
            None, [block.organiser, *(portal.units[u].name for u in block.members)],
            facets=_facets([block.year]),
        ))
    for report in sorted(portal.reports.values(), key=lambda r: (r.date, r.id), reverse=True):
        records.append(SearchRecord(
            record_url("report", report.id), report.name, labels.REPORT_KIND[report.report_kind], "Khác",
            report.abstract, report.date, [report.number or "", markdown_text(report.content)],
            facets=_facets([report.year]),
        ))
    for meeting in sorted(portal.meetings.values(), key=lambda m: (m.date, m.id), reverse=True):
        records.append(SearchRecord(
            record_url("meeting", meeting.id), meeting.name, "Phiên họp Hội đồng Thi đua - Khen thưởng", "Khác",
            f"Họp ngày {format_date(meeting.date)}, chủ trì: {meeting.chair}.", meeting.date,
            [*meeting.agenda, markdown_text(meeting.results)],
            facets=_facets([meeting.date.year]),
        ))
    for year in sorted(portal.years.values(), key=lambda y: y.year, reverse=True):
        records.append(SearchRecord(
            f"{SECTIONS['plan']}/{year.year}/", f"Kế hoạch thi đua, khen thưởng năm {year.year}", "Kế hoạch",
            "Khác", f"Chủ đề của {local_unit.word}: “{year.ward_theme}”.", year.plan.date,
            [year.city_theme, year.plan.number or "", *(t.name for t in year.targets),
             *(t.content for t in year.tasks)],
            facets=_facets([year.year]),
        ))
    for entry in sorted(portal.catalogue.values(), key=lambda e: e.id):
        records.append(SearchRecord(
            f"{SECTIONS['awards']}/{entry.id}/", entry.name, labels.GROUP[entry.group], "Khác",
            f"Cấp {labels.LEVEL[entry.level].lower()}, thẩm quyền: {entry.decided_by}.", None,
            list(entry.aliases), facets=_facets([], [entry]),
        ))
    return records


def search_abbreviations(portal: Portal) -> dict[str, str]:
    """The abbreviations of data/danh_muc/viet_tat/, each with what it stands for."""
    return {a.abbreviation: a.meaning for a in portal.abbreviations.values()}


def _unit_name(portal: Portal, unit_id: str | None) -> str:
    return portal.units[unit_id].name if unit_id else ""


def _where(portal: Portal, position: str | None, unit_id: str | None) -> str:
    """Position and unit, the unit left out when the position names it ("Hiệu trưởng Trường …")."""
    unit = _unit_name(portal, unit_id)
    if position and unit and fold(unit) in fold(position):
        return position
    return ", ".join(p for p in (position, unit) if p)


class _Shown(NamedTuple):
    recipient: Recipient
    award: str
    """The name of the title or form of award."""


def _shown(award: Award) -> _Shown:
    """The values of an award entry that search shows and finds: taken here only, so that they
    stay the values the entry's own page shows."""
    return _Shown(award.shown, award.entry.name)


def _holder(recipient: Recipient | Nominee) -> tuple:
    """Who an award or proposal went to, by name: the same name, honorific and unit (and the same
    position when there is no unit). Two people of one name in one unit are rare, and one person's
    entries split in two results mislead less than two people merged into one."""
    return (recipient.recipient_kind, recipient.honorific or "", fold(recipient.name), recipient.unit or "",
            "" if recipient.unit else fold(recipient.position or ""))


def _awards_by_holder(portal: Portal) -> tuple[dict[str, list[Award]], dict[tuple, list[Award]], dict[tuple, tuple]]:
    """The awards that went to a unit itself, by unit; every other holder's awards, newest first,
    holders in the order of their newest award; and each holder's key by name (`_holder`), for
    proposals. A holder is the shared code (`ma_nguoi`) when the office gave one, else the name."""
    own: dict[str, list[Award]] = defaultdict(list)
    holders: dict[tuple, list[Award]] = {}
    by_name: dict[tuple, tuple] = {}
    for award in portal.awards():
        recipient = _shown(award).recipient
        unit = own_unit(portal, recipient)
        if unit is not None:
            own[unit.id].append(award)
            continue
        named = _holder(recipient)
        holder = ("ma_nguoi", recipient.person_id) if recipient.person_id else named
        holders.setdefault(holder, []).append(award)
        by_name.setdefault(named, holder)
    return own, holders, by_name


def _facets(years, entries: list[CatalogueEntry] = (), levels=()) -> tuple[Facet, ...]:
    found = {Facet("nam", str(y)) for y in years}
    found |= {Facet("cap", level) for level in [*levels, *(e.level for e in entries)]}
    found |= {Facet("dh", e.id) for e in entries}
    return tuple(sorted(found))


def _award_facets(awards: list[Award]) -> tuple[Facet, ...]:
    return _facets([a.decision.signed.year for a in awards], [a.entry for a in awards])


def _decision(portal: Portal, decision) -> SearchRecord:
    kind = ("Quyết định khen thưởng" if decision.decision_kind == "khen_thuong"
            else f"Quyết định {labels.DECISION_KIND[decision.decision_kind].lower()}")
    status = "" if decision.status == "co_hieu_luc" else f" {labels.DECISION_STATUS[decision.status]}."
    campaign = portal.campaigns.get(decision.campaign) if decision.campaign else None
    entries = {r.award: portal.catalogue_entry(r.award) for r in decision.recipients}
    return SearchRecord(
        record_url("decision", decision.id), f"Quyết định số {decision.number}", kind, "Quyết định",
        f"Ngày {format_date(decision.signed)}, {decision.issuer}: {decision.summary}.{status}",
        decision.signed,
        [decision.signer.position, decision.signer.full_name, campaign.name if campaign else "",
         portal.commendation_types[decision.commendation_type].name],
        name=decision.number,
        facets=_facets([decision.signed.year], [e for e in entries.values() if e], [decision.level]),
    )


def _person_title(honorific: str | None, name: str) -> str:
    return f"{honorific} {name}" if honorific else name


def _award_url(award: Award) -> str:
    decision = award.decision
    # A long list is cut into pages: the person's row is on one of them.
    return (f"{item_page_url(record_url('decision', decision.id), award.position, len(decision.recipients))}"
            f"#muc-{award.position}")


def _award_item(award: Award) -> Item:
    decision = award.decision
    status = "" if award.status == "co_hieu_luc" else f" ({labels.DECISION_STATUS[award.status].lower()})"
    return Item(_award_url(award), f"{_shown(award).award}{status}, Quyết định số {decision.number} "
                                   f"ngày {format_date(decision.signed)}")


def _person(portal: Portal, awards: list[Award], proposals: list[Item], proposal_facets: list[Facet]) -> SearchRecord:
    """One person, household or collective with every proposal for an award open for comment and
    every award they received, newest first; shown as they are named in the newest award."""
    newest = _shown(awards[0]).recipient
    places = [_where(portal, r.position, r.unit) for r in (_shown(a).recipient for a in awards)]
    # A corrected entry is titled by its corrected name; the name the decision first wrote still
    # finds it (someone may search for the name as printed), and the result says so.
    before = [*dict.fromkeys(name for a in awards if (name := a.recipient.originals().get("name")))]
    return SearchRecord(
        _award_url(awards[0]), _person_title(newest.honorific, newest.name),
        f"{labels.RECIPIENT_KIND[newest.recipient_kind]} được khen thưởng", "Người, tập thể",
        (f"{places[0]}." if places[0] else "")
        + (f" Trước khi đính chính ghi: {', '.join(before)}." if before else ""),
        awards[0].decision.signed,
        [*dict.fromkeys(_shown(a).award for a in awards), *dict.fromkeys(places),
         *(_shown(a).recipient.achievement or "" for a in awards), *before],
        description_found=False, name=newest.name,
        items=(*proposals, *(_award_item(a) for a in awards)),
        facets=tuple(sorted({*_award_facets(awards), *proposal_facets})),
    )


def _proposal(portal: Portal, consultation, nominee: Nominee) -> str:
    entry = portal.catalogue_entry(nominee.award)
    assert entry is not None, "references are resolved before a Portal is used"
    return f"Đề nghị {entry.name}, lấy ý kiến Nhân dân từ ngày {format_date(consultation.published)}"


def _nominee(portal: Portal, consultation, nominee: Nominee, position: int) -> SearchRecord:
    entry = portal.catalogue_entry(nominee.award)
    assert entry is not None, "references are resolved before a Portal is used"
    where = _where(portal, nominee.position, nominee.unit)
    return SearchRecord(
        f"{record_url('consultation', consultation.id)}#muc-{position}",
        _person_title(nominee.honorific, nominee.name), "Được đề nghị khen thưởng", "Người, tập thể",
        _proposal(portal, consultation, nominee) + (f". {where}." if where else "."),
        consultation.published, [entry.name, where, nominee.achievement],
        description_found=False, name=nominee.name,
        facets=_facets([consultation.published.year], [entry]),
    )
