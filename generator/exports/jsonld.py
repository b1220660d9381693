"""schema.org descriptions of pages (JSON-LD), for search engines and other machines.

The ward is a GovernmentOrganization; a decision is a Legislation, described once a page, `about`
the people and collectives it honours, Person or Organization with the `award` it gave them; the
open data is a Dataset whose `distribution` lists the files.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from generator.domain.portal import Award, Portal
from generator.domain.records import Decision
from generator.exports.open_data import Dataset, last_updated
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
    revoked is not claimed: its recipient is still named, without it."""
    honoured = []
    for number in numbers or range(1, len(decision.recipients) + 1):
        recipient = decision.recipients[number - 1]
        entry = portal.catalogue_entry(recipient.award)
        assert entry is not None, "references are resolved before a Portal is used"
        item = {"@type": "Person" if recipient.recipient_kind == "ca_nhan" else "Organization",
                "name": recipient.name}
        if Award(decision, recipient, entry, number).in_force:
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
