"""schema.org descriptions of pages (JSON-LD), for search engines and other machines.

The ward is a GovernmentOrganization; a decision is a Legislation, described once a page, `about`
the people and collectives it honours, Person or Organization with the `award` it gave them; the
open data is a Dataset whose `distribution` lists the files. An exemplary example is an Article
`about` its person and unit; a campaign an Event over its period; a unit an Organization
(GovernmentOrganization, EducationalOrganization) with the awards it received itself; a list for
public comment a SpecialAnnouncement (schema.org: "an information update made by a
locally-oriented organization, for example … local government") that `expires` at its deadline.
Each says only what its page shows: names, positions and units, never more of a person.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from markupsafe import Markup

from generator.domain.holders import own_unit
from generator.domain.portal import Award, Portal
from generator.domain.records import Campaign, Consultation, Decision, Example, Unit
from generator.exports.open_data import Dataset, last_updated
from generator.kinds import record_url
from generator.loading.site_config import SiteConfig

CONTEXT = "https://schema.org"


def script(data: dict[str, Any]) -> Markup:
    """A <script type="application/ld+json"> element; "<" is escaped so no text can close it.
    Without spaces after separators: machines read it, and a long list's is a third lighter."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def ward(config: SiteConfig) -> dict[str, Any]:
    return {
        "@type": "GovernmentOrganization",
        "name": config.organisation,
        "url": str(config.base_url),
        "areaServed": config.locality,
        "email": config.office.email,
        "telephone": config.office.phone,
        "address": config.office.address,
    }


def home(config: SiteConfig) -> dict[str, Any]:
    return {"@context": CONTEXT, **ward(config)}


def decision_recipients(portal: Portal, config: SiteConfig, decision: Decision, decision_url: str,
                        numbers: range | None = None) -> dict[str, Any]:
    """The decision (at `decision_url`, its first page) and the people and collectives it honours,
    each with the title or form it gave them: those numbered `numbers` (from 1) when a long list is
    cut into pages, each page describing its own. The decision is said once, not in every award.
    A recipient is its name and award only: position and unit are on the page and in the list's
    open data (danh-sach.json), and would triple the weight of a page of forty. An award since
    revoked is not claimed: its recipient is still named, without it; nor is the list of a decision
    that only corrects or revokes (it names entries of another decision, it gives nothing). A
    corrected entry is named as corrected."""
    honoured = []
    for number in numbers or range(1, len(decision.recipients) + 1):
        recipient = decision.recipients[number - 1]
        entry = portal.catalogue_entry(recipient.award)
        assert entry is not None, "references are resolved before a Portal is used"
        award = Award(decision, recipient, entry, number)
        item = {"@type": "Person" if recipient.recipient_kind == "ca_nhan" else "Organization",
                "name": award.shown.name}
        if decision.decision_kind == "khen_thuong" and award.in_force:
            item["award"] = entry.name
        honoured.append(item)
    address = f"{config.base_url}{decision_url}"
    return {"@context": CONTEXT, "@graph": [ward(config), {
        "@type": "Legislation",
        "@id": address,
        "url": address,
        "name": f"Quyết định số {decision.number}",
        "description": decision.summary,
        "legislationIdentifier": decision.number,
        "legislationDate": decision.signed.isoformat(),
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": decision.issuer},
        "about": honoured,
    }]}


def dataset(config: SiteConfig, sets: list[Dataset], page_url: str) -> dict[str, Any]:
    updated = last_updated(sets)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": f"Dữ liệu thi đua, khen thưởng của {config.organisation}",
        "description": ("Toàn bộ hồ sơ công khai trên cổng: quyết định khen thưởng, danh sách khen thưởng, "
                        "điển hình, phong trào, đơn vị, khối thi đua, lấy ý kiến, báo cáo, kế hoạch."),
        "url": f"{config.base_url}{page_url}",
        "inLanguage": "vi",
        "license": str(config.data_licence.url),
        "creator": ward(config),
        "spatialCoverage": config.locality,
        "distribution": [
            {"@type": "DataDownload", "name": f"{d.title} ({name.rsplit('.', 1)[1].upper()})",
             "encodingFormat": "text/csv" if name.endswith(".csv") else "application/json",
             "contentUrl": f"{config.base_url}{page_url}{name}"}
            for d in sets for name in d.files()
        ],
    }
    if updated is not None:
        data["dateModified"] = updated.isoformat()
    return data


# schema.org's closest type for each kind of unit; Organization for the rest.
_UNIT_TYPES = {"co_quan_nha_nuoc": "GovernmentOrganization", "truong_hoc": "EducationalOrganization"}


def _page(config: SiteConfig, kind: str, record_id: str) -> str:
    return f"{config.base_url}{record_url(kind, record_id)}"


def _named(kind: str, name: str, **more: Any) -> dict[str, Any]:
    return {"@type": kind, "name": name, **{key: value for key, value in more.items() if value}}


def example(config: SiteConfig, story: Example, unit: Unit | None) -> dict[str, Any]:
    """An exemplary person, collective or model, as its page tells it."""
    address = _page(config, "example", story.id)
    about = []
    if story.person:
        about.append(_named("Person", story.person.full_name, jobTitle=story.person.position))
    if unit:
        about.append(_named("Organization", unit.name, url=_page(config, "unit", unit.id)))
    article = {
        "@type": "Article", "@id": address, "url": address, "headline": story.name,
        "abstract": story.abstract, "datePublished": story.published.isoformat(), "inLanguage": "vi",
        "publisher": {"@type": "GovernmentOrganization", "name": config.organisation},
    }
    if about:
        article["about"] = about
    return {"@context": CONTEXT, "@graph": [ward(config), article]}


def campaign(config: SiteConfig, drive: Campaign) -> dict[str, Any]:
    """An emulation campaign over its period, organised by the body whose document launched it."""
    address = _page(config, "campaign", drive.id)
    event: dict[str, Any] = {
        "@type": "Event", "@id": address, "url": address, "name": drive.name,
        "startDate": drive.start.isoformat(), "inLanguage": "vi",
        "location": {"@type": "Place", "name": config.locality},
    }
    if drive.end:
        event["endDate"] = drive.end.isoformat()
    if drive.launch_document:
        event["organizer"] = {"@type": "GovernmentOrganization", "name": drive.launch_document.issuer}
    elif drive.launch_level == "phuong":
        event["organizer"] = {"@type": "GovernmentOrganization", "name": config.organisation}
    return {"@context": CONTEXT, "@graph": [ward(config), event]}


def unit(portal: Portal, config: SiteConfig, body: Unit) -> dict[str, Any]:
    """A unit, its former names, the unit above it and the awards it received itself (its
    members' are theirs); an award since revoked is not claimed."""
    address = _page(config, "unit", body.id)
    parent = portal.units.get(body.parent) if body.parent else None
    awards = [f"{a.entry.name} ({a.decision.signed.year})" for a in portal.awards_by_unit().get(body.id, [])
              if a.in_force and own_unit(portal, a.recipient) is body]
    described = _named(
        _UNIT_TYPES.get(body.unit_type, "Organization"), body.name, url=address,
        alternateName=[f.name for f in body.former_names], address=body.address, award=awards,
        parentOrganization=_named("Organization", parent.name, url=_page(config, "unit", parent.id))
        if parent else None)
    return {"@context": CONTEXT, "@graph": [ward(config), {"@id": address, **described}]}


def consultation(config: SiteConfig, notice: Consultation, deadline: date) -> dict[str, Any]:
    """A list posted for public comment until `deadline`: who is proposed, not yet honoured (no
    `award`)."""
    address = _page(config, "consultation", notice.id)
    return {"@context": CONTEXT, "@graph": [ward(config), {
        "@type": "SpecialAnnouncement", "@id": address, "url": address, "name": notice.name,
        "datePosted": notice.published.isoformat(), "expires": deadline.isoformat(), "inLanguage": "vi",
        "spatialCoverage": {"@type": "Place", "name": config.locality},
        "publisher": {"@type": "GovernmentOrganization", "name": config.organisation},
        "about": [_named("Person" if n.recipient_kind == "ca_nhan" else "Organization", n.name,
                         jobTitle=n.position if n.recipient_kind == "ca_nhan" else None)
                  for n in notice.nominees],
    }]}
