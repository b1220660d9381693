"""Every page made from data: its address, title, description and body HTML.

Data logic lives here, in Python: the templates in `theme/templates/` receive ready values
(formatted dates, labels, links) and only lay them out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import markdown
import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from mkdocs.utils import get_relative_url

from generator.domain.portal import Award, Portal
from generator.domain.records import Campaign, Decision, Example, Recipient, Unit
from generator.domain.text import format_date, format_date_formal, format_number, fold, person_sort_key
from generator.settings import SiteConfig
from generator.site import labels
from generator.site.sections import SECTIONS


# How many of the newest records the home page shows.
HOME_LATEST = 6


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    title: str
    description: str
    html: str


def record_url(kind: str, record_id: str) -> str:
    return f"{SECTIONS[kind]}/{record_id}/"


def render_markdown(text: str) -> Markup:
    """Markdown written in data, rendered and then sanitised: no script can come from data."""
    html = markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags={"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote",
              "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr"},
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return Markup(clean)


class PageBuilder:
    """Renders the pages of one Portal with the templates of one theme."""

    def __init__(self, portal: Portal, config: SiteConfig, templates: Path):
        self.portal = portal
        self.config = config
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            date=format_date,
            formal_date=format_date_formal,
            number=format_number,
        )
        self.env.globals.update(labels=labels, config=config)
        self._awards_by_unit = portal.awards_by_unit()
        self._decisions_by_campaign = portal.decisions_by_campaign()
        self._examples_by_campaign = portal.examples_by_campaign()
        self._examples_by_unit = portal.examples_by_unit()
        self._examples_by_decision = portal.examples_by_decision()
        self._campaigns_by_unit = portal.campaigns_by_unit()
        self._children = portal.children_of()
        self._changes = portal.changes_made_by()

    # --- helpers given to templates -----------------------------------------------------

    def _linker(self, page_url: str) -> Callable[..., str]:
        def link(target: str) -> str:
            return get_relative_url(target or ".", page_url or ".") if target != page_url else "./"

        return link

    def _render(self, template: str, page_url: str, **context: Any) -> str:
        link = self._linker(page_url)
        return self.env.get_template(template).render(
            link=link,
            url=lambda kind, record_id: link(record_url(kind, record_id)),
            **context,
        )

    def _page(self, src_uri: str, template: str, title: str, description: str, **context) -> GeneratedPage:
        url = _url_of(src_uri)
        html = self._render(template, url, title=title, **context)
        return GeneratedPage(src_uri, title, description, html)

    # --- view models ----------------------------------------------------------------------

    def recipient_view(self, recipient: Recipient) -> dict[str, Any]:
        entry = self.portal.catalogue_entry(recipient.award)
        assert entry is not None
        unit = self.portal.units.get(recipient.unit) if recipient.unit else None
        display = f"{recipient.honorific} {recipient.name}" if recipient.honorific else recipient.name
        return {
            "kind": labels.RECIPIENT_KIND[recipient.recipient_kind],
            "name": display + (" (truy tặng)" if recipient.posthumous else ""),
            "position": recipient.position or "",
            "unit": unit,
            "award": entry.name,
            "achievement": recipient.achievement or "",
        }

    def award_view(self, award: Award) -> dict[str, Any]:
        view = self.recipient_view(award.recipient)
        view["decision"] = award.decision
        return view

    def decision_row(self, decision: Decision) -> dict[str, Any]:
        return {"decision": decision, "status": self.decision_status(decision),
                "count": len(decision.recipients)}

    def decision_status(self, decision: Decision) -> dict[str, Any]:
        changer = self.portal.decisions.get(decision.changed_by) if decision.changed_by else None
        return {
            "code": decision.status,
            "label": labels.DECISION_STATUS[decision.status],
            "by": changer,
            "note": decision.status_note or "",
        }

    # --- pages ------------------------------------------------------------------------------

    def all_pages(self) -> list[GeneratedPage]:
        portal = self.portal
        pages = [self.home(), self.decision_list(), self.example_list(), self.campaign_list(), self.unit_list()]
        pages += [self.decision_page(d) for d in portal.decisions_newest_first()]
        pages += [self.example_page(e) for e in portal.examples_newest_first()]
        pages += [self.campaign_page(c) for c in portal.campaigns_newest_first()]
        pages += [self.unit_page(u) for u in sorted(portal.units.values(), key=lambda u: u.id)]
        return pages

    def home(self) -> GeneratedPage:
        year = self.portal.current_year()
        targets = []
        if year:
            for target in year.targets:
                latest = max(target.actuals, key=lambda a: a.date) if target.actuals else None
                targets.append({
                    "target": target,
                    "latest": latest,
                    "met": None if latest is None else (
                        latest.value >= target.target_value if target.direction == "toi_thieu"
                        else latest.value <= target.target_value
                    ),
                })
        campaigns = [c for c in self.portal.campaigns_newest_first() if c.status == "dang_trien_khai"]
        return self._page(
            "index.md", "home.html", self.config.portal_name,
            f"Công khai thi đua, khen thưởng của {self.config.organisation}.",
            year=year,
            targets=targets,
            decision_rows=[self.decision_row(d) for d in self.portal.decisions_newest_first()[:HOME_LATEST]],
            examples=self.portal.examples_newest_first()[:HOME_LATEST],
            campaigns=campaigns,
        )

    def decision_list(self) -> GeneratedPage:
        rows = [self.decision_row(d) for d in self.portal.decisions_newest_first()]
        return self._page(
            "quyet-dinh/index.md", "decision_list.html", "Quyết định khen thưởng",
            f"Danh sách {len(rows)} quyết định khen thưởng đã công khai, mới nhất trước.",
            rows=rows,
        )

    def decision_page(self, decision: Decision) -> GeneratedPage:
        recipients = [self.recipient_view(r) for r in decision.recipients]
        kinds = Counter(r["kind"] for r in recipients)
        campaign = self.portal.campaigns.get(decision.campaign) if decision.campaign else None
        commendation_type = self.portal.commendation_types[decision.commendation_type]
        return self._page(
            f"quyet-dinh/{decision.id}.md", "decision.html",
            f"Quyết định số {decision.number}",
            f"Quyết định số {decision.number} ngày {format_date(decision.signed)} của {decision.issuer}: "
            f"{decision.summary}",
            decision=decision,
            status=self.decision_status(decision),
            changes=self._changes.get(decision.id, []),
            recipients=recipients,
            kinds=sorted(kinds.items()),
            campaign=campaign,
            commendation_type=commendation_type,
            examples=self._examples_by_decision.get(decision.id, []),
            attachment=decision.attachment,
        )

    def example_list(self) -> GeneratedPage:
        examples = self.portal.examples_newest_first()
        return self._page(
            "dien-hinh/index.md", "example_list.html", "Điển hình tiên tiến, gương người tốt việc tốt",
            f"{len(examples)} điển hình tiên tiến, gương người tốt việc tốt, mô hình mới, cách làm hay.",
            examples=examples,
        )

    def example_page(self, example: Example) -> GeneratedPage:
        photos = [p for p in example.photos if p.consent]
        return self._page(
            f"dien-hinh/{example.id}.md", "example.html", example.name, example.abstract,
            example=example,
            story=render_markdown(example.story),
            photos=[{"src": p.file, "caption": p.caption} for p in photos],
            unit=self.portal.units.get(example.unit) if example.unit else None,
            campaign=self.portal.campaigns.get(example.campaign) if example.campaign else None,
            decisions=[self.portal.decisions[d] for d in example.decisions],
        )

    def campaign_list(self) -> GeneratedPage:
        campaigns = self.portal.campaigns_newest_first()
        return self._page(
            "phong-trao/index.md", "campaign_list.html", "Phong trào thi đua",
            f"{len(campaigns)} phong trào thi đua do Trung ương, thành phố và phường phát động.",
            campaigns=campaigns,
        )

    def campaign_page(self, campaign: Campaign) -> GeneratedPage:
        return self._page(
            f"phong-trao/{campaign.id}.md", "campaign.html", campaign.name,
            f"Phong trào {campaign.name}: mục tiêu, tiêu chí, đơn vị tham gia, kết quả và khen thưởng.",
            campaign=campaign,
            goals=render_markdown(campaign.goals),
            results=render_markdown(campaign.results) if campaign.results else None,
            units=sorted((self.portal.units[u] for u in campaign.units), key=lambda u: fold(u.name)),
            decision_rows=[self.decision_row(d) for d in self._decisions_by_campaign.get(campaign.id, [])],
            examples=self._examples_by_campaign.get(campaign.id, []),
        )

    def unit_list(self) -> GeneratedPage:
        units = sorted(self.portal.units.values(), key=lambda u: (u.unit_type, fold(u.name)))
        groups: dict[str, list[dict]] = {}
        for unit in units:
            groups.setdefault(labels.UNIT_TYPE[unit.unit_type], []).append(
                {"unit": unit, "awards": len(self._awards_by_unit.get(unit.id, []))}
            )
        return self._page(
            "don-vi/index.md", "unit_list.html", "Đơn vị",
            f"{len(units)} cơ quan, trường học, tổ dân phố, doanh nghiệp và tổ chức trên địa bàn.",
            groups=sorted(groups.items()),
        )

    def unit_page(self, unit: Unit) -> GeneratedPage:
        awards = self._awards_by_unit.get(unit.id, [])
        by_year: dict[int, list[dict]] = {}
        for award in awards:
            by_year.setdefault(award.decision.signed.year, []).append(self.award_view(award))
        for rows in by_year.values():
            rows.sort(key=lambda row: (row["kind"] != "Tập thể", person_sort_key(row["name"])))
        return self._page(
            f"don-vi/{unit.id}.md", "unit.html", unit.name,
            f"{unit.name}: khen thưởng theo năm, điển hình và phong trào thi đua tham gia.",
            unit=unit,
            parent=self.portal.units.get(unit.parent) if unit.parent else None,
            children=self._children.get(unit.id, []),
            awards_by_year=sorted(by_year.items(), reverse=True),
            award_count=len(awards),
            examples=self._examples_by_unit.get(unit.id, []),
            campaigns=self._campaigns_by_unit.get(unit.id, []),
        )


def _url_of(src_uri: str) -> str:
    if src_uri == "index.md":
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri.removesuffix("index.md")
    return src_uri.removesuffix(".md") + "/"
